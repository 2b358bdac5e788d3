// A finding is the same finding from night to night when the export is re-sorted, re-encoded, or has rows
// added or removed elsewhere: its fingerprint is made from the data's terms, never from a line number.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <algorithm>
#include <random>

#include "nightly_fixture.hpp"

namespace {

using namespace kiemtra::test;
using nlohmann::json;
namespace fs = std::filesystem;

json run_json(const std::vector<std::string>& args) {
  const auto r = run_cli(args);
  EXPECT_LE(r.exit_code, 1) << r.err;
  return json::parse(r.out);
}

/// The data lines of a CSV file (none of the bundled files has a quoted line break), the header kept first.
std::vector<std::string> lines_of(const fs::path& file) {
  std::vector<std::string> out;
  std::string text = slurp(file), line;
  for (char c : text) {
    if (c == '\n') {
      out.push_back(line);
      line.clear();
    } else {
      line += c;
    }
  }
  if (!line.empty()) out.push_back(line);
  return out;
}

void write_lines(const fs::path& file, const std::vector<std::string>& lines, const std::string& eol,
                 bool bom) {
  std::string text = bom ? "\xEF\xBB\xBF" : "";
  for (const auto& l : lines) text += l + eol;
  std::ofstream(file, std::ios::binary) << text;
}

struct Night {
  std::size_t fresh = 0, fixed = 0, findings = 0;
  json doc;
};

Night night(const fs::path& data, const std::string& db) {
  Night n;
  n.doc = run_json({"validate", data.string(), "--format", "json", "--history", db, "--quiet"});
  n.findings = n.doc["findings"].size();
  n.fresh = n.doc["summary"]["new"].get<std::size_t>();
  n.fixed = n.doc["summary"]["fixed"].get<std::size_t>();
  return n;
}

fs::path bloc_copy(const std::string& name) {
  const auto dir = temp_dir(name);
  fs::copy(source_dir() / "examples" / "khoi-cqt-2019", dir / "bloc", fs::copy_options::recursive);
  return dir / "bloc";
}

class ShuffledTable : public ::testing::TestWithParam<std::string> {};

// Every table of the bundled bloc, its rows shuffled, written with CRLF and a BOM: nothing new, nothing fixed.
TEST_P(ShuffledTable, LeavesEveryFindingUnchanged) {
  const std::string table = GetParam();
  const auto data = bloc_copy("identity-shuffle-" + table);
  const std::string db = (data.parent_path() / "h.sqlite").string();
  const Night first = night(data, db);
  ASSERT_GT(first.findings, 0u);

  auto lines = lines_of(data / (table + ".csv"));
  ASSERT_GT(lines.size(), 2u);
  std::mt19937 random(20191);
  std::shuffle(lines.begin() + 1, lines.end(), random);
  write_lines(data / (table + ".csv"), lines, "\r\n", true);

  const Night second = night(data, db);
  EXPECT_EQ(second.findings, first.findings);
  EXPECT_EQ(second.fresh, 0u) << second.doc["findings"].dump(1);
  EXPECT_EQ(second.fixed, 0u) << second.doc["run"]["history"].dump(1);
  EXPECT_EQ(fingerprints(second.doc), fingerprints(first.doc));
}

INSTANTIATE_TEST_SUITE_P(Bloc, ShuffledTable,
                         ::testing::Values("organizations", "members", "dues", "candidates", "committees",
                                           "transfers", "events"));

// The night: one unrelated member row deleted from the sample. The findings of other rows stay
// unchanged (a bad value two lines lower, a member's dangling reference); only DV004's own consequences change.
TEST(StableIdentity, DeletingAnUnrelatedRowChangesNothingElse) {
  const auto data = sample_copy("identity-delete-row");
  const std::string db = (data.parent_path() / "h.sqlite").string();
  const Night first = night(data, db);
  auto lines = lines_of(data / "members.csv");
  const auto dv004 = std::find_if(lines.begin(), lines.end(), [](const std::string& l) { return l.rfind("DV004,", 0) == 0; });
  ASSERT_NE(dv004, lines.end());
  lines.erase(dv004);
  write_lines(data / "members.csv", lines, "\n", false);

  const Night second = night(data, db);
  for (const auto& f : second.doc["findings"]) {
    if (f["baseline"] != "new") continue;
    // What is new follows from DV004's absence (its payments name a member that does not exist, its cell is
    // smaller); no finding about another row is new.
    EXPECT_NE(f["rule"], "integrity/bad-value") << f.dump();
    if (f["rule"] == "integrity/dangling-reference") {
      EXPECT_EQ(f["evidence"]["value"], "DV004") << f.dump();
    }
  }
  for (const auto& f : second.doc["run"]["history"]["fixed"]) {
    EXPECT_NE(f["rule"], "integrity/bad-value") << f.dump();
    EXPECT_NE(f["rule"], "integrity/dangling-reference") << f.dump();
  }
}

// Payments of a member that does not exist are one finding, listing every line; its identity is the missing id.
TEST(StableIdentity, DanglingReferencesAreGroupedPerMissingId) {
  const auto data = sample_copy("identity-grouped");
  auto lines = lines_of(data / "members.csv");
  const auto dv004 = std::find_if(lines.begin(), lines.end(), [](const std::string& l) { return l.rfind("DV004,", 0) == 0; });
  ASSERT_NE(dv004, lines.end());
  lines.erase(dv004);
  write_lines(data / "members.csv", lines, "\n", false);
  std::size_t payments = 0;
  for (const auto& l : lines_of(data / "dues.csv")) payments += l.rfind("DV004,", 0) == 0;
  ASSERT_GT(payments, 1u);

  const json doc = run_json({"validate", data.string(), "--format", "json", "--lang", "en"});
  std::size_t groups = 0;
  for (const auto& f : doc["findings"]) {
    if (f["rule"] != "integrity/dangling-reference" || f["evidence"]["value"] != "DV004") continue;
    ++groups;
    EXPECT_EQ(f["subject"]["id"], "members/DV004");
    EXPECT_EQ(f["discriminator"], "dues.member_id");
    EXPECT_EQ(f["evidence"]["count"], std::to_string(payments));
    const std::string listed = f["evidence"]["lines"];
    EXPECT_EQ(static_cast<std::size_t>(std::count(listed.begin(), listed.end(), ',')) + 1, payments);
    EXPECT_THAT(f["message"].get<std::string>(),
                ::testing::HasSubstr("\"DV004\" is not in the members table: " + std::to_string(payments) +
                                     " payments in dues.csv"));
  }
  EXPECT_EQ(groups, 1u);
}

/// Runs `sql` on the history file.
void sql(const std::string& db, const std::string& statement) {
  sqlite3* h = nullptr;
  ASSERT_EQ(sqlite3_open(db.c_str(), &h), SQLITE_OK);
  char* error = nullptr;
  const int rc = sqlite3_exec(h, statement.c_str(), nullptr, nullptr, &error);
  const std::string why = error ? error : "";
  sqlite3_free(error);
  sqlite3_close(h);
  ASSERT_EQ(rc, SQLITE_OK) << why << "\n" << statement;
}

// A history written by the version that named row findings by file and line (one finding per dangling
// reference): the first night after the upgrade matches them by that place and reports nothing new or fixed.
TEST(StableIdentity, HistoriesOfTheLineNumberedVersionKeepMatching) {
  const auto data = sample_copy("identity-upgrade");
  auto lines = lines_of(data / "members.csv");
  lines.erase(std::find_if(lines.begin(), lines.end(), [](const std::string& l) { return l.rfind("DV004,", 0) == 0; }));
  write_lines(data / "members.csv", lines, "\n", false);
  const std::string db = (data.parent_path() / "h.sqlite").string();
  const Night first = night(data, db);

  // Rewrite the stored row findings as the earlier version stored them: fingerprint and subject "file:line",
  // one per line of a group.
  std::size_t rewritten = 0;
  for (const auto& f : first.doc["findings"]) {
    if (f["subject"]["kind"] != "row") continue;
    const std::string fp = f["fingerprint"], location = f["location"];
    const std::string file = location.substr(0, location.find(':'));
    std::vector<std::string> places{location.substr(0, location.rfind(':'))};
    if (f["evidence"].contains("lines")) {
      places.clear();
      std::string all = f["evidence"]["lines"];
      for (std::size_t at = 0; at <= all.size();) {
        const auto comma = std::min(all.find(',', at), all.size());
        places.push_back(file + ":" + all.substr(at, comma - at));
        at = comma + 1;
      }
    }
    for (std::size_t k = 0; k < places.size(); ++k) {
      const std::string old = "0ld" + std::to_string(rewritten++);
      sql(db, "INSERT INTO findings(run_id, fingerprint, rule, severity, org_id, waived, new) SELECT run_id, '" + old +
                  "', rule, severity, org_id, waived, new FROM findings WHERE fingerprint = '" + fp + "';"
                  "INSERT INTO finding_texts(fingerprint, org_path, subject_kind, subject_id, subject_name, message_vi, "
                  "message_en) SELECT '" + old + "', org_path, subject_kind, '" + places[k] +
                  "', subject_name, message_vi, message_en FROM finding_texts WHERE fingerprint = '" + fp + "';");
    }
    sql(db, "DELETE FROM findings WHERE fingerprint = '" + fp + "'; DELETE FROM finding_texts WHERE fingerprint = '" +
                fp + "';");
  }
  ASSERT_GT(rewritten, 2u);

  const Night second = night(data, db);
  EXPECT_EQ(second.fresh, 0u) << second.doc["findings"].dump(1);
  EXPECT_EQ(second.fixed, 0u) << second.doc["run"]["history"].dump(1);
  // The night after stores keyed fingerprints: the third night compares them directly.
  const Night third = night(data, db);
  EXPECT_EQ(third.fresh, 0u);
  EXPECT_EQ(third.fixed, 0u);
}

}  // namespace
