// Registration of the example-province plugin's rules: one line per rule, in alphabetical order of class name.
#include <kiemtra/sdk.hpp>

#include "member_phone_rule.hpp"

using namespace kiemtra::plugins::example_province;

// One line per rule, sorted (`kiemtra new-rule example-province/NAME` keeps it so).
// clang-format off
KIEMTRA_PLUGIN("example-province", "1.0.0",
               kiemtra::rule<MemberPhoneRule>())
// clang-format on
