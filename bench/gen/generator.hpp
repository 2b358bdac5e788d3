// The synthetic dataset generator: options in, a dataset directory and a summary out.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "kiemtra/date.hpp"

namespace kiemtra::bench {

struct GenOptions {
  std::uint64_t members = 550'000;  ///< live members to write (planted violations aside)
  std::filesystem::path out;
  std::uint64_t seed = 1;
  Date as_of = Date::from_ymd(2019, 9, 30);
  /// Share of the entities of each planted kind that get a violation (0.001 = 0.1 %).
  double violations = 0.001;
  /// Share of all payments made in the first ten days of the following month (dues/late-payment findings),
  /// as real exports have them: 0 for clean data, 0.03 with --dirty.
  double late_share = 0;
};

/// What was written: one entry per file, and the violations planted, by kind.
struct GenSummary {
  struct File {
    std::string name;
    std::uint64_t rows = 0;
    std::uint64_t bytes = 0;
  };
  std::vector<File> files;
  std::map<std::string, std::uint64_t> planted;
  std::map<std::string, std::uint64_t> org_kinds;  ///< organizations written, by kind
};

/// Writes the dataset directory `options.out` (created if missing). Throws
/// std::runtime_error when a file cannot be written.
GenSummary generate(const GenOptions& options);

}  // namespace kiemtra::bench
