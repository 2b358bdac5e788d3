// A new user's first hour with their own data (issue 20, the data half): the mistakes of an Excel export and
// what kiemtra says about them, each reproduced on the bundled bloc or the sample, in Vietnamese and English.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <regex>

#include "support/cli.hpp"

namespace {

using kiemtra::test::run_cli;
using kiemtra::test::slurp;
using ::testing::HasSubstr;
using ::testing::Not;
namespace fs = std::filesystem;

fs::path copy_example(const std::string& example, const std::string& name) {
  const auto dir = kiemtra::test::temp_dir(name) / example;
  fs::copy(kiemtra::test::source_dir() / "examples" / example, dir, fs::copy_options::recursive);
  return dir;
}

void write(const fs::path& p, const std::string& text) {
  std::ofstream out(p, std::ios::binary);
  out << text;
}

/// Every ISO date of `file` rewritten by `form` (a std::regex replacement of $1 = year, $2 = month, $3 = day).
void rewrite_dates(const fs::path& file, const std::string& form) {
  static const std::regex iso(R"(\b(\d{4})-(\d{2})-(\d{2})\b)");
  write(file, std::regex_replace(slurp(file), iso, form));
}

/// Findings per rule in a JSON report (counted from its "rule" keys).
std::map<std::string, int> rules_of(const std::string& json) {
  static const std::regex rule(R"re("rule": ?"([a-z-]+/[a-z-]+)")re");
  std::map<std::string, int> n;
  for (auto it = std::sregex_iterator(json.begin(), json.end(), rule); it != std::sregex_iterator(); ++it)
    ++n[(*it)[1]];
  return n;
}

std::map<std::string, int> run_json(const fs::path& dataset, const std::string& name) {
  const auto out = kiemtra::test::temp_dir(name) / "report.json";
  const auto r = run_cli({"validate", dataset.string(), "--quiet", "--output", out.string()});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  return rules_of(slurp(out));
}

// Reproduces the flood: the bloc's member dates written as Excel exports them (1990-11-05 00:00:00) gave
// 10,780 integrity/bad-value and hundreds of knock-on findings. A midnight time carries nothing: the dates
// read as dates, and the run says exactly what the clean bloc says.
TEST(FirstHourData, ExcelMidnightTimesReadAsTheirDates) {
  const auto clean = run_json(kiemtra::test::source_dir() / "examples" / "khoi-cqt-2019", "fh-clean");
  ASSERT_GT(clean.size(), 5U);  // the report was read: the clean bloc has findings of many rules
  const auto bloc = copy_example("khoi-cqt-2019", "fh-midnight");
  rewrite_dates(bloc / "members.csv", "$1-$2-$3 00:00:00");
  rewrite_dates(bloc / "candidates.csv", "$3/$2/$1 0:00");
  EXPECT_THAT(slurp(bloc / "members.csv"), HasSubstr(" 00:00:00,"));
  EXPECT_EQ(run_json(bloc, "fh-midnight-run"), clean);
}

// Any other time of day is not dropped silently: the value is unreadable, and the reason says why.
TEST(FirstHourData, ATimeOfDayIsRefusedWithItsReason) {
  const auto sample = copy_example("sample", "fh-time");
  std::string members = slurp(sample / "members.csv");
  const auto at = members.find("1985-");
  ASSERT_NE(at, std::string::npos);
  members.insert(at + 10, " 14:30");
  write(sample / "members.csv", members);
  const auto en = run_cli({"validate", sample.string(), "--lang", "en", "--rules", "integrity/bad-value"});
  EXPECT_THAT(en.out, HasSubstr("a date with a time of day; write the date alone"));
  const auto vi = run_cli({"validate", sample.string(), "--rules", "integrity/bad-value"});
  EXPECT_THAT(vi.out, HasSubstr("ngày có kèm giờ trong ngày"));
}

// An Excel serial date (the cell's number, not its date) is named as one, with the date it would be.
TEST(FirstHourData, AnExcelSerialDateIsNamedWithTheDateItWouldBe) {
  const auto sample = copy_example("sample", "fh-serial");
  std::string members = slurp(sample / "members.csv");
  const auto at = members.find("1985-");
  ASSERT_NE(at, std::string::npos);
  members.replace(at, 10, "31047");
  write(sample / "members.csv", members);
  const auto en = run_cli({"validate", sample.string(), "--lang", "en", "--rules", "integrity/bad-value"});
  EXPECT_THAT(en.out, HasSubstr("an Excel serial date (31047 would be 1984-12-31?)"));
  const auto vi = run_cli({"validate", sample.string(), "--rules", "integrity/bad-value"});
  EXPECT_THAT(vi.out, HasSubstr("số ngày kiểu Excel (31047 là ngày 31/12/1984?)"));
}

}  // namespace
