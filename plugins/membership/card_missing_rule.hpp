// membership/card-missing: an official member still without a party card long after becoming official.
#pragma once

#include <kiemtra/sdk.hpp>

namespace kiemtra::plugins::membership {

/// Official members with no card_number more than grace_days days after official_on.
class CardMissingRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

}  // namespace kiemtra::plugins::membership
