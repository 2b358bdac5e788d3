// RFC 4180 record parser over a memory buffer that also checks the bytes are UTF-8.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "dataset/cell.hpp"

namespace kiemtra::core::dataset {

/// Why parsing stopped before the end of the input.
enum class CsvFailure : std::uint8_t { none, invalid_utf8, unterminated_quote };

/// The field separators the reader knows: what Excel writes under different regional settings
/// (',' by default, ';' where the decimal mark is a comma, tab for "Unicode text").
inline bool known_separator(char c) { return c == ',' || c == ';' || c == '\t'; }

/// Reads records one at a time from [begin, end) without allocating per field: cells point into
/// the buffer, and only quoted fields holding doubled quotes (or text after the closing quote)
/// are copied, into a scratch buffer reused from record to record. `separator` is one of
/// known_separator(); it is fixed for the cursor.
class CsvCursor {
 public:
  CsvCursor(const char* begin, const char* end, char separator = ',');

  /// Parses the next record. Returns false at the end of the input or on a failure (see
  /// failure()). An empty line gives one empty cell.
  bool next();
  /// Passes over the record at pos(), which a caller has read itself and found to end with a line break just
  /// before `next`: as next() would, but with no cells.
  void skip_record(const char* next) {
    count_ = 0;
    record_begin_ = p_;
    record_line_ = line_++;
    p_ = next;
  }
  /// The cells of the record last returned (valid until the next call).
  std::span<const Cell> cells() const { return {cells_.data(), count_}; }

  /// Where the next record starts.
  const char* pos() const { return p_; }
  /// First byte of the record last returned.
  const char* record_begin() const { return record_begin_; }
  /// Line breaks passed before the record last returned, counted from the cursor's start.
  std::uint32_t record_line() const { return record_line_; }
  /// Line breaks passed so far.
  std::uint32_t lines() const { return line_; }
  CsvFailure failure() const { return failure_; }
  /// The offending byte (invalid UTF-8) or opening quote (unterminated quote).
  const char* failure_at() const { return failure_at_; }

 private:
  bool quoted_field();
  bool fail(CsvFailure f, const char* at);
  Cell& add_cell() {
    if (count_ == cells_.size()) cells_.resize(cells_.size() * 2 + 16);
    return cells_[count_++];
  }

  const char* p_;
  const char* end_;
  char sep_;
  const char* record_begin_ = nullptr;
  std::uint32_t line_ = 0;
  std::uint32_t record_line_ = 0;
  CsvFailure failure_ = CsvFailure::none;
  const char* failure_at_ = nullptr;
  std::vector<Cell> cells_;
  std::size_t count_ = 0;
  std::string scratch_;
  struct Fixup {
    std::size_t cell, offset, size;
  };
  std::vector<Fixup> fixups_;
  /// Where the separators, line ends and bytes >= 0x80 are in the 64 bytes from `base`, one bit a byte: most
  /// fields are a few bytes long, so one block's masks serve the next several fields (csv_parser.cpp).
  struct StopMasks {
    const char* base = nullptr;
    std::uint64_t stops = 0;
    std::uint64_t high = 0;
  };
  StopMasks masks_;
};

}  // namespace kiemtra::core::dataset
