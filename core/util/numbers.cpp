// Grouping and decimal marks per language; one place, so a count reads the same in every format.
#include "util/numbers.hpp"

#include <cmath>
#include <cstdio>

namespace kiemtra::core {

namespace {

bool english(std::string_view lang) { return lang == "en"; }

/// "1234567" -> "1.234.567" with `sep`.
std::string group(std::string_view digits, char sep) {
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += sep;
    out += digits[i];
  }
  return out;
}

}  // namespace

std::string format_count(std::int64_t value, std::string_view lang) {
  // Through unsigned so the most negative value has a magnitude.
  const std::uint64_t magnitude = value < 0 ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
  const std::string digits = std::to_string(magnitude);
  return (value < 0 ? "-" : "") + group(digits, english(lang) ? ',' : '.');
}

std::string format_decimal(double value, int decimals, std::string_view lang) {
  if (!std::isfinite(value)) return std::isnan(value) ? "NaN" : value < 0 ? "-∞" : "∞";
  char buf[400];
  std::snprintf(buf, sizeof buf, "%.*f", decimals < 0 ? 0 : decimals, std::fabs(value));
  const std::string text = buf;
  const std::size_t point = text.find('.');
  const bool en = english(lang);
  std::string out = group(std::string_view(text).substr(0, point), en ? ',' : '.');
  if (point != std::string::npos) out += (en ? '.' : ',') + text.substr(point + 1);
  // -0.0 rounds to "0,0": no minus sign on a zero.
  const bool zero = out.find_first_not_of("0.,") == std::string::npos;
  return (value < 0 && !zero ? "-" : "") + out;
}

std::string format_percent(double percent, int decimals, std::string_view lang) {
  return format_decimal(percent, decimals, lang) + (english(lang) ? "%" : " %");
}

}  // namespace kiemtra::core
