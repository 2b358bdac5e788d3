// kiemtra convert: any readable dataset written out as the canonical CSV folder.
#pragma once

#include <cstddef>
#include <filesystem>

namespace kiemtra::core {

struct ConvertResult {
  std::size_t tables = 0;
  std::size_t rows = 0;
  bool manifest = false;  ///< dataset.yaml was written
};

/// Reads `src` (any form docs/dataset.md describes) and writes `dest`/<table>.csv for every table it has:
/// UTF-8, ',' separated, the contract's column names, the values as written (trimmed, NFC; a date cell of a
/// workbook as yyyy-mm-dd), extra columns by their header, surplus fields kept; and dataset.yaml with the
/// name, dates, targets and date order. Throws UserError (exit 2) for an unreadable `src`, and for a `dest`
/// that is a file or a non-empty folder unless `force`.
ConvertResult convert_dataset(const std::filesystem::path& src, const std::filesystem::path& dest, bool force);

}  // namespace kiemtra::core
