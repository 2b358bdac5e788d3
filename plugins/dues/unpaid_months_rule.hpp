// dues/unpaid-months: a member with too many months of the year without dues (Charter Art. 8: removal).
#pragma once

#include <kiemtra/sdk.hpp>

namespace kiemtra::plugins::dues {

/// A live member with `max_unpaid_months` or more months of the counting window without any payment.
class UnpaidMonthsRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

}  // namespace kiemtra::plugins::dues
