// Test plugin "testallwrong": a descriptor wrong in ABI, SDK major (the next one) and toolchain at once.
#include "trivial_rule.hpp"

namespace {
struct RuleId {
  static constexpr const char* value = "testallwrong/trivial";
};
const kiemtra::RuleEntry entries[] = {kiemtra::rule<kiemtra_test::TrivialRule<RuleId>>()};
std::span<const kiemtra::RuleEntry> rules() { return entries; }
}  // namespace

// Written by hand instead of KIEMTRA_PLUGIN, to declare what this build is not.
extern "C" KIEMTRA_EXPORT const KiemtraPluginDescriptor kiemtra_plugin_descriptor = {
    999, KIEMTRA_SDK_VERSION_MAJOR + 1, 0, 0, "msvc-19/msvc-stl", "testallwrong", "0.1.0"};
BOOST_DLL_ALIAS(rules, kiemtra_plugin_rules)
