// Test plugin "testflood": a rule that reports findings without end, with a long text each (for the
// per-rule limits: it must fail, alone, with the host's memory bounded), and a rule that ignores the
// limit's exception and goes on.
#include <string>

#include "trivial_rule.hpp"

namespace {

kiemtra::RuleMeta flood_meta(const char* id) {
  kiemtra::RuleMeta m = kiemtra_test::trivial_meta(id);
  m.messages = {{"flood", {}, "lũ", "flood"}};
  return m;
}

void flood(const kiemtra::RunContext& ctx, kiemtra::FindingSink& out, bool swallow) {
  const std::string filler(200, 'x');
  for (unsigned long i = 0;; ++i) {
    kiemtra::Finding f = kiemtra::about_org(ctx, kiemtra::kNone);
    f.name = "flood";
    const std::string key = filler + std::to_string(i);  // a finding holds views: kept alive past the emit
    f.discriminator = key;
    try {
      out.emit(f.say("flood", {}));
    } catch (...) {
      if (!swallow) throw;
      if (i > 1'100'000) return;  // gives up at last
    }
  }
}

class Floods final : public kiemtra::Rule {
 public:
  static kiemtra::RuleMeta metadata() { return flood_meta("testflood/floods"); }
  void check(const kiemtra::RunContext& ctx, kiemtra::FindingSink& out) const override { flood(ctx, out, false); }
};

class Swallows final : public kiemtra::Rule {
 public:
  static kiemtra::RuleMeta metadata() { return flood_meta("testflood/swallows"); }
  void check(const kiemtra::RunContext& ctx, kiemtra::FindingSink& out) const override { flood(ctx, out, true); }
};

}  // namespace

KIEMTRA_PLUGIN("testflood", "0.1.0", kiemtra::rule<Floods>(), kiemtra::rule<Swallows>())
