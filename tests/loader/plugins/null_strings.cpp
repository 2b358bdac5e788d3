// Test plugin whose descriptor has null name, version and toolchain pointers: refused, never dereferenced.
#include "trivial_rule.hpp"

namespace {
struct RuleId {
  static constexpr const char* value = "testnull/trivial";
};
const kiemtra::RuleEntry entries[] = {kiemtra::rule<kiemtra_test::TrivialRule<RuleId>>()};
std::span<const kiemtra::RuleEntry> rules() { return entries; }
}  // namespace

extern "C" KIEMTRA_EXPORT const KiemtraPluginDescriptor kiemtra_plugin_descriptor = {
    KIEMTRA_ABI_VERSION, KIEMTRA_SDK_VERSION_MAJOR, KIEMTRA_SDK_VERSION_MINOR, 0, nullptr, nullptr, nullptr};
BOOST_DLL_ALIAS(rules, kiemtra_plugin_rules)
