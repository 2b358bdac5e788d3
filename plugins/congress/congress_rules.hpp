// The rules of the congress family: the pre-congress checks of congress dates and planned committees.
#pragma once

#include <kiemtra/sdk.hpp>

namespace kiemtra::plugins::congress {

/// congress/committee-eligibility: every planned seat is held by an official member of the organization's subtree.
class CommitteeEligibilityRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

/// congress/committee-discipline: no planned seat is held by a member whose discipline is in effect on the congress
/// day.
class CommitteeDisciplineRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

/// congress/committee-structure: a planned committee has its share of young members (province, district) and of
/// new members (party committees).
class CommitteeStructureRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

/// congress/committee-size: a planned committee of a cell or grassroots committee has no more seats than its cap.
class CommitteeSizeRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

/// congress/due: every live grassroots organization and subordinate cell holds its congress within its term.
class DueRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

/// congress/secretary-plan: a planned committee has one secretary and no more deputies than allowed.
class SecretaryPlanRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

/// congress/women-share: a planned committee has at least min_women_share women, and its standing committee at
/// least one woman.
class WomenShareRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

/// congress/working-time-left: at the age reference date a first-time planned member has first_time_months of
/// working time left, a re-elected one reelected_months.
class WorkingTimeLeftRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

}  // namespace kiemtra::plugins::congress
