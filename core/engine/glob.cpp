// Glob matching of rule ids ("structure/*").
#include "engine/engine.hpp"

namespace kiemtra::core {

bool glob_match(std::string_view glob, std::string_view id) {
  // Iterative matcher with one backtrack point: '*' matches any run, everything else literally.
  std::size_t g = 0, s = 0, star = std::string_view::npos, mark = 0;
  while (s < id.size()) {
    if (g < glob.size() && glob[g] == '*') {
      star = g++;
      mark = s;
    } else if (g < glob.size() && glob[g] == id[s]) {
      ++g;
      ++s;
    } else if (star != std::string_view::npos) {
      g = star + 1;
      s = ++mark;
    } else {
      return false;
    }
  }
  while (g < glob.size() && glob[g] == '*') ++g;
  return g == glob.size();
}

}  // namespace kiemtra::core
