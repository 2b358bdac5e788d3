// Runs every rule fixture under tests/rules through the harness, one test per fixture.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "harness/fixture.hpp"
#include "support/cli.hpp"

namespace {

using kiemtra::core::find_fixtures;
using kiemtra::core::run_fixture;
namespace fs = std::filesystem;

const kiemtra::core::PluginSet& builtin_plugins() {
  static const kiemtra::core::PluginSet set =
      kiemtra::core::load_plugins(kiemtra::core::plugin_search_path(kiemtra::test::binary_dir() / "bin", {}));
  return set;
}

class RuleFixture : public ::testing::TestWithParam<fs::path> {};

TEST_P(RuleFixture, ProducesExactlyTheExpectedFindings) {
  const auto result = run_fixture(GetParam(), builtin_plugins().rules,
                                  {kiemtra::test::source_dir() / "rules"});
  EXPECT_TRUE(result.passed()) << kiemtra::core::describe(result);
}

std::string fixture_name(const ::testing::TestParamInfo<fs::path>& info) {
  std::string name = fs::relative(info.param, kiemtra::test::test_dir() / "rules").string();
  for (char& c : name)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  return name;
}

INSTANTIATE_TEST_SUITE_P(Rules, RuleFixture, ::testing::ValuesIn(find_fixtures(kiemtra::test::test_dir() / "rules")),
                         fixture_name);
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(RuleFixture);

TEST(RuleFixtures, EveryBuiltinRuleHasAFiringAndAPassingFixture) {
  const auto fixtures = find_fixtures(kiemtra::test::test_dir() / "rules");
  for (const auto& rule : builtin_plugins().rules) {
    const fs::path dir = kiemtra::test::test_dir() / "rules" / rule.meta.id;
    bool fires = false, passes = false;
    for (const auto& f : fixtures) {
      if (f.parent_path() != dir) continue;
      const std::string name = f.filename().string();
      fires |= name.rfind("fires", 0) == 0;
      passes |= name.rfind("passes", 0) == 0;
    }
    EXPECT_TRUE(fires) << rule.meta.id << " has no fires-* fixture under " << dir;
    EXPECT_TRUE(passes) << rule.meta.id << " has no passes-* fixture under " << dir;
  }
}

// A fixture is found by its expected.yaml: a folder with a dataset.yaml and no expected.yaml was never run
// (four badge-due fixtures were in that state, one of them wrong without anyone knowing).
TEST(RuleFixtures, EveryFixtureFolderHasAnExpectation) {
  for (const auto& entry : fs::recursive_directory_iterator(kiemtra::test::test_dir() / "rules")) {
    if (!entry.is_regular_file() || entry.path().filename() != "dataset.yaml") continue;
    EXPECT_TRUE(fs::exists(entry.path().parent_path() / "expected.yaml"))
          << entry.path().parent_path() << " has a dataset.yaml but no expected.yaml: the fixture never runs";
  }
}

}  // namespace

namespace {

// Every fixture's findings with their messages in both languages and their evidence, word for word, against
// tests/rules/messages.golden. KIEMTRA_UPDATE_GOLDEN=1 rewrites the file instead (review its diff).
TEST(RuleFixtures, MessagesMatchTheGolden) {
  const fs::path root = kiemtra::test::test_dir() / "rules";
  std::string actual;
  for (const auto& dir : find_fixtures(root)) {
    const auto result = run_fixture(dir, builtin_plugins().rules, {kiemtra::test::source_dir() / "rules"});
    actual += "## " + fs::relative(dir, root).string() + "\n";
    for (const auto& line : result.messages) actual += line + "\n";
  }
  const fs::path golden = root / "messages.golden";
  if (const char* update = std::getenv("KIEMTRA_UPDATE_GOLDEN"); update && std::string(update) == "1") {
    std::ofstream(golden, std::ios::binary) << actual;
    GTEST_SKIP() << "wrote " << golden;
  }
  const std::string expected = kiemtra::test::slurp(golden);
  if (expected == actual) return;
  // The first differing line, rather than two walls of text.
  std::istringstream a(actual), e(expected);
  std::string la, le;
  for (int line = 1;; ++line) {
    const bool more_a = static_cast<bool>(std::getline(a, la)), more_e = static_cast<bool>(std::getline(e, le));
    if (!more_a && !more_e) break;
    if (la != le || more_a != more_e) {
      ADD_FAILURE() << golden << ":" << line << " differs\n  golden: " << le << "\n  actual: " << la;
      break;
    }
  }
}

}  // namespace
