// How large a dataset is before it is read: the bytes of its files.
#pragma once

#include <cstdint>
#include <string>

namespace kiemtra::core::dataset {

/// A dataset's size as its files tell it.
struct DatasetSize {
  enum class Kind {
    files,     ///< a folder or a file: `bytes` is the sum of its regular files
    database,  ///< a manifest that may name a database: the size of its tables is not known before they are read
    unknown,   ///< the path cannot be looked at (the read reports why)
  };
  Kind kind = Kind::unknown;
  std::uintmax_t bytes = 0;
};

/// Sums the regular files of `dataset` (a folder, a workbook, a manifest), stopping once past `enough` bytes:
/// callers only ask whether a dataset is above or below a bound.
DatasetSize measure_dataset(const std::string& dataset, std::uintmax_t enough);

/// From this many bytes of files a run gains from transparent huge pages (a tenth of the nation is 345 MB; at
/// 35 MB the gain is nil).
inline constexpr std::uintmax_t kLargeDatasetBytes = std::uintmax_t{128} << 20;

/// Whether a dataset measured with `enough` >= kLargeDatasetBytes is large enough that a run gains from
/// transparent huge pages: files of kLargeDatasetBytes or more, or a database, whose tables are not known
/// before they are read.
bool large_dataset(const DatasetSize& size);
/// The same, measuring `dataset`.
bool large_dataset(const std::string& dataset);

}  // namespace kiemtra::core::dataset
