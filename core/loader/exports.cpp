// Reads a library's exported symbols from the file, so nothing of it runs before it is known to be a plugin.
#include <elf.h>

#include <algorithm>
#include <fstream>
#include <string>
// Boost 1.74's library_info.hpp uses std::vector without including <vector>: keep this order.
// clang-format off
#include <vector>
#include <boost/dll/library_info.hpp>
// clang-format on

#include "loader/internal.hpp"

namespace kiemtra::core::loader_detail {

namespace {

/// Reads `count` objects at `offset`, refusing reads past the end of the file.
template <class T>
bool read_at(std::ifstream& in, std::uint64_t file_size, std::uint64_t offset, T* out, std::size_t count = 1) {
  const std::uint64_t bytes = sizeof(T) * static_cast<std::uint64_t>(count);
  if (offset > file_size || bytes > file_size - offset) return false;
  in.seekg(static_cast<std::streamoff>(offset));
  in.read(reinterpret_cast<char*>(out), static_cast<std::streamsize>(bytes));
  return static_cast<bool>(in);
}

}  // namespace

std::vector<std::string> dynamic_symbols(const fs::path& library) {
  std::vector<std::string> names;
  std::error_code ec;
  const std::uint64_t size = fs::file_size(library, ec);
  if (ec) return names;
  std::ifstream in(library, std::ios::binary);
  Elf64_Ehdr eh;
  if (!in || !read_at(in, size, 0, &eh)) return names;
  if (std::string_view(reinterpret_cast<const char*>(eh.e_ident), SELFMAG) != ELFMAG ||
      eh.e_ident[EI_CLASS] != ELFCLASS64 || eh.e_type != ET_DYN || eh.e_shentsize != sizeof(Elf64_Shdr))
    return names;
  std::vector<Elf64_Shdr> sections(eh.e_shnum);
  if (!read_at(in, size, eh.e_shoff, sections.data(), sections.size())) return names;
  for (const Elf64_Shdr& sh : sections) {
    if (sh.sh_type != SHT_DYNSYM || sh.sh_link >= sections.size() || sh.sh_entsize != sizeof(Elf64_Sym)) continue;
    const Elf64_Shdr& strtab = sections[sh.sh_link];
    std::vector<Elf64_Sym> syms(sh.sh_size / sizeof(Elf64_Sym));
    std::string text(strtab.sh_size, '\0');
    if (!read_at(in, size, sh.sh_offset, syms.data(), syms.size()) ||
        !read_at(in, size, strtab.sh_offset, text.data(), text.size()))
      return names;
    for (const Elf64_Sym& s : syms) {
      const unsigned bind = ELF64_ST_BIND(s.st_info);
      if (s.st_shndx == SHN_UNDEF || (bind != STB_GLOBAL && bind != STB_WEAK) ||
          ELF64_ST_VISIBILITY(s.st_other) != STV_DEFAULT || s.st_name >= text.size())
        continue;
      names.emplace_back(text.c_str() + s.st_name);  // `text` ends with NUL: it is a string table
    }
  }
  return names;
}

Exports check_exports(const fs::path& library) {
  std::vector<std::string> symbols;
  try {
    // Throws for anything that is not a native binary (a text file, an empty or truncated file).
    boost::dll::library_info info(library);
    symbols = info.symbols();
  } catch (const std::exception&) {
    return Exports::not_a_library;
  }
  // library_info reads only `.symtab`, which `strip` removes; the dynamic table is what dlsym sees.
  if (symbols.empty()) symbols = dynamic_symbols(library);
  return std::find(symbols.begin(), symbols.end(), "kiemtra_plugin_descriptor") != symbols.end()
             ? Exports::plugin
             : Exports::no_descriptor;
}

}  // namespace kiemtra::core::loader_detail
