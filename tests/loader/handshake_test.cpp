// Each broken plugin is refused with a sentence naming both values, its path and what to do; the good one loads.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <elf.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <string>

#include "kiemtra/version.hpp"
#include "loader/loader.hpp"
#include "loader/loader_test_util.hpp"
#include "support/cli.hpp"

namespace kiemtra::test {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

const std::string kSdk = KIEMTRA_SDK_VERSION_STRING;
const std::string kNextMajor = std::to_string(KIEMTRA_SDK_VERSION_MAJOR + 1) + ".0.0";
const std::string kToolchain = KIEMTRA_TOOLCHAIN_TAG;

/// Loads the good plugin together with the broken case `name`, checks the good one still loaded,
/// and returns the broken one's PluginInfo.
core::PluginInfo refused(const std::string& name) {
  const core::PluginSet set = core::load_plugins({plugin_case("good"), plugin_case(name)});
  EXPECT_EQ(set.plugins.size(), 2u);
  const core::PluginInfo* good = info_at(set, plugin_file("good"));
  EXPECT_TRUE(good && good->loaded) << (good ? good->error.en : "good plugin not listed");
  EXPECT_EQ(rule_ids(set), (std::vector<std::string>{"testgood/root-finding", "testgood/silent"}));
  EXPECT_FALSE(set.all_loaded());
  const core::PluginInfo* bad = info_at(set, plugin_file(name));
  if (!bad) {
    ADD_FAILURE() << name << " not listed";
    return {};
  }
  EXPECT_FALSE(bad->loaded);
  EXPECT_TRUE(bad->rule_ids.empty());
  EXPECT_FALSE(bad->error.en.empty());
  EXPECT_FALSE(bad->error.vi.empty());
  EXPECT_NE(bad->error.en, bad->error.vi);
  // Every message names the library it is about.
  EXPECT_THAT(bad->error.en, HasSubstr(plugin_file(name).string()));
  EXPECT_THAT(bad->error.vi, HasSubstr(plugin_file(name).string()));
  return *bad;
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

TEST(Handshake, WrongAbiNamesBothAbisAndTheSdkToRebuildWith) {
  const auto p = refused("wrong-abi");
  EXPECT_EQ(p.name, "testabi");
  EXPECT_EQ(p.abi_version, 999u);
  EXPECT_EQ(p.error.en, "The plugin 'testabi' (" + plugin_file("wrong-abi").string() +
                            ") was built for plugin ABI 999, but this kiemtra loads ABI " +
                            std::to_string(KIEMTRA_ABI_VERSION) + ": rebuild it against the kiemtra SDK " + kSdk + ".");
  EXPECT_THAT(p.error.vi, HasSubstr("ABI plugin 999"));
  EXPECT_THAT(p.error.vi, HasSubstr("chỉ nạp ABI " + std::to_string(KIEMTRA_ABI_VERSION)));
  EXPECT_THAT(p.error.vi, HasSubstr("hãy biên dịch lại plugin với SDK kiemtra " + kSdk));
}

TEST(Handshake, WrongToolchainNamesBothToolchains) {
  const auto p = refused("wrong-toolchain");
  EXPECT_EQ(p.toolchain, "msvc-19/msvc-stl");
  EXPECT_THAT(p.error.en, HasSubstr("The plugin 'testtoolchain'"));
  EXPECT_THAT(p.error.en, HasSubstr("built with the toolchain 'msvc-19/msvc-stl'"));
  EXPECT_THAT(p.error.en, HasSubstr("this kiemtra was built with '" + kToolchain + "'"));
  EXPECT_THAT(p.error.en, HasSubstr("rebuild it with the same compiler and C++ standard library as kiemtra."));
  EXPECT_THAT(p.error.vi, HasSubstr("'msvc-19/msvc-stl'"));
  EXPECT_THAT(p.error.vi, HasSubstr("'" + kToolchain + "'"));
  EXPECT_EQ(count(p.error.en, ". "), 0u) << "one sentence: " << p.error.en;
}

TEST(Handshake, OtherSdkMajorIsRefused) {
  const auto p = refused("newer-sdk");
  EXPECT_EQ(p.sdk_version, kNextMajor);
  EXPECT_THAT(p.error.en, HasSubstr("was built against kiemtra SDK " + kNextMajor + ", but this kiemtra provides SDK " + kSdk));
  EXPECT_THAT(p.error.en, HasSubstr("major version " + std::to_string(KIEMTRA_SDK_VERSION_MAJOR)));
  EXPECT_THAT(p.error.en, HasSubstr("rebuild it against the kiemtra SDK " + kSdk + "."));
  EXPECT_THAT(p.error.vi, HasSubstr("SDK kiemtra " + kNextMajor));
}

TEST(Handshake, NewerSdkMinorIsRefused) {
  const auto p = refused("newer-minor");
  const std::string theirs =
      std::to_string(KIEMTRA_SDK_VERSION_MAJOR) + "." + std::to_string(KIEMTRA_SDK_VERSION_MINOR + 1) + ".0";
  EXPECT_EQ(p.sdk_version, theirs);
  EXPECT_THAT(p.error.en, HasSubstr("SDK " + theirs + ", which is newer than this kiemtra's SDK " + kSdk));
  EXPECT_THAT(p.error.en, HasSubstr("upgrade kiemtra, or rebuild the plugin against the kiemtra SDK " + kSdk + "."));
  EXPECT_THAT(p.error.vi, HasSubstr("mới hơn SDK " + kSdk));
}

TEST(Handshake, SeveralMismatchesGiveOneSentenceEach) {
  const auto p = refused("all-wrong");
  EXPECT_EQ(count(p.error.en, "The plugin 'testallwrong'"), 3u) << p.error.en;
  EXPECT_EQ(count(p.error.vi, "Plugin 'testallwrong'"), 3u) << p.error.vi;
  EXPECT_THAT(p.error.en, HasSubstr("plugin ABI 999"));
  EXPECT_THAT(p.error.en, HasSubstr("built against kiemtra SDK " + kNextMajor));
  EXPECT_THAT(p.error.en, HasSubstr("toolchain 'msvc-19/msvc-stl'"));
}

TEST(Handshake, NullDescriptorStringsAreNotDereferenced) {
  const auto p = refused("null-strings");
  EXPECT_EQ(p.name, "");
  EXPECT_EQ(p.version, "");
  EXPECT_EQ(p.toolchain, "");
  EXPECT_THAT(p.error.en, HasSubstr("has no name in its descriptor: declare it with the KIEMTRA_PLUGIN macro"));
  EXPECT_THAT(p.error.en, HasSubstr("was built with no toolchain tag, but this kiemtra was built with '" + kToolchain));
}

TEST(Handshake, LibraryWithoutDescriptorIsRefusedWithoutBeingLoaded) {
  ScopedEnv marker("KIEMTRA_TEST_NODESC_LOADED", std::nullopt);
  const auto p = refused("missing-descriptor");
  EXPECT_EQ(p.name, "");
  EXPECT_THAT(p.error.en, HasSubstr("does not export the symbol 'kiemtra_plugin_descriptor', so it is not a kiemtra "
                                    "plugin: declare it with the KIEMTRA_PLUGIN macro"));
  EXPECT_THAT(p.error.vi, HasSubstr("không xuất ký hiệu 'kiemtra_plugin_descriptor'"));
  // The library sets this variable from a static initializer: it must never have run.
  EXPECT_EQ(std::getenv("KIEMTRA_TEST_NODESC_LOADED"), nullptr);
}

TEST(Handshake, TextFileNamedLikeALibraryIsRefusedPlainly) {
  const auto p = refused("not-a-library");
  EXPECT_EQ(p.error.en, "The file '" + plugin_file("not-a-library").string() +
                            "' is not a shared library: remove it from the plugin folder, or replace it with a plugin "
                            "built with the kiemtra SDK " +
                            kSdk + ".");
  EXPECT_THAT(p.error.vi, HasSubstr("không phải là thư viện dùng chung"));
}

TEST(Handshake, EmptyAndTruncatedFilesAreRefusedPlainly) {
  const fs::path dir = temp_dir("handshake-truncated");
  { std::ofstream(dir / "kiemtra_empty.so"); }
  {
    // The first kilobyte of a real plugin: an ELF header whose sections are gone.
    std::ifstream in(plugin_file("good"), std::ios::binary);
    std::string head(1024, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    std::ofstream(dir / "kiemtra_truncated.so", std::ios::binary) << head;
  }
  const auto set = core::load_plugins({dir});
  ASSERT_EQ(set.plugins.size(), 2u);
  for (const auto& p : set.plugins) {
    EXPECT_FALSE(p.loaded);
    EXPECT_THAT(p.error.en, HasSubstr(p.path.string()));
    EXPECT_THAT(p.error.en, ::testing::AnyOf(HasSubstr("is not a shared library"), HasSubstr("could not be loaded"),
                                             HasSubstr("does not export the symbol")));
  }
}

TEST(Handshake, ASectionDeclaringMoreThanTheFileHoldsIsRefusedWithoutAllocatingIt) {
  // A copy of the good plugin whose symbol tables say they are a terabyte long.
  const fs::path dir = temp_dir("handshake-huge-symtab");
  const fs::path file = dir / "kiemtra_huge.so";
  fs::copy_file(plugin_file("good"), file);
  std::fstream io(file, std::ios::binary | std::ios::in | std::ios::out);
  Elf64_Ehdr eh{};
  io.read(reinterpret_cast<char*>(&eh), sizeof eh);
  std::size_t patched = 0;
  for (std::uint16_t i = 0; i < eh.e_shnum; ++i) {
    Elf64_Shdr sh{};
    const auto at = static_cast<std::streamoff>(eh.e_shoff + i * sizeof(Elf64_Shdr));
    io.seekg(at);
    io.read(reinterpret_cast<char*>(&sh), sizeof sh);
    if (sh.sh_type != SHT_SYMTAB && sh.sh_type != SHT_DYNSYM) continue;
    sh.sh_size = std::uint64_t{1} << 40;
    io.seekp(at);
    io.write(reinterpret_cast<const char*>(&sh), sizeof sh);
    ++patched;
  }
  io.close();
  ASSERT_GT(patched, 0u);
  const auto set = core::load_plugins({dir});
  ASSERT_EQ(set.plugins.size(), 1u);
  EXPECT_FALSE(set.plugins[0].loaded);
  EXPECT_THAT(set.plugins[0].error.en, HasSubstr("is not a shared library"));
}

TEST(Handshake, ADescriptorSymbolThatIsAnIntIsRefusedUnloaded) {
  ScopedEnv marker("KIEMTRA_TEST_INTDESC_LOADED", std::nullopt);
  const auto p = refused("int-descriptor");
  EXPECT_THAT(p.error.en, HasSubstr("exports 'kiemtra_plugin_descriptor', but not as a plugin descriptor"));
  EXPECT_THAT(p.error.vi, HasSubstr("không phải là một bộ mô tả plugin"));
  EXPECT_EQ(std::getenv("KIEMTRA_TEST_INTDESC_LOADED"), nullptr);
}

TEST(Handshake, APluginThatCrashesInAStaticConstructorIsRefusedAndTheHostLives) {
  const auto set = core::load_plugins({plugin_case("static-crash"), plugin_case("good")});
  ASSERT_EQ(set.plugins.size(), 2u);
  const auto* bad = info_at(set, plugin_file("static-crash"));
  ASSERT_NE(bad, nullptr);
  EXPECT_FALSE(bad->loaded);
  // Under AddressSanitizer the child reports the signal and exits instead of dying of it.
  EXPECT_THAT(bad->error.en, ::testing::AnyOf(HasSubstr("crashed while loading (SIGSEGV)"),
                                              HasSubstr("crashed while loading (SIGABRT)"),  // ASan, abort_on_error
                                              HasSubstr("failed while loading (exit")));
  EXPECT_THAT(bad->error.en, HasSubstr("when loaded on trial in a separate process: kiemtra does not load it"));
  EXPECT_THAT(bad->error.vi, HasSubstr("khi được nạp thử trong một tiến trình riêng"));
  EXPECT_TRUE(info_at(set, plugin_file("good"))->loaded);
}

TEST(Handshake, APluginThatHangsInAStaticConstructorIsRefusedAtTheTimeLimit) {
  // The trial child is ended at the limit (1 s here; 60 s by default) and the host goes on with the others.
  ScopedEnv limit("KIEMTRA_PLUGIN_LOAD_TIMEOUT", "1");
  const auto start = std::chrono::steady_clock::now();
  const auto set = core::load_plugins({plugin_case("static-hang"), plugin_case("good")});
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(20));
  ASSERT_EQ(set.plugins.size(), 2u);
  const auto* bad = info_at(set, plugin_file("static-hang"));
  ASSERT_NE(bad, nullptr);
  EXPECT_FALSE(bad->loaded);
  EXPECT_THAT(bad->error.en, HasSubstr("did not finish loading within 1 seconds"));
  EXPECT_THAT(bad->error.vi, HasSubstr("không nạp xong trong 1 giây"));
  EXPECT_TRUE(info_at(set, plugin_file("good"))->loaded);
}

TEST(Handshake, OneTrialChildLoadsThemAllAndEachFailureIsRefusedAlone) {
  // The trial child loads the libraries in turn; the one that kills it and the one that hangs it are refused,
  // and a new child goes on from the next, so every good plugin around them still loads, in order.
  ScopedEnv limit("KIEMTRA_PLUGIN_LOAD_TIMEOUT", "1");
  const auto set = core::load_plugins({plugin_case("good"), plugin_case("static-crash"), plugin_case("noisy"),
                                       plugin_case("static-hang"), plugin_case("flood")});
  ASSERT_EQ(set.plugins.size(), 5u);
  const std::vector<std::pair<std::string, bool>> want = {
      {"good", true}, {"static-crash", false}, {"noisy", true}, {"static-hang", false}, {"flood", true}};
  for (std::size_t i = 0; i < want.size(); ++i) {
    EXPECT_EQ(set.plugins[i].loaded, want[i].second) << want[i].first << ": " << set.plugins[i].error.en;
    EXPECT_EQ(set.plugins[i].path.parent_path().filename(), want[i].first);
  }
  EXPECT_THAT(set.plugins[1].error.en, HasSubstr("when loaded on trial in a separate process"));
  EXPECT_THAT(set.plugins[3].error.en, HasSubstr("did not finish loading within 1 seconds"));
}

TEST(Handshake, UnresolvedSymbolFailsAtLoadWithTheLinkerReason) {
  // Loaded with RTLD_NOW: the missing function is reported now, not when a rule would call it mid-run.
  const auto p = refused("unresolved-symbol");
  EXPECT_THAT(p.error.en,
              HasSubstr("The library '" + plugin_file("unresolved-symbol").string() + "' could not be loaded ("));
  EXPECT_THAT(p.error.en, HasSubstr("undefined symbol: kiemtra_test_no_such_function"));
  EXPECT_THAT(p.error.en, HasSubstr("rebuild it, or install the libraries it needs."));
  EXPECT_THAT(p.error.vi, HasSubstr("Không nạp được thư viện"));
}

TEST(Handshake, ThrowingFactoryRefusesThePluginNamingTheRuleAndTheText) {
  const auto p = refused("factory-throws");
  EXPECT_EQ(p.name, "testfactory");
  EXPECT_THAT(p.error.en, HasSubstr("The plugin 'testfactory'"));
  EXPECT_THAT(p.error.en, HasSubstr("failed to create its rule 'testfactory/unbuildable' (boom in factory)"));
  EXPECT_THAT(p.error.vi, HasSubstr("không tạo được quy tắc 'testfactory/unbuildable' (boom in factory)"));
}

TEST(Handshake, ThrowingMetadataRefusesTheWholePlugin) {
  const core::PluginSet set = core::load_plugins({plugin_case("meta-throws")});
  ASSERT_EQ(set.plugins.size(), 1u);
  EXPECT_FALSE(set.plugins[0].loaded);
  // Its other, valid rule is not loaded either: a plugin is taken whole or not at all.
  EXPECT_TRUE(set.rules.empty());
  EXPECT_THAT(set.plugins[0].error.en, HasSubstr("failed while describing its rule number 2 (boom in metadata)"));
  EXPECT_THAT(set.plugins[0].error.en, HasSubstr("fix the rule's metadata() function."));
}

TEST(Handshake, RuleIdMustBeFamilySlashName) {
  const auto p = refused("bad-id");
  EXPECT_THAT(p.error.en, HasSubstr("declares a rule with the id 'NoSlash', which is not of the form family/name"));
  EXPECT_THAT(p.error.vi, HasSubstr("'NoSlash'"));
}

TEST(Handshake, PluginWhoseRuleThrowsInCheckStillLoads) {
  const core::PluginSet set = core::load_plugins({plugin_case("rule-throws")});
  ASSERT_EQ(set.plugins.size(), 1u);
  EXPECT_TRUE(set.plugins[0].loaded) << set.plugins[0].error.en;
  const core::LoadedRule* rule = rule_with(set, "testthrow/explodes");
  ASSERT_NE(rule, nullptr);
  Dataset data;
  Calendar calendar;
  Params params{rule->meta.editions};
  CollectingSink sink(data, rule->meta, &params);
  const RunContext ctx{data, Date{}, params, calendar};
  try {
    rule->rule->check(ctx, sink);
    ADD_FAILURE() << "check did not throw";
  } catch (const std::runtime_error& e) {
    EXPECT_STREQ(e.what(), "boom in check");
  }
}

TEST(Handshake, DuplicateRuleIdRefusesTheLaterPluginNamingTheFirst) {
  const core::PluginSet set = core::load_plugins({plugin_case("good"), plugin_case("duplicate-rule")});
  ASSERT_EQ(set.plugins.size(), 2u);
  EXPECT_TRUE(set.plugins[0].loaded);
  const auto& dup = set.plugins[1];
  EXPECT_EQ(dup.name, "testdup");
  EXPECT_FALSE(dup.loaded);
  EXPECT_THAT(dup.error.en, HasSubstr("declares the rule 'testgood/silent', which the plugin 'testgood' (" +
                                      plugin_file("good").string() + ") already provides"));
  EXPECT_EQ(rule_ids(set), (std::vector<std::string>{"testgood/root-finding", "testgood/silent"}));
  EXPECT_EQ(rule_with(set, "testgood/silent")->plugin, "testgood");
}

TEST(Handshake, SamePluginTwiceRefusesTheLaterNamingThePathOfTheFirst) {
  const fs::path copy = temp_dir("handshake-duplicate") / "kiemtra_testgood.so";
  fs::copy_file(plugin_file("good"), copy);
  const core::PluginSet set = core::load_plugins({plugin_case("good"), copy});
  ASSERT_EQ(set.plugins.size(), 2u);
  EXPECT_TRUE(set.plugins[0].loaded);
  EXPECT_FALSE(set.plugins[1].loaded);
  EXPECT_EQ(set.plugins[1].error.en, "The plugin 'testgood' (" + copy.string() + ") is already loaded from '" +
                                         plugin_file("good").string() +
                                         "': remove one of the two copies from the plugin search path.");
  EXPECT_EQ(set.rules.size(), 2u);
}

TEST(Handshake, StrippedPluginIsFoundThroughItsDynamicSymbols) {
  if (!fs::exists(plugin_case("stripped"))) GTEST_SKIP() << "no strip tool at configure time";
  const core::PluginSet set = core::load_plugins({plugin_case("stripped")});
  ASSERT_EQ(set.plugins.size(), 1u);
  EXPECT_TRUE(set.plugins[0].loaded) << set.plugins[0].error.en;
  EXPECT_EQ(set.rules.size(), 2u);
}

TEST(Handshake, EveryBrokenPluginInOneRunLeavesTheGoodOnesLoaded) {
  std::vector<fs::path> dirs{plugin_case("good"), plugin_case("rule-throws")};
  for (const char* name :
       {"wrong-abi", "wrong-toolchain", "newer-sdk", "newer-minor", "all-wrong", "null-strings", "missing-descriptor",
        "not-a-library", "factory-throws", "meta-throws", "bad-id", "duplicate-rule", "unresolved-symbol"})
    dirs.push_back(plugin_case(name));
  const core::PluginSet set = core::load_plugins(dirs);
  ASSERT_EQ(set.plugins.size(), dirs.size());
  std::vector<std::string> loaded;
  for (const auto& p : set.plugins) {
    if (p.loaded)
      loaded.push_back(p.name);
    else
      EXPECT_FALSE(p.error.en.empty()) << p.path;
  }
  EXPECT_EQ(loaded, (std::vector<std::string>{"testgood", "testthrow"}));
  EXPECT_EQ(rule_ids(set),
            (std::vector<std::string>{"testgood/root-finding", "testgood/silent", "testthrow/explodes"}));
}

}  // namespace
}  // namespace kiemtra::test
