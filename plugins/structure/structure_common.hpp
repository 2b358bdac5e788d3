// What the structure rules share: the members of a cell at a date.
#pragma once

#include <cstdint>
#include <kiemtra/sdk.hpp>

namespace kiemtra::plugins::structure {

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

}  // namespace kiemtra::plugins::structure
