// Small text helpers of the configuration: lists and dates as written in profiles.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "kiemtra/date.hpp"
#include "util/name_match.hpp"

namespace kiemtra::core::config_detail {

/// "a, b, c".
std::string join(const std::vector<std::string>& items, std::string_view separator = ", ");

enum class DateText { ok, malformed, nonexistent };
/// Reads "2019-09-02" or "02/09/2019" (also "2/9/2019"); `out` is set only when ok.
DateText parse_date(std::string_view text, Date& out);

}  // namespace kiemtra::core::config_detail
