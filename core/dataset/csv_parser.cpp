// The CSV hot loop: a byte-class table drives field splitting, line counting and UTF-8 checks.
#include "dataset/csv_parser.hpp"

#include <array>
#include <cstring>

#include "dataset/utf8.hpp"

namespace kiemtra::core::dataset {

namespace {

enum : std::uint8_t { kPlain, kComma, kQuote, kLf, kCr, kHigh };

constexpr std::array<std::uint8_t, 256> make_classes(char separator) {
  std::array<std::uint8_t, 256> t{};
  t[static_cast<unsigned char>(separator)] = kComma;
  t['"'] = kQuote;
  t['\n'] = kLf;
  t['\r'] = kCr;
  for (int c = 0x80; c < 0x100; ++c) t[static_cast<std::size_t>(c)] = kHigh;
  return t;
}
constexpr std::array<std::uint8_t, 256> kCommaClasses = make_classes(',');
constexpr std::array<std::uint8_t, 256> kSemicolonClasses = make_classes(';');
constexpr std::array<std::uint8_t, 256> kTabClasses = make_classes('\t');

// Bit 7 of each byte of the result is set where `w` holds byte `b` (exact for the lowest such byte,
// which is all the caller uses).
inline std::uint64_t bytes_equal(std::uint64_t w, unsigned char b) {
  const std::uint64_t x = w ^ (0x0101010101010101ull * b);
  return (x - 0x0101010101010101ull) & ~x & 0x8080808080808080ull;
}

// Skips 8 bytes at a time while none is the separator, a quote, CR, LF or a non-ASCII byte.
inline const char* skip_plain(const char* p, const char* end, char sep) {
  while (end - p >= 8) {
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    const std::uint64_t stop = bytes_equal(w, static_cast<unsigned char>(sep)) | bytes_equal(w, '"') | bytes_equal(w, '\n') | bytes_equal(w, '\r') |
                               (w & 0x8080808080808080ull);
    if (stop != 0) return p + (__builtin_ctzll(stop) >> 3);
    p += 8;
  }
  return p;
}

}  // namespace

CsvCursor::CsvCursor(const char* begin, const char* end, char separator)
    : p_(begin),
      end_(end),
      sep_(separator),
      classes_(separator == ';'    ? kSemicolonClasses.data()
               : separator == '\t' ? kTabClasses.data()
                                   : kCommaClasses.data()) {
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
  const auto* uend = reinterpret_cast<const unsigned char*>(end_);
  for (;;) {
    if (p_ < end_ && *p_ == '"') {
      if (!quoted_field()) return false;
    } else {
      // A local cursor: p_ is a member reached through `this`, which a char store may alias, so the compiler
      // would write it back to memory at every byte.
      const char* const start = p_;
      const char* p = skip_plain(p_, end_, sep_);
      bool ascii = true;
      while (p < end_) {
        const std::uint8_t k = classes_[static_cast<unsigned char>(*p)];
        if (k == kPlain || k == kQuote) {  // a quote inside an unquoted field is kept as written
          ++p;
        } else if (k == kHigh) {
          const std::size_t n = utf8_sequence_length(reinterpret_cast<const unsigned char*>(p), uend);
          if (n == 0) return fail(CsvFailure::invalid_utf8, p);
          p += n;
          ascii = false;
        } else {
          break;
        }
      }
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
