// membership/probation-overdue: a probationary member whose conversion review is overdue.
#pragma once

#include <kiemtra/sdk.hpp>

namespace kiemtra::plugins::membership {

/// Probationary members whose probation ended more than review_working_days working days before the as-of date.
class ProbationOverdueRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

}  // namespace kiemtra::plugins::membership
