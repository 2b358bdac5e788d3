// JSON string escaping: the fast path (eight bytes at a time, UTF-8 runs in one piece) gives exactly what a
// byte-by-byte escaper gives, on text, on every byte value and at every offset.
#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <string>

#include "report/json_writer.hpp"

namespace kiemtra::test {
namespace {

// Byte by byte: printable ASCII as it is, valid UTF-8 sequences as they are, the rest escaped or U+FFFD.
std::size_t valid_utf8(const std::string& s, std::size_t i) {
  const auto b = [&](std::size_t k) { return k < s.size() ? static_cast<unsigned char>(s[k]) : 0u; };
  const auto cont = [&](std::size_t k) { return k < s.size() && (b(k) & 0xC0) == 0x80; };
  const unsigned c = b(i);
  if (c >= 0xC2 && c <= 0xDF) return cont(i + 1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if (!cont(i + 1) || !cont(i + 2) || (c == 0xE0 && b(i + 1) < 0xA0) || (c == 0xED && b(i + 1) >= 0xA0)) return 0;
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (!cont(i + 1) || !cont(i + 2) || !cont(i + 3) || (c == 0xF0 && b(i + 1) < 0x90) || (c == 0xF4 && b(i + 1) >= 0x90))
      return 0;
    return 4;
  }
  return 0;
}

std::string reference(const std::string& s) {
  std::string out = "\"";
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      const std::size_t n = valid_utf8(s, i);
      out += n ? s.substr(i, n) : std::string("\xEF\xBF\xBD");
      i += n ? n : 1;
      continue;
    }
    if (c == '"') out += "\\\"";
    else if (c == '\\') out += "\\\\";
    else if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c == '\t') out += "\\t";
    else if (c == '\b') out += "\\b";
    else if (c == '\f') out += "\\f";
    else if (c < 0x20) {
      static const char* const hex = "0123456789abcdef";
      out += "\\u00";
      out += hex[c >> 4];
      out += hex[c & 15];
    } else {
      out += static_cast<char>(c);
    }
    ++i;
  }
  return out + "\"";
}

std::string escaped(const std::string& s) {
  std::string out;
  core::append_json_string(s, out);
  return out;
}

TEST(JsonString, EveryByteAtEveryOffsetOfAnAsciiRun) {
  for (int byte = 0; byte < 256; ++byte)
    for (std::size_t at = 0; at < 20; ++at) {
      std::string s(20, 'a');
      s[at] = static_cast<char>(byte);
      ASSERT_EQ(escaped(s), reference(s)) << byte << " at " << at;
    }
}

TEST(JsonString, VietnameseTextAndBrokenSequences) {
  for (const std::string& s :
       {std::string("Đảng viên Nguyễn Văn An (DV01) đóng 120.000 đ cho tháng 08/2019"), std::string("chi bộ \"Hòa\"\\x"),
        std::string("ư\xC6"), std::string("\xE1\xBA"), std::string("a\xF0\x9F\x98\x80z"), std::string("\xC0\xAF overlong"),
        std::string("\xED\xA0\x80 surrogate"), std::string("tab\there\nand\x01"), std::string()})
    EXPECT_EQ(escaped(s), reference(s)) << s;
}

TEST(JsonString, RandomBytesMatchTheByteByByteEscaper) {
  std::mt19937 rng(20261205);
  for (int k = 0; k < 20000; ++k) {
    std::string s(rng() % 40, ' ');
    for (char& c : s) {
      const unsigned r = rng() % 10;
      // Mostly text, with quotes, controls, lead and continuation bytes mixed in.
      c = static_cast<char>(r < 5 ? 'a' + rng() % 26 : r < 7 ? 0x80 + rng() % 0x80 : r < 8 ? rng() % 0x20 : r < 9 ? '"' : 0xC3);
    }
    ASSERT_EQ(escaped(s), reference(s)) << k;
  }
}

}  // namespace
}  // namespace kiemtra::test
