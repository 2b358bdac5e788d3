// Files of the dataset folder that no table reads: named, with the table each resembles, all at once.
#include "dataset/stray_files.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "util/name_match.hpp"
#include "dataset/table_spec.hpp"
#include "util/error.hpp"

namespace kiemtra::core::dataset {

namespace fs = std::filesystem;

namespace {

constexpr std::array<TableId, kTableCount> kTables{
    TableId::organizations, TableId::members,   TableId::dues,   TableId::candidates,
    TableId::committees,    TableId::transfers, TableId::events, TableId::ratings,
    TableId::meetings,      TableId::attendance};

bool data_like(const std::string& ext) {
  static const std::array<std::string_view, 7> kExts{".csv", ".tsv", ".txt", ".xlsx", ".xls", ".xlsm", ".ods"};
  return std::find(kExts.begin(), kExts.end(), ascii_lower(ext)) != kExts.end();
}

// A table's file as the reader looks for it: members.csv, or members.xlsx in its place.
bool is_table_file(const std::string& name) {
  for (TableId id : kTables) {
    const std::string table(table_name(id));
    if (name == table + ".csv" || name == table + ".xlsx") return true;
  }
  return false;
}

bool ignored(const std::string& name, const std::vector<std::string>& ignore) {
  for (const std::string& glob : ignore)
    if (glob_match(glob, name)) return true;
  return false;
}

// " (có phải ý bạn là 'x'?)" with what differs: the case, the kind of file, or the spelling.
Text hint(const std::string& name) {
  std::string table = resembled_table_file(name);
  if (table.empty()) return {};
  const std::string ext = ascii_lower(fs::path(name).extension().string());
  const std::string stem = fs::path(table).stem().string();
  if (ext == ".xlsx") {
    table = stem + ".xlsx";
  } else if (ext != ".csv") {
    return {fmt::format(" (có phải ý bạn là '{}'? kiemtra đọc bảng dạng CSV hoặc sổ tính .xlsx: lưu tệp thành "
                        "'{}.xlsx' hoặc CSV UTF-8 '{}')",
                        table, stem, table),
            fmt::format(" (did you mean '{}'? kiemtra reads tables as CSV or .xlsx workbooks: save the file as "
                        "'{}.xlsx' or as CSV UTF-8 named '{}')",
                        table, stem, table)};
  }
  if (ascii_lower(name) == table)
    return {fmt::format(" (có phải ý bạn là '{}'? tên tệp phải viết thường)", table),
            fmt::format(" (did you mean '{}'? file names are lower case)", table)};
  return {fmt::format(" (có phải ý bạn là '{}'?)", table), fmt::format(" (did you mean '{}'?)", table)};
}

}  // namespace

std::string resembled_table_file(const std::string& name) {
  const std::string stem = ascii_lower(fs::path(name).stem().string());
  std::vector<std::string> tables;
  for (TableId id : kTables) {
    const std::string table(table_name(id));
    // Case, then singular and plural ("committee", "memberss"): the likely slips of a hand-named export.
    if (stem == table || stem + "s" == table || stem == table + "s") return std::string(spec_of(id).file);
    tables.push_back(table);
  }
  const std::string near = closest(stem, tables);
  return near.empty() ? std::string() : near + ".csv";
}

void check_stray_files(const fs::path& dir, const std::vector<std::string>& ignore, const std::string& workbook,
                       const std::string& manifest) {
  std::error_code ec;
  std::vector<std::string> stray;
  std::vector<std::string> both;  // tables given twice, as members.csv and members.xlsx
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    // Hidden files and the lock files Excel keeps beside an open workbook (~$members.xlsx) are not data.
    if (name.empty() || name[0] == '.' || name.rfind("~$", 0) == 0) continue;
    if (!data_like(it->path().extension().string()) || ignored(name, ignore) ||
        fs::path(workbook).lexically_normal() == fs::path(name))
      continue;
    std::error_code type_ec;
    if (it->is_directory(type_ec)) continue;
    if (!is_table_file(name)) {
      stray.push_back(name);
    } else if (fs::path(name).extension() == ".xlsx" &&
               fs::exists(dir / (fs::path(name).stem().string() + ".csv"), type_ec) &&
               !ignored(fs::path(name).stem().string() + ".csv", ignore)) {
      both.push_back(fs::path(name).stem().string());
    }
  }
  if (stray.empty() && both.empty()) return;
  std::sort(stray.begin(), stray.end());
  std::string tables;
  for (TableId id : kTables) tables += (tables.empty() ? "" : ", ") + std::string(spec_of(id).file);
  std::sort(both.begin(), both.end());
  Text t;
  for (const std::string& table : both) {
    const std::string csv = (dir / (table + ".csv")).string();
    t.vi += fmt::format("{}: bảng {} có hai tệp, {}.csv và {}.xlsx; giữ một tệp, hoặc khai báo tệp kia trong {}: "
                        "ignore: [{}.xlsx]\n",
                        csv, table, table, table, manifest, table);
    t.en += fmt::format("{}: the {} table is given twice, as {}.csv and {}.xlsx; keep one, or list the other in {}: "
                        "ignore: [{}.xlsx]\n",
                        csv, table, table, table, manifest, table);
  }
  if (stray.empty()) {
    t.vi.pop_back();
    t.en.pop_back();
    throw UserError(t, kExitUsage);
  }
  for (const std::string& name : stray) {
    const std::string file = (dir / name).string();
    const Text h = hint(name);
    t.vi += fmt::format("{}: tệp này không phải một bảng của bộ dữ liệu nên không được đọc{}\n", file, h.vi);
    t.en += fmt::format("{}: not a table of the dataset, so it would not be read{}\n", file, h.en);
  }
  const std::string example = stray.size() == 1 ? stray.front() : stray.front() + ", " + stray[1];
  t.vi += fmt::format("Các bảng kiemtra đọc: {}. Đổi tên tệp cho đúng; tệp không phải dữ liệu cần kiểm tra thì "
                      "khai báo trong {}: ignore: [{}]",
                      tables, manifest, example);
  t.en += fmt::format("The tables kiemtra reads: {}. Rename the file; a file that is not data to check goes in {}: "
                      "ignore: [{}]",
                      tables, manifest, example);
  throw UserError(t, kExitUsage);
}

}  // namespace kiemtra::core::dataset
