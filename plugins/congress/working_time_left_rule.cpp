// congress/working-time-left: months from the age reference date to retirement below first_time_months (first
// term on the committee) or reelected_months (re-elected), by the directive of the congress and the retirement
// schedule of Nghị định 135/2020.
#include <algorithm>
#include <cmath>
#include <string_view>
#include <stdexcept>
#include <string>
#include <vector>

#include "congress_common.hpp"
#include "congress_rules.hpp"
#include "../shared/retirement.hpp"

namespace kiemtra::plugins::congress {
namespace {

/// The value of a per-gender map parameter for `g`, or a run error naming the parameter.
double per_gender(const Edition& p, std::string_view param, Gender g) {
  const std::string_view key = code(g);
  for (const auto& [k, v] : p.numbers(param))
    if (k == key) return v;
  const std::string quoted = "'" + std::string(key) + "'";
  throw std::runtime_error("the parameter " + std::string(param) + " of congress/working-time-left has no value for " +
                           quoted + " (tham số " + std::string(param) + " không có giá trị cho " + quoted +
                           "): write both, e.g. {nam: ..., nu: ...}");
}

/// The retirement age of a member born on `birth` in months under the stepwise schedule the edition's parameters
/// describe (retirement_base_age in retirement_base_year, retirement_step_months more each year up to
/// retirement_age): see ../shared/retirement.hpp.
int scheduled_retirement_months(const Edition& p, Gender g, Date birth) {
  const RetirementSchedule s{static_cast<int>(std::lround(per_gender(p, "retirement_base_age", g) * 12.0)),
                             static_cast<int>(std::lround(per_gender(p, "retirement_step_months", g))),
                             static_cast<int>(std::lround(per_gender(p, "retirement_age", g) * 12.0)),
                             static_cast<int>(p.integer("retirement_base_year"))};
  return kiemtra::plugins::scheduled_retirement_months(s, birth);
}

/// The retirement age of the member in months: by the schedule, or retirement_age itself when the schedule is off.
int retirement_months(const Edition& p, Gender g, Date birth) {
  if (p.boolean("retirement_by_schedule")) return scheduled_retirement_months(p, g, birth);
  return static_cast<int>(std::lround(per_gender(p, "retirement_age", g) * 12.0));
}

/// Which age-reference parameter applies to the congress of organization `org`: 45-CT/TW counts ages from the
/// month each level starts its congresses (levels as level_of() reads them from the tree).
std::string_view level_reference(const Dataset& data, std::uint32_t org) {
  switch (level_of(data, org)) {
    case Level::grassroots: return "age_reference_grassroots";
    case Level::upper: return "age_reference_upper";
    case Level::commune: return "age_reference_commune";
    case Level::province: return "age_reference_province";
    case Level::unknown: break;
  }
  return {};
}

}  // namespace

RuleMeta WorkingTimeLeftRule::metadata() {
  RuleMeta m;
  m.id = "congress/working-time-left";
  m.title_vi = "Tuổi công tác còn lại của nhân sự cấp ủy dự kiến";
  m.title_en = "Working time left of a planned committee member";
  m.description_vi =
      "Tại thời điểm tính tuổi, người dự kiến tham gia cấp ủy lần đầu (first_time) còn ít hơn first_time_months "
      "tháng công tác trước tuổi nghỉ hưu, hoặc người tái cử còn ít hơn reelected_months tháng; số tháng còn lại là "
      "số tháng tròn từ thời điểm tính tuổi đến ngày nghỉ hưu. Chỉ thị áp dụng là chỉ thị có hiệu lực tại ngày đại "
      "hội (last_congress_on của tổ chức, nếu trong năm đầu nhiệm kỳ hoặc năm trước đó), hoặc tại ngày tham chiếu "
      "nếu đại hội chưa diễn ra và ngày tham chiếu trước 31/12 năm đầu nhiệm kỳ: 35-CT/TW (30/5/2019) cho nhiệm kỳ "
      "2020-2025; 35-CT/TW (14/6/2024), rồi 45-CT/TW từ 14/4/2025, cho nhiệm kỳ 2025-2030. "
      "Tuổi nghỉ hưu: khi retirement_by_schedule bật (từ 2024), theo lộ trình của Bộ luật Lao động 2019 Điều 169 và "
      "Nghị định 135/2020 Phụ lục I, tính đúng theo tháng sinh: retirement_base_age năm retirement_base_year, mỗi "
      "năm thêm retirement_step_months tháng đến retirement_age (nam 60 tuổi 3 tháng năm 2021 đến 62 năm 2028; nữ "
      "55 tuổi 4 tháng đến 60 năm 2035); khi tắt, ngày sinh + retirement_age (35-CT/TW 2019: nam 60, nữ 55). "
      "Thời điểm tính tuổi theo cấp của tổ chức có cấp ủy (45-CT/TW, mục thời điểm tính tuổi; nguồn: "
      "thuvienphapluat.vn, độ tin cậy vừa-cao): cơ sở và chi bộ (age_reference_grassroots, 4/2025), cấp trên trực "
      "tiếp cơ sở (age_reference_upper, 6/2025), đảng bộ xã, phường, đặc khu (age_reference_commune, 7/2025; nhận ra "
      "khi cấp trên cơ sở trực tiếp lãnh đạo chi bộ trực thuộc), cấp tỉnh (age_reference_province, 9/2025; cấp "
      "trên cơ sở có cấp trên cơ sở trực thuộc). 35-CT/TW 2019: cấp huyện 6/2020, cấp tỉnh 9/2020 (suy ra từ mốc "
      "năm sinh do Ban Tổ chức công bố, độ tin cậy vừa), tái cử còn 30 tháng (nửa nhiệm kỳ, Hướng dẫn "
      "26-HD/BTCTW, độ tin cậy vừa); cấp cơ sở không rõ (Kết luận 64-KL/TW), để trống. 35-CT/TW 2024: chưa xác "
      "minh được số liệu, mặc định như 45-CT/TW, thời điểm tính tuổi để trống (độ tin cậy thấp). Thời điểm không "
      "đặt: ngày tham chiếu của lần chạy; age_reference_date, nếu đặt, dùng cho mọi cấp. Không xét người nghỉ hưu "
      "(dues_category huu_tri, khi exempt_retired) và cấp ủy chi bộ thôn, tổ dân phố (chi bộ trực thuộc do đảng ủy "
      "cấp trên cơ sở lãnh đạo trực tiếp, khi exempt_village_cells): không áp tuổi công tác (độ tin cậy thấp, là "
      "tham số). Chỉ xét ghế dự kiến của tổ chức đang hoạt động, mỗi người một lần trong một cấp ủy; người không có "
      "trong danh sách, không có ngày sinh hoặc giới tính đọc được do integrity/ báo.";
  m.description_en =
      "At the age reference date, a planned member on the committee for the first time (first_time) has fewer than "
      "first_time_months months of working time before retirement, or a re-elected one fewer than reelected_months; "
      "the months left are the full months from the reference date to the retirement date. The directive is the "
      "one in force on the congress date (the organization's last_congress_on, when it falls in the term's first "
      "year or the year before), or on the as-of date when the congress is still to come and the as-of date is "
      "before 31 December of the term's first year: 35-CT/TW (30/5/2019) for 2020-2025; 35-CT/TW (14/6/2024), then "
      "45-CT/TW from 14/4/2025, for 2025-2030. Retirement: with retirement_by_schedule (from 2024), the stepwise "
      "schedule of the 2019 Labour Code Art. 169 and Nghị định 135/2020 Annex I, exact by birth month: "
      "retirement_base_age in retirement_base_year, retirement_step_months more each year, up to retirement_age "
      "(men 60y3m in 2021 to 62 in 2028; women 55y4m to 60 in 2035); without it, birth date + retirement_age "
      "(35-CT/TW 2019: men 60, women 55). The age reference date depends on the level of the organization whose "
      "committee it is (45-CT/TW, on the dates ages are counted at; source: thuvienphapluat.vn, confidence "
      "medium-high): grassroots and cells (age_reference_grassroots, 4/2025), the level directly above grassroots "
      "(age_reference_upper, 6/2025), commune, ward and special-zone committees (age_reference_commune, 7/2025; "
      "recognised as an upper-level committee leading subordinate cells directly), province (age_reference_province, "
      "9/2025; an upper-level committee with another under it). 35-CT/TW 2019: district 6/2020, province 9/2020 "
      "(derived from the published birth-month cut-offs, confidence medium), re-elected 30 months (half a term, "
      "Hướng dẫn 26-HD/BTCTW, confidence medium); grassroots unknown (Kết luận 64-KL/TW), left unset. 35-CT/TW "
      "2024: figures not confirmed, defaults as 45-CT/TW, reference dates unset (confidence low). An unset date is "
      "the run's as-of date; age_reference_date, when set, applies to every level. Retired members (dues_category "
      "huu_tri, with exempt_retired) and the committees of village and residential cells (a chi_bo_truc_thuoc led "
      "directly by an upper-level committee, with exempt_village_cells) are not held to working age (confidence "
      "low, hence parameters). Only planned seats of live organizations, each person once per committee; a code not "
      "in members.csv, or no readable birth date or gender, is integrity/'s.";
  m.default_severity = Severity::error;
  m.params.push_back(param_int("first_time_months", 60, "Số tháng công tác tối thiểu khi tham gia cấp ủy lần đầu",
                               "Minimum months of working time for a first-time member"));
  m.params.push_back(param_int("reelected_months", 48, "Số tháng công tác tối thiểu khi tái cử",
                               "Minimum months of working time for a re-elected member"));
  m.params.push_back(param_map("retirement_age", {{"nam", 62.0}, {"nu", 60.0}},
                               "Tuổi nghỉ hưu theo giới tính (năm, có thể lẻ); với lộ trình: tuổi cuối của lộ trình",
                               "Retirement age by gender (years, possibly fractional); with the schedule: its end"));
  m.params.push_back(param_bool("retirement_by_schedule", true,
                                "Tính tuổi nghỉ hưu theo lộ trình của Nghị định 135/2020 (theo tháng sinh)",
                                "Retirement age by the schedule of Nghị định 135/2020 (by birth month)"));
  m.params.push_back(param_map("retirement_base_age", {{"nam", 60.0}, {"nu", 55.0}},
                               "Tuổi nghỉ hưu năm gốc của lộ trình (năm)", "Retirement age in the schedule's base year"));
  m.params.push_back(param_int("retirement_base_year", 2020, "Năm gốc của lộ trình tăng tuổi nghỉ hưu",
                               "Base year of the retirement-age schedule"));
  m.params.push_back(param_map("retirement_step_months", {{"nam", 3.0}, {"nu", 4.0}},
                               "Số tháng tăng tuổi nghỉ hưu mỗi năm", "Months added to the retirement age each year"));
  m.params.push_back(param_date("age_reference_date", Date{},
                                "Thời điểm tính tuổi cho mọi cấp; không đặt (null): theo cấp, bên dưới",
                                "Date ages are counted at for every level; unset (null): by level, below"));
  m.params.push_back(param_date("age_reference_grassroots", Date{},
                                "Thời điểm tính tuổi, cấp cơ sở và chi bộ; không đặt: ngày tham chiếu",
                                "Age reference date, grassroots and cells; unset: the as-of date"));
  m.params.push_back(param_date("age_reference_upper", Date{},
                                "Thời điểm tính tuổi, cấp trên trực tiếp cơ sở; không đặt: ngày tham chiếu",
                                "Age reference date, the level directly above grassroots; unset: the as-of date"));
  m.params.push_back(param_date("age_reference_commune", Date{},
                                "Thời điểm tính tuổi, đảng bộ xã, phường, đặc khu; không đặt: ngày tham chiếu",
                                "Age reference date, commune and ward committees; unset: the as-of date"));
  m.params.push_back(param_date("age_reference_province", Date{},
                                "Thời điểm tính tuổi, cấp tỉnh; không đặt: ngày tham chiếu",
                                "Age reference date, province level; unset: the as-of date"));
  m.params.push_back(param_bool("exempt_retired", true, "Không xét người đã nghỉ hưu (dues_category huu_tri)",
                                "Do not judge retired members (dues_category huu_tri)"));
  m.params.push_back(param_bool("exempt_village_cells", true,
                                "Không xét cấp ủy chi bộ thôn, tổ dân phố (chi bộ trực thuộc cấp trên cơ sở)",
                                "Do not judge village and residential cells (cells directly under an upper level)"));
  m.editions = directive_editions("độ tuổi tham gia cấp ủy");
  m.editions[0].citation.article = "độ tuổi tham gia cấp ủy; Hướng dẫn 26-HD/BTCTW (2019)";
  m.editions[0].values = {{"reelected_months", std::int64_t{30}},
                          {"retirement_by_schedule", false},
                          {"retirement_age", NumberMap{{"nam", 60.0}, {"nu", 55.0}}},
                          {"age_reference_upper", Date::from_ymd(2020, 6, 1)},
                          {"age_reference_province", Date::from_ymd(2020, 9, 1)}};
  m.editions[2].values = {{"age_reference_grassroots", Date::from_ymd(2025, 4, 1)},
                          {"age_reference_upper", Date::from_ymd(2025, 6, 1)},
                          {"age_reference_commune", Date::from_ymd(2025, 7, 1)},
                          {"age_reference_province", Date::from_ymd(2025, 9, 1)}};
  // Two messages that differ in the retirement age only: "62", or "61 năm 3 tháng" / "61 years 3 months".
  const auto message = [&](std::string key, std::vector<std::string> args, const std::string& age_vi,
                           const std::string& age_en) {
    m.messages.push_back(
        {std::move(key), std::move(args),
         "{_member}, {_role} ({_kind}) của cấp ủy dự kiến nhiệm kỳ {_term} của {_org}: sinh ngày {birth_date}, đến "
         "tuổi nghỉ hưu (" +
             age_vi +
             ") ngày {retirement_on}, còn {months_left} tháng công tác tại ngày {age_reference_date}; cần ít nhất "
             "{months_required} tháng",
         "{_member}, {_kind} {_role} on the planned {_term} committee of {_org}: born {birth_date}, reaches "
         "retirement age (" +
             age_en +
             ") on {retirement_on}, {months_left} {months_left:month|months} of working time left at "
             "{age_reference_date}; at least {months_required} are required"});
  };
  const std::vector<std::string> args = {
      "_member",         "_role",      "_kind",         "_term",       "_org",
      "birth_date",      "_age_years", "retirement_on", "months_left", "age_reference_date",
      "months_required", "gender",     "first_time"};
  std::vector<std::string> with_months = args;
  with_months.push_back("_age_months");
  message("short", args, "{_age_years}", "{_age_years}");
  message("short_age_in_months", with_months, "{_age_years} năm {_age_months} tháng",
          "{_age_years} years {_age_months} {_age_months:month|months}");
  return m;
}

void WorkingTimeLeftRule::check(const RunContext& ctx, FindingSink& out) const {
  const Dataset& data = ctx.data;
  for (const PlannedCommittee& c : planned_committees(data, ctx.as_of)) {
    const Date cited_at = congress_day(ctx, c);
    const Edition& p = ctx.params.at(cited_at);
    if (p.boolean("exempt_village_cells") && village_cell(data, c.org)) continue;
    Date ref = p.date("age_reference_date");
    if (const std::string_view level = level_reference(data, c.org); !ref.valid() && !level.empty())
      ref = p.date(level);
    if (!ref.valid()) ref = ctx.as_of;
    for (std::uint32_t s : first_rows(data, c)) {
      const CommitteeSeat& seat = data.committees[s];
      if (seat.member == kNone) continue;
      const Member& m = data.members[seat.member];
      if (!m.birth_date.valid() || m.gender == Gender::unknown) continue;
      if (p.boolean("exempt_retired") && m.dues_category == DuesCategory::huu_tri) continue;
      const int age_months = retirement_months(p, m.gender, m.birth_date);
      const Date retire_on = m.birth_date.plus_months(age_months);
      const int left = ref < retire_on ? full_months(ref, retire_on) : 0;
      const std::int64_t needed = p.integer(seat.first_time ? "first_time_months" : "reelected_months");
      if (left >= needed) continue;
      const Arg role = phrase(role_vi(seat.role), role_en(seat.role));
      const Arg kind = seat.first_time ? phrase("tham gia lần đầu", "first-time") : phrase("tái cử", "re-elected");
      const Arg first_time = seat.first_time ? "true" : "false";
      if (age_months % 12 == 0)
        out.emit(about_seat(ctx, s, cited_at)
                     .say("short", {member_name(seat.member), role, kind, c.term, organization(c.org), m.birth_date,
                                    age_months / 12, retire_on, left, ref, needed, code(m.gender), first_time}));
      else
        out.emit(about_seat(ctx, s, cited_at)
                     .say("short_age_in_months", {member_name(seat.member), role, kind, c.term, organization(c.org),
                                                  m.birth_date, age_months / 12, retire_on, left, ref, needed,
                                                  code(m.gender), first_time, age_months % 12}));
    }
  }
}

}  // namespace kiemtra::plugins::congress
