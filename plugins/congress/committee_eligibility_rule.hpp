// congress/committee-eligibility: a planned seat held by someone who may not sit on that committee.
#pragma once

#include <kiemtra/sdk.hpp>

namespace kiemtra::plugins::congress {

/// Every planned seat is held by an official member of the organization's subtree.
class CommitteeEligibilityRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

}  // namespace kiemtra::plugins::congress
