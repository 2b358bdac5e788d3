// Registration of the integrity plugin's rules: one line per rule, in alphabetical order of class name.
#include <kiemtra/sdk.hpp>

#include "integrity_rules.hpp"

using namespace kiemtra::plugins::integrity;

// One line per rule, sorted: kept by hand, not by clang-format.
// clang-format off
KIEMTRA_PLUGIN("integrity", "1.0.0",
               kiemtra::rule<BadValueRule>(),
               kiemtra::rule<DanglingReferenceRule>(),
               kiemtra::rule<DateOrderRule>(),
               kiemtra::rule<DissolvedAttachmentRule>(),
               kiemtra::rule<DuplicatePersonRule>(),
               kiemtra::rule<MemberNotInCellRule>(),
               kiemtra::rule<StatusMismatchRule>(),
               kiemtra::rule<TreeNestingRule>())
// clang-format on
