// Kiemtra's own built-in plugins load without a trial in a child; every other library is tried first, and the
// order of the plugin set is the search order either way.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "loader/internal.hpp"
#include "loader/loader.hpp"
#include "loader/loader_test_util.hpp"
#include "support/cli.hpp"

namespace kiemtra::test {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

fs::path builtin_dir() { return binary_dir() / "lib" / "kiemtra" / "plugins"; }

TEST(BuiltinTrust, EveryBuiltInPluginCarriesTheTokenOfThisBuildAndTestPluginsDoNot) {
  std::size_t builtins = 0;
  for (const auto& e : fs::directory_iterator(builtin_dir())) {
    if (e.path().extension() != ".so") continue;
    ++builtins;
    EXPECT_EQ(core::loader_detail::exported_text(e.path(), "kiemtra_builtin_token").size(), 32u) << e.path();
    EXPECT_TRUE(core::loader_detail::built_with_this_kiemtra(e.path())) << e.path();
  }
  EXPECT_GE(builtins, 7u);
  // Built with the SDK's kiemtra_add_plugin alone, as a plugin author builds one.
  EXPECT_EQ(core::loader_detail::exported_text(plugin_file("good"), "kiemtra_builtin_token"), "");
  EXPECT_FALSE(core::loader_detail::built_with_this_kiemtra(plugin_file("good")));
  EXPECT_FALSE(core::loader_detail::built_with_this_kiemtra(binary_dir() / "no-such-file.so"));
}

TEST(BuiltinTrust, BuiltInPluginsLoadUntriedAndOthersAfterATrialInSearchOrder) {
  const auto set = core::load_plugins({builtin_dir(), plugin_case("good"), plugin_case("static-crash")});
  ASSERT_GE(set.plugins.size(), 9u);
  const std::size_t n = set.plugins.size();
  for (std::size_t i = 0; i + 2 < n; ++i) {
    EXPECT_EQ(set.plugins[i].path.parent_path(), builtin_dir());
    EXPECT_TRUE(set.plugins[i].loaded) << set.plugins[i].error.en;
    EXPECT_FALSE(set.plugins[i].tried) << set.plugins[i].path;
  }
  EXPECT_EQ(set.plugins[n - 2].path, plugin_file("good"));
  EXPECT_TRUE(set.plugins[n - 2].loaded);
  EXPECT_TRUE(set.plugins[n - 2].tried);
  // The crashing library is still refused by its trial, with the built-in plugins loaded in this process.
  EXPECT_EQ(set.plugins[n - 1].path, plugin_file("static-crash"));
  EXPECT_FALSE(set.plugins[n - 1].loaded);
  EXPECT_TRUE(set.plugins[n - 1].tried);
  EXPECT_THAT(set.plugins[n - 1].error.en, HasSubstr("when loaded on trial in a separate process"));
}

TEST(BuiltinTrust, ATriedLibraryBeforeABuiltInOneKeepsItsPlace) {
  const fs::path dues = builtin_dir() / "kiemtra_dues.so";
  const auto set = core::load_plugins({plugin_case("good"), dues, plugin_case("noisy")});
  ASSERT_EQ(set.plugins.size(), 3u);
  EXPECT_EQ(set.plugins[0].path, plugin_file("good"));
  EXPECT_TRUE(set.plugins[0].tried);
  EXPECT_EQ(set.plugins[1].path, dues);
  EXPECT_FALSE(set.plugins[1].tried);
  EXPECT_EQ(set.plugins[2].path, plugin_file("noisy"));
  EXPECT_TRUE(set.plugins[2].tried);
  for (const auto& p : set.plugins) EXPECT_TRUE(p.loaded) << p.error.en;
}

TEST(BuiltinTrust, ABuiltInPluginWithAnotherTokenIsTriedFirst) {
  // The same library with one character of its token changed, as one built in another tree would be.
  std::string bytes = slurp(builtin_dir() / "kiemtra_dues.so");
  const std::string token = core::loader_detail::exported_text(builtin_dir() / "kiemtra_dues.so", "kiemtra_builtin_token");
  ASSERT_EQ(token.size(), 32u);
  const std::size_t at = bytes.find(token);
  ASSERT_NE(at, std::string::npos);
  bytes[at] = bytes[at] == 'f' ? '0' : 'f';
  const fs::path dir = temp_dir("builtin-trust-other-token");
  const fs::path copy = dir / "kiemtra_dues.so";
  std::ofstream(copy, std::ios::binary) << bytes;
  fs::permissions(copy, fs::perms::owner_all | fs::perms::group_read | fs::perms::others_read);
  EXPECT_FALSE(core::loader_detail::built_with_this_kiemtra(copy));
  const auto set = core::load_plugins({copy});
  ASSERT_EQ(set.plugins.size(), 1u);
  EXPECT_TRUE(set.plugins[0].loaded) << set.plugins[0].error.en;
  EXPECT_TRUE(set.plugins[0].tried);
}

}  // namespace
}  // namespace kiemtra::test
