// dues.csv: rows stored grouped by member, and the parallel reader giving the same result as one thread.
#include <gtest/gtest.h>

#include <algorithm>

#include "dataset_test_util.hpp"
#include "kiemtra/unknown.hpp"

namespace kiemtra::test {
namespace {

std::vector<std::uint32_t> lines_of(const Dataset& ds, std::uint32_t member) {
  std::vector<std::uint32_t> out;
  for (const Payment& p : ds.payments_of(member)) out.push_back(ds.dues_line(p));
  return out;
}

TEST(DatasetDues, UngroupedRowsAreRegroupedByMemberInFileOrder) {
  const auto ds = read_ok(write_dataset("regroup", {{"organizations.csv", kOrgs},
                                                    {"members.csv", kMembers},
                                                    {"dues.csv",
                                                     "member_id,period,amount,note\n"
                                                     "M2,2019-01,1,a\nM1,2019-01,2,b\nM2,2019-02,3,c\nM9,2019-01,4,d\n"
                                                     "M1,2019-02,5,e\nM3,2019-01,6,f\n"}}));
  ASSERT_TRUE(ds);
  using V = std::vector<std::uint32_t>;
  EXPECT_EQ(lines_of(*ds, 0), (V{3, 6}));
  EXPECT_EQ(lines_of(*ds, 1), (V{2, 4}));
  EXPECT_EQ(lines_of(*ds, 2), (V{7}));
  ASSERT_EQ(ds->dues.size(), 6u);
  EXPECT_EQ(ds->dues[5].member, kNone);  // unknown member last
  EXPECT_EQ(ds->dues[5].amount, 4);
  std::string notes;
  for (std::size_t i = 0; i < ds->dues.size(); ++i) notes += *ds->dues.extra(i, "note");
  EXPECT_EQ(notes, "beacfd");  // extra values move with their rows
  EXPECT_EQ(ds->unresolved.at(0).row, 5u);
}

TEST(DatasetDues, ThousandsOfMembersSortedByPeriodAreRegrouped) {
  // 3000 members need two radix passes; rows come month by month, the last member's reversed.
  std::string members = kMemberHeader, dues = "member_id,period,amount,tag\n";
  for (int m = 0; m < 3000; ++m)
    members += "M" + std::to_string(m) + ",CB01,Tên,nam,1980-01-02,chinh_thuc,2005-03-04\n";
  for (int month = 1; month <= 3; ++month) {
    for (int m = 2999; m >= 0; --m)
      dues += "M" + std::to_string(m) + ",2019-0" + std::to_string(month) + "," + std::to_string(m) + ",t" +
              std::to_string(month) + "\n";
    dues += "GONE,2019-0" + std::to_string(month) + ",1,g" + std::to_string(month) + "\n";
  }
  const auto ds = read_ok(
      write_dataset("regroup-big", {{"organizations.csv", kOrgs}, {"members.csv", members}, {"dues.csv", dues}}));
  ASSERT_TRUE(ds);
  ASSERT_EQ(ds->dues.size(), 9003u);
  std::size_t at = 0;
  for (std::uint32_t m = 0; m < 3000; ++m) {
    const auto pays = ds->payments_of(m);
    ASSERT_EQ(pays.size(), 3u) << m;
    ASSERT_EQ(pays.data(), ds->dues.rows.data() + at) << m;
    for (int k = 0; k < 3; ++k) {
      EXPECT_EQ(pays[k].amount, m);
      EXPECT_EQ(pays[k].period, Month::of(2019, k + 1));
      EXPECT_EQ(ds->dues.extra(at + k, "tag"), "t" + std::to_string(k + 1));
    }
    at += 3;
  }
  for (int k = 0; k < 3; ++k) {
    EXPECT_EQ(ds->dues[at + k].member, kNone);
    EXPECT_EQ(ds->dues.extra(at + k, "tag"), "g" + std::to_string(k + 1));
    EXPECT_EQ(ds->unresolved.at(k).row, at + k);
    EXPECT_EQ(ds->unresolved.at(k).line, ds->dues_line(at + k));
  }
}

TEST(DatasetDues, AnAmountOverWhatARowHoldsIsAnUnreadableAmount) {
  const auto ds = read_ok(write_dataset("too-large", {{"organizations.csv", kOrgs},
                                                      {"members.csv", kMembers},
                                                      {"dues.csv",
                                                       "member_id,period,amount\n"
                                                       "M1,2019-01,2147483647\nM1,2019-02,2147483648\n"
                                                       "M1,2019-03,2.147.483.648\nM1,2019-04,90000000000\n"}}));
  ASSERT_TRUE(ds);
  ASSERT_EQ(ds->dues.size(), 4u);
  EXPECT_EQ(ds->dues[0].amount, 2147483647);
  std::vector<std::uint32_t> lines;
  for (const ReadIssue& is : ds->read_issues) {
    EXPECT_EQ(is.column_name, "amount");
    EXPECT_EQ(is.reason_en, "a payment over 2,147,483,647 đồng");
    EXPECT_EQ(is.reason_vi, "số tiền một lần nộp vượt 2.147.483.647 đồng");
    lines.push_back(is.line);
  }
  EXPECT_EQ(lines, (std::vector<std::uint32_t>{3, 4, 5}));
  for (std::size_t i = 1; i < 4; ++i) EXPECT_EQ(ds->dues[i].amount, 0) << i;
  // A plugin finds them by row as for any table.
  const UnknownFields unknown(*ds, ds->dues, TableId::dues, {"amount"});
  EXPECT_EQ(unknown.size(), 3u);
  EXPECT_FALSE(unknown.row(0));
  for (std::uint32_t i = 1; i < 4; ++i) EXPECT_TRUE(unknown.row(i)) << i;
}

TEST(DatasetDues, GroupedRowsKeepTheirOrder) {
  const auto ds = read_ok(write_dataset(
      "grouped", {{"organizations.csv", kOrgs},
                  {"members.csv", kMembers},
                  {"dues.csv", "member_id,period,amount\nM3,2019-01,1\nM3,2019-02,2\nM1,2019-01,3\nM2,2019-01,4\n"}}));
  ASSERT_TRUE(ds);
  ASSERT_EQ(ds->dues.size(), 4u);
  for (std::uint32_t i = 0; i < 4; ++i) EXPECT_EQ(ds->dues_line(i), i + 2);
  const auto g = ds->payments_by_member.of(2);
  EXPECT_EQ(std::vector<std::uint32_t>(g.begin(), g.end()), (std::vector<std::uint32_t>{0, 1}));
  EXPECT_EQ(ds->payments_of(0)[0].amount, 3);
  EXPECT_TRUE(ds->payments_of(0).size() == 1 && ds->payments_of(1).size() == 1);
}

// Over 65,536 rows the grouping is checked and the members' runs found in parts on threads.
TEST(DatasetDues, LargeExportsAreKeptOrRegroupedAsOneThreadWould) {
  constexpr int kMembersN = 6000;
  std::string members = kMemberHeader;
  for (int m = 0; m < kMembersN; ++m)
    members += "M" + std::to_string(m) + ",CB01,Tên,nam,1980-01-02,chinh_thuc,2005-03-04\n";
  // Each shape: the members' rows in a file order, 12 months each (72,000 rows); "?" is a dangling member id.
  const auto shape = [&](const std::string& name) {
    std::vector<std::string> ids;
    const auto member = [&](int m) {
      for (int k = 0; k < 12; ++k) ids.push_back("M" + std::to_string(m));
    };
    for (int i = 0; i < kMembersN; ++i) {
      const int m = name == "descending" ? kMembersN - 1 - i : i;
      member(m);
      if (i % 997 == 5) ids.push_back("?");
    }
    if (name == "broken")  // inside member 3000's run
      ids.insert(std::find(ids.begin(), ids.end(), "M3000") + 6, "?");
    if (name == "again") member(1234);  // a member's rows after others'
    return ids;
  };
  for (const std::string name : {"sorted", "descending", "broken", "again"}) {
    const std::vector<std::string> ids = shape(name);
    std::string dues = "member_id,period,amount\n";
    for (std::size_t i = 0; i < ids.size(); ++i)
      dues += (ids[i] == "?" ? "GONE" + std::to_string(i) : ids[i]) + ",2019-01," + std::to_string(i) + "\n";
    const auto dir =
        write_dataset("large-" + name, {{"organizations.csv", kOrgs}, {"members.csv", members}, {"dues.csv", dues}});
    std::vector<std::vector<std::int32_t>> by_jobs;
    for (const int jobs : {1, 2}) {
      core::ReadOptions options;
      options.jobs = jobs;
      const auto ds = read_ok(dir, options);
      ASSERT_TRUE(ds);
      ASSERT_EQ(ds->dues.size(), ids.size());
      std::vector<std::int32_t> order;  // each row's amount: its record's place in the file
      for (const Payment& p : ds->dues.rows) order.push_back(p.amount);
      bool in_file_order = true;
      for (std::size_t i = 0; i < order.size(); ++i)
        in_file_order = in_file_order && order[i] == static_cast<std::int32_t>(i);
      EXPECT_EQ(in_file_order, name == "sorted" || name == "descending") << name << " jobs " << jobs;
      for (std::uint32_t m = 0; m < kMembersN; ++m) {
        const auto pays = ds->payments_of(m);
        ASSERT_EQ(pays.size(), m == 1234 && name == "again" ? 24u : 12u) << name << " member " << m;
        for (const Payment& p : pays) ASSERT_EQ(ds->members[p.member].id, "M" + std::to_string(m)) << name;
      }
      by_jobs.push_back(std::move(order));
    }
    EXPECT_EQ(by_jobs[0], by_jobs[1]) << name;
  }
}

TEST(DatasetDues, AMemberRunBrokenByAnUnknownMemberIsRegrouped) {
  // M3's rows are split by a dangling member id: not one run, so the rows are regrouped, unknown ones last.
  const auto ds = read_ok(write_dataset(
      "broken-run",
      {{"organizations.csv", kOrgs},
       {"members.csv", kMembers},
       {"dues.csv", "member_id,period,amount\nM3,2019-01,1\nGONE,2019-01,2\nM3,2019-02,3\nM1,2019-01,4\n"}}));
  ASSERT_TRUE(ds);
  ASSERT_EQ(ds->dues.size(), 4u);
  EXPECT_EQ(lines_of(*ds, 2), (std::vector<std::uint32_t>{2, 4}));
  EXPECT_EQ(ds->payments_of(0)[0].amount, 4);
  EXPECT_EQ(ds->dues[3].member, kNone);
  EXPECT_EQ(ds->dues[3].amount, 2);
  EXPECT_EQ(ds->unresolved.at(0).row, 3u);
}

TEST(DatasetDues, UnknownMembersBetweenRunsAreLeftWhereTheyAre) {
  const auto ds = read_ok(write_dataset(
      "runs-unknown",
      {{"organizations.csv", kOrgs},
       {"members.csv", kMembers},
       {"dues.csv", "member_id,period,amount\nM3,2019-01,1\nM3,2019-02,2\nGONE,2019-01,3\nM1,2019-01,4\n"
                    "LOST,2019-01,5\nM2,2019-01,6\n"}}));
  ASSERT_TRUE(ds);
  ASSERT_EQ(ds->dues.size(), 6u);
  for (std::uint32_t i = 0; i < 6; ++i) {
    EXPECT_EQ(ds->dues[i].amount, i + 1) << i;
    EXPECT_EQ(ds->dues_line(i), i + 2) << i;
  }
  EXPECT_EQ(ds->dues[2].member, kNone);
  EXPECT_EQ(ds->dues[4].member, kNone);
  const auto g = ds->payments_by_member.of(2);
  EXPECT_EQ(std::vector<std::uint32_t>(g.begin(), g.end()), (std::vector<std::uint32_t>{0, 1}));
  EXPECT_EQ(ds->payments_of(0)[0].amount, 4);
  EXPECT_EQ(ds->payments_of(1)[0].amount, 6);
  ASSERT_EQ(ds->unresolved.size(), 2u);
  EXPECT_EQ(ds->unresolved[0].row, 2u);
  EXPECT_EQ(ds->unresolved[0].value, "GONE");
  EXPECT_EQ(ds->unresolved[1].row, 4u);
  EXPECT_EQ(ds->unresolved[1].value, "LOST");
}

TEST(DatasetDues, NoDuesFileMeansAbsentTable) {
  const auto ds = read_ok(write_dataset("nodues", {{"organizations.csv", kOrgs}, {"members.csv", kMembers}}));
  ASSERT_TRUE(ds);
  EXPECT_FALSE(ds->dues.present);
  EXPECT_EQ(ds->dues.file, "");
  EXPECT_TRUE(ds->payments_of(0).empty());
}

constexpr std::int64_t kBasisBase = 100000000;

// Builds a dues file of ~12 MB whose records hold quoted newlines, so chunk starts land inside quotes.
std::string big_dues(std::size_t pad) {
  std::string s = "member_id,period,amount,income_basis,note\n";
  s += "M1,2019-01,1000,,\"" + std::string(pad, 'p') + "\"\n";
  const char* members[] = {"M1", "M2", "M3", "M9"};
  for (int i = 0; s.size() < (std::size_t{12} << 20); ++i) {
    s += members[i % 4];
    s += ",2019-";
    s += (i % 12 < 9 ? "0" : "");
    s += std::to_string(i % 12 + 1);
    s += ",";
    s += i % 50000 == 777 ? "12.5" : std::to_string(1000 + i % 997);  // a bad amount now and then
    // Every seventh row gives an income basis that names its row, which must follow the row when dues regroup.
    s += ",";
    if (i % 7 == 3) s += std::to_string(kBasisBase + i);
    // Most line starts fall inside a quoted field, so a chunk boundary almost surely does.
    s += i % 5 == 0 ? ",plain\n" : ",\"dòng a\nb, \"\"c\"\"\nd\ne\nf\ng\"\n";
  }
  return s;
}

TEST(DatasetDues, ParallelChunksMatchOneThreadEvenAcrossQuotedNewlines) {
  for (std::size_t pad : {0, 1, 2, 3, 5, 8}) {
    const auto dir = write_dataset(
        "parallel", {{"organizations.csv", kOrgs}, {"members.csv", kMembers}, {"dues.csv", big_dues(pad)}});
    const auto one = read_ok(dir);
    core::ReadOptions two_jobs;
    two_jobs.jobs = 2;
    const auto two = read_ok(dir, two_jobs);
    ASSERT_TRUE(one && two);
    ASSERT_EQ(one->dues.size(), two->dues.size());
    ASSERT_GT(one->dues.size(), 100000u);
    for (std::size_t i = 0; i < one->dues.size(); ++i) {
      const Payment &a = one->dues[i], &b = two->dues[i];
      ASSERT_EQ(one->dues_line(i), two->dues_line(i)) << i;
      ASSERT_EQ(a.member, b.member) << i;
      ASSERT_EQ(a.amount, b.amount) << i;
      ASSERT_EQ(a.period, b.period) << i;
      ASSERT_EQ(one->dues.extra_values[i], two->dues.extra_values[i]) << i;
      const std::int64_t basis = one->income_basis(i);
      ASSERT_EQ(basis, two->income_basis(i)) << i;
      if (basis != kNoMoney) {
        const std::int64_t written = basis - kBasisBase;  // the i of big_dues that wrote the row
        ASSERT_EQ(written % 7, 3) << i;
        if (written % 50000 != 777) {
          ASSERT_EQ(a.amount, 1000 + written % 997) << i;
        }
      }
    }
    EXPECT_GT(one->dues_income_basis.size(), one->dues.size() / 8);
    EXPECT_TRUE(std::is_sorted(one->dues_income_basis.begin(), one->dues_income_basis.end(),
                               [](const IncomeBasis& x, const IncomeBasis& y) { return x.row < y.row; }));
    ASSERT_EQ(one->read_issues.size(), two->read_issues.size());
    ASSERT_FALSE(one->read_issues.empty());
    for (std::size_t i = 0; i < one->read_issues.size(); ++i) {
      EXPECT_EQ(one->read_issues[i].line, two->read_issues[i].line);
      EXPECT_EQ(one->read_issues[i].value, "12.5");
    }
    ASSERT_EQ(one->unresolved.size(), two->unresolved.size());
    for (std::size_t i = 0; i < one->unresolved.size(); ++i) {
      EXPECT_EQ(one->unresolved[i].line, two->unresolved[i].line);
      EXPECT_EQ(one->unresolved[i].row, two->unresolved[i].row);
      EXPECT_EQ(one->dues_line(one->unresolved[i].row), one->unresolved[i].line);
    }
    EXPECT_NE(std::find(one->dues.extra_values.begin(), one->dues.extra_values.end(), "dòng a\nb, \"c\"\nd\ne\nf\ng"),
              one->dues.extra_values.end());
  }
}

// Lines long for 200 KB, then short for 200 KB, and so on: each parallel chunk's room is estimated from
// the lines at its start, so some chunks get far too little (their rows overflow, beyond the gap left by the
// chunks before them) and others far too much.
std::string dues_of_changing_line_length() {
  std::string s = "member_id,period,amount,note\n";
  const char* members[] = {"M1", "M2", "M3", "M9"};
  for (int i = 0; s.size() < (std::size_t{13} << 20); ++i) {
    const bool long_lines = (s.size() / (200 << 10)) % 2 == 0;
    s += members[i % 4];
    s += ",2019-0" + std::to_string(i % 9 + 1) + ",";
    s += i % 40000 == 123 ? "x" : std::to_string(1000 + i % 991);
    s += "," + std::string(long_lines ? 300 : 1, 'n') + std::to_string(i) + "\n";
  }
  return s;
}

TEST(DatasetDues, ParallelChunksWhoseRowEstimateMissesMatchOneThread) {
  const auto dir = write_dataset("estimate-miss", {{"organizations.csv", kOrgs},
                                                   {"members.csv", kMembers},
                                                   {"dues.csv", dues_of_changing_line_length()}});
  const auto one = read_ok(dir);
  core::ReadOptions two_jobs;
  two_jobs.jobs = 2;
  const auto two = read_ok(dir, two_jobs);
  ASSERT_TRUE(one && two);
  ASSERT_EQ(one->dues.size(), two->dues.size());
  ASSERT_GT(one->dues.size(), 80000u);
  for (std::size_t i = 0; i < one->dues.size(); ++i) {
    const Payment &a = one->dues[i], &b = two->dues[i];
    ASSERT_EQ(one->dues_line(i), two->dues_line(i)) << i;
    ASSERT_EQ(a.member, b.member) << i;
    ASSERT_EQ(a.amount, b.amount) << i;
    ASSERT_EQ(a.period, b.period) << i;
    ASSERT_EQ(one->dues.extra_values[i], two->dues.extra_values[i]) << i;
  }
  // Every row's note ends with its record number: the rows are all there, each once.
  std::vector<bool> seen(one->dues.size());
  for (std::size_t i = 0; i < two->dues.size(); ++i) {
    const std::string_view note = two->dues.extra_values[i];
    const std::size_t number = std::stoul(std::string(note.substr(note.find_first_not_of('n'))));
    ASSERT_LT(number, seen.size());
    ASSERT_FALSE(seen[number]) << number;
    seen[number] = true;
    ASSERT_EQ(two->dues_line(i), number + 2) << i;
  }
  ASSERT_EQ(one->read_issues.size(), two->read_issues.size());
  ASSERT_FALSE(one->read_issues.empty());
  for (std::size_t i = 0; i < one->read_issues.size(); ++i) EXPECT_EQ(one->read_issues[i].line, two->read_issues[i].line);
  ASSERT_EQ(one->unresolved.size(), two->unresolved.size());
  for (std::size_t i = 0; i < one->unresolved.size(); ++i) {
    EXPECT_EQ(one->unresolved[i].row, two->unresolved[i].row);
    EXPECT_EQ(two->dues_line(two->unresolved[i].row), two->unresolved[i].line);
  }
}

}  // namespace
}  // namespace kiemtra::test
