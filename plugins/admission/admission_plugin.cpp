// Registration of the admission plugin's rules: one line per rule, in alphabetical order of class name.
#include <kiemtra/sdk.hpp>

#include "admission_rules.hpp"

using namespace kiemtra::plugins::admission;

// One line per rule, sorted: kept by hand, not by clang-format.
// clang-format off
KIEMTRA_PLUGIN("admission", "1.0.0",
               kiemtra::rule<AgeRule>(),
               kiemtra::rule<CeremonyDeadlineRule>(),
               kiemtra::rule<CourseCertificateRule>(),
               kiemtra::rule<DecisionDeadlineRule>(),
               kiemtra::rule<EducationRule>(),
               kiemtra::rule<IntroducerDisciplineRule>(),
               kiemtra::rule<IntroducersRule>(),
               kiemtra::rule<ReadmissionRule>())
// clang-format on
