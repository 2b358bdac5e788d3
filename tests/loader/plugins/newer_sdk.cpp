// Test plugin "testsdk": a descriptor claiming the next SDK major version (3.0.0 with SDK 2.x), so it is refused.
#include "trivial_rule.hpp"

namespace {
struct RuleId {
  static constexpr const char* value = "testsdk/trivial";
};
const kiemtra::RuleEntry entries[] = {kiemtra::rule<kiemtra_test::TrivialRule<RuleId>>()};
std::span<const kiemtra::RuleEntry> rules() { return entries; }
}  // namespace

// Written by hand instead of KIEMTRA_PLUGIN, to declare what this build is not.
extern "C" KIEMTRA_EXPORT const KiemtraPluginDescriptor kiemtra_plugin_descriptor = {
    KIEMTRA_ABI_VERSION, KIEMTRA_SDK_VERSION_MAJOR + 1, 0, 0, KIEMTRA_TOOLCHAIN_TAG, "testsdk", "0.1.0"};
BOOST_DLL_ALIAS(rules, kiemtra_plugin_rules)
