// The buffered CSV writer: quoting, date and money forms, flushing.
#include "gen/csv_writer.hpp"

#include <cerrno>
#include <cstring>
#include <stdexcept>

namespace kiemtra::bench {
namespace {

constexpr std::size_t kFlushAt = 1 << 20;

void put2(char* p, int v) {
  p[0] = static_cast<char>('0' + v / 10);
  p[1] = static_cast<char>('0' + v % 10);
}
void put4(char* p, int v) {
  put2(p, v / 100);
  put2(p + 2, v % 100);
}

}  // namespace

CsvWriter::CsvWriter(const std::filesystem::path& path, std::uint64_t seed, FormMix mix)
    : path_(path), rng_(seed), mix_(mix) {
  file_ = std::fopen(path.c_str(), "wb");
  if (!file_) throw std::runtime_error("cannot write " + path.string() + ": " + std::strerror(errno));
  buf_.reserve(kFlushAt + 4096);
}

CsvWriter::~CsvWriter() {
  if (file_) std::fclose(file_);
}

void CsvWriter::header(std::string_view line) {
  buf_.append(line);
  buf_.push_back('\n');
}

CsvWriter& CsvWriter::text(std::string_view s) {
  field();
  if (s.find_first_of(",\"\r\n") == std::string_view::npos) {
    buf_.append(s);
    return *this;
  }
  buf_.push_back('"');
  for (char c : s) {
    if (c == '"') buf_.push_back('"');
    buf_.push_back(c);
  }
  buf_.push_back('"');
  return *this;
}

CsvWriter& CsvWriter::date(Date d) {
  field();
  if (!d.valid()) return *this;
  const Ymd v = d.ymd();
  char out[10];
  if (rng_.chance(mix_.vn_date)) {
    put2(out, v.day);
    out[2] = '/';
    put2(out + 3, v.month);
    out[5] = '/';
    put4(out + 6, v.year);
  } else {
    put4(out, v.year);
    out[4] = '-';
    put2(out + 5, v.month);
    out[7] = '-';
    put2(out + 8, v.day);
  }
  buf_.append(out, out + 10);
  return *this;
}

CsvWriter& CsvWriter::month(Month m) {
  field();
  char out[7];
  if (rng_.chance(mix_.vn_date)) {
    put2(out, m.month());
    out[2] = '/';
    put4(out + 3, m.year());
  } else {
    put4(out, m.year());
    out[4] = '-';
    put2(out + 5, m.month());
  }
  buf_.append(out, out + 7);
  return *this;
}

CsvWriter& CsvWriter::money(std::int64_t v) {
  field();
  if (v < 0) return *this;
  if (v < 1000 || !rng_.chance(mix_.dotted_money)) {
    fmt::format_to(std::back_inserter(buf_), "{}", v);
    return *this;
  }
  // Thousands separated by dots, the Vietnamese way.
  char digits[24];
  int n = 0;
  for (std::int64_t x = v; x > 0; x /= 10) digits[n++] = static_cast<char>('0' + x % 10);
  for (int i = n - 1; i >= 0; --i) {
    buf_.push_back(digits[i]);
    if (i > 0 && i % 3 == 0) buf_.push_back('.');
  }
  return *this;
}

void CsvWriter::end_row() {
  buf_.push_back('\n');
  first_ = true;
  ++rows_;
  if (buf_.size() >= kFlushAt) flush();
}

void CsvWriter::flush() {
  if (buf_.size() == 0) return;
  if (std::fwrite(buf_.data(), 1, buf_.size(), file_) != buf_.size())
    throw std::runtime_error("cannot write " + path_.string() + ": " + std::strerror(errno));
  bytes_ += buf_.size();
  buf_.clear();
}

std::uint64_t CsvWriter::close() {
  if (!file_) return bytes_;
  flush();
  if (std::fclose(file_) != 0) {
    file_ = nullptr;
    throw std::runtime_error("cannot write " + path_.string() + ": " + std::strerror(errno));
  }
  file_ = nullptr;
  return bytes_;
}

}  // namespace kiemtra::bench
