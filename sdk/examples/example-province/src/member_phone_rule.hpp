// example-province/member-phone: a member's phone number, a column only this province's export has.
#pragma once

#include <kiemtra/sdk.hpp>

namespace kiemtra::plugins::example_province {

/// Every member has a Vietnamese phone number in the members.csv column named by the parameter `column`.
class MemberPhoneRule final : public Rule {
 public:
  static RuleMeta metadata();
  void check(const RunContext& ctx, FindingSink& out) const override;
};

}  // namespace kiemtra::plugins::example_province
