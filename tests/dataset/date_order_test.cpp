// Dates written month first: a column is read one way from all its values, never half swapped; the
// manifest's `date_order: mdy` reads it month first. And the row hash that identifies a row without an id.
#include <gtest/gtest.h>

#include "dataset_test_util.hpp"

namespace kiemtra::test {
namespace {

const std::string kMonthFirstMembers = kMemberHeader +
                                       "M1,CB01,Nguyễn Văn An,nam,04/05/1980,chinh_thuc,2005-03-04\n"
                                       "M2,CB01,Trần Thị Bình,nu,01/25/1990,du_bi,2019-01-01\n"
                                       "M3,CB02,Lê Văn Cường,nam,12/31/1975,chinh_thuc,2000-09-10\n";

TEST(DatasetDateOrder, AColumnThatOnlyReadsMonthFirstIsRefusedAndReportedOnce) {
  const auto dir = write_dataset("month-first", {{"organizations.csv", kOrgs}, {"members.csv", kMonthFirstMembers}});
  const auto ds = read_ok(dir);
  ASSERT_TRUE(ds);
  // 04/05/1980 is not read as 4 May in a column that also holds 01/25/1990: the whole column is unread.
  for (const Member& m : ds->members.rows) EXPECT_FALSE(m.birth_date.valid()) << m.id;
  EXPECT_TRUE(ds->members.rows[0].admitted_on.valid());  // other date columns are read as usual
  // Reported once for the column; each row that wrote a value there has the field unknown, not a finding.
  ASSERT_EQ(ds->read_issues.size(), 4u);
  std::vector<std::uint32_t> unknown_lines;
  const ReadIssue* column = nullptr;
  for (const ReadIssue& r : ds->read_issues) {
    EXPECT_EQ(r.column_name, "birth_date");
    if (r.in_refused_column)
      unknown_lines.push_back(r.line);
    else
      column = &r;
  }
  EXPECT_EQ(unknown_lines, (std::vector<std::uint32_t>{2, 3, 4}));
  ASSERT_NE(column, nullptr);
  const ReadIssue& is = *column;
  EXPECT_EQ(is.column_name, "birth_date");
  EXPECT_EQ(is.value, "01/25/1990");  // the smallest month-first value, whatever the row order
  EXPECT_EQ(is.line, 3u);
  EXPECT_EQ(is.column, 26u);
  EXPECT_EQ(is.reason_en,
            "birth_date looks month-first: 2 of 3 values only read month first (0 only day first); the column is not "
            "read. Set `date_order: mdy` for members in dataset.yaml or fix the export");
  EXPECT_NE(is.reason_vi.find("date_order: mdy"), std::string::npos);
}

TEST(DatasetDateOrder, TheManifestSettingReadsTheTableMonthFirst) {
  const auto dir = write_dataset("month-first-declared", {{"organizations.csv", kOrgs},
                                                          {"members.csv", kMonthFirstMembers},
                                                          {"dataset.yaml", "date_order:\n  members: mdy\n"}});
  const auto ds = read_ok(dir);
  ASSERT_TRUE(ds);
  EXPECT_TRUE(ds->read_issues.empty());
  EXPECT_EQ(ds->members.rows[0].birth_date, Date::from_ymd(1980, 4, 5));
  EXPECT_EQ(ds->members.rows[1].birth_date, Date::from_ymd(1990, 1, 25));
  EXPECT_EQ(ds->members.rows[2].admitted_on, Date::from_ymd(2000, 9, 10));  // ISO stays year first
}

TEST(DatasetDateOrder, AMonthFirstTableWithADayFirstOnlyValueReportsThatValue) {
  const auto dir = write_dataset(
      "month-first-declared-bad",
      {{"organizations.csv", kOrgs},
       {"members.csv", kMemberHeader + "M1,CB01,An,nam,25/01/1980,chinh_thuc,2005-03-04\n"},
       {"dataset.yaml", "date_order: {members: mdy}\n"}});
  const auto ds = read_ok(dir);
  ASSERT_TRUE(ds);
  ASSERT_EQ(ds->read_issues.size(), 1u);
  EXPECT_EQ(ds->read_issues[0].reason_en, "no such date");
  EXPECT_FALSE(ds->members.rows[0].birth_date.valid());
}

TEST(DatasetDateOrder, ADayFirstExportIsReadAsAlways) {
  const auto dir = write_dataset(
      "day-first", {{"organizations.csv", kOrgs},
                    {"members.csv", kMemberHeader + "M1,CB01,An,nam,04/05/1980,chinh_thuc,2005-03-04\n"
                                                    "M2,CB01,Bình,nu,25/01/1990,du_bi,2019-01-01\n"}});
  const auto ds = read_ok(dir);
  ASSERT_TRUE(ds);
  EXPECT_TRUE(ds->read_issues.empty());
  EXPECT_EQ(ds->members.rows[0].birth_date, Date::from_ymd(1980, 5, 4));
}

TEST(DatasetDateOrder, ABadDateOrderSettingIsFatal) {
  const auto dir = write_dataset("date-order-bad", {{"organizations.csv", kOrgs},
                                                    {"members.csv", kMembers},
                                                    {"dataset.yaml", "date_order:\n  members: ymd\n"}});
  const core::Text t = read_fatal(dir);
  EXPECT_NE(t.en.find("must be dmy or mdy"), std::string::npos) << t.en;
}

// A row's hash is the same wherever the row stands, however it is quoted, with CRLF or a BOM; it differs
// between rows.
TEST(DatasetRowHash, IsTheRowsValuesNotItsPlace) {
  const std::string header = "member_id,period,amount\n";
  const auto a = write_dataset("row-hash-a", {{"organizations.csv", kOrgs},
                                              {"members.csv", kMembers},
                                              {"dues.csv", header + "M1,2019-01,1000\nM1,2019-02,một\nM2,2019-13,5\n"}});
  const auto b = write_dataset(
      "row-hash-b", {{"organizations.csv", kOrgs},
                     {"members.csv", kMembers},
                     {"dues.csv", "\xEF\xBB\xBF" "member_id,period,amount\r\nM2,2019-13,5\r\n\"M1\", 2019-02 ,\"một\"\r\n"}});
  const auto da = read_ok(a), db = read_ok(b);
  ASSERT_TRUE(da && db);
  ASSERT_EQ(da->read_issues.size(), 2u);
  ASSERT_EQ(db->read_issues.size(), 2u);
  const auto hash_of = [](const Dataset& d, std::string_view column) {
    for (const ReadIssue& is : d.read_issues)
      if (is.column_name == column) return is.row_hash;
    return std::string();
  };
  EXPECT_EQ(hash_of(*da, "amount"), hash_of(*db, "amount"));
  EXPECT_EQ(hash_of(*da, "period"), hash_of(*db, "period"));
  EXPECT_NE(hash_of(*da, "amount"), hash_of(*da, "period"));
  EXPECT_EQ(hash_of(*da, "amount").size(), 16u);
}

// The same row written NFC or NFD (exports mix them): the same issue value and the same row hash.
TEST(DatasetRowHash, NfdIsTheSameRowAndTheSameValue) {
  const std::string nfc = "M1,CB01,An,gi\xE1\xBB\x9Bi,1980-01-02,chinh_thuc,2005-03-04\n";
  const std::string nfd = "M1,CB01,An,gio\xCC\x9B\xCC\x81i,1980-01-02,chinh_thuc,2005-03-04\n";
  const auto a = read_ok(write_dataset("row-nfc", {{"organizations.csv", kOrgs}, {"members.csv", kMemberHeader + nfc}}));
  const auto b = read_ok(write_dataset("row-nfd", {{"organizations.csv", kOrgs}, {"members.csv", kMemberHeader + nfd}}));
  ASSERT_TRUE(a && b);
  ASSERT_EQ(a->read_issues.size(), 1u);
  ASSERT_EQ(b->read_issues.size(), 1u);
  EXPECT_EQ(a->read_issues[0].value, "gi\xE1\xBB\x9Bi");
  EXPECT_EQ(b->read_issues[0].value, a->read_issues[0].value);
  EXPECT_EQ(b->read_issues[0].row_hash, a->read_issues[0].row_hash);
}

}  // namespace
}  // namespace kiemtra::test
