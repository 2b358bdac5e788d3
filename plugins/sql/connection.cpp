// Opening the connection, the authorizer that lets only reading through, and SQLite's errors made readable.
#include "connection.hpp"

#include <fmt/format.h>

#include <cctype>
#include <cstring>
#include <set>

#include "functions.hpp"
#include "table_def.hpp"
#include "util/name_match.hpp"
#include "vtab.hpp"

namespace kiemtra::plugins::sql {

namespace {

/// Only reading: SELECT, reading a column, calling a function, a recursive CTE. Everything else (ATTACH,
/// PRAGMA, writes) is refused while the query is prepared.
int authorize(void*, int action, const char* table, const char*, const char*, const char*) {
  switch (action) {
    case SQLITE_SELECT:
    case SQLITE_READ:
    case SQLITE_FUNCTION:
    case SQLITE_RECURSIVE: return SQLITE_OK;
    // SQLite itself touches the schema's `type` while connecting an eponymous virtual table; the connection is
    // read-only and defensive, so nothing a query writes could land there anyway.
    case SQLITE_UPDATE: return table && std::strcmp(table, "sqlite_master") == 0 ? SQLITE_OK : SQLITE_DENY;
    default: return SQLITE_DENY;
  }
}

std::vector<std::string> table_names() {
  std::vector<std::string> out;
  for (const TableDef& d : table_defs()) out.emplace_back(d.name);
  return out;
}

/// SQLite's "no such column: m.phon" and friends, with the closest known name.
std::pair<std::string, std::string> explain(const RunContext& x, const std::string& msg) {
  auto after = [&](const std::string& prefix) -> std::optional<std::string> {
    if (!msg.starts_with(prefix)) return std::nullopt;
    return msg.substr(prefix.size());
  };
  if (auto name = after("no such table: ")) {
    std::string n = *name;
    if (const auto dot = n.rfind('.'); dot != std::string::npos) n = n.substr(dot + 1);
    const auto hint = core::did_you_mean(n, table_names());
    return {fmt::format("không có bảng '{}'{}; xem docs/sql-rules.md", n, hint.vi),
            fmt::format("no such table '{}'{}; see docs/sql-rules.md", n, hint.en)};
  }
  if (auto name = after("no such column: ")) {
    std::string n = *name;
    if (const auto dot = n.rfind('.'); dot != std::string::npos) n = n.substr(dot + 1);
    std::vector<std::string> all;
    for (const TableDef& d : table_defs())
      for (const auto& c : table_columns(x, d.name)) all.push_back(c);
    const auto hint = core::did_you_mean(n, all);
    return {fmt::format("không có cột '{}'{}; cột thêm (extra) chỉ có khi bộ dữ liệu có cột đó", n, hint.vi),
            fmt::format("no such column '{}'{}; an extra column exists only when the dataset has it", n, hint.en)};
  }
  if (auto name = after("no such function: ")) {
    const auto hint = core::did_you_mean(*name, function_names());
    return {fmt::format("không có hàm '{}'{}", *name, hint.vi), fmt::format("no such function '{}'{}", *name, hint.en)};
  }
  if (msg == "not authorized" || msg.ends_with("may not be modified"))
    return {"quy tắc chỉ được đọc: chỉ một câu SELECT được chạy (không ATTACH, PRAGMA hay ghi dữ liệu)",
            "a rule only reads: a single SELECT runs (no ATTACH, PRAGMA or writes)"};
  return {"lỗi SQL: " + msg, "SQL error: " + msg};
}

bool word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.'; }

/// Where SQLite's message names something the query wrote ("no such table: X"), when it gave no offset: the first
/// place the name is written as a whole word (ASCII case ignored, as SQL names are).
std::optional<std::size_t> named_offset(const std::string& query, const std::string& msg) {
  const auto colon = msg.rfind(": ");
  if (colon == std::string::npos || !msg.starts_with("no such ")) return std::nullopt;
  const std::string name = core::ascii_lower(msg.substr(colon + 2));
  const std::string q = core::ascii_lower(query);
  for (std::size_t at = q.find(name); at != std::string::npos; at = q.find(name, at + 1)) {
    const bool starts = at == 0 || !word_char(q[at - 1]);
    const bool ends = at + name.size() >= q.size() || !word_char(q[at + name.size()]);
    if (starts && ends) return at;
  }
  return std::nullopt;
}

SourceProblem at(const SqlRuleSpec& spec, Place p, std::pair<std::string, std::string> text) {
  return {spec.file, p.line, p.column, std::move(text.first), std::move(text.second)};
}

/// Whether what follows the first statement is only blanks, comments and semicolons.
bool only_blank(const Connection& c, const char* tail, std::size_t& second) {
  sqlite3_stmt* next = nullptr;
  const char* rest = nullptr;
  const int rc = sqlite3_prepare_v2(c.db(), tail, -1, &next, &rest);
  const bool blank = rc == SQLITE_OK && next == nullptr;
  sqlite3_finalize(next);
  // Where the second statement starts: skip what SQLite skipped before it (blanks and comments).
  second = 0;
  while (tail[second] == ' ' || tail[second] == '\n' || tail[second] == '\t' || tail[second] == '\r') ++second;
  return blank;
}

}  // namespace

Connection::Connection(const RunContext& x) {
  if (sqlite3_open_v2(":memory:", &db_, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
    const std::string why = db_ ? sqlite3_errmsg(db_) : "out of memory";
    sqlite3_close(db_);
    throw std::runtime_error("cannot open SQLite: " + why);
  }
  sqlite3_limit(db_, SQLITE_LIMIT_ATTACHED, 0);
  sqlite3_db_config(db_, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
  sqlite3_db_config(db_, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
  register_tables(db_, x);
  register_functions(db_, x);
  // SQLite reads its (empty) schema on first use, through statements the authorizer would refuse: first.
  sqlite3_exec(db_, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
  sqlite3_set_authorizer(db_, authorize, nullptr);
}

Connection::~Connection() { sqlite3_close_v2(db_); }

std::map<std::string, int> Statement::columns() const {
  std::map<std::string, int> out;
  for (int i = 0; i < sqlite3_column_count(stmt_); ++i)
    if (const char* n = sqlite3_column_name(stmt_, i)) out.emplace(n, i);
  return out;
}

Statement prepare(const Connection& c, const RunContext& x, const SqlRuleSpec& spec,
                  std::optional<SourceProblem>& problem) {
  sqlite3_stmt* raw = nullptr;
  const char* tail = nullptr;
  const int rc = sqlite3_prepare_v2(c.db(), spec.query.c_str(), static_cast<int>(spec.query.size()), &raw, &tail);
  Statement stmt(raw);
  if (rc != SQLITE_OK) {
    const int offset = sqlite3_error_offset(c.db());
    const std::string msg = sqlite3_errmsg(c.db());
    const std::optional<std::size_t> named =
        offset >= 0 ? std::optional<std::size_t>(static_cast<std::size_t>(offset)) : named_offset(spec.query, msg);
    const Place p = named ? spec.place_of(*named) : spec.query_at;
    problem = at(spec, p, explain(x, msg));
    return {};
  }
  if (!raw) {
    problem = at(spec, spec.query_at, {"truy vấn rỗng: hãy viết một câu SELECT", "the query is empty: write a SELECT"});
    return {};
  }
  std::size_t second = 0;
  if (!only_blank(c, tail, second)) {
    const std::size_t offset = static_cast<std::size_t>(tail - spec.query.c_str()) + second;
    problem = at(spec, spec.place_of(offset),
                 {"truy vấn của quy tắc là một câu SELECT duy nhất: một câu lệnh thứ hai bắt đầu ở đây",
                  "a rule's query is a single SELECT: a second statement starts here"});
    return {};
  }
  if (!sqlite3_stmt_readonly(raw)) {
    problem = at(spec, spec.query_at, explain(x, "not authorized"));
    return {};
  }
  // Every column a finding is made of must be in the result.
  const auto cols = stmt.columns();
  std::vector<std::string> need = {kSubjectId};
  if (!spec.subject) need.push_back(kSubjectKind);
  std::size_t own_messages = 0;
  for (const auto& m : spec.meta.messages)
    if (m.key != kRowLimitMessage) {
      ++own_messages;
      for (const auto& a : m.args) need.push_back(a);
    }
  if (own_messages > 1) need.push_back(kMessage);
  std::vector<std::string> have;
  for (const auto& [name, i] : cols) have.push_back(name);
  std::set<std::string> reported;
  for (const auto& n : need) {
    if (cols.count(n) || !reported.insert(n).second) continue;
    const auto hint = core::did_you_mean(n, have);
    problem = at(spec, spec.query_at,
                 {fmt::format("kết quả của truy vấn thiếu cột '{}'{} (các cột có: {}); xem docs/sql-rules.md", n,
                              hint.vi, fmt::join(have, ", ")),
                  fmt::format("the query's result has no column '{}'{} (it has: {}); see docs/sql-rules.md", n, hint.en,
                              fmt::join(have, ", "))});
    return {};
  }
  return stmt;
}

bool depends_on_data(const SourceProblem& p) { return p.en.starts_with("no such column"); }

std::string failure_text(const SourceProblem& p) {
  return fmt::format("{}:{}:{}: {} | {}", p.file, p.line, p.column, p.vi, p.en);
}

}  // namespace kiemtra::plugins::sql
