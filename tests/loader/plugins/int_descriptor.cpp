// Test plugin exporting the descriptor symbol as a 4-byte int: reading it as a descriptor would follow
// garbage pointers, so it must be refused from its symbol table, before it is loaded.
#include <cstdlib>

#include "trivial_rule.hpp"

namespace {
struct RuleId {
  static constexpr const char* value = "testintdesc/trivial";
};
const kiemtra::RuleEntry entries[] = {kiemtra::rule<kiemtra_test::TrivialRule<RuleId>>()};
std::span<const kiemtra::RuleEntry> rules() { return entries; }
[[maybe_unused]] const bool loaded_marker = [] { return ::setenv("KIEMTRA_TEST_INTDESC_LOADED", "1", 1) == 0; }();
}  // namespace

extern "C" __attribute__((visibility("default"))) const int kiemtra_plugin_descriptor = 0x7fffffff;

BOOST_DLL_ALIAS(rules, kiemtra_plugin_rules)
