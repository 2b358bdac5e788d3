// membership/official-date: an official date that is not the exact end of probation.
#pragma once

#include <kiemtra/sdk.hpp>

namespace kiemtra::plugins::membership {

/// Official members whose official_on is not admitted_on + probation_months.
class OfficialDateRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

}  // namespace kiemtra::plugins::membership
