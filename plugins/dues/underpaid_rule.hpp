// dues/underpaid: a month paid below the amount the edition in force requires.
#pragma once

#include <kiemtra/sdk.hpp>

namespace kiemtra::plugins::dues {

/// The total paid for a month below the amount its edition requires for the member's category and income,
/// minus `tolerance`.
class UnderpaidRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

}  // namespace kiemtra::plugins::dues
