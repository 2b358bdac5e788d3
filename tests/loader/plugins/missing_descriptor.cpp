// Test plugin without a descriptor: it exports the rules alias only, so it must be refused unloaded.
#include <cstdlib>

#include "trivial_rule.hpp"

namespace {
struct RuleId {
  static constexpr const char* value = "testnodesc/trivial";
};
const kiemtra::RuleEntry entries[] = {kiemtra::rule<kiemtra_test::TrivialRule<RuleId>>()};
std::span<const kiemtra::RuleEntry> rules() { return entries; }

// Runs if the library is ever loaded; the test checks it never ran (refused before dlopen).
[[maybe_unused]] const bool loaded_marker = [] { return ::setenv("KIEMTRA_TEST_NODESC_LOADED", "1", 1) == 0; }();
}  // namespace

BOOST_DLL_ALIAS(rules, kiemtra_plugin_rules)
