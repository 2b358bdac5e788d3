// integrity/member-not-in-cell: a member whose org_id is an organization that is not a cell.
#pragma once

#include <kiemtra/sdk.hpp>

namespace kiemtra::plugins::integrity {

/// Members must take part in a chi_bo_co_so or a chi_bo_truc_thuoc.
class MemberNotInCellRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

}  // namespace kiemtra::plugins::integrity
