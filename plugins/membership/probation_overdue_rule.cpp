// membership/probation-overdue: a probationary member whose conversion review is past its working-day deadline.
#include "probation_overdue_rule.hpp"

#include "membership_common.hpp"

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
  return m;
}

void ProbationOverdueRule::check(const RunContext& ctx, FindingSink& out) const {
  for (const Member& m : ctx.data.members) {
    if (m.status != MemberStatus::du_bi || !existing(m.admitted_on, ctx.as_of).valid()) continue;
    const Date end = probation_end(ctx, m);
    const auto review_days = static_cast<int>(ctx.params.at(end).integer("review_working_days"));
    const Date deadline = ctx.calendar.add_working_days(end, review_days);
    if (ctx.as_of <= deadline) continue;
    const int late = ctx.as_of.days - deadline.days;
    Finding f = member_finding(ctx, m, end);
    f.message_vi = fmt::format(
        "{} kết nạp ngày {}, hết thời gian dự bị ngày {}; chi bộ phải xét công nhận chính thức trong {} ngày làm "
        "việc (hạn cuối {}), nhưng đến ngày {} vẫn là đảng viên dự bị (quá hạn {} ngày)",
        member_vi(m), m.admitted_on.vn(), end.vn(), review_days, deadline.vn(), ctx.as_of.vn(), late);
    f.message_en = fmt::format(
        "{} was admitted on {} and probation ended on {}; the cell had to review the conversion within {} working "
        "days (by {}), but at {} the member is still probationary ({} late)",
        member_en(m), m.admitted_on.iso(), end.iso(), review_days, deadline.iso(), ctx.as_of.iso(),
        count_en(late, "day"));
    f.evidence = {{"admitted_on", m.admitted_on.iso()},
                  {"probation_end", end.iso()},
                  {"review_working_days", std::to_string(review_days)},
                  {"deadline", deadline.iso()},
                  {"as_of", ctx.as_of.iso()},
                  {"days_late", std::to_string(late)}};
    out.emit(std::move(f));
  }
}

}  // namespace kiemtra::plugins::membership
