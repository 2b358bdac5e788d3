// congress/committee-size: a planned committee with more seats than its cap.
#pragma once

#include <kiemtra/sdk.hpp>

namespace kiemtra::plugins::congress {

/// A planned committee of a cell or grassroots committee has no more seats than its cap.
class CommitteeSizeRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

}  // namespace kiemtra::plugins::congress
