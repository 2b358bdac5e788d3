// dues/late-payment: a payment made after the end of its month plus the grace days.
#pragma once

#include <kiemtra/sdk.hpp>

namespace kiemtra::plugins::dues {

/// A payment dated after the last day of its month plus `grace_days`.
class LatePaymentRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

}  // namespace kiemtra::plugins::dues
