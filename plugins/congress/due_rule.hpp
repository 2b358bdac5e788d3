// congress/due: a grassroots organization or subordinate cell whose congress is overdue, near, or undated.
#pragma once

#include <kiemtra/sdk.hpp>

namespace kiemtra::plugins::congress {

/// Every live grassroots organization and subordinate cell holds its congress within its term.
class DueRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

}  // namespace kiemtra::plugins::congress
