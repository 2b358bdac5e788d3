// The shared fixture of the database suites.
#include "database/db_fixture.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>

#include "database/load_tables.hpp"
#include "dataset/reader.hpp"

namespace kiemtra::test {

namespace fs = std::filesystem;

fs::path bloc_dir() { return source_dir() / "examples" / "khoi-cqt-2019"; }

fs::path db_dataset(const std::string& name, const std::string& database_block, const std::vector<std::string>& csv_tables) {
  const fs::path dir = temp_dir(name);
  std::ofstream(dir / "dataset.yaml") << slurp(bloc_dir() / "dataset.yaml") << database_block;
  for (const std::string& t : csv_tables) fs::copy_file(bloc_dir() / (t + ".csv"), dir / (t + ".csv"));
  return dir;
}

std::string all_tables_block() {
  std::string out = "  tables:\n";
  for (const std::string& t : bloc_tables()) out += "    " + t + ": " + t + "\n";
  return out;
}

ValidateRun validate_json(const fs::path& dataset, const std::vector<std::string>& extra, const std::vector<std::string>& env) {
  static int n = 0;
  const fs::path out = temp_dir("db-run-" + std::to_string(++n)) / "report.json";
  std::vector<std::string> args = {"validate", dataset.string(), "--format", "json", "--output", out.string()};
  args.insert(args.end(), extra.begin(), extra.end());
  ValidateRun r;
  r.cli = run_cli(args, env);
  const std::string text = slurp(out);
  if (text.empty()) return r;
  const nlohmann::json j = nlohmann::json::parse(text);
  for (const auto& f : j["findings"]) {
    const std::string subject = f["subject"]["kind"].get<std::string>() + ":" + f["subject"]["id"].get<std::string>();
    nlohmann::json evidence = f.value("evidence", nlohmann::json::object());
    r.findings.push_back(f["rule"].get<std::string>() + "|" + f["severity"].get<std::string>() + "|" +
                         f.value("org", std::string()) + "|" + subject + "|" + evidence.dump());
    r.locations.push_back(f["rule"].get<std::string>() + "|" + subject + " -> " + f.value("location", std::string()) +
                          " :: " + f.value("message", std::string()));
  }
  std::sort(r.findings.begin(), r.findings.end());
  std::sort(r.locations.begin(), r.locations.end());
  return r;
}

void expect_the_two_bad_amounts(const std::filesystem::path& dataset, int jobs, const std::string& context) {
  const auto data = core::read_dataset(dataset, {.strict = false, .jobs = jobs});
  ASSERT_EQ(data->read_issues.size(), 2u) << context << jobs;
  EXPECT_EQ(data->read_issues[0].line, 17000u) << context << jobs;
  EXPECT_EQ(data->read_issues[0].value, "x17000") << context << jobs;
  EXPECT_EQ(data->read_issues[1].line, 25001u) << context << jobs;
  try {
    (void)core::read_dataset(dataset, {.strict = true, .jobs = jobs});
    ADD_FAILURE() << context << jobs << ": --strict read a bad value";
  } catch (const core::UserError& e) {
    EXPECT_NE(std::string(e.what()).find("x17000"), std::string::npos) << e.what();
  }
}

}  // namespace kiemtra::test
