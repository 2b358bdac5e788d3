// admission/ceremony-deadline: the admission ceremony later than its deadline after the decision.
#pragma once

#include <kiemtra/sdk.hpp>

namespace kiemtra::plugins::admission {

/// The cell holds the admission ceremony within working_days working days of the decision.
class CeremonyDeadlineRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

}  // namespace kiemtra::plugins::admission
