// PostgreSQL sources against a real server (the suite's throwaway cluster): the bloc loaded with COPY gives the
// findings the CSV bloc gives; typed values; every failure exits 2 with one sentence naming the table.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <unistd.h>

#include <chrono>
#include <fstream>

#include "database/db_fixture.hpp"
#include "database/load_tables.hpp"
#include "database/pg_cluster.hpp"
#include "dataset/reader.hpp"

namespace kiemtra::test {
namespace {

namespace fs = std::filesystem;

// The bloc's tables that the tests reading only organizations, members and dues from the database keep as CSV.
const std::vector<std::string> kBesideTheDatabase = {"candidates", "committees", "transfers", "events",
                                                     "ratings",    "meetings",   "attendance"};

// The bloc's one planted bad value stays a text column, as in an office whose legacy column holds text.
const std::set<std::string> kAsText = {"members.card_issued_on"};

/// Database "bloc" holding the bloc's tables, plus a read-only login role with a password; loaded once.
const std::string& bloc_db() {
  static const std::string name = [] {
    PgCluster& pg = cluster();
    EXPECT_EQ(pg.exec("postgres", "CREATE DATABASE bloc"), "");
    for (const std::string& t : bloc_tables()) EXPECT_EQ(load_postgres(pg, "bloc", bloc_dir(), t, kAsText), "") << t;
    EXPECT_EQ(pg.exec("bloc",
                      "CREATE ROLE reader LOGIN PASSWORD 'right-one'; GRANT SELECT ON ALL TABLES IN SCHEMA public TO "
                      "reader; ALTER ROLE reader SET default_transaction_read_only = on"),
              "");
    return std::string("bloc");
  }();
  return name;
}

std::string pg_block(const std::string& conninfo, const std::string& tables, const std::string& extra = "") {
  return "database:\n  postgres: \"" + conninfo + "\"\n" + extra + tables;
}

/// Every 2019-09-30 in `text` written as 09/30/2019 (a US-set export).
std::string month_first(const std::string& text) {
  auto digits = [&](std::size_t at, std::size_t n) {
    for (std::size_t k = at; k < at + n; ++k)
      if (k >= text.size() || text[k] < '0' || text[k] > '9') return false;
    return true;
  };
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    if (digits(i, 4) && i + 10 <= text.size() && text[i + 4] == '-' && digits(i + 5, 2) && text[i + 7] == '-' &&
        digits(i + 8, 2)) {
      out += text.substr(i + 5, 2) + "/" + text.substr(i + 8, 2) + "/" + text.substr(i, 4);
      i += 10;
    } else {
      out += text[i++];
    }
  }
  return out;
}

class PostgresSource : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_FALSE(cluster().folder().empty()) << "the test cluster did not start: " << cluster().error(); }
};

TEST_F(PostgresSource, BlocFindingsEqualTheCsvBloc) {
  const std::string db = bloc_db();
  const ValidateRun csv = validate_json(bloc_dir());
  const fs::path dir = db_dataset("pg-bloc", pg_block(cluster().conninfo(db), all_tables_block()));
  const ValidateRun pg = validate_json(dir);
  ASSERT_EQ(pg.cli.exit_code, csv.cli.exit_code) << pg.cli.err;
  ASSERT_FALSE(csv.findings.empty());
  EXPECT_EQ(pg.findings, csv.findings);
  // Each table read ahead only in part (1 KB): the rest is received where the read-ahead stopped.
  EXPECT_EQ(validate_json(dir, {}, {"KIEMTRA_DB_READ_AHEAD=1024"}).findings, csv.findings);
  // The planted bad value is located by the source table and the row's key.
  bool found = false;
  for (const std::string& l : pg.locations)
    if (l.rfind("integrity/bad-value|", 0) == 0) {
      found = true;
      EXPECT_NE(l.find("-> members[id=DV02127]"), std::string::npos) << l;
      // The message names the database row, not a file's line and column.
      EXPECT_NE(l.find("(postgres:members, hàng "), std::string::npos) << l;
      EXPECT_EQ(l.find("[id]:"), std::string::npos) << l;
    }
  EXPECT_TRUE(found);
}

TEST_F(PostgresSource, FilesAndTablesMix) {
  const std::string db = bloc_db();
  const std::string block = pg_block(cluster().conninfo(db),
      "  tables:\n    organizations: organizations\n    members: {table: members}\n"
      "    dues: {query: \"SELECT member_id, period, amount, paid_on, income_basis FROM dues;\"}\n");
  const ValidateRun mixed = validate_json(db_dataset("pg-mixed", block, kBesideTheDatabase));
  EXPECT_EQ(mixed.findings, validate_json(bloc_dir()).findings) << mixed.cli.err;
}

TEST_F(PostgresSource, ValuesComeTypedAndNullIsEmpty) {
  PgCluster& pg = cluster();
  ASSERT_EQ(pg.exec("postgres", "CREATE DATABASE typed"), "");
  ASSERT_EQ(pg.exec("typed",
                    "CREATE TABLE to_chuc (ma text PRIMARY KEY, ten text, loai text, cap_tren text);"
                    "INSERT INTO to_chuc VALUES ('DB', 'Đảng bộ', 'dang_bo_co_so', NULL), ('CB1', 'Chi bộ 1', "
                    "'chi_bo_truc_thuoc', 'DB');"
                    "CREATE TABLE dang_vien (ma_dv text PRIMARY KEY, ma_cb text, ho_ten text, ngay_sinh timestamp, "
                    "thu_nhap numeric(14,2), mien boolean, ngay_vao date, status text, gender text);"
                    "INSERT INTO dang_vien VALUES ('DV1', 'CB1', 'Lê\tVăn \\ An', '1980-02-29 00:00:00', 8162000.00, "
                    "true, '2001-05-19', 'chinh_thuc', 'nam'), ('DV2', 'CB1', 'Trần Thị Bình', NULL, NULL, false, NULL, "
                    "'chinh_thuc', 'nu')"),
            "");
  const fs::path dir = temp_dir("pg-typed");
  std::ofstream(dir / "dataset.yaml")
      << "as_of: 2019-09-30\ncolumns:\n  organizations: {id: ma, name: ten, kind: loai, parent_id: cap_tren}\n"
         "  members: {id: ma_dv, org_id: ma_cb, full_name: ho_ten, birth_date: ngay_sinh, monthly_income: thu_nhap, "
         "exempt: mien, admitted_on: ngay_vao}\n"
      << pg_block(pg.conninfo("typed"), "  tables:\n    organizations: to_chuc\n    members: dang_vien\n");
  const auto data = core::read_dataset(dir);
  ASSERT_EQ(data->members.size(), 2u);
  // DV2's NULL dates are what an empty CSV cell is: a missing required value, located by the row's key.
  ASSERT_EQ(data->read_issues.size(), 2u);
  for (const ReadIssue& is : data->read_issues) {
    EXPECT_EQ(is.row_key, "DV2");
    EXPECT_EQ(is.value, "");
    EXPECT_TRUE(is.column_name == "birth_date" || is.column_name == "admitted_on") << is.column_name;
  }
  const Member& a = data->members[0];
  EXPECT_EQ(a.full_name, "Lê\tVăn \\ An");
  EXPECT_EQ(a.birth_date, Date::from_ymd(1980, 2, 29));
  EXPECT_EQ(a.monthly_income, 8162000);
  EXPECT_TRUE(a.exempt);
  EXPECT_EQ(a.admitted_on, Date::from_ymd(2001, 5, 19));
  const Member& b = data->members[1];
  EXPECT_FALSE(b.birth_date.valid());
  EXPECT_EQ(b.monthly_income, kNoMoney);
  EXPECT_FALSE(b.exempt);
  EXPECT_EQ(data->organizations[1].parent, 0u);
  EXPECT_EQ(data->members.file, "postgres:dang_vien[ma_dv]");
}

TEST_F(PostgresSource, RowsBuiltInPlaceFromTheEstimateMatchTheDatabasesOrderWhateverTheEstimate) {
  // The dues are built straight into the table, sized from the planner's estimate (its density times the pages
  // now). An exact estimate, one short by two thirds (batches past it go to vectors of their own) and one three
  // times too large (the room left is given back) all give the rows in the database's order, a blank row skipped.
  PgCluster& pg = cluster();
  ASSERT_EQ(pg.exec("postgres", "CREATE DATABASE in_place"), "");
  ASSERT_EQ(pg.exec("in_place",
                    "CREATE TABLE orgs (id text, parent_id text, name text, kind text);"
                    "INSERT INTO orgs VALUES ('CB1', NULL, 'Chi bộ 1', 'chi_bo_co_so');"
                    "CREATE TABLE members (id text, org_id text, full_name text, gender text, birth_date text, "
                    "status text, admitted_on text);"
                    "INSERT INTO members VALUES ('DV1', 'CB1', 'Lê Văn An', 'nam', '1980-02-29', 'chinh_thuc', "
                    "'2001-05-19');"
                    "CREATE TABLE dues (member_id text, period text, amount text);"
                    "INSERT INTO dues SELECT CASE WHEN n = 12345 THEN NULL ELSE 'DV1' END, "
                    "CASE WHEN n = 12345 THEN NULL ELSE '2019-' || lpad((n % 12 + 1)::text, 2, '0') END, "
                    "CASE WHEN n = 12345 THEN NULL WHEN n IN (17000, 25001) THEN 'x' || n ELSE n::text END "
                    "FROM generate_series(1, 30000) AS g(n) ORDER BY g.n;"
                    "ANALYZE dues"),
            "");
  const fs::path dir = temp_dir("pg-in-place");
  std::ofstream(dir / "dataset.yaml") << "as_of: 2019-09-30\n"
                                      << pg_block(pg.conninfo("in_place"),
                                                  "  tables:\n    organizations: orgs\n    members: members\n"
                                                  "    dues: dues\n");
  for (const char* stats : {"", "UPDATE pg_class SET reltuples = reltuples / 3 WHERE oid = 'dues'::regclass",
                            "UPDATE pg_class SET reltuples = reltuples * 3 WHERE oid = 'dues'::regclass"}) {
    if (*stats != '\0') {
      ASSERT_EQ(pg.exec("in_place", std::string("ANALYZE dues;") + stats), "");
    }
    for (const int jobs : {1, 2, 3}) {
      const auto data = core::read_dataset(dir, {.strict = false, .jobs = jobs});
      ASSERT_EQ(data->dues.size(), 29999u) << stats << jobs;
      for (std::uint32_t i = 0; i < 29999; ++i) {
        const std::uint32_t n = i < 12344 ? i + 1 : i + 2;  // the ordinal in the database, past the blank row
        ASSERT_EQ(data->dues_line(i), n) << stats << jobs;
        if (n != 17000 && n != 25001) {
          ASSERT_EQ(data->dues[i].amount, n) << stats << jobs << " row " << n;
        }
      }
      expect_the_two_bad_amounts(dir, jobs, stats);
    }
  }
}

TEST_F(PostgresSource, RefusedConnectionExitsTwoNamingTheTable) {
  // A port nothing listens on: this cluster's port + 1 is checked free by binding it first.
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t len = sizeof a;
  ASSERT_EQ(::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a), 0);
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len);
  const int port = ntohs(a.sin_port);
  ::close(fd);
  const fs::path dir = db_dataset("pg-refused",
      pg_block("host=127.0.0.1 port=" + std::to_string(port) + " dbname=bloc user=kiemtra", all_tables_block()));
  const CliResult vi = run_cli({"validate", dir.string()});
  EXPECT_EQ(vi.exit_code, 2);
  EXPECT_NE(vi.err.find("không kết nối được PostgreSQL"), std::string::npos) << vi.err;
  EXPECT_NE(vi.err.find("bảng organizations"), std::string::npos) << vi.err;
  EXPECT_NE(vi.err.find("đang chạy"), std::string::npos) << vi.err;
  const CliResult en = run_cli({"validate", dir.string(), "--lang", "en"});
  EXPECT_EQ(en.exit_code, 2);
  EXPECT_NE(en.err.find("cannot connect to PostgreSQL"), std::string::npos) << en.err;
  EXPECT_NE(en.err.find("check that the PostgreSQL server is running"), std::string::npos) << en.err;
}

TEST_F(PostgresSource, UnknownHostExitsTwoSayingToCheckTheHostName) {
  // .invalid never resolves (RFC 6761), so no resolver is waited for.
  const fs::path dir = db_dataset("pg-wrong-host",
      pg_block("host=kiemtra-no-such-host.invalid dbname=bloc user=kiemtra", all_tables_block()));
  const auto started = std::chrono::steady_clock::now();
  const CliResult vi = run_cli({"validate", dir.string()});
  EXPECT_EQ(vi.exit_code, 2);
  EXPECT_NE(vi.err.find("bảng organizations"), std::string::npos) << vi.err;
  EXPECT_NE(vi.err.find("kiểm tra tên host trong chuỗi kết nối"), std::string::npos) << vi.err;
  const CliResult en = run_cli({"validate", dir.string(), "--lang", "en"});
  EXPECT_EQ(en.exit_code, 2);
  EXPECT_NE(en.err.find("kiemtra-no-such-host.invalid"), std::string::npos) << en.err;
  EXPECT_NE(en.err.find("check the host name in the connection string"), std::string::npos) << en.err;
  EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(20));
}

TEST_F(PostgresSource, WithoutLibpqAPostgresSourceExitsTwoNamingThePackageAndAFileRunNeedsNone) {
  // libpq is loaded only when a PostgreSQL source is read: missing, that read exits 2 saying what to install,
  // and a run from files never looks for it.
  const fs::path dir = db_dataset("pg-no-libpq", pg_block(cluster().conninfo(bloc_db()), all_tables_block()));
  const CliResult en = run_cli({"validate", dir.string(), "--lang", "en"}, {"KIEMTRA_LIBPQ=/nonexistent/libpq.so.5"});
  EXPECT_EQ(en.exit_code, 2) << en.err;
  EXPECT_NE(en.err.find("Cannot load the PostgreSQL library /nonexistent/libpq.so.5"), std::string::npos) << en.err;
  EXPECT_NE(en.err.find("apt-get install libpq5"), std::string::npos) << en.err;
  const CliResult vi = run_cli({"validate", dir.string()}, {"KIEMTRA_LIBPQ=/nonexistent/libpq.so.5"});
  EXPECT_EQ(vi.exit_code, 2);
  EXPECT_NE(vi.err.find("Không nạp được thư viện PostgreSQL"), std::string::npos) << vi.err;
  const CliResult files = run_cli({"validate", bloc_dir().string(), "--quiet"}, {"KIEMTRA_LIBPQ=/nonexistent/libpq.so.5"});
  EXPECT_EQ(files.exit_code, 1) << files.err;
}

TEST_F(PostgresSource, ViewsAndPartitionedTablesReadAsTheirRows) {
  // An ordinary table is copied as a table (COPY t TO), which the server cannot do for a view or a partitioned
  // table: those are copied through their SELECT, and read the same rows.
  const std::string db = bloc_db();
  PgCluster& pg = cluster();
  ASSERT_EQ(pg.exec(db,
                    "CREATE VIEW members_view AS SELECT * FROM members;"
                    "CREATE TABLE dues_parts (LIKE dues) PARTITION BY RANGE (period);"
                    "CREATE TABLE dues_early PARTITION OF dues_parts FOR VALUES FROM (MINVALUE) TO ('2019-01');"
                    "CREATE TABLE dues_late PARTITION OF dues_parts FOR VALUES FROM ('2019-01') TO (MAXVALUE);"
                    "INSERT INTO dues_parts SELECT * FROM dues"),
            "");
  const fs::path dir = db_dataset("pg-views", pg_block(cluster().conninfo(db),
      "  tables:\n    organizations: organizations\n    members: members_view\n    dues: dues_parts\n"),
      kBesideTheDatabase);
  const ValidateRun r = validate_json(dir);
  ASSERT_EQ(r.cli.exit_code, 1) << r.cli.err;
  EXPECT_EQ(r.findings, validate_json(bloc_dir()).findings);
}

TEST_F(PostgresSource, ATableReadAgainWhileTheNextIsReadAheadGivesTheCsvFindings) {
  // Members' dates written month first (10/22/1973) in text columns: the reader reads the members table a second
  // time with those columns refused, while the session is already reading the dues ahead on the same
  // connection. The dues read ahead are dropped and copied again; nothing is lost or read twice.
  const fs::path csv = temp_dir("pg-reread-csv");
  fs::copy(bloc_dir(), csv, fs::copy_options::recursive | fs::copy_options::overwrite_existing);
  std::ifstream in(csv / "members.csv", std::ios::binary);
  const std::string members((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  in.close();
  std::ofstream(csv / "members.csv", std::ios::binary) << month_first(members);
  PgCluster& pg = cluster();
  ASSERT_EQ(pg.exec("postgres", "CREATE DATABASE reread"), "");
  const std::set<std::string> as_text = {"members.birth_date", "members.admitted_on", "members.official_on",
                                         "members.card_issued_on"};
  for (const std::string& t : bloc_tables()) ASSERT_EQ(load_postgres(pg, "reread", csv, t, as_text), "") << t;

  const ValidateRun from_csv = validate_json(csv);
  ASSERT_NE(from_csv.findings, validate_json(bloc_dir()).findings);  // the columns were refused
  const fs::path dir = db_dataset("pg-reread", pg_block(pg.conninfo("reread"), all_tables_block()));
  // A read-ahead of 1 KB stops within the dues' first rows, so the COPY is still running when the members are
  // asked for again; unbounded, the small bloc's dues are read ahead whole.
  for (const char* ahead : {"KIEMTRA_DB_READ_AHEAD=1024", "KIEMTRA_DB_READ_AHEAD=1000000000"}) {
    const ValidateRun from_pg = validate_json(dir, {}, {ahead});
    ASSERT_EQ(from_pg.cli.exit_code, from_csv.cli.exit_code) << ahead << from_pg.cli.err;
    EXPECT_EQ(from_pg.findings, from_csv.findings) << ahead;
  }
}

TEST_F(PostgresSource, PasswordComesFromTheEnvironmentNeverTheManifest) {
  const std::string db = bloc_db();
  const fs::path dir = db_dataset("pg-password", pg_block(cluster().tcp_conninfo("reader", db), all_tables_block()));
  const CliResult wrong = run_cli({"validate", dir.string(), "--lang", "en"}, {"PGPASSWORD=wrong-one"});
  EXPECT_EQ(wrong.exit_code, 2);
  EXPECT_NE(wrong.err.find("password authentication failed"), std::string::npos) << wrong.err;
  EXPECT_NE(wrong.err.find("PGPASSWORD"), std::string::npos) << wrong.err;
  // The read-only role with its password in PGPASSFILE reads the whole bloc.
  const fs::path pass = temp_dir("pg-pass") / "pgpass";
  std::ofstream(pass) << "127.0.0.1:" << cluster().port() << ":" << db << ":reader:right-one\n";
  fs::permissions(pass, fs::perms::owner_read | fs::perms::owner_write);
  const ValidateRun right = validate_json(dir, {}, {"PGPASSFILE=" + pass.string()});
  EXPECT_EQ(right.cli.exit_code, 1) << right.cli.err;
  EXPECT_EQ(right.findings, validate_json(bloc_dir()).findings);

  const fs::path in_manifest = db_dataset("pg-password-in-manifest",
      pg_block(cluster().tcp_conninfo("reader", db) + " password=right-one", all_tables_block()));
  const CliResult refused = run_cli({"validate", in_manifest.string(), "--lang", "en"});
  EXPECT_EQ(refused.exit_code, 2);
  EXPECT_NE(refused.err.find("must not hold a password"), std::string::npos) << refused.err;
  EXPECT_EQ(refused.err.find("right-one"), std::string::npos) << "the message repeats the password: " << refused.err;
}

TEST_F(PostgresSource, MissingTableSuggestsTheClosestName) {
  const std::string db = bloc_db();
  const fs::path dir = db_dataset("pg-no-table",
      pg_block(cluster().conninfo(db), "  tables:\n    organizations: organizations\n    members: memberz\n"));
  const CliResult r = run_cli({"validate", dir.string(), "--lang", "en"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("has no table or view 'memberz' (the dataset's members table) (did you mean 'members'?)"),
            std::string::npos) << r.err;
}

TEST_F(PostgresSource, MissingColumnAndQueryErrorNameTheTable) {
  const std::string db = bloc_db();
  const fs::path no_column = db_dataset("pg-no-column", pg_block(cluster().conninfo(db),
      "  tables:\n    organizations: organizations\n    members: {query: \"SELECT id, org_id FROM members\"}\n"));
  const CliResult a = run_cli({"validate", no_column.string(), "--lang", "en"});
  EXPECT_EQ(a.exit_code, 2);
  EXPECT_NE(a.err.find("postgres:members"), std::string::npos) << a.err;
  EXPECT_NE(a.err.find("full_name"), std::string::npos) << a.err;

  const fs::path bad_query = db_dataset("pg-bad-query", pg_block(cluster().conninfo(db),
      "  tables:\n    organizations: organizations\n    members: {query: \"SELECT id, org_idd FROM members\"}\n"));
  const CliResult b = run_cli({"validate", bad_query.string(), "--lang", "en"});
  EXPECT_EQ(b.exit_code, 2);
  EXPECT_NE(b.err.find("cannot read table members"), std::string::npos) << b.err;
  EXPECT_NE(b.err.find("org_idd"), std::string::npos) << b.err;
  EXPECT_NE(b.err.find("fix database: tables: members:"), std::string::npos) << b.err;
}

TEST_F(PostgresSource, ConnectTimeoutEndsAServerThatNeverAnswers) {
  // A socket that accepts connections into its backlog and never speaks: libpq waits for the server's answer.
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t len = sizeof a;
  ASSERT_EQ(::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a), 0);
  ASSERT_EQ(::listen(fd, 8), 0);
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len);
  const fs::path dir = db_dataset("pg-timeout",
      pg_block("host=127.0.0.1 port=" + std::to_string(ntohs(a.sin_port)) + " dbname=bloc user=kiemtra",
               all_tables_block(), "  connect_timeout: 2\n"));
  const auto start = std::chrono::steady_clock::now();
  const CliResult r = run_cli({"validate", dir.string(), "--lang", "en"});
  const auto took = std::chrono::steady_clock::now() - start;
  ::close(fd);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("timeout expired"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("connect_timeout"), std::string::npos) << r.err;
  EXPECT_LT(took, std::chrono::seconds(30));
}

TEST_F(PostgresSource, ConnectionLostMidReadExitsTwoAndRecordsNothing) {
  const std::string db = bloc_db();
  // The server ends this very connection once the first rows have been sent.
  const fs::path dir = db_dataset("pg-dropped", pg_block(cluster().conninfo(db),
      "  tables:\n    organizations: organizations\n    members: {query: \"SELECT * FROM members UNION ALL SELECT * "
      "FROM members WHERE pg_terminate_backend(pg_backend_pid())\"}\n"));
  const fs::path history = temp_dir("pg-dropped-history") / "history.db";
  const CliResult r = run_cli({"validate", dir.string(), "--history", history.string(), "--lang", "en"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("the connection to PostgreSQL"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("reading table members"), std::string::npos) << r.err;
  if (fs::exists(history)) {
    sqlite3* h = nullptr;
    ASSERT_EQ(sqlite3_open_v2(history.c_str(), &h, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(h, "SELECT count(*) FROM runs", -1, &st, nullptr) == SQLITE_OK) {
      ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
      EXPECT_EQ(sqlite3_column_int(st, 0), 0);
    }
    sqlite3_finalize(st);
    sqlite3_close(h);
  }
}

}  // namespace
}  // namespace kiemtra::test
