// dues/underpaid: months paid below the amount the edition in force for the month requires.
#include <fmt/format.h>

#include <array>
#include <cmath>
#include <limits>
#include <stdexcept>

#include "dues_common.hpp"
#include "dues_months.hpp"
#include "dues_rules.hpp"

namespace kiemtra::plugins::dues {

namespace {

constexpr std::size_t kCategories = static_cast<std::size_t>(DuesCategory::unknown) + 1;
constexpr std::array<DuesCategory, 6> kPayingCategories = {
    DuesCategory::luong,    DuesCategory::huu_tri, DuesCategory::hoc_sinh_sinh_vien,
    DuesCategory::nong_dan, DuesCategory::tu_do,   DuesCategory::nuoc_ngoai};

/// How one edition sets the amount of one category.
struct Rate {
  enum class Kind : std::uint8_t { unchecked, percent, fixed } kind = Kind::unchecked;
  std::int64_t value = 0;  ///< percent in millionths of the basis (1 % = 10,000), or the fixed amount in đồng
  /// A percentage as configured, "0,5" / "0.5" (the English form is also the evidence), written once per run.
  std::string percent_vi, percent_en;
};

/// One edition's rates by category, read once per run so no payment looks a name up.
struct EditionRates {
  std::array<Rate, kCategories> by_category{};
  std::int64_t exempt_years = 0;
  std::int64_t tolerance = 0;
  bool checks_any = false;
};

[[noreturn]] void bad_map(const Edition& e, std::string_view param, const std::string& key, std::string_view why_vi,
                          std::string_view why_en) {
  const std::string from = e.from.valid() ? e.from.iso() : "-";
  throw std::runtime_error(fmt::format(
      "tham số {} của dues/underpaid (phiên bản từ {}): '{}' {}; các hạng mục: luong, huu_tri, hoc_sinh_sinh_vien, "
      "nong_dan, tu_do, nuoc_ngoai / parameter {} of dues/underpaid (edition from {}): '{}' {}; the categories: luong, "
      "huu_tri, hoc_sinh_sinh_vien, nong_dan, tu_do, nuoc_ngoai",
      param, from, key, why_vi, param, from, key, why_en));
}

DuesCategory category_of(const Edition& e, std::string_view param, const std::string& key) {
  for (DuesCategory c : kPayingCategories)
    if (code(c) == key) return c;
  bad_map(e, param, key, "không phải một hạng mục đóng đảng phí", "is not a dues category");
}

/// "1" / "0.5" as written, with a decimal comma in Vietnamese.
std::string percent_text(double pct, bool vi) {
  std::string s = fmt::format("{}", pct);
  if (vi)
    for (char& c : s)
      if (c == '.') c = ',';
  return s;
}

EditionRates read_rates(const Edition& e) {
  EditionRates r;
  r.exempt_years = e.integer("exempt_party_age_years");
  r.tolerance = std::llround(std::max(0.0, e.number("tolerance")));
  for (const auto& [key, pct] : e.numbers("percent_of_income")) {
    if (!(pct >= 0)) bad_map(e, "percent_of_income", key, "phải không âm", "must not be negative");
    r.by_category[static_cast<std::size_t>(category_of(e, "percent_of_income", key))] =
        Rate{Rate::Kind::percent, std::llround(pct * 10000), percent_text(pct, true), percent_text(pct, false)};
  }
  // A fixed amount wins over a percentage for the same category: it is the more specific setting.
  for (const auto& [key, amount] : e.numbers("fixed_amount")) {
    if (!(amount >= 0)) bad_map(e, "fixed_amount", key, "phải không âm", "must not be negative");
    r.by_category[static_cast<std::size_t>(category_of(e, "fixed_amount", key))] =
        Rate{Rate::Kind::fixed, std::llround(amount), {}, {}};
  }
  for (const Rate& rate : r.by_category) r.checks_any |= rate.kind != Rate::Kind::unchecked;
  return r;
}

/// Money sums in 128 bits: a month's payments added up, or a percentage of a huge basis, cannot overflow
/// (signed overflow is undefined behaviour); what does not fit 64 bits is an impossible amount.
using Wide = __int128;
constexpr Wide kMaxMoney = std::numeric_limits<std::int64_t>::max();

/// percent × basis, rounded half up to the đồng, in integers (no floating point on money).
Wide percent_of(std::int64_t basis, std::int64_t millionths) {
  constexpr Wide kMillion = 1'000'000;
  return (Wide{basis} * millionths + kMillion / 2) / kMillion;
}

}  // namespace

RuleMeta UnderpaidRule::metadata() {
  RuleMeta m;
  m.id = "dues/underpaid";
  m.title_vi = "Đóng đảng phí thấp hơn mức quy định";
  m.title_en = "Dues paid below the required amount";
  m.description_vi =
      "Tổng số tiền một đảng viên đóng cho một tháng thấp hơn mức phải đóng trừ đi tolerance. Mức phải đóng theo "
      "phiên bản quy định có hiệu lực vào ngày đầu của tháng được đóng (không theo ngày nộp): 342-QĐ/TW đến 01/2026, "
      "01-QĐ/TW từ 02/2026. Hạng mục trong percent_of_income: phần trăm của thu nhập làm căn cứ (income_basis của "
      "lượt đóng, nếu không có thì monthly_income của đảng viên), làm tròn đến đồng (từ 0,5 đồng trở lên làm tròn "
      "lên); hạng mục trong fixed_amount: số tiền cố định (học sinh, sinh viên 2.000 đ, từ 02/2026 là 5.000 đ). "
      "Hạng mục không có trong hai bảng này (mặc định: nông dân, lao động tự do, ở nước ngoài, vì mức đóng phụ thuộc "
      "vùng, lương tối thiểu vùng hoặc ngoại tệ, dữ liệu không có) không bị kiểm tra cho đến khi cấu hình cho mức. "
      "Không kiểm tra: tháng đảng viên được miễn theo phiên bản (từ 02/2026: đủ 50 năm tuổi đảng vào ngày đầu tháng), "
      "tháng trước tháng kết nạp, tháng không có tiền đóng (việc của dues/unpaid-months), tháng có số tiền không đọc "
      "được, đảng viên hạng mục theo phần trăm mà không có thu nhập làm căn cứ.";
  m.description_en =
      "The total a member paid for a month is below the required amount minus tolerance. The amount is set by the "
      "edition in force on the first day of the month paid for (not the payment date): 342-QĐ/TW up to 2026-01, "
      "01-QĐ/TW from 2026-02. A category in percent_of_income pays that percentage of the income basis (the "
      "payment's income_basis, else the member's monthly_income), rounded half up to the đồng; a category in "
      "fixed_amount pays that amount (students 2,000 đ, from 2026-02 5,000 đ). Categories in neither map (by default "
      "farmers, self-employed and members abroad, whose amount depends on the area, the regional minimum wage or a "
      "foreign currency, which the data do not hold) are not checked until a profile gives their amount. Not "
      "checked: months in which the member is exempt under the edition (from 2026-02: 50 full years of party age "
      "on the first day of the month), months before the admission month, months with nothing paid (that is "
      "dues/unpaid-months'), months with an unreadable amount, members of a percentage category with no income "
      "basis.";
  m.default_severity = Severity::warning;
  m.params.push_back(param_number("tolerance", 500, "Số tiền (đồng) được phép đóng thiếu so với mức phải đóng",
                                  "Shortfall (đồng) accepted below the required amount"));
  const NumberMap percent = {{"luong", 1.0}, {"huu_tri", 0.5}};
  m.params.push_back(param_map("percent_of_income", percent,
                               "Mức đóng theo phần trăm (%) của thu nhập làm căn cứ, theo hạng mục dues_category",
                               "Dues as a percentage (%) of the income basis, by dues_category"));
  m.params.push_back(param_map("fixed_amount", {{"hoc_sinh_sinh_vien", 2000}},
                               "Mức đóng cố định (đồng/tháng) theo hạng mục dues_category; thắng percent_of_income",
                               "Fixed dues (đồng a month) by dues_category; wins over percent_of_income"));
  m.params.push_back(param_exempt_party_age());
  // Both editions state every rate, so `rules explain` shows each edition's full table.
  m.editions = dues_editions(
      "Mục I (đối tượng và mức đóng); hướng dẫn 03-HD/VPTW (2016)",
      {{"percent_of_income", percent}, {"fixed_amount", NumberMap{{"hoc_sinh_sinh_vien", 2000}}}, exempt_none()},
      "mức đóng đảng phí; miễn đóng từ đủ 50 năm tuổi đảng",
      {{"percent_of_income", percent}, {"fixed_amount", NumberMap{{"hoc_sinh_sinh_vien", 5000}}}, exempt_50()});
  m.messages = {
      {"percent",
       {"_member", "paid", "month", "required", "percent_of_income", "income_basis", "_category", "_document",
        "tolerance", "category"},
       "{_member} đóng {paid} cho tháng {month}, thấp hơn mức phải đóng {required} ({percent_of_income} % của thu nhập "
       "{income_basis}, đảng viên {_category}, theo {_document}) quá {tolerance} cho phép",
       "{_member} paid {paid} for {month}, below the required {required} ({percent_of_income}% of the income "
       "{income_basis}, {_category} member, under {_document}) by more than the {tolerance} allowed"},
      {"fixed",
       {"_member", "paid", "month", "required", "_category", "_document", "tolerance", "category"},
       "{_member} đóng {paid} cho tháng {month}, thấp hơn mức phải đóng {required} (mức cố định cho đảng viên "
       "{_category}, theo {_document}) quá {tolerance} cho phép",
       "{_member} paid {paid} for {month}, below the required {required} (the fixed amount for a {_category} member, "
       "under {_document}) by more than the {tolerance} allowed"},
      {"impossible",
       {"_member", "month", "payments"},
       "{_member}: số tiền của tháng {month} ({payments} lượt đóng) vượt quá số lớn nhất có thể tính "
       "(9.223.372.036.854.775.807 đ), nên tổng đã đóng hoặc mức phải đóng không thể đúng: hãy kiểm tra các dòng "
       "đảng phí",
       "{_member}: the amounts for {month} ({payments} payments) pass the largest that can be counted "
       "(9,223,372,036,854,775,807 đ), so the total paid or the required amount cannot be right: check the dues "
       "rows"}};
  return m;
}

void UnderpaidRule::check(const RunContext& ctx, FindingSink& out) const {
  const Dataset& data = ctx.data;
  if (!data.dues.present) return;
  std::vector<EditionRates> rates;
  std::array<bool, kCategories> category_checked{};
  for (const Edition& e : ctx.params.editions) {
    rates.push_back(read_rates(e));
    for (std::size_t c = 0; c < kCategories; ++c)
      category_checked[c] |= rates.back().by_category[c].kind != Rate::Kind::unchecked;
  }
  const EditionByMonth editions(ctx.params);
  const UnreadableAmounts unreadable(data);
  MonthRuns runs;
  for (std::uint32_t i = 0; i < data.members.size(); ++i) {
    const Member& m = data.members[i];
    const auto cat = static_cast<std::size_t>(m.dues_category);
    if (!category_checked[cat]) continue;
    const Month admitted = m.admitted_on.valid() ? Month::of(m.admitted_on) : Month{};
    runs.each(data.payments_of(i), ctx.as_of, [&](Month month, std::span<const Payment* const> rows) {
      if (month < admitted) return;
      const EditionRates& r = rates[editions.index(month)];
      const Rate& rate = r.by_category[cat];
      if (rate.kind == Rate::Kind::unchecked || exempt_in(m, month, r.exempt_years)) return;
      Wide total = 0;
      std::int64_t basis = kNoMoney;
      for (const Payment* p : rows) {
        if (unreadable.contains(*p)) return;
        total += p->amount;
        if (basis == kNoMoney) basis = p->income_basis;
      }
      if (total == 0) return;
      if (basis == kNoMoney) basis = m.monthly_income;
      if (rate.kind == Rate::Kind::percent && basis == kNoMoney) return;
      const Wide wide_required = rate.kind == Rate::Kind::fixed ? Wide{rate.value} : percent_of(basis, rate.value);
      if (total > kMaxMoney || total < -kMaxMoney || wide_required > kMaxMoney) {
        Finding f = about_payment(ctx, i, month, rows.front());
        f.say("impossible", {member(i), month, static_cast<int>(rows.size())});
        out.emit(f.with_severity(Severity::error));
        return;
      }
      const auto paid = static_cast<std::int64_t>(total);
      const auto required = static_cast<std::int64_t>(wide_required);
      if (Wide{paid} + r.tolerance >= required) return;

      Finding f = about_payment(ctx, i, month, rows.front());
      const std::string& doc = ctx.params.editions[f.edition].citation.document;
      const Arg category = phrase(category_vi(m.dues_category), category_en(m.dues_category));
      if (rate.kind == Rate::Kind::percent)
        f.say("percent", {member(i), money(paid), month, money(required), phrase(rate.percent_vi, rate.percent_en),
                          money(basis), category, doc, money(r.tolerance), code(m.dues_category)});
      else
        f.say("fixed", {member(i), money(paid), month, money(required), category, doc, money(r.tolerance),
                        code(m.dues_category)});
      out.emit(f);
    });
  }
}

}  // namespace kiemtra::plugins::dues
