// admission/age: a candidate under the minimum age, or over the maximum age counted by months.
#pragma once

#include <kiemtra/sdk.hpp>

namespace kiemtra::plugins::admission {

/// At the reference date a candidate is at least a full min_age and, counted by months, at most max_age.
class AgeRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

}  // namespace kiemtra::plugins::admission
