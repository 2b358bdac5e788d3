// Escaping for HTML, XML, JSON-in-HTML and CSV, and UTF-8 repair.
#include "report/text_escape.hpp"

#include <cstdint>

#include "util/utf8_sequence.hpp"

namespace kiemtra::core {

namespace {

/// Length of the valid UTF-8 sequence at s[i] (1 for ASCII), or 0 when it is not one.
std::size_t utf8_length(std::string_view s, std::size_t i) {
  return static_cast<unsigned char>(s[i]) < 0x80 ? 1 : utf8_sequence_length(s, i);
}

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

/// Calls emit(sequence) for each character of `s`, U+FFFD standing in for invalid bytes.
template <class Emit>
void for_each_char(std::string_view s, Emit emit) {
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t n = utf8_length(s, i);
    if (n == 0) {
      emit(kReplacement);
      ++i;
    } else {
      emit(s.substr(i, n));
      i += n;
    }
  }
}

}  // namespace

std::string valid_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for_each_char(s, [&](std::string_view c) { out += c; });
  return out;
}

std::string html_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 16);
  for_each_char(s, [&](std::string_view c) {
    switch (c[0]) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      case '\0': out += kReplacement; break;
      default: out += c;
    }
  });
  return out;
}

std::string xml_escape(std::string_view s, bool attribute) {
  std::string out;
  out.reserve(s.size() + 16);
  for_each_char(s, [&](std::string_view c) {
    const auto u = static_cast<unsigned char>(c[0]);
    if (c == "\xEF\xBF\xBE" || c == "\xEF\xBF\xBF") return;  // U+FFFE, U+FFFF: not XML characters
    switch (c[0]) {
      case '&': out += "&amp;"; return;
      case '<': out += "&lt;"; return;
      case '>': out += "&gt;"; return;
      case '"': out += attribute ? "&quot;" : "\""; return;
      case '\t': out += attribute ? "&#9;" : "\t"; return;
      case '\n': out += attribute ? "&#10;" : "\n"; return;
      case '\r': out += "&#13;"; return;
      default:
        if (u < 0x20 || u == 0x7F) return;  // C0 controls cannot appear in XML 1.0 at all
        out += c;
    }
  });
  return out;
}

std::string script_safe_json(std::string_view json) {
  std::string out;
  out.reserve(json.size() + json.size() / 16);
  for (std::size_t i = 0; i < json.size(); ++i) {
    const char c = json[i];
    if (c == '<')
      out += "\\u003c";
    else if (c == '>')
      out += "\\u003e";
    else if (c == '&')
      out += "\\u0026";
    else if (c == '\xE2' && i + 2 < json.size() && json[i + 1] == '\x80' &&
             (json[i + 2] == '\xA8' || json[i + 2] == '\xA9')) {
      out += json[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
      i += 2;
    } else {
      out += c;
    }
  }
  return out;
}

std::string csv_field(std::string_view raw) {
  std::string s = valid_utf8(raw);
  if (!s.empty() && (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' || s[0] == '\t' || s[0] == '\r'))
    s.insert(s.begin(), '\'');
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string_view utf8_prefix(std::string_view s, std::size_t max_bytes) {
  if (s.size() <= max_bytes) return s;
  std::size_t n = max_bytes;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return s.substr(0, n);
}

}  // namespace kiemtra::core
