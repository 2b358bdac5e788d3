// structure/cell-leadership: the sitting leadership of a cell against the cell's size.
#pragma once

#include <kiemtra/sdk.hpp>

namespace kiemtra::plugins::structure {

/// A small cell has only secretaries and at most one deputy; a large one a cell committee of bounded size.
class CellLeadershipRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

}  // namespace kiemtra::plugins::structure
