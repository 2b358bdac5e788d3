// Deciding on colour once, for every writer of a command.
#include "cli/color.hpp"

#include <unistd.h>

#include <cstdlib>
#include <string_view>

namespace kiemtra::core::cli {

bool color_wanted(const std::string& choice, int fd) {
  if (choice == "always") return true;
  if (choice == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color && *no_color) return false;
  const char* term = std::getenv("TERM");
  if (term && std::string_view(term) == "dumb") return false;
  return ::isatty(fd) == 1;
}

}  // namespace kiemtra::core::cli
