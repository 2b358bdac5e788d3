// kiemtra-csv-split: how fast the CSV splitter alone goes through a file already in memory, one thread, best of
// several passes; the part of reading that owes nothing to the rows built or to fresh memory
// (docs/performance.md). `kiemtra-csv-split dues.csv [PASSES]`.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>

#include "dataset/csv_parser.hpp"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: kiemtra-csv-split FILE [PASSES]\n");
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "kiemtra-csv-split: cannot read %s\n", argv[1]);
    return 2;
  }
  const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  const int passes = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
  double best = 1e30;
  std::size_t records = 0, fields = 0;
  for (int k = 0; k < passes; ++k) {
    const auto start = std::chrono::steady_clock::now();
    kiemtra::core::dataset::CsvCursor cur(text.data(), text.data() + text.size());
    records = fields = 0;
    while (cur.next()) {
      ++records;
      fields += cur.cells().size();
    }
    const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
    best = std::min(best, took.count());
  }
  std::printf("%zu bytes, %zu records, %zu fields: best of %d passes %.3f s, %.0f MB/s, %.1f ns a field\n", text.size(),
              records, fields, passes, best, static_cast<double>(text.size()) / best / 1e6,
              best * 1e9 / static_cast<double>(fields));
  return 0;
}
