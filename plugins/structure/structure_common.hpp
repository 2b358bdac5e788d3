// What the structure rules share: liveness at the as-of date, member counts of cells and subtrees, committee seats.
#pragma once

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <kiemtra/sdk.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kiemtra::plugins::structure {

/// Live at d per the catalog (not dissolved, or dissolved after d), and not established after d: nothing after
/// the as-of date exists yet.
inline bool live_at(const Organization& o, Date d) {
  return o.live_at(d) && (!o.established_on.valid() || o.established_on <= d);
}

/// A listed member counts at d unless admitted after it (an unreadable admission date still counts: listed).
inline bool member_exists_at(const Member& m, Date d) { return !m.admitted_on.valid() || m.admitted_on <= d; }

/// Members of a cell at a date.
struct CellCounts {
  std::uint32_t members = 0;   ///< official and probationary
  std::uint32_t official = 0;  ///< official at the date (status chinh_thuc, official_on on or before it)
};

/// The members of `cell` at d: its own and those of its party groups (to_dang). A member filed under a to_dang
/// still takes part in the cell (integrity/member-not-in-cell reports the filing), so it counts here.
inline CellCounts count_cell(const Dataset& data, std::uint32_t cell, Date d) {
  CellCounts c;
  const auto add = [&](std::uint32_t org) {
    for (std::uint32_t row : data.members_by_org.of(org)) {
      const Member& m = data.members[row];
      if (!member_exists_at(m, d)) continue;
      ++c.members;
      if (m.official_at(d)) ++c.official;
    }
  };
  add(cell);
  for (std::uint32_t child : data.tree.children.of(cell))
    if (data.organizations[child].kind == OrgKind::to_dang) add(child);
  return c;
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

/// The seats of the sitting committee of `org`: its committees.csv rows with `planned` false (the contract holds
/// the current committee and the planned one, so every row not planned is the sitting committee).
inline std::vector<std::uint32_t> sitting_seats(const Dataset& data, std::uint32_t org) {
  std::vector<std::uint32_t> seats;
  for (std::uint32_t s : data.seats_by_org.of(org))
    if (!data.committees[s].planned) seats.push_back(s);
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

/// A finding about an organization, with the rule's severity and the citation in force at the as-of date.
inline Finding org_finding(const RunContext& ctx, std::uint32_t org) {
  const Organization& o = ctx.data.organizations[org];
  Finding f;
  f.severity = ctx.severity;
  f.citation = ctx.current().citation;
  f.org = org;
  f.subject_kind = SubjectKind::organization;
  f.subject_id = std::string(o.id);
  f.subject_name = std::string(o.name);
  return f;
}

/// A finding about one committee seat: subject the member code, discriminator "<term>/<role>".
inline Finding seat_finding(const RunContext& ctx, std::uint32_t seat) {
  const CommitteeSeat& s = ctx.data.committees[seat];
  Finding f = org_finding(ctx, s.org);
  f.subject_kind = SubjectKind::committee_seat;
  f.subject_id = std::string(s.member_code);
  f.subject_name = s.member == kNone ? std::string() : std::string(ctx.data.members[s.member].full_name);
  f.discriminator = fmt::format("{}/{}", s.term, code(s.role));
  return f;
}

}  // namespace kiemtra::plugins::structure
