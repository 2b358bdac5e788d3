// structure/grassroots-size-kind: a grassroots organization whose size calls for the other kind.
#pragma once

#include <kiemtra/sdk.hpp>

namespace kiemtra::plugins::structure {

/// A chi_bo_co_so of `threshold` members or more, or a dang_bo_co_so with fewer in its subtree.
class GrassrootsSizeKindRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

}  // namespace kiemtra::plugins::structure
