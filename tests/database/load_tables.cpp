// Loading CSV tables into PostgreSQL (COPY FROM STDIN, text format) and SQLite (prepared INSERTs).
#include "database/load_tables.hpp"

#include <sqlite3.h>

#include <fstream>
#include <memory>
#include <sstream>

namespace kiemtra::test {

namespace fs = std::filesystem;

std::vector<std::vector<std::string>> read_csv_records(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string s = ss.str();
  std::vector<std::vector<std::string>> out;
  std::vector<std::string> rec;
  std::string field;
  bool quoted = false, any = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (quoted) {
      if (c == '"' && i + 1 < s.size() && s[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
      continue;
    }
    if (c == '"') {
      quoted = true;
      any = true;
    } else if (c == ',') {
      rec.push_back(field);
      field.clear();
      any = true;
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n') ++i;
      if (any || !field.empty()) {
        rec.push_back(field);
        out.push_back(rec);
      }
      rec.clear();
      field.clear();
      any = false;
    } else {
      field += c;
      any = true;
    }
  }
  if (any || !field.empty()) {
    rec.push_back(field);
    out.push_back(rec);
  }
  return out;
}

std::string column_type(const std::string& table, const std::string& column, const std::set<std::string>& as_text) {
  if (as_text.count(table + "." + column) != 0) return "text";
  auto ends = [&](const char* suffix) {
    const std::string s(suffix);
    return column.size() >= s.size() && column.compare(column.size() - s.size(), s.size(), s) == 0;
  };
  if (ends("_on") || ends("_date") || ends("_since") || column == "date") return "date";
  if (column == "amount" || column == "income_basis" || column == "monthly_income") return "bigint";
  return "text";
}

namespace {

std::string create_sql(const std::string& table, const std::vector<std::string>& header,
                       const std::set<std::string>& as_text, bool sqlite) {
  std::string sql = "CREATE TABLE " + table + " (";
  for (std::size_t c = 0; c < header.size(); ++c) {
    std::string type = column_type(table, header[c], as_text);
    if (sqlite) type = type == "date" ? "DATE" : type == "bigint" ? "INTEGER" : "TEXT";
    sql += (c ? ", " : "") + header[c] + " " + type;
  }
  return sql + ")";
}

}  // namespace

std::string load_postgres(const PgCluster& pg, const std::string& db, const fs::path& dir, const std::string& table,
                          const std::set<std::string>& as_text) {
  const auto records = read_csv_records(dir / (table + ".csv"));
  if (records.empty()) return "empty " + table + ".csv";
  if (std::string e = pg.exec(db, create_sql(table, records[0], as_text, false)); !e.empty()) return e;
  std::unique_ptr<PGconn, void (*)(PGconn*)> c(PQconnectdb(pg.conninfo(db).c_str()), PQfinish);
  if (PQstatus(c.get()) != CONNECTION_OK) return PQerrorMessage(c.get());
  std::unique_ptr<PGresult, void (*)(PGresult*)> r(PQexec(c.get(), ("COPY " + table + " FROM STDIN").c_str()), PQclear);
  if (PQresultStatus(r.get()) != PGRES_COPY_IN) return PQresultErrorMessage(r.get());
  std::string data;
  for (std::size_t i = 1; i < records.size(); ++i) {
    for (std::size_t col = 0; col < records[0].size(); ++col) {
      if (col) data += '\t';
      const std::string v = col < records[i].size() ? records[i][col] : std::string();
      if (v.empty()) {
        data += "\\N";  // an empty CSV cell is a NULL, as an office's database holds it
        continue;
      }
      for (const char ch : v) {
        if (ch == '\\') data += "\\\\";
        else if (ch == '\t') data += "\\t";
        else if (ch == '\n') data += "\\n";
        else if (ch == '\r') data += "\\r";
        else data += ch;
      }
    }
    data += '\n';
  }
  if (PQputCopyData(c.get(), data.data(), static_cast<int>(data.size())) != 1 || PQputCopyEnd(c.get(), nullptr) != 1)
    return PQerrorMessage(c.get());
  std::unique_ptr<PGresult, void (*)(PGresult*)> done(PQgetResult(c.get()), PQclear);
  if (PQresultStatus(done.get()) != PGRES_COMMAND_OK) return PQresultErrorMessage(done.get());
  return {};
}

std::string load_sqlite(const fs::path& file, const fs::path& dir, const std::string& table,
                        const std::set<std::string>& as_text) {
  const auto records = read_csv_records(dir / (table + ".csv"));
  if (records.empty()) return "empty " + table + ".csv";
  sqlite3* raw = nullptr;
  sqlite3_open(file.c_str(), &raw);
  std::unique_ptr<sqlite3, int (*)(sqlite3*)> db(raw, sqlite3_close);
  char* err = nullptr;
  const std::string create = create_sql(table, records[0], as_text, true);
  if (sqlite3_exec(raw, ("BEGIN; " + create).c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
    std::string e = err ? err : "?";
    sqlite3_free(err);
    return e;
  }
  std::string insert = "INSERT INTO " + table + " VALUES (";
  for (std::size_t c = 0; c < records[0].size(); ++c) insert += c ? ", ?" : "?";
  insert += ")";
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(raw, insert.c_str(), -1, &st, nullptr) != SQLITE_OK) return sqlite3_errmsg(raw);
  std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> stmt(st, sqlite3_finalize);
  for (std::size_t i = 1; i < records.size(); ++i) {
    sqlite3_reset(st);
    for (std::size_t c = 0; c < records[0].size(); ++c) {
      const int at = static_cast<int>(c + 1);
      if (c >= records[i].size() || records[i][c].empty()) sqlite3_bind_null(st, at);
      else sqlite3_bind_text(st, at, records[i][c].c_str(), static_cast<int>(records[i][c].size()), SQLITE_TRANSIENT);
    }
    if (sqlite3_step(st) != SQLITE_DONE) return sqlite3_errmsg(raw);
  }
  if (sqlite3_exec(raw, "COMMIT", nullptr, nullptr, &err) != SQLITE_OK) {
    std::string e = err ? err : "?";
    sqlite3_free(err);
    return e;
  }
  return {};
}

const std::vector<std::string>& bloc_tables() {
  static const std::vector<std::string> t = {"organizations", "members", "dues",    "candidates", "committees",
                                             "transfers",     "events",  "ratings", "meetings",   "attendance"};
  return t;
}

}  // namespace kiemtra::test
