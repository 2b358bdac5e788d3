// PluginSet helpers.
#include "loader/loader.hpp"

namespace kiemtra::core {

bool PluginSet::all_loaded() const {
  for (const auto& p : plugins)
    if (!p.loaded) return false;
  return true;
}

}  // namespace kiemtra::core
