// Fuzzes rule profiles as `kiemtra check-config` and `--config` read them: YAML, rule entries, parameters of
// every type, severities, editions, the calendar section and `extends` (searched in a folder of real profiles).
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <vector>

#include "config/config.hpp"
#include "engine/engine_rules.hpp"
#include "fuzz_support.hpp"
#include "util/error.hpp"

namespace {

/// Rules shaped like the catalog's (the engine's own, and one with every parameter type and two editions),
/// so that rule entries reach the parameter and edition checks.
std::vector<kiemtra::RuleMeta> known_rules() {
  using namespace kiemtra;
  std::vector<RuleMeta> rules(core::engine_rules().begin(), core::engine_rules().end());
  RuleMeta m;
  m.id = "dues/underpaid";
  m.default_severity = Severity::warning;
  m.params = {param_int("min", 3, "tối thiểu", "minimum"), param_number("tolerance", 500, "dung sai", "tolerance"),
              param_bool("exempt_after_50", false, "miễn", "exempt"),
              param_strings("categories", {"luong", "huu_tri"}, "loại", "categories"),
              param_date("checked_from", Date::from_ymd(2011, 4, 1), "từ", "from"),
              param_ints("milestones", {30, 40}, "mốc", "milestones"),
              param_map("retirement_age", {{"nam", 62}, {"nu", 60}}, "tuổi", "age")};
  m.editions = {Edition{Date::from_ymd(2011, 4, 1), {"342-QĐ/TW", "Điều 3"}, {}},
                Edition{Date::from_ymd(2026, 2, 1), {"01-QĐ/TW", "Điều 2"}, {{"min", std::int64_t{5}}}}};
  rules.push_back(m);
  return rules;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace kiemtra::core;
  static const std::vector<kiemtra::RuleMeta> known = known_rules();
  static const std::vector<std::filesystem::path> dirs{KIEMTRA_FUZZ_PROFILE_DIR};
  const auto file = kiemtra::fuzz::write_scratch("profile.yaml", kiemtra::fuzz::as_text(data, size));
  try {
    (void)check_config_file(file, dirs, known);
    (void)load_config_file(file, dirs, known);
  } catch (const UserError&) {
  }
  return 0;
}
