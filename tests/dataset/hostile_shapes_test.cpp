// Shapes that used to hang the reader or make it quadratic (issue 18): non-regular files, a 100,000-deep
// parent chain, a 100,000-column header. Each must end at once, with one language per message.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <chrono>
#include <string>

#include "dataset_test_util.hpp"

namespace kiemtra::test {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
namespace fs = std::filesystem;

/// Seconds `f` takes.
template <class F>
double seconds(F&& f) {
  const auto start = std::chrono::steady_clock::now();
  f();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

TEST(DatasetInputFiles, ManifestThatIsAFifoIsRefusedWithoutWaitingForAWriter) {
  const auto dir = write_dataset("fifo-manifest", {{"organizations.csv", kOrgs}, {"members.csv", kMembers}});
  ASSERT_EQ(::mkfifo((dir / "dataset.yaml").c_str(), 0600), 0);
  const core::Text t = read_fatal(dir);  // blocked forever in open() before
  EXPECT_THAT(t.en, HasSubstr((dir / "dataset.yaml").string() + ": cannot read the file (is a pipe (FIFO), not a regular file)"));
  EXPECT_THAT(t.vi, HasSubstr("đường ống (FIFO)"));
  EXPECT_THAT(t.vi, Not(HasSubstr("pipe")));
}

TEST(DatasetInputFiles, TableThatIsAFifoOrAFolderIsRefused) {
  const auto dir = write_dataset("fifo-table", {{"members.csv", kMembers}});
  ASSERT_EQ(::mkfifo((dir / "organizations.csv").c_str(), 0600), 0);
  EXPECT_THAT(read_fatal(dir).en, HasSubstr("organizations.csv: cannot read the file (is a pipe (FIFO), not a regular file)"));

  const auto dir2 = write_dataset("folder-table", {{"organizations.csv", kOrgs}});
  fs::create_directories(dir2 / "members.csv");
  const core::Text t = read_fatal(dir2);
  EXPECT_THAT(t.en, HasSubstr("members.csv: cannot read the file (is a directory, not a file)"));
  EXPECT_THAT(t.vi, HasSubstr("members.csv: không đọc được tệp (đây là một thư mục, không phải một tệp)"));
}

TEST(DatasetInputFiles, HugeManifestIsRefusedBeforeParsing) {
  const auto dir = write_dataset("huge-manifest",
                                 {{"organizations.csv", kOrgs}, {"members.csv", kMembers}, {"dataset.yaml", "name: x\n"}});
  fs::resize_file(dir / "dataset.yaml", (std::size_t{16} << 20) + 1);  // a sparse file: no disk used
  const core::Text t = read_fatal(dir);
  EXPECT_THAT(t.en, HasSubstr("the file is larger than 16 MB"));
  EXPECT_THAT(t.vi, HasSubstr("tệp lớn hơn 16 MB"));
}

TEST(DatasetHostileShapes, HundredThousandColumnHeaderIsReadInOnePass) {
  // 19 s before: each header cell's column was counted from the start of the file.
  std::string header = "id,org_id,full_name,gender,birth_date,status,admitted_on";
  const int extra = 100000 - 7;
  for (int i = 0; i < extra; ++i) header += ",cot_" + std::to_string(i);
  std::string members = header + "\n";
  for (int r = 0; r < 10; ++r)
    members += "M" + std::to_string(r) + ",CB01,Nguyễn Văn An,nam,1980-01-02,chinh_thuc,2005-03-04" +
               std::string(static_cast<std::size_t>(extra), ',') + "\n";
  // A duplicate contract column at the very end is located by character, as before.
  const auto dir = write_dataset("wide", {{"organizations.csv", kOrgs}, {"members.csv", members}});
  std::shared_ptr<const Dataset> ds;
  EXPECT_LT(seconds([&] { ds = read_ok(dir); }), 5.0);
  ASSERT_NE(ds, nullptr);
  EXPECT_EQ(ds->members.size(), 10u);
  EXPECT_EQ(ds->members.extra_names.size(), static_cast<std::size_t>(extra));
  EXPECT_EQ(ds->members.extra_names.back(), "cot_" + std::to_string(extra - 1));

  const std::string dup = header + ",Full_Name\n";
  const auto dir2 = write_dataset("wide-dup", {{"organizations.csv", kOrgs}, {"members.csv", dup}});
  EXPECT_THAT(read_fatal(dir2).en, HasSubstr("members.csv:1:" + std::to_string(header.size() + 2) + ":"));
}

TEST(DatasetHostileShapes, HundredThousandDeepChainHasLinearPaths) {
  // 54 s and 320 MB for a text report before: every path walked and copied its whole chain.
  constexpr int n = 100000;
  std::string orgs = "id,parent_id,name,kind\n";
  for (int i = 0; i < n; ++i)
    orgs += "O" + std::to_string(i) + "," + (i ? "O" + std::to_string(i - 1) : std::string()) + ",Cấp " +
            std::to_string(i) + ",cap_tren_co_so\n";
  const auto dir = write_dataset("chain", {{"organizations.csv", orgs}, {"members.csv", kMemberHeader}});
  std::shared_ptr<const Dataset> ds;
  std::size_t bytes = 0;
  const double s = seconds([&] {
    ds = read_ok(dir);
    ASSERT_NE(ds, nullptr);
    for (std::uint32_t o = 0; o < n; ++o) bytes += ds->path(o).size();
  });
  EXPECT_LT(s, 5.0);
  ASSERT_NE(ds, nullptr);
  EXPECT_LT(bytes, std::size_t{n} * 300);  // at most kPathLevels names each, not the whole chain
  EXPECT_EQ(ds->path(2), "Cấp 0 › Cấp 1 › Cấp 2");
  // Level 16 and below: the top, an ellipsis, and the last 15 levels.
  EXPECT_EQ(ds->path(15), "Cấp 0 › Cấp 1 › Cấp 2 › Cấp 3 › Cấp 4 › Cấp 5 › Cấp 6 › Cấp 7 › Cấp 8 › Cấp 9 › Cấp 10 › "
                          "Cấp 11 › Cấp 12 › Cấp 13 › Cấp 14 › Cấp 15");
  EXPECT_EQ(ds->path(n - 1), "Cấp 0 › … › Cấp 99985 › Cấp 99986 › Cấp 99987 › Cấp 99988 › Cấp 99989 › Cấp 99990 › "
                             "Cấp 99991 › Cấp 99992 › Cấp 99993 › Cấp 99994 › Cấp 99995 › Cấp 99996 › Cấp 99997 › "
                             "Cấp 99998 › Cấp 99999");
}

}  // namespace
}  // namespace kiemtra::test
