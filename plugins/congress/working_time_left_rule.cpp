// congress/working-time-left: months from the age reference date to retirement age below first_time_months (first
// term on the committee) or reelected_months (re-elected).
#include <cmath>
#include <stdexcept>
#include <string>
#include <vector>

#include "congress_common.hpp"
#include "congress_rules.hpp"

namespace kiemtra::plugins::congress {
namespace {

/// The retirement age of `g` in months, from the retirement_age map (years, possibly fractional: 61.25 is 61
/// years and 3 months), rounded to whole months.
int retirement_months(const Edition& p, Gender g) {
  const std::string_view key = code(g);
  for (const auto& [k, years] : p.numbers("retirement_age"))
    if (k == key) return static_cast<int>(std::lround(years * 12.0));
  const std::string quoted = "'" + std::string(key) + "'";
  throw std::runtime_error("the parameter retirement_age of congress/working-time-left has no value for " + quoted +
                           " (tham số retirement_age không có giá trị cho " + quoted +
                           "): write both, e.g. {nam: 62, nu: 60}");
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
    const Date cited_at = term_day(ctx, c.term_start);
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
