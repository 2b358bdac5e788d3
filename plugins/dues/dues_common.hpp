// What the dues rules share: the two regulation editions, what counts as a payment, the wording of categories.
#pragma once

#include <algorithm>
#include <cstdint>
#include <kiemtra/sdk.hpp>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kiemtra::plugins::dues {

/// 342-QĐ/TW (28/12/2010) is in force from 01/04/2011; 01-QĐ/TW (03/02/2026) from 01/02/2026.
inline constexpr Date kFrom342 = Date::from_ymd(2011, 4, 1);
inline constexpr Date kFrom01 = Date::from_ymd(2026, 2, 1);
inline const std::string kDoc342 = "Quyết định 342-QĐ/TW (28/12/2010)";
inline const std::string kDoc01 = "Quy định 01-QĐ/TW (03/02/2026)";

/// The two editions of a dues rule, oldest first, each with its article and the values it sets.
inline std::vector<Edition> dues_editions(std::string article342, std::vector<std::pair<std::string, ParamValue>> v342,
                                          std::string article01, std::vector<std::pair<std::string, ParamValue>> v01) {
  return {Edition{kFrom342, {kDoc342, std::move(article342)}, std::move(v342)},
          Edition{kFrom01, {kDoc01, std::move(article01)}, std::move(v01)}};
}

/// The exemption parameter, declared by every rule that leaves exempt months out.
inline ParamSpec param_exempt_party_age() {
  return param_int("exempt_party_age_years", 0,
                   "Số năm tuổi đảng (tính đến ngày đầu tháng) từ đó đảng viên được miễn đóng đảng phí tháng đó; 0: "
                   "không miễn (342-QĐ/TW), 50 theo 01-QĐ/TW",
                   "Party age in full years (on the first day of the month) from which a member is exempt from that "
                   "month's dues; 0: no exemption (342-QĐ/TW), 50 under 01-QĐ/TW");
}

/// The edition's values of the exemption: none under 342-QĐ/TW, 50 years of party age under 01-QĐ/TW.
inline std::pair<std::string, ParamValue> exempt_none() { return {"exempt_party_age_years", std::int64_t{0}}; }
inline std::pair<std::string, ParamValue> exempt_50() { return {"exempt_party_age_years", std::int64_t{50}}; }

/// The edition in force for each month (the one in force on its first day, as Params::at decides), found without
/// date arithmetic per payment.
class EditionByMonth {
 public:
  explicit EditionByMonth(const Params& params) : params_(params) {
    for (const Edition& e : params.editions) {
      // An edition from the 1st applies to that month; one from a later day, to the months after it.
      const Month m = e.from.valid() ? Month::of(e.from) : Month{};
      first_month_.push_back(!m.valid() || e.from.day() == 1 ? m : m.plus(1));
    }
  }
  std::size_t index(Month month) const {
    std::size_t best = 0;
    for (std::size_t i = 0; i < first_month_.size(); ++i)
      if (!first_month_[i].valid() || first_month_[i] <= month) best = i;
    return best;
  }
  const Edition& at(Month month) const { return params_.editions[index(month)]; }

 private:
  const Params& params_;
  std::vector<Month> first_month_;
};

/// Lines of dues.csv whose amount could not be read (or is missing): the reader stores 0 there, which must not be
/// taken for "paid nothing". integrity/bad-value reports those rows.
class UnreadableAmounts {
 public:
  explicit UnreadableAmounts(const Dataset& data) : data_(&data) {
    for (const ReadIssue& i : data.read_issues)
      if (i.table == TableId::dues && i.column_name == "amount") lines_.push_back(i.line);
    std::sort(lines_.begin(), lines_.end());
  }
  /// Whether payment `p` (a row of the dataset's dues) is one of them.
  bool contains(const Payment& p) const {
    return p.amount == 0 && !lines_.empty() && std::binary_search(lines_.begin(), lines_.end(), data_->dues_line(p));
  }

 private:
  const Dataset* data_;
  std::vector<std::uint32_t> lines_;
};

/// A payment row exists at the as-of date unless it was paid after it (an unknown payment date counts).
inline bool exists_at(const Payment& p, Date as_of) { return !p.paid_on.valid() || p.paid_on <= as_of; }

/// Money actually paid: an amount above zero, or an amount that could not be read (benefit of the doubt).
inline bool is_payment(const Payment& p, const UnreadableAmounts& unreadable) {
  return p.amount > 0 || unreadable.contains(p);
}

/// A member's existing payments with a readable month, ordered by month then line (a member's rows are in file
/// order), handed over month by month.
/// The buffer is reused across members, so the pass allocates only while it grows.
class MonthRuns {
 public:
  template <class Fn>
  void each(std::span<const Payment> payments, Date as_of, Fn&& fn) {
    rows_.clear();
    for (const Payment& p : payments)
      if (p.period.valid() && exists_at(p, as_of)) rows_.push_back(&p);
    const auto by_month = [](const Payment* a, const Payment* b) {
      return a->period != b->period ? a->period < b->period : a < b;
    };
    if (!std::is_sorted(rows_.begin(), rows_.end(), by_month)) std::sort(rows_.begin(), rows_.end(), by_month);
    for (std::size_t i = 0; i < rows_.size();) {
      std::size_t j = i + 1;
      while (j < rows_.size() && rows_[j]->period == rows_[i]->period) ++j;
      fn(rows_[i]->period, std::span<const Payment* const>(rows_.data() + i, j - i));
      i = j;
    }
  }

 private:
  std::vector<const Payment*> rows_;
};

/// Dues categories in messages.
inline std::string_view category_vi(DuesCategory c) {
  switch (c) {
    case DuesCategory::luong: return "hưởng lương";
    case DuesCategory::huu_tri: return "hưu trí";
    case DuesCategory::hoc_sinh_sinh_vien: return "học sinh, sinh viên";
    case DuesCategory::nong_dan: return "nông dân";
    case DuesCategory::tu_do: return "lao động tự do";
    case DuesCategory::nuoc_ngoai: return "ở nước ngoài";
    case DuesCategory::none:
    case DuesCategory::unknown: break;
  }
  return "không rõ";
}
inline std::string_view category_en(DuesCategory c) {
  switch (c) {
    case DuesCategory::luong: return "salaried";
    case DuesCategory::huu_tri: return "pensioner";
    case DuesCategory::hoc_sinh_sinh_vien: return "student";
    case DuesCategory::nong_dan: return "farmer";
    case DuesCategory::tu_do: return "self-employed";
    case DuesCategory::nuoc_ngoai: return "abroad";
    case DuesCategory::none:
    case DuesCategory::unknown: break;
  }
  return "unknown";
}

}  // namespace kiemtra::plugins::dues
