// congress/working-time-left: months from the age reference date to retirement age below first_time_months (first
// term on the committee) or reelected_months (re-elected).
#include "working_time_left_rule.hpp"

#include <fmt/format.h>

#include <cmath>
#include <stdexcept>

#include "congress_common.hpp"

namespace kiemtra::plugins::congress {
namespace {

/// The retirement age of `g` in months, from the retirement_age map (years, possibly fractional: 61.25 is 61
/// years and 3 months), rounded to whole months.
int retirement_months(const Edition& p, Gender g) {
  const std::string_view key = code(g);
  for (const auto& [k, years] : p.numbers("retirement_age"))
    if (k == key) return static_cast<int>(std::lround(years * 12.0));
  throw std::runtime_error(fmt::format(
      "the parameter retirement_age of congress/working-time-left has no value for '{}' (tham số retirement_age "
      "không có giá trị cho '{}'): write both, e.g. {{nam: 62, nu: 60}}",
      key, key));
}

/// "62" / "61 năm 3 tháng" / "61 years 3 months".
std::string age_vi(int months) {
  return months % 12 == 0 ? std::to_string(months / 12) : fmt::format("{} năm {} tháng", months / 12, months % 12);
}
std::string age_en(int months) {
  return months % 12 == 0 ? std::to_string(months / 12)
                          : fmt::format("{} years {}", months / 12, count_en(months % 12, "month"));
}

}  // namespace

RuleMeta WorkingTimeLeftRule::metadata() {
  RuleMeta m;
  m.id = "congress/working-time-left";
  m.title_vi = "Tuổi công tác còn lại của nhân sự cấp ủy dự kiến";
  m.title_en = "Working time left of a planned committee member";
  m.description_vi =
      "Tại age_reference_date (không đặt: ngày tham chiếu của lần chạy), người dự kiến tham gia cấp ủy lần đầu "
      "(first_time) còn ít hơn first_time_months tháng công tác trước tuổi nghỉ hưu, hoặc người tái cử còn ít hơn "
      "reelected_months tháng. Ngày nghỉ hưu là ngày sinh + retirement_age theo giới tính (năm, có thể lẻ: 61.25 là "
      "61 năm 3 tháng, để theo lộ trình tăng tuổi nghỉ hưu của Bộ luật Lao động 2019); số tháng còn lại là số tháng "
      "tròn từ ngày tham chiếu tuổi đến ngày nghỉ hưu. Chỉ xét ghế dự kiến của tổ chức đang hoạt động, mỗi người một "
      "lần trong một cấp ủy; người không có trong danh sách, không có ngày sinh hoặc giới tính đọc được do integrity/ "
      "báo. Tham số theo chỉ thị đại hội của nhiệm kỳ dự kiến (45-CT/TW đặt thời điểm tính tuổi theo cấp).";
  m.description_en =
      "At age_reference_date (unset: the run's as-of date), a planned member on the committee for the first time "
      "(first_time) has fewer than first_time_months months of working time before retirement age, or a re-elected "
      "one fewer than reelected_months. The retirement date is the birth date + retirement_age for the gender "
      "(years, possibly fractional: 61.25 is 61 years 3 months, to follow the stepwise increase of the 2019 Labour "
      "Code); the months left are the full months from the age reference date to it. Only planned seats of live "
      "organizations, each person once per committee; a code not in members.csv, or no readable birth date or "
      "gender, is integrity/'s. Parameters follow the congress directive of the planned term (45-CT/TW sets the "
      "age reference date per level).";
  m.default_severity = Severity::error;
  m.params.push_back(param_int("first_time_months", 60, "Số tháng công tác tối thiểu khi tham gia cấp ủy lần đầu",
                               "Minimum months of working time for a first-time member"));
  m.params.push_back(param_int("reelected_months", 48, "Số tháng công tác tối thiểu khi tái cử",
                               "Minimum months of working time for a re-elected member"));
  m.params.push_back(param_map("retirement_age", {{"nam", 62.0}, {"nu", 60.0}},
                               "Tuổi nghỉ hưu theo giới tính (năm, có thể lẻ)",
                               "Retirement age by gender (years, possibly fractional)"));
  m.params.push_back(param_date("age_reference_date", Date{},
                                "Thời điểm tính tuổi; không đặt (null) là ngày tham chiếu của lần chạy",
                                "Date the ages are counted at; unset (null) is the run's as-of date"));
  m.editions = directive_editions("độ tuổi tham gia cấp ủy");
  return m;
}

void WorkingTimeLeftRule::check(const RunContext& ctx, FindingSink& out) const {
  const Dataset& data = ctx.data;
  for (const PlannedCommittee& c : planned_committees(data, ctx.as_of)) {
    const Organization& o = data.organizations[c.org];
    const Edition& p = term_edition(ctx, c.term_start);
    const Date set = p.date("age_reference_date");
    const Date ref = set.valid() ? set : ctx.as_of;
    for (std::uint32_t s : first_rows(data, c)) {
      const CommitteeSeat& seat = data.committees[s];
      if (seat.member == kNone) continue;
      const Member& m = data.members[seat.member];
      if (!m.birth_date.valid() || m.gender == Gender::unknown) continue;
      const int age_months = retirement_months(p, m.gender);
      const Date retire_on = m.birth_date.plus_months(age_months);
      const int left = ref < retire_on ? full_months(ref, retire_on) : 0;
      const std::int64_t needed = p.integer(seat.first_time ? "first_time_months" : "reelected_months");
      if (left >= needed) continue;
      Finding f = seat_finding(ctx, s, p);
      const char* kind_vi = seat.first_time ? "tham gia lần đầu" : "tái cử";
      const char* kind_en = seat.first_time ? "first-time" : "re-elected";
      f.message_vi = fmt::format(
          "{} ({}), {} ({}) của cấp ủy dự kiến nhiệm kỳ {} của {}: sinh ngày {}, đến tuổi nghỉ hưu ({}) ngày {}, còn "
          "{} "
          "tháng công tác tại ngày {}; cần ít nhất {} tháng",
          m.full_name, m.id, role_vi(seat.role), kind_vi, c.term, org_vi(o), m.birth_date.vn(), age_vi(age_months),
          retire_on.vn(), left, ref.vn(), needed);
      f.message_en = fmt::format(
          "{} ({}), {} {} on the planned {} committee of {}: born {}, reaches retirement age ({}) on {}, {} of "
          "working time left at {}; at least {} are required",
          m.full_name, m.id, kind_en, role_en(seat.role), c.term, org_en(o), m.birth_date.iso(), age_en(age_months),
          retire_on.iso(), count_en(left, "month"), ref.iso(), needed);
      f.evidence = {{"birth_date", m.birth_date.iso()},
                    {"gender", std::string(code(m.gender))},
                    {"retirement_on", retire_on.iso()},
                    {"age_reference_date", ref.iso()},
                    {"months_left", std::to_string(left)},
                    {"months_required", std::to_string(needed)},
                    {"first_time", seat.first_time ? "true" : "false"}};
      out.emit(std::move(f));
    }
  }
}

}  // namespace kiemtra::plugins::congress
