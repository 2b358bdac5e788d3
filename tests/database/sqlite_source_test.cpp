// SQLite sources: the bloc copied into a typed SQLite file gives the CSV bloc's findings; the file is opened
// read-only; a missing file or table exits 2 naming the table.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <fstream>

#include "database/db_fixture.hpp"
#include "database/load_tables.hpp"
#include "dataset/reader.hpp"

namespace kiemtra::test {
namespace {

namespace fs = std::filesystem;

/// The bloc as bloc.sqlite in a folder of its own; built once.
const fs::path& bloc_sqlite() {
  static const fs::path file = [] {
    const fs::path f = temp_dir("sqlite-bloc") / "bloc.sqlite";
    for (const std::string& t : bloc_tables())
      EXPECT_EQ(load_sqlite(f, bloc_dir(), t, {"members.card_issued_on"}), "") << t;
    return f;
  }();
  return file;
}

/// An SQLite file holding a two-organization tree `orgs` (DB above the cell CB1) and what `sql` adds; "" or the
/// error.
std::string write_sqlite(const fs::path& file, const std::string& sql) {
  sqlite3* db = nullptr;
  if (sqlite3_open(file.c_str(), &db) != SQLITE_OK) return "cannot open " + file.string();
  char* error = nullptr;
  const int rc = sqlite3_exec(db,
                              ("CREATE TABLE orgs (id TEXT, parent_id TEXT, name TEXT, kind TEXT);"
                               "INSERT INTO orgs VALUES ('DB', NULL, 'Đảng bộ', 'dang_bo_co_so'), ('CB1', 'DB', "
                               "'Chi bộ', 'chi_bo_truc_thuoc');" + sql).c_str(),
                              nullptr, nullptr, &error);
  std::string why = rc == SQLITE_OK ? "" : (error != nullptr ? error : "error");
  sqlite3_free(error);
  sqlite3_close(db);
  return why;
}

TEST(SqliteSource, BlocFindingsEqualTheCsvBloc) {
  const fs::path file = bloc_sqlite();
  const auto before = fs::last_write_time(file);
  const ValidateRun csv = validate_json(bloc_dir());
  const ValidateRun db = validate_json(db_dataset("sqlite-bloc-run", "database:\n  sqlite: " + file.string() + "\n" + all_tables_block()));
  ASSERT_EQ(db.cli.exit_code, csv.cli.exit_code) << db.cli.err;
  ASSERT_FALSE(csv.findings.empty());
  EXPECT_EQ(db.findings, csv.findings);
  bool found = false;
  for (const std::string& l : db.locations)
    if (l.rfind("integrity/bad-value|", 0) == 0) {
      found = true;
      EXPECT_NE(l.find("-> members[id=DV02127]"), std::string::npos) << l;
      // The message names the database row, not a file's line and column.
      EXPECT_NE(l.find("(sqlite:members, hàng "), std::string::npos) << l;
      EXPECT_EQ(l.find("[id]:"), std::string::npos) << l;
    }
  EXPECT_TRUE(found);
  EXPECT_EQ(fs::last_write_time(file), before);  // read-only: not even a journal replayed into it
}

TEST(SqliteSource, RelativePathIsTheManifestsFolder) {
  const fs::path dir = db_dataset("sqlite-relative", "database:\n  sqlite: data/bloc.sqlite\n" + all_tables_block());
  fs::create_directories(dir / "data");
  fs::copy_file(bloc_sqlite(), dir / "data" / "bloc.sqlite");
  const ValidateRun db = validate_json(dir);
  EXPECT_EQ(db.findings, validate_json(bloc_dir()).findings) << db.cli.err;
}

TEST(SqliteSource, StorageClassesAreTheValues) {
  const fs::path dir = temp_dir("sqlite-typed");
  ASSERT_EQ(write_sqlite(dir / "typed.db",
                         "CREATE TABLE members (id TEXT, org_id TEXT, full_name TEXT, gender TEXT, birth_date DATE, "
                         "status TEXT, admitted_on DATE, monthly_income INTEGER, exempt INTEGER);"
                         "INSERT INTO members VALUES ('DV1', 'CB1', 'Lê Văn An', 'nam', '1980-02-29', 'chinh_thuc', "
                         "'2001-05-19', 8162000, 1), ('DV2', 'CB1', 'Trần Thị Bình', 'nu', '1981-01-01', 'chinh_thuc', "
                         "'2002-01-01', 7500000.0, NULL);"
                         "CREATE TABLE dues (member_id TEXT, period TEXT, amount REAL);"
                         "INSERT INTO dues VALUES ('DV1', '2019-01', 81620.0), ('DV2', '2019-01', 'abc');"),
            "");
  std::ofstream(dir / "dataset.yaml") << "as_of: 2019-09-30\ndatabase:\n  sqlite: typed.db\n  tables:\n"
                                         "    organizations: orgs\n    members: MEMBERS\n    dues: dues\n";
  const auto data = core::read_dataset(dir);
  ASSERT_EQ(data->members.size(), 2u);
  EXPECT_EQ(data->members[0].monthly_income, 8162000);
  EXPECT_TRUE(data->members[0].exempt);
  EXPECT_EQ(data->members[1].monthly_income, 7500000);  // REAL 7500000.0 is a whole amount
  EXPECT_FALSE(data->members[1].exempt);                // NULL is empty
  EXPECT_EQ(data->members[0].birth_date, Date::from_ymd(1980, 2, 29));
  ASSERT_EQ(data->dues.size(), 2u);
  EXPECT_EQ(data->dues[0].amount, 81620);
  // The value that does not fit the contract is a read issue, as in a CSV file, on the source table's row.
  ASSERT_EQ(data->read_issues.size(), 1u);
  EXPECT_EQ(data->read_issues[0].column_name, "amount");
  EXPECT_EQ(data->read_issues[0].value, "abc");
  EXPECT_EQ(data->read_issues[0].line, 2u);
  EXPECT_EQ(data->dues.file, "sqlite:dues[member_id,period]");
}

// Dues listed month by month are regrouped by member when read, so their rows are no longer in the source's
// order: a finding on a payment is still located by its key, not by its place in the result ("dues[#5]").
TEST(SqliteSource, APaymentRegroupedByMemberIsLocatedByItsKey) {
  const fs::path dir = temp_dir("sqlite-regrouped");
  std::string members = "CREATE TABLE members (id TEXT, org_id TEXT, full_name TEXT, gender TEXT, birth_date TEXT, "
                        "status TEXT, admitted_on TEXT, official_on TEXT, monthly_income INTEGER);"
                        "INSERT INTO members VALUES ";
  std::string dues = "CREATE TABLE dues (member_id TEXT, period TEXT, amount INTEGER, paid_on TEXT);INSERT INTO dues VALUES ";
  for (int m = 1; m <= 3; ++m) {
    members += std::string(m > 1 ? ", " : "") + "('DV" + std::to_string(m) + "', 'CB1', 'Người " + std::to_string(m) +
               "', 'nam', '1980-01-01', 'chinh_thuc', '2005-01-01', '2006-01-01', 5000000)";
  }
  for (int month = 1; month <= 8; ++month)
    for (int m = 1; m <= 3; ++m) {
      const std::string period = "2019-0" + std::to_string(month);
      // DV2 pays August in September: the one late payment.
      const std::string paid = m == 2 && month == 8 ? "2019-09-10" : period + "-05";
      dues += std::string(month > 1 || m > 1 ? ", " : "") + "('DV" + std::to_string(m) + "', '" + period + "', 50000, '" +
              paid + "')";
    }
  ASSERT_EQ(write_sqlite(dir / "d.db", members + ";" + dues + ";"), "");
  std::ofstream(dir / "dataset.yaml") << "as_of: 2019-09-30\ndatabase:\n  sqlite: d.db\n  tables:\n"
                                         "    organizations: orgs\n    members: members\n    dues: dues\n";
  const ValidateRun r = validate_json(dir, {"--rules", "dues/late-payment"});
  bool found = false;
  for (const std::string& l : r.locations)
    if (l.rfind("dues/late-payment|", 0) == 0) {
      found = true;
      EXPECT_NE(l.find("-> dues[member_id=DV2,period=2019-08]"), std::string::npos) << l;
    }
  EXPECT_TRUE(found) << r.cli.err;
}

// Rows are built in batches by worker threads while the next ones arrive; the table keeps the database's order,
// each row its ordinal, and --strict stops at the first bad value in that order whatever thread found it.
TEST(SqliteSource, ManyRowsAreBuiltInBatchesAndJoinedInTheDatabasesOrder) {
  const fs::path dir = temp_dir("sqlite-batches");
  ASSERT_EQ(write_sqlite(dir / "big.db",
                         "CREATE TABLE members (id TEXT, org_id TEXT, full_name TEXT, gender TEXT, birth_date TEXT, "
                         "status TEXT, admitted_on TEXT);"
                         "INSERT INTO members VALUES ('DV1', 'CB1', 'Lê Văn An', 'nam', '1980-02-29', 'chinh_thuc', "
                         "'2001-05-19');"
                         "CREATE TABLE dues (n INTEGER PRIMARY KEY, member_id TEXT, period TEXT, amount TEXT);"
                         "WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < 30000) "
                         "INSERT INTO dues SELECT n, 'DV1', printf('2019-%02d', n % 12 + 1), "
                         "CASE WHEN n IN (17000, 25001) THEN 'x' || n ELSE n END FROM k;"),
            "");
  std::ofstream(dir / "dataset.yaml") << "as_of: 2019-09-30\ndatabase:\n  sqlite: big.db\n  tables:\n"
                                         "    organizations: orgs\n    members: members\n"
                                         "    dues: {query: \"SELECT member_id, period, amount FROM dues ORDER BY n\"}\n";
  for (const int jobs : {1, 2, 3}) {
    const auto data = core::read_dataset(dir, {.strict = false, .jobs = jobs});
    ASSERT_EQ(data->dues.size(), 30000u) << jobs;
    for (std::uint32_t i = 0; i < 30000; ++i) {
      ASSERT_EQ(data->dues_line(i), i + 1) << jobs;
      if (i + 1 != 17000 && i + 1 != 25001) {
        ASSERT_EQ(data->dues[i].amount, i + 1) << jobs << " row " << i + 1;
      }
    }
    expect_the_two_bad_amounts(dir, jobs, "sqlite ");
  }
}

TEST(SqliteSource, MissingFileOrTableExitsTwo) {
  const fs::path missing = db_dataset("sqlite-missing", "database:\n  sqlite: nowhere.db\n" + all_tables_block());
  const CliResult a = run_cli({"validate", missing.string(), "--lang", "en"});
  EXPECT_EQ(a.exit_code, 2);
  EXPECT_NE(a.err.find("cannot connect to SQLite"), std::string::npos) << a.err;
  EXPECT_NE(a.err.find("table organizations"), std::string::npos) << a.err;
  EXPECT_FALSE(fs::exists(missing / "nowhere.db"));  // never created

  const fs::path typo = db_dataset("sqlite-typo", "database:\n  sqlite: " + bloc_sqlite().string() +
                                                      "\n  tables:\n    organizations: organizations\n    members: membres\n");
  const CliResult b = run_cli({"validate", typo.string()});
  EXPECT_EQ(b.exit_code, 2);
  EXPECT_NE(b.err.find("không có bảng hay view 'membres'"), std::string::npos) << b.err;
  EXPECT_NE(b.err.find("'members'"), std::string::npos) << b.err;
}

TEST(SqliteSource, OnlyOneSelectRuns) {
  const fs::path dir = db_dataset("sqlite-write", "database:\n  sqlite: " + bloc_sqlite().string() +
      "\n  tables:\n    organizations: organizations\n    members: {query: \"DELETE FROM members RETURNING *\"}\n");
  const CliResult r = run_cli({"validate", dir.string(), "--lang", "en"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("cannot read table members"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace kiemtra::test
