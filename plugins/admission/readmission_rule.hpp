// admission/readmission: a readmission considered too soon after the person left the Party.
#pragma once

#include <kiemtra/sdk.hpp>

namespace kiemtra::plugins::admission {

/// A readmission is considered at least min_months_since_exit months after the person left.
class ReadmissionRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

}  // namespace kiemtra::plugins::admission
