// Glob matching of rule ids ("structure/*"): the same matcher the configuration uses for its rule globs.
#include "config/config_text.hpp"
#include "engine/engine.hpp"

namespace kiemtra::core {

bool glob_match(std::string_view glob, std::string_view id) { return config_detail::wildcard_match(glob, id); }

}  // namespace kiemtra::core
