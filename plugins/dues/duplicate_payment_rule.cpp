// dues/duplicate-payment: one finding per member and month with two or more payments.
#include <charconv>
#include <span>
#include <string>
#include <string_view>

#include "dues_common.hpp"
#include "dues_rules.hpp"

namespace kiemtra::plugins::dues {

namespace {

/// The file part of a path: messages must not depend on where the dataset lies (fingerprints).
std::string_view file_name(std::string_view path) {
  const auto slash = path.find_last_of("/\\");
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

void append_int(std::int64_t v, std::string& out) {
  char buf[24];
  const auto r = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, r.ptr);
}

/// "1.250.000 đ" / "1,250,000 VND", as a money argument renders, for the list of payments (a list is not an
/// argument of its own).
void append_money(std::int64_t v, bool vi, std::string& out) {
  char buf[24];
  const auto r = std::to_chars(buf, buf + sizeof buf, v < 0 ? -v : v);
  const std::string_view digits(buf, static_cast<std::size_t>(r.ptr - buf));
  if (v < 0) out += '-';
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += vi ? '.' : ',';
    out += digits[i];
  }
  out += vi ? " đ" : " VND";
}

/// No two rows of the member are for one month: the common case (rows in month order), told without sorting.
bool months_strictly_increase(std::span<const Payment> payments) {
  for (std::size_t k = 1; k < payments.size(); ++k)
    if (!(payments[k - 1].period < payments[k].period)) return false;
  return true;
}

}  // namespace

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
  m.messages = {{"duplicate",
                 {"_member", "payments", "month", "_list", "lines"},
                 "{_member} có {payments} lượt đóng đảng phí cho tháng {month}: {_list}",
                 "{_member} has {payments} dues payments for {month}: {_list}"}};
  return m;
}

void DuplicatePaymentRule::check(const RunContext& ctx, FindingSink& out) const {
  const Dataset& data = ctx.data;
  if (!data.dues.present) return;
  const UnreadableAmounts unreadable(data);
  const std::string_view file = file_name(data.dues.file);
  MonthRuns runs;
  std::vector<const Payment*> paid;
  std::string list_vi, list_en, lines;  // reused: written only for the months reported
  for (std::uint32_t i = 0; i < data.members.size(); ++i) {
    const auto payments = data.payments_of(i);
    if (payments.size() < 2 || months_strictly_increase(payments)) continue;
    runs.each(payments, ctx.as_of, [&](Month month, std::span<const Payment* const> rows) {
      if (rows.size() < 2) return;
      paid.clear();
      for (const Payment* p : rows)
        if (is_payment(*p, unreadable)) paid.push_back(p);
      if (paid.size() < 2) return;
      list_vi.clear();
      list_en.clear();
      lines.clear();
      // "80.000 đ ngày 25/08/2019 ở dues.csv:12; ..." / "80,000 VND on 2019-08-25 at dues.csv:12; ..."
      for (const Payment* p : paid) {
        if (!lines.empty()) {
          list_vi += "; ";
          list_en += "; ";
          lines += ',';
        }
        append_money(p->amount, true, list_vi);
        append_money(p->amount, false, list_en);
        if (p->paid_on.valid()) {
          list_vi += " ngày " + p->paid_on.vn();
          list_en += " on " + p->paid_on.iso();
        }
        list_vi.append(" ở ").append(file).append(":");
        list_en.append(" at ").append(file).append(":");
        const std::uint32_t line = ctx.data.dues_line(*p);
        append_int(line, list_vi);
        append_int(line, list_en);
        append_int(line, lines);
      }
      out.emit(about_payment(ctx, i, month, paid.front())
                   .say("duplicate", {member(i), paid.size(), month, phrase(list_vi, list_en), lines}));
    });
  }
}

}  // namespace kiemtra::plugins::dues
