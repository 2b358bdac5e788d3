// congress/women-share: too few women on a planned committee, or none on its standing committee.
#pragma once

#include <kiemtra/sdk.hpp>

namespace kiemtra::plugins::congress {

/// A planned committee has at least min_women_share women, and its standing committee at least one woman.
class WomenShareRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

}  // namespace kiemtra::plugins::congress
