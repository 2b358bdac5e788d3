// Test plugin "teststatichang": a static constructor that never returns, so loading the library hangs the
// process that loads it (the loader's trial child must be ended at the probe's time limit).
#include <unistd.h>

#include "trivial_rule.hpp"

namespace {
struct RuleId {
  static constexpr const char* value = "teststatichang/trivial";
};
// Runs at dlopen, before any handshake.
[[maybe_unused]] const int hang_at_load = [] {
  for (;;) ::pause();
  return 0;
}();
}  // namespace

KIEMTRA_PLUGIN("teststatichang", "0.1.0", kiemtra::rule<kiemtra_test::TrivialRule<RuleId>>())
