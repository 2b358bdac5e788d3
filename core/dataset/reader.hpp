// Reads a dataset directory (CSV tables + manifest) or a single-file YAML dataset.
#pragma once

#include <filesystem>
#include <memory>

#include "dataset/row_tap.hpp"
#include "kiemtra/dataset.hpp"
#include "util/error.hpp"

namespace kiemtra::core {

struct ReadOptions {
  /// A bad value in a row is fatal (UserError, exit 2) instead of a ReadIssue.
  bool strict = false;
  /// Threads the reader may use.
  int jobs = 1;
  /// Sees every row as read (kiemtra convert); forces one thread.
  dataset::RowTap* tap = nullptr;
  /// Dues records of the common shape are read without the generic cells (dataset/dues_fast_path.hpp). The
  /// result is the same either way; tests turn it off to compare the two readings.
  bool fast_paths = true;
};

/// Reads `path`: a directory per docs/dataset.md, or a `.yaml` file holding every table.
/// Throws UserError (exit 2) naming file:line:column when a file cannot be read at all;
/// bad values in rows become Dataset::read_issues, unknown ids Dataset::unresolved.
/// The returned Dataset has every index built (tree, groups, code indexes).
std::shared_ptr<const Dataset> read_dataset(const std::filesystem::path& path, const ReadOptions& options = {});

}  // namespace kiemtra::core
