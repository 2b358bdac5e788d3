// The single-file YAML form: tables as lists of maps, values read like CSV, positions from YAML marks.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "dataset_test_util.hpp"

namespace kiemtra::test {
namespace {

using ::testing::HasSubstr;

const std::string kYaml =
    "name: Chi bộ thử\n"                                            // 1
    "as_of: 2019-09-30\n"                                           // 2
    "period_start: 2019-07-01\n"                                    // 3
    "organizations:\n"                                              // 4
    "  - {id: T, parent_id: , name: Khối, kind: cap_tren_co_so}\n"  // 5
    "  - id: CB01\n"                                                // 6
    "    parent_id: T\n"                                            // 7
    "    name: Chi bộ 1\n"                                          // 8
    "    kind: Chi bộ cơ sở\n"                                      // 9
    "    ma_tinh: 48\n"                                             // 10
    "members:\n"                                                    // 11
    "  - id: M1\n"                                                  // 12
    "    org_id: CB01\n"                                            // 13
    "    full_name: Nguye\xCC\x82\xCC\x83n Văn An\n"                // 14 (NFD)
    "    gender: nam\n"                                             // 15
    "    birth_date: 31/02/1980\n"                                  // 16
    "    status: chinh_thuc\n"                                      // 17
    "    admitted_on: 2005-03-04\n"                                 // 18
    "    exempt: true\n"                                            // 19
    "    monthly_income: 1.490.000\n"                               // 20
    "  - id: M2\n"                                                  // 21
    "    org_id: CB09\n"                                            // 22
    "    full_name: Trần Thị Bình\n"                                // 23
    "    gender: nu\n"                                              // 24
    "    birth_date: 1990-05-06\n"                                  // 25
    "    status: du_bi\n"                                           // 26
    "    admitted_on: [2019]\n"                                     // 27
    "dues:\n"                                                       // 28
    "  - {member_id: M1, period: 2019-08, amount: 14900}\n"         // 29
    "events: []\n";                                                 // 30

TEST(DatasetYaml, SingleFileFormReadsEveryTableWithPositions) {
  const auto dir = write_dataset("yaml", {{"fixture.yaml", kYaml}});
  const auto ds = read_ok(dir / "fixture.yaml");
  ASSERT_TRUE(ds);
  EXPECT_EQ(ds->name, "Chi bộ thử");
  EXPECT_EQ(ds->as_of, Date::from_ymd(2019, 9, 30));
  EXPECT_EQ(ds->period_start, Date::from_ymd(2019, 7, 1));
  const std::string file = (dir / "fixture.yaml").string();
  EXPECT_EQ(ds->organizations.file, file);
  EXPECT_TRUE(ds->organizations.present);
  ASSERT_EQ(ds->organizations.size(), 2u);
  EXPECT_EQ(ds->organizations[0].line, 5u);
  EXPECT_EQ(ds->organizations[1].line, 6u);
  EXPECT_EQ(ds->organizations[1].kind, OrgKind::chi_bo_co_so);
  EXPECT_EQ(ds->organizations[1].parent, 0u);
  EXPECT_EQ(ds->organizations.extra(1, "ma_tinh"), "48");
  EXPECT_EQ(ds->organizations.extra(0, "ma_tinh"), "");
  ASSERT_EQ(ds->members.size(), 2u);
  EXPECT_EQ(ds->members[0].full_name, "Nguyễn Văn An");
  EXPECT_TRUE(ds->members[0].exempt);
  EXPECT_EQ(ds->members[0].monthly_income, 1490000);
  EXPECT_EQ(ds->members[1].line, 21u);
  EXPECT_TRUE(ds->dues.present);
  EXPECT_EQ(ds->dues[0].amount, 14900);
  EXPECT_EQ(ds->payments_of(0).size(), 1u);
  EXPECT_TRUE(ds->events.present);
  EXPECT_FALSE(ds->candidates.present);
  EXPECT_EQ(ds->candidates.file, "");

  ASSERT_EQ(ds->read_issues.size(), 2u);
  const ReadIssue& date = ds->read_issues[0];
  EXPECT_EQ(date.file, file);
  EXPECT_EQ(date.line, 16u);
  EXPECT_EQ(date.column, 17u);
  EXPECT_EQ(date.column_name, "birth_date");
  EXPECT_EQ(date.value, "31/02/1980");
  EXPECT_EQ(date.row_key, "M1");
  EXPECT_EQ(date.org, 1u);
  const ReadIssue& shape = ds->read_issues[1];
  EXPECT_EQ(shape.line, 27u);
  EXPECT_EQ(shape.column, 18u);
  EXPECT_EQ(shape.column_name, "admitted_on");
  EXPECT_EQ(shape.row_key, "M2");
  EXPECT_EQ(shape.org, kNone);

  ASSERT_EQ(ds->unresolved.size(), 1u);
  const UnresolvedRef& ref = ds->unresolved[0];
  EXPECT_EQ(ref.table, TableId::members);
  EXPECT_EQ(ref.row, 1u);
  EXPECT_EQ(ref.column_name, "org_id");
  EXPECT_EQ(ref.value, "CB09");
  EXPECT_EQ(ref.line, 22u);
  EXPECT_EQ(ref.column, 13u);
  EXPECT_EQ(ref.row_key, "M2");
}

TEST(DatasetYaml, DirectoryWhoseManifestHoldsTheTables) {
  const auto dir = write_dataset("yaml-dir", {{"dataset.yaml", kYaml}, {"members.csv", "ignored\n"}});
  const auto ds = read_ok(dir);
  ASSERT_TRUE(ds);
  EXPECT_EQ(ds->members.file, (dir / "dataset.yaml").string());
  EXPECT_EQ(ds->members.size(), 2u);
}

TEST(DatasetYaml, DefaultNameAndPeriodStart) {
  const auto dir = write_dataset("yaml-name", {{"dataset.yaml", "as_of: 2019-09-30\norganizations: []\nmembers:\n"}});
  const auto ds = read_ok(dir / "dataset.yaml");
  ASSERT_TRUE(ds);
  EXPECT_EQ(ds->name, "dataset-yaml-name");
  EXPECT_EQ(ds->period_start, Date::from_ymd(2019, 1, 1));
  EXPECT_EQ(ds->root, kNone);
  EXPECT_TRUE(ds->organizations.empty());
}

TEST(DatasetYaml, ShapeErrorsAreFatal) {
  auto dir = write_dataset("yaml-shape", {{"a.yaml", "organizations:\n  id: T\n"}});
  auto t = read_fatal(dir / "a.yaml");
  EXPECT_THAT(t.en, HasSubstr("a.yaml:2:3:"));
  EXPECT_THAT(t.en, HasSubstr("'organizations'"));
  dir = write_dataset("yaml-row", {{"a.yaml", "organizations:\n  - T\n"}});
  t = read_fatal(dir / "a.yaml");
  EXPECT_THAT(t.en, HasSubstr("a.yaml:2:5:"));
  dir = write_dataset("yaml-none", {{"a.yaml", "name: X\n"}});
  t = read_fatal(dir / "a.yaml");
  EXPECT_THAT(t.en, HasSubstr("holds no table"));
}

}  // namespace
}  // namespace kiemtra::test
