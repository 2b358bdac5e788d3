// A cell's meetings (meetings.csv) and the absences its minutes record (attendance.csv).
#include <array>
#include <bit>
#include <string_view>
#include <vector>

#include "gen/context.hpp"

namespace kiemtra::bench {

void write_meetings(Context& c, std::string_view cell, const std::vector<Person>& people) {
  static constexpr std::array<std::string_view, 5> kReasons = {"Ốm", "Đi công tác", "Việc gia đình", "Nằm viện",
                                                               "Đi học"};
  Rng& r = c.meeting_rng;
  // Eleven months back and the as-of month: the first covered month is after any merged cell's dissolution (a
  // year or more ago), which the minutes would otherwise show as a month without a meeting.
  const Month first = c.as_of_month.plus(-11);
  // Months with an absence without a reason, per member, in the first and second calendar year of the window: two
  // at most, since a third in a year is membership/meeting-absences' finding.
  std::vector<std::array<std::uint16_t, 2>> unexcused(people.size(), {0, 0});
  for (Month m = first; m <= c.as_of_month; m = m.plus(1)) {
    for (int topical = 0; topical < 2; ++topical) {
      if (topical && m.month() % 3 != 2) continue;  // the middle month of each quarter
      const int day_of_month = topical ? r.between(15, 25) : r.between(3, 12);
      const Date day = Date::from_ymd(m.year(), m.month(), day_of_month);
      if (day > c.as_of) continue;
      const std::string id = fmt::format("SH{:08}", ++c.next_meeting);
      c.meetings->raw(id).raw(cell).date(day).raw(topical ? "chuyen_de" : "thuong_ky").end_row();
      for (std::size_t i = 0; i < people.size(); ++i) {
        const Person& p = people[i];
        if (p.admitted.valid() && p.admitted > day) continue;
        if (p.exempt_from.valid() && p.exempt_from <= day) {
          // Exempt members mostly stay away, and the minutes say so without a reason.
          if (r.chance(0.7)) c.attendance->raw(id).raw(p.id).raw("Vắng").empty().end_row();
          continue;
        }
        if (!r.chance(0.05)) continue;
        std::uint16_t& months = unexcused[i][static_cast<std::size_t>(m.year() > first.year())];
        const std::uint16_t bit = static_cast<std::uint16_t>(1u << (m.month() - 1));
        const bool new_month = (months & bit) == 0;
        const bool excused = (new_month && std::popcount(months) >= 2) || r.chance(0.8);
        if (!excused) months = static_cast<std::uint16_t>(months | bit);
        c.attendance->raw(id).raw(p.id).raw("vắng").text(excused ? kReasons[r.index(kReasons.size())] : "").end_row();
      }
    }
  }
}

}  // namespace kiemtra::bench
