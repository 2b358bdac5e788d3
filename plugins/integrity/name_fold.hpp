// Case folding of Vietnamese names for comparison: ASCII and the precomposed Vietnamese letters, spaces collapsed.
#pragma once

#include <string>
#include <string_view>

namespace kiemtra::plugins::integrity {

/// The lower-case form of a code point, for the letters Vietnamese names use: ASCII, Latin-1 (À Á Â Ã È É Ê Ì Í Ò Ó
/// Ô Õ Ù Ú Ý), Latin Extended-A (Ă Đ Ĩ Ũ ...), Ơ and Ư, and Latin Extended Additional (Ạ ... Ỹ). Names are NFC, so
/// their letters are precomposed; other scripts are left as they are.
constexpr char32_t fold_code_point(char32_t c) {
  if (c >= U'A' && c <= U'Z') return c + 32;
  if (c < 0x80) return c;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 0x20;
  if ((c >= 0x100 && c <= 0x137) || (c >= 0x14A && c <= 0x177)) return c | 1;  // upper even, lower odd
  if (c >= 0x139 && c <= 0x148) return (c & 1) ? c + 1 : c;                    // upper odd, lower even
  if (c == 0x1A0 || c == 0x1AF) return c + 1;                                  // Ơ, Ư
  if ((c >= 0x1E00 && c <= 0x1E95) || (c >= 0x1EA0 && c <= 0x1EFF)) return c | 1;
  return c;
}

/// Writes the folded form of `name` into `out` (replacing it): letters folded, runs of white space (space, tab,
/// no-break space) collapsed to one space, leading and trailing ones dropped. Bytes that are not valid UTF-8 are
/// copied as they are.
inline void fold_name(std::string_view name, std::string& out) {
  out.clear();
  bool pending_space = false;
  for (std::size_t i = 0; i < name.size();) {
    const auto b0 = static_cast<unsigned char>(name[i]);
    std::size_t len = b0 < 0x80 ? 1 : (b0 >> 5) == 0x6 ? 2 : (b0 >> 4) == 0xE ? 3 : (b0 >> 3) == 0x1E ? 4 : 0;
    if (i + len > name.size()) len = 0;
    for (std::size_t k = 1; k < len; ++k)
      if ((static_cast<unsigned char>(name[i + k]) & 0xC0) != 0x80) len = 0;  // a lead byte without its tail
    if (len == 0) {  // not UTF-8: keep the byte
      if (pending_space) out.push_back(' ');
      pending_space = false;
      out.push_back(name[i++]);
      continue;
    }
    char32_t c = len == 1 ? b0 : len == 2 ? (b0 & 0x1F) : len == 3 ? (b0 & 0x0F) : (b0 & 0x07);
    for (std::size_t k = 1; k < len; ++k) c = (c << 6) | (static_cast<unsigned char>(name[i + k]) & 0x3F);
    i += len;
    if (c == U' ' || c == U'\t' || c == 0xA0) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    c = fold_code_point(c);
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
      out.push_back(static_cast<char>(0xC0 | (c >> 6)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
      out.push_back(static_cast<char>(0xE0 | (c >> 12)));
      out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
      out.push_back(static_cast<char>(0xF0 | (c >> 18)));
      out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
  }
}

}  // namespace kiemtra::plugins::integrity
