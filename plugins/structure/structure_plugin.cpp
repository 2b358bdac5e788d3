// Registration of the structure plugin's rules: one line per rule, in alphabetical order of class name.
#include <kiemtra/sdk.hpp>

#include "cell_leadership_rule.hpp"
#include "cell_min_official_members_rule.hpp"
#include "committee_without_cells_rule.hpp"
#include "grassroots_size_kind_rule.hpp"
#include "secretary_rule.hpp"

using namespace kiemtra::plugins::structure;

// One line per rule, sorted: kept by hand, not by clang-format.
// clang-format off
KIEMTRA_PLUGIN("structure", "1.0.0",
               kiemtra::rule<CellLeadershipRule>(),
               kiemtra::rule<CellMinOfficialMembersRule>(),
               kiemtra::rule<CommitteeWithoutCellsRule>(),
               kiemtra::rule<GrassrootsSizeKindRule>(),
               kiemtra::rule<SecretaryRule>())
// clang-format on
