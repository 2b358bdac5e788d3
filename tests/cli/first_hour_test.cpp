// A new user's first hour at the terminal (issue 20): what stays on the screen after a run, help and usage
// errors in the user's language, one number format per language, one word per concept, local times, the
// one-line diagnostic form and colour.

// GCC 12 with -fsanitize=address,undefined at -O2 reports the std::function inside libstdc++'s std::regex as
// maybe-uninitialized: a false positive in the library's own code, which -Werror would turn into a failed build.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <sstream>

#include "support/cli.hpp"

namespace {

using kiemtra::test::run_cli;
using kiemtra::test::run_on_terminal;
using kiemtra::test::slurp;
using ::testing::HasSubstr;
using ::testing::Not;
namespace fs = std::filesystem;

std::string sample() { return (kiemtra::test::source_dir() / "examples" / "sample").string(); }

/// What a terminal shows as text: without colour codes.
std::string plain(const std::string& s) { return std::regex_replace(s, std::regex("\x1b\\[[0-9;]*m"), ""); }

// ---- 1. A terminal that forgets ----

TEST(FirstHour, WithOutputTheTerminalKeepsASummaryInVietnamese) {
  const auto dir = kiemtra::test::temp_dir("summary-vi");
  const auto html = (dir / "report.html").string();
  const auto r = run_cli({"validate", sample(), "--output", html, "--output", (dir / "r.xlsx").string()});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_EQ(r.out, "");
  EXPECT_THAT(r.err, HasSubstr("Phát hiện: "));
  EXPECT_THAT(r.err, HasSubstr(" lỗi, "));
  EXPECT_THAT(r.err, HasSubstr(" tổ chức"));
  EXPECT_THAT(r.err, HasSubstr("Quy tắc: đã chạy "));
  EXPECT_THAT(r.err, HasSubstr(" đạt, "));
  EXPECT_THAT(r.err, HasSubstr("Đã ghi " + html));
  EXPECT_THAT(r.err, HasSubstr("Đã ghi " + (dir / "r.xlsx").string()));
  EXPECT_THAT(r.err, Not(HasSubstr("\x1b[")));  // not a terminal: no colour
}

TEST(FirstHour, WithOutputTheTerminalKeepsASummaryInEnglishAndQuietSilencesIt) {
  const auto dir = kiemtra::test::temp_dir("summary-en");
  const auto json = (dir / "report.json").string();
  const auto r = run_cli({"validate", sample(), "--output", json, "--lang", "en"});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_TRUE(std::regex_search(r.err, std::regex(R"(Findings: \d+ errors?, \d+ warnings?, \d+ info in \d+ of \d+ organizations)")))
      << r.err;
  EXPECT_TRUE(std::regex_search(r.err, std::regex(R"(Rules: (\d+) run, (\d+) passed, (\d+) failed)"))) << r.err;
  EXPECT_THAT(r.err, HasSubstr("Wrote " + json));
  // The counts are the report's.
  std::smatch m;
  ASSERT_TRUE(std::regex_search(r.err, m, std::regex(R"(Rules: (\d+) run, (\d+) passed, (\d+) failed)")));
  EXPECT_EQ(std::stoi(m[1]), std::stoi(m[2]) + std::stoi(m[3]));
  EXPECT_GT(std::stoi(m[2]), 0);  // rules that found nothing are counted as passed
  const auto quiet = run_cli({"validate", sample(), "--output", json, "--lang", "en", "--quiet"});
  EXPECT_EQ(quiet.err, "");
}

TEST(FirstHour, KiemtraLangSetsTheLanguageOfTheSummary) {
  const auto dir = kiemtra::test::temp_dir("summary-env");
  const auto r = run_cli({"validate", sample(), "--output", (dir / "r.json").string()}, {"KIEMTRA_LANG=en"});
  EXPECT_THAT(r.err, HasSubstr("Wrote "));
}

TEST(FirstHour, ReportOnStdoutPipedFromATerminalGetsTheSummaryOnTheTerminal) {
  const auto dir = kiemtra::test::temp_dir("summary-tty");
  // `kiemtra validate ... --format json > out.json` in a shell: the terminal sees only the summary.
  const auto r = run_on_terminal({"validate", sample(), "--format", "json", "--lang", "en"}, dir / "out.json");
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_THAT(plain(r.err), HasSubstr("Findings: "));
  EXPECT_THAT(plain(r.err), HasSubstr("Rules: "));
  EXPECT_THAT(r.err, HasSubstr("\x1b[1;31m"));  // a terminal gets colour
  EXPECT_THAT(r.err, Not(HasSubstr("Wrote")));
  EXPECT_THAT(r.out, HasSubstr("\"schema\""));
  EXPECT_THAT(r.out, Not(HasSubstr("Findings:")));
  // The text report on the terminal ends with its own totals: no second summary below it.
  const auto text = run_on_terminal({"validate", sample(), "--lang", "en"});
  EXPECT_THAT(plain(text.err), HasSubstr("Total: "));
  EXPECT_THAT(plain(text.err), Not(HasSubstr("Rules: ")));
}

// ---- 2. Language everywhere ----

TEST(FirstHour, HelpIsVietnameseByDefaultAndEnglishOnRequest) {
  const auto vi = run_cli({"validate", "--help"});
  EXPECT_EQ(vi.exit_code, 0);
  EXPECT_THAT(vi.out, HasSubstr("Cách dùng:"));
  EXPECT_THAT(vi.out, HasSubstr("Tùy chọn:"));
  EXPECT_THAT(vi.out, HasSubstr("Kiểm tra một bộ dữ liệu"));
  EXPECT_THAT(vi.out, HasSubstr("In hướng dẫn này rồi thoát"));
  EXPECT_THAT(vi.out, Not(HasSubstr("Usage:")));
  EXPECT_THAT(vi.out, Not(HasSubstr("Validate a dataset")));
  const auto top = run_cli({"--help"});
  EXPECT_THAT(top.out, HasSubstr("Lệnh:"));
  EXPECT_THAT(top.out, HasSubstr("Liệt kê hoặc giải thích các quy tắc"));

  const auto en = run_cli({"validate", "--help", "--lang", "en"});
  EXPECT_THAT(en.out, HasSubstr("Usage:"));
  EXPECT_THAT(en.out, HasSubstr("Validate a dataset and report findings per organization"));
  const auto env = run_cli({"stats", "--help"}, {"KIEMTRA_LANG=en"});
  EXPECT_THAT(env.out, HasSubstr("The period's figures"));
  // --lang on the command line wins over KIEMTRA_LANG.
  const auto both = run_cli({"stats", "--help", "--lang=vi"}, {"KIEMTRA_LANG=en"});
  EXPECT_THAT(both.out, HasSubstr("Số liệu của kỳ"));
}

TEST(FirstHour, UsageErrorsSpeakTheUsersLanguage) {
  struct Case {
    std::vector<std::string> args;
    std::string vi, en;
  };
  const std::vector<Case> cases = {
      {{"validate"}, "kiemtra validate: thiếu dataset (bắt buộc)", "kiemtra validate: dataset is required"},
      {{"validate", sample(), "--formt", "json"}, "không có tùy chọn --formt (có phải ý bạn là --format?)",
       "no option --formt (did you mean --format?)"},
      {{"validate", sample(), "--fail-on", "sometimes"}, "--fail-on không nhận 'sometimes': chọn một trong",
       "--fail-on does not take 'sometimes': choose one of"},
      {{"validate", sample(), "--jobs", "0"}, "--jobs nhận từ 1 đến 256, không phải 0", "--jobs takes 1 to 256, not 0"},
      {{"validate", sample(), "--jobs", "nhiều"}, "--jobs nhận từ 1 đến 256, không phải nhiều",
       "--jobs takes 1 to 256, not nhiều"},
      {{"validate", sample(), "--strict=perhaps"}, "--strict không nhận 'perhaps'", "--strict does not take 'perhaps'"},
      {{"validate", sample(), "thừa"}, "thừa đối số 'thừa'", "unexpected argument 'thừa'"},
      {{"validate", sample(), "--output"}, "--output cần một giá trị", "--output needs a value"},
      {{"valdate", sample()}, "(có phải ý bạn là validate?)", "(did you mean validate?)"},
      {{}, "thiếu lệnh: chọn một trong validate, history", "a command is needed: one of validate, history"},
      {{"rules"}, "kiemtra rules: thiếu lệnh: chọn một trong list, explain, docs",
       "kiemtra rules: a command is needed: one of list, explain, docs"},
      {{"validate", sample(), "--lang", "fr"}, "--lang không nhận 'fr'", "--lang does not take 'fr'"},
  };
  for (const auto& c : cases) {
    const auto vi = run_cli(c.args);
    EXPECT_EQ(vi.exit_code, 2) << c.vi;
    EXPECT_THAT(vi.err, HasSubstr(c.vi));
    EXPECT_THAT(vi.err, HasSubstr("Xem `kiemtra"));
    auto en_args = c.args;
    const auto en = run_cli(en_args, {"KIEMTRA_LANG=en"});
    EXPECT_EQ(en.exit_code, 2) << c.en;
    EXPECT_THAT(en.err, HasSubstr(c.en));
    EXPECT_THAT(en.err, HasSubstr("See `kiemtra"));
  }
  // A command's own errors follow KIEMTRA_LANG too.
  EXPECT_THAT(run_cli({"validate", "/no/such/dataset"}, {"KIEMTRA_LANG=en"}).err, Not(HasSubstr("Không")));
}

// ---- 3. One number format, one word per concept, local times ----

TEST(FirstHour, RulesListNamesSeveritiesInTheUsersLanguage) {
  const auto vi = run_cli({"rules", "list"});
  EXPECT_TRUE(std::regex_search(vi.out, std::regex(R"(structure/cell-min-official-members +structure +lỗi)")))
      << vi.out.substr(0, 400);
  EXPECT_THAT(vi.out, HasSubstr("cảnh báo"));
  EXPECT_FALSE(std::regex_search(vi.out, std::regex(R"(  error  )")));
  const auto en = run_cli({"rules", "list", "--lang", "en"});
  EXPECT_TRUE(std::regex_search(en.out, std::regex(R"(structure/cell-min-official-members +structure +error)")));
}

TEST(FirstHour, ConfigErrorsSayQuyTacLikeTheReports) {
  const auto dir = kiemtra::test::temp_dir("one-word");
  std::ofstream(dir / "p.yaml") << "rules:\n  structure/secretry: on\n";
  const auto r = run_cli({"check-config", (dir / "p.yaml").string()});
  EXPECT_THAT(r.out + r.err, HasSubstr("không có quy tắc 'structure/secretry'"));
  EXPECT_THAT(r.out + r.err, Not(HasSubstr("luật")));
}

TEST(FirstHour, CountsAreGroupedAsTheLanguageWritesThem) {
  const std::string bloc = (kiemtra::test::source_dir() / "examples" / "khoi-cqt-2019").string();
  const auto vi = run_cli({"validate", bloc, "--rules", "structure/*", "--fail-on", "never"});
  ASSERT_EQ(vi.exit_code, 0) << vi.err;
  // The bloc has 2,7xx members: "2.7xx đảng viên" in Vietnamese, "2,7xx members" in English.
  EXPECT_TRUE(std::regex_search(vi.out, std::regex(R"(\b\d\.\d{3} đảng viên)"))) << vi.out.substr(0, 300);
  const auto en = run_cli({"validate", bloc, "--rules", "structure/*", "--fail-on", "never", "--lang", "en"});
  EXPECT_TRUE(std::regex_search(en.out, std::regex(R"(\b\d,\d{3} members)"))) << en.out.substr(0, 300);
  // And the totals inflect in English: "1 error, 2 warnings", never "2 warning".
  const std::string total = en.out.substr(en.out.rfind("Total: "));
  const std::regex count(R"(([\d,]+) (error|warning)(s?)\b)");
  std::size_t counts = 0;
  for (std::sregex_iterator it(total.begin(), total.end(), count), end; it != end; ++it, ++counts)
    EXPECT_EQ((*it)[1] == "1", (*it)[3] == "") << total;
  EXPECT_GT(counts, 0u) << total;
}

TEST(FirstHour, HistoryTimesAreLocalWithTheZone) {
  const auto dir = kiemtra::test::temp_dir("history-tz");
  const auto db = (dir / "h.sqlite").string();
  ASSERT_EQ(run_cli({"validate", sample(), "--quiet", "--history", db}, {"TZ=UTC"}).exit_code, 1);
  const auto hanoi = run_cli({"history", db, "--lang", "en"}, {"TZ=Asia/Ho_Chi_Minh"});
  const auto utc = run_cli({"history", db, "--lang", "en"}, {"TZ=UTC"});
  std::smatch a, b;
  const std::regex time(R"((\d{4}-\d\d-\d\d) (\d\d):(\d\d):\d\d ([+-]\d\d:\d\d))");
  ASSERT_TRUE(std::regex_search(hanoi.out, a, time)) << hanoi.out;
  ASSERT_TRUE(std::regex_search(utc.out, b, time)) << utc.out;
  EXPECT_EQ(a[4], "+07:00");
  EXPECT_EQ(b[4], "+00:00");
  EXPECT_EQ((std::stoi(a[2]) - std::stoi(b[2]) + 24) % 24, 7);
  const auto vi = run_cli({"history", db}, {"TZ=Asia/Ho_Chi_Minh"});
  EXPECT_TRUE(std::regex_search(vi.out, std::regex(R"(\d\d/\d\d/\d{4} \d\d:\d\d:\d\d \+07:00)"))) << vi.out;
}

// ---- 4. The one-line diagnostic form and colour ----

TEST(FirstHour, DiagnosticsAreOneLinePerFindingAsCompilersPrint) {
  const auto r = run_cli({"validate", sample(), "--format", "diagnostics", "--lang", "en"});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  std::istringstream lines(r.out);
  std::string line;
  std::size_t n = 0, located = 0;
  const std::regex form(R"(^(\S+?)(:\d+(:\d+)?)?: (error|warning|info): (.+) \[([a-z-]+/[a-z0-9-]+)\]$)");
  while (std::getline(lines, line)) {
    ++n;
    std::smatch m;
    ASSERT_TRUE(std::regex_match(line, m, form)) << line;
    if (m[2].matched) {
      ++located;
      // A path an editor can open.
      EXPECT_TRUE(fs::exists(m[1].str())) << line;
    }
  }
  EXPECT_GT(n, 0u);
  EXPECT_GT(located, 0u);
  EXPECT_THAT(r.out, HasSubstr(sample() + "/members.csv:18:"));
  // A finding about a member or an organization as a whole points at its row.
  EXPECT_TRUE(std::regex_search(r.out, std::regex(sample() + R"(/members\.csv:23: error: Member Hoàng Thị Yến \(DV022\))")))
      << r.out;
  EXPECT_TRUE(std::regex_search(r.out, std::regex(sample() + R"(/organizations\.csv:3: warning: .*DB01)"))) << r.out;
  const auto vi = run_cli({"validate", sample(), "--format", "diagnostics"});
  EXPECT_THAT(vi.out, HasSubstr(": error: Không đọc được"));  // the message follows the language
}

TEST(FirstHour, ColourOnATerminalUnlessToldOrNoColor) {
  const std::string red = "\x1b[1;31m";
  EXPECT_THAT(run_cli({"validate", sample()}).out, Not(HasSubstr("\x1b[")));
  EXPECT_THAT(run_cli({"validate", sample(), "--color", "always"}).out, HasSubstr(red));
  EXPECT_THAT(run_cli({"validate", sample(), "--format", "diagnostics", "--color=always"}).out, HasSubstr(red));
  EXPECT_THAT(run_on_terminal({"validate", sample()}).err, HasSubstr(red));
  EXPECT_THAT(run_on_terminal({"validate", sample(), "--color", "never"}).err, Not(HasSubstr(red)));
  EXPECT_THAT(run_on_terminal({"validate", sample()}, {}, {"NO_COLOR=1"}).err, Not(HasSubstr(red)));
  // A file never gets colour, even with --color always.
  const auto dir = kiemtra::test::temp_dir("colour-file");
  run_cli({"validate", sample(), "--color", "always", "--output", (dir / "r.txt").string()});
  EXPECT_THAT(slurp(dir / "r.txt"), Not(HasSubstr("\x1b[")));
}

// ---- 6. new-plugin's next steps work as printed ----
// (Followed literally from an install by tests/sdk_kit/install_and_build_example.sh, step 2b.)

TEST(FirstHour, NewPluginFromABuildTreeSaysToInstallFirstAndWhatToInstall) {
  const auto build = kiemtra::test::binary_dir().string();
  const auto dir = kiemtra::test::temp_dir("new-plugin-steps");
  const auto en = run_cli({"new-plugin", "tinh-thu", (dir / "en").string(), "--lang", "en"});
  ASSERT_EQ(en.exit_code, 0) << en.err;
  EXPECT_THAT(en.out, HasSubstr("Needs: cmake 3.25 or later"));
  // The plugin is built with kiemtra's compiler: Debian's default g++, or clang named (the sanitizer build).
#if defined(__clang__)
  const std::string package = "clang", option = " -DCMAKE_CXX_COMPILER=clang++-" + std::to_string(__clang_major__);
#else
  const std::string package = "g++", option;
#endif
  EXPECT_THAT(en.out, HasSubstr("sudo apt-get install cmake " + package + " libboost-dev libfmt-dev"));
  // A build tree has no SDK package: the first step installs it, and the others use that prefix.
  EXPECT_THAT(en.out, HasSubstr("  cmake --install " + build + " --prefix " + build + "/install"));
  EXPECT_THAT(en.out, HasSubstr("  cmake -S . -B build" + option + " -DCMAKE_PREFIX_PATH=" + build + "/install\n"));
  // A real dataset, not a placeholder: the project's own fixture.
  EXPECT_THAT(en.out, HasSubstr("  " + build + "/install/bin/kiemtra validate "
                                "tests/tinh-thu/member-required-column/fires-empty-value/dataset.yaml --plugins build"));
  EXPECT_TRUE(fs::exists(dir / "en/tests/tinh-thu/member-required-column/fires-empty-value/dataset.yaml"));
  EXPECT_THAT(en.out, Not(HasSubstr("DATASET")));
  const auto vi = run_cli({"new-plugin", "tinh-thu", (dir / "vi").string()});
  EXPECT_THAT(vi.out, HasSubstr("Cần có: cmake 3.25 trở lên"));
  EXPECT_THAT(vi.out, HasSubstr("Tiếp theo:"));
  EXPECT_THAT(vi.out, HasSubstr("kiemtra này chạy từ cây build"));
}

}  // namespace
