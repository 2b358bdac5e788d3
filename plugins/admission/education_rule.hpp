// admission/education: a candidate's general education below the minimum grade, or not recorded.
#pragma once

#include <kiemtra/sdk.hpp>

namespace kiemtra::plugins::admission {

/// A candidate has at least min_grade/12 of general education.
class EducationRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

}  // namespace kiemtra::plugins::admission
