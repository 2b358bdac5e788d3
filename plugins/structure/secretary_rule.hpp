// structure/secretary: a sitting committee with no secretary, or more than one.
#pragma once

#include <kiemtra/sdk.hpp>

namespace kiemtra::plugins::structure {

/// The sitting committee of a live cell or grassroots committee has exactly one secretary.
class SecretaryRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

}  // namespace kiemtra::plugins::structure
