// Test plugin "testbadid": declares a rule whose id is not family/name, so it must be refused.
#include "trivial_rule.hpp"

namespace {
struct RuleId {
  static constexpr const char* value = "NoSlash";
};
}  // namespace

KIEMTRA_PLUGIN("testbadid", "0.1.0", kiemtra::rule<kiemtra_test::TrivialRule<RuleId>>())
