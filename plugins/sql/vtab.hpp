// SQLite's virtual table interface over a TableDef: eponymous tables (usable without CREATE, so the
// connection stays read-only), equality on indexed columns answered by the reader's indexes.
#pragma once

#include <sqlite3.h>

#include <string>
#include <vector>

#include "table_def.hpp"

namespace kiemtra::plugins::sql {

/// Registers every table of table_defs() on `db`, reading the run `x` (which must outlive `db`).
void register_tables(sqlite3* db, const RunContext& x);

/// The columns of table `name` as SQL sees them for run `x` (extra columns included); empty for no such table.
std::vector<std::string> table_columns(const RunContext& x, std::string_view name);

}  // namespace kiemtra::plugins::sql
