// structure/cell-min-official-members: a live cell with fewer official members than the Charter's minimum.
#pragma once

#include <kiemtra/sdk.hpp>

namespace kiemtra::plugins::structure {

/// Every live cell needs at least `min_official` official members at the as-of date.
class CellMinOfficialMembersRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

}  // namespace kiemtra::plugins::structure
