// Reads a library's exported symbols from the file, so nothing of it runs before it is known to be a plugin.
#include <elf.h>

#include <algorithm>
#include <fstream>
#include <optional>
#include <string>
// Boost 1.74's library_info.hpp uses std::vector without including <vector>: keep this order.
// clang-format off
#include <vector>
#include <boost/dll/library_info.hpp>
// clang-format on

#include "kiemtra/plugin.hpp"
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

/// The ELF headers of a 64-bit shared library whose every section lies inside the file; false otherwise.
/// Nothing is allocated from a size the file declares before that size is checked against the file.
bool read_sections(std::ifstream& in, std::uint64_t size, Elf64_Ehdr& eh, std::vector<Elf64_Shdr>& sections) {
  if (!in || !read_at(in, size, 0, &eh)) return false;
  if (std::string_view(reinterpret_cast<const char*>(eh.e_ident), SELFMAG) != ELFMAG ||
      eh.e_ident[EI_CLASS] != ELFCLASS64 || eh.e_type != ET_DYN || eh.e_shentsize != sizeof(Elf64_Shdr))
    return false;
  if (eh.e_shoff > size || static_cast<std::uint64_t>(eh.e_shnum) * sizeof(Elf64_Shdr) > size - eh.e_shoff)
    return false;
  sections.resize(eh.e_shnum);
  if (!read_at(in, size, eh.e_shoff, sections.data(), sections.size())) return false;
  for (const Elf64_Shdr& sh : sections)
    if (sh.sh_type != SHT_NOBITS && (sh.sh_offset > size || sh.sh_size > size - sh.sh_offset)) return false;
  return true;
}

}  // namespace

bool sections_fit_file(const fs::path& library) {
  std::error_code ec;
  const std::uint64_t size = fs::file_size(library, ec);
  if (ec) return false;
  std::ifstream in(library, std::ios::binary);
  Elf64_Ehdr eh;
  std::vector<Elf64_Shdr> sections;
  return read_sections(in, size, eh, sections);
}

std::optional<std::uint64_t> dynamic_symbol_size(const fs::path& library, const std::string& name) {
  std::error_code ec;
  const std::uint64_t size = fs::file_size(library, ec);
  if (ec) return std::nullopt;
  std::ifstream in(library, std::ios::binary);
  Elf64_Ehdr eh;
  std::vector<Elf64_Shdr> sections;
  if (!read_sections(in, size, eh, sections)) return std::nullopt;
  for (const Elf64_Shdr& sh : sections) {
    if (sh.sh_type != SHT_DYNSYM || sh.sh_link >= sections.size() || sh.sh_entsize != sizeof(Elf64_Sym)) continue;
    const Elf64_Shdr& strtab = sections[sh.sh_link];
    std::vector<Elf64_Sym> syms(sh.sh_size / sizeof(Elf64_Sym));
    std::string text(strtab.sh_size, '\0');
    if (!read_at(in, size, sh.sh_offset, syms.data(), syms.size()) ||
        !read_at(in, size, strtab.sh_offset, text.data(), text.size()) || text.empty() || text.back() != '\0')
      return std::nullopt;
    for (const Elf64_Sym& s : syms)
      if (s.st_shndx != SHN_UNDEF && s.st_name < text.size() && text.c_str() + s.st_name == name)
        return ELF64_ST_TYPE(s.st_info) == STT_OBJECT ? s.st_size : 0;
  }
  return std::nullopt;
}

std::vector<std::string> dynamic_symbols(const fs::path& library) {
  std::vector<std::string> names;
  std::error_code ec;
  const std::uint64_t size = fs::file_size(library, ec);
  if (ec) return names;
  std::ifstream in(library, std::ios::binary);
  Elf64_Ehdr eh;
  std::vector<Elf64_Shdr> sections;
  if (!read_sections(in, size, eh, sections)) return names;
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
  // A section header that declares more than the file holds would make the symbol reader below allocate
  // what it says (gigabytes): such a file is refused before anything reads it.
  if (!sections_fit_file(library)) return Exports::not_a_library;
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
  if (std::find(symbols.begin(), symbols.end(), "kiemtra_plugin_descriptor") == symbols.end())
    return Exports::no_descriptor;
  // The host reads the descriptor as a KiemtraPluginDescriptor: a smaller object (an int of that name)
  // would be read past its end.
  const auto bytes = dynamic_symbol_size(library, "kiemtra_plugin_descriptor");
  return bytes && *bytes >= sizeof(KiemtraPluginDescriptor) ? Exports::plugin : Exports::bad_descriptor;
}

}  // namespace kiemtra::core::loader_detail
