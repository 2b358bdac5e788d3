// measure_dataset and large_dataset: the bytes of a dataset's files before it is read, a manifest naming a
// database told apart, and the bound above which a run restarts with huge pages.
#include "dataset/dataset_size.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "support/cli.hpp"

namespace kiemtra::core::dataset {
namespace {

namespace fs = std::filesystem;
using Kind = DatasetSize::Kind;

void write(const fs::path& p, const std::string& text) { std::ofstream(p, std::ios::binary) << text; }

TEST(DatasetSize, SumsTheRegularFilesOfAFolderOrOneFile) {
  const fs::path dir = test::temp_dir("size-files");
  write(dir / "dataset.yaml", "name: x\n");
  write(dir / "members.csv", "id,org_id\nM1,T\n");
  fs::create_directories(dir / "notes");
  const DatasetSize folder = measure_dataset(dir.string(), std::uintmax_t{1} << 30);
  EXPECT_EQ(folder.kind, Kind::files);
  EXPECT_EQ(folder.bytes, 8u + 15u);
  const DatasetSize file = measure_dataset((dir / "members.csv").string(), 0);
  EXPECT_EQ(file.kind, Kind::files);
  EXPECT_EQ(file.bytes, 15u);
  EXPECT_EQ(measure_dataset((dir / "missing").string(), 0).kind, Kind::unknown);
}

TEST(DatasetSize, AManifestNamingADatabaseHasNoSize) {
  const fs::path dir = test::temp_dir("size-database");
  write(dir / "dataset.yaml", "database:\n  sqlite: dangvien.db\n");
  EXPECT_EQ(measure_dataset(dir.string(), 0).kind, Kind::database);
  EXPECT_EQ(measure_dataset((dir / "dataset.yaml").string(), 0).kind, Kind::database);
}

TEST(DatasetSize, LargeFrom128MegabytesOrADatabase) {
  const fs::path dir = test::temp_dir("size-large");
  write(dir / "dataset.yaml", "name: x\n");
  write(dir / "dues.csv", "");
  fs::resize_file(dir / "dues.csv", (std::uintmax_t{128} << 20) - 9);  // sparse: no megabyte is written
  EXPECT_FALSE(large_dataset(dir.string()));
  fs::resize_file(dir / "dues.csv", (std::uintmax_t{128} << 20) - 8);
  EXPECT_TRUE(large_dataset(dir.string()));
  EXPECT_FALSE(large_dataset((dir / "missing").string()));

  const fs::path database = test::temp_dir("size-large-database");
  write(database / "dataset.yaml", "database:\n  postgres: host=/tmp\n");
  EXPECT_TRUE(large_dataset(database.string()));
}

}  // namespace
}  // namespace kiemtra::core::dataset
