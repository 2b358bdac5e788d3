// Isolated runs in the engine: findings cross the pipe intact, a rule that aborts loses only its own
// findings, workers are reused across plugins, and the wire format round-trips every field.
#include <gtest/gtest.h>
#include <unistd.h>

#include <csignal>
#include <cstdlib>
#include <set>

#include "engine/engine.hpp"
#include "engine/finding_wire.hpp"
#include "engine/jobs.hpp"
#include "kiemtra/builders.hpp"
#include "loader/message_format.hpp"
#include "support/tiny_dataset.hpp"

namespace {

using namespace kiemtra;
using namespace kiemtra::core;

class Emits final : public Rule {
 public:
  explicit Emits(bool aborts) : aborts_(aborts) {}
  void check(const RunContext& ctx, FindingSink& out) const override {
    if (aborts_) std::abort();
    Finding f = about_org(ctx, 1);
    f.discriminator = "2019-08";
    f.at(TableId::members, 3, 4);
    f.say("m", {"v", phrase("thông điệp", "message"), money(1250000), Date::from_ymd(2019, 8, 5)});
    out.emit(f);
  }

 private:
  bool aborts_;
};

LoadedRule rule(const std::string& id, const std::string& plugin, bool aborts) {
  LoadedRule r;
  r.meta.id = id;
  r.meta.editions.push_back({});
  r.meta.messages = {{"m", {"k", "_what", "paid", "on"}, "{_what}: {paid} ngày {on}", "{_what}: {paid} on {on}"}};
  r.rule = std::make_shared<Emits>(aborts);
  r.plugin = plugin;
  return r;
}

Config config_for(const std::vector<LoadedRule>& rules) {
  Config c;
  for (const auto& r : rules) {
    RuleSettings s;
    s.params.editions = r.meta.editions;
    c.rules[r.meta.id] = s;
  }
  return c;
}

TEST(Isolation, FindingsCrossThePipeAndAnAbortCostsOnlyTheRuleRunning) {
  auto data = test::tiny_dataset();
  data.members.file = "data/members.csv";
  const std::vector<LoadedRule> rules = {rule("bad/a-first", "bad", false), rule("bad/b-aborts", "bad", true),
                                         rule("bad/c-after", "bad", false), rule("good/x", "good", false)};
  RunOptions o;
  o.as_of = Date::from_ymd(2019, 9, 30);
  o.isolate = true;
  o.jobs = 2;
  const RunResult r = run_rules(data, rules, config_for(rules), o);
  ASSERT_EQ(r.crashes.size(), 1u);
  EXPECT_EQ(r.crashes[0].plugin, "bad");
  EXPECT_EQ(r.crashes[0].rule, "bad/b-aborts");
  EXPECT_EQ(r.crashes[0].signal, SIGABRT);
  EXPECT_EQ(r.crashes[0].lost_rules, (std::vector<std::string>{"bad/b-aborts"}));
  // The rule after it in the same plugin runs in a new worker.
  ASSERT_EQ(r.findings.size(), 3u);  // bad/a-first, bad/c-after and good/x
  EXPECT_EQ(r.findings[0].rule_id(), "bad/a-first");
  EXPECT_EQ(r.findings[0].message_vi(), "thông điệp: 1.250.000 đ ngày 05/08/2019");
  EXPECT_EQ(r.findings[0].message_en(), "message: 1,250,000 VND on 2019-08-05");
  EXPECT_EQ(r.findings[0].discriminator(), "2019-08");
  EXPECT_EQ(r.findings[0].location(), "members.csv:3:4");
  ASSERT_EQ(r.findings[0].evidence().size(), 3u);
  EXPECT_EQ(r.findings[0].evidence()[0].value, "v");
  EXPECT_EQ(r.findings[1].rule_id(), "bad/c-after");
  EXPECT_EQ(r.findings[2].rule_id(), "good/x");
}

/// Names the process it ran in.
class SaysPid final : public Rule {
 public:
  void check(const RunContext& ctx, FindingSink& out) const override {
    Finding f = about_org(ctx, 1);
    const std::string pid = std::to_string(::getpid());
    f.discriminator = pid;
    out.emit(f.say("m", {pid, phrase("a", "a"), money(1), Date::from_ymd(2019, 8, 5)}));
  }
};

TEST(Isolation, EachWorkerRunsRuleAfterRuleOfAnyPlugin) {
  auto data = test::tiny_dataset();
  std::vector<LoadedRule> rules;
  for (const std::string plugin : {"p", "q", "r"})
    for (const std::string name : {"a", "b", "c"}) {
      LoadedRule r = rule(plugin + "/" + name, plugin, false);
      r.rule = std::make_shared<SaysPid>();
      rules.push_back(std::move(r));
    }
  for (const int jobs : {1, 2}) {
    RunOptions o;
    o.as_of = Date::from_ymd(2019, 9, 30);
    o.isolate = true;
    o.jobs = jobs;
    const RunResult r = run_rules(data, rules, config_for(rules), o);
    EXPECT_TRUE(r.crashes.empty());
    ASSERT_EQ(r.findings.size(), rules.size());
    std::set<std::string> pids;
    for (std::size_t i = 0; i < r.findings.size(); ++i) pids.insert(std::string(r.findings[i].discriminator()));
    EXPECT_EQ(pids.count(std::to_string(::getpid())), 0u) << "a rule ran in the parent";
    EXPECT_GE(pids.size(), 1u);
    EXPECT_LE(pids.size(), static_cast<std::size_t>(jobs)) << "one worker per job, not one per plugin";
  }
}

TEST(Isolation, ASmallDatasetGetsOneWorkerALargeOneAWorkerPerJob) {
  // A province's rules run in a few milliseconds: a second worker's fork costs more than it saves.
  auto data = test::tiny_dataset();
  EXPECT_EQ(engine_detail::isolated_workers(2, data), 1u);
  EXPECT_EQ(engine_detail::isolated_workers(0, data), 1u);
  std::vector<LoadedRule> rules;
  for (const std::string name : {"a", "b", "c", "d"}) {
    LoadedRule r = rule("p/" + name, "p", false);
    r.rule = std::make_shared<SaysPid>();
    rules.push_back(std::move(r));
  }
  const auto workers_seen = [&](const Dataset& d) {
    RunOptions o;
    o.as_of = Date::from_ymd(2019, 9, 30);
    o.isolate = true;
    o.jobs = 2;
    const RunResult r = run_rules(d, rules, config_for(rules), o);
    EXPECT_TRUE(r.crashes.empty());
    EXPECT_EQ(r.findings.size(), rules.size());
    std::set<std::string> pids;
    for (std::size_t i = 0; i < r.findings.size(); ++i) pids.insert(std::string(r.findings[i].discriminator()));
    return pids.size();
  };
  EXPECT_EQ(workers_seen(data), 1u);
  // Rows of any table count: here payments bring the dataset to the bound.
  data.dues.rows.resize(engine_detail::kRowsForSecondWorker - data.organizations.size() - data.members.size() -
                        data.meetings.size() - data.attendance.size() - data.committees.size() -
                        data.candidates.size() - data.transfers.size() - data.events.size() - data.ratings.size());
  EXPECT_EQ(engine_detail::isolated_workers(2, data), 2u);
  EXPECT_EQ(engine_detail::isolated_workers(1, data), 1u);
  EXPECT_EQ(engine_detail::isolated_workers(4, data), 4u);
  // Both workers start with a rule each before either is given a second one.
  EXPECT_EQ(workers_seen(data), 2u);
  data.dues.rows.pop_back();
  EXPECT_EQ(engine_detail::isolated_workers(2, data), 1u);
}

/// Never returns: the parent stops its worker after the rule's time limit.
class Hangs final : public Rule {
 public:
  void check(const RunContext&, FindingSink&) const override {
    for (;;) ::pause();
  }
};

TEST(Isolation, ARuleSentAheadToAWorkerThatHangsRunsInTheNextWorkerOnItsOwnClock) {
  // A lone worker is sent its next rule before it answers: the rule behind a hanging one never started, so it
  // is neither lost nor timed out with it, and its own time counts from when it starts in a new worker.
  auto data = test::tiny_dataset();
  std::vector<LoadedRule> rules = {rule("h/a-hangs", "h", false), rule("h/b-after", "h", false),
                                   rule("h/c-last", "h", false)};
  rules[0].rule = std::make_shared<Hangs>();
  RunOptions o;
  o.as_of = Date::from_ymd(2019, 9, 30);
  o.isolate = true;
  o.jobs = 2;
  o.rule_timeout = 0.5;
  ASSERT_EQ(engine_detail::isolated_workers(o.jobs, data), 1u);
  const RunResult r = run_rules(data, rules, config_for(rules), o);
  ASSERT_EQ(r.crashes.size(), 1u);
  EXPECT_EQ(r.crashes[0].rule, "h/a-hangs");
  EXPECT_TRUE(r.crashes[0].timed_out);
  EXPECT_EQ(r.crashes[0].lost_rules, (std::vector<std::string>{"h/a-hangs"}));
  ASSERT_EQ(r.findings.size(), 2u);
  EXPECT_EQ(r.findings[0].rule_id(), "h/b-after");
  EXPECT_EQ(r.findings[1].rule_id(), "h/c-last");
}

/// Emits `count` findings, one message each.
class Many final : public Rule {
 public:
  explicit Many(std::size_t count) : count_(count) {}
  void check(const RunContext& ctx, FindingSink& out) const override {
    for (std::size_t i = 0; i < count_; ++i) {
      Finding f = about_org(ctx, 1);
      const std::string key = std::to_string(i);  // a finding holds views: the text must outlive the emit
      f.discriminator = key;
      out.emit(f.say("m", {std::string("v"), phrase("a", "a"), money(1), Date::from_ymd(2019, 8, 5)}));
    }
  }

 private:
  std::size_t count_;
};

LoadedRule many(const std::string& id, const std::string& plugin, std::size_t count) {
  LoadedRule r = rule(id, plugin, false);
  r.rule = std::make_shared<Many>(count);
  return r;
}

TEST(Isolation, ARulePastItsFindingsOrBytesLimitFailsAloneInAChildOrInProcess) {
  auto data = test::tiny_dataset();
  const std::vector<LoadedRule> rules = {many("p/at-limit", "p", 100), many("p/past-limit", "p", 101),
                                         many("q/fine", "q", 3)};
  for (const bool isolate : {true, false}) {
    RunOptions o;
    o.as_of = Date::from_ymd(2019, 9, 30);
    o.isolate = isolate;
    o.max_findings_per_rule = 100;
    const RunResult r = run_rules(data, rules, config_for(rules), o);
    EXPECT_TRUE(r.crashes.empty()) << isolate;
    ASSERT_EQ(r.failures.size(), 1u) << isolate;
    EXPECT_EQ(r.failures[0].rule_id, "p/past-limit");
    EXPECT_NE(r.failures[0].message.find("limit of 100 findings"), std::string::npos) << r.failures[0].message;
    EXPECT_EQ(r.findings.size(), 103u) << isolate;
    // The bytes limit alike.
    o.max_findings_per_rule = kMaxFindingsPerRule;
    o.max_bytes_per_rule = 2000;
    const RunResult b = run_rules(data, rules, config_for(rules), o);
    EXPECT_EQ(b.failures.size(), 2u) << isolate;  // 100 findings take more than 2000 bytes
    EXPECT_EQ(b.findings.size(), 3u) << isolate;
  }
}

TEST(Isolation, TheLimitsGrowWithTheDatasetAboveTheFixedFloor) {
  // A province keeps the fixed limits; the nation (73 M rows) lets dues/late-payment report its ~2 M
  // late payments, and a flood is still stopped at one finding per 16 rows.
  EXPECT_EQ(rule_limits_for(0).findings, kMaxFindingsPerRule);
  EXPECT_EQ(rule_limits_for(0).bytes, kMaxBytesPerRule);
  EXPECT_EQ(rule_limits_for(7'300'000).findings, kMaxFindingsPerRule);
  EXPECT_EQ(rule_limits_for(7'300'000).bytes, kMaxBytesPerRule);
  const RuleLimits nation = rule_limits_for(73'438'791);
  EXPECT_EQ(nation.findings, 73'438'791u / 16);
  EXPECT_GT(nation.findings, 2'100'000u);
  EXPECT_EQ(nation.bytes, nation.findings * 256);
}

TEST(Isolation, EveryTableCountsInADatasetsRowsAttendanceIncluded) {
  // The limits and the workers count the same rows; a congress year's attendance (a row per member and
  // meeting) is most of some datasets, and a rule may report on each of its rows.
  auto data = test::tiny_dataset();
  const std::size_t before = dataset_rows(data);
  EXPECT_EQ(before, data.organizations.size() + data.members.size() + data.dues.size() + data.candidates.size() +
                        data.committees.size() + data.transfers.size() + data.events.size() + data.ratings.size() +
                        data.meetings.size() + data.attendance.size());
  data.attendance.rows.resize(data.attendance.size() + 3);
  data.meetings.rows.resize(data.meetings.size() + 2);
  data.ratings.rows.resize(data.ratings.size() + 1);
  EXPECT_EQ(dataset_rows(data), before + 6);
}

TEST(Wire, AFrameLongerThanTheLimitIsRefusedBeforeItsBodyArrives) {
  std::string buf;
  wire::put_done(buf, 1, true, std::string(5000, 'x'));
  const std::string head = buf.substr(0, 8);  // the length and a little: the rest has not come yet
  std::size_t at = 0;
  EXPECT_FALSE(wire::take(head, at));
  EXPECT_THROW(wire::take(head, at, 4096), std::runtime_error);
}

TEST(Wire, RoundTripsCompactRecords) {
  const auto data = test::tiny_dataset();
  RuleMeta meta;
  meta.id = "t/wire";
  meta.editions.push_back({});
  meta.messages = {{"m", {"who", "text", "when"}, "{who}: {text} {when}", "{who}: {text} {when}"}};
  Findings sent(data);
  sent.add_rule({meta.id, "t", &meta, nullptr});
  Finding f;
  f.org = 1;
  f.subject = 1;
  f.discriminator = "d";
  f.name = "tên";
  f.at(TableId::dues, 2, 3);
  const std::string text("en\0with nul", 11);  // alive until the finding is added, as a rule's own text must be
  f.say("m", {organization(0), text, Month::of(2019, 8)});
  sent.add(0, f, Severity::warning);
  std::string buf;
  wire::put_started(buf, 3);
  wire::put_findings(buf, 3, sent);
  wire::put_done(buf, 3, true, "boom");
  std::size_t at = 0;
  const std::string partial = buf.substr(0, buf.size() - 1);
  std::size_t p = 0;
  ASSERT_TRUE(wire::take(partial, p));
  ASSERT_TRUE(wire::take(partial, p));
  EXPECT_FALSE(wire::take(partial, p));  // the last message is not complete yet
  EXPECT_EQ(wire::take(buf, at)->kind, wire::Kind::started);
  const auto m = wire::take(buf, at);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->job, 3u);
  Findings got(data);
  got.add_rule({meta.id, "t", &meta, nullptr});
  got.append_raw(m->records, m->args, m->pool);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].org(), 1u);
  EXPECT_EQ(got[0].severity(), Severity::warning);
  EXPECT_EQ(got[0].subject_name(), "tên");
  EXPECT_EQ(got[0].discriminator(), "d");
  EXPECT_EQ(got[0].message_en(), sent[0].message_en());
  EXPECT_NE(got[0].message_en().find(std::string("with nul")), std::string::npos);
  const auto done = wire::take(buf, at);
  EXPECT_TRUE(done->failed);
  EXPECT_EQ(done->error, "boom");
  EXPECT_EQ(at, buf.size());
}

TEST(Wire, RecordsThatNameRowsOrTextOutsideTheirBatchAreRefused) {
  const auto data = test::tiny_dataset();
  RuleMeta meta;
  meta.id = "t/wire";
  meta.messages = {{"m", {"x"}, "{x}", "{x}"}};
  Findings store(data);
  store.add_rule({meta.id, "t", &meta, nullptr});
  FindingRecord r;
  r.nargs = 1;
  std::string unused;
  ArgValue v;
  v.type = Arg::Type::text;
  v.value = 0;
  v.len = 100;  // past the end of a 3-byte pool
  StoredArg a = StoredArg::make(v, unused);
  EXPECT_THROW(store.append_raw(std::span(&r, 1), std::span(&a, 1), "abc"), std::runtime_error);
  v.type = Arg::Type::member;
  v.len = 0;
  v.value = 1000;  // no such member row
  a = StoredArg::make(v, unused);
  EXPECT_THROW(store.append_raw(std::span(&r, 1), std::span(&a, 1), ""), std::runtime_error);
  r.org = 99;  // no such organization
  v.type = Arg::Type::integer;
  a = StoredArg::make(v, unused);
  EXPECT_THROW(store.append_raw(std::span(&r, 1), std::span(&a, 1), ""), std::runtime_error);
  EXPECT_EQ(store.size(), 0u);
}

TEST(Wire, ManySmallBatchesGrowTheStoreGeometrically) {
  // Each batch reserved exactly its own room once, so every batch copied the whole store (quadratic).
  const auto data = test::tiny_dataset();
  RuleMeta meta;
  meta.id = "t/batches";
  meta.messages = {{"m", {"x"}, "{x}", "{x}"}};
  Findings store(data);
  store.add_rule({meta.id, "t", &meta, nullptr});
  FindingRecord r;
  r.nargs = 1;
  std::string unused;
  ArgValue v;
  v.value = 7;
  const StoredArg a = StoredArg::make(v, unused);
  int record_moves = 0, arg_moves = 0;
  const void* records_at = nullptr;
  const void* args_at = nullptr;
  for (int batch = 0; batch < 4000; ++batch) {
    store.append_raw(std::span(&r, 1), std::span(&a, 1), "");
    record_moves += store.records().data() != records_at;
    arg_moves += store.args().data() != args_at;
    records_at = store.records().data();
    args_at = store.args().data();
  }
  ASSERT_EQ(store.size(), 4000u);
  EXPECT_EQ(store.arg(store.args().size() - 1).value, 7);
  EXPECT_EQ(store.records().back().args, 3999u);
  EXPECT_LE(record_moves, 20);
  EXPECT_LE(arg_moves, 20);
}

TEST(Findings, AMessageNotDeclaredOrWithTheWrongArgumentsFailsTheEmit) {
  const auto data = test::tiny_dataset();
  RuleMeta meta;
  meta.id = "t/m";
  meta.messages = {{"m", {"x"}, "{x}", "{x} {x:item|items}"}};
  Findings store(data);
  store.add_rule({meta.id, "t", &meta, nullptr});
  Finding f;
  f.say("other", {1});
  EXPECT_THROW(store.add(0, f, Severity::error), std::logic_error);
  f.say("m", {1, 2});
  EXPECT_THROW(store.add(0, f, Severity::error), std::logic_error);
  f.say("m", {1});
  store.add(0, f, Severity::error);
  f.say("m", {2});
  store.add(0, f, Severity::error);
  EXPECT_EQ(store[0].message_en(), "1 item");
  EXPECT_EQ(store[1].message_en(), "2 items");
}

TEST(MessageFormats, PlaceholdersMustNameDeclaredArguments) {
  RuleMeta meta;
  meta.id = "t/m";
  meta.messages = {{"m", {"x"}, "{y}", "{x}"}};
  EXPECT_NE(check_messages(meta).find("'{y}'"), std::string::npos);
  meta.messages = {{"m", {"x"}, "{x", "{x}"}};
  EXPECT_NE(check_messages(meta), "");
  meta.messages = {{"m", {"x"}, "{{x}} {x}", "{x}"}};
  EXPECT_EQ(check_messages(meta), "");
}
}  // namespace
