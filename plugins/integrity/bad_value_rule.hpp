// integrity/bad-value: a value the reader could not read (impossible date, unknown code, missing required value).
#pragma once

#include <kiemtra/sdk.hpp>

namespace kiemtra::plugins::integrity {

/// Reports every Dataset::read_issues entry, one finding per unreadable value.
class BadValueRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

}  // namespace kiemtra::plugins::integrity
