// The record parser against a plain byte-by-byte reading of the same text: fields of every length around the
// 16-byte steps, each separator, CR, CRLF, quotes, Vietnamese text and invalid UTF-8 at every place.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "dataset/csv_parser.hpp"
#include "dataset/utf8.hpp"

namespace {

using namespace kiemtra::core;
using namespace kiemtra::core::dataset;

struct Parsed {
  std::vector<std::vector<std::string>> records;
  std::vector<std::vector<bool>> ascii;
  std::vector<std::uint32_t> lines;
  CsvFailure failure = CsvFailure::none;
  std::ptrdiff_t failure_at = -1;
};

Parsed with_cursor(const std::string& text, char sep) {
  Parsed out;
  CsvCursor c(text.data(), text.data() + text.size(), sep);
  while (c.next()) {
    out.records.emplace_back();
    out.ascii.emplace_back();
    out.lines.push_back(c.record_line());
    for (const Cell& cell : c.cells()) {
      out.records.back().emplace_back(cell.text);
      out.ascii.back().push_back(cell.ascii);
    }
  }
  out.failure = c.failure();
  if (c.failure_at() != nullptr) out.failure_at = c.failure_at() - text.data();
  return out;
}

/// Unquoted fields only (the reference does not unquote): one byte at a time.
Parsed by_hand(const std::string& text, char sep) {
  Parsed out;
  const auto* begin = reinterpret_cast<const unsigned char*>(text.data());
  const auto* end = begin + text.size();
  std::size_t i = 0;
  std::uint32_t line = 0;
  while (i < text.size()) {
    out.records.emplace_back();
    out.ascii.emplace_back();
    out.lines.push_back(line);
    for (;;) {
      std::string field;
      bool ascii = true;
      while (i < text.size() && text[i] != sep && text[i] != '\n' && text[i] != '\r') {
        const auto b = static_cast<unsigned char>(text[i]);
        if (b < 0x80) {
          field += text[i++];
          continue;
        }
        const std::size_t n = utf8_sequence_length(begin + i, end);
        if (n == 0) {
          out.records.pop_back();
          out.ascii.pop_back();
          out.lines.pop_back();
          out.failure = CsvFailure::invalid_utf8;
          out.failure_at = static_cast<std::ptrdiff_t>(i);
          return out;
        }
        field.append(text, i, n);
        i += n;
        ascii = false;
      }
      out.records.back().push_back(field);
      out.ascii.back().push_back(ascii);
      if (i >= text.size()) break;
      if (text[i] == sep) {
        ++i;
        continue;
      }
      if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      ++i;
      ++line;
      break;
    }
  }
  return out;
}

void expect_same(const std::string& text, char sep) {
  const Parsed a = with_cursor(text, sep), b = by_hand(text, sep);
  ASSERT_EQ(a.failure, b.failure) << text;
  EXPECT_EQ(a.failure_at, b.failure_at) << text;
  ASSERT_EQ(a.records, b.records) << text;
  EXPECT_EQ(a.ascii, b.ascii) << text;
  EXPECT_EQ(a.lines, b.lines) << text;
}

TEST(CsvCursor, FieldsOfEveryLengthAroundTheSixteenByteStepSplitAsByHand) {
  for (const char sep : {',', ';', '\t'})
    for (std::size_t len = 0; len <= 40; ++len)
      for (const char* eol : {"\n", "\r\n", "\r", ""}) {
        const std::string field(len, 'x');
        expect_same(field + sep + "ab" + sep + field + eol + "z" + sep + field, sep);
      }
}

TEST(CsvCursor, AByteAboveAsciiIsSeenWhereverItIsAndOnlyInItsField) {
  const std::string word = "Nguyễn";  // 'ễ' is three bytes
  for (std::size_t before = 0; before <= 34; ++before) {
    const std::string field = std::string(before, 'a') + word + std::string(20, 'b');
    expect_same(field + ",plain," + std::string(before, 'c') + "\n" + field, ',');
    // The separator right after the last multi-byte character, and text before it that is pure ASCII.
    expect_same(std::string(before, 'd') + ",x" + word + ",y", ',');
  }
}

TEST(CsvCursor, InvalidUtf8IsReportedAtItsByteAcrossTheStepBoundaries) {
  for (std::size_t before = 0; before <= 34; ++before)
    for (const std::string& bad : {std::string("\xC3"), std::string("\xE1\xBB"), std::string("\x80"),
                                  std::string("\xED\xA0\x80"), std::string("\xFF")}) {
      expect_same(std::string(before, 'a') + bad + ",b\n", ',');
      expect_same("ok,Đảng," + std::string(before, 'a') + bad, ',');
      expect_same(std::string(before, 'a') + bad + std::string(30, 'z') + "\n", ',');
    }
}

TEST(CsvCursor, FieldsAcrossTheSixtyFourByteBlocksSplitAsByHand) {
  // The splitter keeps the stops of 64 bytes at a time: fields of every length, starting at every offset of a
  // block, in records long enough to need several blocks, and a multi-byte letter on either side of a block's end.
  for (const char sep : {',', '\t'})
    for (std::size_t offset = 0; offset <= 70; ++offset) {
      std::string text = std::string(offset, 'p') + sep;
      for (std::size_t len = 0; len <= 140; len += 7) text += std::string(len, 'x') + sep + "y" + (len % 3 ? "\n" : "\r\n");
      expect_same(text, sep);
      const std::string letter = "ễ";
      expect_same(std::string(offset, 'a') + letter + std::string(70, 'b') + sep + std::string(60, 'c') + "\n" +
                      std::string(offset, 'd') + sep + letter,
                  sep);
    }
}

TEST(CsvCursor, AQuotedFieldBetweenLongUnquotedOnesKeepsTheBlockInStep) {
  for (std::size_t before = 0; before <= 70; ++before) {
    const std::string a(before, 'a'), b(90, 'b');
    const std::string text = a + ",\"x,\n\"\"y\"," + b + ",Đảng\n" + b + "," + a + "\n";
    const Parsed p = with_cursor(text, ',');
    ASSERT_EQ(p.failure, CsvFailure::none) << before;
    ASSERT_EQ(p.records.size(), 2u) << before;
    EXPECT_EQ(p.records[0], (std::vector<std::string>{a, "x,\n\"y", b, "Đảng"})) << before;
    EXPECT_EQ(p.ascii[0], (std::vector<bool>{true, true, true, false})) << before;
    EXPECT_EQ(p.records[1], (std::vector<std::string>{b, a})) << before;
    EXPECT_EQ(p.lines[1], 2u) << before;  // the quoted line end counts
  }
}

TEST(CsvCursor, RandomTextSplitsAsByHand) {
  std::mt19937 rng(7);
  const std::vector<std::string> pieces = {"a", "0", "2019-09-30", ",", ";", "\t", "\n", "\r", "\r\n", "ễ", "Đ",
                                           "\xC3", "\x80", "Nguyễn Văn An", "x'y", std::string(17, 'q')};
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const int n = static_cast<int>(rng() % 40);
    for (int k = 0; k < n; ++k) text += pieces[rng() % pieces.size()];
    for (const char sep : {',', ';', '\t'}) expect_same(text, sep);
  }
}

TEST(CsvCursor, AQuoteInsideAnUnquotedFieldIsKeptAndAQuotedFieldIsUnquoted) {
  const std::string text = "ab\"c,\"d,\"\"e\"\"\",f\n";
  const Parsed a = with_cursor(text, ',');
  ASSERT_EQ(a.records.size(), 1u);
  EXPECT_EQ(a.records[0], (std::vector<std::string>{"ab\"c", "d,\"e\"", "f"}));
}

}  // namespace
