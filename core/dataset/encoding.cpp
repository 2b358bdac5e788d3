// Manifest names of the text encodings.
#include "dataset/encoding.hpp"

#include <string>

namespace kiemtra::core::dataset {

bool encoding_by_name(std::string_view name, TextEncoding& out) {
  std::string n;
  for (char c : name) {
    if (c == ' ' || c == '_') c = '-';
    n += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  struct Entry {
    std::string_view name;
    TextEncoding e;
  };
  static constexpr Entry kNames[] = {
      {"utf-8", TextEncoding::utf8},          {"utf8", TextEncoding::utf8},
      {"utf-16", TextEncoding::detect},       {"unicode", TextEncoding::detect},
      {"utf-16le", TextEncoding::utf16le},    {"utf-16be", TextEncoding::utf16be},
      {"windows-1258", TextEncoding::windows1258}, {"cp1258", TextEncoding::windows1258},
      {"cp-1258", TextEncoding::windows1258}, {"tcvn3", TextEncoding::tcvn3},
      {"tcvn", TextEncoding::tcvn3},          {"abc", TextEncoding::tcvn3},
      {"vni", TextEncoding::vni},             {"vni-windows", TextEncoding::vni},
  };
  for (const Entry& e : kNames)
    if (e.name == n) {
      out = e.e;
      return true;
    }
  return false;
}

std::string_view encoding_name(TextEncoding e) {
  switch (e) {
    case TextEncoding::detect: return "utf-16";
    case TextEncoding::utf8: return "utf-8";
    case TextEncoding::utf16le: return "utf-16le";
    case TextEncoding::utf16be: return "utf-16be";
    case TextEncoding::windows1258: return "windows-1258";
    case TextEncoding::tcvn3: return "tcvn3";
    case TextEncoding::vni: return "vni";
  }
  return "utf-8";
}

}  // namespace kiemtra::core::dataset
