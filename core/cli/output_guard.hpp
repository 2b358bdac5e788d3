// Refusing, before any work, a report destination that is one of the run's inputs.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace kiemtra::core::cli {

/// The files a run reads or keeps, which no report may overwrite.
struct RunInputs {
  std::filesystem::path dataset;                  ///< a folder (every file under it) or a single-file dataset
  std::vector<std::filesystem::path> files;       ///< profiles, waivers files, the history file ...
};

/// Throws UserError (exit 2) when an output resolves to an input: the same path after symlinks, or the
/// same file (device and inode) through a hard link. "" and "-" (standard output) are never refused.
void refuse_outputs_over_inputs(const std::vector<std::string>& outputs, const RunInputs& inputs);

}  // namespace kiemtra::core::cli
