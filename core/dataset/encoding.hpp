// The text encodings a table may be written in, and the manifest names of them.
#pragma once

#include <string_view>

namespace kiemtra::core::dataset {

/// `detect`: UTF-8, with or without a BOM, or UTF-16 announced by its BOM (Excel's "Unicode text").
/// The others are named in the manifest (`encoding:`), because their bytes cannot be told apart reliably.
enum class TextEncoding { detect, utf8, utf16le, utf16be, windows1258, tcvn3, vni };

/// The encoding a manifest value names ("windows-1258", "cp1258", "TCVN3" ...), case-insensitive; false
/// when it names none.
bool encoding_by_name(std::string_view name, TextEncoding& out);
/// The name the manifest documentation uses ("utf-8", "utf-16le", "windows-1258", "tcvn3").
std::string_view encoding_name(TextEncoding e);
/// The names encoding_by_name accepts, for messages.
inline constexpr std::string_view kEncodingNames = "utf-8, utf-16, utf-16le, utf-16be, windows-1258, tcvn3, vni";

}  // namespace kiemtra::core::dataset
