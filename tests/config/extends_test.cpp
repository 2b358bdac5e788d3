// Profiles built on other profiles: by name, by relative path, lists, cycles and missing bases.
#include <gtest/gtest.h>

#include "config_fixture.hpp"

namespace kiemtra::core::testing {
namespace {

TEST(ConfigExtends, ByNameFromProfileFoldersThenOwnEntries) {
  ProfileDir d("extends-name");
  const auto base = d.write("shared/strict.yaml", "rules:\n  structure/*: error\n  dues/*: off\n");
  const auto f = d.write("work/p.yaml", "extends: strict\nrules:\n  structure/secretary: info\n");
  // The first folder that has strict.yaml wins; a missing folder is skipped.
  const Config c = load_config_file(f, {d.dir() / "missing", d.dir() / "shared"}, fake_rules());
  EXPECT_EQ(c.sources, (std::vector<std::string>{base.lexically_normal().generic_string(),
                                                 f.lexically_normal().generic_string()}));
  EXPECT_EQ(c.rules.at("structure/cell-min-official-members").severity, Severity::error);
  EXPECT_EQ(c.rules.at("structure/grassroots-size-kind").severity, Severity::error);
  EXPECT_EQ(c.rules.at("structure/secretary").severity, Severity::info);  // the file's own entry wins
  EXPECT_FALSE(c.rules.at("dues/underpaid").enabled);
}

TEST(ConfigExtends, LoadProfileByName) {
  ProfileDir d("profile-name");
  d.write("pre-congress.yaml", "rules:\n  \"*\": off\n  congress/*: on\n");
  const Config c = load_profile("pre-congress", {d.dir()}, fake_rules());
  EXPECT_TRUE(c.rules.at("congress/working-time-left").enabled);
  EXPECT_FALSE(c.rules.at("structure/secretary").enabled);
  // A path works as well as a name.
  EXPECT_EQ(load_profile((d.dir() / "pre-congress.yaml").string(), {}, fake_rules()).to_yaml(), c.to_yaml());
}

TEST(ConfigExtends, RelativePathIsRelativeToTheFileThatNamesIt) {
  ProfileDir d("extends-path");
  d.write("base/a.yaml", "rules:\n  dues/underpaid: info\n");
  const auto f = d.write("province/p.yaml", "extends: ../base/a.yaml\n");
  const Config c = load_config_file(f, {}, fake_rules());
  EXPECT_EQ(c.rules.at("dues/underpaid").severity, Severity::info);
  EXPECT_EQ(c.sources.front(), (d.dir() / "base/a.yaml").lexically_normal().generic_string());
}

TEST(ConfigExtends, ListIsAppliedInOrderAndSharedBaseOnlyOnce) {
  ProfileDir d("extends-list");
  d.write("root.yaml", "rules:\n  structure/*: on\n");
  d.write("a.yaml", "extends: root.yaml\nrules:\n  structure/secretary: off\n  dues/underpaid: info\n");
  d.write("b.yaml", "extends: root.yaml\nrules:\n  dues/underpaid: error\n");
  const auto f = d.write("p.yaml", "extends: [a.yaml, b.yaml]\n");
  const Config c = load_config_file(f, {}, fake_rules());
  EXPECT_EQ(c.rules.at("dues/underpaid").severity, Severity::error);  // b after a
  // root.yaml is applied once, before a: applying it again before b would turn secretary back on.
  EXPECT_FALSE(c.rules.at("structure/secretary").enabled);
  std::vector<std::string> names;
  for (const auto& s : c.sources) names.push_back(std::filesystem::path(s).filename().string());
  EXPECT_EQ(names, (std::vector<std::string>{"root.yaml", "a.yaml", "b.yaml", "p.yaml"}));
}

TEST(ConfigExtends, BlockListForm) {
  ProfileDir d("extends-block");
  d.write("a.yaml", "rules:\n  dues/underpaid: info\n");
  d.write("named.yaml", "rules:\n  dues/underpaid: error\n");
  const auto f = d.write("p.yaml", "extends:\n  - a.yaml\n  - named\n");
  EXPECT_EQ(load_config_file(f, {d.dir()}, fake_rules()).rules.at("dues/underpaid").severity, Severity::error);
}

TEST(ConfigExtends, CycleIsAnErrorNamingTheChain) {
  ProfileDir d("extends-cycle");
  const auto a = d.write("a.yaml", "extends: b.yaml\n");
  const auto b = d.write("b.yaml", "rules: {}\nextends: [c.yaml]\n");
  const auto c = d.write("c.yaml", "extends: a.yaml\n");
  const std::string sa = a.lexically_normal().generic_string(), sb = b.lexically_normal().generic_string(),
                    sc = c.lexically_normal().generic_string();
  const Text t = load_error(a);
  EXPECT_EQ(t.en, at(c, 1, 10) + "'extends' forms a cycle: " + sa + " -> " + sb + " -> " + sc + " -> " + sa);
  EXPECT_EQ(t.vi, at(c, 1, 10) + "'extends' tạo thành vòng lặp: " + sa + " -> " + sb + " -> " + sc + " -> " + sa);
}

TEST(ConfigExtends, ProfileExtendingItselfIsACycle) {
  ProfileDir d("extends-self");
  const auto a = d.write("self.yaml", "extends: self\n");
  const std::string s = a.lexically_normal().generic_string();
  EXPECT_EQ(load_error(a, {d.dir()}).en, at(a, 1, 10) + "'extends' forms a cycle: " + s + " -> " + s);
}

TEST(ConfigExtends, MissingBaseNamesTheFoldersSearched) {
  ProfileDir d("extends-missing");
  const auto f = d.write("p.yaml", "extends: [strict, ./nope.yaml]\n");
  const std::vector<std::filesystem::path> dirs{d.dir() / "x", d.dir() / "y"};
  const Text t = load_error(f, dirs);
  const std::string x = (d.dir() / "x").lexically_normal().generic_string();
  const std::string y = (d.dir() / "y").lexically_normal().generic_string();
  const std::string nope = (d.dir() / "nope.yaml").lexically_normal().generic_string();
  EXPECT_EQ(t.en, at(f, 1, 11) + "base profile 'strict' not found; searched strict.yaml in: " + x + ", " + y + "\n" +
                      at(f, 1, 19) + "base profile './nope.yaml' not found: there is no file '" + nope + "'");
  EXPECT_NE(t.vi.find("không tìm thấy hồ sơ gốc 'strict'; đã tìm strict.yaml trong: "), std::string::npos);
}

TEST(ConfigExtends, ProblemsInABaseNameTheBaseFile) {
  ProfileDir d("extends-base-problem");
  const auto base =
      d.write("base.yaml", "rules:\n  structure/cell-min-official-members: {params: {min_official: x}}\n");
  const auto f = d.write("p.yaml", "extends: base.yaml\n");
  EXPECT_EQ(load_error(f).en, at(base, 2, 64) +
                                  "parameter 'min_official' of structure/cell-min-official-members must be an "
                                  "integer, not 'x'");
}

TEST(ConfigExtends, ExtendsMustBeANameOrList) {
  ProfileDir d("extends-bad");
  const auto f = d.write("p.yaml", "extends: {a: 1}\n");
  EXPECT_EQ(check_texts(f),
            std::vector<std::string>{at(f, 1, 10) + "'extends' must be a profile name, a path, or a list of them"});
}

}  // namespace
}  // namespace kiemtra::core::testing
