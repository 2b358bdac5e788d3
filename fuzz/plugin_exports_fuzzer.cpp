// Fuzzes what the loader reads of a plugin file before running any of its code: the ELF dynamic symbol table
// (dynamic_symbols) and the export check (check_exports, Boost.DLL's library_info, then the dynamic table).
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
  return 0;
}
