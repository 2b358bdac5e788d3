// The configuration with no profile: every known rule on at its defaults, editions filled.
#include <gtest/gtest.h>

#include "config_fixture.hpp"

namespace kiemtra::core::testing {
namespace {

TEST(ConfigDefaults, EveryRuleEnabledAtItsDefaultSeverity) {
  const std::vector<RuleMeta> known = fake_rules();
  const Config c = default_config(known);
  ASSERT_EQ(c.rules.size(), known.size());
  for (const RuleMeta& m : known) {
    const RuleSettings& s = c.rules.at(m.id);
    EXPECT_TRUE(s.enabled) << m.id;
    EXPECT_EQ(s.severity, m.default_severity) << m.id;
    EXPECT_FALSE(s.severity_overridden) << m.id;
  }
  EXPECT_TRUE(c.sources.empty());
  // The built-in Vietnamese calendar (tests/config/builtin_calendar_test.cpp checks its days).
  EXPECT_FALSE(c.calendar.holidays.empty());
  EXPECT_FALSE(c.calendar.is_working_day(ymd(2019, 2, 5)));  // Tết
}

TEST(ConfigDefaults, EveryDeclaredParameterFilledInDeclaredOrder) {
  const Config c = default_config(fake_rules());
  const Params& p = c.rules.at("congress/working-time-left").params;
  ASSERT_EQ(p.editions.size(), 1u);
  const Edition& e = p.editions.front();
  ASSERT_EQ(e.values.size(), 2u);
  EXPECT_EQ(e.values[0].first, "first_time_months");
  EXPECT_EQ(e.values[1].first, "retirement_age");
  EXPECT_EQ(e.integer("first_time_months"), 60);
  EXPECT_EQ(e.numbers("retirement_age"), (NumberMap{{"nam", 62}, {"nu", 60}}));
  EXPECT_EQ(e.citation.text(), "45-CT/TW");
}

TEST(ConfigDefaults, RuleWithoutEditionGetsOneUndatedEditionWithEmptyCitation) {
  const Config c = default_config(fake_rules());
  const Params& p = c.rules.at("structure/secretary").params;
  ASSERT_EQ(p.editions.size(), 1u);
  EXPECT_FALSE(p.editions[0].from.valid());
  EXPECT_EQ(p.editions[0].citation.document, "");
  EXPECT_TRUE(p.editions[0].values.empty());
  // badge-due declares parameters but no edition: the one edition holds the defaults.
  const Edition& badge = c.rules.at("membership/badge-due").params.editions.at(0);
  EXPECT_EQ(badge.integers("milestones"), (std::vector<std::int64_t>{30, 40, 45}));
}

TEST(ConfigDefaults, DeclaredEditionsOverrideDefaultsAndAtPicksByDate) {
  const Config c = default_config(fake_rules());
  const Params& p = c.rules.at("dues/underpaid").params;
  ASSERT_EQ(p.editions.size(), 2u);
  EXPECT_EQ(p.editions[0].from, ymd(2011, 4, 1));
  EXPECT_EQ(p.editions[1].from, ymd(2026, 2, 1));
  // Values the 2026 edition does not set keep the defaults; the ones it sets win.
  EXPECT_EQ(p.at(ymd(2026, 1, 31)).integer("student_amount"), 2000);
  EXPECT_EQ(p.at(ymd(2026, 2, 1)).integer("student_amount"), 5000);
  EXPECT_FALSE(p.at(ymd(2025, 12, 1)).boolean("exempt_after_50"));
  EXPECT_TRUE(p.at(ymd(2026, 3, 1)).boolean("exempt_after_50"));
  EXPECT_EQ(p.at(ymd(2026, 3, 1)).number("tolerance"), 500.0);
  EXPECT_EQ(p.at(ymd(2026, 3, 1)).citation.text(), "01-QĐ/TW, Điều 2");
  EXPECT_EQ(p.at(ymd(2019, 9, 30)).citation.text(), "342-QĐ/TW, Điều 3");
}

TEST(ConfigDefaults, ProfileSearchPathIsShareFolderThenLocalRules) {
  const auto dirs = profile_search_path("/opt/kiemtra/bin");
  ASSERT_EQ(dirs.size(), 2u);
  EXPECT_EQ(dirs[0], std::filesystem::path("/opt/kiemtra/share/kiemtra/rules"));
  EXPECT_EQ(dirs[1], std::filesystem::current_path() / "rules");
}

TEST(ConfigDefaults, ShippedDefaultProfileTurnsEveryRuleOnWithoutProblems) {
  const std::vector<std::filesystem::path> dirs{kiemtra::test::source_dir() / "rules"};
  const std::vector<RuleMeta> known = fake_rules();
  EXPECT_TRUE(check_config_file(dirs[0] / "default.yaml", dirs, known).empty());
  const Config c = load_profile("default", dirs, known);
  ASSERT_EQ(c.sources.size(), 1u);
  EXPECT_NE(c.sources[0].find("default.yaml"), std::string::npos);
  for (const RuleMeta& m : known) {
    EXPECT_TRUE(c.rules.at(m.id).enabled) << m.id;
    EXPECT_EQ(c.rules.at(m.id).severity, m.default_severity) << m.id;
    EXPECT_EQ(c.rules.at(m.id).params.editions.size(), default_config(known).rules.at(m.id).params.editions.size());
  }
  // The Vietnamese public holidays are the default calendar (catalog: "working days").
  EXPECT_FALSE(c.calendar.is_working_day(ymd(2019, 9, 2)));  // National Day
  EXPECT_FALSE(c.calendar.is_working_day(ymd(2019, 2, 5)));  // Tết
  EXPECT_TRUE(c.calendar.is_working_day(ymd(2019, 5, 4)));   // a make-up Saturday
  EXPECT_TRUE(c.calendar.is_working_day(ymd(2019, 9, 3)));
}

TEST(ConfigDefaults, LoadProfileNotFoundNamesTheFoldersSearched) {
  try {
    load_profile("no-such-profile", {"/nowhere/a", "/nowhere/b"}, fake_rules());
    FAIL() << "expected an error";
  } catch (const UserError& e) {
    EXPECT_EQ(e.exit_code(), kExitUsage);
    EXPECT_EQ(e.text().en,
              "profile 'no-such-profile' not found; searched no-such-profile.yaml in: /nowhere/a, /nowhere/b");
    EXPECT_NE(e.text().vi.find("không tìm thấy hồ sơ cấu hình 'no-such-profile'"), std::string::npos);
  }
}

}  // namespace
}  // namespace kiemtra::core::testing
