// A finding's message and evidence written straight into JSON (only text that may need it escaped) are the
// escaped message and evidence, whatever the literal text and the arguments hold.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "engine/engine.hpp"
#include "kiemtra/builders.hpp"
#include "report/json_writer.hpp"
#include "support/tiny_dataset.hpp"

namespace {

using namespace kiemtra;
using namespace kiemtra::core;

class Emits final : public Rule {
 public:
  void check(const RunContext& ctx, FindingSink& out) const override {
    const std::vector<std::string> names = {"plain", "a \"quoted\" name", "tab\there\nnewline", "back\\slash",
                                            "broken \xC3 UTF-8", "Nguyễn Văn An"};
    for (std::size_t i = 0; i < names.size(); ++i) {
      Finding f = about_org(ctx, 1);
      f.discriminator = names[i];
      out.emit(f.say(i % 2 == 0 ? "quoted" : "plain",
                     {names[i], static_cast<int>(i), money(1250000 + static_cast<std::int64_t>(i)),
                      Date::from_ymd(2019, 8, 5), phrase("\"một\"", "one\x01"), number(95.25, 1)}));
    }
    Finding none = about_org(ctx, 1);
    none.discriminator = "optional";
    out.emit(none.say("plain", {"x", 1, money(2), Date{}, phrase("", ""), number(1, 0)}));
  }
};

TEST(FindingJson, MessageAndEvidenceWrittenDirectlyAreTheEscapedText) {
  auto data = test::tiny_dataset();
  LoadedRule r;
  r.meta.id = "t/json";
  r.meta.editions.push_back({});
  r.meta.messages = {
      {"quoted", {"name", "n", "paid", "on?", "_what", "rate"},
       "Tên \"{name}\": {n} lần, {paid} ngày {on} ({_what}) \\ {rate}%",
       "Name \"{name}\": {n:once|several \"times\"}, {paid} on {on} ({_what}) \\ {rate}%"},
      {"plain", {"name", "n", "paid", "on?", "_what", "rate"}, "Tên {name}: {n} lần, {paid} ngày {on} {rate}",
       "Name {name}: {n:once|several \"times\"}, {paid} on {on} {rate}"}};
  r.rule = std::make_shared<Emits>();
  r.plugin = "t";
  Config config;
  RuleSettings s;
  s.params.editions = r.meta.editions;
  config.rules[r.meta.id] = s;
  RunOptions o;
  o.as_of = Date::from_ymd(2019, 9, 30);
  const RunResult result = run_rules(data, {r}, config, o);
  ASSERT_EQ(result.failures.size(), 0u);
  ASSERT_EQ(result.findings.size(), 7u);
  for (const FindingRef f : result.findings) {
    for (const char* lang : {"vi", "en"}) {
      std::string direct = "\"";
      f.append_message_json(lang, direct, append_json_escaped);
      direct += '"';
      std::string escaped;
      append_json_string(f.message(lang), escaped);
      EXPECT_EQ(direct, escaped) << lang << ": " << f.message(lang);
    }
    std::string evidence;
    f.append_evidence_json(evidence, append_json_escaped);
    ASSERT_TRUE(nlohmann::json::accept(evidence)) << evidence;
    nlohmann::json expected = nlohmann::json::object();
    std::string escaped_keys = "{";
    for (const Evidence& e : f.evidence()) {
      std::string v;
      append_json_string(e.value, v);
      escaped_keys += (escaped_keys.size() > 1 ? "," : "") + std::string("\"") + e.key + "\":" + v;
    }
    EXPECT_EQ(evidence, escaped_keys + "}");
  }
}

}  // namespace
