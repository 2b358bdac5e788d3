// Registration of the integrity plugin's rules (placeholder until the rules land).
#include <kiemtra/sdk.hpp>

namespace {
class Placeholder final : public kiemtra::Rule {
 public:
  static kiemtra::RuleMeta metadata() {
    kiemtra::RuleMeta m;
    m.id = "integrity/placeholder";
    m.editions.push_back({});
    return m;
  }
  void check(const kiemtra::RunContext&, kiemtra::FindingSink&) const override {}
};
}  // namespace

KIEMTRA_PLUGIN("integrity", "0.0.1", kiemtra::rule<Placeholder>())
