// Registration of the membership plugin's rules: one line per rule, in alphabetical order of class name.
#include <kiemtra/sdk.hpp>

#include "membership_rules.hpp"

using namespace kiemtra::plugins::membership;

// One line per rule, sorted: kept by hand, not by clang-format.
// clang-format off
KIEMTRA_PLUGIN("membership", "1.0.0",
               kiemtra::rule<BadgeDueRule>(),
               kiemtra::rule<CardInvalidRule>(),
               kiemtra::rule<CardMissingRule>(),
               kiemtra::rule<DeceasedListedRule>(),
               kiemtra::rule<ImplausibleAgeRule>(),
               kiemtra::rule<MeetingAbsencesRule>(),
               kiemtra::rule<OfficialDateRule>(),
               kiemtra::rule<ProbationOverdueRule>(),
               kiemtra::rule<RatingExcellentCapRule>(),
               kiemtra::rule<RatingFailedTwiceRule>(),
               kiemtra::rule<RatingMissingRule>(),
               kiemtra::rule<TemporaryOverstayRule>(),
               kiemtra::rule<TransferNotPresentedRule>())
// clang-format on
