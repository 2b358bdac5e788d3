// What the structure rules share: the members of a cell at a date.
#pragma once

#include <cstdint>
#include <kiemtra/sdk.hpp>
#include <kiemtra/unknown.hpp>

namespace kiemtra::plugins::structure {

/// Members of a cell at a date.
struct CellCounts {
  std::uint32_t members = 0;   ///< official and probationary
  std::uint32_t official = 0;  ///< official at the date (status chinh_thuc, official_on on or before it)
  /// Members not counted as official whose status, official_on or admitted_on was unreadable: each may be an
  /// official member, so a verdict that `official + unknown` would change is not given (docs/dataset.md).
  std::uint32_t unknown = 0;
  /// Whether the official count is known to be below `n`, whatever the unknown members are.
  bool surely_below(std::int64_t n) const { return official + unknown < n; }
  /// Whether it is known to be at least `n`.
  bool surely_at_least(std::int64_t n) const { return official >= n; }
};

/// The members whose official status at a date cannot be told: a field of it was written but unreadable.
inline UnknownFields unknown_official(const Dataset& data) {
  return UnknownFields(data, data.members, TableId::members, {"status", "official_on", "admitted_on"});
}

/// The members of `cell` at d: its own and those of its party groups (to_dang). A member filed under a to_dang
/// still takes part in the cell (integrity/member-not-in-cell reports the filing), so it counts here.
/// `unknown` (unknown_official) counts the members whose status at d is not known.
/// A member whose admission date is unreadable is listed, so counts as a member (member_exists_at).
inline CellCounts count_cell(const Dataset& data, std::uint32_t cell, Date d,
                             const UnknownFields* unknown = nullptr) {
  CellCounts c;
  const auto add = [&](std::uint32_t org) {
    for (std::uint32_t row : data.members_by_org.of(org)) {
      const Member& m = data.members[row];
      if (!member_exists_at(m, d)) continue;
      ++c.members;
      if (m.official_at(d))
        ++c.official;
      else if (unknown != nullptr && unknown->row(row))
        ++c.unknown;
    }
  };
  add(cell);
  for (std::uint32_t child : data.tree.children.of(cell))
    if (data.organizations[child].kind == OrgKind::to_dang) add(child);
  return c;
}

}  // namespace kiemtra::plugins::structure
