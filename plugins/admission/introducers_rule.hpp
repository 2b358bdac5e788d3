// admission/introducers: fewer valid introducers than the candidate needs.
#pragma once

#include <kiemtra/sdk.hpp>

namespace kiemtra::plugins::admission {

/// A candidate has two valid introducers (one on the Youth Union path): distinct official members of the
/// dataset who have worked with the candidate long enough.
class IntroducersRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

}  // namespace kiemtra::plugins::admission
