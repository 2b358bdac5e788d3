// Test plugin "testcrash": one rule that reports a finding, then one that segfaults (for the isolation tests).
#include "trivial_rule.hpp"

namespace {

/// Runs first (ids are sorted): its finding must survive the crash of the rule after it.
class Fine final : public kiemtra::Rule {
 public:
  static kiemtra::RuleMeta metadata() {
    kiemtra::RuleMeta m = kiemtra_test::trivial_meta("testcrash/a-fine");
    m.messages = {{"fine", {}, "fine", "fine"}};
    return m;
  }
  void check(const kiemtra::RunContext& ctx, kiemtra::FindingSink& out) const override {
    kiemtra::Finding f = kiemtra::about_org(ctx, kiemtra::kNone);
    f.name = "fine";
    out.emit(f.say("fine", {}).with_severity(kiemtra::Severity::warning));
  }
};

class Segfaults final : public kiemtra::Rule {
 public:
  static kiemtra::RuleMeta metadata() { return kiemtra_test::trivial_meta("testcrash/segfaults"); }
  void check(const kiemtra::RunContext&, kiemtra::FindingSink&) const override {
    volatile int* nowhere = nullptr;
    *nowhere = 42;  // a real invalid write, as a buggy plugin would do
  }
};

}  // namespace

KIEMTRA_PLUGIN("testcrash", "0.1.0", kiemtra::rule<Fine>(), kiemtra::rule<Segfaults>())
