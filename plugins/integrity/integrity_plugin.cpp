// Registration of the integrity plugin's rules: one line per rule, in alphabetical order of class name.
#include <kiemtra/sdk.hpp>

#include "bad_value_rule.hpp"
#include "dangling_reference_rule.hpp"
#include "date_order_rule.hpp"
#include "duplicate_person_rule.hpp"
#include "member_not_in_cell_rule.hpp"
#include "status_mismatch_rule.hpp"
#include "tree_nesting_rule.hpp"

using namespace kiemtra::plugins::integrity;

// One line per rule, sorted: kept by hand, not by clang-format.
// clang-format off
KIEMTRA_PLUGIN("integrity", "1.0.0",
               kiemtra::rule<BadValueRule>(),
               kiemtra::rule<DanglingReferenceRule>(),
               kiemtra::rule<DateOrderRule>(),
               kiemtra::rule<DuplicatePersonRule>(),
               kiemtra::rule<MemberNotInCellRule>(),
               kiemtra::rule<StatusMismatchRule>(),
               kiemtra::rule<TreeNestingRule>())
// clang-format on
