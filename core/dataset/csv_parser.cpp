// The CSV hot loop: fields split from bit masks of 64 bytes at a time, UTF-8 checked only in fields that hold a
// byte >= 0x80.
#include "dataset/csv_parser.hpp"

#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "dataset/utf8.hpp"

namespace kiemtra::core::dataset {

namespace {

#if defined(__SSE2__)
// The end of an unquoted field: the first separator, CR or LF at or after `p` (a quote inside such a field is
// kept as written, so it does not stop it), 16 bytes a step. `high` tells whether a byte before it is >= 0x80.
inline const char* field_end(const char* p, const char* end, char sep, bool& high) {
  const __m128i vs = _mm_set1_epi8(sep), vn = _mm_set1_epi8('\n'), vr = _mm_set1_epi8('\r');
  unsigned seen = 0;
  while (end - p >= 16) {
    const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const __m128i stop = _mm_or_si128(_mm_cmpeq_epi8(b, vs), _mm_or_si128(_mm_cmpeq_epi8(b, vn), _mm_cmpeq_epi8(b, vr)));
    const auto mask = static_cast<unsigned>(_mm_movemask_epi8(stop));
    const auto top = static_cast<unsigned>(_mm_movemask_epi8(b));  // the bytes' high bits
    if (mask != 0) {
      const int at = __builtin_ctz(mask);
      high = (seen | (top & ((1u << at) - 1))) != 0;
      return p + at;
    }
    seen |= top;
    p += 16;
  }
  while (p < end && *p != sep && *p != '\n' && *p != '\r') seen |= static_cast<unsigned char>(*p++) & 0x80u;
  high = seen != 0;
  return p;
}

constexpr std::ptrdiff_t kBlock = 64;

/// The masks of the 64 bytes at `p` (which must all be readable): bit i set where p[i] is a stop (the separator,
/// CR or LF), and where p[i] >= 0x80.
template <class Masks>
inline void load_block(const char* p, char sep, Masks& m) {
  const __m128i vs = _mm_set1_epi8(sep), vn = _mm_set1_epi8('\n'), vr = _mm_set1_epi8('\r');
  std::uint64_t stops = 0, high = 0;
  for (std::ptrdiff_t k = 0; k < 4; ++k) {
    const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k));
    const __m128i stop =
        _mm_or_si128(_mm_cmpeq_epi8(b, vs), _mm_or_si128(_mm_cmpeq_epi8(b, vn), _mm_cmpeq_epi8(b, vr)));
    stops |= static_cast<std::uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(stop))) << (16 * k);
    high |= static_cast<std::uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(b))) << (16 * k);
  }
  m.base = p;
  m.stops = stops;
  m.high = high;
}

/// field_end from the block masks: a field of a few bytes costs a shift and a count of trailing zeros, and the
/// block is loaded again only once the fields have gone past it. The last 63 bytes of the text go 16 at a time.
template <class Masks>
inline const char* field_end_masked(const char* p, const char* end, char sep, bool& high, Masks& m) {
  bool seen = false;
  for (;;) {
    if (m.base != nullptr && p >= m.base && p - m.base < kBlock) {
      const auto off = static_cast<unsigned>(p - m.base);
      const std::uint64_t stops = m.stops >> off, highs = m.high >> off;
      if (stops != 0) {
        const int at = __builtin_ctzll(stops);
        high = seen || (highs & ((std::uint64_t{1} << at) - 1)) != 0;
        return p + at;
      }
      seen = seen || highs != 0;
      p = m.base + kBlock;
    }
    if (end - p < kBlock) {
      bool tail = false;
      const char* const r = field_end(p, end, sep, tail);
      high = seen || tail;
      return r;
    }
    load_block(p, sep, m);
  }
}
#else
// Bit 7 of each byte of the result is set where `w` holds byte `b` (exact for the lowest such byte,
// which is all the caller uses).
inline std::uint64_t bytes_equal(std::uint64_t w, unsigned char b) {
  const std::uint64_t x = w ^ (0x0101010101010101ull * b);
  return (x - 0x0101010101010101ull) & ~x & 0x8080808080808080ull;
}

// The same, 8 bytes a step where the machine has no SSE2.
inline const char* field_end(const char* p, const char* end, char sep, bool& high) {
  std::uint64_t seen = 0;
  while (end - p >= 8) {
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    const std::uint64_t stop = bytes_equal(w, static_cast<unsigned char>(sep)) | bytes_equal(w, '\n') | bytes_equal(w, '\r');
    if (stop != 0) {
      const int at = __builtin_ctzll(stop) >> 3;
      high = (seen | (at == 0 ? 0 : (w & (~0ull >> (64 - 8 * at)) & 0x8080808080808080ull))) != 0;
      return p + at;
    }
    seen |= w & 0x8080808080808080ull;
    p += 8;
  }
  while (p < end && *p != sep && *p != '\n' && *p != '\r') seen |= static_cast<unsigned char>(*p++) & 0x80u;
  high = seen != 0;
  return p;
}

template <class Masks>
inline const char* field_end_masked(const char* p, const char* end, char sep, bool& high, Masks&) {
  return field_end(p, end, sep, high);
}
#endif

}  // namespace

CsvCursor::CsvCursor(const char* begin, const char* end, char separator)
    : p_(begin),
      end_(end),
      sep_(separator) {
  if (!known_separator(separator)) sep_ = ',';
}

bool CsvCursor::fail(CsvFailure f, const char* at) {
  failure_ = f;
  failure_at_ = at;
  return false;
}

bool CsvCursor::next() {
  count_ = 0;
  fixups_.clear();
  scratch_.clear();
  if (p_ >= end_ || failure_ != CsvFailure::none) return false;
  record_begin_ = p_;
  record_line_ = line_;
  for (;;) {
    if (p_ < end_ && *p_ == '"') {
      if (!quoted_field()) return false;
    } else {
      // A local cursor: p_ is a member reached through `this`, which a char store may alias, so the compiler
      // would write it back to memory at every byte.
      const char* const start = p_;
      bool high = false;
      const char* const p = field_end_masked(p_, end_, sep_, high, masks_);
      // Only a field with a byte >= 0x80 needs the UTF-8 check. The field ends at an ASCII byte, which no
      // valid sequence crosses, so checking the field alone finds the same first bad byte.
      if (high)
        if (const char* bad = find_invalid_utf8(start, p)) return fail(CsvFailure::invalid_utf8, bad);
      const bool ascii = !high;
      p_ = p;
      // Filled field by field once the field is scanned: assigning a whole Cell{} first went through a
      // temporary on the stack whose partial reload stalled the store buffer on every field.
      Cell& c = add_cell();
      c.text = {start, static_cast<std::size_t>(p_ - start)};
      c.raw = start;
      c.line = 0;
      c.column = 0;
      c.ascii = ascii;
      c.not_scalar = false;
      c.number = false;
    }
    if (p_ >= end_) break;
    if (*p_ == sep_) {
      ++p_;
      continue;
    }
    // End of line: LF, CRLF, or a lone CR.
    if (*p_ == '\r' && p_ + 1 < end_ && p_[1] == '\n') ++p_;
    ++p_;
    ++line_;
    break;
  }
  for (const Fixup& f : fixups_) cells_[f.cell].text = {scratch_.data() + f.offset, f.size};
  return true;
}

bool CsvCursor::quoted_field() {
  const auto* uend = reinterpret_cast<const unsigned char*>(end_);
  const std::size_t index = count_;
  Cell& c = add_cell();
  c = Cell{};
  c.raw = p_;
  const char* open = p_++;
  const char* seg = p_;  // start of the text not yet copied
  bool ascii = true;
  bool copied = false;  // the value is being assembled in scratch_
  std::size_t offset = 0;
  for (;;) {
    while (p_ < end_ && *p_ != '"') {
      const auto b = static_cast<unsigned char>(*p_);
      if (b >= 0x80) {
        const std::size_t n = utf8_sequence_length(reinterpret_cast<const unsigned char*>(p_), uend);
        if (n == 0) return fail(CsvFailure::invalid_utf8, p_);
        p_ += n;
        ascii = false;
        continue;
      }
      if (b == '\n' || (b == '\r' && (p_ + 1 >= end_ || p_[1] != '\n'))) ++line_;
      ++p_;
    }
    if (p_ >= end_) return fail(CsvFailure::unterminated_quote, open);
    if (p_ + 1 < end_ && p_[1] == '"') {  // a doubled quote stands for one quote
      if (!copied) {
        copied = true;
        offset = scratch_.size();
      }
      scratch_.append(seg, static_cast<std::size_t>(p_ + 1 - seg));
      p_ += 2;
      seg = p_;
      continue;
    }
    const char* close = p_++;
    // Text between the closing quote and the delimiter is not RFC 4180; keep it, as spreadsheets do.
    const char* tail = p_;
    while (p_ < end_ && *p_ != sep_ && *p_ != '\n' && *p_ != '\r') {
      if (static_cast<unsigned char>(*p_) >= 0x80) {
        const std::size_t n = utf8_sequence_length(reinterpret_cast<const unsigned char*>(p_), uend);
        if (n == 0) return fail(CsvFailure::invalid_utf8, p_);
        p_ += n;
        ascii = false;
        continue;
      }
      ++p_;
    }
    if (copied || p_ != tail) {
      if (!copied) offset = scratch_.size();
      scratch_.append(seg, static_cast<std::size_t>(close - seg));
      scratch_.append(tail, static_cast<std::size_t>(p_ - tail));
      fixups_.push_back({index, offset, scratch_.size() - offset});
    } else {
      c.text = {seg, static_cast<std::size_t>(close - seg)};
    }
    c.ascii = ascii;
    return true;
  }
}

}  // namespace kiemtra::core::dataset
