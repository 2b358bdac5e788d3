// The Vietnamese headers member-database exports use, accepted for the contract's columns without a manifest.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "kiemtra/dataset.hpp"

namespace kiemtra::core::dataset {

/// One built-in header of a contract column.
struct HeaderAlias {
  int column;  ///< position in the table's spec (member_col::full_name ...)
  std::string_view header;
};

/// The built-in headers of a table, as people write them (NFC, any case).
std::span<const HeaderAlias> builtin_aliases(TableId id);

/// The contract column whose built-in header is `header` (trimmed, NFC), or -1. Compared after NFC,
/// case folding and collapsing runs of spaces; a header written without its diacritics ("Ho va ten")
/// matches too, since exports from older software often drop them. `rank` (may be null) gets the
/// header's place in the table's list: when two cells name one column, the lower rank is the column
/// ("Mã chi bộ" holds the code, "Chi bộ" may hold the name).
int builtin_alias_column(TableId id, std::string_view header, int* rank = nullptr);

/// The key built-in headers are compared by: fold_key, then marks stripped and đ read as d.
std::string bare_key(std::string_view header);

}  // namespace kiemtra::core::dataset
