// membership/meeting-absences: a member absent from cell meetings without a reason in `max_months` months of one
// year -- the Charter's ground for the cell to consider removing the member from the roll, as for unpaid dues.
#include <bit>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "../shared/temporary_activity.hpp"
#include "membership_common.hpp"
#include "membership_rules.hpp"

namespace kiemtra::plugins::membership {

RuleMeta MeetingAbsencesRule::metadata() {
  RuleMeta m;
  m.id = "membership/meeting-absences";
  m.title_vi = "Bỏ sinh hoạt chi bộ ba tháng trong năm";
  m.title_en = "Absent from cell meetings three months in a year";
  m.description_vi =
      "Một đảng viên còn trong members.csv vắng mặt không có lý do (attendance.csv: present không, reason trống hoặc "
      "ghi \"không lý do\") ở các buổi sinh hoạt chi bộ (meetings.csv) thuộc ít nhất max_months tháng khác nhau của "
      "cùng một năm dương lịch, không sau ngày tham chiếu. Đảng viên bỏ sinh hoạt đảng ba tháng trong năm mà không có "
      "lý do chính đáng thì chi bộ xem xét, đề nghị xóa tên (Điều lệ Đảng 2011, Điều 8 khoản 2; Quy định thi hành "
      "Điều lệ 29-QĐ/TW, 24-QĐ/TW, 232-QĐ/TW, 294-QĐ/TW điểm 8.1; độ tin cậy cao). Không tính buổi vắng trong thời "
      "gian đảng viên được miễn công tác và sinh hoạt đảng (exempt_from..exempt_until, hoặc cột exempt khi không có "
      "ngày) hay trước ngày vào Đảng, và buổi vắng trong thời gian đảng viên sinh hoạt đảng tạm thời ở nơi khác "
      "(transfers.csv chuyển đi, kind tam_thoi, từ issued_on đến ended_on): khi đó đảng viên sinh hoạt ở chi bộ nơi "
      "đến (điểm 6.3.2), nơi chính thức vẫn giữ đảng viên trong danh sách. Đảng viên không có dòng nào trong "
      "attendance.csv không bị coi là vắng. Không có "
      "attendance.csv thì không kiểm tra. Một phát hiện cho mỗi đảng viên và năm.";
  m.description_en =
      "A member still in members.csv was absent without a reason (attendance.csv: present no, reason empty or "
      "\"không lý do\") from cell meetings (meetings.csv) in at least max_months different months of one calendar "
      "year, up to the as-of date. A member who abandons party activity for three months in a year without good "
      "reason is to be considered by the cell for removal from the roll (Party Charter 2011, Art. 8.2; the "
      "implementing regulations 29-QĐ/TW, 24-QĐ/TW, 232-QĐ/TW, 294-QĐ/TW point 8.1; confidence high). Absences "
      "while the member is exempt from work and meetings (exempt_from..exempt_until, or the exempt column without "
      "dates) or before admission do not count, nor those while the member is in temporary activity elsewhere "
      "(transfers.csv out, kind tam_thoi, from issued_on to ended_on): the member then attends the host cell (point "
      "6.3.2) while staying on this list. A member with no attendance row is not taken as absent. Without "
      "attendance.csv nothing is checked. One finding per member and year.";
  m.default_severity = Severity::error;
  m.params.push_back(param_int("max_months", 3,
                               "Số tháng trong năm vắng sinh hoạt không lý do từ đó phải xem xét xóa tên",
                               "Months of a year with an unexcused absence from which removal must be considered"));
  m.editions.push_back({Date{}, {"Điều lệ Đảng (2011)", "Điều 8.2"}, {}});
  for (Edition& e : regulation_editions("Điểm 8.1")) m.editions.push_back(std::move(e));
  m.messages = {{"absent",
                 {"_member", "absent_months", "year", "months", "max_months"},
                 "{_member} vắng sinh hoạt chi bộ không có lý do trong {absent_months} tháng của năm {year} "
                 "({months}); từ {max_months} tháng trở lên chi bộ phải xem xét xóa tên",
                 "{_member} missed cell meetings without a reason in {absent_months} "
                 "{absent_months:month|months} of {year} ({months}); at {max_months} or more the cell must consider "
                 "removal"}};
  return m;
}

void MeetingAbsencesRule::check(const RunContext& ctx, FindingSink& out) const {
  const Dataset& data = ctx.data;
  if (data.attendance.empty()) return;
  // Per year, a bit per month with an unexcused absence, and the last such day (the day the ground arose).
  struct Year {
    int year;
    std::uint16_t months;
    Date last;
  };
  std::vector<Year> years;
  const TemporaryAway away(data, ctx.as_of);
  for (std::uint32_t row = 0; row < data.members.size(); ++row) {
    const Member& m = data.members[row];
    years.clear();
    for (std::uint32_t a : data.attendance_by_member.of(row)) {
      const Attendance& at = data.attendance[a];
      if (at.present || at.excused || at.meeting == kNone) continue;
      const Date d = data.meetings[at.meeting].date;
      if (!d.valid() || d > ctx.as_of || !member_exists_at(m, d) || m.exempt_at(d)) continue;
      if (!away.empty() && away.away_on(row, d)) continue;
      Year* y = nullptr;
      for (Year& e : years) y = e.year == d.year() ? &e : y;
      if (y == nullptr) y = &years.emplace_back(Year{d.year(), 0, d});
      y->months = static_cast<std::uint16_t>(y->months | (1u << (d.month() - 1)));
      if (d > y->last) y->last = d;
    }
    for (const Year& y : years) {
      const std::int64_t max = ctx.params.at(y.last).integer("max_months");
      const int count = std::popcount(static_cast<unsigned>(y.months));
      if (count < max) continue;
      std::string vi, en;
      for (int mo = 1; mo <= 12; ++mo) {
        if (!(y.months & (1u << (mo - 1)))) continue;
        const std::string iso = Month::of(y.year, mo).iso();
        if (!en.empty()) {
          vi += ", ";
          en += ", ";
        }
        vi.append(iso, 5, 2).append("/").append(iso, 0, 4);
        en += iso;
      }
      out.emit(about_member(ctx, row, y.last)
                   .with_discriminator(std::to_string(y.year))
                   .say("absent", {member(row), count, std::to_string(y.year), phrase(vi, en), max}));
    }
  }
}

}  // namespace kiemtra::plugins::membership
