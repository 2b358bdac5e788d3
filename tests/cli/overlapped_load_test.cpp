// Loading the plugins while a small dataset is read: which datasets are overlapped, that no trial process is
// forked while the reader runs (the first before it starts, a second after it ends), and that errors keep the
// order of a run without overlap.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <stdexcept>

#include "cli/overlapped_load.hpp"
#include "support/cli.hpp"

namespace {

using kiemtra::test::run_cli;
using kiemtra::test::temp_dir;
using ::testing::HasSubstr;
namespace fs = std::filesystem;
using namespace kiemtra;
using namespace kiemtra::core;

void write(const fs::path& p, const std::string& text) { std::ofstream(p, std::ios::binary) << text; }

TEST(OverlappedLoad, OnlySmallLocalDatasetsWithoutADatabaseAreReadWhileThePluginsLoad) {
  const fs::path small = temp_dir("overlap-small");
  write(small / "dataset.yaml", "name: x\n");
  write(small / "members.csv", "id,org_id\n");
  EXPECT_TRUE(cli::overlap_worth_it(small.string()));

  const fs::path database = temp_dir("overlap-database");
  write(database / "dataset.yaml", "database:\n  sqlite: dangvien.db\n");
  EXPECT_FALSE(cli::overlap_worth_it(database.string()));
  EXPECT_FALSE(cli::overlap_worth_it((database / "dataset.yaml").string()));

  const fs::path big = temp_dir("overlap-big");
  write(big / "dataset.yaml", "name: x\n");
  write(big / "dues.csv", "");
  fs::resize_file(big / "dues.csv", std::uintmax_t{33} << 20);  // sparse: 33 MB without writing them
  EXPECT_FALSE(cli::overlap_worth_it(big.string()));

  EXPECT_FALSE(cli::overlap_worth_it((small / "missing").string()));
  write(small / "book.xlsx", "PK");
  EXPECT_TRUE(cli::overlap_worth_it((small / "book.xlsx").string()));
}

TEST(OverlappedLoad, NoTrialProcessIsForkedWhileTheReaderRuns) {
  std::atomic<int> reading{0};  // 0 before, 1 during, 2 after
  std::atomic<bool> forked_while_reading{false};
  std::shared_ptr<const Dataset> data;
  std::exception_ptr read_error;
  const PluginSet plugins = cli::load_while_reading(
      [&](const TrialHooks* hooks) {
        // As the loader does: tell after the first fork, and wait before the next.
        if (reading != 0) forked_while_reading = true;
        hooks->forked_first();
        hooks->before_refork();
        if (reading != 2) forked_while_reading = true;
        PluginSet set;
        set.plugins.emplace_back();
        return set;
      },
      [&] {
        reading = 1;
        auto d = std::make_shared<Dataset>();
        reading = 2;
        return std::shared_ptr<const Dataset>(d);
      },
      data, read_error);
  EXPECT_FALSE(forked_while_reading);
  EXPECT_TRUE(data);
  EXPECT_FALSE(read_error);
  EXPECT_EQ(plugins.plugins.size(), 1u);
}

TEST(OverlappedLoad, ALoadingErrorIsThrownAndAReadingErrorIsLeftForTheCaller) {
  std::shared_ptr<const Dataset> data;
  std::exception_ptr read_error;
  bool read_ran = false;
  EXPECT_THROW(cli::load_while_reading([](const TrialHooks*) -> PluginSet { throw std::runtime_error("load"); },
                                       [&] {
                                         read_ran = true;
                                         return std::shared_ptr<const Dataset>(std::make_shared<Dataset>());
                                       },
                                       data, read_error),
               std::runtime_error);
  EXPECT_TRUE(read_ran);  // the reading started once the loader ended without forking

  const PluginSet plugins = cli::load_while_reading(
      [](const TrialHooks* hooks) {
        hooks->forked_first();
        return PluginSet{};
      },
      []() -> std::shared_ptr<const Dataset> { throw std::runtime_error("read"); }, data, read_error);
  ASSERT_TRUE(read_error);
  EXPECT_THROW(std::rethrow_exception(read_error), std::runtime_error);
}

TEST(OverlappedLoad, AnOptionsMistakeIsReportedBeforeAnUnreadableDataset) {
  const fs::path dir = temp_dir("overlap-order");
  write(dir / "organizations.csv", "id,parent_id,name,kind\nT,,Đảng bộ,cap_tren_co_so\n");
  write(dir / "members.csv", "id,org_id,full_name\n\"M1,T,An\n");  // an unterminated quote: the read fails
  const auto both = run_cli({"validate", dir.string(), "--lang", "en", "--rules", "nope/*"});
  EXPECT_EQ(both.exit_code, 2);
  EXPECT_THAT(both.err, HasSubstr("--rules 'nope/*' matches no loaded rule"));
  const auto read_only = run_cli({"validate", dir.string(), "--lang", "en"});
  EXPECT_EQ(read_only.exit_code, 2);
  EXPECT_THAT(read_only.err, HasSubstr("members.csv"));
}

}  // namespace
