// VNI to UTF-8: Windows-1252 bytes, where a mark byte after a vowel is that vowel's diacritics.
#include "dataset/vni.hpp"

#include <array>

#include "dataset/messages.hpp"
#include "dataset/utf8.hpp"
#include "util/input_file.hpp"

namespace kiemtra::core::dataset {

namespace {

constexpr char32_t kAcute = 0x301, kGrave = 0x300, kHook = 0x309, kTilde = 0x303, kDot = 0x323;
constexpr char32_t kCircumflex = 0x302, kBreve = 0x306;

/// The letter a mark can follow: the ASCII vowels, and ơ ư (VNI's one-byte ô ö).
enum class Base : std::uint8_t { none, a, e, o, u, y, o_horn, u_horn };

Base base_of(unsigned char c) {
  switch (c | 0x20) {
    case 'a': return Base::a;
    case 'e': return Base::e;
    case 'o': return Base::o;
    case 'u': return Base::u;
    case 'y': return Base::y;
    default: return Base::none;
  }
}

/// A mark byte (lower case; the upper-case byte is 0x20 less): the combining marks it stands for.
struct Mark {
  unsigned char byte;
  char32_t first, second;  ///< second: 0 for none
};
// The five tones, after any base.
constexpr std::array<Mark, 5> kTones = {{{0xF9, kAcute, 0}, {0xF8, kGrave, 0}, {0xFB, kHook, 0}, {0xF5, kTilde, 0},
                                         {0xEF, kDot, 0}}};
// Circumflex alone and with each tone, after a, e, o: â ấ ầ ẩ ẫ ậ.
constexpr std::array<Mark, 6> kCircumflexes = {{{0xE2, kCircumflex, 0},
                                                {0xE1, kCircumflex, kAcute},
                                                {0xE0, kCircumflex, kGrave},
                                                {0xE5, kCircumflex, kHook},
                                                {0xE3, kCircumflex, kTilde},
                                                {0xE4, kCircumflex, kDot}}};
// Breve alone and with each tone, after a: ă ắ ằ ẳ ẵ ặ.
constexpr std::array<Mark, 6> kBreves = {{{0xEA, kBreve, 0},
                                          {0xE9, kBreve, kAcute},
                                          {0xE8, kBreve, kGrave},
                                          {0xFA, kBreve, kHook},
                                          {0xFC, kBreve, kTilde},
                                          {0xEB, kBreve, kDot}}};

/// Letters VNI writes in one byte: (lower-case byte, lower, upper).
struct Single {
  unsigned char byte;
  char32_t lower, upper;
};
constexpr std::array<Single, 9> kSingles = {{{0xF4, 0x01A1, 0x01A0},    // ơ Ơ
                                             {0xF6, 0x01B0, 0x01AF},    // ư Ư
                                             {0xF1, 0x0111, 0x0110},    // đ Đ
                                             {0xED, 0x00ED, 0x00CD},    // í Í
                                             {0xEC, 0x00EC, 0x00CC},    // ì Ì
                                             {0xE6, 0x1EC9, 0x1EC8},    // ỉ Ỉ
                                             {0xF3, 0x0129, 0x0128},    // ĩ Ĩ
                                             {0xF2, 0x1ECB, 0x1ECA},    // ị Ị
                                             {0xEE, 0x1EF5, 0x1EF4}}};  // ỵ Ỵ

// Windows-1252's 0x80-0x9F; 0 where it defines nothing.
constexpr std::array<char32_t, 32> kCp1252High = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E,
    0x0178};

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

/// The lower-case form of a Latin-1 letter byte (À-Þ but ×), else the byte itself.
unsigned char lower_latin1(unsigned char c) { return c >= 0xC0 && c <= 0xDE && c != 0xD7 ? c + 0x20 : c; }

template <std::size_t N>
const Mark* find_mark(const std::array<Mark, N>& marks, unsigned char lower) {
  for (const Mark& m : marks)
    if (m.byte == lower) return &m;
  return nullptr;
}

/// Whether byte c is a mark of the letter `prev` ends: the decoder's rule, for the guess.
bool is_mark_of(unsigned char prev, unsigned char c) {
  Base base = base_of(prev);
  const unsigned char p = lower_latin1(prev);
  if (p == 0xF4) base = Base::o_horn;
  if (p == 0xF6) base = Base::u_horn;
  const unsigned char lower = lower_latin1(c);
  if (base == Base::none) return false;
  if (find_mark(kTones, lower)) return true;
  if ((base == Base::a || base == Base::e || base == Base::o) && find_mark(kCircumflexes, lower)) return true;
  return base == Base::a && find_mark(kBreves, lower);
}

/// Where `at` is in [from, at): line, and column in letters as the file shows them (the combining marks written
/// so far belong to the letter before them).
TextPos position_in_letters(const char* from, const char* at) {
  TextPos pos = locate(from, at);
  const char* line = at;
  while (line > from && line[-1] != '\n') --line;
  for (const char* q = line; q + 1 < at; ++q) {
    const auto b0 = static_cast<unsigned char>(q[0]), b1 = static_cast<unsigned char>(q[1]);
    // U+0300-U+036F: 0xCC 0x80-0xBF, 0xCD 0x80-0xAF.
    if ((b0 == 0xCC && b1 >= 0x80) || (b0 == 0xCD && b1 >= 0x80 && b1 <= 0xAF)) --pos.column;
  }
  return pos;
}

}  // namespace

void vni_to_utf8(const std::string& file, const char* begin, const char* end, std::uint64_t base_offset,
                 std::string& out) {
  const std::size_t start = out.size();
  out.reserve(start + static_cast<std::size_t>(end - begin) * 3 / 2);
  Base base = Base::none;  // the letter just written, while it can still take a mark
  for (const char* p = begin; p < end; ++p) {
    const auto c = static_cast<unsigned char>(*p);
    if (c < 0x80) {
      out += static_cast<char>(c);
      base = base_of(c);
      continue;
    }
    const unsigned char lower = lower_latin1(c);
    const Mark* mark = nullptr;
    if (base != Base::none) mark = find_mark(kTones, lower);
    if (!mark && (base == Base::a || base == Base::e || base == Base::o)) mark = find_mark(kCircumflexes, lower);
    if (!mark && base == Base::a) mark = find_mark(kBreves, lower);
    if (mark) {
      append_utf8(out, mark->first);
      if (mark->second) append_utf8(out, mark->second);
      base = Base::none;
      continue;
    }
    base = Base::none;
    bool single = false;
    for (const Single& s : kSingles)
      if (s.byte == lower) {
        append_utf8(out, c == lower ? s.lower : s.upper);
        if (s.byte == 0xF4) base = Base::o_horn;
        if (s.byte == 0xF6) base = Base::u_horn;
        single = true;
        break;
      }
    if (single) continue;
    const char32_t cp = c >= 0xA0 ? char32_t{c} : kCp1252High[c - 0x80];
    if (cp == 0) {
      const TextPos pos = position_in_letters(out.data() + start, out.data() + out.size());
      throw UserError(
          msg_bad_encoding(file, pos.line, pos.column, base_offset + static_cast<std::uint64_t>(p - begin), "vni"));
    }
    append_utf8(out, cp);
  }
}

std::size_t vni_marks_after_vowels(const char* begin, const char* end) {
  std::size_t n = 0;
  for (const char* p = begin + 1; p < end; ++p) {
    const auto c = static_cast<unsigned char>(*p);
    if (c >= 0xC0 && is_mark_of(static_cast<unsigned char>(p[-1]), c)) ++n;
  }
  return n;
}

}  // namespace kiemtra::core::dataset
