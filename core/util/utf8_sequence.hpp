// The one test of a UTF-8 sequence that the reader, the message compiler and the report writers share.
#pragma once

#include <cstddef>
#include <string_view>

namespace kiemtra::core {

/// Length of the valid UTF-8 sequence starting at the non-ASCII byte `p`, or 0 when it is invalid
/// (stray continuation byte, overlong form, surrogate, beyond U+10FFFF, or cut off by `end`). 0 for ASCII too.
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

/// The same for the byte at s[i].
inline std::size_t utf8_sequence_length(std::string_view s, std::size_t i) {
  const auto* data = reinterpret_cast<const unsigned char*>(s.data());
  return utf8_sequence_length(data + i, data + s.size());
}

}  // namespace kiemtra::core
