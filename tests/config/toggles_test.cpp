// Turning rules on and off and setting severities, by id and by glob, in the order written.
#include <gtest/gtest.h>

#include "config_fixture.hpp"

namespace kiemtra::core::testing {
namespace {

TEST(ConfigToggles, GlobsAndIdsApplyInOrderLaterEntriesWin) {
  ProfileDir d("order");
  const auto f = d.write("p.yaml", R"(rules:
  "*": off
  structure/*: on
  structure/secretary: off
  congress/*: true
  congress/working-time-left: false
)");
  const Config c = load_config_file(f, {}, fake_rules());
  EXPECT_FALSE(c.rules.at("dues/underpaid").enabled);
  EXPECT_FALSE(c.rules.at("membership/badge-due").enabled);
  EXPECT_TRUE(c.rules.at("structure/cell-min-official-members").enabled);
  EXPECT_TRUE(c.rules.at("structure/grassroots-size-kind").enabled);
  EXPECT_FALSE(c.rules.at("structure/secretary").enabled);
  EXPECT_FALSE(c.rules.at("congress/working-time-left").enabled);
  // "*": off turns off everything else, but the integrity rules are always on.
  EXPECT_TRUE(c.rules.at("integrity/bad-value").enabled);
  EXPECT_TRUE(c.rules.at("integrity/duplicate-person").enabled);
  EXPECT_EQ(c.sources, std::vector<std::string>{f.lexically_normal().generic_string()});
}

TEST(ConfigToggles, OrderMattersTheOtherWayRound) {
  ProfileDir d("order2");
  const auto f = d.write("p.yaml", "rules:\n  structure/secretary: off\n  structure/*: on\n");
  EXPECT_TRUE(load_config_file(f, {}, fake_rules()).rules.at("structure/secretary").enabled);
}

TEST(ConfigToggles, SeverityEnablesAndIsMarkedOverridden) {
  ProfileDir d("severity");
  const auto f = d.write("p.yaml", R"(rules:
  dues/*: off
  dues/underpaid: error
  structure/*: info
  integrity/duplicate-person: error
  membership/badge-due: {severity: warning, enabled: false}
  congress/working-time-left:
    severity: warning
)");
  const Config c = load_config_file(f, {}, fake_rules());
  const RuleSettings& dues = c.rules.at("dues/underpaid");
  EXPECT_TRUE(dues.enabled);
  EXPECT_EQ(dues.severity, Severity::error);
  EXPECT_TRUE(dues.severity_overridden);
  EXPECT_EQ(c.rules.at("structure/secretary").severity, Severity::info);
  EXPECT_EQ(c.rules.at("structure/cell-min-official-members").severity, Severity::info);
  EXPECT_EQ(c.rules.at("integrity/duplicate-person").severity, Severity::error);
  EXPECT_FALSE(c.rules.at("membership/badge-due").enabled);
  EXPECT_EQ(c.rules.at("membership/badge-due").severity, Severity::warning);
  EXPECT_EQ(c.rules.at("congress/working-time-left").severity, Severity::warning);
  EXPECT_TRUE(c.rules.at("congress/working-time-left").severity_overridden);
  EXPECT_FALSE(c.rules.at("integrity/bad-value").severity_overridden);
}

TEST(ConfigToggles, OnOffWordsAndMapForm) {
  ProfileDir d("words");
  const auto f = d.write("p.yaml", R"(rules:
  structure/secretary: no
  dues/underpaid: {enabled: off}
  membership/badge-due: {enabled: false}
  congress/working-time-left: OFF
)");
  const Config c = load_config_file(f, {}, fake_rules());
  EXPECT_FALSE(c.rules.at("structure/secretary").enabled);
  EXPECT_FALSE(c.rules.at("dues/underpaid").enabled);
  EXPECT_FALSE(c.rules.at("membership/badge-due").enabled);
  EXPECT_FALSE(c.rules.at("congress/working-time-left").enabled);
  EXPECT_TRUE(c.rules.at("structure/grassroots-size-kind").enabled);
}

TEST(ConfigToggles, IntegrityRuleCannotBeTurnedOff) {
  ProfileDir d("integrity");
  const auto f = d.write("p.yaml", R"(rules:
  integrity/duplicate-person: off
  integrity/*: {enabled: false}
)");
  const Text t = load_error(f);
  EXPECT_EQ(t.en,
            at(f, 2, 31) +
                "'integrity/duplicate-person' cannot be turned off: the integrity/ rules are always on (the data must "
                "be trustworthy before other rules mean anything); change the severity (e.g. "
                "'integrity/duplicate-person: info') or use a waiver for the findings you accept\n" +
                at(f, 3, 26) +
                "'integrity/*' cannot be turned off: the integrity/ rules are always on (the data must be trustworthy "
                "before other rules mean anything); change the severity (e.g. 'integrity/bad-value: info') or use a "
                "waiver for the findings you accept");
  EXPECT_NE(t.vi.find(at(f, 2, 31) + "không thể tắt 'integrity/duplicate-person'"), std::string::npos);
  EXPECT_NE(t.vi.find("miễn trừ (waiver)"), std::string::npos);
}

TEST(ConfigToggles, GlobMatchingOnlyIntegrityRulesCannotTurnThemOff) {
  ProfileDir d("integrity-glob");
  const auto f = d.write("p.yaml", "rules:\n  integ*: off\n");
  EXPECT_NE(load_error(f).en.find(at(f, 2, 11) + "'integ*' cannot be turned off"), std::string::npos);
}

TEST(ConfigToggles, BroadGlobOffIsFineWhenOnlyIntegrityRulesAreLoaded) {
  // The same profile must load whatever plugins are installed: "*" is not aimed at integrity.
  std::vector<RuleMeta> known;
  for (const RuleMeta& m : fake_rules())
    if (m.family() == "integrity") known.push_back(m);
  ProfileDir d("integrity-only");
  const auto f = d.write("p.yaml", "rules:\n  \"*\": off\n  congress/*: on\n");
  const Config c = load_config_file(f, {}, known);
  EXPECT_TRUE(c.rules.at("integrity/bad-value").enabled);
  EXPECT_TRUE(c.rules.at("integrity/duplicate-person").enabled);
}

TEST(ConfigToggles, GlobCannotCarryParameters) {
  ProfileDir d("glob-params");
  const auto f = d.write("p.yaml", R"(rules:
  structure/*:
    severity: info
    params: {threshold: 25}
)");
  EXPECT_EQ(load_error(f).en, at(f, 4, 5) +
                                  "'structure/*' is a glob: a glob can only set on, off or a severity, because "
                                  "parameters differ by rule; set 'params'/'editions' under each rule id");
  // The on/off/severity part of the entry is still checked and applied by check-config.
  EXPECT_EQ(check_texts(f).size(), 1u);
}

TEST(ConfigToggles, BadSettingsAreReportedWithPlaceAndSuggestion) {
  ProfileDir d("bad-settings");
  const auto f = d.write("p.yaml", R"(rules:
  structure/secretary: warn
  dues/underpaid: {severity: fatal, enabled: maybe}
  membership/badge-due: {enable: true}
)");
  const std::vector<std::string> p = check_texts(f);
  ASSERT_EQ(p.size(), 4u);
  EXPECT_EQ(p[0], at(f, 2, 24) +
                      "'warn' is not a setting for 'structure/secretary' (did you mean 'warning'?): write on, off, "
                      "error, warning, info, or a map with enabled, severity, params, editions");
  EXPECT_EQ(p[1], at(f, 3, 30) + "'severity' of 'dues/underpaid' must be error, warning or info, not 'fatal'");
  EXPECT_EQ(p[2], at(f, 3, 46) + "'enabled' of 'dues/underpaid' must be true or false, not 'maybe'");
  EXPECT_EQ(p[3], at(f, 4, 26) +
                      "unknown key 'enable' in the settings of 'membership/badge-due' (did you mean 'enabled'?); the "
                      "keys are: enabled, severity, params, editions");
}

TEST(ConfigToggles, EmptySettingIsAProblem) {
  ProfileDir d("empty-setting");
  const auto f = d.write("p.yaml", "rules:\n  structure/secretary:\n");
  EXPECT_EQ(check_texts(f),
            std::vector<std::string>{at(f, 2, 3) + "an empty value is not a setting for 'structure/secretary': "
                                                   "write on, off, error, warning, info, or a map with enabled, "
                                                   "severity, params, editions"});
}

}  // namespace
}  // namespace kiemtra::core::testing
