// Fuzzes the .xlsx reader below the zip: the input is split into the parts of a workbook by lines "### PART"
// ([Content_Types].xml, xl/workbook.xml, xl/_rels/workbook.xml.rels, xl/sharedStrings.xml, xl/styles.xml,
// xl/worksheets/sheet1.xml ...; any part name is taken), zipped with libzip (stored, so the fuzzer's bytes
// reach expat unchanged) and read as `kiemtra validate book.xlsx` reads a workbook: sheets, shared strings,
// styles and date formats, cell references, the header under a title block. Raw zip damage is refused by
// libzip before any of this; the workbook tests cover it.
#include <zip.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dataset/reader.hpp"
#include "fuzz_support.hpp"
#include "util/error.hpp"

namespace {

namespace fs = std::filesystem;

/// The parts of the input: (name, bytes); text before the first "### " line is the first sheet.
std::vector<std::pair<std::string, std::string>> parts_of(std::string_view text) {
  std::vector<std::pair<std::string, std::string>> parts{{"xl/worksheets/sheet1.xml", ""}};
  while (!text.empty()) {
    const std::size_t eol = text.find('\n');
    const std::string_view line = text.substr(0, eol == std::string_view::npos ? text.size() : eol + 1);
    text.remove_prefix(line.size());
    std::string_view header = line;
    while (!header.empty() && (header.back() == '\n' || header.back() == '\r')) header.remove_suffix(1);
    if (header.size() > 4 && header.size() < 200 && header.substr(0, 4) == "### ") {
      parts.emplace_back(std::string(header.substr(4)), std::string());
      continue;
    }
    parts.back().second.append(line);
  }
  return parts;
}

bool write_zip(const fs::path& file, const std::vector<std::pair<std::string, std::string>>& parts) {
  int err = 0;
  zip_t* z = zip_open(file.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
  if (z == nullptr) return false;
  for (const auto& [name, bytes] : parts) {
    if (name.empty()) continue;
    zip_source_t* src = zip_source_buffer(z, bytes.data(), bytes.size(), 0);
    if (src == nullptr) continue;
    const zip_int64_t at = zip_file_add(z, name.c_str(), src, ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8);
    if (at < 0) {
      zip_source_free(src);
      continue;
    }
    zip_set_file_compression(z, static_cast<zip_uint64_t>(at), ZIP_CM_STORE, 0);
  }
  return zip_close(z) == 0;  // the buffers must live until here: zip_close reads them
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace kiemtra::core;
  const auto parts = parts_of(kiemtra::fuzz::as_text(data, size));
  const fs::path book = kiemtra::fuzz::scratch_dir() / "book.xlsx";
  std::error_code ec;
  fs::remove(book, ec);
  if (!write_zip(book, parts)) return 0;
  try {
    const auto ds = read_dataset(book, ReadOptions{});
    std::size_t total = 0;
    for (std::uint32_t o = 0; o < ds->organizations.size(); ++o) total += ds->path(o).size();
    (void)total;
  } catch (const UserError&) {
  }
  return 0;
}
