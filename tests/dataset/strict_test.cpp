// --strict: the first bad value stops the read with a UserError naming file:line:column and the value.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>

#include "dataset_test_util.hpp"

namespace kiemtra::test {
namespace {

using ::testing::HasSubstr;

core::ReadOptions strict(int jobs = 1) {
  core::ReadOptions o;
  o.strict = true;
  o.jobs = jobs;
  return o;
}

TEST(DatasetStrict, FirstBadValueIsFatal) {
  const auto dir = write_dataset(
      "strict", {{"organizations.csv", kOrgs},
                 {"members.csv", kMemberHeader + "M1,CB01,An,nam,1980-01-02,chinh_thuc,2005-03-04\n"
                                                 "M2,CB01,Bình,nu,1990-05-06,tạm,2019-01-01\n"
                                                 "M3,CB01,Cường,nam,31/02/1975,chinh_thuc,2000-09-10\n"}});
  const auto lenient = read_ok(dir);
  ASSERT_TRUE(lenient);
  EXPECT_EQ(lenient->read_issues.size(), 2u);
  const core::Text t = read_fatal(dir, strict());
  EXPECT_THAT(t.en, HasSubstr((dir / "members.csv").string() + ":3:28:"));
  EXPECT_THAT(t.en, HasSubstr("'status'"));
  EXPECT_THAT(t.en, HasSubstr("'tạm'"));
  EXPECT_THAT(t.vi, HasSubstr("members.csv:3:28:"));
  EXPECT_THAT(t.vi, HasSubstr("danh mục"));
}

TEST(DatasetStrict, DuplicateIdIsFatalButUnresolvedReferencesAreNot) {
  auto dir = write_dataset("strict-dup",
                           {{"organizations.csv", kOrgs + "CB01,T,Lặp,chi_bo_co_so\n"}, {"members.csv", kMembers}});
  const core::Text t = read_fatal(dir, strict());
  EXPECT_THAT(t.en, HasSubstr("organizations.csv:5:1:"));
  EXPECT_THAT(t.en, HasSubstr("duplicate id, first at line 3"));

  dir = write_dataset("strict-ref", {{"organizations.csv", kOrgs},
                                     {"members.csv", kMemberHeader + "M1,CB99,An,nam,1980-01-02,du_bi,2019-01-01\n"}});
  const auto ds = read_ok(dir, strict());
  ASSERT_TRUE(ds);
  EXPECT_EQ(ds->unresolved.size(), 1u);
}

TEST(DatasetStrict, YamlFormAndParallelChunks) {
  auto dir = write_dataset("strict-yaml", {{"d.yaml", "organizations:\n  - {id: T, name: T, kind: tinh}\n"}});
  const core::Text t = read_fatal(dir / "d.yaml", strict());
  EXPECT_THAT(t.en, HasSubstr("d.yaml:2:28:"));
  EXPECT_THAT(t.en, HasSubstr("'tinh'"));

  std::string dues = "member_id,period,amount\n";
  std::uint32_t bad_line = 0;
  for (std::uint32_t i = 0; dues.size() < (std::size_t{10} << 20); ++i) {
    const bool bad = i == 300000;
    if (bad) bad_line = i + 2;
    dues += "M1,2019-01," + std::string(bad ? "một nghìn" : "1000") + "\n";
  }
  ASSERT_GT(bad_line, 0u);
  dir = write_dataset("strict-big", {{"organizations.csv", kOrgs}, {"members.csv", kMembers}, {"dues.csv", dues}});
  const core::Text big = read_fatal(dir, strict(2));
  EXPECT_THAT(big.en, HasSubstr("dues.csv:" + std::to_string(bad_line) + ":12:"));
}

}  // namespace
}  // namespace kiemtra::test
