// What the catalog means by "exists", "live", "sitting" and "holds a role", once for every rule.
#pragma once

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "kiemtra/dataset.hpp"
#include "kiemtra/date.hpp"
#include "kiemtra/version.hpp"

KIEMTRA_NAMESPACE_BEGIN

/// The catalog's "the organization exists at d": established on or before d (or no date known) and not
/// dissolved on or before d. (Organization::live_at checks dissolution only.)
inline bool org_exists_at(const Organization& o, Date d) {
  return o.live_at(d) && (!o.established_on.valid() || o.established_on <= d);
}

/// A listed member counts at d unless admitted after it (an unreadable admission date still counts: listed).
inline bool member_exists_at(const Member& m, Date d) { return !m.admitted_on.valid() || m.admitted_on <= d; }

/// The day a member's party age counts from, shifted so that full years from it are the party age (Charter Art.
/// 5.4: from the admission decision, less time out of the Party): decision_on, else admitted_on (the ceremony, for
/// data without a decision date); for a readmitted member with first_decision_on and previous_exit_on, moved later
/// than the first decision by the time out (previous_exit_on to the readmission decision). No date when neither
/// decision_on nor admitted_on is known.
inline Date party_age_from(const Member& m) {
  const Date start = m.decision_on.valid() ? m.decision_on : m.admitted_on;
  if (!start.valid()) return {};
  if (m.readmitted && m.first_decision_on.valid() && m.previous_exit_on.valid() &&
      m.first_decision_on <= m.previous_exit_on && m.previous_exit_on <= start)
    return m.first_decision_on.plus_days(start.days - m.previous_exit_on.days);
  return start;
}

/// A date that has happened by `as_of`, or no date: facts dated after the as-of date do not exist yet.
inline Date happened_by(Date d, Date as_of) { return d.valid() && d <= as_of ? d : Date{}; }

/// The seats of the sitting committee of `org`: its committees.csv rows not marked planned.
inline std::vector<std::uint32_t> sitting_seats(const Dataset& data, std::uint32_t org) {
  std::vector<std::uint32_t> seats;
  for (std::uint32_t s : data.seats_by_org.of(org))
    if (!data.committees[s].planned) seats.push_back(s);
  return seats;
}

/// The seats of the planned committee of `org`.
inline std::vector<std::uint32_t> planned_seats(const Dataset& data, std::uint32_t org) {
  std::vector<std::uint32_t> seats;
  for (std::uint32_t s : data.seats_by_org.of(org))
    if (data.committees[s].planned) seats.push_back(s);
  return seats;
}

/// The distinct member codes among `seats` holding `role` (any role when none is given), sorted: a member
/// listed twice in one committee is one person, not two.
inline std::vector<std::string_view> holders(const Dataset& data, const std::vector<std::uint32_t>& seats,
                                             std::optional<CommitteeRole> role = std::nullopt) {
  std::vector<std::string_view> codes;
  for (std::uint32_t s : seats)
    if (!role || data.committees[s].role == *role) codes.push_back(data.committees[s].member_code);
  std::sort(codes.begin(), codes.end());
  codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
  return codes;
}

/// Sums of a per-organization value over subtrees, O(1) each from prefix sums over the depth-first order, so
/// nested or misnested committees never make a pass quadratic.
class SubtreeSums {
 public:
  template <class ValueOf>
  SubtreeSums(const Tree& tree, ValueOf value) : tree_(tree), prefix_(tree.preorder.size() + 1, 0) {
    for (std::size_t i = 0; i < tree.preorder.size(); ++i) prefix_[i + 1] = prefix_[i] + value(tree.preorder[i]);
  }
  /// The sum over `org` and everything below it.
  std::uint64_t of(std::uint32_t org) const { return prefix_[tree_.subtree_end[org]] - prefix_[tree_.position[org]]; }

 private:
  const Tree& tree_;
  std::vector<std::uint64_t> prefix_;
};

KIEMTRA_NAMESPACE_END
