// congress/committee-size: more planned seats than the cap of a cell (by its official members) or a grassroots
// committee; a planned standing committee in a committee too small for one, or larger than its share.
#include <algorithm>
#include <string>
#include <vector>

#include "congress_common.hpp"
#include "congress_rules.hpp"

namespace kiemtra::plugins::congress {

RuleMeta CommitteeSizeRule::metadata() {
  RuleMeta m;
  m.id = "congress/committee-size";
  m.title_vi = "Số lượng cấp ủy dự kiến vượt mức";
  m.title_en = "Planned committee larger than allowed";
  m.description_vi =
      "Cấp ủy dự kiến (committees.csv, planned là true; một cấp ủy là các dòng cùng tổ chức và cùng nhiệm kỳ) có "
      "nhiều ủy viên hơn mức tối đa. Chi bộ (chi bộ cơ sở, chi bộ trực thuộc) có từ committee_threshold đảng viên "
      "chính thức trở lên tại ngày tham chiếu (kể cả đảng viên của các tổ đảng): max_cell_committee; chi bộ có ít "
      "hơn: 2 (bí thư và một phó bí thư, không lập chi ủy); đảng bộ cơ sở: max_grassroots_committee; đảng bộ xã, "
      "phường, đặc khu (cấp trên cơ sở lãnh đạo trực tiếp chi bộ trực thuộc, từ 7/2025): max_commune_committee. Ủy "
      "viên đếm theo mã đảng viên khác nhau. Đảng bộ bộ phận và các cấp trên cơ sở khác không được xét. Tham số theo "
      "chỉ thị của đại hội. Nguồn và độ tin cậy: chi ủy tối đa 7 (Điều lệ Điều 24.4, 294-QĐ/TW: cao); đảng ủy cơ sở "
      "tối đa 15 là mặc định của hồ sơ cấu hình, không phải con số của chỉ thị (không tìm được văn bản; tỉnh đặt "
      "theo hướng dẫn của mình; thấp); đảng bộ xã tối đa 33 (45-CT/TW: không quá 27 nếu không hợp nhất hoặc hợp "
      "nhất từ 2 xã, không quá 33 nếu từ 3 xã trở lên; dữ liệu không cho biết số xã hợp nhất nên mặc định là mức "
      "trên; vừa-cao). Ban thường vụ dự kiến (cấp ủy dự kiến của đảng bộ cơ sở hoặc đảng bộ xã có ghế thuong_vu; "
      "ban thường vụ là các ủy viên khác nhau giữ ghế bi_thu, pho_bi_thu, thuong_vu): cấp ủy có dưới "
      "standing_min_committee ủy viên không bầu ban thường vụ (phân biệt: nhiệm kỳ/standing-small); ban thường vụ "
      "quá 1/standing_max_one_in số ủy viên (nhiều hơn 1/3: nhiệm kỳ/standing-share). Nguồn: Điều lệ Điều 22.5 "
      "(đảng ủy cơ sở có từ 9 ủy viên trở lên bầu ban thường vụ) và Hướng dẫn 01-HD/TW (20/9/2016) điểm 15.1 (trang "
      "hỏi đáp của Đảng bộ tỉnh Cà Mau trích dẫn); Quy định 29-QĐ/TW điểm 12 (số ủy viên ban thường vụ cấp ủy mỗi "
      "cấp không quá một phần ba tổng số cấp ủy viên; thukyluat.vn trích nguyên văn), giữ nguyên ở các quy định "
      "sau; độ tin cậy vừa-cao.";
  m.description_en =
      "A planned committee (committees.csv, planned true; one committee is the rows of one organization and one "
      "term) has more members than its cap. A cell (chi_bo_co_so, chi_bo_truc_thuoc) with committee_threshold or "
      "more official members at the as-of date (its party groups' included): max_cell_committee; a cell with fewer: "
      "2 (a secretary and one deputy, no cell committee); a dang_bo_co_so: max_grassroots_committee. Members are "
      "counted by distinct member code; a commune, ward or special-zone committee (an upper-level committee leading "
      "subordinate cells directly, from 7/2025): max_commune_committee. Sub-committees and other upper levels are "
      "not judged. Parameters follow the directive of the congress. Sources and confidence: a cell committee of at "
      "most 7 (Charter Art. 24.4, 294-QĐ/TW: high); the grassroots cap of 15 is a profile default, not a directive "
      "figure (no text found; a province sets its own guidance; low); commune committees at most 33 (45-CT/TW: at "
      "most 27 if not merged or merged from 2 communes, 33 if from 3 or more; the data does not say how many were "
      "merged, so the default is the upper bound; medium-high). A planned standing committee (a grassroots or "
      "commune committee's plan with thuong_vu seats; the standing committee is the distinct holders of its bi_thu, "
      "pho_bi_thu and thuong_vu seats): a committee of fewer than standing_min_committee members elects none "
      "(discriminator term/standing-small); a standing committee larger than one in standing_max_one_in of the "
      "committee (over a third: term/standing-share). Sources: Charter Art. 22.5 (a grassroots committee of 9 or "
      "more elects a standing committee) and Hướng dẫn 01-HD/TW (20/9/2016) point 15.1 (quoted by the Cà Mau "
      "provincial committee's Q&A page); Quy định 29-QĐ/TW point 12 (the standing committee of each level at most a "
      "third of the committee; quoted verbatim by thukyluat.vn), kept by the later regulations; medium-high "
      "confidence.";
  m.default_severity = Severity::error;
  m.params.push_back(param_int("committee_threshold", 9, "Số đảng viên chính thức từ đó chi bộ lập chi ủy",
                               "Official members from which a cell elects a cell committee"));
  m.params.push_back(param_int("max_cell_committee", 7, "Số ủy viên tối đa của chi ủy",
                               "Maximum number of members of a cell committee"));
  m.params.push_back(param_int("max_grassroots_committee", 15, "Số ủy viên tối đa của đảng ủy cơ sở",
                               "Maximum number of members of a grassroots party committee"));
  m.params.push_back(param_int("max_commune_committee", 33, "Số ủy viên tối đa của đảng ủy xã, phường, đặc khu",
                               "Maximum number of members of a commune, ward or special-zone committee"));
  m.params.push_back(param_int("standing_min_committee", 9, "Số ủy viên tối thiểu của cấp ủy bầu ban thường vụ",
                               "Committee members from which a committee elects a standing committee"));
  m.params.push_back(param_int("standing_max_one_in", 3,
                               "Ban thường vụ không quá 1/N số cấp ủy viên: N", "The standing committee is at most one "
                               "in N of the committee's members: N"));
  m.editions = directive_editions(
      "số lượng cấp ủy; Điều lệ Đảng 2011, Điều 24.4 (chi bộ), Điều 22.5 (ban thường vụ); Quy định 29-QĐ/TW điểm 12 "
      "(ban thường vụ không quá 1/3)");
  // One message per basis of the cap: "<committee> has N members, at most M (<basis>): <members>".
  const auto message = [&](std::string key, std::vector<std::string> args, const std::string& basis_vi,
                           const std::string& basis_en) {
    m.messages.push_back({std::move(key), std::move(args),
                          "Cấp ủy dự kiến nhiệm kỳ {term} của {_org} có {seats} ủy viên, nhiều nhất là {max_seats} (" +
                              basis_vi + "): {_members}",
                          "The planned {term} committee of {_org} has {seats} {seats:member|members}, at most "
                          "{max_seats} are allowed (" +
                              basis_en + "): {_members}"});
  };
  message("grassroots", {"term", "_org", "seats", "max_seats", "_members"}, "đảng ủy cơ sở",
          "a grassroots party committee");
  message("commune", {"term", "_org", "seats", "max_seats", "_members"}, "đảng ủy xã, phường, đặc khu",
          "a commune, ward or special-zone committee");
  message("large_cell", {"term", "_org", "seats", "max_seats", "_members", "official_members", "_threshold"},
          "chi bộ có {official_members} đảng viên chính thức (từ {_threshold} trở lên)",
          "the cell has {official_members} official {official_members:member|members} ({_threshold} or more)");
  message("small_cell", {"term", "_org", "seats", "max_seats", "_members", "official_members", "_threshold"},
          "chi bộ có {official_members} đảng viên chính thức (dưới {_threshold}): chỉ bí thư và một phó bí thư",
          "the cell has {official_members} official {official_members:member|members} (fewer than {_threshold}): a "
          "secretary and one deputy only");
  m.messages.push_back(
      {"standing_small",
       {"term", "_org", "seats", "standing_min_committee", "standing", "_standing"},
       "Cấp ủy dự kiến nhiệm kỳ {term} của {_org} có {seats} ủy viên, dưới {standing_min_committee}, nên không bầu "
       "ban thường vụ, nhưng có ban thường vụ dự kiến {standing} người: {_standing}",
       "The planned {term} committee of {_org} has {seats} {seats:member|members}, fewer than "
       "{standing_min_committee}, so it elects no standing committee, yet a standing committee of {standing} is "
       "planned: {_standing}"});
  m.messages.push_back(
      {"standing_share",
       {"term", "_org", "standing", "seats", "max_standing", "standing_max_one_in", "_standing"},
       "Ban thường vụ dự kiến nhiệm kỳ {term} của {_org} có {standing} người trên {seats} cấp ủy viên, quá 1/"
       "{standing_max_one_in} (nhiều nhất {max_standing}): {_standing}",
       "The planned {term} standing committee of {_org} has {standing} of the committee's {seats} members, over one "
       "in {standing_max_one_in} (at most {max_standing}): {_standing}"});
  return m;
}

namespace {

/// The standing committee of a grassroots or commune committee's plan: too small a committee for one, or too
/// large a share of it. Nothing when the plan has no thuong_vu seat (a secretary and deputies alone are not one).
void check_standing(const RunContext& ctx, const PlannedCommittee& c, const Edition& p, Date cited_at,
                    std::int64_t seats, FindingSink& out) {
  const Dataset& data = ctx.data;
  if (holders(data, c.seats, CommitteeRole::thuong_vu).empty()) return;
  const std::vector<std::string_view> standing = standing_committee(data, c.seats);
  const auto n = static_cast<std::int64_t>(standing.size());
  const std::int64_t min_committee = p.integer("standing_min_committee");
  const std::int64_t one_in = std::max<std::int64_t>(1, p.integer("standing_max_one_in"));
  std::string discriminator(c.term);
  if (seats < min_committee) {
    out.emit(about_org(ctx, c.org, cited_at)
                 .with_discriminator(discriminator.append("/standing-small"))
                 .say("standing_small",
                      {c.term, organization(c.org), seats, min_committee, n, name_members(data, standing)}));
  } else if (n * one_in > seats) {
    out.emit(about_org(ctx, c.org, cited_at)
                 .with_discriminator(discriminator.append("/standing-share"))
                 .say("standing_share", {c.term, organization(c.org), n, seats, seats / one_in, one_in,
                                         name_members(data, standing)}));
  }
}

}  // namespace

void CommitteeSizeRule::check(const RunContext& ctx, FindingSink& out) const {
  const Dataset& data = ctx.data;
  const UnknownFields unknown(data, data.members, TableId::members, {"status", "official_on", "admitted_on"});
  for (const PlannedCommittee& c : planned_committees(data, ctx.as_of)) {
    const Organization& o = data.organizations[c.org];
    const bool commune = o.kind == OrgKind::cap_tren_co_so && level_of(data, c.org) == Level::commune;
    if (!is_cell(o.kind) && o.kind != OrgKind::dang_bo_co_so && !commune) continue;
    const Date cited_at = congress_day(ctx, c);
    const Edition& p = term_edition(ctx, c);
    const auto members = holders(data, c.seats);
    const auto seats = static_cast<std::int64_t>(members.size());
    if (!is_cell(o.kind)) {
      check_standing(ctx, c, p, cited_at, seats, out);
      const std::int64_t cap = p.integer(commune ? "max_commune_committee" : "max_grassroots_committee");
      if (seats <= cap) continue;
      out.emit(about_org(ctx, c.org, cited_at)
                   .with_discriminator(c.term)
                   .say(commune ? "commune" : "grassroots",
                        {c.term, organization(c.org), seats, cap, name_members(data, members)}));
      continue;
    }
    std::uint32_t maybe = 0;
    const std::uint32_t official = official_in_cell(data, c.org, ctx.as_of, &unknown, &maybe);
    const std::int64_t threshold = p.integer("committee_threshold");
    // The cap depends on the official members: not told when those with an unreadable status could change it.
    if (official < threshold && official + maybe >= threshold) continue;
    const bool large = official >= threshold;
    const std::int64_t cap = large ? p.integer("max_cell_committee") : 2;
    if (seats <= cap) continue;
    out.emit(about_org(ctx, c.org, cited_at)
                 .with_discriminator(c.term)
                 .say(large ? "large_cell" : "small_cell",
                      {c.term, organization(c.org), seats, cap, name_members(data, members), official, threshold}));
  }
}

}  // namespace kiemtra::plugins::congress
