// A report file is written around the page cache in whole blocks and its last partial block through the
// cache (report/output_file.cpp): whatever its size, the file holds exactly what was streamed.
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <string>

#include "report/output_file.hpp"
#include "support/cli.hpp"

namespace kiemtra::test {
namespace {

std::string content(std::size_t n, unsigned seed) {
  std::string s(n, '\0');
  std::uint32_t x = seed * 2654435761u + 1;
  for (char& c : s) {
    x = x * 1664525u + 1013904223u;
    c = static_cast<char>('a' + (x >> 24) % 26);
  }
  return s;
}

std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

TEST(OutputFile, EverySizeAroundTheBlocksAndTheBufferIsWrittenExactly) {
  const auto dir = temp_dir("output-direct");
  // A report goes direct once past 16 MB, from wherever the cache left its offset.
  const std::size_t block = 4096, buffer = std::size_t{4} << 20, direct_after = std::size_t{16} << 20;
  unsigned seed = 0;
  for (const std::size_t n : {std::size_t{0}, std::size_t{1}, block - 1, block, block + 1, 3 * block + 17, buffer - 1,
                              buffer, buffer + 1, 2 * buffer + block + 5, direct_after - 1, direct_after,
                              direct_after + 1, 10 * buffer + 123}) {
    const std::string want = content(n, ++seed);
    const auto file = dir / ("r" + std::to_string(n));
    std::ofstream(file) << "yesterday";
    // Written in pieces of odd sizes, with flushes between (a flush must not write a partial block directly).
    core::write_output_file(file.string(), [&](std::ostream& out) {
      for (std::size_t at = 0, piece = 1; at < n; at += piece, piece = piece * 3 % 100003 + 1) {
        out.write(want.data() + at, static_cast<std::streamsize>(std::min(piece, n - at)));
        if (piece % 7 == 0) out.flush();
      }
    });
    EXPECT_EQ(std::filesystem::file_size(file), n);
    EXPECT_TRUE(read_file(file) == want) << n;
  }
}

}  // namespace
}  // namespace kiemtra::test
