// Test plugin "testmeta": its second rule's metadata() throws, so the whole plugin must be refused.
#include <stdexcept>

#include "trivial_rule.hpp"

namespace {
struct FineId {
  static constexpr const char* value = "testmeta/fine";
};
class Undescribable final : public kiemtra::Rule {
 public:
  static kiemtra::RuleMeta metadata() { throw std::runtime_error("boom in metadata"); }
  void check(const kiemtra::RunContext&, kiemtra::FindingSink&) const override {}
};
}  // namespace

KIEMTRA_PLUGIN("testmeta", "0.1.0", kiemtra::rule<kiemtra_test::TrivialRule<FineId>>(), kiemtra::rule<Undescribable>())
