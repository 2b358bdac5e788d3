// Test plugin "teststatic": a static constructor that crashes, so merely loading the library kills the
// process that loads it (the loader must find that out in a child, not in the host).
#include <csignal>

#include "trivial_rule.hpp"

namespace {
struct RuleId {
  static constexpr const char* value = "teststatic/trivial";
};
// Runs at dlopen, before any handshake.
[[maybe_unused]] const int crash_at_load = [] { return std::raise(SIGSEGV); }();
}  // namespace

KIEMTRA_PLUGIN("teststatic", "0.1.0", kiemtra::rule<kiemtra_test::TrivialRule<RuleId>>())
