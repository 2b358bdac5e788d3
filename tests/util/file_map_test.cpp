// FileMap: a regular file's bytes mapped, an empty file mapped to none, and anything else refused at once
// with the reason (the reader turns it into an error naming the file; the loader into "not a plugin").
#include "util/file_map.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace kiemtra::core {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

fs::path scratch(const std::string& name) {
  const fs::path dir = fs::temp_directory_path() / ("kiemtra-file-map-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const fs::path p = dir / name;
  fs::remove(p);
  return p;
}

TEST(FileMap, MapsARegularFilesBytesAndAnEmptyFileToNone) {
  const fs::path f = scratch("bytes.csv");
  std::ofstream(f, std::ios::binary) << "id,name\nDV01,An\n";
  FileMap m;
  Text reason;
  ASSERT_TRUE(m.open(f.string(), reason));
  EXPECT_EQ(m.bytes(), "id,name\nDV01,An\n");
  EXPECT_EQ(m.end(), m.data() + m.size());
  m.sequential();
  m.prefetch(m.data(), m.end());
  m.release(m.data(), m.end());  // dropped pages read back the same
  EXPECT_EQ(m.bytes(), "id,name\nDV01,An\n");

  const fs::path empty = scratch("empty.csv");
  std::ofstream(empty, std::ios::binary).flush();
  FileMap e;
  ASSERT_TRUE(e.open(empty.string(), reason));
  EXPECT_EQ(e.size(), 0u);
  EXPECT_TRUE(e.bytes().empty());
}

TEST(FileMap, AFifoADirectoryOrAMissingFileIsRefusedAtOnceWithTheReason) {
  const fs::path fifo = scratch("pipe.so");
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  FileMap m;
  Text reason;
  EXPECT_FALSE(m.open(fifo.string(), reason));  // did not wait for a writer
  EXPECT_THAT(reason.en, HasSubstr("is a pipe (FIFO), not a regular file"));
  EXPECT_FALSE(m.open(fifo.parent_path().string(), reason));
  EXPECT_THAT(reason.en, HasSubstr("is a directory"));
  EXPECT_FALSE(m.open((fifo.parent_path() / "absent.csv").string(), reason));
  EXPECT_THAT(reason.en, HasSubstr("no such file or directory"));
  EXPECT_TRUE(m.bytes().empty());
}

}  // namespace
}  // namespace kiemtra::core
