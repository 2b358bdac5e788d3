// Matching names as users type them: rule-id globs, and "did you mean" for a name that is almost right.
// One place for config, CLI and engine, so a glob means the same in a profile, in --rules and in a waiver.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kiemtra::core {

/// Whether `text` matches `glob`, where `*` matches any run of characters (also none).
bool glob_match(std::string_view glob, std::string_view text);

/// Levenshtein distance, counted in bytes (ids and parameter names are ASCII).
std::size_t edit_distance(std::string_view a, std::string_view b);

/// The candidate closest to `word` (ignoring ASCII case) when it is close enough to be a likely typo; "" otherwise.
std::string closest(std::string_view word, const std::vector<std::string>& candidates);

/// " (có phải ý bạn là 'x'?)" / " (did you mean 'x'?)", or empty when nothing is close.
struct Suggestion {
  std::string vi;
  std::string en;
};
Suggestion did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

/// ASCII lower case.
std::string ascii_lower(std::string_view s);

}  // namespace kiemtra::core
