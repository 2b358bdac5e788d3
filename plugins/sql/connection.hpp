// A read-only SQLite connection over one run's dataset, and the rule's query prepared on it: one SELECT, with
// SQLite's complaints turned into located, bilingual problems.
#pragma once

#include <sqlite3.h>

#include <map>
#include <optional>
#include <string>

#include "rule_spec.hpp"

namespace kiemtra::plugins::sql {

class Connection {
 public:
  /// Opens an in-memory, read-only connection that reads `x` (which must outlive it).
  explicit Connection(const RunContext& x);
  ~Connection();
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;
  sqlite3* db() const { return db_; }

 private:
  sqlite3* db_ = nullptr;
};

/// A prepared query: finalized when it goes.
class Statement {
 public:
  Statement() = default;
  explicit Statement(sqlite3_stmt* s) : stmt_(s) {}
  ~Statement() { sqlite3_finalize(stmt_); }
  Statement(Statement&& o) noexcept : stmt_(o.stmt_) { o.stmt_ = nullptr; }
  Statement& operator=(Statement&& o) noexcept {
    std::swap(stmt_, o.stmt_);
    return *this;
  }
  sqlite3_stmt* get() const { return stmt_; }
  /// Result column name -> index.
  std::map<std::string, int> columns() const;

 private:
  sqlite3_stmt* stmt_ = nullptr;
};

/// Prepares the rule's query on `c`, then checks it is one read-only statement and returns the columns every
/// message needs. On failure `problem` holds where and why (the statement is then empty).
Statement prepare(const Connection& c, const RunContext& x, const SqlRuleSpec& spec, std::optional<SourceProblem>& problem);

/// Whether a problem of prepare() may depend on the dataset (an extra column the checking schema lacks).
bool depends_on_data(const SourceProblem& p);

/// "file:line:col: vi | en": a problem as one line of a rule failure.
std::string failure_text(const SourceProblem& p);

}  // namespace kiemtra::plugins::sql
