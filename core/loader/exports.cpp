// Reads a library's exported symbols from the file, so nothing of it runs before it is known to be a plugin.
// The file is untrusted bytes until then: every offset and size read from it is checked against the file's
// size before anything is read (fuzz/plugin_exports_fuzzer.cpp). The file is mapped, not copied: its symbol
// tables are megabytes in a build with symbols, and each plugin's copy cost the host that much fresh memory.
#include <elf.h>

#include <algorithm>
#include <cstring>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kiemtra/plugin.hpp"
#include "loader/internal.hpp"
#include "util/file_map.hpp"

namespace kiemtra::core::loader_detail {

namespace {

/// The library's bytes, mapped; false for a file that cannot be (the loader's answer is then only "not a
/// plugin", said by the caller).
bool map_library(const fs::path& library, FileMap& file) {
  Text ignored;
  return file.open(library.string(), ignored) && file.size() > 0;
}

bool inside(std::uint64_t offset, std::uint64_t size, std::uint64_t file_size) {
  return offset <= file_size && size <= file_size - offset;
}

/// Copies the object at `offset` (the mapping gives no alignment), refusing reads past the end of the file.
template <class T>
bool read_at(std::string_view file, std::uint64_t offset, T* out) {
  if (!inside(offset, sizeof(T), file.size())) return false;
  std::memcpy(out, file.data() + offset, sizeof(T));
  return true;
}

/// The section headers of a 64-bit ELF shared library whose sections all lie inside the file, or nullopt
/// for anything else (not ELF, 32-bit, not ET_DYN, truncated, or sizes that point past the end).
std::optional<std::vector<Elf64_Shdr>> library_sections(std::string_view file) {
  Elf64_Ehdr eh;
  if (!read_at(file, 0, &eh)) return std::nullopt;
  if (std::string_view(reinterpret_cast<const char*>(eh.e_ident), SELFMAG) != ELFMAG ||
      eh.e_ident[EI_CLASS] != ELFCLASS64 || eh.e_type != ET_DYN || eh.e_shentsize != sizeof(Elf64_Shdr))
    return std::nullopt;
  const std::uint64_t bytes = std::uint64_t{eh.e_shnum} * sizeof(Elf64_Shdr);  // at most 65,535 headers
  if (!inside(eh.e_shoff, bytes, file.size())) return std::nullopt;
  std::vector<Elf64_Shdr> sections(eh.e_shnum);
  if (bytes > 0) std::memcpy(sections.data(), file.data() + eh.e_shoff, bytes);
  for (const Elf64_Shdr& sh : sections)
    if (sh.sh_type != SHT_NOBITS && !inside(sh.sh_offset, sh.sh_size, file.size())) return std::nullopt;
  return sections;
}

/// Calls `fn(symbol, name)` for each symbol of the tables of type `type` (SHT_DYNSYM: what dlsym sees;
/// SHT_SYMTAB: what `strip` removes) whose name lies inside its string table; stops when `fn` returns true.
bool any_symbol(std::string_view file, const std::vector<Elf64_Shdr>& sections, std::uint32_t type,
                const std::function<bool(const Elf64_Sym&, std::string_view)>& fn) {
  for (const Elf64_Shdr& sh : sections) {
    if (sh.sh_type != type || sh.sh_link >= sections.size() || sh.sh_entsize != sizeof(Elf64_Sym)) continue;
    const Elf64_Shdr& strtab = sections[sh.sh_link];
    if (strtab.sh_type != SHT_STRTAB || !inside(sh.sh_offset, sh.sh_size, file.size()) ||
        !inside(strtab.sh_offset, strtab.sh_size, file.size()))
      continue;
    const std::string_view text = file.substr(strtab.sh_offset, strtab.sh_size);
    const std::uint64_t count = sh.sh_size / sizeof(Elf64_Sym);
    for (std::uint64_t k = 0; k < count; ++k) {
      Elf64_Sym s;
      std::memcpy(&s, file.data() + sh.sh_offset + k * sizeof(Elf64_Sym), sizeof s);
      if (s.st_name >= text.size()) continue;
      // A name runs to its NUL, or to the table's end when the table has none.
      const std::string_view rest = text.substr(s.st_name);
      if (fn(s, rest.substr(0, rest.find('\0')))) return true;
    }
  }
  return false;
}

/// Defined, global or weak, default-visibility: what another object can link to.
bool exported(const Elf64_Sym& s) {
  const unsigned bind = ELF64_ST_BIND(s.st_info);
  return s.st_shndx != SHN_UNDEF && (bind == STB_GLOBAL || bind == STB_WEAK) &&
         ELF64_ST_VISIBILITY(s.st_other) == STV_DEFAULT;
}

/// The size of the defined dynamic symbol `name` (0 when it is not an object), or nullopt when there is none.
std::optional<std::uint64_t> symbol_size(std::string_view file, const std::vector<Elf64_Shdr>& sections,
                                         std::string_view name) {
  std::optional<std::uint64_t> size;
  any_symbol(file, sections, SHT_DYNSYM, [&](const Elf64_Sym& s, std::string_view n) {
    if (s.st_shndx == SHN_UNDEF || n != name) return false;
    size = ELF64_ST_TYPE(s.st_info) == STT_OBJECT ? s.st_size : 0;
    return true;
  });
  return size;
}

/// The bytes of the exported object `name` in the file: those of its section at its address, up to its size.
/// Empty for a symbol that is not an object, has no bytes in the file (.bss) or lies outside its section.
std::string_view object_bytes(std::string_view file, const std::vector<Elf64_Shdr>& sections, std::string_view name) {
  std::string_view bytes;
  any_symbol(file, sections, SHT_DYNSYM, [&](const Elf64_Sym& s, std::string_view n) {
    if (n != name || !exported(s) || ELF64_ST_TYPE(s.st_info) != STT_OBJECT || s.st_shndx >= sections.size())
      return n == name;
    const Elf64_Shdr& sh = sections[s.st_shndx];
    // library_sections checked that the section lies inside the file; the object must lie inside the section.
    if (sh.sh_type == SHT_NOBITS || s.st_value < sh.sh_addr || !inside(s.st_value - sh.sh_addr, s.st_size, sh.sh_size))
      return true;
    bytes = file.substr(sh.sh_offset + (s.st_value - sh.sh_addr), s.st_size);
    return true;
  });
  return bytes;
}

}  // namespace

std::string exported_text(const fs::path& library, std::string_view name) {
  FileMap file;
  if (!map_library(library, file)) return {};
  const auto sections = library_sections(file.bytes());
  if (!sections) return {};
  const std::string_view bytes = object_bytes(file.bytes(), *sections, name);
  return std::string(bytes.substr(0, bytes.find('\0')));
}

bool sections_fit_file(const fs::path& library) {
  FileMap file;
  return map_library(library, file) && library_sections(file.bytes()).has_value();
}

std::vector<std::string> dynamic_symbols(const fs::path& library) {
  std::vector<std::string> names;
  FileMap file;
  if (!map_library(library, file)) return names;
  if (const auto sections = library_sections(file.bytes()))
    any_symbol(file.bytes(), *sections, SHT_DYNSYM, [&](const Elf64_Sym& s, std::string_view n) {
      if (exported(s)) names.emplace_back(n);
      return false;
    });
  return names;
}

Exports check_exports(const fs::path& library) {
  // Boost.DLL's library_info used to read the symbols here. It trusts the file's sizes and offsets (a file
  // claiming an 8 GB symbol table made it allocate 8 GB; a name offset past its string table made it read
  // past its buffer), so the ELF is read here instead, with every size checked first.
  FileMap file;
  if (!map_library(library, file)) return Exports::not_a_library;
  const auto sections = library_sections(file.bytes());
  if (!sections) return Exports::not_a_library;
  const auto is_descriptor = [](const Elf64_Sym& s, std::string_view n) {
    return exported(s) && n == "kiemtra_plugin_descriptor";
  };
  if (!any_symbol(file.bytes(), *sections, SHT_DYNSYM, is_descriptor) &&
      !any_symbol(file.bytes(), *sections, SHT_SYMTAB, is_descriptor))
    return Exports::no_descriptor;
  // The host reads the descriptor as a KiemtraPluginDescriptor: a smaller object (an int of that name)
  // would be read past its end.
  const auto bytes = symbol_size(file.bytes(), *sections, "kiemtra_plugin_descriptor");
  return bytes && *bytes >= sizeof(KiemtraPluginDescriptor) ? Exports::plugin : Exports::bad_descriptor;
}

}  // namespace kiemtra::core::loader_detail
