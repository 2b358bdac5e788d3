// integrity/tree-nesting: an organization under a parent of the wrong kind, or parents that form a cycle.
#pragma once

#include <kiemtra/sdk.hpp>

namespace kiemtra::plugins::integrity {

/// Checks each organization's parent kind against the dataset contract, and reports cycles of parents.
class TreeNestingRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

}  // namespace kiemtra::plugins::integrity
