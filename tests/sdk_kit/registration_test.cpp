// The text edits behind `kiemtra new-rule`: sorted includes, sorted KIEMTRA_PLUGIN entries, sorted SOURCES.
#include "scaffold/registration.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "scaffold/names.hpp"
#include "support/cli.hpp"
#include "util/error.hpp"

namespace {

using namespace kiemtra::core::scaffold;
using kiemtra::test::slurp;
using ::testing::HasSubstr;

/// The lines of `text` holding `needle`, in order.
std::vector<std::string> lines_with(const std::string& text, const std::string& needle) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);)
    if (line.find(needle) != std::string::npos) out.push_back(line);
  return out;
}

const char* const kRegistration = R"(// Registration.
#include <kiemtra/sdk.hpp>

#include "b_rule.hpp"
#include "d_rule.hpp"

using namespace kiemtra::plugins::fam;

// clang-format off
KIEMTRA_PLUGIN("fam", "1.0.0",
               kiemtra::rule<BRule>(),
               kiemtra::rule<DRule>())
// clang-format on
)";

TEST(ScaffoldNames, DeriveFileClassAndNamespaceSpellings) {
  EXPECT_EQ(rule_class("cell-min-official-members"), "CellMinOfficialMembersRule");
  EXPECT_EQ(rule_stem("cell-min-official-members"), "cell_min_official_members_rule");
  EXPECT_EQ(snake("my-province"), "my_province");
  EXPECT_TRUE(valid_name("dues2"));
  EXPECT_TRUE(valid_name("a-b-c"));
  for (const char* bad : {"", "Dues", "2dues", "a--b", "a-", "-a", "a_b", "a/b", "thuế"})
    EXPECT_FALSE(valid_name(bad)) << bad;
}

TEST(Registration, InsertsAtTheStartMiddleAndEndKeepingBothListsSorted) {
  const std::string first = register_rule(kRegistration, "a_rule.hpp", "ARule", "f.cpp");
  EXPECT_EQ(
      lines_with(first, "#include \""),
      (std::vector<std::string>{"#include \"a_rule.hpp\"", "#include \"b_rule.hpp\"", "#include \"d_rule.hpp\""}));
  EXPECT_THAT(first, HasSubstr("KIEMTRA_PLUGIN(\"fam\", \"1.0.0\",\n"
                               "               kiemtra::rule<ARule>(),\n"
                               "               kiemtra::rule<BRule>(),\n"
                               "               kiemtra::rule<DRule>())\n"));
  const std::string middle = register_rule(first, "c_rule.hpp", "CRule", "f.cpp");
  const std::string last = register_rule(middle, "e_rule.hpp", "ERule", "f.cpp");
  EXPECT_EQ(
      lines_with(last, "kiemtra::rule<"),
      (std::vector<std::string>{"               kiemtra::rule<ARule>(),", "               kiemtra::rule<BRule>(),",
                                "               kiemtra::rule<CRule>(),", "               kiemtra::rule<DRule>(),",
                                "               kiemtra::rule<ERule>())"}));
  EXPECT_EQ(lines_with(last, "#include \"").size(), 5u);
  EXPECT_THAT(last, HasSubstr("// clang-format on\n"));
}

TEST(Registration, RefusesARuleRegisteredTwiceAndAFileWithoutThePluginMacro) {
  EXPECT_THROW(register_rule(kRegistration, "b_rule.hpp", "BRule", "f.cpp"), kiemtra::core::UserError);
  EXPECT_THROW(register_rule(kRegistration, "x_rule.hpp", "DRule", "f.cpp"), kiemtra::core::UserError);
  try {
    register_rule("#include <kiemtra/sdk.hpp>\n", "a_rule.hpp", "ARule", "plugins/fam/fam_plugin.cpp");
    FAIL() << "no KIEMTRA_PLUGIN accepted";
  } catch (const kiemtra::core::UserError& e) {
    EXPECT_THAT(e.text().en, HasSubstr("plugins/fam/fam_plugin.cpp"));
    EXPECT_THAT(e.text().en, HasSubstr("KIEMTRA_PLUGIN"));
  }
}

TEST(Registration, FirstRuleOfAnEmptyPlugin) {
  const std::string empty = "#include <kiemtra/sdk.hpp>\n\nKIEMTRA_PLUGIN(\"fam\", \"1.0.0\")\n";
  const std::string out = register_rule(empty, "a_rule.hpp", "ARule", "f.cpp");
  EXPECT_THAT(out, HasSubstr("#include <kiemtra/sdk.hpp>\n\n#include \"a_rule.hpp\"\n"));
  EXPECT_THAT(out, HasSubstr("KIEMTRA_PLUGIN(\"fam\", \"1.0.0\",\n               kiemtra::rule<ARule>())"));
}

TEST(Registration, AListWrittenOnOneLineStaysOnOneLine) {
  const std::string one_line = "#include \"b_rule.hpp\"\nKIEMTRA_PLUGIN(\"fam\", \"1.0.0\", kiemtra::rule<BRule>())\n";
  EXPECT_EQ(register_rule(one_line, "a_rule.hpp", "ARule", "f.cpp"),
            "#include \"a_rule.hpp\"\n#include \"b_rule.hpp\"\n"
            "KIEMTRA_PLUGIN(\"fam\", \"1.0.0\", kiemtra::rule<ARule>(), kiemtra::rule<BRule>())\n");
}

TEST(Registration, TheBuiltinStructurePluginStaysSorted) {
  const auto file = kiemtra::test::source_dir() / "plugins" / "structure" / "structure_plugin.cpp";
  const std::string out = register_rule(slurp(file), "aaa_rule.hpp", "AaaRule", file.string());
  auto entries = lines_with(out, "kiemtra::rule<");
  EXPECT_EQ(entries.front(), "               kiemtra::rule<AaaRule>(),");
  EXPECT_EQ(entries.size(), lines_with(slurp(file), "kiemtra::rule<").size() + 1);
  auto sorted = entries;
  std::sort(sorted.begin(), sorted.end());
  EXPECT_EQ(entries, sorted);
  EXPECT_EQ(entries.back().back(), ')');
}

TEST(PluginSources, InsertsSortedOnePerLineBeforeTheNextKeyword) {
  const std::string cmake = "kiemtra_add_plugin(fam SOURCES\n  src/b.cpp\n  src/d.cpp\n  FIXTURES tests)\n";
  EXPECT_EQ(add_plugin_source(cmake, "fam", "src/c.cpp", "CMakeLists.txt"),
            "kiemtra_add_plugin(fam SOURCES\n  src/b.cpp\n  src/c.cpp\n  src/d.cpp\n  FIXTURES tests)\n");
  EXPECT_EQ(add_plugin_source(cmake, "fam", "src/e.cpp", "CMakeLists.txt"),
            "kiemtra_add_plugin(fam SOURCES\n  src/b.cpp\n  src/d.cpp\n  src/e.cpp\n  FIXTURES tests)\n");
  const std::string closing = "# x\nkiemtra_add_plugin(fam SOURCES\n  b.cpp\n  d.cpp)\n";
  EXPECT_EQ(add_plugin_source(closing, "fam", "a.cpp", "CMakeLists.txt"),
            "# x\nkiemtra_add_plugin(fam SOURCES\n  a.cpp\n  b.cpp\n  d.cpp)\n");
  EXPECT_EQ(add_plugin_source("kiemtra_add_plugin(fam SOURCES b.cpp)", "fam", "a.cpp", "f"),
            "kiemtra_add_plugin(fam SOURCES a.cpp b.cpp)");
}

TEST(PluginSources, RefusesADuplicateOrAnotherPluginsCall) {
  const std::string cmake = "kiemtra_add_plugin(fam SOURCES\n  b.cpp)\n";
  EXPECT_THROW(add_plugin_source(cmake, "fam", "b.cpp", "f"), kiemtra::core::UserError);
  EXPECT_THROW(add_plugin_source(cmake, "fa", "a.cpp", "f"), kiemtra::core::UserError);
  EXPECT_THROW(add_plugin_source("add_library(x a.cpp)", "fam", "a.cpp", "f"), kiemtra::core::UserError);
}

TEST(PluginSources, TheBuiltinStructureCMakeListsStaysSorted) {
  const auto file = kiemtra::test::source_dir() / "plugins" / "structure" / "CMakeLists.txt";
  const std::string out = add_plugin_source(slurp(file), "structure", "zzz_rule.cpp", file.string());
  EXPECT_THAT(out, HasSubstr("  zzz_rule.cpp)"));
  const std::string again = add_plugin_source(slurp(file), "structure", "aaa_rule.cpp", file.string());
  EXPECT_THAT(again, HasSubstr("kiemtra_add_plugin(structure SOURCES\n  aaa_rule.cpp\n"));
}

}  // namespace
