// integrity/date-order: dates after the as-of date, official before admission, admission before 18, birth last.
#pragma once

#include <kiemtra/sdk.hpp>

namespace kiemtra::plugins::integrity {

/// Checks the order of the dates of members, candidates and organizations; one finding per (row, problem).
class DateOrderRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

}  // namespace kiemtra::plugins::integrity
