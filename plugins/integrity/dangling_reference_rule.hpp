// integrity/dangling-reference: a row names an id that does not exist in the table it refers to.
#pragma once

#include <kiemtra/sdk.hpp>

namespace kiemtra::plugins::integrity {

/// Reports every Dataset::unresolved entry, one finding per unresolved reference.
class DanglingReferenceRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

}  // namespace kiemtra::plugins::integrity
