// dues/underpaid: months paid below the amount the edition in force for the month requires.
#include <fmt/format.h>

#include <array>
#include <cmath>
#include <limits>
#include <optional>
#include <stdexcept>

#include "dues_common.hpp"
#include "dues_months.hpp"
#include "dues_rules.hpp"
#include "../shared/retirement.hpp"

namespace kiemtra::plugins::dues {

namespace {

constexpr std::size_t kCategories = static_cast<std::size_t>(DuesCategory::unknown) + 1;
constexpr std::array<DuesCategory, 6> kPayingCategories = {
    DuesCategory::luong,    DuesCategory::huu_tri, DuesCategory::hoc_sinh_sinh_vien,
    DuesCategory::nong_dan, DuesCategory::tu_do,   DuesCategory::nuoc_ngoai};

/// How one edition sets the amount of one category.
struct Rate {
  /// percent: of the income basis; minimum_wage: of the regional minimum wage (01-QĐ/TW, members outside
  /// compulsory social insurance who draw no pension), with a second rate past retirement age.
  enum class Kind : std::uint8_t { unchecked, percent, fixed, minimum_wage } kind = Kind::unchecked;
  std::int64_t value = 0;  ///< percent in millionths of the basis (1 % = 10,000), or the fixed amount in đồng
  /// A percentage as configured, "0,5" / "0.5" (the English form is also the evidence), written once per run.
  std::string percent_vi, percent_en;
  /// minimum_wage only: the rate from retirement age on (equal to value when the edition gives none).
  std::int64_t past_retirement = 0;
  std::string past_vi, past_en;
};

/// One edition's rates by category, read once per run so no payment looks a name up.
struct EditionRates {
  std::array<Rate, kCategories> by_category{};
  std::int64_t exempt_years = 0;
  std::int64_t tolerance = 0;
  std::int64_t minimum_wage = 0;  ///< đồng a month; 0: the minimum-wage categories are not checked
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
        Rate{Rate::Kind::percent, std::llround(pct * 10000), percent_text(pct, true), percent_text(pct, false), 0, {}, {}};
  }
  // A share of the regional minimum wage is the more specific setting for its categories; without a wage (342-QĐ/TW
  // sets none) they stay unchecked.
  r.minimum_wage = std::llround(std::max(0.0, e.number("minimum_wage")));
  if (r.minimum_wage > 0) {
    for (const auto& [key, pct] : e.numbers("percent_of_minimum_wage")) {
      if (!(pct >= 0)) bad_map(e, "percent_of_minimum_wage", key, "phải không âm", "must not be negative");
      const std::int64_t v = std::llround(pct * 10000);
      r.by_category[static_cast<std::size_t>(category_of(e, "percent_of_minimum_wage", key))] =
          Rate{Rate::Kind::minimum_wage, v, percent_text(pct, true), percent_text(pct, false),
               v, percent_text(pct, true), percent_text(pct, false)};
    }
    for (const auto& [key, pct] : e.numbers("percent_of_minimum_wage_past_retirement")) {
      if (!(pct >= 0))
        bad_map(e, "percent_of_minimum_wage_past_retirement", key, "phải không âm", "must not be negative");
      Rate& rate = r.by_category[static_cast<std::size_t>(
          category_of(e, "percent_of_minimum_wage_past_retirement", key))];
      if (rate.kind != Rate::Kind::minimum_wage) continue;  // a category with no rate below retirement age
      rate.past_retirement = std::llround(pct * 10000);
      rate.past_vi = percent_text(pct, true);
      rate.past_en = percent_text(pct, false);
    }
  }
  // A fixed amount wins over a percentage for the same category: it is the more specific setting.
  for (const auto& [key, amount] : e.numbers("fixed_amount")) {
    if (!(amount >= 0)) bad_map(e, "fixed_amount", key, "phải không âm", "must not be negative");
    r.by_category[static_cast<std::size_t>(category_of(e, "fixed_amount", key))] =
        Rate{Rate::Kind::fixed, std::llround(amount), {}, {}, 0, {}, {}};
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

/// Vùng IV's monthly minimum wage under Nghị định 293/2025/NĐ-CP (from 1/1/2026), the lowest of the four regions:
/// the default, so a member paying below the share of the lowest wage is underpaying wherever the cell is, and no
/// finding depends on a region the data does not record. A profile sets its region's wage.
constexpr double kMinimumWage2026 = 3'700'000;

/// Whether a member is at or past retirement age in normal working conditions on `day`; nullopt when the birth date
/// or gender needed to tell is missing.
std::optional<bool> past_retirement_age(const Member& m, Date day) {
  if (!m.birth_date.valid() || m.gender == Gender::unknown) return std::nullopt;
  const RetirementSchedule& s = m.gender == Gender::nam ? kLabourCodeMen : kLabourCodeWomen;
  return m.birth_date.plus_months(scheduled_retirement_months(s, m.birth_date)) <= day;
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
      "Hạng mục trong percent_of_minimum_wage (01-QĐ/TW Điều 3 khoản 2 điểm 2.2: đảng viên không hưởng lương hưu, "
      "không thuộc diện đóng bảo hiểm xã hội bắt buộc; mặc định nông dân và lao động tự do): phần trăm của lương tối "
      "thiểu tháng theo vùng (minimum_wage), chưa đến tuổi nghỉ hưu 0,3 % từ 02/2026 và 0,5 % từ 01/2028, từ đủ tuổi "
      "nghỉ hưu (Bộ luật Lao động 2019 Điều 169, Nghị định 135/2020, tính theo tháng sinh, tại ngày đầu tháng) 0,2 % "
      "rồi 0,3 % (percent_of_minimum_wage_past_retirement); đảng viên không có ngày sinh hoặc giới tính đọc được "
      "không bị kiểm tra khi hai mức khác nhau. Dữ liệu không ghi vùng: minimum_wage mặc định là lương tối thiểu vùng "
      "IV theo Nghị định 293/2025/NĐ-CP (3.700.000 đ, vùng thấp nhất, nên không báo sai ở vùng nào), tỉnh đặt lại "
      "theo vùng của mình. Nguồn: thuvienphapluat.vn trích Quy định 01-QĐ/TW (03/02/2026) Điều 3 khoản 2 điểm 2.2, "
      "độ tin cậy vừa-cao; mức vùng IV: độ tin cậy vừa. Tháng hưởng trợ cấp ốm đau, thai sản đóng 1 % của trợ cấp: "
      "ghi trợ cấp vào income_basis của lượt đóng tháng đó, quy tắc tính 1 % của số đó như tiền lương. "
      "Hạng mục không có trong các bảng này (mặc định: ở nước ngoài, vì mức đóng theo ngoại tệ, dữ liệu không có) "
      "không bị kiểm tra cho đến khi cấu hình cho mức. "
      "Không kiểm tra: tháng đảng viên được miễn theo phiên bản (từ 02/2026: đủ 50 năm tuổi đảng vào ngày đầu tháng), "
      "tháng trước tháng kết nạp, tháng không có tiền đóng (việc của dues/unpaid-months), tháng có số tiền không đọc "
      "được, đảng viên hạng mục theo phần trăm mà không có thu nhập làm căn cứ.";
  m.description_en =
      "The total a member paid for a month is below the required amount minus tolerance. The amount is set by the "
      "edition in force on the first day of the month paid for (not the payment date): 342-QĐ/TW up to 2026-01, "
      "01-QĐ/TW from 2026-02. A category in percent_of_income pays that percentage of the income basis (the "
      "payment's income_basis, else the member's monthly_income), rounded half up to the đồng; a category in "
      "fixed_amount pays that amount (students 2,000 đ, from 2026-02 5,000 đ). A category in "
      "percent_of_minimum_wage (01-QĐ/TW Art. 3.2, point 2.2: members drawing no pension and outside compulsory "
      "social insurance; by default farmers and the self-employed) pays that percentage of the monthly regional "
      "minimum wage (minimum_wage): below retirement age 0.3% from 2026-02 and 0.5% from 2028-01; at or past "
      "retirement age (Labour Code 2019 Art. 169, Nghị định 135/2020, by birth month, on the first day of the month) "
      "0.2% then 0.3% (percent_of_minimum_wage_past_retirement); a member without a readable birth date or gender is "
      "not checked where the two rates differ. The data do not record the region: minimum_wage defaults to region "
      "IV's under Nghị định 293/2025/NĐ-CP (3,700,000 đ, the lowest, so no region gets a false finding); a province "
      "sets its own. Source: thuvienphapluat.vn quoting Quy định 01-QĐ/TW (3/2/2026) Art. 3.2 point 2.2, confidence "
      "medium-high; the region IV figure: medium. Months on sickness or maternity benefit pay 1% of the benefit: write "
      "the benefit as the income_basis of that month's payment and the rule takes 1% of it as of a salary. "
      "Categories in none of the maps (by default members abroad, who pay in a foreign currency the data do not hold) "
      "are not checked until a profile gives their amount. Not "
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
  m.params.push_back(param_number("minimum_wage", 0,
                                  "Lương tối thiểu tháng theo vùng nơi đảng viên sinh hoạt (đồng); 0: không kiểm tra "
                                  "các hạng mục theo lương tối thiểu",
                                  "The monthly regional minimum wage where the member's cell is (đồng); 0: the "
                                  "minimum-wage categories are not checked"));
  m.params.push_back(param_map("percent_of_minimum_wage", {},
                               "Mức đóng theo phần trăm (%) của lương tối thiểu vùng, theo hạng mục dues_category, "
                               "cho đảng viên chưa đến tuổi nghỉ hưu",
                               "Dues as a percentage (%) of the regional minimum wage, by dues_category, for members "
                               "below retirement age"));
  m.params.push_back(param_map("percent_of_minimum_wage_past_retirement", {},
                               "Như percent_of_minimum_wage, cho đảng viên từ đủ tuổi nghỉ hưu (điều kiện lao động "
                               "bình thường)",
                               "As percent_of_minimum_wage, for members at or past retirement age (normal working "
                               "conditions)"));
  m.params.push_back(param_exempt_party_age());
  // Every edition states every rate, so `rules explain` shows each edition's full table.
  const NumberMap below_2026 = {{"nong_dan", 0.3}, {"tu_do", 0.3}}, past_2026 = {{"nong_dan", 0.2}, {"tu_do", 0.2}};
  const NumberMap below_2028 = {{"nong_dan", 0.5}, {"tu_do", 0.5}}, past_2028 = {{"nong_dan", 0.3}, {"tu_do", 0.3}};
  m.editions = dues_editions(
      "Mục I (đối tượng và mức đóng); hướng dẫn 03-HD/VPTW (2016)",
      {{"percent_of_income", percent}, {"fixed_amount", NumberMap{{"hoc_sinh_sinh_vien", 2000}}}, exempt_none(),
       {"minimum_wage", 0.0}, {"percent_of_minimum_wage", NumberMap{}},
       {"percent_of_minimum_wage_past_retirement", NumberMap{}}},
      "Điều 3 (mức đóng; khoản 2 điểm 2.2: theo lương tối thiểu vùng); miễn đóng từ đủ 50 năm tuổi đảng",
      {{"percent_of_income", percent}, {"fixed_amount", NumberMap{{"hoc_sinh_sinh_vien", 5000}}}, exempt_50(),
       {"minimum_wage", kMinimumWage2026}, {"percent_of_minimum_wage", below_2026},
       {"percent_of_minimum_wage_past_retirement", past_2026}});
  // 01-QĐ/TW raises the minimum-wage shares from 1/1/2028: the same document, a second edition.
  m.editions.push_back(Edition{Date::from_ymd(2028, 1, 1),
                               {kDoc01, "Điều 3 (mức đóng; khoản 2 điểm 2.2: theo lương tối thiểu vùng, từ 01/01/2028); "
                                        "miễn đóng từ đủ 50 năm tuổi đảng"},
                               {{"percent_of_income", percent},
                                {"fixed_amount", NumberMap{{"hoc_sinh_sinh_vien", 5000}}},
                                exempt_50(),
                                {"minimum_wage", kMinimumWage2026},
                                {"percent_of_minimum_wage", below_2028},
                                {"percent_of_minimum_wage_past_retirement", past_2028}}});
  m.messages = {
      {"percent",
       {"_member", "paid", "month", "required", "percent_of_income", "income_basis", "_category", "_document",
        "tolerance", "category"},
       "{_member} đóng {paid} cho tháng {month}, thấp hơn mức phải đóng {required} ({percent_of_income} % của thu nhập "
       "{income_basis}, đảng viên {_category}, theo {_document}) quá {tolerance} cho phép",
       "{_member} paid {paid} for {month}, below the required {required} ({percent_of_income}% of the income "
       "{income_basis}, {_category} member, under {_document}) by more than the {tolerance} allowed"},
      {"minimum_wage",
       {"_member", "paid", "month", "required", "percent_of_minimum_wage", "minimum_wage", "_category", "_age",
        "_document", "tolerance", "category"},
       "{_member} đóng {paid} cho tháng {month}, thấp hơn mức phải đóng {required} ({percent_of_minimum_wage} % của "
       "lương tối thiểu vùng {minimum_wage}, đảng viên {_category}{_age}, theo {_document}) quá {tolerance} cho phép",
       "{_member} paid {paid} for {month}, below the required {required} ({percent_of_minimum_wage}% of the regional "
       "minimum wage {minimum_wage}, {_category} member{_age}, under {_document}) by more than the {tolerance} "
       "allowed"},
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
    ExemptMonths exempt(m);
    runs.each(data.payments_of(i), ctx.as_of, [&](Month month, std::span<const Payment* const> rows) {
      if (month < admitted) return;
      const EditionRates& r = rates[editions.index(month)];
      const Rate& rate = r.by_category[cat];
      if (rate.kind == Rate::Kind::unchecked || exempt(month, r.exempt_years)) return;
      Wide total = 0;
      std::int64_t basis = kNoMoney;
      for (const Payment* p : rows) {
        if (unreadable.contains(*p)) return;
        total += p->amount;
        if (basis == kNoMoney) basis = data.income_basis(*p);
      }
      if (total == 0) return;
      if (basis == kNoMoney) basis = m.monthly_income;
      std::int64_t millionths = rate.value;
      bool past = false;
      if (rate.kind == Rate::Kind::minimum_wage) {
        basis = r.minimum_wage;
        if (rate.past_retirement != rate.value) {
          // The member's age decides the rate: unknown when the birth date or gender is.
          const std::optional<bool> p = past_retirement_age(m, month.first_day());
          if (!p) return;
          past = *p;
          if (past) millionths = rate.past_retirement;
        }
      }
      if (rate.kind == Rate::Kind::percent && basis == kNoMoney) return;
      const Wide wide_required = rate.kind == Rate::Kind::fixed ? Wide{rate.value} : percent_of(basis, millionths);
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
      if (rate.kind == Rate::Kind::minimum_wage)
        f.say("minimum_wage",
              {member(i), money(paid), month, money(required),
               past ? phrase(rate.past_vi, rate.past_en) : phrase(rate.percent_vi, rate.percent_en), money(basis),
               category,
               past ? phrase(", đã đến tuổi nghỉ hưu", ", at or past retirement age") : phrase("", ""), doc,
               money(r.tolerance), code(m.dues_category)});
      else if (rate.kind == Rate::Kind::percent)
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
