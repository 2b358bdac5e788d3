// Copies a dataset folder's CSV tables into a database, typed: dates as dates, amounts as integers, so the
// database form of a dataset can be validated against the same data read as CSV.
#pragma once

#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "database/pg_cluster.hpp"

namespace kiemtra::test {

/// A CSV file's records (RFC 4180 quoting), header first.
std::vector<std::vector<std::string>> read_csv_records(const std::filesystem::path& file);

/// The SQL type a contract column is stored as: "date" for *_on, *_date, *_since and date, "bigint" for
/// amounts and incomes, "text" otherwise and for the columns listed in `as_text` ("members.card_issued_on"):
/// an office's legacy column holding text where a date belongs.
std::string column_type(const std::string& table, const std::string& column, const std::set<std::string>& as_text);

/// Creates table `table` of database `db` from `dir/<table>.csv` and loads it with COPY ... FROM STDIN.
/// Returns the server's error, empty on success.
std::string load_postgres(const PgCluster& pg, const std::string& db, const std::filesystem::path& dir,
                          const std::string& table, const std::set<std::string>& as_text);

/// The same into the SQLite file `file` (created when absent), with declared types (DATE, INTEGER, TEXT).
std::string load_sqlite(const std::filesystem::path& file, const std::filesystem::path& dir, const std::string& table,
                        const std::set<std::string>& as_text);

/// The bloc's tables (examples/khoi-cqt-2019).
const std::vector<std::string>& bloc_tables();

}  // namespace kiemtra::test
