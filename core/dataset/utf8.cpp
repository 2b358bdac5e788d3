// UTF-8 checks and the guess between TCVN3 and Windows-1258 for files exported in a legacy encoding.
#include "dataset/utf8.hpp"
#include "dataset/vni.hpp"

#include <cstring>

namespace kiemtra::core::dataset {

const char* find_invalid_utf8(const char* begin, const char* end) {
  auto* p = reinterpret_cast<const unsigned char*>(begin);
  auto* e = reinterpret_cast<const unsigned char*>(end);
  while (p < e) {
    // ASCII runs are the common case: test 8 bytes at a time.
    while (e - p >= 8) {
      std::uint64_t w;
      std::memcpy(&w, p, 8);
      if (w & 0x8080808080808080ull) break;
      p += 8;
    }
    if (p >= e) break;
    if (*p < 0x80) {
      ++p;
      continue;
    }
    const std::size_t n = utf8_sequence_length(p, e);
    if (n == 0) return reinterpret_cast<const char*>(p);
    p += n;
  }
  return nullptr;
}

TextPos locate(const char* from, const char* at, std::uint32_t first_line) {
  return locate_from(TextPos{first_line, 1}, from, at);
}

TextPos locate_from(TextPos pos, const char* from, const char* at) {
  for (const char* p = from; p < at; ++p) {
    const auto c = static_cast<unsigned char>(*p);
    if (c == '\r' && p + 1 < at && p[1] == '\n') continue;  // CRLF: the LF ends the line
    if (c == '\n' || c == '\r') {
      ++pos.line;
      pos.column = 1;
    } else if ((c & 0xC0) != 0x80) {
      ++pos.column;
    }
  }
  return pos;
}

LegacyEncoding guess_legacy_encoding(const char* begin, const char* end) {
  auto* p = reinterpret_cast<const unsigned char*>(begin);
  auto* e = reinterpret_cast<const unsigned char*>(end);
  if (e - p >= 2 && ((p[0] == 0xFF && p[1] == 0xFE) || (p[0] == 0xFE && p[1] == 0xFF))) return LegacyEncoding::utf16;
  // Windows-1258 writes tones as combining marks (0xCC 0xD2 0xDE 0xEC 0xF2) after a vowel, and has
  // Ă ă Đ đ at 0xC3 0xE3 0xD0 0xF0. TCVN3 (ABC) writes precomposed letters, most often in 0xA1-0xBF
  // (đ 0xAE, á 0xB8, à 0xB5, ư 0xAD ...), a range Windows-1258 only uses for rare symbols.
  auto is_vowel_1258 = [](unsigned c) {
    switch (c | 0x20) {
      case 'a':
      case 'e':
      case 'i':
      case 'o':
      case 'u':
      case 'y': return true;
      default: break;
    }
    switch (c) {
      case 0xC2:
      case 0xE2:
      case 0xC3:
      case 0xE3:
      case 0xCA:
      case 0xEA:
      case 0xD4:
      case 0xF4:
      case 0xD5:
      case 0xF5:
      case 0xDD:
      case 0xFD: return true;
      default: return false;
    }
  };
  std::size_t tcvn = 0, cp1258 = 0, high = 0;
  for (const unsigned char* q = p; q < e; ++q) {
    const unsigned c = *q;
    if (c < 0x80) continue;
    ++high;
    if (c >= 0xA1 && c <= 0xBF) ++tcvn;
    if ((c == 0xCC || c == 0xD2 || c == 0xDE || c == 0xEC || c == 0xF2) && q > p && is_vowel_1258(q[-1])) ++cp1258;
    if (c == 0xC3 || c == 0xE3 || c == 0xD0 || c == 0xF0) ++cp1258;
  }
  if (high == 0) return LegacyEncoding::unknown;
  // VNI writes a letter as a vowel and a mark byte (0xE0-0xFC): "Nguyeãn", "Vaên". Windows-1258 text has
  // hardly any such pair (its tones are the combining bytes counted above), while each VNI ã (0xE3) after a
  // vowel was also counted above as Windows-1258's ă: VNI wins a tie.
  const std::size_t vni = vni_marks_after_vowels(begin, end);
  if (vni > 2 * tcvn && vni >= cp1258) return LegacyEncoding::vni;
  if (tcvn > 2 * cp1258 && tcvn > 0) return LegacyEncoding::tcvn3;
  if (cp1258 > 2 * tcvn && cp1258 > 0) return LegacyEncoding::windows1258;
  return LegacyEncoding::unknown;
}

void throw_invalid_utf8(const std::string& file, const char* file_begin, const char* text_begin, const char* file_end,
                        const char* bad, std::string_view table) {
  const TextPos pos = locate(text_begin, bad);
  throw UserError(msg_invalid_utf8(file, pos.line, pos.column, static_cast<std::uint64_t>(bad - file_begin),
                                   static_cast<unsigned char>(*bad), guess_legacy_encoding(file_begin, file_end), table));
}

const char* check_utf8_file(const std::string& file, const char* begin, const char* end) {
  const char* text = begin;
  if (end - begin >= 3 && std::memcmp(begin, "\xEF\xBB\xBF", 3) == 0) text += 3;
  if (const char* bad = find_invalid_utf8(text, end)) throw_invalid_utf8(file, begin, text, end, bad);
  return text;
}

}  // namespace kiemtra::core::dataset
