// Reading profile files (syntax errors, unreadable files) and writing the effective configuration.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>

#include "config_fixture.hpp"

namespace kiemtra::core::testing {
namespace {

std::string fnv1a(const std::string& s) {  // written independently of the implementation
  std::uint64_t h = 0xcbf29ce484222325ull;
  for (unsigned char c : s) h = (h ^ c) * 0x100000001b3ull;
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

TEST(ConfigYaml, SyntaxErrorIsLocated) {
  ProfileDir d("yaml-syntax");
  const auto f = d.write("p.yaml", "rules:\n  structure/*: [on\n  dues/*: off\n");
  const auto p = check_config_file(f, {}, fake_rules());
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].line, 3);
  EXPECT_EQ(p[0].text.en.rfind(at(f, 3, 9) + "YAML syntax error: ", 0), 0u) << p[0].text.en;
  EXPECT_EQ(p[0].text.vi.rfind(at(f, 3, 9) + "lỗi cú pháp YAML: ", 0), 0u) << p[0].text.vi;
  EXPECT_THROW(load_config_file(f, {}, fake_rules()), UserError);
}

TEST(ConfigYaml, ProfileMustBeAMap) {
  ProfileDir d("yaml-root");
  const auto f = d.write("p.yaml", "- structure/*\n");
  EXPECT_EQ(check_texts(f),
            std::vector<std::string>{at(f, 1, 1) + "a profile must be a map with the keys extends, rules and "
                                                   "calendar"});
  const auto rules = d.write("r.yaml", "rules: [structure/*]\n");
  EXPECT_EQ(check_texts(rules),
            std::vector<std::string>{at(rules, 1, 8) + "'rules' must be a map of rule ids (or globs with '*') to "
                                                       "settings"});
}

TEST(ConfigYaml, EmptyProfileChangesNothing) {
  ProfileDir d("yaml-empty");
  const auto f = d.write("p.yaml", "# nothing yet\n");
  Config c = load_config_file(f, {}, fake_rules());
  EXPECT_EQ(c.sources.size(), 1u);
  c.sources.clear();
  EXPECT_EQ(c.to_yaml(), default_config(fake_rules()).to_yaml());
}

TEST(ConfigYaml, UnreadableFileThrowsEvenForCheck) {
  ProfileDir d("yaml-missing");
  const auto f = d.dir() / "absent.yaml";
  try {
    check_config_file(f, {}, fake_rules());
    FAIL() << "expected UserError";
  } catch (const UserError& e) {
    EXPECT_EQ(e.exit_code(), kExitUsage);
    EXPECT_EQ(e.text().en.rfind("cannot read the configuration file '" + f.generic_string() + "': ", 0), 0u);
    EXPECT_EQ(e.text().vi.rfind("không đọc được tệp cấu hình '" + f.generic_string() + "': ", 0), 0u);
  }
  EXPECT_THROW(load_config_file(f, {}, fake_rules()), UserError);
  EXPECT_THROW(load_config_file(d.dir(), {}, fake_rules()), UserError);  // a folder is not a profile
}

TEST(ConfigYaml, CanonicalTextIsExact) {
  std::vector<RuleMeta> known(2);
  known[0].id = "b/y";
  known[0].default_severity = Severity::warning;
  known[0].params = {param_number("n", 1.5, "", ""),           param_int("i", 3, "", ""),
                     param_bool("flag", true, "", ""),         param_string("s", "a \"b\"", "", ""),
                     param_date("d", ymd(2019, 1, 1), "", ""), param_ints("li", {1, 2}, "", ""),
                     param_strings("ls", {"x"}, "", ""),       param_map("m", {{"nam", 62}, {"yes", 1}}, "", "")};
  known[0].editions = {Edition{ymd(2026, 2, 1), {"01-QĐ/TW", "Điều 2"}, {{"i", std::int64_t{4}}}},
                       Edition{ymd(2011, 4, 1), {"342-QĐ/TW", ""}, {}}};
  known[1].id = "a/x";
  ProfileDir d("yaml-canonical");
  const auto f =
      d.write("p.yaml", "rules:\n  a/x: {enabled: false, severity: info}\ncalendar: {replace: true, holidays: [02/09/2019]}\n");
  const Config c = load_config_file(f, {}, known);
  const std::string expected =
      "# kiemtra effective configuration\n"
      "sources:\n"
      "  - \"" +
      f.lexically_normal().generic_string() +
      "\"\n"
      "rules:\n"
      "  a/x:\n"
      "    enabled: false\n"
      "    severity: info\n"
      "    severity_overridden: true\n"
      "    editions:\n"
      "      - from: null\n"
      "        citation: {document: \"\", article: \"\"}\n"
      "        params: {}\n"
      "  b/y:\n"
      "    enabled: true\n"
      "    severity: warning\n"
      "    severity_overridden: false\n"
      "    editions:\n"
      "      - from: 2011-04-01\n"
      "        citation: {document: \"342-QĐ/TW\", article: \"\"}\n"
      "        params:\n"
      "          n: 1.5\n"
      "          i: 3\n"
      "          flag: true\n"
      "          s: \"a \\\"b\\\"\"\n"
      "          d: 2019-01-01\n"
      "          li: [1, 2]\n"
      "          ls: [\"x\"]\n"
      "          m: {nam: 62.0, \"yes\": 1.0}\n"
      "      - from: 2026-02-01\n"
      "        citation: {document: \"01-QĐ/TW\", article: \"Điều 2\"}\n"
      "        params:\n"
      "          n: 1.5\n"
      "          i: 4\n"
      "          flag: true\n"
      "          s: \"a \\\"b\\\"\"\n"
      "          d: 2019-01-01\n"
      "          li: [1, 2]\n"
      "          ls: [\"x\"]\n"
      "          m: {nam: 62.0, \"yes\": 1.0}\n"
      "calendar:\n"
      "  holidays:\n"
      "    - 2019-09-02\n"
      "  working_days: []\n";
  EXPECT_EQ(c.to_yaml(), expected);
  EXPECT_EQ(c.hash(), fnv1a(expected));
}

TEST(ConfigYaml, HashIsStableAndFollowsEveryValue) {
  // The empty configuration's hash is fixed: a change here changes every report's config hash.
  EXPECT_EQ(
      Config{}.to_yaml(),
      "# kiemtra effective configuration\nsources: []\nrules: {}\ncalendar:\n  holidays: []\n  working_days: []\n");
  EXPECT_EQ(Config{}.hash(), fnv1a(Config{}.to_yaml()));
  EXPECT_EQ(Config{}.hash().size(), 16u);

  ProfileDir d("yaml-hash");
  const auto f = d.write("p.yaml", "rules:\n  dues/underpaid: {params: {tolerance: 500}}\n");
  const Config a = load_config_file(f, {}, fake_rules());
  const Config b = load_config_file(f, {}, fake_rules());
  EXPECT_EQ(a.to_yaml(), b.to_yaml());
  EXPECT_EQ(a.hash(), b.hash());
  // The same value as the default: same rules, but the sources differ from the defaults'.
  Config same = a;
  same.sources.clear();
  EXPECT_EQ(same.hash(), default_config(fake_rules()).hash());

  const auto g = d.write("p.yaml", "rules:\n  dues/underpaid: {params: {tolerance: 501}}\n");
  const Config changed = load_config_file(g, {}, fake_rules());
  EXPECT_NE(changed.hash(), a.hash());
  Config calendar = a;
  calendar.calendar.holidays.push_back(ymd(2019, 9, 2));
  EXPECT_NE(calendar.hash(), a.hash());
  Config severity = a;
  severity.rules.at("structure/secretary").severity_overridden = true;
  EXPECT_NE(severity.hash(), a.hash());
}

TEST(ConfigYaml, HashDoesNotDependOnTheOrderRulesAreKnownIn) {
  std::vector<RuleMeta> known = fake_rules();
  const std::string h = default_config(known).hash();
  std::reverse(known.begin(), known.end());
  EXPECT_EQ(default_config(known).hash(), h);
}

}  // namespace
}  // namespace kiemtra::core::testing
