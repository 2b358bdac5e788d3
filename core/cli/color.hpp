// Colour on a terminal: --color=auto|always|never, NO_COLOR (https://no-color.org) and TERM=dumb respected.
#pragma once

#include <string>

namespace kiemtra::core::cli {

/// Whether output to `fd` gets colour: "always", "never", or "auto" (a terminal, NO_COLOR unset or empty,
/// TERM not "dumb").
bool color_wanted(const std::string& choice, int fd);

}  // namespace kiemtra::core::cli
