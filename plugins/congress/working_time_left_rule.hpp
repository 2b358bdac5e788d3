// congress/working-time-left: a planned committee member with too little working time before retirement.
#pragma once

#include <kiemtra/sdk.hpp>

namespace kiemtra::plugins::congress {

/// At the age reference date a first-time planned member has first_time_months of working time left, a
/// re-elected one reelected_months.
class WorkingTimeLeftRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

}  // namespace kiemtra::plugins::congress
