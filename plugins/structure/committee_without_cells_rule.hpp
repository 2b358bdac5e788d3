// structure/committee-without-cells: a party committee with no live cell below it.
#pragma once

#include <kiemtra/sdk.hpp>

namespace kiemtra::plugins::structure {

/// A live dang_bo_co_so or dang_bo_bo_phan must have at least one live cell in its subtree.
class CommitteeWithoutCellsRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

}  // namespace kiemtra::plugins::structure
