// Reads a library's exported symbols from the file, so nothing of it runs before it is known to be a plugin.
// The file is untrusted bytes until then: every offset and size read from it is checked against the file's
// size before anything is allocated or read (fuzz/plugin_exports_fuzzer.cpp).
#include <elf.h>

#include <algorithm>
#include <fstream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

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

bool inside(std::uint64_t offset, std::uint64_t size, std::uint64_t file_size) {
  return offset <= file_size && size <= file_size - offset;
}

/// The section headers of a 64-bit ELF shared library whose sections all lie inside the file, or nullopt
/// for anything else (not ELF, 32-bit, not ET_DYN, truncated, or sizes that point past the end).
std::optional<std::vector<Elf64_Shdr>> library_sections(std::ifstream& in, std::uint64_t size) {
  Elf64_Ehdr eh;
  if (!in || !read_at(in, size, 0, &eh)) return std::nullopt;
  if (std::string_view(reinterpret_cast<const char*>(eh.e_ident), SELFMAG) != ELFMAG ||
      eh.e_ident[EI_CLASS] != ELFCLASS64 || eh.e_type != ET_DYN || eh.e_shentsize != sizeof(Elf64_Shdr))
    return std::nullopt;
  std::vector<Elf64_Shdr> sections(eh.e_shnum);  // at most 65,535 headers of 64 bytes
  if (!read_at(in, size, eh.e_shoff, sections.data(), sections.size())) return std::nullopt;
  for (const Elf64_Shdr& sh : sections)
    if (sh.sh_type != SHT_NOBITS && !inside(sh.sh_offset, sh.sh_size, size)) return std::nullopt;
  return sections;
}

/// Defined, global or weak, default-visibility names of the symbol tables of type `type` (SHT_DYNSYM: what
/// dlsym sees; SHT_SYMTAB: what `strip` removes).
void exported_names(std::ifstream& in, std::uint64_t size, const std::vector<Elf64_Shdr>& sections, std::uint32_t type,
                    std::vector<std::string>& names) {
  for (const Elf64_Shdr& sh : sections) {
    if (sh.sh_type != type || sh.sh_link >= sections.size() || sh.sh_entsize != sizeof(Elf64_Sym)) continue;
    const Elf64_Shdr& strtab = sections[sh.sh_link];
    if (strtab.sh_type != SHT_STRTAB || !inside(sh.sh_offset, sh.sh_size, size) ||
        !inside(strtab.sh_offset, strtab.sh_size, size))
      continue;
    std::vector<Elf64_Sym> syms(sh.sh_size / sizeof(Elf64_Sym));
    std::string text(strtab.sh_size, '\0');  // std::string ends with a NUL even when the table does not
    if (!read_at(in, size, sh.sh_offset, syms.data(), syms.size()) ||
        !read_at(in, size, strtab.sh_offset, text.data(), text.size()))
      continue;
    for (const Elf64_Sym& s : syms) {
      const unsigned bind = ELF64_ST_BIND(s.st_info);
      if (s.st_shndx == SHN_UNDEF || (bind != STB_GLOBAL && bind != STB_WEAK) ||
          ELF64_ST_VISIBILITY(s.st_other) != STV_DEFAULT || s.st_name >= text.size())
        continue;
      names.emplace_back(text.c_str() + s.st_name);
    }
  }
}

}  // namespace

bool sections_fit_file(const fs::path& library) {
  std::error_code ec;
  const std::uint64_t size = fs::file_size(library, ec);
  if (ec) return false;
  std::ifstream in(library, std::ios::binary);
  return library_sections(in, size).has_value();
}

std::optional<std::uint64_t> dynamic_symbol_size(const fs::path& library, const std::string& name) {
  std::error_code ec;
  const std::uint64_t size = fs::file_size(library, ec);
  if (ec) return std::nullopt;
  std::ifstream in(library, std::ios::binary);
  const auto sections = library_sections(in, size);
  if (!sections) return std::nullopt;
  for (const Elf64_Shdr& sh : *sections) {
    if (sh.sh_type != SHT_DYNSYM || sh.sh_link >= sections->size() || sh.sh_entsize != sizeof(Elf64_Sym)) continue;
    const Elf64_Shdr& strtab = (*sections)[sh.sh_link];
    if (strtab.sh_type != SHT_STRTAB) continue;
    std::vector<Elf64_Sym> syms(sh.sh_size / sizeof(Elf64_Sym));
    std::string text(strtab.sh_size, '\0');
    if (!read_at(in, size, sh.sh_offset, syms.data(), syms.size()) ||
        !read_at(in, size, strtab.sh_offset, text.data(), text.size()))
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
  if (const auto sections = library_sections(in, size)) exported_names(in, size, *sections, SHT_DYNSYM, names);
  return names;
}

Exports check_exports(const fs::path& library) {
  // Boost.DLL's library_info used to read the symbols here. It trusts the file's sizes and offsets (a file
  // claiming an 8 GB symbol table made it allocate 8 GB; a name offset past its string table made it read
  // past its buffer), so the ELF is read here instead, with every size checked first.
  std::error_code ec;
  const std::uint64_t size = fs::file_size(library, ec);
  if (ec) return Exports::not_a_library;
  std::ifstream in(library, std::ios::binary);
  const auto sections = library_sections(in, size);
  if (!sections) return Exports::not_a_library;
  std::vector<std::string> symbols;
  exported_names(in, size, *sections, SHT_DYNSYM, symbols);
  exported_names(in, size, *sections, SHT_SYMTAB, symbols);
  if (std::find(symbols.begin(), symbols.end(), "kiemtra_plugin_descriptor") == symbols.end())
    return Exports::no_descriptor;
  // The host reads the descriptor as a KiemtraPluginDescriptor: a smaller object (an int of that name)
  // would be read past its end.
  const auto bytes = dynamic_symbol_size(library, "kiemtra_plugin_descriptor");
  return bytes && *bytes >= sizeof(KiemtraPluginDescriptor) ? Exports::plugin : Exports::bad_descriptor;
}

}  // namespace kiemtra::core::loader_detail
