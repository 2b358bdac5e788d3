// Rule ids and keys nobody knows: "did you mean", and unknown families skipped when loading.
#include <gtest/gtest.h>

#include <algorithm>

#include "config_fixture.hpp"

namespace kiemtra::core::testing {
namespace {

TEST(ConfigUnknown, MisspelledRuleIdSuggestsTheClosest) {
  ProfileDir d("unknown-id");
  const auto f = d.write("p.yaml", R"(rules:
  structure/cell-min-oficial-members: off
  structure/secretry: info
  structure/nothing-like-this: on
)");
  const Text t = load_error(f);
  EXPECT_EQ(t.en, at(f, 2, 3) +
                      "unknown rule 'structure/cell-min-oficial-members' (did you mean "
                      "'structure/cell-min-official-members'?)\n" +
                      at(f, 3, 3) + "unknown rule 'structure/secretry' (did you mean 'structure/secretary'?)\n" +
                      at(f, 4, 3) + "unknown rule 'structure/nothing-like-this'");
  EXPECT_NE(t.vi.find(at(f, 3, 3) + "không có quy tắc 'structure/secretry' (có phải ý bạn là 'structure/secretary'?)"),
            std::string::npos);
}

TEST(ConfigUnknown, UnknownFamilyIsSkippedWhenLoadingButReportedByCheck) {
  ProfileDir d("unknown-family");
  const auto f = d.write("p.yaml", R"(rules:
  meeting/monthly: off
  meeting/*: {severity: info}
  strucure/*: on
  structure/secretary: info
)");
  // Loading: the plugin providing meeting/ is not loaded (the loader reports that), so the
  // entries are skipped and the rest applies ...
  const auto g = d.write("q.yaml", R"(rules:
  meeting/monthly: off
  meeting/*: {severity: info}
  structure/secretary: info
)");
  const Config c = load_config_file(g, {}, fake_rules());
  EXPECT_EQ(c.rules.count("meeting/monthly"), 0u);
  EXPECT_EQ(c.rules.at("structure/secretary").severity, Severity::info);
  // ... but a family that is a likely typo of a loaded one is an error: it would silently match nothing.
  EXPECT_EQ(load_error(f).en, at(f, 4, 3) +
                                  "'strucure/*' matches no known rule (did you mean 'structure/*'?); no loaded plugin "
                                  "provides the family 'strucure'");
  // check-config: every unknown id and empty glob.
  EXPECT_EQ(check_texts(f),
            (std::vector<std::string>{
                at(f, 2, 3) + "unknown rule 'meeting/monthly'; no loaded plugin provides the family 'meeting'",
                at(f, 3, 3) + "'meeting/*' matches no known rule; no loaded plugin provides the family 'meeting'",
                at(f, 4, 3) +
                    "'strucure/*' matches no known rule (did you mean 'structure/*'?); no loaded plugin provides the "
                    "family 'strucure'",
            }));
}

TEST(ConfigUnknown, GlobMatchingNothingInAKnownFamilyIsAnError) {
  ProfileDir d("unknown-glob");
  const auto f = d.write("p.yaml", "rules:\n  structure/cell-max-*: on\n");
  EXPECT_EQ(load_error(f).en, at(f, 2, 3) + "'structure/cell-max-*' matches no known rule");
}

TEST(ConfigUnknown, UnknownTopLevelKeySuggests) {
  ProfileDir d("unknown-top");
  const auto f = d.write("p.yaml", "extend: default\nrule:\n  structure/*: on\n");
  EXPECT_EQ(check_texts(f),
            (std::vector<std::string>{
                at(f, 1, 1) + "unknown key 'extend' in a profile (did you mean 'extends'?); the keys are: extends, "
                              "rules, calendar, waivers, sql_rules",
                at(f, 2, 1) +
                    "unknown key 'rule' in a profile (did you mean 'rules'?); the keys are: extends, rules, calendar, "
                    "waivers, sql_rules",
            }));
}

TEST(ConfigUnknown, CheckReturnsEveryProblemAndLoadListsThemOnePerLine) {
  ProfileDir d("unknown-all");
  const auto f = d.write("p.yaml", R"(rules:
  structure/secretry: on
  dues/underpaid: {params: {tolerance: x}}
  other/rule: off
calendar: {holidays: [2019-13-01]}
)");
  const auto problems = check_config_file(f, {}, fake_rules());
  ASSERT_EQ(problems.size(), 4u);
  EXPECT_EQ(problems[1].file, f.lexically_normal().generic_string());
  EXPECT_EQ(problems[1].line, 3);
  EXPECT_EQ(problems[1].column, 40);
  // Loading skips other/rule (unknown family): three problems, one per line.
  const Text t = load_error(f);
  EXPECT_EQ(std::count(t.en.begin(), t.en.end(), '\n'), 2);
  EXPECT_EQ(std::count(t.vi.begin(), t.vi.end(), '\n'), 2);
}

TEST(ConfigUnknown, NoKnownRulesMeansNothingToSuggest) {
  ProfileDir d("unknown-empty");
  const auto f = d.write("p.yaml", "rules:\n  \"*\": on\n  structure/x: off\n");
  EXPECT_NO_THROW(load_config_file(f, {}, {}));  // nothing loaded: every family is unknown
  EXPECT_EQ(check_texts(f, {}, {}).size(), 2u);
}

}  // namespace
}  // namespace kiemtra::core::testing
