// Which libraries kiemtra built itself. The trial load in a child (probe.cpp) guards the host against a corrupt
// or crashing library it knows nothing of; a built-in plugin, compiled in the same tree as the host, is as
// trusted as the host's own code. Skipping its trial saves a small run the fork and a second load of every
// plugin (about 7 ms of a province's 60 on a 2-core virtual machine, docs/performance.md).
#include "kiemtra_builtin_token.hpp"
#include "loader/internal.hpp"

namespace kiemtra::core::loader_detail {

bool built_with_this_kiemtra(const fs::path& library) {
  return exported_text(library, "kiemtra_builtin_token") == KIEMTRA_BUILTIN_TOKEN;
}

}  // namespace kiemtra::core::loader_detail
