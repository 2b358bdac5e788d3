// What the harnesses share: a private scratch folder per process, and writing an input into it.
// Readers that take a path (profiles, waivers, whole datasets, plugin libraries) are fuzzed through real
// files there, so the harness exercises the same open/stat/read code a user's file goes through.
#pragma once

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

namespace kiemtra::fuzz {

/// A folder of this process's own under the system's temporary folder, created once and reused.
inline const std::filesystem::path& scratch_dir() {
  static const std::filesystem::path dir = [] {
    std::string templ = (std::filesystem::temp_directory_path() / "kiemtra-fuzz-XXXXXX").string();
    if (::mkdtemp(templ.data()) == nullptr) std::abort();
    return std::filesystem::path(templ);
  }();
  return dir;
}

/// Writes `bytes` to `name` inside the scratch folder (replacing it) and returns its path.
inline std::filesystem::path write_scratch(const std::string& name, std::string_view bytes) {
  const std::filesystem::path p = scratch_dir() / name;
  std::ofstream out(p, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return p;
}

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

}  // namespace kiemtra::fuzz
