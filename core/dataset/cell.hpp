// One field of one row, from a CSV record or a YAML map, with what is needed to locate it.
#pragma once

#include <cstdint>
#include <string_view>

namespace kiemtra::core::dataset {

/// A field as found. CSV cells point into the file (or the parser's unquote scratch) and are
/// located lazily from `raw`; YAML cells carry their line and column.
struct Cell {
  std::string_view text;      ///< unquoted, not trimmed
  const char* raw = nullptr;  ///< CSV: first byte of the field in the file (its opening quote if quoted)
  std::uint32_t line = 0;     ///< YAML: 1-based line
  std::uint32_t column = 0;   ///< YAML: 1-based column
  bool ascii = true;          ///< no byte >= 0x80 (NFC can be skipped)
  bool not_scalar = false;    ///< YAML: a list or map where a value belongs
  bool number = false;        ///< xlsx: the sheet stored a number (leading zeros of an id are gone)
};

}  // namespace kiemtra::core::dataset
