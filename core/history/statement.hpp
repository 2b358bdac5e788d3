// A prepared SQLite statement that finalizes itself and turns errors into UserError.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <string>

#include "util/error.hpp"

namespace kiemtra::core {

class Statement {
 public:
  Statement(sqlite3* db, const std::string& sql) : db_(db) {
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt_, nullptr) != SQLITE_OK) fail();
  }
  ~Statement() { sqlite3_finalize(stmt_); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  void bind(int k, const std::string& v) {
    if (sqlite3_bind_text(stmt_, k, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT) != SQLITE_OK) fail();
  }
  void bind(int k, std::int64_t v) {
    if (sqlite3_bind_int64(stmt_, k, v) != SQLITE_OK) fail();
  }
  /// Steps once: true when a row is there.
  bool step() {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc != SQLITE_DONE) fail();
    return false;
  }
  /// Runs a statement that returns no rows, then makes it ready for the next bindings.
  void run() {
    step();
    reset();
  }
  void reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }
  std::int64_t integer(int column) const { return sqlite3_column_int64(stmt_, column); }
  std::string text(int column) const {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
    return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column))) : std::string();
  }

 private:
  [[noreturn]] void fail() {
    const std::string why = sqlite3_errmsg(db_);
    throw UserError({"Tệp lịch sử bị lỗi: " + why, "The history file failed: " + why});
  }
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
};

}  // namespace kiemtra::core
