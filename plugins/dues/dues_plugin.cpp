// Registration of the dues plugin's rules: one line per rule, in alphabetical order of class name.
#include <kiemtra/sdk.hpp>

#include "collection_rate_rule.hpp"
#include "duplicate_payment_rule.hpp"
#include "late_payment_rule.hpp"
#include "underpaid_rule.hpp"
#include "unpaid_months_rule.hpp"

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
