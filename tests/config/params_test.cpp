// Parameters and editions in profiles: values in every edition, editions added or changed by date.
#include <gtest/gtest.h>

#include "config_fixture.hpp"

namespace kiemtra::core::testing {
namespace {

TEST(ConfigParams, ParamsApplyInEveryEdition) {
  ProfileDir d("params-every");
  const auto f = d.write("p.yaml", R"(rules:
  dues/underpaid:
    params: {tolerance: 1000, student_amount: 3000}
  structure/cell-min-official-members:
    params:
      min_official: 5
)");
  const Config c = load_config_file(f, {}, fake_rules());
  const Params& dues = c.rules.at("dues/underpaid").params;
  ASSERT_EQ(dues.editions.size(), 2u);
  for (const Edition& e : dues.editions) {
    EXPECT_EQ(e.number("tolerance"), 1000.0);
    EXPECT_EQ(e.integer("student_amount"), 3000);  // a province's value wins over both editions'
  }
  EXPECT_TRUE(dues.at(ymd(2026, 2, 1)).boolean("exempt_after_50"));  // untouched values stay
  EXPECT_EQ(c.rules.at("structure/cell-min-official-members").params.editions[0].integer("min_official"), 5);
  EXPECT_TRUE(c.rules.at("dues/underpaid").enabled);  // params alone do not change on/off
}

TEST(ConfigParams, EveryTypeIsReadFromYaml) {
  ProfileDir d("params-types");
  const auto f = d.write("p.yaml", R"(rules:
  dues/underpaid:
    params:
      tolerance: 0.5
      exempt_after_50: true
      categories: [luong, "tu do"]
      checked_from: 01/07/2025
  membership/badge-due:
    params:
      milestones:
        - 30
        - 50
      award_days: []
  congress/working-time-left:
    params: {retirement_age: {nam: 62.5, nu: 60}, first_time_months: +48}
)");
  const Config c = load_config_file(f, {}, fake_rules());
  const Edition& dues = c.rules.at("dues/underpaid").params.editions[0];
  EXPECT_EQ(dues.number("tolerance"), 0.5);
  EXPECT_TRUE(dues.boolean("exempt_after_50"));
  EXPECT_EQ(dues.strings("categories"), (std::vector<std::string>{"luong", "tu do"}));
  EXPECT_EQ(dues.date("checked_from"), ymd(2025, 7, 1));
  const Edition& badge = c.rules.at("membership/badge-due").params.editions[0];
  EXPECT_EQ(badge.integers("milestones"), (std::vector<std::int64_t>{30, 50}));
  EXPECT_TRUE(badge.strings("award_days").empty());
  const Edition& congress = c.rules.at("congress/working-time-left").params.editions[0];
  EXPECT_EQ(congress.numbers("retirement_age"), (NumberMap{{"nam", 62.5}, {"nu", 60}}));
  EXPECT_EQ(congress.integer("first_time_months"), 48);
}

TEST(ConfigParams, NumberParameterAcceptsAnIntegerAsADouble) {
  ProfileDir d("params-number");
  const auto f = d.write("p.yaml", "rules:\n  dues/underpaid: {params: {tolerance: 2}}\n");
  const Config config = load_config_file(f, {}, fake_rules());
  const Edition& e = config.rules.at("dues/underpaid").params.editions[0];
  EXPECT_TRUE(std::holds_alternative<double>(*e.find("tolerance")));  // the alternative matches ParamType::number
  EXPECT_EQ(e.number("tolerance"), 2.0);
}

TEST(ConfigParams, EditionAddedByDateContinuesTheEditionInForce) {
  ProfileDir d("editions-add");
  const auto f = d.write("p.yaml", R"(rules:
  structure/grassroots-size-kind:
    editions:
      - from: 2026-02-01
        citation: {document: "01-QĐ/TW", article: "Điều 2"}
        params: {threshold: 25}
  dues/underpaid:
    editions:
      - from: 1/1/2020
        citation: "Hướng dẫn của Tỉnh ủy"
        params: {tolerance: 100}
)");
  const Config c = load_config_file(f, {}, fake_rules());
  const Params& size = c.rules.at("structure/grassroots-size-kind").params;
  ASSERT_EQ(size.editions.size(), 2u);
  EXPECT_EQ(size.at(ymd(2019, 9, 30)).integer("threshold"), 30);
  EXPECT_EQ(size.at(ymd(2019, 9, 30)).citation.text(), "Điều lệ Đảng 2011, Điều 21.3");
  EXPECT_EQ(size.at(ymd(2026, 2, 1)).integer("threshold"), 25);
  EXPECT_EQ(size.at(ymd(2026, 2, 1)).citation.text(), "01-QĐ/TW, Điều 2");

  const Params& dues = c.rules.at("dues/underpaid").params;
  ASSERT_EQ(dues.editions.size(), 3u);  // sorted by date
  EXPECT_EQ(dues.editions[0].from, ymd(2011, 4, 1));
  EXPECT_EQ(dues.editions[1].from, ymd(2020, 1, 1));
  EXPECT_EQ(dues.editions[2].from, ymd(2026, 2, 1));
  EXPECT_EQ(dues.at(ymd(2019, 12, 31)).number("tolerance"), 500.0);
  EXPECT_EQ(dues.at(ymd(2020, 1, 1)).number("tolerance"), 100.0);
  EXPECT_EQ(dues.at(ymd(2020, 1, 1)).citation.document, "Hướng dẫn của Tỉnh ủy");
  EXPECT_EQ(dues.at(ymd(2026, 3, 1)).number("tolerance"), 500.0);  // the next declared edition is untouched
  EXPECT_EQ(dues.at(ymd(2026, 3, 1)).integer("student_amount"), 5000);
}

TEST(ConfigParams, EditionWithTheSameDateReplacesItsValuesAndCitation) {
  ProfileDir d("editions-replace");
  const auto f = d.write("p.yaml", R"y(rules:
  dues/underpaid:
    params: {student_amount: 1000}
    editions:
      - from: 2026-02-01
        citation: {document: "01-QĐ/TW (sửa đổi)"}
        params: {student_amount: 6000}
)y");
  const Config config = load_config_file(f, {}, fake_rules());
  const Params& p = config.rules.at("dues/underpaid").params;
  ASSERT_EQ(p.editions.size(), 2u);
  // defaults < rule's edition values < params < the edition's own params
  EXPECT_EQ(p.at(ymd(2019, 1, 1)).integer("student_amount"), 1000);
  EXPECT_EQ(p.at(ymd(2026, 2, 1)).integer("student_amount"), 6000);
  EXPECT_TRUE(p.at(ymd(2026, 2, 1)).boolean("exempt_after_50"));  // the rule's 2026 value is kept
  EXPECT_EQ(p.at(ymd(2026, 2, 1)).citation.text(), "01-QĐ/TW (sửa đổi)");
}

TEST(ConfigParams, LaterProfileChangesAnEditionAnEarlierOneAdded) {
  ProfileDir d("editions-merge");
  d.write("base.yaml", R"(rules:
  structure/grassroots-size-kind:
    editions:
      - {from: 2026-02-01, citation: "A", params: {threshold: 25}}
)");
  const auto f = d.write("p.yaml", R"(extends: base.yaml
rules:
  structure/grassroots-size-kind:
    editions:
      - {from: 01/02/2026, params: {threshold: 20}}
)");
  const Config config = load_config_file(f, {}, fake_rules());
  const Params& p = config.rules.at("structure/grassroots-size-kind").params;
  ASSERT_EQ(p.editions.size(), 2u);
  EXPECT_EQ(p.editions[1].integer("threshold"), 20);
  EXPECT_EQ(p.editions[1].citation.document, "A");
}

TEST(ConfigParams, NewEditionNeedsACitation) {
  ProfileDir d("editions-citation");
  const auto f = d.write("p.yaml", R"(rules:
  structure/grassroots-size-kind:
    editions:
      - from: 2026-02-01
        params: {threshold: 25}
)");
  EXPECT_EQ(load_error(f).en, at(f, 4, 9) +
                                  "the edition of structure/grassroots-size-kind from 2026-02-01 is new: give its "
                                  "'citation' (the regulation that sets it), because findings cite the edition in "
                                  "force");
}

TEST(ConfigParams, BadEditionsAreReported) {
  ProfileDir d("editions-bad");
  const auto f = d.write("p.yaml", R"(rules:
  structure/grassroots-size-kind:
    editions:
      - from: 2026-02-30
        citation: A
      - form: 2026-02-01
      - {from: 2027-01-01, citation: {article: "Điều 1"}}
  dues/underpaid:
    editions: {from: 2026-02-01}
)");
  const std::vector<std::string> p = check_texts(f);
  ASSERT_EQ(p.size(), 4u);
  EXPECT_EQ(p[0], at(f, 4, 15) +
                      "'from' of an edition of structure/grassroots-size-kind must be a date that exists, not "
                      "'2026-02-30'");
  EXPECT_EQ(p[1], at(f, 6, 9) +
                      "unknown key 'form' in an edition of structure/grassroots-size-kind (did you mean 'from'?); "
                      "the keys are: from, citation, params");
  EXPECT_EQ(p[2], at(f, 7, 38) +
                      "'citation' of an edition of structure/grassroots-size-kind must be a map {document: ..., "
                      "article: ...} (document required) or the document's name");
  EXPECT_EQ(p[3], at(f, 9, 15) +
                      "'editions' of dues/underpaid must be a list of editions, each a map with from, citation and "
                      "params");
}

}  // namespace
}  // namespace kiemtra::core::testing
