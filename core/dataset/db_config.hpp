// dataset.yaml's `database:` key: which tables of the contract come from a PostgreSQL or SQLite database.
#pragma once

#include <yaml-cpp/yaml.h>

#include <array>
#include <span>
#include <string>

#include "dataset/utf8.hpp"
#include "kiemtra/dataset.hpp"

namespace kiemtra::core::dataset {

enum class DbKind { none, postgres, sqlite };

/// Where one contract table is read from: a table or view (`table:`), or a SELECT (`query:`).
struct DbTableSource {
  bool used = false;
  std::string table;  ///< as written in the manifest ("dang_vien", "hr.dang_vien")
  std::string query;  ///< a SELECT, when not a table
  TextPos at;         ///< where the manifest names it
};

/// The manifest's `database:` block.
struct DbConfig {
  DbKind kind = DbKind::none;
  /// PostgreSQL: a connection string or URI ("service=kiemtra", "host=db dbname=dangvien user=kiemtra"); SQLite:
  /// the file, relative to the manifest's folder until the reader resolves it.
  std::string target;
  int connect_timeout = 0;  ///< seconds; 0: the connection string's own, else 10
  std::array<DbTableSource, kTableCount> tables;  ///< per TableId
  std::string manifest;     ///< the manifest file, for messages
  TextPos at;               ///< where `database:` is
};

/// Reads `database:` (node) of manifest `file`. Throws UserError at file:line:column for a bad value, and for a
/// PostgreSQL connection string that holds a password (it belongs in PGPASSFILE or PGPASSWORD).
DbConfig read_db_config(const YAML::Node& node, const std::string& file);

/// The contract columns that name a row of table `id` in a location (`members[id=DV00042]`,
/// `dues[member_id=DV00042,period=2019-03]`); core/engine/db_location.cpp reads their values in this order.
std::span<const int> db_key_columns(TableId id);

/// "postgres" / "sqlite".
std::string_view db_kind_name(DbKind k);

}  // namespace kiemtra::core::dataset
