// admission/course-certificate: no certificate of the course on the Party, or one too old.
#pragma once

#include <kiemtra/sdk.hpp>

namespace kiemtra::plugins::admission {

/// A candidate's file holds a certificate of the course on the Party, at most validity_months old.
class CourseCertificateRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

}  // namespace kiemtra::plugins::admission
