// Fake rule metadata and profile-writing helpers shared by the configuration tests.
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "config/config.hpp"
#include "support/cli.hpp"

namespace kiemtra::core::testing {

namespace fs = std::filesystem;

inline Date ymd(int y, int m, int d) { return Date::from_ymd(y, m, d); }

/// A few rules shaped like the catalog's, with every parameter type and a rule with two editions.
inline std::vector<RuleMeta> fake_rules() {
  std::vector<RuleMeta> rules;
  auto add = [&](std::string id, Severity sev) -> RuleMeta& {
    RuleMeta m;
    m.id = std::move(id);
    m.default_severity = sev;
    rules.push_back(std::move(m));
    return rules.back();
  };
  {
    RuleMeta& m = add("structure/cell-min-official-members", Severity::error);
    m.params = {param_int("min_official", 3, "số đảng viên chính thức tối thiểu", "minimum official members")};
    m.editions = {Edition{{}, {"Điều lệ Đảng 2011", "Điều 24.1"}, {}}};
  }
  {
    RuleMeta& m = add("structure/grassroots-size-kind", Severity::warning);
    m.params = {param_int("threshold", 30, "ngưỡng", "threshold")};
    m.editions = {Edition{{}, {"Điều lệ Đảng 2011", "Điều 21.3"}, {}}};
  }
  add("structure/secretary", Severity::warning);  // no parameters, no edition declared
  {
    RuleMeta& m = add("dues/underpaid", Severity::warning);
    m.params = {param_number("tolerance", 500, "dung sai", "tolerance"),
                param_int("student_amount", 2000, "mức học sinh", "student amount"),
                param_bool("exempt_after_50", false, "miễn sau 50 năm", "exempt after 50 years"),
                param_strings("categories", {"luong", "huu_tri"}, "loại", "categories"),
                param_date("checked_from", ymd(2011, 4, 1), "kiểm từ ngày", "checked from")};
    m.editions = {Edition{ymd(2011, 4, 1), {"342-QĐ/TW", "Điều 3"}, {}},
                  Edition{ymd(2026, 2, 1),
                          {"01-QĐ/TW", "Điều 2"},
                          {{"student_amount", std::int64_t{5000}}, {"exempt_after_50", true}}}};
  }
  {
    RuleMeta& m = add("membership/badge-due", Severity::info);
    m.params = {param_ints("milestones", {30, 40, 45}, "mốc", "milestones"),
                param_strings("award_days", {"03-02", "05-19"}, "ngày trao", "award days")};
  }
  {
    RuleMeta& m = add("congress/working-time-left", Severity::error);
    m.params = {param_int("first_time_months", 60, "tháng", "months"),
                param_map("retirement_age", {{"nam", 62}, {"nu", 60}}, "tuổi nghỉ hưu", "retirement age")};
    m.editions = {Edition{{}, {"45-CT/TW", ""}, {}}};
  }
  add("integrity/duplicate-person", Severity::warning);
  add("integrity/bad-value", Severity::error);
  return rules;
}

/// The folder of this test process's profiles, removed when the process exits.
/// (Owned here, with a destructor, rather than by an atexit handler, so that nothing runs
/// after the path is destroyed.)
inline const fs::path& temp_root() {
  struct Root {
    fs::path path = fs::temp_directory_path() / ("kiemtra-config-test-" + std::to_string(::getpid()));
    ~Root() {
      std::error_code ec;
      fs::remove_all(path, ec);
    }
  };
  static const Root root;
  return root.path;
}

/// A fresh temporary folder to write profiles in.
class ProfileDir {
 public:
  explicit ProfileDir(const std::string& name) : dir_(temp_root() / name) {
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  const fs::path& dir() const { return dir_; }
  /// Writes `text` to `relative` (folders created) and returns its path.
  fs::path write(const std::string& relative, const std::string& text) const {
    const fs::path p = dir_ / relative;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << text;
    return p;
  }

 private:
  fs::path dir_;
};

/// "file:line:column: " as a problem starts.
inline std::string at(const fs::path& file, int line, int column) {
  return file.lexically_normal().generic_string() + ":" + std::to_string(line) + ":" + std::to_string(column) + ": ";
}

/// The error load_config_file throws for `file` (English and Vietnamese); fails the test when it loads.
inline Text load_error(const fs::path& file, const std::vector<fs::path>& dirs = {},
                       const std::vector<RuleMeta>& known = fake_rules()) {
  try {
    load_config_file(file, dirs, known);
  } catch (const UserError& e) {
    EXPECT_EQ(e.exit_code(), kExitUsage);
    return e.text();
  }
  ADD_FAILURE() << "expected a configuration error for " << file;
  return {};
}

/// The English texts of check_config_file's problems.
inline std::vector<std::string> check_texts(const fs::path& file, const std::vector<fs::path>& dirs = {},
                                            const std::vector<RuleMeta>& known = fake_rules()) {
  std::vector<std::string> out;
  for (const ConfigProblem& p : check_config_file(file, dirs, known)) out.push_back(p.text.en);
  return out;
}

}  // namespace kiemtra::core::testing
