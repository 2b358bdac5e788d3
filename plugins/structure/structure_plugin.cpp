// Registration of the structure plugin's rules: one line per rule, in alphabetical order of class name.
#include <kiemtra/sdk.hpp>

#include "structure_rules.hpp"

using namespace kiemtra::plugins::structure;

// One line per rule, sorted: kept by hand, not by clang-format.
// clang-format off
KIEMTRA_PLUGIN("structure", "1.0.0",
               kiemtra::rule<CellLeadershipRule>(),
               kiemtra::rule<CellMinOfficialMembersRule>(),
               kiemtra::rule<CommitteeWithoutCellsRule>(),
               kiemtra::rule<GrassrootsSizeKindRule>(),
               kiemtra::rule<MeetingMissingRule>(),
               kiemtra::rule<MergerTotalsRule>(),
               kiemtra::rule<SecretaryRule>(),
               kiemtra::rule<TopicalMeetingMissingRule>())
// clang-format on
