// What a table SQL rules read is made of: its columns (each a getter over a row of the dataset), the
// equalities an index answers, and its rows. One TableDef per table; adding a table is one more definition.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <kiemtra/rule.hpp>

namespace kiemtra::plugins::sql {

/// Writes the value of one column of row `row` into `c`.
using Getter = void (*)(sqlite3_context* c, const RunContext& x, std::uint64_t row);

struct Column {
  std::string_view name;
  std::string_view type;  ///< TEXT, INTEGER or REAL, as declared to SQLite
  Getter get;
};

/// `column = value` answered from the reader's indexes: the rows that may match (a superset is fine, SQLite
/// checks again); false when the index cannot answer (the value names nothing it knows), so the table is scanned.
struct Lookup {
  std::string_view column;
  bool (*rows)(const RunContext& x, std::string_view value, std::vector<std::uint64_t>& out);
};

struct TableDef {
  std::string_view name;
  std::vector<Column> columns;
  std::vector<Lookup> lookups;
  /// Rows 0..size-1 of a table of the dataset; null for a generated table.
  std::size_t (*size)(const RunContext& x) = nullptr;
  /// Every row of a generated table (a helper view), as ids its getters understand.
  void (*generate)(const RunContext& x, std::vector<std::uint64_t>& out) = nullptr;
  /// The table's extra columns (headers the contract does not name), read as TEXT; null when it has none.
  const std::vector<std::string>* (*extra_names)(const RunContext& x) = nullptr;
  std::string_view (*extra_value)(const RunContext& x, std::uint64_t row, std::size_t column) = nullptr;
};

/// Every table and helper view, in the order the docs list them.
const std::vector<TableDef>& table_defs();

// Putting values: empty text, no date and unknown codes are NULL, so `IS NULL` finds what is missing.
inline void put(sqlite3_context* c, std::string_view s) {
  if (s.empty())
    sqlite3_result_null(c);
  else
    sqlite3_result_text(c, s.data(), static_cast<int>(s.size()), SQLITE_STATIC);  // the dataset outlives the query
}
inline void put(sqlite3_context* c, const std::string& s) {
  if (s.empty())
    sqlite3_result_null(c);
  else
    sqlite3_result_text(c, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
}
namespace detail {
/// Writes `v` as `width` digits at `out` (dates of years 0-9999: what a dataset can hold).
inline void digits(char* out, int v, int width) {
  for (int i = width - 1; i >= 0; --i, v /= 10) out[i] = static_cast<char>('0' + v % 10);
}
}  // namespace detail
// Dates and months are formatted in place: a query over millions of dues rows formats millions of them, and
// a std::string each would cost more than the rest of the scan.
inline void put(sqlite3_context* c, Date d) {
  if (!d.valid()) return sqlite3_result_null(c);
  const Ymd v = d.ymd();
  if (v.year < 0 || v.year > 9999) return put(c, d.iso());
  char buf[10];
  detail::digits(buf, v.year, 4);
  buf[4] = '-';
  detail::digits(buf + 5, v.month, 2);
  buf[7] = '-';
  detail::digits(buf + 8, v.day, 2);
  sqlite3_result_text(c, buf, 10, SQLITE_TRANSIENT);
}
inline void put(sqlite3_context* c, Month m) {
  if (!m.valid()) return sqlite3_result_null(c);
  if (m.year() < 0 || m.year() > 9999) return put(c, m.iso());
  char buf[7];
  detail::digits(buf, m.year(), 4);
  buf[4] = '-';
  detail::digits(buf + 5, m.month(), 2);
  sqlite3_result_text(c, buf, 7, SQLITE_TRANSIENT);
}
inline void put(sqlite3_context* c, bool b) { sqlite3_result_int(c, b ? 1 : 0); }
inline void put(sqlite3_context* c, std::int64_t v) { sqlite3_result_int64(c, v); }
inline void put(sqlite3_context* c, std::optional<std::int64_t> v) {
  if (v)
    sqlite3_result_int64(c, *v);
  else
    sqlite3_result_null(c);
}
template <class E>
  requires std::is_enum_v<E>
inline void put(sqlite3_context* c, E e) {
  if (e == E::unknown) return sqlite3_result_null(c);
  put(c, code(e));
}

/// An amount, or nothing for kNoMoney.
inline std::optional<std::int64_t> money(std::int64_t v) {
  return v == kNoMoney ? std::nullopt : std::optional<std::int64_t>(v);
}
/// A level of education N/12, or nothing for -1.
inline std::optional<std::int64_t> level(std::int8_t v) {
  return v < 0 ? std::nullopt : std::optional<std::int64_t>(v);
}
/// The id of a row of `table`, or "" (NULL) when the reference did not resolve.
template <class T>
std::string_view id_of(const T& table, std::uint32_t row) {
  return row == kNone || row >= table.size() ? std::string_view() : table[row].id.view();
}

}  // namespace kiemtra::plugins::sql
