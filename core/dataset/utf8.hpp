// UTF-8 validation, positions in characters, and the legacy-encoding guess for refused files.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "dataset/messages.hpp"

namespace kiemtra::core::dataset {

/// Length of the valid UTF-8 sequence starting at the non-ASCII byte `p`, or 0 when it is invalid
/// (stray continuation byte, overlong form, surrogate, beyond U+10FFFF, or cut off by `end`).
inline std::size_t utf8_sequence_length(const unsigned char* p, const unsigned char* end) {
  const unsigned b = p[0];
  const std::ptrdiff_t left = end - p;
  if (b < 0xC2) return 0;
  if (b < 0xE0) return left >= 2 && (p[1] & 0xC0) == 0x80 ? 2 : 0;
  if (b < 0xF0) {
    if (left < 3 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80) return 0;
    if ((b == 0xE0 && p[1] < 0xA0) || (b == 0xED && p[1] >= 0xA0)) return 0;
    return 3;
  }
  if (b < 0xF5) {
    if (left < 4 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80 || (p[3] & 0xC0) != 0x80) return 0;
    if ((b == 0xF0 && p[1] < 0x90) || (b == 0xF4 && p[1] >= 0x90)) return 0;
    return 4;
  }
  return 0;
}

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
