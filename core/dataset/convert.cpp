// The canonical CSV writer: a RowTap collects each table's rows as read; the dataset read decides what is
// readable at all, so a file kiemtra refuses is never half-converted.
#include "dataset/convert.hpp"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <array>
#include <cerrno>
#include <fstream>
#include <string>

#include "dataset/reader.hpp"
#include "dataset/row_tap.hpp"
#include "dataset/text.hpp"
#include "util/error.hpp"
#include "util/input_file.hpp"

namespace kiemtra::core {

namespace fs = std::filesystem;
using namespace kiemtra::core::dataset;

namespace {

void put_field(std::string& out, std::string_view v) {
  if (v.find_first_of(",\"\r\n") == std::string_view::npos) {
    out += v;
    return;
  }
  out += '"';
  for (char c : v) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

class CanonicalTap : public RowTap {
 public:
  struct TableOut {
    bool present = false;
    bool month_first = false;
    std::string text;
    std::size_t rows = 0;
  };

  void begin_table(TableId id, const HeaderMap& header, bool month_first) override {
    TableOut& t = tables_[static_cast<std::size_t>(id)];
    t = TableOut{};
    t.present = true;
    t.month_first = month_first;
    const TableSpec& spec = spec_of(id);
    bool first = true;
    auto sep = [&] {
      if (!first) t.text += ',';
      first = false;
    };
    for (std::size_t c = 0; c < spec.columns.size(); ++c)
      if (header.cell_of[c] >= 0) {
        sep();
        put_field(t.text, spec.columns[c].name);
      }
    for (const std::string& name : header.extra_names) {
      sep();
      put_field(t.text, name);
    }
    t.text += '\n';
  }

  void row(TableId id, const HeaderMap& header, std::span<const Cell> cells) override {
    TableOut& t = tables_[static_cast<std::size_t>(id)];
    bool first = true;
    auto field = [&](std::size_t i) {
      if (!first) t.text += ',';
      first = false;
      if (i >= cells.size() || cells[i].not_scalar) return;
      const std::string_view v = trim(cells[i].text);
      put_field(t.text, cells[i].ascii ? v : to_nfc(v, scratch_));
    };
    for (std::size_t c = 0; c < header.cell_of.size(); ++c)
      if (header.cell_of[c] >= 0) field(static_cast<std::size_t>(header.cell_of[c]));
    for (const int x : header.extra_cells) field(static_cast<std::size_t>(x));
    // Fields beyond the header are kept: the converted file reports them as the original does.
    std::size_t last = header.width;
    for (std::size_t i = header.width; i < cells.size(); ++i)
      if (!trim(cells[i].text).empty()) last = i + 1;
    for (std::size_t i = header.width; i < last; ++i) field(i);
    t.text += '\n';
    ++t.rows;
  }

  const std::array<TableOut, kTableCount>& tables() const { return tables_; }

 private:
  std::array<TableOut, kTableCount> tables_;
  std::string scratch_;
};

Text cannot_write(const std::string& path, int err) {
  const Text why = os_reason(err);
  return {fmt::format("Không ghi được '{}' ({})", path, why.vi), fmt::format("Cannot write '{}' ({})", path, why.en)};
}

void write_file(const fs::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  out.close();
  if (!out) throw UserError(cannot_write(path.string(), errno));
}

}  // namespace

ConvertResult convert_dataset(const fs::path& src, const fs::path& dest, bool force) {
  std::error_code ec;
  if (fs::exists(dest, ec)) {
    if (!fs::is_directory(dest, ec))
      throw UserError({fmt::format("'{}' đã có và không phải thư mục", dest.string()),
                       fmt::format("'{}' exists and is not a folder", dest.string())});
    if (!fs::is_empty(dest, ec) && !force)
      throw UserError({fmt::format("Thư mục '{}' đã có nội dung; dùng --force để ghi đè các tệp bảng và dataset.yaml",
                                   dest.string()),
                       fmt::format("The folder '{}' is not empty; use --force to overwrite its table files and "
                                   "dataset.yaml",
                                   dest.string())});
  }
  CanonicalTap tap;
  ReadOptions options;
  options.jobs = 1;
  options.tap = &tap;
  const auto ds = read_dataset(src, options);

  fs::create_directories(dest, ec);
  if (ec) throw UserError(cannot_write(dest.string(), ec.value()));
  ConvertResult result;
  for (std::size_t t = 0; t < kTableCount; ++t) {
    const auto& out = tap.tables()[t];
    const fs::path file = dest / spec_of(static_cast<TableId>(t)).file;
    if (!out.present) {
      if (force) fs::remove(file, ec);  // a table the source lacks must not survive from an earlier convert
      continue;
    }
    write_file(file, out.text);
    ++result.tables;
    result.rows += out.rows;
  }

  // The manifest keys that still mean something for the canonical folder.
  YAML::Emitter y;
  y << YAML::BeginMap << YAML::Key << "name" << YAML::Value << ds->name;
  if (ds->as_of.valid()) y << YAML::Key << "as_of" << YAML::Value << ds->as_of.iso();
  if (ds->period_start.valid() &&
      !(ds->as_of.valid() && ds->period_start == Date::from_ymd(ds->as_of.year(), 1, 1)))
    y << YAML::Key << "period_start" << YAML::Value << ds->period_start.iso();
  if (!ds->targets.empty()) {
    y << YAML::Key << "targets" << YAML::Value << YAML::BeginMap;
    for (const auto& [k, v] : ds->targets) y << YAML::Key << k << YAML::Value << v;
    y << YAML::EndMap;
  }
  bool any_mdy = false;
  for (const auto& out : tap.tables()) any_mdy = any_mdy || out.month_first;
  if (any_mdy) {
    y << YAML::Key << "date_order" << YAML::Value << YAML::BeginMap;
    for (std::size_t t = 0; t < kTableCount; ++t)
      if (tap.tables()[t].month_first) y << YAML::Key << std::string(table_name(static_cast<TableId>(t))) << YAML::Value << "mdy";
    y << YAML::EndMap;
  }
  y << YAML::EndMap;
  write_file(dest / "dataset.yaml", std::string(y.c_str()) + "\n");
  result.manifest = true;
  return result;
}

}  // namespace kiemtra::core
