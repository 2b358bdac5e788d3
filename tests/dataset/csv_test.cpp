// CSV form: RFC 4180 quoting, BOM, CRLF, NFD text, header aliases, extra columns, short and long rows.
#include <gtest/gtest.h>

#include <kiemtra/domain.hpp>

#include "dataset_test_util.hpp"

namespace kiemtra::test {
namespace {

// A row's texts are 8-byte TextViews whose length has 16 bits: a cell past 64 KB keeps its whole text (the
// arena places its length beside it), and the short cells around it read as before.
TEST(DatasetCsv, CellsLongerThanSixtyFourKilobytesAreKeptWhole) {
  const std::string name(70000, 'A');
  const std::string note = std::string(0xFFFF, 'n') + "end";
  const auto dir = write_dataset("long_cells", {{"organizations.csv", kOrgs},
                                                {"members.csv",
                                                 "id,org_id,full_name,gender,birth_date,status,admitted_on,note\n"
                                                 "M1,CB01," + name + ",nam,1980-01-02,chinh_thuc,2005-03-04," + note +
                                                     "\n"
                                                     "M2,CB01,Trần Bình,nu,1990-05-06,du_bi,2019-01-01,x\n"}});
  const auto ds = read_ok(dir);
  ASSERT_TRUE(ds);
  ASSERT_EQ(ds->members.size(), 2u);
  EXPECT_EQ(ds->members[0].full_name.size(), name.size());
  EXPECT_EQ(ds->members[0].full_name, name);
  EXPECT_EQ(ds->members.extra(0, "note"), note);
  EXPECT_EQ(ds->members[0].org_code, "CB01");
  EXPECT_EQ(ds->members[1].full_name, "Trần Bình");
  EXPECT_EQ(ds->members.extra(1, "note"), "x");
}

TEST(DatasetCsv, QuotedCommasNewlinesAndDoubledQuotes) {
  const auto dir =
      write_dataset("quoting", {{"organizations.csv", kOrgs},
                                {"members.csv",
                                 "id,org_id,full_name,gender,birth_date,status,admitted_on,note\n"
                                 "M1,CB01,\"Nguyễn Văn An, con\",nam,1980-01-02,chinh_thuc,2005-03-04,\"dòng 1\n"
                                 "dòng 2\"\n"
                                 "M2,CB01,\"Trần \"\"Bình\"\"\",nu,1990-05-06,du_bi,2019-01-01,x\n"
                                 "M3,CB02,Lê Văn Cường,nam,31/02/1975,chinh_thuc,2000-09-10,\n"}});
  const auto ds = read_ok(dir);
  ASSERT_TRUE(ds);
  ASSERT_EQ(ds->members.size(), 3u);
  EXPECT_EQ(ds->members[0].full_name, "Nguyễn Văn An, con");
  EXPECT_EQ(ds->members.extra(0, "note"), "dòng 1\ndòng 2");
  EXPECT_EQ(ds->members[0].line, 2u);
  EXPECT_EQ(ds->members[1].full_name, "Trần \"Bình\"");
  EXPECT_EQ(ds->members[1].line, 4u);  // the quoted newline of M1 takes line 3
  EXPECT_EQ(ds->members[2].line, 5u);
  const ReadIssue is = only_issue(*ds);
  EXPECT_EQ(is.table, TableId::members);
  EXPECT_EQ(is.file, (dir / "members.csv").string());
  EXPECT_EQ(is.line, 5u);
  EXPECT_EQ(is.column, 26u);  // in characters: "M3,CB02,Lê Văn Cường,nam," is 25 (30 bytes)
  EXPECT_EQ(is.column_name, "birth_date");
  EXPECT_EQ(is.value, "31/02/1975");
  EXPECT_EQ(is.row_key, "M3");
  EXPECT_EQ(is.org, 2u);
  EXPECT_EQ(is.reason_en, "no such date");
  EXPECT_EQ(is.reason_vi, "ngày không tồn tại");
  EXPECT_FALSE(ds->members[2].birth_date.valid());                     // the bad field keeps its default
  EXPECT_EQ(ds->members[2].admitted_on, Date::from_ymd(2000, 9, 10));  // the rest of the row is read
}

TEST(DatasetCsv, BomAndCrlf) {
  std::string orgs = "\xEF\xBB\xBFid,parent_id,name,kind\r\nT,,Khối,cap_tren_co_so\r\nCB01,T,Chi bộ 1,chi_bo_co_so\r\n";
  std::string members = "\xEF\xBB\xBF" + kMemberHeader.substr(0, kMemberHeader.size() - 1) +
                        "\r\nM1,CB01,An,nam,1980-01-02,chinh_thuc,2005-03-04\r\n"
                        "M2,CB01,Bình,nu,1990-05-06,du_bi,2019-13-01\r\n";
  const auto ds = read_ok(write_dataset("bom", {{"organizations.csv", orgs}, {"members.csv", members}}));
  ASSERT_TRUE(ds);
  ASSERT_EQ(ds->organizations.size(), 2u);
  EXPECT_EQ(ds->organizations[0].id, "T");
  EXPECT_EQ(ds->organizations[1].kind, OrgKind::chi_bo_co_so);  // no '\r' left on the last field
  EXPECT_EQ(ds->members[1].line, 3u);
  const ReadIssue is = only_issue(*ds);
  EXPECT_EQ(is.line, 3u);
  EXPECT_EQ(is.column, 34u);  // "M2,CB01,Bình,nu,1990-05-06,du_bi," is 34 bytes, 33 characters
  EXPECT_EQ(is.value, "2019-13-01");
}

TEST(DatasetCsv, DecomposedTextIsNormalizedAndReferencesMatch) {
  // "Đà" written NFC in organizations.csv and NFD (a + combining grave) in members.csv.
  const std::string orgs = "id,parent_id,name,kind\nT,,Khối,cap_tren_co_so\nCBĐà,T,Chi bộ Đà Nẵng,chi_bo_co_so\n";
  const std::string members = kMemberHeader +
                              "M1,CBĐa\xCC\x80,Nguye\xCC\x82\xCC\x83n Va\xCC\x86n A\xCC\x81nh,nam,1980-01-02,"
                              "Chi\xCC\x81nh thu\xCC\x9B\xCC\x81\x63,2005-03-04\n";
  const auto ds = read_ok(write_dataset("nfd", {{"organizations.csv", orgs}, {"members.csv", members}}));
  ASSERT_TRUE(ds);
  EXPECT_TRUE(ds->read_issues.empty());
  EXPECT_TRUE(ds->unresolved.empty());
  EXPECT_EQ(ds->members[0].full_name, "Nguyễn Văn Ánh");
  EXPECT_EQ(ds->members[0].org, 1u);
  EXPECT_EQ(ds->members[0].org_code, "CBĐà");
  EXPECT_EQ(ds->members[0].status, MemberStatus::chinh_thuc);
}

TEST(DatasetCsv, HeaderAliasesFromTheManifest) {
  const auto dir = write_dataset(
      "aliases",
      {{"dataset.yaml", "name: Thử\ncolumns:\n  members:\n    full_name: \"Họ và tên\"\n    birth_date: Ngày sinh\n"},
       {"organizations.csv", kOrgs},
       {"members.csv",
        "ID , org_id,HỌ VÀ TÊN,gender,Ngày sinh,status,admitted_on\n"
        "M1,CB01,Nguyễn Văn An,nam,02/01/1980,Chính thức,04/03/2005\n"}});
  const auto ds = read_ok(dir);
  ASSERT_TRUE(ds);
  EXPECT_EQ(ds->name, "Thử");
  EXPECT_TRUE(ds->read_issues.empty());
  EXPECT_EQ(ds->members[0].full_name, "Nguyễn Văn An");
  EXPECT_EQ(ds->members[0].birth_date, Date::from_ymd(1980, 1, 2));
  EXPECT_TRUE(ds->members.extra_names.empty());
}

TEST(DatasetCsv, ExtraColumnsAreKeptByHeaderName) {
  const auto ds =
      read_ok(write_dataset("extras", {{"organizations.csv",
                                        "id,parent_id,name,kind,Mã tỉnh,ghi_chu\nT,,Khối,cap_tren_co_so,48,\n"
                                        "CB01,T,Chi bộ 1,chi_bo_co_so,48,\"mới, thành lập\"\n"},
                                       {"members.csv", kMemberHeader}}));
  ASSERT_TRUE(ds);
  const auto& orgs = ds->organizations;
  ASSERT_EQ(orgs.extra_names, (std::vector<std::string>{"Mã tỉnh", "ghi_chu"}));
  EXPECT_EQ(orgs.extra_values.size(), 4u);
  EXPECT_EQ(orgs.extra(0, "Mã tỉnh"), "48");
  EXPECT_EQ(orgs.extra(0, "ghi_chu"), "");
  EXPECT_EQ(orgs.extra(1, "ghi_chu"), "mới, thành lập");
  EXPECT_EQ(orgs.extra(1, "missing"), std::nullopt);
  EXPECT_TRUE(ds->members.empty());
  EXPECT_TRUE(ds->members.present);
}

TEST(DatasetCsv, ShortRowsReadEmptyValuesAndLongRowsAreAnIssue) {
  const auto ds = read_ok(write_dataset(
      "widths", {{"organizations.csv", kOrgs},
                 {"members.csv", kMemberHeader + "M1,CB01,An,nam,1980-01-02,chinh_thuc\n"
                                                 "\n"
                                                 "M2,CB01,Bình,nu,1990-05-06,du_bi,2019-01-01,,\n"
                                                 " , ,\n"
                                                 "M3,CB01,Cường,nam,1990-05-06,du_bi,2019-01-01,thừa\n"}}));
  ASSERT_TRUE(ds);
  ASSERT_EQ(ds->members.size(), 3u);  // blank lines are skipped, line numbers still count them
  EXPECT_EQ(ds->members[2].line, 6u);
  ASSERT_EQ(ds->read_issues.size(), 2u);
  const ReadIssue& missing = ds->read_issues[0];
  EXPECT_EQ(missing.line, 2u);
  EXPECT_EQ(missing.column, 1u);
  EXPECT_EQ(missing.column_name, "admitted_on");
  EXPECT_EQ(missing.reason_en, "required value missing");
  const ReadIssue& extra = ds->read_issues[1];
  EXPECT_EQ(extra.line, 6u);
  EXPECT_EQ(extra.column, 47u);
  EXPECT_EQ(extra.value, "thừa");
  EXPECT_EQ(extra.row_key, "M3");
  EXPECT_EQ(extra.reason_en, "the row has 8 fields, more than the 7 columns of the header");
}

TEST(DatasetCsv, EveryTableAndEveryValueForm) {
  const auto dir = write_dataset(
      "all",
      {{"dataset.yaml", "as_of: 30/09/2019\ntargets:\n  admissions: 120\n"},
       {"organizations.csv",
        "id,parent_id,name,kind,established_on,last_congress_on,dissolved_on\n"
        "T,,Khối,Cấp trên cơ sở,1990-01-01,,\n"
        "DB1,T,Đảng bộ 1,Đảng bộ cơ sở,,15/05/2020,\n"
        "BP1,DB1,Bộ phận,dang_bo_bo_phan,,,\n"
        "CB1,BP1,Chi bộ,Chi bộ trực thuộc,,,31-12-2030\n"},
       {"members.csv",
        "id,org_id,full_name,gender,birth_date,citizen_id,status,admitted_on,official_on,education,card_number,"
        "card_issued_on,exempt,dues_category,monthly_income,readmitted,decision_on,first_decision_on,"
        "previous_exit_on\n"
        "M1,CB1,An,Nam,1970-01-01,001070000001,Chính thức,2000-01-01,2001-01-01,12/12,0123,2002-02-02,x,Lương,"
        "\"9.000.000\",0,20/12/1999,,\n"
        "M2,CB1,Bình,F,1998-01-01,,du_bi,2019-01-01,,9/12,,,,\"Học sinh, sinh viên\",,có,2018-12-20,2015-01-01,"
        "2016-06-30\n"},
       {"dues.csv",
        "member_id,period,amount,paid_on,income_basis\nM1,2019-01,\"90,000\",05/01/2019,9000000\n"
        "M1,02/2019,90.000,,\n"},
       {"candidates.csv",
        "id,org_id,full_name,gender,birth_date,education,course_certificate_on,introducer_1,introducer_2,"
        "introducer_1_since,introducer_2_since,youth_union_introduced,cell_resolution_on,decision_on,admitted_on,"
        "readmission,previous_exit_on,trade_union_introduced,introducer_1_replacement,introducer_2_replacement,"
        "record_cleared_on\n"
        "C1,CB1,Cúc,nữ,2000-02-02,12/12,2019-03-03,M1,M2,2018-01-01,2018-02-02,1,2019-06-06,2019-07-07,"
        "2019-08-08,false,,có,,x,01/02/2015\n"},
       {"committees.csv",
        "org_id,term,member_id,role,planned,first_time\nCB1,2020-2025,M1,Bí thư,0,1\n"
        "CB1,2020-2025,M2,Phó Bí thư,true,\n"},
       {"transfers.csv",
        "member_id,org_id,full_name,direction,issued_on,presented_on,counterpart\n"
        "X9,CB1,Dũng,Đi,2019-04-04,2019-04-20,Đảng bộ tỉnh khác\n"},
       {"events.csv",
        "kind,date,org_id,member_id,detail\nThẻ đảng viên,2019-05-05,,M1,\n"
        "Kiểm tra tổ chức,2019-06-06,CB1,,\nky_luat,2019-07-07,,M2,khien_trach\n"}});
  const auto ds = read_ok(dir);
  ASSERT_TRUE(ds);
  for (const auto& is : ds->read_issues) ADD_FAILURE() << is.line << ":" << is.column << " " << is.reason_en;
  EXPECT_TRUE(ds->unresolved.empty());
  EXPECT_EQ(ds->as_of, Date::from_ymd(2019, 9, 30));
  EXPECT_EQ(ds->period_start, Date::from_ymd(2019, 1, 1));
  EXPECT_EQ(ds->target("admissions"), 120);
  EXPECT_EQ(ds->name, "dataset-all");

  const auto& o = ds->organizations;
  EXPECT_EQ(o[1].kind, OrgKind::dang_bo_co_so);
  EXPECT_EQ(o[1].last_congress_on, Date::from_ymd(2020, 5, 15));
  EXPECT_EQ(o[3].dissolved_on, Date::from_ymd(2030, 12, 31));
  EXPECT_EQ(o[3].parent, 2u);

  const Member& m1 = ds->members[0];
  EXPECT_EQ(m1.gender, Gender::nam);
  EXPECT_EQ(m1.citizen_id, "001070000001");
  EXPECT_EQ(m1.official_on, Date::from_ymd(2001, 1, 1));
  EXPECT_EQ(m1.education, 12);
  EXPECT_EQ(m1.card_number, "0123");
  EXPECT_TRUE(m1.exempt);
  EXPECT_EQ(m1.dues_category, DuesCategory::luong);
  EXPECT_EQ(m1.monthly_income, 9000000);
  EXPECT_FALSE(m1.readmitted);
  EXPECT_EQ(m1.decision_on, Date::from_ymd(1999, 12, 20));
  EXPECT_FALSE(m1.first_decision_on.valid());
  EXPECT_FALSE(m1.previous_exit_on.valid());
  EXPECT_EQ(party_age_from(m1), Date::from_ymd(1999, 12, 20));
  const Member& m2 = ds->members[1];
  EXPECT_EQ(m2.decision_on, Date::from_ymd(2018, 12, 20));
  EXPECT_EQ(m2.first_decision_on, Date::from_ymd(2015, 1, 1));
  EXPECT_EQ(m2.previous_exit_on, Date::from_ymd(2016, 6, 30));
  // Readmitted: from the first decision, moved on by the time out (30/06/2016 to 20/12/2018, 903 days).
  EXPECT_EQ(party_age_from(m2), Date::from_ymd(2015, 1, 1).plus_days(903));
  EXPECT_EQ(m2.gender, Gender::nu);
  EXPECT_EQ(m2.education, 9);
  EXPECT_EQ(m2.monthly_income, kNoMoney);
  EXPECT_TRUE(m2.readmitted);
  EXPECT_EQ(m2.dues_category, DuesCategory::hoc_sinh_sinh_vien);

  ASSERT_EQ(ds->dues.size(), 2u);
  EXPECT_EQ(ds->dues[0].amount, 90000);
  EXPECT_EQ(ds->dues[0].period, Month::of(2019, 1));
  EXPECT_EQ(ds->dues[0].paid_on, Date::from_ymd(2019, 1, 5));
  EXPECT_EQ(ds->income_basis(0), 9000000);
  EXPECT_EQ(ds->income_basis(ds->dues[0]), 9000000);
  EXPECT_EQ(ds->dues[1].period, Month::of(2019, 2));
  EXPECT_EQ(ds->income_basis(1), kNoMoney);
  EXPECT_EQ(ds->payments_of(0).size(), 2u);

  const Candidate& c = ds->candidates[0];
  EXPECT_EQ(c.introducer[0], 0u);
  EXPECT_EQ(c.introducer[1], 1u);
  EXPECT_EQ(c.introducer_code[1], "M2");
  EXPECT_EQ(c.introducer_since[1], Date::from_ymd(2018, 2, 2));
  EXPECT_TRUE(c.youth_union_introduced);
  EXPECT_FALSE(c.readmission);
  EXPECT_EQ(c.admitted_on, Date::from_ymd(2019, 8, 8));
  EXPECT_TRUE(c.trade_union_introduced);
  EXPECT_FALSE(c.introducer_replacement[0]);
  EXPECT_TRUE(c.introducer_replacement[1]);
  EXPECT_EQ(c.record_cleared_on, Date::from_ymd(2015, 2, 1));

  const auto& seats = ds->committees;
  EXPECT_EQ(seats[0].role, CommitteeRole::bi_thu);
  EXPECT_EQ(seats[0].term, "2020-2025");
  EXPECT_EQ(seats[0].term_start, 2020);
  EXPECT_EQ(seats[0].term_end, 2025);
  EXPECT_TRUE(seats[0].first_time);
  EXPECT_TRUE(seats[1].planned);
  EXPECT_EQ(seats[1].role, CommitteeRole::pho_bi_thu);

  EXPECT_EQ(ds->transfers[0].direction, TransferDirection::di);
  EXPECT_EQ(ds->transfers[0].member_code, "X9");
  EXPECT_EQ(ds->transfers[0].counterpart, "Đảng bộ tỉnh khác");
  EXPECT_EQ(ds->transfers[0].kind, TransferKind::chinh_thuc);  // no kind column: official, as before

  EXPECT_EQ(ds->events[0].kind, EventKind::the_dang_vien);
  EXPECT_EQ(ds->events[1].kind, EventKind::kiem_tra_to_chuc);
  EXPECT_EQ(ds->events[2].detail, "khien_trach");
  EXPECT_EQ(ds->events_by_member.of(1).size(), 1u);
  EXPECT_EQ(ds->events_by_org.of(3).size(), 1u);
}

}  // namespace
}  // namespace kiemtra::test
