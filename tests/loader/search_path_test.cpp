// Where plugins are searched, and which files of a search-path entry are loaded.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "loader/loader.hpp"
#include "loader/loader_test_util.hpp"
#include "support/cli.hpp"

namespace kiemtra::test {
namespace {

namespace fs = std::filesystem;
using core::load_plugins;
using core::plugin_search_path;

/// An install-like tree: <root>/bin (the executable's folder) and <root>/lib/kiemtra/plugins.
struct InstallTree {
  fs::path root;
  fs::path bin;
  fs::path builtin;
  explicit InstallTree(const std::string& name, bool with_builtin = true)
      : root(temp_dir(name)), bin(root / "bin"), builtin(root / "lib" / "kiemtra" / "plugins") {
    fs::create_directories(bin);
    if (with_builtin) fs::create_directories(builtin);
  }
};

TEST(SearchPath, BuiltinThenPluginsOptionThenEnvironment) {
  InstallTree tree("search-order");
  const fs::path env_a = temp_dir("search-order-env-a"), env_b = temp_dir("search-order-env-b");
  const fs::path missing_env = tree.root / "no-such-env-folder";
  const fs::path extra1 = tree.root / "extra1", extra2 = tree.root / "extra2";
  ScopedEnv env("KIEMTRA_PLUGIN_PATH", ":" + env_a.string() + "::" + missing_env.string() + ":" + env_b.string() + ":");

  const auto dirs = plugin_search_path(tree.bin, {extra1, extra2});

  // Built-in first, then --plugins in the order given (kept although missing, so they get reported),
  // then the environment's existing entries; empty and missing environment entries are dropped.
  EXPECT_EQ(dirs, (std::vector<fs::path>{tree.builtin, extra1, extra2, env_a, env_b}));
}

TEST(SearchPath, BuiltinFolderIsNormalizedFromTheExecutableFolder) {
  InstallTree tree("search-normal");
  ScopedEnv env("KIEMTRA_PLUGIN_PATH", std::nullopt);
  const auto dirs = plugin_search_path(tree.bin, {});
  ASSERT_EQ(dirs.size(), 1u);
  EXPECT_EQ(dirs[0], tree.builtin);
  EXPECT_EQ(dirs[0].string().find(".."), std::string::npos) << dirs[0];
}

TEST(SearchPath, MissingBuiltinFolderIsSkippedButAMissingPluginsOptionIsKept) {
  InstallTree tree("search-missing", /*with_builtin=*/false);
  ScopedEnv env("KIEMTRA_PLUGIN_PATH", std::nullopt);
  const fs::path missing = tree.root / "typo";
  EXPECT_EQ(plugin_search_path(tree.bin, {missing}), (std::vector<fs::path>{missing}));
  EXPECT_TRUE(plugin_search_path(tree.bin, {}).empty());
}

TEST(SearchPath, BuildTreeHasTheInstalledLayout) {
  // build/bin/kiemtra finds build/lib/kiemtra/plugins, where the built-in plugins are built.
  ScopedEnv env("KIEMTRA_PLUGIN_PATH", std::nullopt);
  const auto dirs = plugin_search_path(binary_dir() / "bin", {});
  ASSERT_EQ(dirs.size(), 1u);
  EXPECT_EQ(dirs[0], (binary_dir() / "lib" / "kiemtra" / "plugins").lexically_normal());
}

TEST(LoadPlugins, MissingPluginsPathIsReportedAndOthersStillLoad) {
  const fs::path missing = temp_dir("load-missing") / "no-such-folder";
  const auto set = load_plugins({missing, plugin_case("good")});

  ASSERT_EQ(set.plugins.size(), 2u);
  const auto& bad = set.plugins[0];
  EXPECT_EQ(bad.path, missing);
  EXPECT_FALSE(bad.loaded);
  EXPECT_NE(bad.error.en.find("' was not found: check the path given to --plugins."), std::string::npos)
      << bad.error.en;
  EXPECT_NE(bad.error.en.find(missing.string()), std::string::npos) << bad.error.en;
  EXPECT_NE(bad.error.en.find("--plugins"), std::string::npos) << bad.error.en;
  EXPECT_NE(bad.error.vi.find("Không tìm thấy"), std::string::npos) << bad.error.vi;
  EXPECT_NE(bad.error.vi.find(missing.string()), std::string::npos) << bad.error.vi;
  EXPECT_TRUE(set.plugins[1].loaded);
  EXPECT_FALSE(set.all_loaded());
}

TEST(LoadPlugins, FolderLoadsItsSoFilesSortedByNameNotRecursively) {
  const fs::path dir = temp_dir("load-folder");
  fs::copy_file(plugin_file("good"), dir / "m_good.so");
  fs::copy_file(plugin_file("wrong-abi"), dir / "b_abi.so");
  fs::copy_file(plugin_file("rule-throws"), dir / "z_throw.so");
  fs::create_directories(dir / "sub");
  fs::copy_file(plugin_file("newer-sdk"), dir / "sub" / "a_nested.so");
  std::ofstream(dir / "README.txt") << "not a plugin, and not named *.so\n";
  fs::copy_file(plugin_file("newer-sdk"), dir / "kiemtra_testsdk.so.1");

  const auto set = load_plugins({dir});

  std::vector<fs::path> paths;
  for (const auto& p : set.plugins) paths.push_back(p.path);
  EXPECT_EQ(paths, (std::vector<fs::path>{dir / "b_abi.so", dir / "m_good.so", dir / "z_throw.so"}));
  EXPECT_EQ(rule_ids(set),
            (std::vector<std::string>{"testgood/root-finding", "testgood/silent", "testthrow/explodes"}));
}

TEST(LoadPlugins, EntryMayNameOneLibraryFile) {
  const auto set = load_plugins({plugin_file("good")});
  ASSERT_EQ(set.plugins.size(), 1u);
  EXPECT_TRUE(set.plugins[0].loaded) << set.plugins[0].error.en;
  EXPECT_EQ(set.plugins[0].path, plugin_file("good"));
  EXPECT_TRUE(set.all_loaded());
}

TEST(LoadPlugins, SameFileReachedTwiceIsOnePlugin) {
  // e.g. --plugins naming the built-in folder again: the same library, not a second copy.
  const auto set = load_plugins({plugin_case("good"), plugin_case("good"), plugin_file("good")});
  ASSERT_EQ(set.plugins.size(), 1u);
  EXPECT_TRUE(set.plugins[0].loaded);
  EXPECT_EQ(set.rules.size(), 2u);
}

TEST(LoadPlugins, EmptyFolderLoadsNothingAndIsNotAnError) {
  const auto set = load_plugins({temp_dir("load-empty")});
  EXPECT_TRUE(set.plugins.empty());
  EXPECT_TRUE(set.rules.empty());
  EXPECT_TRUE(set.all_loaded());
}

TEST(SearchPath, RelativeEnvironmentEntriesAreNeverSearched) {
  // "." or "plugins" in KIEMTRA_PLUGIN_PATH would search the current folder, often the dataset's own.
  InstallTree tree("search-relative");
  const fs::path abs = temp_dir("search-relative-abs");
  const fs::path cwd = fs::current_path();
  fs::current_path(tree.root);
  fs::create_directories(tree.root / "plugins");
  ScopedEnv env("KIEMTRA_PLUGIN_PATH", ".:plugins:" + abs.string());
  const auto dirs = plugin_search_path(tree.bin, {});
  fs::current_path(cwd);
  EXPECT_EQ(dirs, (std::vector<fs::path>{tree.builtin, abs}));
}

TEST(LoadPlugins, FolderWritableByOthersIsRefusedWithTheFix) {
  const fs::path dir = temp_dir("load-world-writable");
  fs::copy_file(plugin_file("good"), dir / "good.so");
  fs::permissions(dir, fs::perms::others_write, fs::perm_options::add);

  const auto set = load_plugins({dir});

  ASSERT_EQ(set.plugins.size(), 1u);
  EXPECT_EQ(set.plugins[0].path, dir);
  EXPECT_FALSE(set.plugins[0].loaded);
  EXPECT_TRUE(set.rules.empty());
  const auto& e = set.plugins[0].error;
  EXPECT_NE(e.en.find("The plugin folder '" + dir.string() + "' is writable by other users"), std::string::npos) << e.en;
  EXPECT_NE(e.en.find("chmod go-w '" + dir.string() + "'"), std::string::npos) << e.en;
  EXPECT_NE(e.vi.find("Thư mục plugin '" + dir.string() + "' cho phép người dùng khác ghi"), std::string::npos) << e.vi;
  fs::permissions(dir, fs::perms::others_write, fs::perm_options::remove);
}

TEST(LoadPlugins, LibraryWritableByOthersIsRefusedAndTheOthersLoad) {
  const fs::path dir = temp_dir("load-world-writable-file");
  fs::copy_file(plugin_file("good"), dir / "a_open.so");
  fs::copy_file(plugin_file("rule-throws"), dir / "b_fine.so");
  fs::permissions(dir / "a_open.so", fs::perms::others_write, fs::perm_options::add);

  const auto set = load_plugins({dir});

  const auto* open = info_at(set, dir / "a_open.so");
  ASSERT_NE(open, nullptr);
  EXPECT_FALSE(open->loaded);
  EXPECT_NE(open->error.en.find("The plugin file '" + (dir / "a_open.so").string() + "' is writable by other users"),
            std::string::npos)
      << open->error.en;
  const auto* fine = info_at(set, dir / "b_fine.so");
  ASSERT_NE(fine, nullptr);
  EXPECT_TRUE(fine->loaded) << fine->error.en;
  EXPECT_EQ(rule_ids(set), (std::vector<std::string>{"testthrow/explodes"}));

  // Named directly, the same file is refused too.
  const auto direct = load_plugins({dir / "a_open.so"});
  ASSERT_EQ(direct.plugins.size(), 1u);
  EXPECT_FALSE(direct.plugins[0].loaded);
  EXPECT_NE(direct.plugins[0].error.en.find("chmod go-w"), std::string::npos) << direct.plugins[0].error.en;
}

}  // namespace
}  // namespace kiemtra::test
