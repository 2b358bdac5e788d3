// The header's problems as one block: what is missing, what was found, what resembles what, and the fix.
#include "dataset/header_problems.hpp"

#include <fmt/format.h>

#include "util/name_match.hpp"
#include "dataset/messages.hpp"
#include "dataset/table_spec.hpp"

namespace kiemtra::core::dataset {

namespace {

// A header of thousands of cells is listed by its first ones: the block stays readable.
constexpr std::size_t kListed = 40;
constexpr std::size_t kSuggested = 20;

std::string quoted_list(const std::vector<std::string>& items, std::string_view more_vi, std::size_t total) {
  std::string out;
  for (const std::string& s : items) out += (out.empty() ? "" : ", ") + fmt::format("'{}'", s);
  if (total > items.size()) out += fmt::format(" … (+{} {})", total - items.size(), more_vi);
  return out;
}

std::string yaml_quoted(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

}  // namespace

std::string resembled_column(const TableSpec& spec, const std::vector<int>& cell_of, std::string_view header) {
  std::string key = ascii_lower(header);
  for (char& c : key)
    if (c == ' ' || c == '-' || c == '.') c = '_';
  std::vector<std::string> absent;
  for (std::size_t c = 0; c < spec.columns.size(); ++c)
    if (cell_of[c] < 0) absent.emplace_back(spec.columns[c].name);
  for (const std::string& a : absent)
    if (a == key) return a;
  return closest(key, absent);
}

Text msg_header_problems(const HeaderProblem& p) {
  const TableSpec& spec = *p.spec;
  const std::vector<std::string>& names = *p.names;
  const std::string table(table_name(spec.id));
  const std::string at = where(p.file, p.at.line, p.at.column);

  std::vector<std::string> missing;
  for (std::size_t c : p.missing) missing.emplace_back(spec.columns[c].name);
  std::string missing_vi = quoted_list(missing, "", missing.size());
  std::string missing_en = missing_vi;
  if (p.needs_org_or_member) {
    missing_vi += std::string(missing.empty() ? "" : ", ") + "'org_id' hoặc 'member_id'";
    missing_en += std::string(missing.empty() ? "" : ", ") + "'org_id' or 'member_id'";
  }
  const std::size_t count = missing.size() + (p.needs_org_or_member ? 1 : 0);
  Text t{fmt::format("{}: dòng tiêu đề (dòng {}) thiếu {} cột bắt buộc: {}", at, p.at.line, count, missing_vi),
         fmt::format("{}: the header (line {}) lacks {} required column{}: {}", at, p.at.line, count,
                     count == 1 ? "" : "s", missing_en)};

  // The headers found, the first of them when there are many.
  std::vector<std::string> listed;
  for (std::size_t i = 0; i < names.size() && listed.size() < kListed; ++i) listed.push_back(names[i]);
  const std::string found = quoted_list(listed, "cột", names.size());
  t.vi += fmt::format("\n  các tiêu đề tìm thấy ở dòng {}: {}", p.at.line, found);
  t.en += fmt::format("\n  headers found on line {}: {}", p.at.line,
                      names.size() > listed.size() ? quoted_list(listed, "columns", names.size()) : found);

  // Columns configured in the manifest but not found.
  for (std::size_t c : p.missing)
    if (!p.aliases[c].empty()) {
      t.vi += fmt::format("\n  '{}' được khai báo trong {} với tiêu đề '{}', nhưng dòng tiêu đề không có tiêu đề đó",
                          spec.columns[c].name, p.manifest, p.aliases[c]);
      t.en += fmt::format("\n  '{}' is configured in {} as the header '{}', which the header does not have",
                          spec.columns[c].name, p.manifest, p.aliases[c]);
    }

  // Every header no column took, with the absent column it resembles.
  std::vector<std::string> fix(spec.columns.size());  // per column: the header to alias it to
  std::size_t suggested = 0;
  for (std::size_t i = 0; i < names.size() && suggested < kSuggested; ++i) {
    bool taken = names[i].empty();
    for (int cell : p.cell_of) taken = taken || cell == static_cast<int>(i);
    if (taken) continue;
    const std::string col = resembled_column(spec, p.cell_of, names[i]);
    if (col.empty()) continue;
    ++suggested;
    t.vi += fmt::format("\n  '{}' không phải tên cột của bảng {} (có phải ý bạn là '{}'?)", names[i], table, col);
    t.en += fmt::format("\n  '{}' is not a column of {} (did you mean '{}'?)", names[i], table, col);
    for (std::size_t c = 0; c < spec.columns.size(); ++c)
      if (spec.columns[c].name == col && fix[c].empty()) fix[c] = names[i];
  }

  // Titles above the header: the export's heading taken as the header, the real one further down.
  if (p.better_line != 0) {
    const std::uint32_t above = p.better_line - 1;
    t.vi += fmt::format(
        "\n  dòng {} có vẻ mới là dòng tiêu đề thật ({} cột bắt buộc): dòng tiêu đề là dòng đầu tiên không trống, "
        "hãy xóa {} dòng phía trên nó (tiêu đề, tên báo cáo của tệp xuất), hoặc khai báo trong {}: "
        "header_row: {{{}: {}}}",
        p.better_line, p.better_required, above, p.manifest, table_name(p.spec->id), p.better_line);
    t.en += fmt::format(
        "\n  line {} looks like the real header ({} required columns): the header is the first non-blank line, so "
        "delete the {} line{} above it (the export's title), or declare in {}: header_row: {{{}: {}}}",
        p.better_line, p.better_required, above, above == 1 ? "" : "s", p.manifest, table_name(p.spec->id),
        p.better_line);
  }

  // The manifest lines that map the file's own headers onto the contract; not when the header is further down
  // (deleting the titles is the fix, and the next run reports what that header still lacks).
  if (p.better_line != 0) return t;
  std::string lines;
  for (std::size_t c : p.missing)
    lines += fmt::format("\n        {}: {}", spec.columns[c].name,
                         fix[c].empty() ? std::string("\"<?>\"") : yaml_quoted(fix[c]));
  if (!lines.empty()) {
    t.vi += fmt::format("\n  nếu tệp dùng tiêu đề riêng, khai báo trong {} (thay <?> bằng tiêu đề trong tệp):\n"
                        "    columns:\n      {}:{}",
                        p.manifest, table, lines);
    t.en += fmt::format("\n  if the file uses its own headers, declare them in {} (replace <?> by the header in the "
                        "file):\n    columns:\n      {}:{}",
                        p.manifest, table, lines);
  }
  return t;
}

}  // namespace kiemtra::core::dataset
