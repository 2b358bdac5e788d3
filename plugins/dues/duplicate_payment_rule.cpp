// dues/duplicate-payment: one finding per member and month with two or more payments.
#include "duplicate_payment_rule.hpp"

#include <fmt/format.h>

#include "dues_common.hpp"

namespace kiemtra::plugins::dues {

RuleMeta DuplicatePaymentRule::metadata() {
  RuleMeta m;
  m.id = "dues/duplicate-payment";
  m.title_vi = "Đóng đảng phí hai lần cho một tháng";
  m.title_en = "Dues paid twice for one month";
  m.description_vi =
      "Một đảng viên có từ hai lượt đóng đảng phí trở lên cho cùng một tháng trong dues.csv (mỗi lượt là một dòng có "
      "số tiền lớn hơn 0, nộp không sau ngày tham chiếu hoặc không ghi ngày nộp). Một phát hiện cho mỗi đảng viên và "
      "tháng, liệt kê các lượt đóng. Chỉ kiểm tra khi có dues.csv.";
  m.description_en =
      "A member has two or more dues payments for the same month in dues.csv (a payment is a row with an amount "
      "above 0, paid on or before the as-of date or with no payment date). One finding per member and month, "
      "listing the payments. Checked only when dues.csv exists.";
  m.default_severity = Severity::warning;
  m.editions = dues_editions("Mục I (đóng đảng phí hằng tháng)", {}, "Điều 2.1 (đóng đảng phí hằng tháng)", {});
  return m;
}

void DuplicatePaymentRule::check(const RunContext& ctx, FindingSink& out) const {
  const Dataset& data = ctx.data;
  if (!data.dues.present) return;
  const UnreadableAmounts unreadable(data);
  const std::string_view file = file_name(data.dues.file);
  MonthRuns runs;
  std::vector<const Payment*> paid;
  for (std::uint32_t i = 0; i < data.members.size(); ++i) {
    const auto payments = data.payments_of(i);
    if (payments.size() < 2) continue;
    const Member& m = data.members[i];
    runs.each(payments, ctx.as_of, [&](Month month, std::span<const Payment* const> rows) {
      if (rows.size() < 2) return;
      paid.clear();
      for (const Payment* p : rows)
        if (is_payment(*p, unreadable)) paid.push_back(p);
      if (paid.size() < 2) return;
      std::string list_vi, list_en, lines;
      for (const Payment* p : paid) {
        const std::string sep = list_vi.empty() ? "" : "; ";
        const std::string at = fmt::format("{}:{}", file, p->line);
        list_vi += sep + fmt::format("{}{} ở {}", money_vi(p->amount),
                                     p->paid_on.valid() ? " ngày " + p->paid_on.vn() : "", at);
        list_en += sep + fmt::format("{}{} at {}", money_en(p->amount),
                                     p->paid_on.valid() ? " on " + p->paid_on.iso() : "", at);
        lines += (lines.empty() ? "" : ",") + std::to_string(p->line);
      }
      Finding f = payment_finding(ctx, m, month, *paid.front());
      f.message_vi = fmt::format("{} có {} lượt đóng đảng phí cho tháng {}: {}", member_vi(m), paid.size(),
                                 month_vi(month), list_vi);
      f.message_en =
          fmt::format("{} has {} dues payments for {}: {}", member_en(m), paid.size(), month_en(month), list_en);
      f.evidence = {{"month", month.iso()}, {"payments", std::to_string(paid.size())}, {"lines", lines}};
      out.emit(std::move(f));
    });
  }
}

}  // namespace kiemtra::plugins::dues
