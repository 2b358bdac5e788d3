// UTF-8 validation, positions in characters, and the legacy-encoding guess for refused files.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "dataset/messages.hpp"
#include "util/utf8_sequence.hpp"

namespace kiemtra::core::dataset {

/// The first byte of [begin, end) that is not part of valid UTF-8, or nullptr.
const char* find_invalid_utf8(const char* begin, const char* end);

/// A 1-based line and column (in characters) inside a text.
struct TextPos {
  std::uint32_t line = 1;
  std::uint32_t column = 1;
};

/// Position of `at` in the text starting at `from`, which is at the start of line `first_line`.
/// A line ends at LF, CRLF or a lone CR; columns count UTF-8 characters.
TextPos locate(const char* from, const char* at, std::uint32_t first_line = 1);
/// Position of `at`, counting on from `from`, whose position is `pos`: locating many points of one text in
/// order costs one pass over it, not one pass per point (a header of 100,000 cells).
TextPos locate_from(TextPos pos, const char* from, const char* at);

/// Which legacy encoding the bytes of a non-UTF-8 file most likely use.
LegacyEncoding guess_legacy_encoding(const char* begin, const char* end);

/// Throws the "not valid UTF-8" UserError for the byte `bad` of the file [file_begin, file_end).
/// `text_begin` is where line 1 starts (after a BOM).
/// `table` names the table the file holds (empty for the manifest), for the manifest line to add.
[[noreturn]] void throw_invalid_utf8(const std::string& file, const char* file_begin, const char* text_begin,
                                     const char* file_end, const char* bad, std::string_view table = {});

/// Throws when [begin, end) (a whole file) is not valid UTF-8; returns the start of the text after a BOM.
const char* check_utf8_file(const std::string& file, const char* begin, const char* end);

}  // namespace kiemtra::core::dataset
