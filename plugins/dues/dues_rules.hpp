// The dues plugin's rules: party dues by the regulation edition in force for the month paid for.
#pragma once

#include <kiemtra/sdk.hpp>

namespace kiemtra::plugins::dues {

/// dues/collection-rate: a live cell whose paid share of the member-months owed (as dues/unpaid-months counts
/// them) is below `min_rate`.
class CollectionRateRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

/// dues/duplicate-payment: two or more payments of one member for the same month.
class DuplicatePaymentRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

/// dues/late-payment: a payment dated after the last day of its month plus `grace_days`.
class LatePaymentRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

/// dues/underpaid: the total paid for a month below the amount its edition requires for the member's category
/// and income, minus `tolerance`.
class UnderpaidRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

/// dues/unpaid-months: a live member with `max_unpaid_months` or more months of the counting window without any
/// payment (Charter Art. 8: removal).
class UnpaidMonthsRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

}  // namespace kiemtra::plugins::dues
