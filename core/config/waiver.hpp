// A waiver: a finding the organization knowingly accepts, with who accepted it, why and until when.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "kiemtra/date.hpp"

namespace kiemtra::core {

/// One entry of `waivers:` (a profile) or of a --waivers file. Every field but `subject` is required.
struct Waiver {
  std::string rule;     ///< rule id or glob ("structure/*")
  std::string org;      ///< organization id (or glob) the finding belongs to
  std::string subject;  ///< optional: the finding's subject id (or glob); empty matches any subject
  std::string reason;
  std::string owner;
  Date expires;      ///< the last day the waiver holds
  std::string file;  ///< where it was written, for messages and reports
  int line = 0;

  /// "file:line".
  std::string where() const { return file + ":" + std::to_string(line); }
};

/// Reads a waivers file: a YAML list of waivers, or a map with a `waivers:` list.
/// Throws UserError (exit 2) naming file:line:column of every problem.
std::vector<Waiver> load_waivers_file(const std::filesystem::path& file);

}  // namespace kiemtra::core
