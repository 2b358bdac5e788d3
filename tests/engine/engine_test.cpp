// Engine: rule selection, severity overrides, failure isolation, root attachment, determinism across --jobs.
#include <gtest/gtest.h>

#include "engine/engine.hpp"
#include "support/tiny_dataset.hpp"

namespace {

using namespace kiemtra;
using namespace kiemtra::core;

using kiemtra::test::tiny_dataset;

/// Emits `count` findings on the cell (or on no organization), or throws.
class FakeRule final : public Rule {
 public:
  FakeRule(int count, bool on_cell, bool throws) : count_(count), on_cell_(on_cell), throws_(throws) {}
  void check(const RunContext& ctx, FindingSink& out) const override {
    for (int i = 0; i < count_; ++i) {
      Finding f;
      f.org = on_cell_ ? 1 : kNone;
      const std::string key = "S" + std::to_string(count_ - i);  // emitted out of order on purpose
      f.discriminator = key;
      f.say("m", {});
      out.emit(f);
    }
    (void)ctx;
    if (throws_) throw std::runtime_error("boom in check");
  }

 private:
  int count_;
  bool on_cell_;
  bool throws_;
};

LoadedRule make_rule(const std::string& id, int count, bool on_cell = true, bool throws = false) {
  LoadedRule r;
  r.meta.id = id;
  r.meta.default_severity = Severity::warning;
  r.meta.editions.push_back({});
  r.meta.messages = {{"m", {}, "m", "m"}};
  r.rule = std::make_shared<FakeRule>(count, on_cell, throws);
  r.plugin = "fake";
  return r;
}

Config config_for(const std::vector<LoadedRule>& rules) {
  Config c;
  for (const auto& r : rules) {
    RuleSettings s;
    s.severity = r.meta.default_severity;
    s.params.editions = r.meta.editions;
    c.rules[r.meta.id] = s;
  }
  return c;
}

RunOptions options(int jobs = 1) {
  RunOptions o;
  o.as_of = Date::from_ymd(2019, 9, 30);
  o.jobs = jobs;
  return o;
}

TEST(Engine, StampsRuleIdAndAttachesOrganizationlessFindingsToTheRoot) {
  const Dataset d = tiny_dataset();
  const std::vector<LoadedRule> rules = {make_rule("a/one", 1, false)};
  const auto result = run_rules(d, rules, config_for(rules), options());
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].rule_id(), "a/one");
  EXPECT_EQ(result.findings[0].org(), 0u);
  EXPECT_EQ(result.findings[0].severity(), Severity::warning);
}

TEST(Engine, ProfileSeverityOverrideReplacesTheRulesSeverity) {
  const Dataset d = tiny_dataset();
  const std::vector<LoadedRule> rules = {make_rule("a/one", 2)};
  Config c = config_for(rules);
  c.rules["a/one"].severity = Severity::info;
  c.rules["a/one"].severity_overridden = true;
  const auto result = run_rules(d, rules, c, options());
  ASSERT_EQ(result.findings.size(), 2u);
  for (const auto& f : result.findings) EXPECT_EQ(f.severity(), Severity::info);
}

TEST(Engine, DisabledAndUnselectedRulesDoNotRun) {
  const Dataset d = tiny_dataset();
  const std::vector<LoadedRule> rules = {make_rule("a/one", 1), make_rule("b/two", 1), make_rule("b/three", 1)};
  Config c = config_for(rules);
  c.rules["b/three"].enabled = false;
  RunOptions o = options();
  o.rule_globs = {"b/*"};
  const auto result = run_rules(d, rules, c, o);
  EXPECT_EQ(result.rules_run, std::vector<std::string>{"b/two"});
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].rule_id(), "b/two");
}

TEST(Engine, AThrowingRuleIsReportedAndTheOthersStillRun) {
  const Dataset d = tiny_dataset();
  const std::vector<LoadedRule> rules = {make_rule("a/boom", 3, true, true), make_rule("b/fine", 2)};
  const auto result = run_rules(d, rules, config_for(rules), options(2));
  ASSERT_EQ(result.failures.size(), 1u);
  EXPECT_EQ(result.failures[0].rule_id, "a/boom");
  EXPECT_EQ(result.failures[0].plugin, "fake");
  EXPECT_EQ(result.failures[0].message, "boom in check");
  ASSERT_EQ(result.findings.size(), 2u);  // the failed rule's partial findings are dropped
  for (const auto& f : result.findings) EXPECT_EQ(f.rule_id(), "b/fine");
}

TEST(Engine, AFailureOfTheProgressCallbackOnAThreadReachesTheCaller) {
  // Thrown on a rule thread it would end the process (std::terminate) instead of reaching `validate`.
  const Dataset d = tiny_dataset();
  std::vector<LoadedRule> rules;
  for (int i = 0; i < 8; ++i) rules.push_back(make_rule("r/rule-" + std::to_string(i), 1));
  RunOptions o = options(2);
  o.on_rule_done = [](std::size_t done, std::size_t) {
    if (done == 3) throw std::runtime_error("standard error closed");
  };
  EXPECT_THROW(run_rules(d, rules, config_for(rules), o), std::runtime_error);
}

TEST(Engine, OrderIsTreeThenSeverityThenRuleThenSubjectWhateverTheJobs) {
  const Dataset d = tiny_dataset();
  std::vector<LoadedRule> rules;
  for (int i = 0; i < 12; ++i) rules.push_back(make_rule("r/rule-" + std::to_string(i), 5, i % 2 == 0));
  const Config c = config_for(rules);
  const auto one = run_rules(d, rules, c, options(1));
  const auto four = run_rules(d, rules, c, options(4));
  ASSERT_EQ(one.findings.size(), 60u);
  ASSERT_EQ(one.findings.size(), four.findings.size());
  for (std::size_t i = 0; i < one.findings.size(); ++i) {
    EXPECT_EQ(one.findings[i].rule_id(), four.findings[i].rule_id());
    EXPECT_EQ(one.findings[i].discriminator(), four.findings[i].discriminator());
  }
  // Root findings (rules with odd i) come before the cell's; subjects ascend within a rule.
  EXPECT_EQ(one.findings[0].org(), 0u);
  EXPECT_EQ(one.findings[one.findings.size() - 1].org(), 1u);
  EXPECT_EQ(one.findings[0].discriminator(), "S1");
  EXPECT_EQ(one.findings[1].discriminator(), "S2");
}

// A finding on a table read from a workbook names the sheet and the cell as Excel does (issue 14); a CSV table
// keeps file:line:column.
TEST(FindingLocation, AWorkbookTableNamesTheSheetAndTheCell) {
  auto data = test::tiny_dataset();
  data.members.file = "/data/bo-du-lieu/members.xlsx:Danh sách";
  data.dues.file = "/data/bo-du-lieu/dues.csv";
  RuleMeta meta;
  meta.id = "t/where";
  meta.messages = {{"m", {}, "ở đây", "here"}};
  Findings store(data);
  store.add_rule({meta.id, "t", &meta, nullptr});
  const auto add = [&](TableId table, std::uint32_t line, std::uint32_t column) {
    Finding f;
    f.org = 1;
    f.at(table, line, column);
    f.say("m", {});
    store.add(0, f, Severity::error);
    return store[store.size() - 1].location();
  };
  EXPECT_EQ(add(TableId::members, 12, 3), "members.xlsx:Danh sách!C12");
  EXPECT_EQ(add(TableId::members, 6, 8), "members.xlsx:Danh sách!H6");
  EXPECT_EQ(add(TableId::members, 7, 28), "members.xlsx:Danh sách!AB7");
  EXPECT_EQ(add(TableId::members, 9, 16384), "members.xlsx:Danh sách!XFD9");
  EXPECT_EQ(add(TableId::members, 5, 0), "members.xlsx:Danh sách!5:5");
  EXPECT_EQ(add(TableId::dues, 4, 2), "dues.csv:4:2");
}

}  // namespace

namespace {

using namespace kiemtra;
using namespace kiemtra::core;

TEST(FindingsStore, APhraseKeepsItsEnglishUpTo65535BytesAndARuleWithALongerOneFails) {
  const Dataset data;
  RuleMeta meta;
  meta.id = "t/phrase";
  meta.messages = {{"m", {"what"}, "{what}", "{what}"}};
  Findings store(data);
  store.add_rule({meta.id, "t", &meta, nullptr});
  const std::string longest(kMaxPhraseBytes, 'e');
  Finding f;
  f.say("m", {phrase("vi", longest)});
  store.add(0, f, Severity::error);
  ASSERT_EQ(store.size(), 1u);
  EXPECT_EQ(store[0].message("en"), longest);
  EXPECT_EQ(store[0].message("vi"), "vi");
  const std::string longer(kMaxPhraseBytes + 1, 'e');
  Finding g;
  g.say("m", {phrase("vi", longer)});
  EXPECT_THROW(store.add(0, g, Severity::error), std::logic_error);
  EXPECT_EQ(store.size(), 1u);
}

}  // namespace

namespace {

using namespace kiemtra;
using namespace kiemtra::core;

TEST(FindingsStore, SortIsByOrganizationSeverityRuleSubjectMonthThenDiscriminatorAndStable) {
  Dataset data;  // no tree: every organization sorts alike
  data.members.rows.resize(3);
  RuleMeta meta;
  meta.id = "t/order";
  meta.messages = {{"m", {"n"}, "{n}", "{n}"}};
  Findings store(data);
  store.add_rule({meta.id, "t", &meta, nullptr});
  const auto add = [&](int n, Severity s, std::uint32_t subject, Month month, std::string_view discriminator) {
    Finding f;
    f.subject_kind = SubjectKind::member;
    f.subject = subject;
    f.month = month;
    f.discriminator = discriminator;
    f.severity = static_cast<std::int8_t>(s);
    f.say("m", {n});
    store.add(0, f, Severity::error);
  };
  add(0, Severity::info, 1, Month{}, "");
  add(1, Severity::error, 2, Month::of(2024, 3), "b");
  add(2, Severity::error, 2, Month::of(2024, 3), "a");
  add(3, Severity::error, 2, Month{}, "");
  add(4, Severity::error, 1, Month::of(2024, 1), "");
  add(5, Severity::warning, 0, Month{}, "");
  add(6, Severity::error, 2, Month::of(2024, 3), "a");  // ties with 2: after it, as added
  add(7, Severity::error, 2, Month::of(2023, 12), "");
  store.sort();
  std::string order;
  for (std::size_t i = 0; i < store.size(); ++i) order += store[i].message("en");
  EXPECT_EQ(order, "43726150");
}

}  // namespace
