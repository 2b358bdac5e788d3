// A buffered CSV file writer that mixes date and money forms as real exports do.
#pragma once

#include <fmt/format.h>

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <string_view>

#include "gen/prng.hpp"
#include "kiemtra/date.hpp"

namespace kiemtra::bench {

/// Shares of the non-canonical forms a writer mixes in.
struct FormMix {
  double vn_date = 0.05;      ///< dd/mm/yyyy instead of ISO
  double dotted_money = 0.1;  ///< 1.490.000 instead of 1490000
};

/// Writes one CSV file through a large buffer (fmt::format_to, then fwrite).
/// Values are written as fields of the current row; `end_row` terminates it.
class CsvWriter {
 public:
  CsvWriter(const std::filesystem::path& path, std::uint64_t seed, FormMix mix = {});
  ~CsvWriter();
  CsvWriter(const CsvWriter&) = delete;
  CsvWriter& operator=(const CsvWriter&) = delete;

  /// The header row (not counted as a data row).
  void header(std::string_view line);

  /// Text, quoted per RFC 4180 when it holds a comma, a quote or a newline.
  CsvWriter& text(std::string_view s);
  /// Text written as it is (the caller knows it needs no quoting).
  CsvWriter& raw(std::string_view s) {
    field();
    buf_.append(s);
    return *this;
  }
  CsvWriter& integer(std::int64_t v) {
    field();
    fmt::format_to(std::back_inserter(buf_), "{}", v);
    return *this;
  }
  /// A date in ISO form, or now and then dd/mm/yyyy; empty for no date.
  CsvWriter& date(Date d);
  /// A date as written, in the form chosen by the caller (used for planted impossible dates).
  CsvWriter& date_text(std::string_view s) { return raw(s); }
  /// A month "2019-09", or now and then "09/2019".
  CsvWriter& month(Month m);
  /// Money in đồng: "1490000", or now and then "1.490.000"; empty for kNoMoney (< 0).
  CsvWriter& money(std::int64_t v);
  CsvWriter& empty() {
    field();
    return *this;
  }
  void end_row();

  /// Flushes and closes; returns the bytes written.
  std::uint64_t close();
  std::uint64_t rows() const { return rows_; }
  std::uint64_t bytes() const { return bytes_ + buf_.size(); }

 private:
  void field() {
    if (!first_) buf_.push_back(',');
    first_ = false;
  }
  void flush();

  std::FILE* file_ = nullptr;
  std::filesystem::path path_;
  fmt::memory_buffer buf_;
  Rng rng_;
  FormMix mix_;
  bool first_ = true;
  std::uint64_t rows_ = 0;
  std::uint64_t bytes_ = 0;
};

}  // namespace kiemtra::bench
