// A history file knows itself (issue 19, item 5): another application's SQLite database, a newer or
// incompatible schema and a device are refused before any rule runs, and nothing is written to them.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sqlite3.h>

#include "nightly_fixture.hpp"

namespace {

using namespace kiemtra::test;
using ::testing::HasSubstr;
using ::testing::Not;
namespace fs = std::filesystem;

std::string sample() { return (source_dir() / "examples" / "sample").string(); }

/// Runs SQL on a database file; the first column of the last row, or "" (the test fails on an error).
std::string sql(const fs::path& db, const std::string& statement) {
  sqlite3* h = nullptr;
  EXPECT_EQ(sqlite3_open(db.c_str(), &h), SQLITE_OK);
  std::string out;
  char* error = nullptr;
  const auto keep = [](void* dest, int n, char** values, char**) {
    if (n > 0) *static_cast<std::string*>(dest) = values[0] ? values[0] : "";
    return 0;
  };
  EXPECT_EQ(sqlite3_exec(h, statement.c_str(), keep, &out, &error), SQLITE_OK) << (error ? error : "") << statement;
  sqlite3_free(error);
  sqlite3_close(h);
  return out;
}

TEST(HistoryIdentity, AnotherApplicationsDatabaseIsNeitherListedNorWritten) {
  const auto dir = temp_dir("history-foreign");
  const auto db = dir / "foreign.sqlite";
  sql(db, "CREATE TABLE accounts(id INTEGER PRIMARY KEY, owner TEXT); INSERT INTO accounts(owner) VALUES ('x');");
  const std::string before = slurp(db);

  const auto listed = run_cli({"history", db.string(), "--lang", "en"});
  EXPECT_EQ(listed.exit_code, 2);
  EXPECT_THAT(listed.err, HasSubstr("is another SQLite database, not a kiemtra history file"));
  const auto run = run_cli({"validate", sample(), "--quiet", "--lang", "en", "--history", db.string()});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_THAT(run.err, HasSubstr("is another SQLite database"));
  EXPECT_EQ(slurp(db), before);
  EXPECT_EQ(sql(db, "SELECT count(*) FROM sqlite_master"), "1");
  EXPECT_EQ(sql(db, "PRAGMA journal_mode"), "delete");
}

TEST(HistoryIdentity, ANewHistoryCarriesItsApplicationIdAndSchemaVersion) {
  const auto db = temp_dir("history-id") / "h.sqlite";
  ASSERT_EQ(run_cli({"validate", sample(), "--quiet", "--history", db.string()}).exit_code, 1);
  EXPECT_EQ(sql(db, "PRAGMA application_id"), std::to_string(0x6B6D7472));
  EXPECT_EQ(sql(db, "PRAGMA user_version"), "1");
  // A history of an earlier kiemtra (no id yet) is recognized by its tables and marked.
  sql(db, "PRAGMA application_id=0; PRAGMA user_version=0;");
  ASSERT_EQ(run_cli({"validate", sample(), "--quiet", "--history", db.string()}).exit_code, 1);
  EXPECT_EQ(sql(db, "PRAGMA application_id"), std::to_string(0x6B6D7472));
  EXPECT_EQ(sql(db, "SELECT count(*) FROM runs WHERE status = 'complete'"), "2");
}

TEST(HistoryIdentity, ANewerSchemaIsRefusedBeforeAnyRuleRuns) {
  const auto db = temp_dir("history-newer") / "h.sqlite";
  ASSERT_EQ(run_cli({"validate", sample(), "--quiet", "--history", db.string()}).exit_code, 1);
  sql(db, "PRAGMA user_version=2");
  const auto r = run_cli({"validate", sample(), "--quiet", "--lang", "en", "--history", db.string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("schema version 2, newer than the version 1"));
  EXPECT_EQ(sql(db, "SELECT count(*) FROM runs"), "1");
}

TEST(HistoryIdentity, AnIncompatibleSchemaFailsBeforeTheRulesAndLeavesNoRunningRow) {
  const auto db = temp_dir("history-incompatible") / "h.sqlite";
  ASSERT_EQ(run_cli({"validate", sample(), "--quiet", "--history", db.string()}).exit_code, 1);
  sql(db, "ALTER TABLE runs DROP COLUMN exit_code");
  const auto r = run_cli({"validate", sample(), "--lang", "en", "--history", db.string(), "--format", "json"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("lacks the tables of a kiemtra history"));
  EXPECT_THAT(r.err, Not(HasSubstr("Running rules")));
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(sql(db, "SELECT count(*) FROM runs WHERE status = 'running'"), "0");
}

TEST(HistoryIdentity, ADeviceOrFolderIsNoHistory) {
  const auto r = run_cli({"validate", sample(), "--quiet", "--lang", "en", "--history", "/dev/null"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("'/dev/null' is not a regular file"));
  const auto dir = temp_dir("history-folder");
  const auto listed = run_cli({"history", dir.string(), "--lang", "en"});
  EXPECT_EQ(listed.exit_code, 2);
  EXPECT_THAT(listed.err, HasSubstr("is not a regular file"));
}

TEST(HistoryIdentity, ListingChangesNothing) {
  const auto db = temp_dir("history-list") / "h.sqlite";
  ASSERT_EQ(run_cli({"validate", sample(), "--quiet", "--history", db.string()}).exit_code, 1);
  sql(db, "PRAGMA wal_checkpoint(TRUNCATE)");
  const std::string before = slurp(db);
  const auto listed = run_cli({"history", db.string(), "--lang", "en"});
  EXPECT_EQ(listed.exit_code, 0) << listed.err;
  EXPECT_THAT(listed.out, HasSubstr("1 runs shown"));
  EXPECT_EQ(slurp(db), before);
}

}  // namespace
