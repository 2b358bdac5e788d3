// dues/duplicate-payment: two payments of one member for one month.
#pragma once

#include <kiemtra/sdk.hpp>

namespace kiemtra::plugins::dues {

/// Two or more payments of one member for the same month.
class DuplicatePaymentRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

}  // namespace kiemtra::plugins::dues
