// membership/badge-due: an official member due for a party badge at the next award date, with no proposal recorded.
#pragma once

#include <kiemtra/sdk.hpp>

namespace kiemtra::plugins::membership {

/// Members whose party age reaches a badge milestone by the next award date, with no huy_hieu_de_nghi event for it.
class BadgeDueRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

}  // namespace kiemtra::plugins::membership
