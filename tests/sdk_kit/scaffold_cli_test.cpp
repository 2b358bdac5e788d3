// `kiemtra new-plugin` and `kiemtra new-rule` as an author runs them, in temporary copies of a plugin.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "support/cli.hpp"

namespace {

using kiemtra::test::run_cli;
using kiemtra::test::slurp;
using ::testing::HasSubstr;
namespace fs = std::filesystem;

std::vector<std::string> lines_with(const std::string& text, const std::string& needle) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);)
    if (line.find(needle) != std::string::npos) out.push_back(line);
  return out;
}

bool sorted(std::vector<std::string> v) { return std::is_sorted(v.begin(), v.end()); }

/// A copy of the parts of kiemtra's tree that new-rule touches for the structure family.
fs::path copy_structure_tree(const std::string& name) {
  const fs::path root = kiemtra::test::temp_dir(name);
  const fs::path src = kiemtra::test::source_dir();
  fs::create_directories(root / "plugins");
  fs::create_directories(root / "tests" / "rules");
  fs::copy(src / "plugins" / "structure", root / "plugins" / "structure", fs::copy_options::recursive);
  fs::copy(src / "tests" / "rules" / "structure", root / "tests" / "rules" / "structure", fs::copy_options::recursive);
  return root;
}

TEST(NewRule, WritesTheRuleRegistersItSortedAndAddsFixturesAndADocPage) {
  const fs::path root = copy_structure_tree("new-rule-tree");
  const std::string before = slurp(root / "plugins/structure/structure_plugin.cpp");
  // Found from a folder inside the tree, as when run from plugins/structure/.
  const auto r = run_cli({"new-rule", "structure/branch-quota", "--source", (root / "plugins" / "structure").string(),
                          "--severity", "warning", "--lang", "en"});
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_THAT(r.out, HasSubstr("plugins/structure/branch_quota_rule.cpp"));

  const std::string hpp = slurp(root / "plugins/structure/branch_quota_rule.hpp");
  const std::string cpp = slurp(root / "plugins/structure/branch_quota_rule.cpp");
  EXPECT_THAT(hpp, HasSubstr("class BranchQuotaRule final : public Rule"));
  EXPECT_THAT(hpp, HasSubstr("namespace kiemtra::plugins::structure"));
  EXPECT_THAT(cpp, HasSubstr("m.id = \"structure/branch-quota\";"));
  EXPECT_THAT(cpp, HasSubstr("m.default_severity = Severity::warning;"));

  const std::string reg = slurp(root / "plugins/structure/structure_plugin.cpp");
  const auto entries = lines_with(reg, "kiemtra::rule<");
  EXPECT_EQ(entries.size(), lines_with(before, "kiemtra::rule<").size() + 1);
  EXPECT_TRUE(sorted(entries)) << reg;
  EXPECT_THAT(reg, HasSubstr("kiemtra::rule<BranchQuotaRule>(),"));
  EXPECT_TRUE(sorted(lines_with(reg, "#include \""))) << reg;
  EXPECT_THAT(reg, HasSubstr("#include \"branch_quota_rule.hpp\""));

  const std::string cmake = slurp(root / "plugins/structure/CMakeLists.txt");
  EXPECT_THAT(cmake, HasSubstr("  branch_quota_rule.cpp\n  cell_leadership_rule.cpp\n"));
  EXPECT_TRUE(sorted(lines_with(cmake, ".cpp"))) << cmake;

  const fs::path fixtures = root / "tests/rules/structure/branch-quota";
  EXPECT_THAT(slurp(fixtures / "fires-example/expected.yaml"),
              HasSubstr("{rule: structure/branch-quota, severity: warning, org: CB01, subject: CB01}"));
  EXPECT_THAT(slurp(fixtures / "passes-example/expected.yaml"), HasSubstr("findings: []"));
  EXPECT_TRUE(fs::exists(fixtures / "fires-example/dataset.yaml"));
  EXPECT_TRUE(fs::exists(fixtures / "passes-example/dataset.yaml"));

  const std::string doc = slurp(root / "docs/rules/structure/branch-quota.md");
  EXPECT_THAT(doc, HasSubstr("# structure/branch-quota"));
  EXPECT_THAT(doc, HasSubstr("- `fires-example` — must fire"));
}

TEST(NewRule, AnExistingRuleOrAMissingPluginChangesNothing) {
  const fs::path root = copy_structure_tree("new-rule-refused");
  const std::string reg = slurp(root / "plugins/structure/structure_plugin.cpp");
  const std::string cmake = slurp(root / "plugins/structure/CMakeLists.txt");

  auto r = run_cli({"new-rule", "structure/secretary", "--source", root.string(), "--lang", "en"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("The rule structure/secretary exists already"));

  r = run_cli({"new-rule", "dues2/anything", "--source", root.string(), "--lang", "en"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("No plugin 'dues2' found"));
  EXPECT_THAT(r.err, HasSubstr("kiemtra new-plugin dues2 DIR"));

  r = run_cli({"new-rule", "structure/Bad_Name", "--source", root.string(), "--lang", "en"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("The rule name 'Bad_Name' is not valid"));

  r = run_cli({"new-rule", "no-slash", "--source", root.string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("NHÓM/TÊN"));

  EXPECT_EQ(slurp(root / "plugins/structure/structure_plugin.cpp"), reg);
  EXPECT_EQ(slurp(root / "plugins/structure/CMakeLists.txt"), cmake);
  EXPECT_FALSE(fs::exists(root / "plugins/structure/bad_name_rule.cpp"));
}

TEST(NewPlugin, WritesAProjectThatNewRuleExtends) {
  const fs::path dir = kiemtra::test::temp_dir("new-plugin") / "tinh-mau";
  auto r = run_cli({"new-plugin", "tinh-mau", dir.string(), "--lang", "en"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (const char* f :
       {"CMakeLists.txt", "README.md", "src/tinh_mau_plugin.cpp", "src/member_required_column_rule.hpp",
        "src/member_required_column_rule.cpp", "tests/tinh-mau/member-required-column/fires-empty-value/expected.yaml",
        "tests/tinh-mau/member-required-column/passes-every-value-filled/dataset.yaml", "docs/index.md",
        "docs/tinh-mau/member-required-column.md"})
    EXPECT_TRUE(fs::exists(dir / f)) << f;
  EXPECT_THAT(slurp(dir / "CMakeLists.txt"), HasSubstr("find_package(kiemtra-sdk 2.0 REQUIRED)"));
  EXPECT_THAT(slurp(dir / "CMakeLists.txt"), HasSubstr("kiemtra_add_plugin(tinh-mau SOURCES"));
  EXPECT_THAT(slurp(dir / "src/tinh_mau_plugin.cpp"), HasSubstr("KIEMTRA_PLUGIN(\"tinh-mau\", \"1.0.0\","));
  // The example reads a column the contract does not name.
  EXPECT_THAT(slurp(dir / "src/member_required_column_rule.cpp"), HasSubstr("data.members.extra_column("));

  r = run_cli({"new-rule", "tinh-mau/young-quota", "--source", (dir / "src").string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(slurp(dir / "CMakeLists.txt"),
              HasSubstr("  src/member_required_column_rule.cpp\n  src/tinh_mau_plugin.cpp\n  src/young_quota_rule.cpp\n"
                        "  FIXTURES tests)"));
  EXPECT_THAT(slurp(dir / "src/tinh_mau_plugin.cpp"),
              HasSubstr("kiemtra::rule<MemberRequiredColumnRule>(),\n               kiemtra::rule<YoungQuotaRule>())"));
  EXPECT_TRUE(fs::exists(dir / "tests/tinh-mau/young-quota/fires-example/dataset.yaml"));
  EXPECT_TRUE(fs::exists(dir / "docs/tinh-mau/young-quota.md"));
}

TEST(NewPlugin, RefusesABadNameOrANonEmptyFolder) {
  const fs::path dir = kiemtra::test::temp_dir("new-plugin-refused");
  std::ofstream(dir / "keep.txt") << "mine\n";
  auto r = run_cli({"new-plugin", "tinh", dir.string(), "--lang", "en"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("is not an empty folder"));
  EXPECT_EQ(slurp(dir / "keep.txt"), "mine\n");
  r = run_cli({"new-plugin", "Tinh Mau", (dir / "x").string(), "--lang", "en"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("The plugin name 'Tinh Mau' is not valid"));
  EXPECT_FALSE(fs::exists(dir / "x"));
}

}  // namespace
