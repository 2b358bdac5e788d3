// Fuzzes what the loader reads of a plugin file before running any of its code: the ELF dynamic symbol table
// (dynamic_symbols), the export check (check_exports) and the built-in token (exported_text, an object's bytes).
// A file in a plugin folder is untrusted bytes until this check says it is a kiemtra plugin.
#include <cstddef>
#include <cstdint>

#include "fuzz_support.hpp"
#include "loader/internal.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace kiemtra::core::loader_detail;
  const auto file = kiemtra::fuzz::write_scratch("plugin.so", kiemtra::fuzz::as_text(data, size));
  (void)dynamic_symbols(file);
  (void)check_exports(file);
  (void)exported_text(file, "kiemtra_builtin_token");
  return 0;
}
