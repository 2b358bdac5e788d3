// dues/collection-rate: a cell that collected too small a share of the member-months due.
#pragma once

#include <kiemtra/sdk.hpp>

namespace kiemtra::plugins::dues {

/// A live cell whose paid share of the member-months owed (as dues/unpaid-months counts them) is below `min_rate`.
class CollectionRateRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

}  // namespace kiemtra::plugins::dues
