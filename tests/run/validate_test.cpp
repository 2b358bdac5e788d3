// The run as a library: waivers, fingerprints and the history comparison, without the command line.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <set>
#include <unistd.h>

#include "kiemtra/builders.hpp"
#include "run/validate.hpp"
#include "support/tiny_dataset.hpp"

namespace {

using namespace kiemtra;
using namespace kiemtra::core;
namespace fs = std::filesystem;

/// One finding per name in `subjects`, on the cell, told apart by the discriminator.
class Names final : public Rule {
 public:
  explicit Names(std::vector<std::string> subjects) : subjects_(std::move(subjects)) {}
  void check(const RunContext& ctx, FindingSink& out) const override {
    for (const auto& s : subjects_) {
      Finding f = about_org(ctx, 1);
      f.discriminator = s;
      out.emit(f.say("m", {s}));
    }
  }

 private:
  std::vector<std::string> subjects_;
};

struct RunSetup {
  Dataset data = test::tiny_dataset();
  PluginSet plugins;
  Config config;

  explicit RunSetup(std::vector<std::string> subjects) {
    LoadedRule r;
    r.meta.id = "t/names";
    r.meta.default_severity = Severity::error;
    r.meta.editions.push_back({Date{}, {"Điều lệ", "Điều 1"}, {}});
    r.meta.messages = {{"m", {"name"}, "Tên {name}", "Name {name}"}};
    r.rule = std::make_shared<Names>(std::move(subjects));
    r.plugin = "t";
    plugins.rules.push_back(r);
    RuleSettings s;
    s.severity = Severity::error;
    s.params.editions = r.meta.editions;
    config.rules[r.meta.id] = s;
  }
  Validation run(const fs::path& history = {}, int jobs = 1) {
    ValidateRequest q;
    q.run.as_of = Date::from_ymd(2019, 9, 30);
    q.run.jobs = jobs;
    q.history = history;
    return validate(data, plugins, config, q);
  }
};

fs::path temp_file(const char* name) {
  const fs::path p = fs::temp_directory_path() / (std::string(name) + "-" + std::to_string(::getpid()) + ".sqlite");
  fs::remove(p);
  return p;
}

TEST(Validate, EveryFindingHasItsFingerprintAndTheyDiffer) {
  RunSetup s({"a", "b", "a"});  // the second "a" is told apart by its rank
  const Validation v = s.run();
  ASSERT_EQ(v.result.findings.size(), 3u);
  std::set<std::string> seen;
  for (const FindingRef f : v.result.findings) seen.insert(f.fingerprint());
  EXPECT_EQ(seen.size(), 3u);
  EXPECT_EQ(v.result.findings[0].message_en(), "Name a");
}

TEST(Validate, FingerprintsHashedOnSeveralThreadsAreThoseOfOneAndRankRepeatsInStoreOrder) {
  // Enough findings for every thread to hash a slice; one identity in seven is repeated up to three times.
  std::vector<std::string> names;
  for (int i = 0; i < 60000; ++i) names.push_back("n" + std::to_string(i % 7 == 0 ? i / 7 % 50 : i));
  RunSetup s(names);
  const Validation one = s.run({}, 1);
  const Validation two = s.run({}, 2);
  const Validation three = s.run({}, 3);  // the equal identities are looked for in four parts on three threads
  ASSERT_EQ(one.result.findings.size(), names.size());
  ASSERT_EQ(two.result.findings.size(), names.size());
  ASSERT_EQ(three.result.findings.size(), names.size());
  std::set<std::string> seen;
  for (std::size_t i = 0; i < names.size(); ++i) {
    EXPECT_EQ(one.result.findings[i].fingerprint(), two.result.findings[i].fingerprint()) << i;
    EXPECT_EQ(one.result.findings[i].fingerprint(), three.result.findings[i].fingerprint()) << i;
    seen.insert(one.result.findings[i].fingerprint());
  }
  EXPECT_EQ(seen.size(), names.size());
  // The first of equal identities keeps the plain hash: it is the hash of a store where it is alone.
  RunSetup alone({"n3"});
  const Validation a = alone.run();
  std::size_t first = names.size();
  for (std::size_t i = 0; i < names.size() && first == names.size(); ++i)
    if (one.result.findings[i].discriminator() == "n3") first = i;
  ASSERT_LT(first, names.size());
  EXPECT_EQ(one.result.findings[first].fingerprint(), a.result.findings[0].fingerprint());
}

TEST(Validate, AWaiverCoversItsFindingsAndAnUnusedOneIsReported) {
  RunSetup s({"a", "b"});
  Waiver used{"t/*", "C", "", "đã biết", "Văn phòng", Date::from_ymd(2030, 1, 1), "w.yaml", 3};
  Waiver unused{"x/*", "C", "", "cũ", "Ai đó", Date::from_ymd(2030, 1, 1), "w.yaml", 9};
  Waiver expired{"t/*", "C", "", "hết hạn", "Ai đó", Date::from_ymd(2019, 1, 1), "w.yaml", 12};
  s.config.waivers = {used, unused, expired};
  const Validation v = s.run();
  std::map<std::string, int> rules;
  for (const FindingRef f : v.result.findings) {
    ++rules[f.rule_id()];
    if (f.rule_id() == "t/names") {
      ASSERT_TRUE(f.waived());
      EXPECT_EQ(v.annotations.waiver_of(f)->line, 3);
    } else {
      EXPECT_FALSE(f.waived());  // the run's own findings are never waived
    }
  }
  EXPECT_EQ(rules["t/names"], 2);
  EXPECT_EQ(rules["engine/waiver-unused"], 1);
  EXPECT_EQ(rules["engine/waiver-expired"], 1);
  EXPECT_EQ(v.annotations.count_waived(), 2u);
  EXPECT_EQ(v.annotations.waiver_uses, (std::vector<std::size_t>{2, 0, 0}));
}

TEST(Validate, TheHistoryTellsNewUnchangedAndFixed) {
  const fs::path file = temp_file("kiemtra-validate-history");
  {
    RunSetup s({"a", "b"});
    Validation first = s.run(file);
    EXPECT_EQ(first.annotations.count_new(), 2u);
    EXPECT_FALSE(first.annotations.previous);
    record_run(first, s.data, 1);
  }
  RunSetup s({"b", "c"});
  Validation second = s.run(file);
  ASSERT_TRUE(second.annotations.previous);
  EXPECT_EQ(second.annotations.count_new(), 1u);
  EXPECT_EQ(second.annotations.count_unchanged(), 1u);
  ASSERT_EQ(second.annotations.fixed.size(), 1u);
  EXPECT_EQ(second.annotations.fixed[0].message_en, "Name a");
  for (const FindingRef f : second.result.findings)
    EXPECT_EQ(f.baseline(), f.message_en() == "Name b" ? Baseline::unchanged : Baseline::fresh);
  record_run(second, s.data, 1);
  fs::remove(file);
}

}  // namespace
