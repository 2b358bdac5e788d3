// Each kind of unreadable or missing value becomes a read issue at the right file:line:column.
#include <gtest/gtest.h>

#include "dataset_test_util.hpp"

namespace kiemtra::test {
namespace {

struct Want {
  std::uint32_t line, column;
  std::string column_name, value, reason_en;
};

TEST(DatasetBadValues, EachKindIsAnIssueWithItsPositionAndValue) {
  const auto dir = write_dataset(
      "bad-values",
      {{"organizations.csv", kOrgs},
       {"members.csv",
        "id,org_id,full_name,gender,birth_date,citizen_id,status,admitted_on,education,exempt,dues_category,"
        "monthly_income\n"
        "M1,CB01,An,nam,1980-02-30,,chinh_thuc,2005-03-04,,,,\n"
        "M2,CB01,Bình,giới,1990-05-06,,du_bi,2019-01-01,,,,\n"
        "M3,CB01,Cường,nam,1975-07-08,12345,chinh_thuc,2000-09-10,,,,\n"
        "M4,CB01,Dũng,nam,1975-07-08,,chinh_thuc,2000-09-10,10/10,,,\n"
        "M5,CB01,Em,nu,1975-07-08,,chinh_thuc,2000-09-10,,có lẽ,,\n"
        "M6,CB01,Giang,nu,1975-07-08,,chinh_thuc,2000-09-10,,,công nhân,\n"
        "M7,CB01,Hà,nu,1975-07-08,,chinh_thuc,2000-09-10,,,,\"1.490.000,50\"\n"
        "M8,CB01,,nu,,,chinh_thuc,2000-09-10,,,,\n"},
       {"dues.csv", "member_id,period,amount,paid_on\nM1,2019-13,1000\nM1,2019-01,một\nM1,2019-01,1000,31/12/19\n"},
       {"committees.csv", "org_id,term,member_id,role\nCB01,2020-2015,M1,bi_thu\nCB01,2020-2025,M1,chủ tịch\n"}});
  const auto ds = read_ok(dir);
  ASSERT_TRUE(ds);
  const std::vector<Want> want = {
      {2, 16, "birth_date", "1980-02-30", "no such date"},
      {3, 14, "gender", "giới", "unknown value (expected one of: nam, nu)"},
      {4, 30, "citizen_id", "12345", "citizen id must be exactly 12 digits"},
      {5, 52, "education", "10/10", "education must be N/12 with N from 0 to 12"},
      {6, 50, "exempt", "có lẽ", "not a yes/no value (1/0, true/false, có/không, x or empty)"},
      {7, 54, "dues_category", "công nhân",
       "unknown value (expected one of: luong, huu_tri, hoc_sinh_sinh_vien, nong_dan, tu_do, nuoc_ngoai)"},
      {8, 52, "monthly_income", "1.490.000,50", "not a whole amount of đồng, e.g. 1490000, 1.490.000 or 1,490,000"},
      {9, 9, "full_name", "", "required value missing"},
      {9, 13, "birth_date", "", "required value missing"},
      {2, 4, "period", "2019-13", "not a month (expected 2019-09 or 09/2019)"},
      {3, 12, "amount", "một", "not a whole amount of đồng, e.g. 1490000, 1.490.000 or 1,490,000"},
      {4, 17, "paid_on", "31/12/19", "not a date (expected 2019-09-30 or 30/09/2019)"},
      {2, 6, "term", "2020-2015", "term must be two years like 2020-2025"},
      {3, 19, "role", "chủ tịch", "unknown value (expected one of: bi_thu, pho_bi_thu, thuong_vu, cap_uy_vien)"},
  };
  ASSERT_EQ(ds->read_issues.size(), want.size());
  for (std::size_t i = 0; i < want.size(); ++i) {
    const ReadIssue& is = ds->read_issues[i];
    const Want& w = want[i];
    EXPECT_EQ(is.line, w.line) << i;
    EXPECT_EQ(is.column, w.column) << i;
    EXPECT_EQ(is.column_name, w.column_name) << i;
    EXPECT_EQ(is.value, w.value) << i;
    EXPECT_EQ(is.reason_en, w.reason_en) << i;
    EXPECT_FALSE(is.reason_vi.empty()) << i;
  }
  EXPECT_EQ(ds->read_issues[0].table, TableId::members);
  EXPECT_EQ(ds->read_issues[9].table, TableId::dues);
  EXPECT_EQ(ds->read_issues[9].row_key, "M1");
  EXPECT_EQ(ds->read_issues[9].org, 1u);  // the member's cell
  EXPECT_EQ(ds->read_issues[12].table, TableId::committees);
  EXPECT_EQ(ds->read_issues[12].row_key, "M1");

  // Readable values of the same rows are kept; bad ones keep their defaults.
  EXPECT_FALSE(ds->members[0].birth_date.valid());
  EXPECT_EQ(ds->members[0].status, MemberStatus::chinh_thuc);
  EXPECT_EQ(ds->members[1].gender, Gender::unknown);
  EXPECT_EQ(ds->members[2].citizen_id, "");
  EXPECT_EQ(ds->members[3].education, -1);
  EXPECT_FALSE(ds->members[4].exempt);
  EXPECT_EQ(ds->members[5].dues_category, DuesCategory::unknown);
  EXPECT_EQ(ds->members[0].dues_category, DuesCategory::none);
  EXPECT_EQ(ds->members[6].monthly_income, kNoMoney);
  EXPECT_EQ(ds->members[7].full_name, "");
  EXPECT_FALSE(ds->dues[0].period.valid());
  EXPECT_EQ(ds->dues[1].amount, 0);
  EXPECT_EQ(ds->dues[1].period, Month::of(2019, 1));
  EXPECT_EQ(ds->committees[0].term, "2020-2015");
  EXPECT_EQ(ds->committees[0].term_start, 0);
  EXPECT_EQ(ds->committees[0].role, CommitteeRole::bi_thu);
  EXPECT_EQ(ds->committees[1].role, CommitteeRole::unknown);
  EXPECT_EQ(ds->committees[1].term_end, 2025);
}

}  // namespace
}  // namespace kiemtra::test

namespace kiemtra::test {
namespace {

TEST(DatasetBadValues, ALabelReadBeforeIsReadAgainAndAnUnknownOneAfterItIsStillAnIssue) {
  const auto dir = write_dataset(
      "repeated-labels", {{"organizations.csv", kOrgs},
                          {"members.csv", kMemberHeader + "M1,CB01,An,Nữ,1980-01-02,Chính thức,2005-03-04\n"
                                                          "M2,CB01,Bình,Nữ,1990-05-06,Chính thức,2019-01-01\n"
                                                          "M3,CB01,Cường,Nừ,1975-07-08,chính thức,2000-09-10\n"
                                                          "M4,CB01,Dũng,NỮ,1975-07-08,Dự bị,2000-09-10\n"
                                                          "M5,CB01,Em,Nữ,1975-07-08,Chính thức,2000-09-10\n"}});
  const auto ds = read_ok(dir);
  ASSERT_TRUE(ds);
  ASSERT_EQ(ds->members.size(), 5u);
  const std::vector<Gender> genders = {Gender::nu, Gender::nu, Gender::unknown, Gender::nu, Gender::nu};
  const std::vector<MemberStatus> statuses = {MemberStatus::chinh_thuc, MemberStatus::chinh_thuc,
                                              MemberStatus::chinh_thuc, MemberStatus::du_bi, MemberStatus::chinh_thuc};
  for (std::size_t i = 0; i < 5; ++i) {
    EXPECT_EQ(ds->members[i].gender, genders[i]) << i;
    EXPECT_EQ(ds->members[i].status, statuses[i]) << i;
  }
  ASSERT_EQ(ds->read_issues.size(), 1u);
  EXPECT_EQ(ds->read_issues[0].value, "Nừ");
  EXPECT_EQ(ds->read_issues[0].line, 4u);
}

}  // namespace
}  // namespace kiemtra::test
