// congress/women-share: a planned committee of 3 or more under min_women_share women, or a standing committee
// without a woman (warning).
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "congress_common.hpp"
#include "congress_rules.hpp"

namespace kiemtra::plugins::congress {
namespace {

/// Women among distinct members, and members whose gender is not known (unreadable, or the code does not resolve).
struct WomenCount {
  std::size_t women = 0;
  std::size_t unknown = 0;
};

WomenCount count_women(const Dataset& data, const std::vector<std::string_view>& codes) {
  WomenCount c;
  for (std::string_view code : codes) {
    const std::uint32_t m = data.find_member(code);
    const Gender g = m == kNone ? Gender::unknown : data.members[m].gender;
    if (g == Gender::nu) ++c.women;
    if (g == Gender::unknown) ++c.unknown;
  }
  return c;
}

}  // namespace

RuleMeta WomenShareRule::metadata() {
  RuleMeta m;
  m.id = "congress/women-share";
  m.title_vi = "Tỷ lệ nữ trong cấp ủy dự kiến";
  m.title_en = "Share of women on a planned committee";
  m.description_vi =
      "Cấp ủy dự kiến (committees.csv, planned là true; một cấp ủy là các dòng cùng tổ chức và cùng nhiệm kỳ) của "
      "một tổ chức đang hoạt động, có từ 3 ủy viên trở lên, mà tỷ lệ nữ thấp hơn min_women_share (phân biệt: nhiệm "
      "kỳ/share); hoặc cấp ủy dự kiến có ghế thuong_vu mà ban thường vụ (các ghế bi_thu, pho_bi_thu, thuong_vu) không "
      "có nữ (nhiệm kỳ/standing). Đếm theo mã đảng viên khác nhau. Người không rõ giới tính (không đọc được, hoặc mã "
      "không có trong danh sách: integrity/ báo) được tính như có thể là nữ, để quy tắc không báo điều dữ liệu chưa "
      "cho thấy. Tham số theo chỉ thị đại hội của nhiệm kỳ dự kiến.";
  m.description_en =
      "A planned committee (committees.csv, planned true; one committee is the rows of one organization and one "
      "term) of a live organization with 3 or more members whose share of women is below min_women_share "
      "(discriminator term/share); or a planned committee with thuong_vu seats whose standing committee (its bi_thu, "
      "pho_bi_thu and thuong_vu seats) has no woman (term/standing). Counted by distinct member code. A person of "
      "unknown gender (unreadable, or a code not in members.csv: integrity/ reports it) counts as possibly a woman, "
      "so that the rule reports nothing the data does not show. Parameters follow the congress directive of the "
      "planned term.";
  m.default_severity = Severity::warning;
  m.params.push_back(param_number("min_women_share", 0.15, "Tỷ lệ nữ tối thiểu trong cấp ủy (0 đến 1)",
                                  "Minimum share of women on the committee (0 to 1)"));
  m.editions = directive_editions("cơ cấu cấp ủy: tỷ lệ nữ");
  m.messages = {
      {"share",
       {"term", "_org", "women", "members", "_percent", "_min_percent", "min_women_share"},
       "Cấp ủy dự kiến nhiệm kỳ {term} của {_org} có {women} nữ trên {members} ủy viên ({_percent} %), dưới "
       "{_min_percent} %",
       "The planned {term} committee of {_org} has {women} of {members} members women ({_percent}%), below "
       "{_min_percent}%"},
      {"standing",
       {"term", "_org", "standing_members", "_standing", "women"},
       "Ban thường vụ dự kiến nhiệm kỳ {term} của {_org} ({standing_members} người: {_standing}) không có nữ",
       "The planned {term} standing committee of {_org} ({standing_members} {standing_members:member|members}: "
       "{_standing}) has no woman"}};
  return m;
}

void WomenShareRule::check(const RunContext& ctx, FindingSink& out) const {
  const Dataset& data = ctx.data;
  std::string discriminator;
  for (const PlannedCommittee& c : planned_committees(data, ctx.as_of)) {
    const Date cited_at = congress_day(ctx, c);
    const Edition& p = term_edition(ctx, c);
    const double min_share = p.number("min_women_share");
    const auto members = holders(data, c.seats);
    const WomenCount all = count_women(data, members);
    const double best_share = members.empty() ? 1.0 : static_cast<double>(all.women + all.unknown) / members.size();
    if (members.size() >= 3 && best_share < min_share) {
      discriminator.assign(c.term).append("/share");
      const double pct = 100.0 * static_cast<double>(all.women) / members.size();
      out.emit(about_org(ctx, c.org, cited_at)
                   .with_discriminator(discriminator)
                   .say("share", {c.term, organization(c.org), all.women, members.size(), number(pct, 1),
                                  number(100.0 * min_share, 0), number(min_share, 2)}));
    }
    if (holders(data, c.seats, CommitteeRole::thuong_vu).empty()) continue;
    const std::vector<std::string_view> standing = standing_committee(data, c.seats);
    const WomenCount st = count_women(data, standing);
    if (st.women + st.unknown > 0) continue;
    discriminator.assign(c.term).append("/standing");
    out.emit(about_org(ctx, c.org, cited_at)
                 .with_discriminator(discriminator)
                 .say("standing", {c.term, organization(c.org), standing.size(), name_members(data, standing), 0}));
  }
}

}  // namespace kiemtra::plugins::congress
