// dues/late-payment: payments dated after the last day of their month plus grace_days.
#include <array>

#include "dues_common.hpp"
#include "dues_rules.hpp"

namespace kiemtra::plugins::dues {

RuleMeta LatePaymentRule::metadata() {
  RuleMeta m;
  m.id = "dues/late-payment";
  m.title_vi = "Đóng đảng phí muộn";
  m.title_en = "Dues paid late";
  m.description_vi =
      "Một lượt đóng đảng phí (số tiền lớn hơn 0) có ngày nộp sau ngày cuối của tháng được đóng cộng grace_days ngày "
      "(grace_days theo phiên bản có hiệu lực cho tháng đó). Nộp đúng ngày hạn không bị báo (tháng 02/2024 hạn là "
      "29/02/2024). Lượt không ghi ngày nộp, hoặc nộp sau ngày tham chiếu (chưa xảy ra), không bị kiểm tra. Mỗi lượt "
      "muộn một phát hiện. Chỉ kiểm tra khi có dues.csv.";
  m.description_en =
      "A dues payment (amount above 0) is dated after the last day of the month it is for plus grace_days (from the "
      "edition in force for that month). A payment on the deadline itself is on time (for 2024-02 the deadline is "
      "2024-02-29). Payments with no date, or dated after the as-of date (not yet made), are not checked. One "
      "finding per late payment. Checked only when dues.csv exists.";
  m.default_severity = Severity::info;
  m.params.push_back(param_int("grace_days", 0, "Số ngày được nộp muộn sau ngày cuối tháng",
                               "Days after the end of the month within which a payment is still on time"));
  m.editions = dues_editions("Mục I (đóng đảng phí hằng tháng)", {},
                             "Điều 2.1 (đóng đảng phí hằng tháng); Điều 5.2 (chậm đóng, đóng trước)", {});
  m.messages = {
      {"late",
       {"_member", "month", "paid_on", "days_late", "deadline", "grace_days"},
       "{_member} nộp đảng phí tháng {month} ngày {paid_on}, muộn {days_late} ngày so với hạn {deadline} "
       "(cuối tháng + {grace_days} ngày)",
       "{_member} paid the dues for {month} on {paid_on}, {days_late} {days_late:day|days} after the deadline "
       "{deadline} (end of month + {grace_days} days)"}};
  return m;
}

void LatePaymentRule::check(const RunContext& ctx, FindingSink& out) const {
  const Dataset& data = ctx.data;
  if (!data.dues.present) return;
  const EditionByMonth editions(ctx.params);
  std::vector<std::int64_t> grace;
  for (const Edition& e : ctx.params.editions) grace.push_back(e.integer("grace_days"));
  // Deadlines by month, direct-mapped: payments cycle through a few months, so almost every look-up hits and
  // no calendar arithmetic is done per payment.
  struct Slot {
    Month month;
    Date deadline;
  };
  std::array<Slot, 64> deadlines{};
  const auto deadline_of = [&](Month month) {
    Slot& s = deadlines[static_cast<std::uint32_t>(month.index) % deadlines.size()];
    if (s.month != month) {
      const std::int64_t days = grace[editions.index(month)];
      s = {month, month.last_day().plus_days(static_cast<int>(days))};
    }
    return s.deadline;
  };
  for (std::uint32_t i = 0; i < data.members.size(); ++i) {
    for (const Payment& p : data.payments_of(i)) {
      if (!p.period.valid() || !p.paid_on.valid() || p.paid_on > ctx.as_of || p.amount <= 0) continue;
      const Date deadline = deadline_of(p.period);
      if (p.paid_on <= deadline) continue;
      const std::int64_t days = grace[editions.index(p.period)];
      const int late = p.paid_on.days - deadline.days;
      out.emit(about_payment(ctx, i, p.period, &p).say("late", {member(i), p.period, p.paid_on, late, deadline, days}));
    }
  }
}

}  // namespace kiemtra::plugins::dues
