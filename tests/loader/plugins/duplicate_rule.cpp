// Test plugin "testdup": declares the rule id testgood/silent, which the plugin "testgood" already provides.
#include "trivial_rule.hpp"

namespace {
struct RuleId {
  static constexpr const char* value = "testgood/silent";
};
}  // namespace

KIEMTRA_PLUGIN("testdup", "0.1.0", kiemtra::rule<kiemtra_test::TrivialRule<RuleId>>())
