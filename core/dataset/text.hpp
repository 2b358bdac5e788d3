// Text helpers of the reader: trimming, the NFC fast path, and the folded keys labels are compared by.
#pragma once

#include <string>
#include <string_view>

namespace kiemtra::core::dataset {

/// `s` without leading and trailing spaces and tabs.
inline std::string_view trim(std::string_view s) {
  std::size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t')) --e;
  return s.substr(b, e - b);
}

/// Whether every byte is ASCII.
bool is_ascii(std::string_view s);

/// `s` in Unicode NFC. Returns `s` itself when it is already NFC (ASCII, or Vietnamese letters that
/// are precomposed), otherwise normalizes into `scratch` and returns a view of it. `s` must be valid UTF-8.
std::string_view to_nfc(std::string_view s, std::string& scratch);

/// The key labels are compared by: NFC, case-folded, runs of spaces collapsed, ends trimmed.
std::string_view fold_key(std::string_view s, std::string& scratch);

}  // namespace kiemtra::core::dataset
