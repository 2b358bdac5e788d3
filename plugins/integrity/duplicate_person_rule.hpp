// integrity/duplicate-person: two member rows that look like the same person.
#pragma once

#include <kiemtra/sdk.hpp>

namespace kiemtra::plugins::integrity {

/// Same citizen_id, or (where one lacks it) the same folded name, birth date and gender.
class DuplicatePersonRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

}  // namespace kiemtra::plugins::integrity
