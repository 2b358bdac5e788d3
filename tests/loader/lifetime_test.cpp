// Rules keep their library loaded; metadata and descriptor strings are copies the core owns.
#include <dlfcn.h>
#include <gtest/gtest.h>

#include "kiemtra/version.hpp"
#include "loader/loader.hpp"
#include "loader/loader_test_util.hpp"

namespace kiemtra::test {
namespace {

namespace fs = std::filesystem;

/// Whether the library at `path` is mapped in this process (RTLD_NOLOAD never loads it).
bool is_loaded(const fs::path& path) {
  void* handle = ::dlopen(path.c_str(), RTLD_NOW | RTLD_NOLOAD);
  if (!handle) return false;
  ::dlclose(handle);  // NOLOAD still took a reference
  return true;
}

/// Params as the engine would fill them: the rule's editions with every declared parameter set.
Params filled(const RuleMeta& meta, std::int64_t count) {
  Params p;
  for (Edition e : meta.editions) {
    e.values = {{"count", count}};
    p.editions.push_back(std::move(e));
  }
  return p;
}

TEST(Lifetime, RuleKeepsItsLibraryLoadedAfterThePluginSetIsGone) {
  const fs::path lib = plugin_file("good");
  ASSERT_FALSE(is_loaded(lib)) << "another test left the library loaded";
  std::optional<core::LoadedRule> kept;
  {
    core::PluginSet set = core::load_plugins({plugin_case("good")});
    const core::LoadedRule* r = rule_with(set, "testgood/root-finding");
    ASSERT_NE(r, nullptr);
    kept = *r;
  }
  ASSERT_TRUE(is_loaded(lib));

  Dataset data;
  data.name = "demo";
  Calendar calendar;
  const Params params = filled(kept->meta, 1);
  CollectingSink sink(data, kept->meta, &params);
  kept->rule->check(RunContext{data, Date{}, params, calendar}, sink);
  ASSERT_EQ(sink.findings.size(), 1u);
  EXPECT_EQ(kept->meta.default_severity, Severity::warning);
  EXPECT_EQ(sink.findings[0].severity(), Severity::warning);
  EXPECT_EQ(sink.findings[0].org(), kNone);
  EXPECT_EQ(sink.findings[0].citation().document, "Quy định thử nghiệm");

  // The rule is gone before the finding is rendered: its message and its text live in the core.
  kept->rule.reset();
  EXPECT_FALSE(is_loaded(lib));
  EXPECT_EQ(sink.findings[0].message_en(), "Test finding on the root of the dataset 'demo'");

  // The last rule gone, the library goes too; its metadata (a core copy) is still readable.
  EXPECT_EQ(kept->meta.title_en, "Test finding on the dataset root");
  EXPECT_EQ(kept->meta.editions.at(0).citation.text(), "Quy định thử nghiệm, Điều 1");
}

TEST(Lifetime, RefusedPluginIsUnloaded) {
  const fs::path lib = plugin_file("factory-throws");
  { const core::PluginSet set = core::load_plugins({plugin_case("factory-throws")}); }
  EXPECT_FALSE(is_loaded(lib));
}

TEST(Lifetime, ParametersReachTheRule) {
  const core::PluginSet set = core::load_plugins({plugin_case("good")});
  const core::LoadedRule* r = rule_with(set, "testgood/root-finding");
  ASSERT_NE(r, nullptr);
  Dataset data;
  Calendar calendar;
  const Params params = filled(r->meta, 3);
  CollectingSink sink(data, r->meta, &params);
  r->rule->check(RunContext{data, Date{}, params, calendar}, sink);
  ASSERT_EQ(sink.findings.size(), 3u);
  EXPECT_EQ(sink.findings[2].discriminator(), "3");
}

TEST(Metadata, DescriptorAndRuleMetadataAreCopiedFaithfully) {
  const core::PluginSet set = core::load_plugins({plugin_case("good")});
  ASSERT_EQ(set.plugins.size(), 1u);
  const core::PluginInfo& p = set.plugins[0];
  EXPECT_TRUE(p.loaded);
  EXPECT_TRUE(p.error.en.empty());
  EXPECT_TRUE(p.error.vi.empty());
  EXPECT_EQ(p.path, plugin_file("good"));
  EXPECT_EQ(p.name, "testgood");
  EXPECT_EQ(p.version, "1.2.3");
  EXPECT_EQ(p.sdk_version, KIEMTRA_SDK_VERSION_STRING);
  EXPECT_EQ(p.abi_version, static_cast<std::uint32_t>(KIEMTRA_ABI_VERSION));
  EXPECT_EQ(p.toolchain, KIEMTRA_TOOLCHAIN_TAG);
  EXPECT_EQ(p.rule_ids, (std::vector<std::string>{"testgood/root-finding", "testgood/silent"}));

  const core::LoadedRule* r = rule_with(set, "testgood/root-finding");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->plugin, "testgood");
  EXPECT_EQ(r->meta.family(), "testgood");
  EXPECT_EQ(r->meta.title_vi, "Phát hiện thử nghiệm trên gốc dữ liệu");
  EXPECT_EQ(r->meta.title_en, "Test finding on the dataset root");
  EXPECT_EQ(r->meta.description_en, "Always reports one finding attached to the dataset root; for tests.");
  EXPECT_EQ(r->meta.default_severity, Severity::warning);
  ASSERT_EQ(r->meta.params.size(), 1u);
  EXPECT_EQ(r->meta.params[0].name, "count");
  EXPECT_EQ(r->meta.params[0].type, ParamType::integer);
  EXPECT_EQ(std::get<std::int64_t>(r->meta.params[0].default_value), 1);
  ASSERT_EQ(r->meta.editions.size(), 1u);
  EXPECT_FALSE(r->meta.editions[0].from.valid());
  EXPECT_EQ(rule_with(set, "testgood/silent")->meta.default_severity, Severity::error);
}

TEST(Metadata, RulesAreSortedByIdAcrossPlugins) {
  // Plugins stay in search order; rules are sorted by id whatever plugin they come from.
  const core::PluginSet set = core::load_plugins({plugin_case("rule-throws"), plugin_case("good")});
  ASSERT_EQ(set.plugins.size(), 2u);
  EXPECT_EQ(set.plugins[0].name, "testthrow");
  EXPECT_EQ(set.plugins[1].name, "testgood");
  EXPECT_EQ(rule_ids(set),
            (std::vector<std::string>{"testgood/root-finding", "testgood/silent", "testthrow/explodes"}));
  EXPECT_EQ(rule_with(set, "testthrow/explodes")->plugin, "testthrow");
}

}  // namespace
}  // namespace kiemtra::test
