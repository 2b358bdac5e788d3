// Registration of the congress plugin's rules: one line per rule, in alphabetical order of class name.
#include <kiemtra/sdk.hpp>

#include "congress_rules.hpp"

using namespace kiemtra::plugins::congress;

// One line per rule, sorted: kept by hand, not by clang-format.
// clang-format off
KIEMTRA_PLUGIN("congress", "1.0.0",
               kiemtra::rule<CommitteeDisciplineRule>(),
               kiemtra::rule<CommitteeEligibilityRule>(),
               kiemtra::rule<CommitteeSizeRule>(),
               kiemtra::rule<CommitteeStructureRule>(),
               kiemtra::rule<DueRule>(),
               kiemtra::rule<SecretaryPlanRule>(),
               kiemtra::rule<WomenShareRule>(),
               kiemtra::rule<WorkingTimeLeftRule>())
// clang-format on
