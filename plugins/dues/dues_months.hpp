// The months a member owes dues for: the counting window, admission, transfers in, and exemptions by edition.
#pragma once

#include <bit>
#include <cstdint>
#include <deque>
#include <kiemtra/sdk.hpp>
#include <kiemtra/unknown.hpp>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "../shared/temporary_activity.hpp"
#include "dues_common.hpp"

namespace kiemtra::plugins::dues {

/// The party age rule of an edition: exempt in a month when the member has `years` (> 0) full years of party age
/// on its first day. Party age is counted as party_age_from() has it: from the admission decision, less time out of
/// the Party where the member record says so.
inline bool exempt_in(const Member& m, Month month, std::int64_t years) {
  const Date from = party_age_from(m);
  if (years <= 0 || !from.valid()) return false;
  return from.plus_years(static_cast<int>(years)) <= month.first_day();
}

/// exempt_in for many months of one member: the party age is worked out once, and the first exempt month once
/// per number of years, so each month is an integer comparison.
class ExemptMonths {
 public:
  explicit ExemptMonths(const Member& m) : from_(party_age_from(m)) {}
  bool operator()(Month month, std::int64_t years) {
    if (years <= 0 || !from_.valid()) return false;
    if (years != years_) {
      years_ = years;
      // Exempt in a month whose first day is on or after the day the years are full.
      const Ymd full = from_.plus_years(static_cast<int>(years)).ymd();
      first_ = Month::of(full.year, full.month).plus(full.day == 1 ? 0 : 1);
    }
    return first_ <= month;
  }

 private:
  Date from_;
  std::int64_t years_ = 0;
  Month first_;
};

/// The months dues/unpaid-months and dues/collection-rate count: in the calendar year of the as-of date, January to
/// the month before the as-of month; in January, the whole previous year. At most 12, so one bit each.
class DuesWindow {
 public:
  explicit DuesWindow(const RunContext& ctx)
      : as_of_(ctx.as_of),
        unknown_admission_(ctx.data, ctx.data.members, TableId::members, {"admitted_on"}),
        away_(ctx.data, ctx.as_of) {
    const Month now = Month::of(ctx.as_of);
    first_ = now.month() == 1 ? Month::of(now.year() - 1, 1) : Month::of(now.year(), 1);
    last_ = now.plus(-1);
    for (Month m = first_; m <= last_; m = m.plus(1)) {
      const Edition& e = ctx.params.at(m.first_day());
      editions_.push_back(&e);
      exempt_years_.push_back(e.integer("exempt_party_age_years"));
    }
    build_transfers_in(ctx.data);
  }

  Month first() const { return first_; }
  Month last() const { return last_; }
  int size() const { return static_cast<int>(editions_.size()); }
  /// The edition of the window's last month: it sets the threshold and is cited.
  const Edition& closing_edition() const { return *editions_.back(); }

  /// Bit i set: the member owes dues for month first()+i. From the admission month (and after the month of a
  /// transfer in, whose dues were paid at the sending organization), leaving out exempt months and the months the
  /// member was in temporary activity elsewhere (the host organization collected them).
  /// A member whose admitted_on was unreadable owes nothing that can be told: the months and exemptions hang on
  /// it, so the dues rules skip the member (docs/dataset.md, "Unknown values").
  std::uint16_t due_mask(const Member& m, std::uint32_t row) const {
    if (!unknown_admission_.empty() && unknown_admission_.row(row)) return 0;
    if (!unknown_transfer_.empty() && unknown_transfer_[row]) return 0;
    Month from = first_;
    if (m.admitted_on.valid()) from = std::max(from, Month::of(m.admitted_on));
    if (!transfer_in_.empty() && transfer_in_[row].valid()) from = std::max(from, transfer_in_[row].plus(1));
    const int start = std::max(0, from.index - first_.index);
    if (start >= size()) return 0;
    auto mask = static_cast<std::uint16_t>(((1u << size()) - 1u) & ~((1u << start) - 1u));
    // Twice per member and month for every member, this is hot: the party age and the member's attachments
    // are worked out once per member, not once per month.
    ExemptMonths exempt(m);
    for (int i = start; i < size(); ++i)
      if (exempt(first_.plus(i), exempt_years_[static_cast<std::size_t>(i)]))
        mask &= static_cast<std::uint16_t>(~(1u << i));
    if (!away_.empty()) {
      const auto periods = away_.of(row);
      if (!periods.empty())
        for (int i = start; i < size(); ++i)
          if (plugins::TemporaryAway::away_for_dues(periods, first_.plus(i)))
            mask &= static_cast<std::uint16_t>(~(1u << i));
    }
    return mask;
  }

  /// Bit i set: a payment for month first()+i exists at the as-of date.
  std::uint16_t paid_mask(std::span<const Payment> payments, const UnreadableAmounts& unreadable) const {
    std::uint16_t mask = 0;
    for (const Payment& p : payments) {
      const std::int32_t i = p.period.index - first_.index;
      if (!p.period.valid() || i < 0 || i >= size() || !exists_at(p, as_of_) || !is_payment(p, unreadable)) continue;
      mask |= static_cast<std::uint16_t>(1u << i);
    }
    return mask;
  }

  /// "2019-01..2019-08", the window as evidence.
  std::string range_iso() const { return first_.iso() + ".." + last_.iso(); }

 private:
  // The latest official transfer in (direction den) of each member, issued on or before the as-of date; empty when
  // none. A temporary one in is a member of another organization attending here, who owes no dues here.
  // A transfer in whose issue date was unreadable leaves the member's months owed unknown: skipped like an
  // unreadable admission date.
  void build_transfers_in(const Dataset& data) {
    const UnknownFields unknown_issue(data, data.transfers, TableId::transfers, {"issued_on"});
    for (std::uint32_t row = 0; row < data.transfers.size(); ++row) {
      const Transfer& t = data.transfers[row];
      if (t.kind == TransferKind::tam_thoi) continue;
      if (t.direction == TransferDirection::den && !t.issued_on.valid() && unknown_issue.row(row)) {
        const std::uint32_t m = data.find_member(t.member_code);
        if (m == kNone) continue;
        if (unknown_transfer_.empty()) unknown_transfer_.resize(data.members.size());
        unknown_transfer_[m] = true;
        continue;
      }
      if (t.direction != TransferDirection::den || !t.issued_on.valid() || t.issued_on > as_of_) continue;
      const std::uint32_t m = data.find_member(t.member_code);
      if (m == kNone) continue;
      if (transfer_in_.empty()) transfer_in_.resize(data.members.size());
      transfer_in_[m] = std::max(transfer_in_[m], Month::of(t.issued_on));
    }
  }
  Date as_of_;
  UnknownFields unknown_admission_;  ///< members whose admitted_on was written but unreadable
  Month first_, last_;
  std::vector<const Edition*> editions_;
  std::vector<std::int64_t> exempt_years_;
  std::vector<Month> transfer_in_;      ///< per member row; Month{} (no month) when none
  std::vector<bool> unknown_transfer_;  ///< per member row: a transfer in with an unreadable date; empty when none
  plugins::TemporaryAway away_;         ///< members in temporary activity elsewhere
};

/// A member's months in the window.
struct MemberMonths {
  std::uint16_t due = 0;     ///< months owed
  std::uint16_t unpaid = 0;  ///< months owed with no payment
  int due_count() const { return std::popcount(due); }
  int unpaid_count() const { return std::popcount(unpaid); }
};

inline MemberMonths member_months(const Dataset& data, const DuesWindow& w, std::uint32_t row,
                                  const UnreadableAmounts& unreadable) {
  MemberMonths mm;
  mm.due = w.due_mask(data.members[row], row);
  if (mm.due) mm.unpaid = mm.due & static_cast<std::uint16_t>(~w.paid_mask(data.payments_of(row), unreadable));
  return mm;
}

/// The months of a window's masks written out, "01/2019, 05/2019" / "2019-01, 2019-05", each list written once
/// per run: a window has at most 12 months, so there are at most 4096 lists, which the findings share.
class MonthLists {
 public:
  explicit MonthLists(const DuesWindow& w) : first_(w.first()), size_(w.size()) {}

  /// The months of `mask` in both languages, for a phrase argument (its English text is also the evidence).
  Arg of(std::uint16_t mask) {
    if (slots_.empty()) slots_.assign(std::size_t{1} << size_, -1);
    std::int32_t& slot = slots_[mask];
    if (slot < 0) {
      slot = static_cast<std::int32_t>(lists_.size());
      auto& [vi, en] = lists_.emplace_back();
      for (int i = 0; i < size_; ++i) {
        if (!(mask & (1u << i))) continue;
        const std::string iso = first_.plus(i).iso();  // "2019-05"
        if (!en.empty()) {
          vi += ", ";
          en += ", ";
        }
        vi.append(iso, 5, 2).append("/").append(iso, 0, 4);
        en += iso;
      }
    }
    const auto& [vi, en] = lists_[static_cast<std::size_t>(slot)];
    return phrase(vi, en);
  }

 private:
  Month first_;
  int size_ = 0;
  std::vector<std::int32_t> slots_;  ///< per mask: index in lists_, -1 when not written yet
  std::deque<std::pair<std::string, std::string>> lists_;
};

}  // namespace kiemtra::plugins::dues
