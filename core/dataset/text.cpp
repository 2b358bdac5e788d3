// NFC normalization (utf8proc, skipped when the text is already NFC) and case folding.
#include "dataset/text.hpp"

#include <utf8proc.h>

#include <cstdint>
#include <cstring>
#include <vector>

namespace kiemtra::core::dataset {

bool is_ascii(std::string_view s) {
  const char* p = s.data();
  std::size_t n = s.size();
  while (n >= 8) {
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    if (w & 0x8080808080808080ull) return false;
    p += 8;
    n -= 8;
  }
  for (; n > 0; --n, ++p)
    if (static_cast<unsigned char>(*p) & 0x80) return false;
  return true;
}

namespace {

// Whether every code point is in U+0000-U+02FF or U+1E00-U+1EFF. Those blocks hold ASCII and the
// precomposed Latin letters Vietnamese uses; each is NFC-stable with combining class 0, and none can
// compose with a neighbour, so such text is already NFC and needs no utf8proc call.
bool surely_nfc(std::string_view s) {
  auto* p = reinterpret_cast<const unsigned char*>(s.data());
  auto* e = p + s.size();
  while (p < e) {
    const unsigned b = *p;
    if (b < 0x80) {
      ++p;
    } else if (b < 0xCC) {  // 2-byte sequences up to U+02FF
      p += 2;
    } else if (b == 0xE1 && e - p >= 3 && (p[1] == 0xB8 || p[1] == 0xB9 || p[1] == 0xBA || p[1] == 0xBB)) {
      p += 3;  // U+1E00-U+1EFF
    } else {
      return false;
    }
  }
  return true;
}

std::string_view utf8proc_into(std::string_view s, std::string& scratch, utf8proc_option_t options) {
  thread_local std::vector<utf8proc_int32_t> buf;
  auto* str = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
  const auto len = static_cast<utf8proc_ssize_t>(s.size());
  if (buf.size() < s.size() + 8) buf.resize(s.size() + 8);
  utf8proc_ssize_t n = utf8proc_decompose(str, len, buf.data(), static_cast<utf8proc_ssize_t>(buf.size()) - 1, options);
  if (n >= static_cast<utf8proc_ssize_t>(buf.size()) - 1) {
    buf.resize(static_cast<std::size_t>(n) + 8);
    n = utf8proc_decompose(str, len, buf.data(), static_cast<utf8proc_ssize_t>(buf.size()) - 1, options);
  }
  if (n < 0) {  // cannot happen for validated UTF-8; keep the text as it is
    scratch.assign(s);
    return scratch;
  }
  const utf8proc_ssize_t bytes = utf8proc_reencode(buf.data(), n, options);
  if (bytes < 0) {
    scratch.assign(s);
    return scratch;
  }
  scratch.assign(reinterpret_cast<const char*>(buf.data()), static_cast<std::size_t>(bytes));
  return scratch;
}

}  // namespace

std::string_view to_nfc(std::string_view s, std::string& scratch) {
  if (surely_nfc(s)) return s;
  return utf8proc_into(s, scratch, static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
}

std::string_view fold_key(std::string_view s, std::string& scratch) {
  std::string folded;
  std::string_view t = trim(s);
  if (is_ascii(t)) {
    folded.assign(t);
    for (char& c : folded)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  } else {
    utf8proc_into(t, folded, static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD));
  }
  scratch.clear();
  for (char c : folded) {
    if (c == '\t') c = ' ';
    if (c == ' ' && (scratch.empty() || scratch.back() == ' ')) continue;
    scratch += c;
  }
  while (!scratch.empty() && scratch.back() == ' ') scratch.pop_back();
  return scratch;
}

}  // namespace kiemtra::core::dataset
