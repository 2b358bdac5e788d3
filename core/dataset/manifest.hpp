// dataset.yaml: the manifest keys (name, dates, targets, header aliases) and loading YAML files.
#pragma once

#include <yaml-cpp/yaml.h>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "dataset/db_config.hpp"
#include "dataset/encoding.hpp"
#include "dataset/table_spec.hpp"
#include "kiemtra/date.hpp"

namespace kiemtra::core::dataset {

/// What dataset.yaml says besides the tables.
struct Manifest {
  std::optional<std::string> name;
  Date as_of;
  Date period_start;
  std::vector<std::pair<std::string, std::int64_t>> targets;
  std::array<AliasList, kTableCount> aliases;  ///< per TableId
  std::array<bool, kTableCount> month_first{};  ///< per TableId: `date_order: mdy`
  std::array<char, kTableCount> separator{};    ///< per TableId: `separator:` (0: detected)
  std::array<TextEncoding, kTableCount> encoding{};  ///< per TableId: `encoding:` (detect: UTF-8 or a UTF-16 BOM)
  std::array<std::string, kTableCount> sheet;          ///< per TableId: `sheet:`, the sheet of an .xlsx table
  std::array<std::uint32_t, kTableCount> header_row{};  ///< per TableId: `header_row:` (0: found by the reader)
  std::string workbook;                       ///< `workbook:` every table from this .xlsx (relative to the manifest)
  bool has_tables = false;           ///< holds `organizations:`, `members:` ... (single-file form)
  /// `database:` the tables read from a PostgreSQL or SQLite database (kind none: every table is a file).
  DbConfig database;
  /// `ignore:` file names (globs, `*` any run of characters) of the dataset folder that are not tables.
  std::vector<std::string> ignore;
};

/// Reads and parses a YAML file. Throws UserError naming file:line:column when it is not UTF-8 or
/// not valid YAML.
YAML::Node load_yaml_file(const std::string& file);

/// Reads the manifest keys of the YAML document `root` of `file`. Throws UserError naming
/// file:line:column for a bad value or an unknown key.
Manifest read_manifest(const YAML::Node& root, const std::string& file);

/// 1-based line and column of a node ({1, 1} when yaml-cpp has no mark).
TextPos yaml_pos(const YAML::Node& node);

/// Throws UserError "file:line:column: 'key' <vi>" / "... <en>" at `node`: a value of the manifest or of a
/// single-file dataset that cannot be used.
[[noreturn]] void bad_yaml_value(const std::string& file, const YAML::Node& node, std::string_view key,
                                 std::string_view vi, std::string_view en);

/// The contract table a manifest key names (`members:` under `columns:`, `separator:`, `database: tables:` ...),
/// or the error at the key listing every table name.
TableId yaml_table_key(const std::string& file, const YAML::Node& key, std::string_view within);

}  // namespace kiemtra::core::dataset
