// Small text helpers of the configuration: lists and dates as written in profiles.
#include "config/config_text.hpp"

namespace kiemtra::core::config_detail {

std::string join(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) out += separator;
    out += items[i];
  }
  return out;
}

DateText parse_date(std::string_view text, Date& out) {
  switch (Date::parse(text, out)) {
    case DateError::none: return DateText::ok;
    case DateError::no_such_date: return DateText::nonexistent;
    case DateError::malformed:
    case DateError::year_range: break;
  }
  return DateText::malformed;
}

}  // namespace kiemtra::core::config_detail
