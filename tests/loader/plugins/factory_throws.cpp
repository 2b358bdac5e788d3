// Test plugin "testfactory": its rule's constructor throws, so the whole plugin must be refused.
#include <stdexcept>

#include "trivial_rule.hpp"

namespace {
class Unbuildable final : public kiemtra::Rule {
 public:
  Unbuildable() { throw std::runtime_error("boom in factory"); }
  static kiemtra::RuleMeta metadata() { return kiemtra_test::trivial_meta("testfactory/unbuildable"); }
  void check(const kiemtra::RunContext&, kiemtra::FindingSink&) const override {}
};
}  // namespace

KIEMTRA_PLUGIN("testfactory", "0.1.0", kiemtra::rule<Unbuildable>())
