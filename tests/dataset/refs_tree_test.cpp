// References between tables (resolved or unresolved), duplicate ids, and the organization tree.
#include <gtest/gtest.h>

#include "dataset_test_util.hpp"

namespace kiemtra::test {
namespace {

void expect_ref(const UnresolvedRef& r, TableId table, std::uint32_t row, const std::string& column,
                const std::string& value, std::uint32_t line, std::uint32_t col, const std::string& key,
                std::uint32_t org) {
  EXPECT_EQ(r.table, table) << value;
  EXPECT_EQ(r.row, row) << value;
  EXPECT_EQ(r.column_name, column) << value;
  EXPECT_EQ(r.value, value);
  EXPECT_EQ(r.line, line) << value;
  EXPECT_EQ(r.column, col) << value;
  EXPECT_EQ(r.row_key, key) << value;
  EXPECT_EQ(r.org, org) << value;
  EXPECT_NE(r.file.find(std::string(table_name(table)) + ".csv"), std::string::npos) << r.file;
}

TEST(DatasetRefs, EveryReferenceKindResolvesOrIsReported) {
  const auto dir =
      write_dataset("refs", {{"organizations.csv", kOrgs},
                             {"members.csv", kMemberHeader + "M1,CB01,An,nam,1980-01-02,chinh_thuc,2005-03-04\n"
                                                             "M2,NOPE,Bình,nu,1990-05-06,du_bi,2019-01-01\n"
                                                             "M3,CB02,Cường,nam,1975-07-08,chinh_thuc,2000-09-10\n"
                                                             "M1,CB02,An trùng,nam,1980-01-02,chinh_thuc,2005-03-04\n"},
                             {"dues.csv", "member_id,period,amount\nM9,2019-01,1000\nM1,2019-01,2000\n"},
                             {"candidates.csv",
                              "id,org_id,full_name,gender,birth_date,introducer_1,introducer_2\n"
                              "C1,CB01,Cúc,nu,2000-01-01,M1,Q7\nC2,ZZ,Dung,nam,2000-01-01,,\n"},
                             {"committees.csv", "org_id,term,member_id,role\nCB02,2020-2025,M8,bi_thu\n"},
                             {"transfers.csv", "member_id,org_id,direction,issued_on\nX99,CB77,di,2019-01-01\n"},
                             {"events.csv",
                              "kind,date,org_id,member_id\ngiam_sat,2019-01-01,,M3\ngiam_sat,2019-01-01,CB55,\n"
                              "giam_sat,2019-01-01,,\n"}});
  const auto ds = read_ok(dir);
  ASSERT_TRUE(ds);

  ASSERT_EQ(ds->unresolved.size(), 7u);
  expect_ref(ds->unresolved[0], TableId::members, 1, "org_id", "NOPE", 3, 4, "M2", kNone);
  expect_ref(ds->unresolved[1], TableId::dues, 0, "member_id", "M9", 2, 1, "M9", kNone);  // left in place
  expect_ref(ds->unresolved[2], TableId::candidates, 0, "introducer_2", "Q7", 2, 30, "C1", 1);
  expect_ref(ds->unresolved[3], TableId::candidates, 1, "org_id", "ZZ", 3, 4, "C2", kNone);
  expect_ref(ds->unresolved[4], TableId::committees, 0, "member_id", "M8", 2, 16, "M8", 2);
  expect_ref(ds->unresolved[5], TableId::transfers, 0, "org_id", "CB77", 2, 5, "X99", kNone);
  expect_ref(ds->unresolved[6], TableId::events, 1, "org_id", "CB55", 3, 21, "CB55", kNone);

  ASSERT_EQ(ds->read_issues.size(), 2u);
  const ReadIssue& dup = ds->read_issues[0];
  EXPECT_EQ(dup.table, TableId::members);
  EXPECT_EQ(dup.line, 5u);
  EXPECT_EQ(dup.column, 1u);
  EXPECT_EQ(dup.column_name, "id");
  EXPECT_EQ(dup.value, "M1");
  EXPECT_EQ(dup.org, 2u);
  EXPECT_EQ(dup.reason_en, "duplicate id, first at line 2");
  EXPECT_EQ(dup.reason_vi, "mã trùng, đã có ở dòng 2");
  const ReadIssue& neither = ds->read_issues[1];
  EXPECT_EQ(neither.table, TableId::events);
  EXPECT_EQ(neither.line, 4u);
  EXPECT_EQ(neither.column, 21u);
  EXPECT_EQ(neither.reason_en, "org_id or member_id is required");

  // The later duplicate is kept but the code finds the first row.
  EXPECT_EQ(ds->members.size(), 4u);
  EXPECT_EQ(ds->find_member("M1"), 0u);
  EXPECT_EQ(ds->find_member("M404"), kNone);
  EXPECT_EQ(ds->find_org("CB02"), 2u);
  EXPECT_EQ(ds->members[1].org_code, "NOPE");
  EXPECT_EQ(ds->members[1].org, kNone);

  const auto cb02 = ds->members_by_org.of(2);
  EXPECT_EQ(std::vector<std::uint32_t>(cb02.begin(), cb02.end()), (std::vector<std::uint32_t>{2, 3}));
  // Each member's payments are one run already: the unknown member's row stays where the file has it.
  EXPECT_EQ(ds->dues[0].member, kNone);
  EXPECT_EQ(ds->dues_line(0), 2u);
  EXPECT_EQ(ds->dues[1].member, 0u);
  EXPECT_EQ(ds->dues_line(1), 3u);
  EXPECT_EQ(ds->candidates[0].introducer[0], 0u);
  EXPECT_EQ(ds->candidates[0].introducer[1], kNone);
  EXPECT_EQ(ds->candidates[0].introducer_code[1], "Q7");
  EXPECT_EQ(ds->candidates[1].introducer[0], kNone);
  EXPECT_EQ(ds->candidates_by_org.of(1).size(), 1u);
  EXPECT_EQ(ds->seats_by_org.of(2).size(), 1u);
  EXPECT_EQ(ds->transfers[0].member_code, "X99");
  EXPECT_EQ(ds->events[0].org, kNone);  // an event naming only a member has no organization of its own
  EXPECT_TRUE(ds->events_by_org.of(2).empty());
  EXPECT_EQ(ds->events_by_member.of(2).size(), 1u);
}

TEST(DatasetTree, CyclesDanglingParentsAndPreorder) {
  const auto ds = read_ok(write_dataset("tree", {{"organizations.csv",
                                                  "id,parent_id,name,kind\n"
                                                  "A,,Root A,cap_tren_co_so\n"  // 0
                                                  "B,A,B,dang_bo_co_so\n"       // 1
                                                  "X,Y,X,chi_bo_co_so\n"        // 2: X <-> Y
                                                  "C,B,C,chi_bo_truc_thuoc\n"   // 3
                                                  "Y,X,Y,chi_bo_co_so\n"        // 4
                                                  "Z,Y,Z,to_dang\n"             // 5: below the cycle
                                                  "D,NOPE,D,chi_bo_co_so\n"     // 6: dangling parent
                                                  "S,S,S,chi_bo_co_so\n"        // 7: its own parent
                                                  "B,A,B again,chi_bo_co_so\n"  // 8: duplicate id
                                                  "E,A,E,chi_bo_co_so\n"},      // 9
                                                 {"members.csv", kMemberHeader}}));
  ASSERT_TRUE(ds);
  const Tree& t = ds->tree;
  using V = std::vector<std::uint32_t>;
  EXPECT_EQ(t.roots, (V{0, 2, 6, 7}));
  EXPECT_EQ(t.preorder, (V{0, 1, 3, 8, 9, 2, 4, 5, 6, 7}));
  EXPECT_EQ(t.in_cycle, (std::vector<std::uint8_t>{0, 0, 1, 0, 1, 0, 0, 1, 0, 0}));
  EXPECT_EQ(t.depth, (std::vector<std::uint16_t>{0, 1, 0, 2, 1, 2, 0, 0, 1, 1}));
  for (std::uint32_t o = 0; o < 10; ++o) EXPECT_EQ(t.preorder[t.position[o]], o);
  EXPECT_EQ(t.subtree_end[0], 5u);
  EXPECT_EQ(t.subtree_end[1], 3u);
  EXPECT_EQ(t.subtree_end[2], 8u);
  EXPECT_EQ(t.subtree_end[4], 8u);
  EXPECT_EQ(t.subtree_end[7], 10u);
  const auto sub = t.subtree(1);
  EXPECT_EQ(V(sub.begin(), sub.end()), (V{1, 3}));
  EXPECT_TRUE(t.within(3, 0));
  EXPECT_TRUE(t.within(5, 2));
  EXPECT_FALSE(t.within(6, 0));
  const auto kids = t.children.of(0);
  EXPECT_EQ(V(kids.begin(), kids.end()), (V{1, 8, 9}));
  EXPECT_EQ(ds->root, 0u);
  EXPECT_EQ(ds->path(3), "Root A › B › C");

  ASSERT_EQ(ds->unresolved.size(), 1u);
  expect_ref(ds->unresolved[0], TableId::organizations, 6, "parent_id", "NOPE", 8, 3, "D", 6);
  ASSERT_EQ(ds->read_issues.size(), 1u);
  EXPECT_EQ(ds->read_issues[0].line, 10u);
  EXPECT_EQ(ds->read_issues[0].org, 8u);
  EXPECT_EQ(ds->read_issues[0].reason_en, "duplicate id, first at line 3");
}

TEST(DatasetTree, RootIsTheFirstOrganizationWithoutParentElseTheFirstRoot) {
  auto ds = read_ok(write_dataset("root1", {{"organizations.csv",
                                             "id,parent_id,name,kind\nC,B,C,chi_bo_co_so\nD,NOPE,D,chi_bo_co_so\n"
                                             "B,,B,cap_tren_co_so\n"},
                                            {"members.csv", kMemberHeader}}));
  ASSERT_TRUE(ds);
  EXPECT_EQ(ds->root, 2u);  // D (row 1) is a root too, but it has a parent_id written
  ds = read_ok(write_dataset("root2", {{"organizations.csv",
                                        "id,parent_id,name,kind\nP,Q,P,chi_bo_co_so\n"
                                        "Q,P,Q,chi_bo_co_so\n"},
                                       {"members.csv", kMemberHeader}}));
  ASSERT_TRUE(ds);
  EXPECT_EQ(ds->root, 0u);  // only a cycle: its entry
  EXPECT_EQ(ds->tree.preorder, (std::vector<std::uint32_t>{0, 1}));
}

}  // namespace
}  // namespace kiemtra::test

namespace kiemtra::test {
namespace {

void expect_same_groups(const Groups& a, const Groups& b, const char* what) {
  EXPECT_EQ(a.offsets, b.offsets) << what;
  EXPECT_EQ(a.items, b.items) << what;
}

TEST(DatasetIndexes, BuiltOnTwoThreadsTheyAreTheOnesOneThreadBuilds) {
  // The bundled bloc has every table the groups are built from: events, ratings, meetings, attendance.
  const std::filesystem::path bloc = std::filesystem::path(KIEMTRA_SOURCE_DIR_FOR_TESTS) / "examples" / "khoi-cqt-2019";
  core::ReadOptions one, two;
  one.jobs = 1;
  two.jobs = 2;
  const auto a = read_ok(bloc, one);
  const auto b = read_ok(bloc, two);
  ASSERT_TRUE(a && b);
  ASSERT_FALSE(a->events.rows.empty());
  ASSERT_FALSE(a->attendance.rows.empty());
  EXPECT_EQ(a->root, b->root);
  EXPECT_EQ(a->tree.preorder, b->tree.preorder);
  EXPECT_EQ(a->tree.subtree_end, b->tree.subtree_end);
  expect_same_groups(a->members_by_org, b->members_by_org, "members_by_org");
  expect_same_groups(a->candidates_by_org, b->candidates_by_org, "candidates_by_org");
  expect_same_groups(a->seats_by_org, b->seats_by_org, "seats_by_org");
  expect_same_groups(a->transfers_by_org, b->transfers_by_org, "transfers_by_org");
  expect_same_groups(a->meetings_by_org, b->meetings_by_org, "meetings_by_org");
  expect_same_groups(a->events_by_org, b->events_by_org, "events_by_org");
  expect_same_groups(a->events_by_member, b->events_by_member, "events_by_member");
  expect_same_groups(a->ratings_by_member, b->ratings_by_member, "ratings_by_member");
  expect_same_groups(a->attendance_by_member, b->attendance_by_member, "attendance_by_member");
  EXPECT_FALSE(b->events_by_member.items.empty());
  EXPECT_FALSE(b->attendance_by_member.items.empty());
  EXPECT_EQ(b->payments_by_member.ranges.size(), b->members.size());
}

// Attendance resolves its meetings through the row before's meeting when the rows follow the meetings' order
// (finish_attendance): each row must get what the index gives, whatever the order, the gaps, a duplicate
// meeting id or a dangling one in between.
TEST(DatasetRefs, AttendanceMeetingsAreTheIndexsWhateverTheirOrder) {
  const std::string meetings = "id,org_id,date,kind\n"
                               "H1,CB01,2023-01-05,thuong_ky\n"
                               "H2,CB01,2023-02-05,thuong_ky\n"
                               "H3,CB01,2023-03-05,thuong_ky\n"
                               "H2,CB01,2023-04-05,thuong_ky\n"  // a duplicate of row 1: H2 is row 1
                               "H5,CB01,2023-05-05,thuong_ky\n"
                               "H6,CB01,2023-06-05,thuong_ky\n"
                               "H7,CB01,2023-07-05,thuong_ky\n"
                               "H8,CB01,2023-08-05,thuong_ky\n"
                               "H9,CB01,2023-09-05,thuong_ky\n"
                               "H10,CB01,2023-10-05,thuong_ky\n";
  const std::string attendance = "meeting_id,member_id,present\n"
                                 "H1,M1,vang\n"
                                 "H1,M2,vang\n"    // the same meeting again
                                 "H3,M1,vang\n"    // two ahead
                                 "H2,M1,vang\n"    // back, past the duplicate that lies ahead: the first H2
                                 "H3,M2,vang\n"
                                 "H2,M2,vang\n"    // one back from H3's row... and the duplicate is one ahead
                                 "H9,M1,vang\n"    // beyond the rows looked at: the index
                                 "HX,M1,vang\n"    // no such meeting
                                 "H10,M1,vang\n"   // after a dangling row
                                 "H1,M2,vang\n";   // far back
  const auto ds = read_ok(write_dataset("attendance-guess", {{"organizations.csv", kOrgs},
                                                              {"members.csv", kMembers},
                                                              {"meetings.csv", meetings},
                                                              {"attendance.csv", attendance}}));
  ASSERT_TRUE(ds);
  ASSERT_EQ(ds->attendance.size(), 10u);
  const std::uint32_t expected[] = {0, 0, 2, 1, 2, 1, 8, kNone, 9, 0};
  for (std::size_t i = 0; i < 10; ++i) {
    EXPECT_EQ(ds->attendance[i].meeting, expected[i]) << "row " << i;
    if (expected[i] != kNone) {
      EXPECT_EQ(ds->attendance[i].meeting, ds->find_meeting(ds->attendance[i].meeting_code));
    }
  }
  ASSERT_EQ(ds->unresolved.size(), 1u);
  expect_ref(ds->unresolved[0], TableId::attendance, 7, "meeting_id", "HX", 9, 1, "M1", 1);
}

TEST(DatasetRefs, MemberReferencesAreTheIndexsWhateverTheirOrder) {
  // The reader looks at the few member rows after the last one found before it probes the index: the row it
  // takes must be the one the index gives (the first of a duplicated id), ahead, behind or far.
  std::string members = kMemberHeader;
  for (const char* id : {"A", "B", "C", "B", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M"})
    members += std::string(id) + ",CB01,Nguyễn Văn An,nam,1980-01-02,chinh_thuc,2005-03-04\n";
  const std::string meetings = "id,org_id,date,kind\nH1,CB01,2023-01-05,thuong_ky\n";
  const std::string attendance =
      "meeting_id,member_id,present\n"
      "H1,A,vang\n"
      "H1,C,vang\n"   // two ahead
      "H1,B,vang\n"   // back; its duplicate lies one ahead of C: the first B
      "H1,E,vang\n"   // three ahead, past the duplicate B
      "H1,B,vang\n"   // far back
      "H1,M,vang\n"   // beyond the rows looked at: the index
      "H1,X,vang\n"   // no such member
      "H1,A,vang\n"   // after a dangling row
      "H1,D,vang\n"   // four ahead, the duplicate B among the rows between
      "H1,D,vang\n";  // the same member again
  const auto ds = read_ok(write_dataset("member-guess", {{"organizations.csv", kOrgs},
                                                         {"members.csv", members},
                                                         {"meetings.csv", meetings},
                                                         {"attendance.csv", attendance}}));
  ASSERT_TRUE(ds);
  ASSERT_EQ(ds->attendance.size(), 10u);
  const std::uint32_t expected[] = {0, 2, 1, 5, 1, 13, kNone, 0, 4, 4};
  for (std::size_t i = 0; i < 10; ++i) {
    EXPECT_EQ(ds->attendance[i].member, expected[i]) << "row " << i;
    if (expected[i] != kNone) {
      EXPECT_EQ(ds->attendance[i].member, ds->find_member(ds->attendance[i].member_code));
    }
  }
}

}  // namespace
}  // namespace kiemtra::test
