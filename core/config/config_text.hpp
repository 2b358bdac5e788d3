// Small text helpers of the configuration: glob matching, "did you mean", dates as written in profiles.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "kiemtra/date.hpp"

namespace kiemtra::core::config_detail {

/// Whether `text` matches `glob`, where `*` matches any run of characters (also none).
/// The engine has its own matcher; the configuration keeps one so it does not depend on the engine.
bool wildcard_match(std::string_view glob, std::string_view text);

/// Levenshtein distance, counted in bytes (ids and parameter names are ASCII).
std::size_t edit_distance(std::string_view a, std::string_view b);

/// The candidate closest to `word` when it is close enough to be a likely typo; "" otherwise.
std::string closest(std::string_view word, const std::vector<std::string>& candidates);

/// ASCII lower case.
std::string ascii_lower(std::string_view s);

/// "a, b, c".
std::string join(const std::vector<std::string>& items, std::string_view separator = ", ");

enum class DateText { ok, malformed, nonexistent };
/// Reads "2019-09-02" or "02/09/2019" (also "2/9/2019"); `out` is set only when ok.
DateText parse_date(std::string_view text, Date& out);

}  // namespace kiemtra::core::config_detail
