// One field of one row, from a CSV record or a YAML map, with what is needed to locate it.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

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

/// Decodes one row that came encoded (a line of PostgreSQL's COPY text) into a cell per value, each's text as
/// its type writes it (a date as 2019-09-30, a boolean as 1/0), a NULL empty. A value is a view of `encoded`
/// when it needs no unescaping, else of `scratch`; both must outlive the cells' use. Only `text` is set. Called
/// by the workers that build rows, so safe to call from several threads.
using RowDecoder = std::function<void(std::string_view encoded, std::string& scratch, std::vector<Cell>& cells)>;

}  // namespace kiemtra::core::dataset
