// Test plugin "testgood": two valid rules, one emitting one finding on the dataset root (used by engine/CLI tests).
#include <cstdio>
#include <kiemtra/sdk.hpp>
#include <string>

namespace kiemtra::plugins::testgood {

namespace {
// snprintf, not std::to_string: libstdc++'s to_string brings a STB_GNU_UNIQUE symbol, which makes the
// library impossible to unload, and the loader tests check that it unloads once its last rule is gone.
std::string decimal(std::int64_t v) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(v));
  return buf;
}
}  // namespace

/// Emits `count` findings (1 by default) attached to the dataset root.
class RootFinding final : public Rule {
 public:
  static RuleMeta metadata() {
    RuleMeta m;
    m.id = "testgood/root-finding";
    m.title_vi = "Phát hiện thử nghiệm trên gốc dữ liệu";
    m.title_en = "Test finding on the dataset root";
    m.description_vi = "Luôn báo một phát hiện gắn với gốc của bộ dữ liệu; dùng để kiểm thử.";
    m.description_en = "Always reports one finding attached to the dataset root; for tests.";
    m.default_severity = Severity::warning;
    m.params.push_back(param_int("count", 1, "Số phát hiện cần báo", "Number of findings to report"));
    m.editions.push_back({Date{}, {"Quy định thử nghiệm", "Điều 1"}, {}});
    m.messages = {{"root",
                   {"dataset", "count"},
                   "Phát hiện thử nghiệm trên gốc của bộ dữ liệu '{dataset}'",
                   "Test finding on the root of the dataset '{dataset}'"}};
    return m;
  }
  void check(const RunContext& ctx, FindingSink& out) const override {
    const std::int64_t count = ctx.current().integer("count");
    for (std::int64_t i = 1; i <= count; ++i) {
      const std::string discriminator = decimal(i);
      Finding f = about_org(ctx, kNone);  // kNone: the dataset root
      f.name = ctx.data.name;
      out.emit(f.say("root", {ctx.data.name, count}).with_discriminator(discriminator));
    }
  }
};

/// Never emits anything.
class Silent final : public Rule {
 public:
  static RuleMeta metadata() {
    RuleMeta m;
    m.id = "testgood/silent";
    m.title_vi = "Quy tắc thử nghiệm không báo gì";
    m.title_en = "Silent test rule";
    m.description_vi = "Không bao giờ báo phát hiện; dùng để kiểm thử.";
    m.description_en = "Never reports a finding; for tests.";
    m.default_severity = Severity::error;
    m.editions.push_back({Date{}, {"Quy định thử nghiệm", "Điều 2"}, {}});
    return m;
  }
  void check(const RunContext&, FindingSink&) const override {}
};

}  // namespace kiemtra::plugins::testgood

KIEMTRA_PLUGIN("testgood", "1.2.3", kiemtra::rule<kiemtra::plugins::testgood::RootFinding>(),
               kiemtra::rule<kiemtra::plugins::testgood::Silent>())
