// Test plugin "testunresolved": calls a function no library defines, so loading it must fail with dlerror's reason.
#include "trivial_rule.hpp"

extern "C" int kiemtra_test_no_such_function();

namespace {
class NeedsMissing final : public kiemtra::Rule {
 public:
  static kiemtra::RuleMeta metadata() { return kiemtra_test::trivial_meta("testunresolved/needs-missing"); }
  void check(const kiemtra::RunContext&, kiemtra::FindingSink&) const override { kiemtra_test_no_such_function(); }
};
}  // namespace

KIEMTRA_PLUGIN("testunresolved", "0.1.0", kiemtra::rule<NeedsMissing>())
