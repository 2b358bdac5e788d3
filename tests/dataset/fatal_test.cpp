// Problems that make a dataset unreadable: each is a UserError (exit 2) naming file:line:column.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "dataset_test_util.hpp"

namespace kiemtra::test {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

void expect_both(const core::Text& t, const std::string& part) {
  EXPECT_THAT(t.en, HasSubstr(part));
  EXPECT_THAT(t.vi, HasSubstr(part));
}

TEST(DatasetFatal, Tcvn3FileIsRefusedWithOffsetPositionAndGuess) {
  // "Trà Văn Đá" in TCVN3 (ABC): à 0xB5, ă 0xA8, Đ 0xA7, á 0xB8.
  const std::string row = "M1,CB01,Tr\xB5 V\xA8n \xA7\xB8,nam,1980-01-02,chinh_thuc,2005-03-04\n";
  const auto dir = write_dataset("tcvn3", {{"organizations.csv", kOrgs}, {"members.csv", kMemberHeader + row}});
  const core::Text t = read_fatal(dir);
  expect_both(t, (dir / "members.csv").string() + ":2:11:");
  EXPECT_THAT(t.en, HasSubstr("not valid UTF-8"));
  EXPECT_THAT(t.en, HasSubstr("byte 0xB5 at byte offset " + std::to_string(kMemberHeader.size() + 10)));
  EXPECT_THAT(t.en, HasSubstr("TCVN3"));
  EXPECT_THAT(t.vi, HasSubstr("TCVN3"));
  EXPECT_THAT(t.en, Not(HasSubstr("1258")));
}

TEST(DatasetFatal, Windows1258FileIsRecognized) {
  // "Nguyễn Văn Đức" in Windows-1258: ê 0xEA + combining tilde 0xDE, ă 0xE3, Đ 0xD0, ư 0xFD + acute 0xEC.
  const std::string row = "M1,CB01,Nguy\xEA\xDEn V\xE3n \xD0\xFD\xEC\x63,nam,1980-01-02,chinh_thuc,2005-03-04\n";
  const auto dir = write_dataset("cp1258", {{"organizations.csv", kOrgs}, {"members.csv", kMemberHeader + row}});
  const core::Text t = read_fatal(dir);
  expect_both(t, "members.csv:2:13:");
  EXPECT_THAT(t.en, HasSubstr("Windows-1258"));
  EXPECT_THAT(t.vi, HasSubstr("Windows-1258"));
  EXPECT_THAT(t.en, Not(HasSubstr("TCVN3")));
}

TEST(DatasetFatal, UnclearEncodingIsNotGuessed) {
  const auto dir = write_dataset(
      "latin1",
      {{"organizations.csv", "id,parent_id,name,kind\nT,,Caf\xE9,cap_tren_co_so\n"}, {"members.csv", kMemberHeader}});
  const core::Text t = read_fatal(dir);
  expect_both(t, "organizations.csv:2:7:");
  EXPECT_THAT(t.en, HasSubstr("an 8-bit legacy encoding"));
  EXPECT_THAT(t.vi, HasSubstr("bảng mã 8 bit cũ"));
}

TEST(DatasetFatal, CutOffUtf16IsRefusedAtItsOffset) {
  // A UTF-16 file (read since issue 14) that ends inside a character: the first half of a surrogate pair.
  const auto dir = write_dataset(
      "utf16", {{"organizations.csv", std::string("\xFF\xFEi\0d\0\x3D\xD8", 8)}, {"members.csv", kMemberHeader}});
  const core::Text t = read_fatal(dir);
  expect_both(t, "organizations.csv:1:3:");
  expect_both(t, "utf-16le");
  EXPECT_THAT(t.en, HasSubstr("offset 6"));
}

TEST(DatasetFatal, LegacyEncodingRefusalGivesTheManifestLine) {
  const std::string row = "M1,CB01,Nguy\xEA\xDEn V\xE3n \xD0\xFD\xEC\x63,nam,1980-01-02,chinh_thuc,2005-03-04\n";
  core::Text t = read_fatal(write_dataset("line-1258", {{"organizations.csv", kOrgs}, {"members.csv", kMemberHeader + row}}));
  expect_both(t, "encoding: {members: windows-1258}");
  const std::string tcvn = "M1,CB01,Tr\xB5 V\xA8n \xA7\xB8,nam,1980-01-02,chinh_thuc,2005-03-04\n";
  t = read_fatal(write_dataset("line-tcvn3", {{"organizations.csv", kOrgs}, {"members.csv", kMemberHeader + tcvn}}));
  expect_both(t, "encoding: {members: tcvn3}");
  const std::string vni = "M1,CB01,Nguye\xE3n Va\xEAn \xD1\xF6\xF9\x63,nam,1980-01-02,chinh_thuc,2005-03-04\n";
  t = read_fatal(write_dataset("line-vni", {{"organizations.csv", kOrgs}, {"members.csv", kMemberHeader + vni}}));
  expect_both(t, "encoding: {members: vni}");
  EXPECT_THAT(t.en, HasSubstr("VNI"));
}

TEST(DatasetFatal, MissingRequiredColumnNamesColumnAndAlias) {
  const std::string no_status = "id,org_id,full_name,gender,birth_date,admitted_on\n";
  auto t = read_fatal(write_dataset("nocol", {{"organizations.csv", kOrgs}, {"members.csv", no_status}}));
  expect_both(t, "members.csv:1:1:");
  expect_both(t, "'status'");

  t = read_fatal(write_dataset("nocol-alias", {{"dataset.yaml", "columns:\n  members:\n    status: Trạng thái\n"},
                                               {"organizations.csv", kOrgs},
                                               {"members.csv", no_status}}));
  expect_both(t, "members.csv:1:1:");
  expect_both(t, "'status'");
  expect_both(t, "'Trạng thái'");
  expect_both(t, "dataset.yaml");

  t = read_fatal(write_dataset(
      "nocol-events", {{"organizations.csv", kOrgs}, {"members.csv", kMembers}, {"events.csv", "kind,date,detail\n"}}));
  expect_both(t, "events.csv:1:1:");
  expect_both(t, "'member_id'");
}

TEST(DatasetFatal, DuplicateColumn) {
  const auto t = read_fatal(write_dataset(
      "dupcol", {{"organizations.csv", "id,parent_id,name,kind,Name\n"}, {"members.csv", kMemberHeader}}));
  expect_both(t, "organizations.csv:1:24:");
  EXPECT_THAT(t.en, HasSubstr("first at column 14"));
  expect_both(t, "'name'");
}

TEST(DatasetFatal, UnterminatedQuoteNamesTheOpeningQuote) {
  const auto dir = write_dataset(
      "quote", {{"organizations.csv", kOrgs},
                {"members.csv", kMemberHeader + "M1,CB01,An,nam,1980-01-02,chinh_thuc,2005-03-04\n"
                                                "M2,CB01,\"Trần Bình,nu,1990-05-06,du_bi,2019-01-01\nM3,CB01\n"}});
  const core::Text t = read_fatal(dir);
  expect_both(t, "members.csv:3:9:");
  EXPECT_THAT(t.en, HasSubstr("quote"));
}

TEST(DatasetFatal, EmptyFile) {
  auto t = read_fatal(write_dataset("empty", {{"organizations.csv", ""}, {"members.csv", kMemberHeader}}));
  expect_both(t, "organizations.csv:1:1:");
  EXPECT_THAT(t.en, HasSubstr("empty file"));
  t = read_fatal(write_dataset("bom-only", {{"organizations.csv", kOrgs}, {"members.csv", "\xEF\xBB\xBF\r\n\r\n"}}));
  expect_both(t, "members.csv:1:1:");
}

TEST(DatasetFatal, MissingRequiredFileAndMissingPath) {
  auto dir = write_dataset("nomembers", {{"organizations.csv", kOrgs}});
  auto t = read_fatal(dir);
  expect_both(t, (dir / "members.csv").string());
  EXPECT_THAT(t.en, HasSubstr("required file"));

  t = read_fatal(dir / "khong-co");
  expect_both(t, (dir / "khong-co").string());
  EXPECT_THAT(t.en, HasSubstr("does not exist"));

  t = read_fatal(dir / "organizations.csv");
  EXPECT_THAT(t.en, HasSubstr("neither a dataset directory nor a .yaml file"));
}

TEST(DatasetFatal, BadManifestValues) {
  auto t = read_fatal(write_dataset(
      "badasof",
      {{"dataset.yaml", "name: X\nas_of: 2019-02-30\n"}, {"organizations.csv", kOrgs}, {"members.csv", kMembers}}));
  expect_both(t, "dataset.yaml:2:8:");
  EXPECT_THAT(t.en, HasSubstr("no such date"));

  t = read_fatal(write_dataset(
      "badtarget",
      {{"dataset.yaml", "targets:\n  admissions: nhiều\n"}, {"organizations.csv", kOrgs}, {"members.csv", kMembers}}));
  expect_both(t, "dataset.yaml:2:15:");
  expect_both(t, "'admissions'");

  t = read_fatal(write_dataset(
      "badkey",
      {{"dataset.yaml", "name: X\nas-of: 2019-09-30\n"}, {"organizations.csv", kOrgs}, {"members.csv", kMembers}}));
  expect_both(t, "dataset.yaml:2:1:");
  expect_both(t, "'as-of'");

  t = read_fatal(write_dataset("badalias", {{"dataset.yaml", "columns:\n  members:\n    ho_ten: Họ tên\n"},
                                            {"organizations.csv", kOrgs},
                                            {"members.csv", kMembers}}));
  expect_both(t, "dataset.yaml:3:5:");
  expect_both(t, "'ho_ten'");

  t = read_fatal(write_dataset(
      "badyaml",
      {{"dataset.yaml", "name: [X\nas_of: 2019-09-30\n"}, {"organizations.csv", kOrgs}, {"members.csv", kMembers}}));
  expect_both(t, "dataset.yaml:");
  EXPECT_THAT(t.en, HasSubstr("YAML syntax error"));

  t = read_fatal(write_dataset(
      "yaml1258",
      {{"dataset.yaml", "name: \xD0\xFD\xEC\x63\n"}, {"organizations.csv", kOrgs}, {"members.csv", kMembers}}));
  expect_both(t, "dataset.yaml:1:7:");
  EXPECT_THAT(t.en, HasSubstr("not valid UTF-8"));
}

}  // namespace
}  // namespace kiemtra::test
