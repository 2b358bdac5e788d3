// kiemtra convert: every readable form to the canonical CSV folder; DEST protected unless --force.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>

#include "dataset/convert.hpp"
#include "dataset/reader.hpp"
#include "support/cli.hpp"

namespace kiemtra::test {
namespace {

using ::testing::HasSubstr;

void write(const std::filesystem::path& p, const std::string& text) { std::ofstream(p, std::ios::binary) << text; }

// An office's export: ';' separated, Vietnamese headers, Windows-1258, month-first dates, a bad value,
// an extra column and a surplus field.
std::filesystem::path office_export() {
  const auto dir = temp_dir("convert-src");
  write(dir / "dataset.yaml",
        "name: Đảng bộ Khối\nas_of: 2024-06-30\nencoding: {members: windows-1258}\ndate_order: {members: mdy}\n"
        "targets: {ket_nap: 12}\n");
  write(dir / "organizations.csv", "id;parent_id;name;kind\nT;;Khoi;cap_tren_co_so\nCB01;T;Chi bo 1;chi_bo_co_so\n");
  write(dir / "members.csv",
        "M\xE3 \xF0\xE3ng vi\xEAn;M\xE3 chi b\xF4\xF2;Ho\xF2 va\xCC t\xEAn;Gi\xF5i ti\xECnh;Nga\xCCy sinh;"
        "Tra\xF2ng tha\xECi;Nga\xCCy va\xCCo \xD0" "a\xD2ng;Ghi chu\xEC\n"
        "M1;CB01;Nguy\xEA\xDEn V\xE3n An;nam;01/13/1980;chinh_thuc;03/04/2005;\"a, b\"\n"
        "M2;CB01;Tr\xE2\xCCn Thi\xF2 " "Bi\xCCnh;nu;13/13/1990;du_bi;01/01/2019;;surplus\n");
  return dir;
}

TEST(CliConvert, WritesTheCanonicalFolderThatReadsTheSame) {
  const auto src = office_export();
  const auto dest = temp_dir("convert-dest") / "out";
  const CliResult r = run_cli({"convert", src.string(), dest.string(), "--lang", "en"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("Wrote 2 tables (4 rows)"));
  EXPECT_EQ(slurp(dest / "members.csv"),
            "id,org_id,full_name,gender,birth_date,status,admitted_on,Ghi chú\n"
            "M1,CB01,Nguyễn Văn An,nam,01/13/1980,chinh_thuc,03/04/2005,\"a, b\"\n"
            "M2,CB01,Trần Thị Bình,nu,13/13/1990,du_bi,01/01/2019,,surplus\n");
  const std::string manifest = slurp(dest / "dataset.yaml");
  EXPECT_THAT(manifest, HasSubstr("name: Đảng bộ Khối"));
  EXPECT_THAT(manifest, HasSubstr("as_of: 2024-06-30"));
  EXPECT_THAT(manifest, HasSubstr("ket_nap: 12"));
  EXPECT_THAT(manifest, HasSubstr("members: mdy"));
  EXPECT_THAT(manifest, Not(HasSubstr("encoding")));

  // What kiemtra reads from the converted folder is what it read from the export: rows, values, issues.
  const auto a = core::read_dataset(src);
  const auto b = core::read_dataset(dest);
  ASSERT_EQ(a->members.size(), b->members.size());
  for (std::size_t i = 0; i < a->members.size(); ++i) {
    EXPECT_EQ(a->members[i].full_name, b->members[i].full_name);
    EXPECT_EQ(a->members[i].birth_date, b->members[i].birth_date);
    EXPECT_EQ(a->members[i].line, b->members[i].line);
  }
  ASSERT_EQ(a->read_issues.size(), b->read_issues.size());
  for (std::size_t i = 0; i < a->read_issues.size(); ++i) {
    EXPECT_EQ(a->read_issues[i].value, b->read_issues[i].value);
    EXPECT_EQ(a->read_issues[i].reason_en, b->read_issues[i].reason_en);
  }
  EXPECT_EQ(a->name, b->name);
  EXPECT_EQ(a->targets, b->targets);
}

TEST(CliConvert, RefusesANonEmptyDestUnlessForced) {
  const auto src = office_export();
  const auto dest = temp_dir("convert-busy");
  write(dest / "members.csv", "old\n");
  write(dest / "dues.csv", "stale\n");
  CliResult r = run_cli({"convert", src.string(), dest.string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("đã có nội dung"));
  EXPECT_THAT(r.err, HasSubstr("--force"));
  EXPECT_EQ(slurp(dest / "members.csv"), "old\n");
  r = run_cli({"convert", src.string(), dest.string(), "--lang", "en"});
  EXPECT_THAT(r.err, HasSubstr("is not empty"));

  r = run_cli({"convert", src.string(), dest.string(), "--force"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("Đã ghi 2 bảng"));
  EXPECT_THAT(slurp(dest / "members.csv"), HasSubstr("Nguyễn Văn An"));
  EXPECT_FALSE(std::filesystem::exists(dest / "dues.csv"));  // the source has no dues table
}

TEST(CliConvert, AnUnreadableSourceWritesNothing) {
  const auto src = temp_dir("convert-bad");
  write(src / "organizations.csv", "id,parent_id,name,kind\nT,,Caf\xE9,cap_tren_co_so\n");
  write(src / "members.csv", "id\n");
  const auto dest = temp_dir("convert-bad-dest") / "out";
  const CliResult r = run_cli({"convert", src.string(), dest.string(), "--lang", "en"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("organizations.csv:2:7"));
  EXPECT_FALSE(std::filesystem::exists(dest));
}

}  // namespace
}  // namespace kiemtra::test
