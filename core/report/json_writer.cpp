// Escaping strings for JSON without a DOM: runs that need no escape (ASCII and valid UTF-8) copied in one
// piece, scanned sixteen bytes at a time (eight without SSE2).
#include "report/json_writer.hpp"

#include <fmt/format.h>

#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "util/utf8_sequence.hpp"

namespace kiemtra::core {

namespace {

/// Whether any of the 8 bytes of `w` is a control character, '"', '\\' or not ASCII.
inline bool needs_care(std::uint64_t w) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  const auto equal = [&](unsigned char b) {
    const std::uint64_t x = w ^ (kOnes * b);
    return (x - kOnes) & ~x & kHigh;
  };
  const std::uint64_t control = (w - kOnes * 0x20) & ~w & kHigh;  // a byte below 0x20
  return ((w & kHigh) | control | equal('"') | equal('\\')) != 0;
}

}  // namespace

void append_json_escaped(std::string_view s, std::string& out) {
  static const char* const kHex = "0123456789abcdef";
  std::size_t i = 0;
  const std::size_t n = s.size();
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const auto cont = [&](std::size_t k) { return k < n && (byte(k) & 0xC0) == 0x80; };
  while (i < n) {
    // The common case: a run of printable ASCII and valid UTF-8 (Vietnamese text) that needs no escape.
    std::size_t j = i;
    while (j < n) {
#if defined(__SSE2__)
      if (n - j >= 16) {
        const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + j));
        const __m128i special =
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(b, _mm_set1_epi8('"')), _mm_cmpeq_epi8(b, _mm_set1_epi8('\\'))),
                         _mm_cmpeq_epi8(_mm_max_epu8(b, _mm_set1_epi8(0x1F)), _mm_set1_epi8(0x1F)));  // below 0x20
        const auto stop = static_cast<unsigned>(_mm_movemask_epi8(special));
        const auto high = static_cast<unsigned>(_mm_movemask_epi8(b));
        if ((stop | high) == 0) {
          j += 16;
          continue;
        }
        if (stop == 0) {
          // Only multi-byte characters here (Vietnamese words): each checked where it starts, to the block's end.
          std::size_t k = j + static_cast<std::size_t>(__builtin_ctz(high));
          const std::size_t block_end = j + 16;
          bool broken = false;
          while (k < block_end) {
            const unsigned char c = byte(k);
            if (c < 0x80) {
              ++k;
            } else if (c >= 0xC2 && c <= 0xDF && cont(k + 1)) {
              k += 2;
            } else if (c >= 0xE1 && c <= 0xEC && cont(k + 1) && cont(k + 2)) {  // no overlong or surrogate lead
              k += 3;
            } else if (const std::size_t len = utf8_sequence_length(s, k); len != 0) {
              k += len;
            } else {
              broken = true;
              break;
            }
          }
          j = k;
          if (broken) break;
          continue;
        }
        j += static_cast<std::size_t>(__builtin_ctz(stop | high));
      }
#endif
      while (n - j >= 8) {
        std::uint64_t w;
        std::memcpy(&w, s.data() + j, 8);
        if (needs_care(w)) break;
        j += 8;
      }
      if (j >= n) break;
      const auto c = byte(j);
      if (c >= 0x80) {
        const std::size_t len = utf8_sequence_length(s, j);
        if (len == 0) break;
        j += len;
        continue;
      }
      if (c < 0x20 || c == '"' || c == '\\') break;
      ++j;
    }
    out.append(s.data() + i, j - i);
    i = j;
    if (i >= s.size()) break;
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {  // not UTF-8
      out += "\xEF\xBF\xBD";  // U+FFFD
      ++i;
      continue;
    }
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        out += "\\u00";
        out += kHex[c >> 4];
        out += kHex[c & 15];
    }
    ++i;
  }
}

void append_json_string(std::string_view s, std::string& out) {
  out += '"';
  append_json_escaped(s, out);
  out += '"';
}

JsonWriter& JsonWriter::str(std::string_view s) {
  append_json_string(s, buf_);
  return *this;
}

JsonWriter& JsonWriter::num(std::int64_t v) {
  const auto f = fmt::format_int(v);
  buf_.append(f.data(), f.size());
  return *this;
}

JsonWriter& JsonWriter::num(std::uint64_t v) {
  const auto f = fmt::format_int(v);
  buf_.append(f.data(), f.size());
  return *this;
}

void JsonWriter::flush() {
  if (!out_ || buf_.empty()) return;
  out_->write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
  buf_.clear();
}

}  // namespace kiemtra::core
