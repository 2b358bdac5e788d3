// Numbers as each language writes them, so that every report and message agrees:
// Vietnamese 2.774 and 95,3 %; English 2,774 and 95.3%.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace kiemtra::core {

/// A whole number with its thousands grouped: "2.774" (vi), "2,774" (en).
std::string format_count(std::int64_t value, std::string_view lang);

/// A number with `decimals` digits after the point, grouped: "1.234,5" (vi), "1,234.5" (en).
std::string format_decimal(double value, int decimals, std::string_view lang);

/// A percentage (95.3 for 95.3 %) with `decimals` digits: "95,3 %" (vi), "95.3%" (en).
std::string format_percent(double percent, int decimals, std::string_view lang);

}  // namespace kiemtra::core
