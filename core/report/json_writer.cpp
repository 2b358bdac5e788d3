// Escaping strings for JSON without a DOM: runs that need no escape (ASCII and valid UTF-8) copied in one
// piece, the ASCII in them scanned eight bytes at a time.
#include "report/json_writer.hpp"

#include <fmt/format.h>

#include <cstdint>
#include <cstring>

namespace kiemtra::core {

namespace {

/// The length of the valid UTF-8 sequence starting at s[i], or 0 when it is not one.
std::size_t utf8_length(std::string_view s, std::size_t i) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = b(i);
  const auto cont = [&](std::size_t k) { return k < s.size() && (b(k) & 0xC0) == 0x80; };
  if (c >= 0xC2 && c <= 0xDF) return cont(i + 1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if (!cont(i + 1) || !cont(i + 2)) return 0;
    if (c == 0xE0 && b(i + 1) < 0xA0) return 0;   // overlong
    if (c == 0xED && b(i + 1) >= 0xA0) return 0;  // surrogates
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (!cont(i + 1) || !cont(i + 2) || !cont(i + 3)) return 0;
    if (c == 0xF0 && b(i + 1) < 0x90) return 0;
    if (c == 0xF4 && b(i + 1) >= 0x90) return 0;
    return 4;
  }
  return 0;
}

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

void append_json_string(std::string_view s, std::string& out) {
  static const char* const kHex = "0123456789abcdef";
  out += '"';
  std::size_t i = 0;
  while (i < s.size()) {
    // The common case: a run of printable ASCII and valid UTF-8 (Vietnamese text) that needs no escape.
    std::size_t j = i;
    while (j < s.size()) {
      while (s.size() - j >= 8) {
        std::uint64_t w;
        std::memcpy(&w, s.data() + j, 8);
        if (needs_care(w)) break;
        j += 8;
      }
      if (j >= s.size()) break;
      const auto c = static_cast<unsigned char>(s[j]);
      if (c >= 0x80) {
        const std::size_t n = utf8_length(s, j);
        if (n == 0) break;
        j += n;
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
