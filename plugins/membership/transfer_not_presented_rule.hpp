// membership/transfer-not-presented: a transfer paper presented late, or not presented by the deadline.
#pragma once

#include <kiemtra/sdk.hpp>

namespace kiemtra::plugins::membership {

/// Transfers presented more than present_within_working_days working days after issued_on, or not presented by then.
class TransferNotPresentedRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

}  // namespace kiemtra::plugins::membership
