// SQLite: the file opened read-only, every table read in one read transaction (one snapshot), each value
// written as its storage class holds it: INTEGER in digits, REAL without a zero fraction, TEXT as is, NULL empty.
#include <fmt/format.h>
#include <sqlite3.h>

#include <cmath>
#include <memory>

#include "dataset/db_messages.hpp"
#include "dataset/db_source.hpp"
#include "dataset/text.hpp"
#include "util/name_match.hpp"

namespace kiemtra::core::dataset {

namespace {

using Statement = std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)>;

class SqliteSession final : public DbSession {
 public:
  SqliteSession(const DbConfig& cfg, TableId first) : cfg_(cfg) {
    sqlite3* db = nullptr;
    // READONLY: kiemtra never writes; NOMUTEX: one thread reads. A missing file is an error, never a new one.
    const int rc = sqlite3_open_v2(cfg.target.c_str(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
    db_.reset(db);
    if (rc != SQLITE_OK)
      throw UserError(msg_db_connect(cfg, table_name(first), db ? sqlite3_errmsg(db) : sqlite3_errstr(rc)));
    sqlite3_busy_timeout(db, (cfg.connect_timeout > 0 ? cfg.connect_timeout : 10) * 1000);
    // The transaction's snapshot is taken by the first read, here, so later writers are not seen.
    if (sqlite3_exec(db, "BEGIN; SELECT count(*) FROM sqlite_schema;", nullptr, nullptr, nullptr) != SQLITE_OK)
      throw UserError(msg_db_connect(cfg, table_name(first), sqlite3_errmsg(db)));
  }

  void stream(TableId id, const DbTableSource& src, const HeaderFn& header, const RowFn& row, const LineFn&) override {
    const std::string source = db_source_name(src, id);
    const std::string select = src.query.empty() ? from_table(id, src) : src.query;
    sqlite3_stmt* raw = nullptr;
    const char* tail = nullptr;
    if (sqlite3_prepare_v2(db_.get(), select.c_str(), -1, &raw, &tail) != SQLITE_OK)
      throw UserError(msg_db_query(cfg_, table_name(id), source, sqlite3_errmsg(db_.get())));
    const Statement stmt(raw, sqlite3_finalize);
    if (raw == nullptr || !sqlite3_stmt_readonly(raw) || sqlite3_column_count(raw) == 0)
      throw UserError(msg_db_query(cfg_, table_name(id), source, "not one SELECT"));
    for (; tail != nullptr && *tail != '\0'; ++tail)
      if (*tail != ' ' && *tail != ';' && *tail != '\n' && *tail != '\t' && *tail != '\r')
        throw UserError(msg_db_query(cfg_, table_name(id), source, "more than one statement"));
    const int width = sqlite3_column_count(raw);
    std::vector<std::string> names;
    for (int c = 0; c < width; ++c) names.emplace_back(sqlite3_column_name(raw, c));
    header(names, {}, 0);  // rows come as cells: SQLite hands each value typed; no cheap count of them

    std::vector<Cell> cells(static_cast<std::size_t>(width));
    std::vector<std::string> numbers(static_cast<std::size_t>(width));
    for (;;) {
      const int rc = sqlite3_step(raw);
      if (rc == SQLITE_DONE) break;
      if (rc != SQLITE_ROW) throw UserError(msg_db_query(cfg_, table_name(id), source, sqlite3_errmsg(db_.get())));
      for (int c = 0; c < width; ++c) {
        Cell& cell = cells[static_cast<std::size_t>(c)];
        cell = Cell{};
        switch (sqlite3_column_type(raw, c)) {
          case SQLITE_NULL: break;
          case SQLITE_INTEGER:
            numbers[static_cast<std::size_t>(c)] = std::to_string(sqlite3_column_int64(raw, c));
            cell.text = numbers[static_cast<std::size_t>(c)];
            break;
          case SQLITE_FLOAT: {
            const double v = sqlite3_column_double(raw, c);
            numbers[static_cast<std::size_t>(c)] =
                std::trunc(v) == v && std::fabs(v) < 9e15 ? fmt::format("{}", static_cast<std::int64_t>(v)) : fmt::format("{}", v);
            cell.text = numbers[static_cast<std::size_t>(c)];
            break;
          }
          default: {  // TEXT (and a BLOB, read as its bytes)
            const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(raw, c));
            cell.text = std::string_view(p != nullptr ? p : "", static_cast<std::size_t>(sqlite3_column_bytes(raw, c)));
          }
        }
      }
      if (!row(cells)) return;
    }
  }

 private:
  /// "SELECT * FROM "name"", or the missing-table error with the closest name the file has.
  std::string from_table(TableId id, const DbTableSource& src) {
    sqlite3_stmt* raw = nullptr;
    sqlite3_prepare_v2(db_.get(), "SELECT name FROM sqlite_schema WHERE type IN ('table', 'view')", -1, &raw, nullptr);
    const Statement list(raw, sqlite3_finalize);
    std::vector<std::string> known;
    while (raw != nullptr && sqlite3_step(raw) == SQLITE_ROW)
      known.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(raw, 0)));
    for (const std::string& k : known)
      if (ascii_lower(k) == ascii_lower(src.table)) {
        std::string quoted = "\"";
        for (const char c : k) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
        return "SELECT * FROM " + quoted + "\"";
      }
    const Suggestion s = did_you_mean(src.table, known);
    throw UserError(msg_db_no_table(cfg_, table_name(id), src.table, s.vi, s.en));
  }

  const DbConfig& cfg_;
  std::unique_ptr<sqlite3, int (*)(sqlite3*)> db_{nullptr, sqlite3_close};
};

}  // namespace

std::unique_ptr<DbSession> open_sqlite(const DbConfig& cfg, TableId first) {
  return std::make_unique<SqliteSession>(cfg, first);
}

}  // namespace kiemtra::core::dataset
