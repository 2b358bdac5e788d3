// Rules written in SQL (plugins/sql), as a province's IT officer meets them: the kiemtra command on rule files
// and small datasets, findings read back from the JSON report, errors read from standard error.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <sys/stat.h>

#include <fstream>

#include "support/cli.hpp"

namespace {

using kiemtra::test::run_cli;
using ::testing::HasSubstr;
using ::testing::Not;
namespace fs = std::filesystem;

void write(const fs::path& p, const std::string& text) {
  fs::create_directories(p.parent_path());
  std::ofstream(p) << text;
}

// Two cells under a grassroots committee; DV02 has no phone; DV03 belongs to CB02.
const char* kDataset = R"(name: Đảng bộ Xã Mẫu
as_of: 2024-03-31
period_start: 2024-01-01
organizations:
  - {id: DB01, parent_id: "", name: Đảng bộ Xã Mẫu, kind: dang_bo_co_so}
  - {id: CB01, parent_id: DB01, name: Chi bộ Thôn 1, kind: chi_bo_truc_thuoc}
  - {id: CB02, parent_id: DB01, name: Chi bộ Thôn 2, kind: chi_bo_truc_thuoc}
members:
  - {id: DV01, org_id: CB01, full_name: Nguyễn Văn An, gender: nam, birth_date: 1970-03-01, status: chinh_thuc, admitted_on: 2000-05-19, official_on: 2001-05-19, phone: "0912345678"}
  - {id: DV02, org_id: CB01, full_name: Trần Thị Bình, gender: nu, birth_date: 1975-04-02, status: du_bi, admitted_on: 2023-09-02, phone: ""}
  - {id: DV03, org_id: CB02, full_name: Lê Văn Cường, gender: nam, birth_date: 1980-05-03, status: chinh_thuc, admitted_on: 2010-02-03, official_on: 2011-02-03, phone: "0987654321"}
dues:
  - {member_id: DV01, period: 2024-01, amount: 5000, paid_on: 2024-01-20}
  - {member_id: DV03, period: 2024-02, amount: 7000, paid_on: 2024-02-20}
)";

/// A rule file around `query` with one message whose formats are `fmt` in both languages.
std::string rule(const std::string& id, const std::string& subject, const std::string& fmt, const std::string& query,
                 const std::string& more = "") {
  std::string q;
  for (std::size_t start = 0; start < query.size();) {
    const std::size_t end = query.find('\n', start);
    q += "  " + query.substr(start, end == std::string::npos ? std::string::npos : end - start) + "\n";
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return "id: " + id + "\ntitle: {vi: Thử, en: Test}\ndescription: {vi: Thử, en: Test}\nseverity: warning\n" +
         (subject.empty() ? "" : "subject: " + subject + "\n") + "editions:\n  - {document: Quy định thử, article: Điều 1}\n" +
         "message: {vi: \"" + fmt + "\", en: \"" + fmt + "\"}\n" + more + "query: |\n" + q;
}

struct Run {
  kiemtra::test::CliResult cli;
  std::vector<std::string> messages;  ///< English messages of the findings, in report order
  std::vector<std::string> subjects;
};

Run validate(const std::string& name, const std::string& rule_text, const std::vector<std::string>& extra = {},
             const std::string& dataset = kDataset) {
  const fs::path dir = kiemtra::test::temp_dir("sql-" + name);
  write(dir / "data" / "dataset.yaml", dataset);
  write(dir / "r.rule.yaml", rule_text);
  const fs::path out = dir / "out.json";
  std::vector<std::string> args = {"validate", (dir / "data").string(), "--sql-rules", (dir / "r.rule.yaml").string(),
                                   "--rules", "tinh/*", "--lang", "en", "--format", "json", "--output", out.string(),
                                   "--quiet", "--fail-on", "never"};
  args.insert(args.end(), extra.begin(), extra.end());
  Run r{run_cli(args), {}, {}};
  if (fs::exists(out)) {
    const auto j = nlohmann::json::parse(kiemtra::test::slurp(out));
    for (const auto& f : j["findings"]) {
      r.messages.push_back(f["message"].get<std::string>());
      r.subjects.push_back(f["subject"]["id"].is_string() ? f["subject"]["id"].get<std::string>() : "");
    }
  }
  return r;
}

/// The problems a rule file gets when loaded (`rules list`), on standard error.
kiemtra::test::CliResult load(const std::string& name, const std::string& rule_text, fs::path* file = nullptr) {
  const fs::path dir = kiemtra::test::temp_dir("sql-" + name);
  write(dir / "r.rule.yaml", rule_text);
  if (file) *file = dir / "r.rule.yaml";
  return run_cli({"rules", "list", "--sql-rules", (dir / "r.rule.yaml").string(), "--lang", "en"});
}

TEST(SqlRules, ExampleFixturesPassWithTestRules) {
  const auto r = run_cli({"test-rules", (kiemtra::test::source_dir() / "examples" / "sql-rules").string()});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_THAT(r.out, HasSubstr("8 passed, 0 failed"));
}

TEST(SqlRules, EachRowIsAFindingWithItsMessage) {
  const auto r = validate("rows", rule("tinh/no-phone", "member", "{member} has no phone ({status})",
                                       "SELECT m.id AS subject_id, m.id AS member, s.status AS status\n"
                                       "FROM members AS m JOIN member_status AS s ON s.member_id = m.id\n"
                                       "WHERE m.phone IS NULL"));
  ASSERT_EQ(r.cli.exit_code, 0) << r.cli.err;
  ASSERT_EQ(r.messages.size(), 1u) << r.cli.err;
  EXPECT_EQ(r.messages[0], "DV02 has no phone (du_bi)");
}

TEST(SqlRules, TypedArgumentsAreRenderedPerLanguage) {
  std::string text = rule("tinh/typed", "member", "{member} paid {amount} on {day}",
                          "SELECT member_id AS subject_id, member_id AS member, amount, paid_on AS day\n"
                          "FROM dues WHERE member_id = 'DV03'");
  // The message's arguments typed: a member row, money, a date.
  const std::string plain = "message: {vi: \"{member} paid {amount} on {day}\", en: \"{member} paid {amount} on {day}\"}\n";
  text.replace(text.find(plain), plain.size(),
               "message:\n  vi: \"{member} đóng {amount} ngày {day}\"\n  en: \"{member} paid {amount} on {day}\"\n"
               "  types: {member: member, amount: money, day: date}\n");
  const auto r = validate("typed", text);
  ASSERT_EQ(r.messages.size(), 1u) << r.cli.err;
  EXPECT_EQ(r.messages[0], "Member Lê Văn Cường (DV03) paid 7,000 VND on 2024-02-20");
}

TEST(SqlRules, HelperViewsAndFunctions) {
  const auto r = validate(
      "helpers", rule("tinh/helpers", "organization", "{t}",
                      "SELECT t.org_id AS subject_id,\n"
                      "  t.depth || ' ' || t.ancestor_ids || ' ' || (SELECT count(*) FROM org_ancestors AS a\n"
                      "     WHERE a.ancestor_id = t.org_id) || ' ' || (SELECT group_concat(month) FROM period_months)\n"
                      "  || ' ' || as_of() || ' ' || working_days('2024-01-01', '2024-01-08') || ' ' ||\n"
                      "  full_years('2000-03-31', as_of()) || ' ' || full_months('2024-01-31', '2024-02-29') AS t\n"
                      "FROM org_tree AS t ORDER BY t.org_id"));
  ASSERT_EQ(r.cli.exit_code, 0) << r.cli.err;
  // 2024-01-01 is New Year's Day; working days after it up to the 8th: 2, 3, 4, 5, 8 January. 31 January to
  // 29 February is a full month (the SDK's full_months: the month's last day stands for the 31st).
  EXPECT_THAT(r.messages, ::testing::UnorderedElementsAre(
                              "1 DB01/CB01 1 2024-01,2024-02,2024-03 2024-03-31 5 24 1",
                              "1 DB01/CB02 1 2024-01,2024-02,2024-03 2024-03-31 5 24 1",
                              "0 DB01 3 2024-01,2024-02,2024-03 2024-03-31 5 24 1"));
}

// The tables issue 16 added: ratings.csv, and the badges a member holds.
TEST(SqlRules, RatingsAndBadgesAreTables) {
  std::string data = kDataset;
  const std::string dv01 = "official_on: 2001-05-19, phone: \"0912345678\"}";
  data.replace(data.find(dv01), dv01.size(),
               "official_on: 2001-05-19, phone: \"0912345678\", badge_years: 30, badge_awarded_on: 2030-05-19}");
  data += "ratings:\n  - {member_id: DV01, year: 2023, rating: xuat_sac}\n  - {member_id: DV03, year: 2023, rating: tot}\n";
  const auto r = validate("ratings",
                          rule("tinh/ratings", "member", "{t}",
                               "SELECT r.member_id AS subject_id, r.year || ' ' || r.rating || ' ' ||\n"
                               "  ifnull(m.badge_years, '-') AS t\n"
                               "FROM ratings AS r JOIN members AS m ON m.id = r.member_id ORDER BY r.member_id"),
                          {}, data);
  ASSERT_EQ(r.cli.exit_code, 0) << r.cli.err;
  EXPECT_THAT(r.messages, ::testing::UnorderedElementsAre("2023 xuat_sac 30", "2023 tot -"));
}

TEST(SqlRules, ParametersComeFromTheProfileAndTheIndexAgreesWithAScan) {
  const fs::path dir = kiemtra::test::temp_dir("sql-params");
  const std::string text = rule("tinh/count", "organization", "{n} {m} {lim}",
                                "SELECT o.id AS subject_id,\n"
                                "  (SELECT count(*) FROM members AS m WHERE m.org_id = o.id) AS n,\n"
                                "  (SELECT count(*) FROM members AS m WHERE m.org_id || '' = o.id) AS m,\n"
                                "  param('limit') AS lim\n"
                                "FROM organizations AS o WHERE o.is_cell = 1",
                                "params:\n  limit: {type: integer, default: 3, vi: Giới hạn, en: Limit}\n");
  write(dir / "r.rule.yaml", text);
  write(dir / "profile.yaml", "sql_rules: [r.rule.yaml]\nrules:\n  tinh/count:\n    params: {limit: 7}\n");
  write(dir / "data" / "dataset.yaml", kDataset);
  const auto out = dir / "out.json";
  const auto r = run_cli({"validate", (dir / "data").string(), "--config", (dir / "profile.yaml").string(), "--rules",
                          "tinh/*", "--format", "json", "--output", out.string(), "--quiet", "--lang", "en"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<std::string> messages;
  const auto report = nlohmann::json::parse(kiemtra::test::slurp(out));
  for (const auto& f : report["findings"]) messages.push_back(f["message"].get<std::string>());
  EXPECT_THAT(messages, ::testing::UnorderedElementsAre("2 2 7", "1 1 7"));
}

TEST(SqlRules, AMissingExtraColumnFailsTheRuleWithItsPlaceAndASuggestion) {
  const auto r = validate("extra", rule("tinh/no-phone", "member", "{id}",
                                        "SELECT id AS subject_id, id\nFROM members\nWHERE phon IS NULL"));
  EXPECT_EQ(r.cli.exit_code, 3);
  EXPECT_THAT(r.cli.err, HasSubstr("r.rule.yaml:12:9:"));
  EXPECT_THAT(r.cli.err, HasSubstr("no such column 'phon' (did you mean 'phone'?)"));
}

TEST(SqlRules, ErrorsAreLocatedInTheYaml) {
  fs::path f;
  auto r = load("syntax", rule("tinh/a", "member", "{id}", "SELECT id AS subject_id, id\nFROM members\nWHER id = 1"  /* WHER is taken for an alias */), &f);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr(f.string() + ":12:8: SQL error: near \"id\": syntax error"));

  r = load("table", rule("tinh/a", "member", "{id}", "SELECT id AS subject_id, id\nFROM membres"), &f);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr(f.string() + ":11:8: no such table 'membres' (did you mean 'members'?)"));

  r = load("result", rule("tinh/a", "member", "{name}", "SELECT id AS subject_id, full_name AS nam FROM members"), &f);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr(f.string() + ":9:1: the query's result has no column 'name' (did you mean 'nam'?)"));

  r = load("function", rule("tinh/a", "member", "{n}", "SELECT id AS subject_id, ful_years(birth_date, as_of()) AS n\nFROM members"), &f);
  EXPECT_THAT(r.err, HasSubstr(f.string() + ":10:28: no such function 'ful_years' (did you mean 'full_years'?)"));

  r = load("key", rule("tinh/a", "member", "{id}", "SELECT id AS subject_id, id FROM members", "severty: info\n"), &f);
  EXPECT_THAT(r.err, HasSubstr(f.string() + ":9:1: unknown key 'severty' in an SQL rule (did you mean 'severity'?)"));
}

TEST(SqlRules, OnlyOneSelectRuns) {
  fs::path f;
  auto r = load("two", rule("tinh/a", "member", "{id}", "SELECT id AS subject_id, id FROM members;\nDELETE FROM members"), &f);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr(f.string() + ":11:3: a rule's query is a single SELECT"));
  for (const char* q : {"DELETE FROM members", "ATTACH DATABASE '/tmp/x.db' AS x", "PRAGMA writable_schema = 1",
                        "CREATE TABLE t(x)"}) {
    r = load("write", rule("tinh/a", "member", "{id}", q));
    EXPECT_EQ(r.exit_code, 2) << q;
    EXPECT_THAT(r.err, HasSubstr("a rule only reads")) << q << "\n" << r.err;
  }
}

TEST(SqlRules, RowsPastTheLimitAreCutAndReported) {
  const auto r = validate("limit", rule("tinh/all", "member", "{id}", "SELECT id AS subject_id, id FROM members",
                                        "max_rows: 2\n"));
  ASSERT_EQ(r.messages.size(), 3u) << r.cli.err;
  EXPECT_THAT(r.messages, ::testing::Contains(HasSubstr("returned more than 2 rows: only the first 2 findings")));
}

TEST(SqlRules, ARuleIdOfACompiledRuleIsRefused) {
  fs::path f;
  const auto r = load("clash", rule("structure/secretary", "member", "{id}", "SELECT id AS subject_id, id FROM members"), &f);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("the rule id 'structure/secretary' is already used by the plugin 'structure'"));
}

TEST(SqlRules, ListAndExplainShowThem) {
  const std::string rules = (kiemtra::test::source_dir() / "examples" / "sql-rules" / "rules").string();
  auto r = run_cli({"rules", "list", "--sql-rules", rules, "--lang", "en"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("tinh/secretary-age"));
  r = run_cli({"rules", "explain", "tinh/cell-dues-rate", "--sql-rules", rules, "--lang", "en"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("min_rate"));
  r = run_cli({"rules", "list", "--sql-rules", "/no/such/rules/*.rule.yaml"});
  EXPECT_EQ(r.exit_code, 2);
}

}  // namespace

namespace {

TEST(SqlRules, NewRuleSqlScaffoldsARuleWhoseFixturesPass) {
  const fs::path dir = kiemtra::test::temp_dir("sql-new-rule");
  auto r = run_cli({"new-rule", "--sql", "hcm/small-cell", "--source", dir.string(), "--lang", "en"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(fs::exists(dir / "hcm" / "small-cell.rule.yaml"));
  r = run_cli({"test-rules", dir.string()});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_THAT(r.out, HasSubstr("2 passed, 0 failed"));
  // A fixture that expects nothing where the rule fires fails: the fixtures can tell.
  write(dir / "hcm" / "small-cell" / "fires-example" / "expected.yaml", "findings: []\n");
  r = run_cli({"test-rules", dir.string()});
  EXPECT_EQ(r.exit_code, 1) << r.out;
  r = run_cli({"new-rule", "--sql", "hcm/small-cell", "--source", dir.string(), "--lang", "en"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("exists already"));
}

}  // namespace

namespace {

TEST(SqlRules, AProfileNamesItsRuleFilesRelativeToItselfAndThroughExtends) {
  const fs::path dir = kiemtra::test::temp_dir("sql-profile");
  write(dir / "rules" / "r.rule.yaml", rule("tinh/all", "member", "{id}", "SELECT id AS subject_id, id FROM members"));
  write(dir / "base.yaml", "sql_rules:\n  - rules/*.rule.yaml\n");
  write(dir / "sub" / "child.yaml", "extends: ../base.yaml\nrules:\n  tinh/all: {severity: info}\n");
  write(dir / "data" / "dataset.yaml", kDataset);
  auto r = run_cli({"validate", (dir / "data").string(), "--config", (dir / "sub" / "child.yaml").string(), "--rules",
                    "tinh/*", "--lang", "en", "--quiet"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("Total: 3 info in 2 organizations."));
  r = run_cli({"check-config", (dir / "sub" / "child.yaml").string(), "--lang", "en"});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;

  write(dir / "bad.yaml", "extends: default\nsql_rules:\n  - missing/*.rule.yaml\n");
  r = run_cli({"validate", (dir / "data").string(), "--config", (dir / "bad.yaml").string(), "--lang", "en"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr((dir / "bad.yaml").string() + ":3:5: sql_rules: 'missing/*.rule.yaml' names no file"));
}

}  // namespace

namespace {

// Found by tools/hostile_shapes: reading a profile's sql_rules waited forever on a FIFO named as the profile.
TEST(SqlRules, AFifoIsRefusedNotWaitedOn) {
  const fs::path dir = kiemtra::test::temp_dir("sql-fifo");
  const fs::path fifo = dir / "p.yaml";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  auto r = run_cli({"check-config", fifo.string(), "--lang", "en"});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  const fs::path rules = dir / "r.rule.yaml";
  ASSERT_EQ(::mkfifo(rules.c_str(), 0600), 0);
  r = run_cli({"rules", "list", "--sql-rules", rules.string(), "--lang", "en"});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_THAT(r.err, HasSubstr("names no file"));
}

}  // namespace
