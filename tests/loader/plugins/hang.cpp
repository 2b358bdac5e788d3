// Test plugin "testhang": a rule that never returns (for --rule-timeout and the killed-run tests).
#include <chrono>
#include <thread>

#include "trivial_rule.hpp"

namespace {

class Hangs final : public kiemtra::Rule {
 public:
  static kiemtra::RuleMeta metadata() { return kiemtra_test::trivial_meta("testhang/hangs"); }
  void check(const kiemtra::RunContext&, kiemtra::FindingSink&) const override {
    for (;;) std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
};

}  // namespace

KIEMTRA_PLUGIN("testhang", "0.1.0", kiemtra::rule<Hangs>())
