// Test plugin "testthrow": loads fine, but its rule throws from check() (for the engine's tests).
#include <stdexcept>

#include "trivial_rule.hpp"

namespace {
class Explodes final : public kiemtra::Rule {
 public:
  static kiemtra::RuleMeta metadata() {
    kiemtra::RuleMeta m = kiemtra_test::trivial_meta("testthrow/explodes");
    m.title_vi = "Quy tắc thử nghiệm luôn ném ngoại lệ";
    m.title_en = "Test rule that always throws";
    return m;
  }
  void check(const kiemtra::RunContext&, kiemtra::FindingSink&) const override {
    throw std::runtime_error("boom in check");
  }
};
}  // namespace

KIEMTRA_PLUGIN("testthrow", "0.1.0", kiemtra::rule<Explodes>())
