// Isolated runs in the engine: findings cross the pipe intact, a rule that aborts loses only its plugin's
// unfinished rules, and the wire format round-trips every field.
#include <gtest/gtest.h>

#include <csignal>
#include <cstdlib>

#include "engine/engine.hpp"
#include "engine/finding_wire.hpp"
#include "support/tiny_dataset.hpp"

namespace {

using namespace kiemtra;
using namespace kiemtra::core;

class Emits final : public Rule {
 public:
  explicit Emits(bool aborts) : aborts_(aborts) {}
  void check(const RunContext& ctx, FindingSink& out) const override {
    if (aborts_) std::abort();
    Finding f;
    f.severity = ctx.severity;
    f.org = 1;
    f.subject_id = "S1";
    f.message_vi = "thông điệp";
    f.message_en = "message";
    f.evidence = {{"k", "v"}};
    f.discriminator = "2019-08";
    f.location = "members.csv:3:4";
    out.emit(std::move(f));
  }

 private:
  bool aborts_;
};

LoadedRule rule(const std::string& id, const std::string& plugin, bool aborts) {
  LoadedRule r;
  r.meta.id = id;
  r.meta.editions.push_back({});
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

TEST(Isolation, FindingsCrossThePipeAndAnAbortCostsOnlyItsPlugin) {
  const auto data = test::tiny_dataset();
  const std::vector<LoadedRule> rules = {rule("bad/a-first", "bad", false), rule("bad/b-aborts", "bad", true),
                                         rule("bad/c-never", "bad", false), rule("good/x", "good", false)};
  RunOptions o;
  o.as_of = Date::from_ymd(2019, 9, 30);
  o.isolate = true;
  o.jobs = 2;
  const RunResult r = run_rules(data, rules, config_for(rules), o);
  ASSERT_EQ(r.crashes.size(), 1u);
  EXPECT_EQ(r.crashes[0].plugin, "bad");
  EXPECT_EQ(r.crashes[0].rule, "bad/b-aborts");
  EXPECT_EQ(r.crashes[0].signal, SIGABRT);
  EXPECT_EQ(r.crashes[0].lost_rules, (std::vector<std::string>{"bad/b-aborts", "bad/c-never"}));
  ASSERT_EQ(r.findings.size(), 2u);  // bad/a-first and good/x
  EXPECT_EQ(r.findings[0].rule_id, "bad/a-first");
  EXPECT_EQ(r.findings[0].message_vi, "thông điệp");
  EXPECT_EQ(r.findings[0].location, "members.csv:3:4");
  EXPECT_EQ(r.findings[1].rule_id, "good/x");
}

TEST(Wire, RoundTripsEveryField) {
  Finding f;
  f.severity = Severity::warning;
  f.org = 7;
  f.subject_kind = SubjectKind::payment;
  f.subject_id = "DV1/2019-08";
  f.subject_name = "Nguyễn Văn An";
  f.message_vi = "vi";
  f.message_en = std::string("en\0with nul", 11);
  f.citation = {"Điều lệ", "Điều 1"};
  f.discriminator = "d";
  f.location = "dues.csv:2:3";
  f.evidence = {{"a", "1"}, {"b", ""}};
  std::string buf;
  wire::put_started(buf, 3);
  wire::put_finding(buf, 3, f);
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
  EXPECT_EQ(m->finding.org, 7u);
  EXPECT_EQ(m->finding.subject_kind, SubjectKind::payment);
  EXPECT_EQ(m->finding.message_en, f.message_en);
  EXPECT_EQ(m->finding.citation.article, "Điều 1");
  ASSERT_EQ(m->finding.evidence.size(), 2u);
  EXPECT_EQ(m->finding.evidence[0].value, "1");
  const auto done = wire::take(buf, at);
  EXPECT_TRUE(done->failed);
  EXPECT_EQ(done->error, "boom");
  EXPECT_EQ(at, buf.size());
}

}  // namespace
