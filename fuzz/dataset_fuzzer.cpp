// Fuzzes a whole dataset read from a small folder: the input is split into files by lines "### NAME"
// (dataset.yaml, organizations.csv, members.csv ...; text before the first such line is organizations.csv),
// written to a scratch folder, and read as `kiemtra validate` reads it, indexes and tree included. Every
// organization's path is then built, as the reports do.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "dataset/reader.hpp"
#include "fuzz_support.hpp"
#include "util/error.hpp"

namespace {

namespace fs = std::filesystem;

constexpr std::string_view kFiles[] = {"dataset.yaml",   "organizations.csv", "members.csv",  "dues.csv",
                                       "candidates.csv", "committees.csv",    "transfers.csv", "events.csv"};

bool known_file(std::string_view name) {
  for (std::string_view f : kFiles)
    if (f == name) return true;
  return false;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace kiemtra::core;
  const fs::path dir = kiemtra::fuzz::scratch_dir() / "dataset";
  std::error_code ec;
  fs::remove_all(dir, ec);
  fs::create_directories(dir);

  std::string_view text = kiemtra::fuzz::as_text(data, size);
  std::string name = "organizations.csv";
  std::string body;
  auto flush = [&] {
    if (!body.empty() || name != "organizations.csv") kiemtra::fuzz::write_scratch("dataset/" + name, body);
    body.clear();
  };
  while (!text.empty()) {
    const std::size_t eol = text.find('\n');
    const std::string_view line = text.substr(0, eol == std::string_view::npos ? text.size() : eol + 1);
    text.remove_prefix(line.size());
    std::string_view header = line;
    while (!header.empty() && (header.back() == '\n' || header.back() == '\r')) header.remove_suffix(1);
    if (header.size() > 4 && header.substr(0, 4) == "### " && known_file(header.substr(4))) {
      flush();
      name = std::string(header.substr(4));
      continue;
    }
    body.append(line);
  }
  flush();

  try {
    const auto ds = read_dataset(dir, ReadOptions{});
    std::size_t total = 0;
    for (std::uint32_t o = 0; o < ds->organizations.size(); ++o) total += ds->path(o).size();
    (void)total;
  } catch (const UserError&) {
  }
  return 0;
}
