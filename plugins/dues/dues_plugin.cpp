// Registration of the dues plugin's rules: one line per rule, in alphabetical order of class name.
#include <kiemtra/sdk.hpp>

#include "dues_rules.hpp"

using namespace kiemtra::plugins::dues;

// One line per rule, sorted: kept by hand, not by clang-format.
// clang-format off
KIEMTRA_PLUGIN("dues", "1.0.0",
               kiemtra::rule<CollectionRateRule>(),
               kiemtra::rule<DuplicatePaymentRule>(),
               kiemtra::rule<LatePaymentRule>(),
               kiemtra::rule<UnderpaidRule>(),
               kiemtra::rule<UnpaidMonthsRule>())
// clang-format on
