// Case folding of Vietnamese names for comparison: ASCII and the precomposed Vietnamese letters, spaces collapsed.
#pragma once

#include <cstdint>
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

/// Passes the bytes of the folded form of `name` to `put(char)`: letters folded, runs of white space (space, tab,
/// no-break space) collapsed to one space, leading and trailing ones dropped. Bytes that are not valid UTF-8 are
/// passed as they are.
template <class Put>
void fold_name_bytes(std::string_view name, Put&& put) {
  bool wrote = false, pending_space = false;
  // Before any byte that is not white space: the space a run of white space between two words became.
  const auto before_text = [&] {
    if (pending_space) put(' ');
    pending_space = false;
    wrote = true;
  };
  for (std::size_t i = 0; i < name.size();) {
    const auto b0 = static_cast<unsigned char>(name[i]);
    if (b0 < 0x80 && b0 != ' ' && b0 != '\t') {  // ASCII, most bytes of a name: no decoding
      before_text();
      put(static_cast<char>(b0 >= 'A' && b0 <= 'Z' ? b0 + 32 : b0));
      ++i;
      continue;
    }
    std::size_t len = b0 < 0x80 ? 1 : (b0 >> 5) == 0x6 ? 2 : (b0 >> 4) == 0xE ? 3 : (b0 >> 3) == 0x1E ? 4 : 0;
    if (i + len > name.size()) len = 0;
    for (std::size_t k = 1; k < len; ++k)
      if ((static_cast<unsigned char>(name[i + k]) & 0xC0) != 0x80) len = 0;  // a lead byte without its tail
    if (len == 0) {  // not UTF-8: keep the byte
      before_text();
      put(name[i++]);
      continue;
    }
    char32_t c = len == 1 ? b0 : len == 2 ? (b0 & 0x1F) : len == 3 ? (b0 & 0x0F) : (b0 & 0x07);
    for (std::size_t k = 1; k < len; ++k) c = (c << 6) | (static_cast<unsigned char>(name[i + k]) & 0x3F);
    i += len;
    if (c == U' ' || c == U'\t' || c == 0xA0) {
      pending_space = wrote;
      continue;
    }
    before_text();
    c = fold_code_point(c);
    if (c < 0x80) {
      put(static_cast<char>(c));
    } else if (c < 0x800) {
      put(static_cast<char>(0xC0 | (c >> 6)));
      put(static_cast<char>(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
      put(static_cast<char>(0xE0 | (c >> 12)));
      put(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
      put(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
      put(static_cast<char>(0xF0 | (c >> 18)));
      put(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
      put(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
      put(static_cast<char>(0x80 | (c & 0x3F)));
    }
  }
}

/// Writes the folded form of `name` into `out` (replacing it).
inline void fold_name(std::string_view name, std::string& out) {
  out.clear();
  fold_name_bytes(name, [&out](char c) { out.push_back(c); });
}

/// A 64-bit hash of a byte sequence fed one byte at a time, mixed eight bytes at a time: a name's bytes cost a
/// shift each, not a multiplication each as FNV-1a's do.
class ByteHash {
 public:
  void put(char c) {
    word_ |= std::uint64_t{static_cast<unsigned char>(c)} << (8 * filled_);
    if (++filled_ == 8) mix();
  }
  std::uint64_t done() {
    const std::uint64_t bytes = count_ * 8 + filled_;
    mix();
    std::uint64_t h = h_ ^ bytes;
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    return h;
  }

 private:
  void mix() {
    h_ = (h_ ^ word_) * 0x9E3779B97F4A7C15ull;
    h_ ^= h_ >> 29;
    word_ = 0;
    filled_ = 0;
    ++count_;
  }
  std::uint64_t h_ = 0x243F6A8885A308D3ull;
  std::uint64_t word_ = 0;
  std::uint64_t count_ = 0;
  unsigned filled_ = 0;
};

/// The ByteHash of the folded form of `name`, without writing it: a nation's millions of names are hashed and
/// only the few of equal hash are folded into strings and compared.
inline std::uint64_t folded_name_hash(std::string_view name) {
  ByteHash h;
  fold_name_bytes(name, [&h](char c) { h.put(c); });
  return h.done();
}

}  // namespace kiemtra::plugins::integrity
