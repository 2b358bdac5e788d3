// integrity/status-mismatch: an official member without an official date, or a probationary one with one.
#pragma once

#include <kiemtra/sdk.hpp>

namespace kiemtra::plugins::integrity {

/// `chinh_thuc` needs `official_on`; `du_bi` must not have one.
class StatusMismatchRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

}  // namespace kiemtra::plugins::integrity
