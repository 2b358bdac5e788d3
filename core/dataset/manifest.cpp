// The manifest reader: every bad value is fatal, named at file:line:column.
#include "dataset/manifest.hpp"

#include <fmt/format.h>

#include "dataset/mapped_file.hpp"
#include "util/input_file.hpp"
#include "dataset/messages.hpp"
#include "dataset/text.hpp"
#include "dataset/utf8.hpp"
#include "dataset/values.hpp"

namespace kiemtra::core::dataset {

void bad_yaml_value(const std::string& file, const YAML::Node& node, std::string_view key, std::string_view vi,
                    std::string_view en) {
  const TextPos p = yaml_pos(node);
  throw UserError(msg_yaml_value(file, p.line, p.column, key, vi, en));
}

TableId yaml_table_key(const std::string& file, const YAML::Node& key, std::string_view within) {
  if (!key.IsScalar()) bad_yaml_value(file, key, within, "phải là một giá trị đơn", "must be a scalar value");
  std::string scratch;
  const std::string_view name = to_nfc(trim(key.Scalar()), scratch);
  TableId id;
  if (table_by_name(name, id)) return id;
  std::string names;
  for (std::size_t t = 0; t < kTableCount; ++t) names += fmt::format("{}{}", t ? ", " : "", table_name(static_cast<TableId>(t)));
  bad_yaml_value(file, key, name, fmt::format("không phải tên bảng ({})", names), fmt::format("is not a table name ({})", names));
}

namespace {

std::string scalar(const std::string& file, const YAML::Node& node, std::string_view key) {
  if (!node.IsScalar()) bad_yaml_value(file, node, key, "phải là một giá trị đơn", "must be a scalar value");
  std::string scratch;
  return std::string(to_nfc(trim(node.Scalar()), scratch));
}

Date date_of(const std::string& file, const YAML::Node& node, std::string_view key) {
  const std::string s = scalar(file, node, key);
  Date d;
  if (const ValueError e = parse_date(s, d); e != ValueError::none) {
    const auto [vi, en] = reason_text(e);
    bad_yaml_value(file, node, key, fmt::format("'{}': {}", s, vi), fmt::format("'{}': {}", s, en));
  }
  return d;
}

void read_targets(const std::string& file, const YAML::Node& node, Manifest& m) {
  if (node.IsNull()) return;
  if (!node.IsMap()) bad_yaml_value(file, node, "targets", "phải là một bảng tên: số", "must be a map of name: number");
  for (const auto& kv : node) {
    const std::string key = scalar(file, kv.first, "targets");
    const std::string v = scalar(file, kv.second, key);
    std::int64_t n = 0;
    if (v.empty() || parse_money(v, n) != ValueError::none)
      bad_yaml_value(file, kv.second, key, fmt::format("'{}' không phải số nguyên không âm", v),
          fmt::format("'{}' is not a non-negative integer", v));
    m.targets.emplace_back(key, n);
  }
}

void read_columns(const std::string& file, const YAML::Node& node, Manifest& m) {
  if (node.IsNull()) return;
  if (!node.IsMap()) bad_yaml_value(file, node, "columns", "phải là một bảng theo tên bảng", "must be a map by table name");
  for (const auto& t : node) {
    const std::string table = scalar(file, t.first, "columns");
    const TableId id = yaml_table_key(file, t.first, "columns");
    if (t.second.IsNull()) continue;
    if (!t.second.IsMap())
      bad_yaml_value(file, t.second, table, "phải là một bảng tên cột: tiêu đề trong tệp",
          "must be a map of column name: header in the file");
    const TableSpec& spec = spec_of(id);
    for (const auto& c : t.second) {
      const std::string column = scalar(file, c.first, table);
      bool known = false;
      for (const ColumnSpec& cs : spec.columns) known = known || cs.name == column;
      if (!known)
        bad_yaml_value(file, c.first, column, fmt::format("bảng {} không có cột này", table),
            fmt::format("table {} has no such column", table));
      const std::string header = scalar(file, c.second, column);
      if (header.empty()) bad_yaml_value(file, c.second, column, "tiêu đề không được để trống", "the header must not be empty");
      m.aliases[static_cast<std::size_t>(id)].emplace_back(column, header);
    }
  }
}

/// `date_order: {members: mdy}`: the tables whose dates written with the day or month first (01/02/2019) put
/// the month first. dmy (the contract's order) is the default.
void read_date_order(const std::string& file, const YAML::Node& node, Manifest& m) {
  if (node.IsNull()) return;
  if (!node.IsMap()) bad_yaml_value(file, node, "date_order", "phải là một bảng tên bảng: dmy|mdy", "must be a map of table: dmy|mdy");
  for (const auto& t : node) {
    const std::string table = scalar(file, t.first, "date_order");
    const TableId id = yaml_table_key(file, t.first, "date_order");
    const std::string order = scalar(file, t.second, table);
    if (order != "dmy" && order != "mdy")
      bad_yaml_value(file, t.second, table, fmt::format("'{}': phải là dmy hoặc mdy", order),
          fmt::format("'{}': must be dmy or mdy", order));
    m.month_first[static_cast<std::size_t>(id)] = order == "mdy";
  }
}

/// `ignore: [notes.csv, "backup-*.xlsx"]` (or one name): files of the folder that are not tables.
void read_ignore(const std::string& file, const YAML::Node& node, Manifest& m) {
  if (node.IsNull()) return;
  if (node.IsScalar()) {
    m.ignore.push_back(scalar(file, node, "ignore"));
    return;
  }
  if (!node.IsSequence())
    bad_yaml_value(file, node, "ignore", "phải là một danh sách tên tệp (notes.csv, \"backup-*.csv\")",
        "must be a list of file names (notes.csv, \"backup-*.csv\")");
  for (const auto& n : node) m.ignore.push_back(scalar(file, n, "ignore"));
}

/// A key that is one value for every table (`separator: ";"`) or a map by table (`separator: {members: ";"}`):
/// `set(id, value_node)` reads the value for a table.
template <class Set>
void per_table(const std::string& file, const YAML::Node& node, std::string_view key, Set set) {
  if (node.IsNull()) return;
  if (node.IsScalar()) {
    for (std::size_t t = 0; t < kTableCount; ++t) set(static_cast<TableId>(t), node);
    return;
  }
  if (!node.IsMap())
    bad_yaml_value(file, node, key, "phải là một giá trị cho mọi bảng, hoặc một bảng tên bảng: giá trị",
        "must be one value for every table, or a map of table: value");
  for (const auto& t : node) set(yaml_table_key(file, t.first, key), t.second);
}

void read_separator(const std::string& file, const YAML::Node& node, Manifest& m) {
  per_table(file, node, "separator", [&](TableId id, const YAML::Node& v) {
    // Read raw: trimming would turn a tab into nothing.
    if (!v.IsScalar()) bad_yaml_value(file, v, "separator", "phải là một giá trị đơn", "must be a scalar value");
    const std::string& s = v.Scalar();
    char c = 0;
    if (s == "," || s == "comma") c = ',';
    if (s == ";" || s == "semicolon") c = ';';
    if (s == "\t" || s == "tab" || s == "\\t") c = '\t';
    if (c == 0)
      bad_yaml_value(file, v, "separator", fmt::format("'{}': phải là \",\", \";\" hoặc tab", s),
          fmt::format("'{}': must be \",\", \";\" or tab", s));
    m.separator[static_cast<std::size_t>(id)] = c;
  });
}

void read_encoding(const std::string& file, const YAML::Node& node, Manifest& m) {
  per_table(file, node, "encoding", [&](TableId id, const YAML::Node& v) {
    const std::string s = scalar(file, v, "encoding");
    TextEncoding e;
    if (!encoding_by_name(s, e))
      bad_yaml_value(file, v, "encoding", fmt::format("'{}': bảng mã không hỗ trợ (dùng một trong: {})", s, kEncodingNames),
          fmt::format("'{}': unsupported encoding (use one of: {})", s, kEncodingNames));
    m.encoding[static_cast<std::size_t>(id)] = e;
  });
}

void read_sheet(const std::string& file, const YAML::Node& node, Manifest& m) {
  if (!node.IsNull() && !node.IsMap())
    bad_yaml_value(file, node, "sheet", "phải là một bảng tên bảng: tên trang tính", "must be a map of table: sheet name");
  per_table(file, node, "sheet", [&](TableId id, const YAML::Node& v) {
    const std::string s = scalar(file, v, "sheet");
    if (s.empty()) bad_yaml_value(file, v, "sheet", "tên trang tính không được để trống", "the sheet name must not be empty");
    m.sheet[static_cast<std::size_t>(id)] = s;
  });
}

void read_header_row(const std::string& file, const YAML::Node& node, Manifest& m) {
  per_table(file, node, "header_row", [&](TableId id, const YAML::Node& v) {
    const std::string s = scalar(file, v, "header_row");
    std::int64_t n = 0;
    if (s.empty() || parse_money(s, n) != ValueError::none || n < 1 || n > 1048576)
      bad_yaml_value(file, v, "header_row", fmt::format("'{}': phải là số dòng từ 1 đến 1048576", s),
          fmt::format("'{}': must be a row number from 1 to 1048576", s));
    m.header_row[static_cast<std::size_t>(id)] = static_cast<std::uint32_t>(n);
  });
}

}  // namespace

TextPos yaml_pos(const YAML::Node& node) {
  const YAML::Mark mark = node.Mark();
  if (mark.is_null() || mark.line < 0) return {1, 1};
  return {static_cast<std::uint32_t>(mark.line) + 1, static_cast<std::uint32_t>(mark.column) + 1};
}

YAML::Node load_yaml_file(const std::string& file) {
  const MappedFile mf(file);
  if (mf.size() > kMaxManifestBytes)  // yaml-cpp holds a node per value: a huge manifest would exhaust memory
    throw UserError(msg_cannot_read(file, too_large_reason(kMaxManifestBytes)));
  const char* text = check_utf8_file(file, mf.data(), mf.end());
  try {
    return YAML::Load(std::string(text, mf.end()));
  } catch (const YAML::Exception& e) {
    const auto line = e.mark.is_null() ? 1u : static_cast<std::uint32_t>(e.mark.line) + 1;
    const auto column = e.mark.is_null() ? 1u : static_cast<std::uint32_t>(e.mark.column) + 1;
    throw UserError(msg_yaml_syntax(file, line, column, e.msg));
  }
}

Manifest read_manifest(const YAML::Node& root, const std::string& file) {
  Manifest m;
  if (!root || root.IsNull()) return m;
  if (!root.IsMap()) bad_yaml_value(file, root, "dataset.yaml", "phải là một bảng khóa: giá trị", "must be a map of key: value");
  for (const auto& kv : root) {
    const std::string key = scalar(file, kv.first, "dataset.yaml");
    TableId id;
    if (kv.second.IsNull() && (key == "name" || key == "as_of" || key == "period_start")) {
      continue;  // "as_of:" with nothing after it: the default applies
    } else if (key == "name") {
      m.name = scalar(file, kv.second, key);
    } else if (key == "as_of") {
      m.as_of = date_of(file, kv.second, key);
    } else if (key == "period_start") {
      m.period_start = date_of(file, kv.second, key);
    } else if (key == "targets") {
      read_targets(file, kv.second, m);
    } else if (key == "columns") {
      read_columns(file, kv.second, m);
    } else if (key == "date_order") {
      read_date_order(file, kv.second, m);
    } else if (key == "ignore") {
      read_ignore(file, kv.second, m);
    } else if (key == "separator") {
      read_separator(file, kv.second, m);
    } else if (key == "encoding") {
      read_encoding(file, kv.second, m);
    } else if (key == "sheet") {
      read_sheet(file, kv.second, m);
    } else if (key == "header_row") {
      read_header_row(file, kv.second, m);
    } else if (key == "workbook") {
      m.workbook = scalar(file, kv.second, key);
    } else if (key == "database") {
      m.database = read_db_config(kv.second, file);
    } else if (table_by_name(key, id)) {
      m.has_tables = true;
    } else {
      bad_yaml_value(file, kv.first, key,
          "khóa không hợp lệ (name, as_of, period_start, targets, columns, date_order, ignore, separator, encoding, "
          "sheet, header_row, workbook, database, hoặc tên một bảng)",
          "unknown key (expected name, as_of, period_start, targets, columns, date_order, ignore, separator, encoding, "
          "sheet, header_row, workbook, database, or a table name)");
    }
  }
  return m;
}

}  // namespace kiemtra::core::dataset
