// Reading contract tables from a database: one connection and one read-only transaction for the whole read.
#pragma once

#include <functional>
#include <memory>
#include <span>
#include <cstdint>
#include <string_view>
#include <string>
#include <vector>

#include "dataset/cell.hpp"
#include "dataset/db_config.hpp"
#include "dataset/read_state.hpp"

namespace kiemtra::core::dataset {

/// An open database in one read-only transaction (REPEATABLE READ on PostgreSQL, a read transaction on
/// SQLite), so every table is read from one snapshot however long the read takes.
class DbSession {
 public:
  /// The result's column names, the decoder when the rows come encoded (to `line`), empty when they come as
  /// cells (to `row`), and how many rows the database expects (its planner's estimate; 0 when unknown), so the
  /// table's rows can be built in place.
  using HeaderFn = std::function<void(const std::vector<std::string>& names, RowDecoder decode, std::size_t expected_rows)>;
  /// One row: a cell per result column, its text as a RowDecoder writes it (a date as 2019-09-30, a boolean as
  /// 1/0, an integer in digits, a NULL empty); `ascii` is not set (the rows' builders set it). Returns false to
  /// stop reading the table.
  using RowFn = std::function<bool(std::span<Cell> cells)>;
  /// One row still encoded, decoded later by the header's RowDecoder: the receiving thread only copies it, so a
  /// source that streams faster than one thread decodes is not held back. Returns false to stop.
  using LineFn = std::function<bool(std::string_view encoded)>;

  virtual ~DbSession() = default;
  /// Streams the rows of contract table `id` from its source: `header` once with the result's column names,
  /// then `row` (or `line`, when the header gave a decoder) for each row. Throws UserError (exit 2) naming the table for a missing table, a query the
  /// database refuses, or a connection lost mid-read.
  virtual void stream(TableId id, const DbTableSource& src, const HeaderFn& header, const RowFn& row,
                      const LineFn& line) = 0;
};

/// Connects (PostgreSQL) or opens read-only (SQLite) and begins the read transaction. `first` is the table
/// read first, named in a connection failure. Throws UserError (exit 2) with one sentence saying what to do.
std::unique_ptr<DbSession> open_db_session(const DbConfig& cfg, TableId first);

/// Reads contract table `id` from `db` into `table`, through the same row builders as a CSV file, so a value
/// that does not fit the contract is the same read issue. Rows are numbered from 1 in the order read; the
/// table's file is "postgres:dang_vien[ma_dv]" (source and key columns), which locations turn into
/// "dang_vien[ma_dv=DV00042]".
template <class Row>
void read_db_table(DbSession& db, const DbConfig& cfg, TableId id, ReadState& st, Table<Row>& table);

/// Opens the PostgreSQL / SQLite session (postgres_source.cpp, sqlite_source.cpp).
std::unique_ptr<DbSession> open_postgres(const DbConfig& cfg, TableId first);
std::unique_ptr<DbSession> open_sqlite(const DbConfig& cfg, TableId first);

/// How messages name the source of table `id`: "dang_vien" or "members (query:)".
std::string db_source_name(const DbTableSource& src, TableId id);

}  // namespace kiemtra::core::dataset
