// admission/decision-deadline: the admission decision later than its deadline after the cell's resolution.
#pragma once

#include <kiemtra/sdk.hpp>

namespace kiemtra::plugins::admission {

/// The competent committee decides within working_days working days of the cell's resolution.
class DecisionDeadlineRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

}  // namespace kiemtra::plugins::admission
