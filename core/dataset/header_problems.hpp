// A CSV header that lacks required columns, reported all at once: every missing column, every header that
// resembles one, the headers found, the line taken as the header (and a later line that looks like the real
// one, under the titles of an export), and the manifest `columns:` lines that would fix it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dataset/utf8.hpp"
#include "util/error.hpp"

namespace kiemtra::core::dataset {

struct TableSpec;

/// What the message needs to know about the header and its file.
struct HeaderProblem {
  const TableSpec* spec = nullptr;
  const std::vector<std::string>* names = nullptr;  ///< the header cells (trimmed, NFC)
  TextPos at;                                       ///< the header's first cell
  std::vector<std::size_t> missing;                 ///< required columns the header lacks
  std::vector<std::string> aliases;                 ///< per column: the header configured in the manifest, or ""
  std::vector<int> cell_of;                         ///< per column: its header cell, -1 when absent
  bool needs_org_or_member = false;                 ///< events.csv without org_id and member_id
  std::string file;
  std::string manifest;
  std::uint32_t better_line = 0;     ///< a later line holding more required columns (0: none)
  std::size_t better_required = 0;   ///< how many of them it holds
};

/// The one error block, in Vietnamese and English; its first line starts "file:line:column: ".
Text msg_header_problems(const HeaderProblem& p);

/// The contract column (of those the header lacks) a header cell resembles: "birth_date" for "Birth Date" or
/// "birth_dat"; "" when none is close.
std::string resembled_column(const TableSpec& spec, const std::vector<int>& cell_of, std::string_view header);

}  // namespace kiemtra::core::dataset
