// Matching names as users type them: rule-id globs, and "did you mean" for a name that is almost right.
#include "util/name_match.hpp"

#include <algorithm>

namespace kiemtra::core {

bool glob_match(std::string_view glob, std::string_view text) {
  // Greedy match with backtracking to the last star: linear in practice, no recursion.
  std::size_t g = 0, t = 0;
  std::size_t star = std::string_view::npos, mark = 0;
  while (t < text.size()) {
    if (g < glob.size() && glob[g] == '*') {
      star = g++;
      mark = t;
    } else if (g < glob.size() && glob[g] == text[t]) {
      ++g;
      ++t;
    } else if (star != std::string_view::npos) {
      g = star + 1;
      t = ++mark;
    } else {
      return false;
    }
  }
  while (g < glob.size() && glob[g] == '*') ++g;
  return g == glob.size();
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::string closest(std::string_view word, const std::vector<std::string>& candidates) {
  // A third of the word's length (at least 2) catches typos and a missing word part
  // without suggesting unrelated names.
  const std::size_t limit = std::max<std::size_t>(2, word.size() / 3);
  std::string best;
  std::size_t best_distance = limit + 1;
  const std::string lower_word = ascii_lower(word);
  for (const std::string& c : candidates) {
    const std::string lower_c = ascii_lower(c);
    std::size_t d = edit_distance(lower_word, lower_c);
    // A shortened word ("warn" for "warning") is a likely typo however many letters it lacks.
    if (d > limit && lower_word.size() >= 3 && lower_c.rfind(lower_word, 0) == 0) d = limit;
    if (d < best_distance) {
      best_distance = d;
      best = c;
    }
  }
  return best;
}

Suggestion did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
  const std::string c = closest(word, candidates);
  if (c.empty() || c == word) return {};
  return {" (có phải ý bạn là '" + c + "'?)", " (did you mean '" + c + "'?)"};
}

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace kiemtra::core
