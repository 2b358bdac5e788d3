// congress/secretary-plan: a planned committee without exactly one secretary, or with too many deputies.
#pragma once

#include <kiemtra/sdk.hpp>

namespace kiemtra::plugins::congress {

/// A planned committee has one secretary and no more deputies than allowed.
class SecretaryPlanRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

}  // namespace kiemtra::plugins::congress
