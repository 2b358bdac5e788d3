// membership/probation-overdue: a probationary member whose conversion review is past its working-day deadline.
#include <cstdint>

#include "membership_common.hpp"
#include "membership_rules.hpp"

namespace kiemtra::plugins::membership {

RuleMeta ProbationOverdueRule::metadata() {
  RuleMeta m;
  m.id = "membership/probation-overdue";
  m.title_vi = "Quá hạn xét công nhận đảng viên chính thức";
  m.title_en = "Overdue review of a probationary member";
  m.description_vi =
      "Một đảng viên dự bị (status du_bi) đã hết thời gian dự bị (admitted_on + probation_months tháng, cùng ngày "
      "của tháng, ngày cuối tháng nếu tháng đó ngắn hơn) quá review_working_days ngày làm việc trước ngày tham chiếu: "
      "chi bộ phải xét công nhận chính thức trong thời hạn đó. Hạn cuối là ngày làm việc thứ review_working_days sau "
      "ngày hết dự bị, theo lịch ngày nghỉ của cấu hình; ngày tham chiếu đúng hạn cuối chưa bị coi là quá hạn. Thời "
      "gian dự bị theo phiên bản có hiệu lực tại ngày kết nạp; số ngày làm việc và trích dẫn theo phiên bản có hiệu "
      "lực tại ngày hết dự bị.";
  m.description_en =
      "A probationary member (status du_bi) whose probation ended (admitted_on + probation_months months, the same "
      "day of the month, or the month's last day when it is shorter) more than review_working_days working days "
      "before the as-of date: the cell must review the conversion within that time. The deadline is the "
      "review_working_days-th working day after the end of probation, by the configuration's calendar; an as-of "
      "date on the deadline itself is not late. The length of probation is the edition's in force on the admission "
      "date; the working days and the citation are the edition's in force on the day probation ends.";
  m.default_severity = Severity::error;
  m.params.push_back(probation_months_param());
  m.params.push_back(param_int("review_working_days", 30,
                               "Số ngày làm việc để chi bộ xét công nhận chính thức sau khi hết dự bị",
                               "Working days for the cell to review the conversion after probation ends"));
  m.editions = regulation_editions("Điểm 4.2");
  m.messages = {{"overdue",
                 {"_member", "admitted_on", "probation_end", "review_working_days", "deadline", "as_of", "days_late"},
                 "{_member} kết nạp ngày {admitted_on}, hết thời gian dự bị ngày {probation_end}; chi bộ phải xét công "
                 "nhận chính thức trong {review_working_days} ngày làm việc (hạn cuối {deadline}), nhưng đến ngày "
                 "{as_of} vẫn là đảng viên dự bị (quá hạn {days_late} ngày)",
                 "{_member} was admitted on {admitted_on} and probation ended on {probation_end}; the cell had to "
                 "review the conversion within {review_working_days} working days (by {deadline}), but at {as_of} the "
                 "member is still probationary ({days_late} {days_late:day|days} late)"}};
  return m;
}

void ProbationOverdueRule::check(const RunContext& ctx, FindingSink& out) const {
  for (std::uint32_t row = 0; row < ctx.data.members.size(); ++row) {
    const Member& m = ctx.data.members[row];
    if (m.status != MemberStatus::du_bi || !happened_by(m.admitted_on, ctx.as_of).valid()) continue;
    const Date end = probation_end(ctx, m);
    const auto review_days = static_cast<int>(ctx.params.at(end).integer("review_working_days"));
    const Date deadline = ctx.calendar.add_working_days(end, review_days);
    if (ctx.as_of <= deadline) continue;
    const int late = ctx.as_of.days - deadline.days;
    out.emit(about_member(ctx, row, end)
                 .say("overdue", {member(row), m.admitted_on, end, review_days, deadline, ctx.as_of, late}));
  }
}

}  // namespace kiemtra::plugins::membership
