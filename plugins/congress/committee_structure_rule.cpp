// congress/committee-structure: the age tier and the renewal share of a planned committee under the congress
// directive (35-CT/TW 2019, 35-CT/TW 2024, 45-CT/TW 2025): too few young members on a district or province
// committee, too few new members on a party committee. The standing committee's size and share are
// congress/committee-size's.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "congress_common.hpp"
#include "congress_rules.hpp"

namespace kiemtra::plugins::congress {
namespace {

/// Whether the young-member tier applies to a committee at `level`: the directive sets it for the province and
/// the district (and equivalent: the level directly above grassroots); the lower levels' tiers are set by each
/// province, so they are judged only when the office turns young_lower_levels on.
bool young_tier_applies(Level level, const Edition& p) {
  switch (level) {
    case Level::province:
    case Level::upper: return p.boolean("young_upper_levels");
    case Level::commune:
    case Level::grassroots: return p.boolean("young_lower_levels");
    case Level::unknown: return false;
  }
  return false;
}

/// Members under young_age at `at`, and members whose age is not known (no birth date, or a code that does not
/// resolve: integrity/ reports it), who may be young.
struct YoungCount {
  std::int64_t young = 0;
  std::int64_t unknown = 0;
};
YoungCount count_young(const Dataset& data, const std::vector<std::string_view>& codes, Date at, std::int64_t age) {
  YoungCount c;
  for (std::string_view code : codes) {
    const std::uint32_t m = data.find_member(code);
    const Date birth = m == kNone ? Date{} : data.members[m].birth_date;
    if (!birth.valid() || !at.valid())
      ++c.unknown;
    else if (full_years(birth, at) < age)
      ++c.young;
  }
  return c;
}

/// The new members of a plan and whether the data can tell them at all. A member is new when the row says
/// first_time, or when the organization's outgoing committee (its rows with planned false) is in the data and
/// the member holds no seat in it. With neither (no sitting rows, no first_time on any planned row) nothing is
/// known: first_time is read as false when the column is absent, so a plan would look wholly re-elected.
struct NewCount {
  std::int64_t fresh = 0;
  bool known = false;
};
NewCount count_new(const Dataset& data, const PlannedCommittee& c) {
  std::vector<std::string_view> sitting;
  for (std::uint32_t s : data.seats_by_org.of(c.org)) {
    const CommitteeSeat& seat = data.committees[s];
    if (!seat.planned && seat.term != c.term) sitting.push_back(seat.member_code);
  }
  std::sort(sitting.begin(), sitting.end());
  NewCount n;
  n.known = !sitting.empty();
  for (std::uint32_t s : first_rows(data, c)) {
    const std::string_view code = data.committees[s].member_code;
    const auto same = [&](std::uint32_t t) { return data.committees[t].member_code == code; };
    const bool first_time = std::any_of(c.seats.begin(), c.seats.end(), [&](std::uint32_t t) {
      return same(t) && data.committees[t].first_time;
    });
    if (first_time) n.known = true;
    if (first_time || (!sitting.empty() && !std::binary_search(sitting.begin(), sitting.end(), code))) ++n.fresh;
  }
  return n;
}

}  // namespace

RuleMeta CommitteeStructureRule::metadata() {
  RuleMeta m;
  m.id = "congress/committee-structure";
  m.title_vi = "Cơ cấu độ tuổi và tỷ lệ đổi mới của cấp ủy dự kiến";
  m.title_en = "Age tiers and renewal of a planned committee";
  m.description_vi =
      "Cấp ủy dự kiến (committees.csv, planned là true; một cấp ủy là các dòng cùng tổ chức và cùng nhiệm kỳ) của "
      "một tổ chức đang hoạt động, có từ min_members ủy viên trở lên, đếm theo mã đảng viên khác nhau. "
      "(1) Cơ cấu ba độ tuổi: cấp ủy cấp tỉnh và cấp huyện (cấp trên trực tiếp cơ sở) có tỷ lệ ủy viên dưới young_age "
      "tuổi thấp hơn min_young_share (phân biệt: nhiệm kỳ/young). Tuổi tính tròn năm tại ngày đại hội (như các quy "
      "tắc đại hội khác); người không có ngày sinh đọc được được tính như có thể trẻ. Nguồn: Chỉ thị 35-CT/TW (2019) "
      "và Hướng dẫn 26-HD/BTCTW: cấp tỉnh, cấp huyện dưới 40 tuổi từ 10% trở lên, 40 đến 50 tuổi khoảng 40-50%, còn "
      "lại trên 50; cấp xã do ban thường vụ tỉnh ủy hướng dẫn (plo.vn 10/2019, độ tin cậy vừa). Nhóm giữa là "
      "\"khoảng\", không phải ngưỡng, nên không xét. 35-CT/TW (2024) và 45-CT/TW (2025), Hướng dẫn 35-HD/BTCTW: chưa "
      "xác minh được con số, mặc định như 2019 (độ tin cậy thấp, là tham số). Cấp cơ sở và cấp xã chỉ xét khi bật "
      "young_lower_levels (tỉnh đặt ngưỡng riêng). "
      "(2) Tỷ lệ đổi mới: cấp ủy dự kiến của đảng bộ (cơ sở, xã, cấp trên) có ít hơn 1/new_min_one_in số ủy viên "
      "mới (phân biệt: nhiệm kỳ/renewal). Ủy viên mới là người có first_time, hoặc không giữ ghế nào trong cấp ủy "
      "đương nhiệm của tổ chức (các dòng planned là false của nhiệm kỳ khác) khi dữ liệu có cấp ủy đương nhiệm; "
      "không có cả hai thì không xét (thiếu cột first_time được đọc là false). Nguồn: mục tiêu đổi mới \"không dưới "
      "1/3\" (tin Đại hội XI, 2011) và \"khoảng 1/3\" các chỉ thị đại hội (theo hiểu biết, chưa tìm thấy văn bản, độ "
      "tin cậy thấp-vừa). Chi ủy chỉ xét khi bật renewal_cells: chi ủy 3 người tái cử đủ là chuyện thường. Ban thường "
      "vụ (chỉ bầu khi cấp ủy từ 9 người, không quá 1/3 cấp ủy) do congress/committee-size xét.";
  m.description_en =
      "A planned committee (committees.csv, planned true; one committee is the rows of one organization and one "
      "term) of a live organization with min_members or more members, counted by distinct member code. "
      "(1) Three age tiers: a province or district committee (the level directly above grassroots) whose share of "
      "members under young_age is below min_young_share (discriminator term/young). Ages in full years on the "
      "congress day (as the other congress rules count it); a member with no readable birth date counts as possibly "
      "young. Source: Chỉ thị 35-CT/TW (2019) and Hướng dẫn 26-HD/BTCTW: province and district committees under "
      "40 at least 10%, 40 to 50 about 40-50%, the rest over 50; the commune level as the province's standing "
      "committee guides (plo.vn 10/2019, confidence medium). The middle tier is an \"about\", not a floor, and is not "
      "checked. 35-CT/TW (2024) and 45-CT/TW (2025), Hướng dẫn 35-HD/BTCTW: figures not confirmed, defaults as in "
      "2019 (confidence low, hence parameters). Grassroots and commune committees only with young_lower_levels "
      "(each province sets their tiers). "
      "(2) Renewal: a party committee's plan (grassroots, commune, upper levels) with fewer than one in "
      "new_min_one_in new members (discriminator term/renewal). A member is new with first_time, or, when the data "
      "holds the organization's sitting committee (its planned-false rows of another term), when the member holds "
      "no seat in it; with neither the plan is not judged (a missing first_time column reads as false). Source: the "
      "renewal target \"no fewer than a third\" (XI Congress report, 2011) and \"about a third\" of the congress "
      "directives (from knowledge, text not found; confidence low-medium). Cell committees only with renewal_cells: "
      "a cell re-electing its committee of 3 is common. The standing committee (only from 9 members, at most a third "
      "of the committee) is congress/committee-size's.";
  m.default_severity = Severity::warning;
  m.params.push_back(param_int("min_members", 3, "Số ủy viên tối thiểu để xét cơ cấu",
                               "Committee members from which the structure is judged"));
  m.params.push_back(param_int("young_age", 40, "Ủy viên trẻ: dưới số tuổi này", "Young members: under this age"));
  m.params.push_back(param_number("min_young_share", 0.10, "Tỷ lệ ủy viên trẻ tối thiểu (0 đến 1)",
                                  "Minimum share of young members (0 to 1)"));
  m.params.push_back(param_bool("young_upper_levels", true, "Xét tỷ lệ trẻ ở cấp tỉnh và cấp huyện",
                                "Judge the young share of province and district committees"));
  m.params.push_back(param_bool("young_lower_levels", false, "Xét tỷ lệ trẻ ở cấp cơ sở và cấp xã",
                                "Judge the young share of grassroots and commune committees"));
  m.params.push_back(param_int("new_min_one_in", 3, "Ủy viên mới ít nhất 1/N cấp ủy: N",
                               "New members are at least one in N of the committee: N"));
  m.params.push_back(param_bool("renewal_cells", false, "Xét tỷ lệ đổi mới của chi ủy",
                                "Judge the renewal of cell committees"));
  m.editions = directive_editions("cơ cấu cấp ủy: độ tuổi, tỷ lệ đổi mới");
  m.editions.front().citation.article = "cơ cấu ba độ tuổi (Hướng dẫn 26-HD/BTCTW); tỷ lệ đổi mới";
  m.messages = {
      {"young",
       {"term", "_org", "young", "members", "young_age", "_percent", "_min_percent", "min_young_share"},
       "Cấp ủy dự kiến nhiệm kỳ {term} của {_org} có {young} ủy viên dưới {young_age} tuổi trên {members} "
       "({_percent} %), dưới {_min_percent} %",
       "The planned {term} committee of {_org} has {young} of {members} members under {young_age} ({_percent}%), "
       "below {_min_percent}%"},
      {"renewal",
       {"term", "_org", "new", "members", "min_new", "new_min_one_in"},
       "Cấp ủy dự kiến nhiệm kỳ {term} của {_org} có {new} ủy viên mới trên {members}, dưới 1/{new_min_one_in} "
       "(cần ít nhất {min_new})",
       "The planned {term} committee of {_org} has {new} new {new:member|members} of {members}, under one in "
       "{new_min_one_in} (at least {min_new} needed)"}};
  return m;
}

void CommitteeStructureRule::check(const RunContext& ctx, FindingSink& out) const {
  const Dataset& data = ctx.data;
  std::string discriminator;
  for (const PlannedCommittee& c : planned_committees(data, ctx.as_of)) {
    const Edition& p = term_edition(ctx, c);
    const auto members = holders(data, c.seats);
    const auto n = static_cast<std::int64_t>(members.size());
    if (n < p.integer("min_members")) continue;
    const Date cited_at = congress_day(ctx, c);
    const Level level = level_of(data, c.org);
    if (young_tier_applies(level, p)) {
      const std::int64_t age = p.integer("young_age");
      const double min_share = p.number("min_young_share");
      const YoungCount y = count_young(data, members, cited_at, age);
      if (static_cast<double>(y.young + y.unknown) < min_share * static_cast<double>(n)) {
        discriminator.assign(c.term).append("/young");
        out.emit(about_org(ctx, c.org, cited_at)
                     .with_discriminator(discriminator)
                     .say("young", {c.term, organization(c.org), y.young, n, age,
                                    number(100.0 * static_cast<double>(y.young) / static_cast<double>(n), 1),
                                    number(100.0 * min_share, 0), number(min_share, 2)}));
      }
    }
    if (is_cell(data.organizations[c.org].kind) && !p.boolean("renewal_cells")) continue;
    const NewCount fresh = count_new(data, c);
    const std::int64_t one_in = std::max<std::int64_t>(1, p.integer("new_min_one_in"));
    if (!fresh.known || fresh.fresh * one_in >= n) continue;
    discriminator.assign(c.term).append("/renewal");
    out.emit(about_org(ctx, c.org, cited_at)
                 .with_discriminator(discriminator)
                 .say("renewal", {c.term, organization(c.org), fresh.fresh, n, (n + one_in - 1) / one_in, one_in}));
  }
}

}  // namespace kiemtra::plugins::congress
