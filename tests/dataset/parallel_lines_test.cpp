// The line each row is given by the parallel reader: the line its record starts on in the file, whatever chunk
// read it, for the tables whose rows keep their line (members) and for dues (kept beside the rows).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dataset_test_util.hpp"

namespace kiemtra::test {
namespace {

// ~8 MB of members; every 997th name holds a quoted line break and every 1,009th record is followed by a blank
// line, so a record's line is not its row number plus two.
struct MembersFile {
  std::string text = kMemberHeader;
  std::vector<std::uint32_t> lines;       // the line each record starts on, in file order
  std::vector<std::uint32_t> duplicates;  // the lines of the records repeating the id before theirs
};

/// With `duplicate_every`, each such record from the 11th on repeats the previous record's id.
MembersFile big_members(int duplicate_every = 0) {
  MembersFile f;
  std::uint32_t line = 2;
  for (int i = 0; i < 80000; ++i) {
    const bool duplicate = duplicate_every > 0 && i % duplicate_every == 11;
    if (duplicate) f.duplicates.push_back(line);
    const std::string id = "M" + std::to_string(100000 + i - (duplicate ? 1 : 0));
    const std::string name =
        i % 997 == 5 ? "\"Nguyễn Văn\nAn " + std::to_string(i) + "\"" : "Nguyễn Văn An " + std::to_string(i);
    f.text += id + ",CB01," + name + ",nam,1980-01-02,chinh_thuc,2005-03-04\n";
    f.lines.push_back(line);
    line += i % 997 == 5 ? 2 : 1;
    if (i % 1009 == 7) {
      f.text += "\n";
      ++line;
    }
  }
  return f;
}

TEST(ParallelLines, EveryMemberHasTheLineItsRecordStartsOnWithOneJobOrTwo) {
  const MembersFile f = big_members();
  const auto dir = write_dataset("parallel-lines", {{"organizations.csv", kOrgs}, {"members.csv", f.text}});
  for (const int jobs : {1, 2}) {
    core::ReadOptions options;
    options.jobs = jobs;
    const auto ds = read_ok(dir, options);
    ASSERT_TRUE(ds);
    ASSERT_EQ(ds->members.size(), f.lines.size()) << jobs;
    for (std::size_t i = 0; i < f.lines.size(); ++i) ASSERT_EQ(ds->members[i].line, f.lines[i]) << jobs << " row " << i;
  }
}

TEST(ParallelLines, EveryPaymentHasTheLineItsRecordStartsOnWithOneJobOrTwo) {
  // ~9 MB of dues in member order, with blank lines and records over two lines among them.
  std::string members = kMemberHeader, dues = "member_id,period,amount,note\n";
  std::vector<std::uint32_t> lines;
  std::uint32_t line = 2;
  for (int m = 0; m < 30000; ++m) {
    members += "M" + std::to_string(m) + ",CB01,Nguyễn Văn An,nam,1980-01-02,chinh_thuc,2005-03-04\n";
    for (int k = 1; k <= 12; ++k) {
      const bool two_lines = (m * 12 + k) % 1013 == 0;
      dues += "M" + std::to_string(m) + ",2019-" + (k < 10 ? "0" : "") + std::to_string(k) + ",12000," +
              (two_lines ? "\"a\nb\"" : "x") + "\n";
      lines.push_back(line);
      line += two_lines ? 2 : 1;
      if ((m * 12 + k) % 2011 == 0) {
        dues += "\n";
        ++line;
      }
    }
  }
  const auto dir = write_dataset("parallel-dues-lines",
                                 {{"organizations.csv", kOrgs}, {"members.csv", members}, {"dues.csv", dues}});
  for (const int jobs : {1, 2}) {
    core::ReadOptions options;
    options.jobs = jobs;
    const auto ds = read_ok(dir, options);
    ASSERT_TRUE(ds);
    ASSERT_EQ(ds->dues.size(), lines.size()) << jobs;
    for (std::size_t i = 0; i < lines.size(); ++i) ASSERT_EQ(ds->dues_line(i), lines[i]) << jobs << " row " << i;
    // One run, and another after each blank line or record over two lines: lines, not one a row.
    std::size_t runs = 1;
    for (std::size_t i = 1; i < lines.size(); ++i) runs += lines[i] != lines[i - 1] + 1;
    EXPECT_EQ(ds->dues_lines.runs(), runs) << jobs;
    EXPECT_LT(runs, lines.size() / 500);
  }
}

TEST(ParallelLines, DuplicateIdsAndDanglingMeetingsAreLocatedWhateverChunkReadThem) {
  // Duplicate member ids and attendance rows naming no meeting in every chunk of the parallel reader, with
  // records over two lines before them: each is reported at its record's line, in file order.
  const MembersFile members = big_members(7919);
  std::string meetings = "id,org_id,date,kind\n";
  for (int m = 0; m < 1000; ++m) meetings += "MT" + std::to_string(m) + ",CB01,2019-01-15,thuong_ky\n";
  std::string attendance = "meeting_id,member_id,present,reason\n";
  std::vector<std::uint32_t> dangling;
  std::uint32_t line = 2;
  for (int r = 0; r < 100000; ++r) {
    const bool missing = r % 4999 == 17;
    const bool two_lines = r % 3001 == 5;
    if (missing) dangling.push_back(line);
    attendance += (missing ? "MX" + std::to_string(r) : "MT" + std::to_string(r / 100)) + ",M" +
                  std::to_string(100000 + r % 80000) + ",0," + (two_lines ? "\"ốm\nnặng\"" : "ốm") + "\n";
    line += two_lines ? 2 : 1;
  }
  const auto dir = write_dataset("parallel-positions", {{"organizations.csv", kOrgs},
                                                        {"members.csv", members.text},
                                                        {"meetings.csv", meetings},
                                                        {"attendance.csv", attendance}});
  ASSERT_GT(members.duplicates.size(), 5u);
  ASSERT_GT(dangling.size(), 5u);
  for (const int jobs : {1, 2}) {
    core::ReadOptions options;
    options.jobs = jobs;
    const auto ds = read_ok(dir, options);
    ASSERT_TRUE(ds);
    std::vector<std::uint32_t> duplicate_lines;
    for (const ReadIssue& is : ds->read_issues) {
      if (is.table != TableId::members) continue;
      EXPECT_EQ(is.column_name, "id");
      EXPECT_EQ(is.column, 1u);
      duplicate_lines.push_back(is.line);
    }
    EXPECT_EQ(duplicate_lines, members.duplicates) << jobs;
    std::vector<std::uint32_t> dangling_lines;
    for (const UnresolvedRef& ref : ds->unresolved) {
      if (ref.table != TableId::attendance || ref.column_name != "meeting_id") continue;
      EXPECT_EQ(ref.column, 1u);
      EXPECT_EQ(ref.value.substr(0, 2), "MX");
      dangling_lines.push_back(ref.line);
    }
    EXPECT_EQ(dangling_lines, dangling) << jobs;
  }
}

}  // namespace
}  // namespace kiemtra::test
