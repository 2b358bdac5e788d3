// CSV as Excel and older software write it: ';' and tab separators, UTF-16 with a BOM, Windows-1258 and
// TCVN3 named in the manifest, and the Vietnamese headers of member-database exports.
#include <fmt/format.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "dataset/csv_text.hpp"
#include "dataset/header_aliases.hpp"
#include "dataset/table_spec.hpp"
#include "dataset_test_util.hpp"

namespace kiemtra::test {
namespace {

using ::testing::HasSubstr;

std::string replace_all(std::string s, char from, char to) {
  for (char& c : s)
    if (c == from) c = to;
  return s;
}

// `utf8` as UTF-16 with a BOM, little- or big-endian (what Excel's "Unicode text" writes, LE).
std::string utf16(const std::string& utf8, bool little) {
  std::u32string cps;
  for (std::size_t i = 0; i < utf8.size();) {
    const auto b = static_cast<unsigned char>(utf8[i]);
    const int n = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    char32_t cp = n == 1 ? b : n == 2 ? b & 0x1F : n == 3 ? b & 0x0F : b & 0x07;
    for (int k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
    cps.push_back(cp);
    i += static_cast<std::size_t>(n);
  }
  std::string out;
  auto unit = [&](unsigned u) {
    const char hi = static_cast<char>(u >> 8), lo = static_cast<char>(u & 0xFF);
    out += little ? lo : hi;
    out += little ? hi : lo;
  };
  unit(0xFEFF);
  for (char32_t cp : cps) {
    if (cp >= 0x10000) {
      unit(0xD800 + ((cp - 0x10000) >> 10));
      unit(0xDC00 + ((cp - 0x10000) & 0x3FF));
    } else {
      unit(static_cast<unsigned>(cp));
    }
  }
  return out;
}

TEST(DatasetExcelCsv, SemicolonExportFromVietnameseExcelReads) {
  // The case of issue 14: Excel with Vietnamese regional settings saves members.csv with ';'. A name
  // holding a comma needs no quotes there.
  const std::string orgs = replace_all(kOrgs, ',', ';');
  const std::string members = replace_all(kMemberHeader, ',', ';') +
                              "M1;CB01;Nguyễn Văn An, con;nam;02/01/1980;chinh_thuc;04/03/2005\n"
                              "M2;CB01;\"Trần; Thị Bình\";nu;1990-05-06;du_bi;2019-13-01\n";
  const auto ds = read_ok(write_dataset("semicolon", {{"organizations.csv", orgs}, {"members.csv", members}}));
  ASSERT_TRUE(ds);
  ASSERT_EQ(ds->organizations.size(), 3u);
  EXPECT_EQ(ds->organizations[1].name, "Chi bộ Sở Tư pháp");
  ASSERT_EQ(ds->members.size(), 2u);
  EXPECT_EQ(ds->members[0].full_name, "Nguyễn Văn An, con");
  EXPECT_EQ(ds->members[0].birth_date, Date::from_ymd(1980, 1, 2));
  EXPECT_EQ(ds->members[1].full_name, "Trần; Thị Bình");
  const ReadIssue is = only_issue(*ds);
  EXPECT_EQ(is.line, 3u);
  EXPECT_EQ(is.column, 46u);  // in characters of the line as written
  EXPECT_EQ(is.column_name, "admitted_on");
}

TEST(DatasetExcelCsv, TabSeparatedAndBlankLinesBeforeTheHeader) {
  const std::string orgs = "\n\t\t\n" + replace_all(kOrgs, ',', '\t');
  const std::string members = replace_all(kMembers, ',', '\t');
  const auto ds = read_ok(write_dataset("tab", {{"organizations.csv", orgs}, {"members.csv", members}}));
  ASSERT_TRUE(ds);
  EXPECT_EQ(ds->organizations.size(), 3u);
  ASSERT_EQ(ds->members.size(), 3u);
  EXPECT_EQ(ds->members[2].full_name, "Lê Văn Cường");
  EXPECT_TRUE(ds->read_issues.empty());
}

TEST(DatasetExcelCsv, ManifestSeparatorDecidesOverTheHeaderLine) {
  // This header has more ';' than ',': detected, it would be one column per ';'.
  const std::string members = "id,org_id,full_name,gender,birth_date,status,admitted_on,a;b;c;d;e;f;g;h;i;j\n"
                              "M1,CB01,An,nam,1980-01-02,chinh_thuc,2005-03-04,x\n";
  auto dir = write_dataset("sep-manifest", {{"organizations.csv", kOrgs}, {"members.csv", members}});
  const core::Text t = read_fatal(dir);
  EXPECT_THAT(t.en, HasSubstr("'id'"));  // detected ';': "id,org_id,...,a" is one column
  for (const std::string manifest : {"separator: {members: \",\"}\n", "separator: comma\n"}) {
    dir = write_dataset("sep-manifest", {{"dataset.yaml", manifest}, {"organizations.csv", kOrgs}, {"members.csv", members}});
    const auto ds = read_ok(dir);
    ASSERT_TRUE(ds);
    ASSERT_EQ(ds->members.size(), 1u);
    EXPECT_EQ(ds->members.extra(0, "a;b;c;d;e;f;g;h;i;j"), "x");
  }
  const auto tab = read_ok(write_dataset("sep-tab", {{"dataset.yaml", "separator:\n  members: tab\n"},
                                                     {"organizations.csv", kOrgs},
                                                     {"members.csv", replace_all(kMembers, ',', '\t')}}));
  ASSERT_TRUE(tab);
  EXPECT_EQ(tab->members.size(), 3u);
}

TEST(DatasetExcelCsv, BadSeparatorOrEncodingInTheManifestIsNamed) {
  core::Text t = read_fatal(write_dataset(
      "sep-bad", {{"dataset.yaml", "separator: \"|\"\n"}, {"organizations.csv", kOrgs}, {"members.csv", kMembers}}));
  EXPECT_THAT(t.en, HasSubstr("dataset.yaml:1:12:"));
  EXPECT_THAT(t.en, HasSubstr("'|'"));
  t = read_fatal(write_dataset("enc-bad", {{"dataset.yaml", "encoding:\n  members: latin-9\n"},
                                           {"organizations.csv", kOrgs},
                                           {"members.csv", kMembers}}));
  EXPECT_THAT(t.en, HasSubstr("dataset.yaml:2:12:"));
  EXPECT_THAT(t.en, HasSubstr("windows-1258"));
  EXPECT_THAT(t.vi, HasSubstr("bảng mã không hỗ trợ"));
  t = read_fatal(write_dataset("enc-table", {{"dataset.yaml", "encoding:\n  membres: tcvn3\n"},
                                             {"organizations.csv", kOrgs},
                                             {"members.csv", kMembers}}));
  EXPECT_THAT(t.en, HasSubstr("dataset.yaml:2:3:"));
}

TEST(DatasetExcelCsv, Utf16UnicodeTextReadsBothByteOrders) {
  // Excel's "Unicode text": UTF-16LE with a BOM, tab separated, CRLF. A character outside the BMP (a
  // surrogate pair) in an extra column comes through.
  const std::string members = "id\torg_id\tfull_name\tgender\tbirth_date\tstatus\tadmitted_on\tghi_chu\r\n"
                              "M1\tCB01\tNguyễn Thị Ánh\tnu\t1980-01-02\tchinh_thuc\t2005-03-04\t𝄞\r\n"
                              "M2\tCB02\tĐặng Văn Ước\tnam\t1990-05-06\tdu_bi\t2019-13-01\t\r\n";
  for (const bool little : {true, false}) {
    const auto dir = write_dataset(little ? "utf16le" : "utf16be",
                                   {{"organizations.csv", utf16(kOrgs, little)}, {"members.csv", utf16(members, little)}});
    const auto ds = read_ok(dir);
    ASSERT_TRUE(ds);
    ASSERT_EQ(ds->members.size(), 2u);
    EXPECT_EQ(ds->members[0].full_name, "Nguyễn Thị Ánh");
    EXPECT_EQ(ds->members.extra(0, "ghi_chu"), "𝄞");
    EXPECT_EQ(ds->members[1].full_name, "Đặng Văn Ước");
    EXPECT_EQ(ds->organizations[2].name, "Chi bộ Sở Y tế");
    const ReadIssue is = only_issue(*ds);
    EXPECT_EQ(is.file, (dir / "members.csv").string());
    EXPECT_EQ(is.line, 3u);
    EXPECT_EQ(is.column, 43u);  // in characters of the decoded text
  }
}

// Every vowel with every tone, in Windows-1258 (base letter, then the tone as a combining mark: grave
// 0xCC, hook 0xD2, tilde 0xDE, acute 0xEC, dot below 0xF2) and as precomposed UTF-8.
struct Vowel {
  const char* cp1258;  // the base letter in Windows-1258
  const char* tcvn3[6];  // no tone, grave, hook, tilde, acute, dot below
  const char* utf8[6];
};
const Vowel kVowels[] = {
    {"a", {"a", "\xB5", "\xB6", "\xB7", "\xB8", "\xB9"}, {"a", "à", "ả", "ã", "á", "ạ"}},
    {"\xE3", {"\xA8", "\xBB", "\xBC", "\xBD", "\xBE", "\xC6"}, {"ă", "ằ", "ẳ", "ẵ", "ắ", "ặ"}},
    {"\xE2", {"\xA9", "\xC7", "\xC8", "\xC9", "\xCA", "\xCB"}, {"â", "ầ", "ẩ", "ẫ", "ấ", "ậ"}},
    {"e", {"e", "\xCC", "\xCE", "\xCF", "\xD0", "\xD1"}, {"e", "è", "ẻ", "ẽ", "é", "ẹ"}},
    {"\xEA", {"\xAA", "\xD2", "\xD3", "\xD4", "\xD5", "\xD6"}, {"ê", "ề", "ể", "ễ", "ế", "ệ"}},
    {"i", {"i", "\xD7", "\xD8", "\xDC", "\xDD", "\xDE"}, {"i", "ì", "ỉ", "ĩ", "í", "ị"}},
    {"o", {"o", "\xDF", "\xE1", "\xE2", "\xE3", "\xE4"}, {"o", "ò", "ỏ", "õ", "ó", "ọ"}},
    {"\xF4", {"\xAB", "\xE5", "\xE6", "\xE7", "\xE8", "\xE9"}, {"ô", "ồ", "ổ", "ỗ", "ố", "ộ"}},
    {"\xF5", {"\xAC", "\xEA", "\xEB", "\xEC", "\xED", "\xEE"}, {"ơ", "ờ", "ở", "ỡ", "ớ", "ợ"}},
    {"u", {"u", "\xEF", "\xF1", "\xF2", "\xF3", "\xF4"}, {"u", "ù", "ủ", "ũ", "ú", "ụ"}},
    {"\xFD", {"\xAD", "\xF5", "\xF6", "\xF7", "\xF8", "\xF9"}, {"ư", "ừ", "ử", "ữ", "ứ", "ự"}},
    {"y", {"y", "\xFA", "\xFB", "\xFC", "\xFD", "\xFE"}, {"y", "ỳ", "ỷ", "ỹ", "ý", "ỵ"}},
};
const char* const kTone1258[6] = {"", "\xCC", "\xD2", "\xDE", "\xEC", "\xF2"};

std::string decode(const std::string& bytes, core::dataset::TextEncoding e) {
  const auto dir = write_dataset("decode", {{"t.csv", bytes}});
  const core::dataset::CsvText text((dir / "t.csv").string(), e);
  return std::string(text.text(), text.end());
}

TEST(DatasetExcelCsv, Windows1258EveryToneOnEveryVowelReadsAsNfc) {
  std::string bytes, expected;
  for (const Vowel& v : kVowels)
    for (int t = 0; t < 6; ++t) {
      bytes += std::string("x") + v.cp1258 + kTone1258[t] + " ";
      expected += std::string("x") + v.utf8[t] + " ";
    }
  EXPECT_EQ(decode(bytes, core::dataset::TextEncoding::windows1258), expected);
  // Real words: the tone after the second vowel, Đ, and precomposed letters Windows-1258 also has (Á 0xC1).
  EXPECT_EQ(decode("Nguy\xEA\xDEn V\xE3n \xD0\xFD\xEC\x63 \xD0\xE3\xF2ng \xC1nh Tr\xE2\xECu", core::dataset::TextEncoding::windows1258),
            "Nguyễn Văn Đức Đặng Ánh Trấu");
}

TEST(DatasetExcelCsv, Tcvn3EveryToneOnEveryVowel) {
  std::string bytes, expected;
  for (const Vowel& v : kVowels)
    for (int t = 0; t < 6; ++t) {
      bytes += std::string("x") + v.tcvn3[t] + " ";
      expected += std::string("x") + v.utf8[t] + " ";
    }
  EXPECT_EQ(decode(bytes, core::dataset::TextEncoding::tcvn3), expected);
  // The capitals TCVN3 has (Ă Â Ê Ô Ơ Ư Đ at 0xA1-0xA7), in real words.
  EXPECT_EQ(decode("\xA7\xb6ng \xA5n \xA1n \xA2u \xA3m \xA4ng \xA6\xeeng \xae\xa8ng", core::dataset::TextEncoding::tcvn3),
            "Đảng Ơn Ăn Âu Êm Ông Ượng đăng");
}

// Every vowel with every tone in VNI (VNI-Windows): the base letter, then a mark byte read as Windows-1252 (tones
// ø û õ ù ï; circumflex with a tone â à å ã á ä after a, e, o; breve ê è ú ü é ë after a); ơ ư are ô ö, and i's
// tones and ỵ are bytes of their own. Same order as kVowels: no tone, grave, hook, tilde, acute, dot below.
const char* const kVni[12][6] = {
    {"a", "a\xF8", "a\xFB", "a\xF5", "a\xF9", "a\xEF"},
    {"a\xEA", "a\xE8", "a\xFA", "a\xFC", "a\xE9", "a\xEB"},
    {"a\xE2", "a\xE0", "a\xE5", "a\xE3", "a\xE1", "a\xE4"},
    {"e", "e\xF8", "e\xFB", "e\xF5", "e\xF9", "e\xEF"},
    {"e\xE2", "e\xE0", "e\xE5", "e\xE3", "e\xE1", "e\xE4"},
    {"i", "\xEC", "\xE6", "\xF3", "\xED", "\xF2"},
    {"o", "o\xF8", "o\xFB", "o\xF5", "o\xF9", "o\xEF"},
    {"o\xE2", "o\xE0", "o\xE5", "o\xE3", "o\xE1", "o\xE4"},
    {"\xF4", "\xF4\xF8", "\xF4\xFB", "\xF4\xF5", "\xF4\xF9", "\xF4\xEF"},
    {"u", "u\xF8", "u\xFB", "u\xF5", "u\xF9", "u\xEF"},
    {"\xF6", "\xF6\xF8", "\xF6\xFB", "\xF6\xF5", "\xF6\xF9", "\xF6\xEF"},
    {"y", "y\xF8", "y\xFB", "y\xF5", "y\xF9", "\xEE"},
};

TEST(DatasetExcelCsv, VniEveryToneOnEveryVowel) {
  std::string bytes, expected;
  for (std::size_t v = 0; v < 12; ++v)
    for (int t = 0; t < 6; ++t) {
      bytes += std::string("x") + kVni[v][t] + " ";
      expected += std::string("x") + kVowels[v].utf8[t] + " ";
    }
  EXPECT_EQ(decode(bytes, core::dataset::TextEncoding::vni), expected);
  // Real names and words as VNI fonts typed them, in both cases; Windows-1252's own letters and signs pass through
  // (an en dash 0x96, é after e where VNI has no such mark).
  EXPECT_EQ(decode("Nguye\xE3n Va\xEAn \xD1\xF6\xF9\x63, Tra\xE0n Th\xF2 Ph\xF6\xF4\xF9\x63, Le\xE2 Ngo\xEF" "c "
                   "Huy\xF8nh, \xD1o\xE3 Vu\xF5, D\xF6\xF4ng Quy\xF9, \xD1" "a\xEBng L\xF6\xF4\xEFng Ba\xE9\x63",
                   core::dataset::TextEncoding::vni),
            "Nguyễn Văn Đức, Trần Thị Phước, Lê Ngọc Huỳnh, Đỗ Vũ, Dương Quý, Đặng Lượng Bắc");
  EXPECT_EQ(decode("\xD1" "a\xFBng Co\xE4ng sa\xFBn Vie\xE4t Nam \x96 Ho\xE0 Ch\xED Minh \x96 Tr\xF2nh Caf\xE9",
                   core::dataset::TextEncoding::vni),
            "Đảng Cộng sản Việt Nam – Hồ Chí Minh – Trịnh Café");
  EXPECT_EQ(decode("NGUYE\xC3N VA\xCAN \xD1\xD6\xD9\x43 \xD4\xD9T", core::dataset::TextEncoding::vni), "NGUYỄN VĂN ĐỨC ỚT");
}

// A byte Windows-1252 leaves undefined is not VNI: the read stops there, naming line, column and offset.
TEST(DatasetExcelCsv, VniRefusesAByteWindows1252DoesNotDefine) {
  const std::string members = kMemberHeader + "M1,CB01,Nguye\xE3n \x81,nam,1980-01-02,chinh_thuc,2005-03-04\n";
  const core::Text t = read_fatal(write_dataset("enc-vni-bad", {{"dataset.yaml", "encoding: {members: vni}\n"},
                                                                {"organizations.csv", kOrgs},
                                                                {"members.csv", members}}));
  EXPECT_THAT(t.en, HasSubstr("members.csv:2:16:"));
  EXPECT_THAT(t.en, HasSubstr("vni"));
}

TEST(DatasetExcelCsv, LegacyFilesReadWhenTheManifestNamesTheEncoding) {
  const std::string tcvn3 = kMemberHeader + "M1,CB01,Tr\xB5 V\xA8n \xA7\xB8,nam,1980-01-02,chinh_thuc,2005-03-04\n";
  const std::string cp1258 = kMemberHeader + "M1,CB01,Nguy\xEA\xDEn V\xE3n \xD0\xFD\xEC\x63,nam,1980-01-02,chinh_thuc,2005-03-04\n";
  auto ds = read_ok(write_dataset("enc-tcvn3", {{"dataset.yaml", "encoding: {members: tcvn3}\n"},
                                                {"organizations.csv", kOrgs},
                                                {"members.csv", tcvn3}}));
  ASSERT_TRUE(ds);
  EXPECT_EQ(ds->members[0].full_name, "Trà Văn Đá");
  ds = read_ok(write_dataset("enc-1258", {{"dataset.yaml", "encoding: {members: windows-1258}\n"},
                                          {"organizations.csv", kOrgs},
                                          {"members.csv", cp1258}}));
  ASSERT_TRUE(ds);
  EXPECT_EQ(ds->members[0].full_name, "Nguyễn Văn Đức");
  const std::string vni = kMemberHeader + "M1,CB01,Nguye\xE3n Va\xEAn \xD1\xF6\xF9\x63,nam,1980-01-02,chinh_thuc,2005-03-04\n";
  ds = read_ok(write_dataset("enc-vni", {{"dataset.yaml", "encoding: {members: VNI-Windows}\n"},
                                         {"organizations.csv", kOrgs},
                                         {"members.csv", vni}}));
  ASSERT_TRUE(ds);
  EXPECT_EQ(ds->members[0].full_name, "Nguyễn Văn Đức");
  // The encoding for every table: organizations.csv is ASCII, read the same in either.
  ds = read_ok(write_dataset("enc-all", {{"dataset.yaml", "encoding: CP1258\n"},
                                         {"organizations.csv", "id,parent_id,name,kind\nT,,Khoi,cap_tren_co_so\nCB01,T,Chi bo,chi_bo_co_so\n"},
                                         {"members.csv", cp1258}}));
  ASSERT_TRUE(ds);
  EXPECT_EQ(ds->members[0].full_name, "Nguyễn Văn Đức");
}

TEST(DatasetExcelCsv, VietnameseHeadersOfMemberExportsNeedNoManifest) {
  // NFD, capitals, doubled spaces and a header without diacritics all name their column.
  const std::string nfd_ho_va_ten = "Ho\xCC\xA3 va\xCC\x80 te\xCC\x82n";
  const std::string members =
      "Mã đảng viên;MÃ CHI BỘ;Ho va ten;Giới  tính;Ngày sinh;Trạng thái;Ngày vào Đảng;Số CCCD;Ngày chính thức;"
      "Số thẻ đảng viên;Chi bộ\n"
      "M1;CB01;Nguyễn Văn An;Nam;02/01/1980;Chính thức;04/03/2005;001080012345;04/03/2006;12345;Chi bộ Sở Tư pháp\n";
  const auto ds = read_ok(write_dataset("vi-headers", {{"organizations.csv", kOrgs}, {"members.csv", members}}));
  ASSERT_TRUE(ds);
  ASSERT_EQ(ds->members.size(), 1u);
  const Member& m = ds->members[0];
  EXPECT_EQ(m.id, "M1");
  EXPECT_EQ(m.full_name, "Nguyễn Văn An");
  EXPECT_EQ(m.gender, Gender::nam);
  EXPECT_EQ(m.birth_date, Date::from_ymd(1980, 1, 2));
  EXPECT_EQ(m.citizen_id, "001080012345");
  EXPECT_EQ(m.official_on, Date::from_ymd(2006, 3, 4));
  EXPECT_EQ(m.card_number, "12345");
  EXPECT_EQ(ds->organizations[m.org].id, "CB01");  // "Mã chi bộ" holds the code; "Chi bộ" stays an extra
  EXPECT_EQ(ds->members.extra(0, "Chi bộ"), "Chi bộ Sở Tư pháp");
  EXPECT_TRUE(ds->read_issues.empty());

  const std::string nfd = "id,org_id," + nfd_ho_va_ten + ",gender,birth_date,status,admitted_on\n"
                          "M1,CB01,An,nam,1980-01-02,chinh_thuc,2005-03-04\n";
  const auto ds2 = read_ok(write_dataset("vi-nfd", {{"organizations.csv", kOrgs}, {"members.csv", nfd}}));
  ASSERT_TRUE(ds2);
  EXPECT_EQ(ds2->members[0].full_name, "An");
}

TEST(DatasetExcelCsv, BadgeColumnsByTheirVietnameseHeaders) {
  const std::string members =
      "Mã đảng viên,Mã chi bộ,Họ và tên,Giới tính,Ngày sinh,Trạng thái,Ngày vào Đảng,Huy hiệu Đảng,Ngày trao huy hiệu\n"
      "M1,CB01,An,nam,1950-01-02,chinh_thuc,1975-03-04,40 năm,07/11/2015\n"
      "M2,CB01,Bình,nam,1960-01-02,chinh_thuc,1985-03-04,,\n"
      "M3,CB01,Cúc,nu,1960-01-02,chinh_thuc,1985-03-04,ba mươi,\n";
  const auto ds = read_ok(write_dataset("vi-badge", {{"organizations.csv", kOrgs}, {"members.csv", members}}));
  ASSERT_TRUE(ds);
  ASSERT_EQ(ds->members.size(), 3u);
  EXPECT_EQ(ds->members[0].badge_years, 40);
  EXPECT_EQ(ds->members[0].badge_awarded_on, Date::from_ymd(2015, 11, 7));
  EXPECT_EQ(ds->members[1].badge_years, 0);
  EXPECT_FALSE(ds->members[1].badge_awarded_on.valid());
  ASSERT_EQ(ds->read_issues.size(), 1u);  // M3's badge names no years: a finding on its cell, not a silent 0
  EXPECT_EQ(ds->read_issues[0].column_name, "badge_years");
  EXPECT_EQ(ds->read_issues[0].line, 4u);
  EXPECT_EQ(ds->read_issues[0].column, 49u);
  EXPECT_EQ(ds->read_issues[0].value, "ba mươi");
}

TEST(DatasetExcelCsv, RatingsByTheirVietnameseHeadersAndLevels) {
  const std::string members = "id,org_id,full_name,gender,birth_date,status,admitted_on\n"
                              "M1,CB01,An,nam,1980-01-02,chinh_thuc,2005-03-04\n"
                              "M2,CB01,Bình,nu,1981-01-02,chinh_thuc,2006-03-04\n";
  const std::string ratings = "Mã đảng viên,Năm,Xếp loại\n"
                              "M1,2023,Hoàn thành xuất sắc nhiệm vụ\n"
                              "M1,2024,tot\n"
                              "M2,2024,Không hoàn thành nhiệm vụ\n"
                              "M2,24,Hoàn thành\n"
                              "M2,2025,khá\n"
                              "M9,2024,hoan_thanh\n";
  const auto ds = read_ok(write_dataset(
      "vi-ratings", {{"organizations.csv", kOrgs}, {"members.csv", members}, {"ratings.csv", ratings}}));
  ASSERT_TRUE(ds);
  ASSERT_TRUE(ds->ratings.present);
  ASSERT_EQ(ds->ratings.size(), 6u);
  EXPECT_EQ(ds->ratings[0].member, 0u);
  EXPECT_EQ(ds->ratings[0].year, 2023);
  EXPECT_EQ(ds->ratings[0].rating, QualityRating::xuat_sac);
  EXPECT_EQ(ds->ratings[1].rating, QualityRating::tot);
  EXPECT_EQ(ds->ratings[2].rating, QualityRating::khong_hoan_thanh);
  EXPECT_EQ(ds->ratings[3].rating, QualityRating::hoan_thanh);
  EXPECT_EQ(ds->ratings[3].year, 0);  // "24" is no year: a finding, not 2024 guessed
  EXPECT_EQ(ds->ratings[4].rating, QualityRating::unknown);
  EXPECT_EQ(ds->ratings[5].member, kNone);
  EXPECT_EQ(ds->ratings_by_member.of(0).size(), 2u);
  EXPECT_EQ(ds->ratings_by_member.of(1).size(), 3u);
  ASSERT_EQ(ds->read_issues.size(), 2u);
  EXPECT_EQ(ds->read_issues[0].table, TableId::ratings);
  EXPECT_EQ(ds->read_issues[0].column_name, "year");
  EXPECT_EQ(ds->read_issues[0].line, 5u);
  EXPECT_EQ(ds->read_issues[1].column_name, "rating");
  EXPECT_EQ(ds->read_issues[1].value, "khá");
  ASSERT_EQ(ds->unresolved.size(), 1u);
  EXPECT_EQ(ds->unresolved[0].table, TableId::ratings);
  EXPECT_EQ(ds->unresolved[0].value, "M9");
}

TEST(DatasetExcelCsv, MeetingsAndAttendanceByTheirVietnameseHeaders) {
  const std::string members = "id,org_id,full_name,gender,birth_date,status,admitted_on\n"
                              "M1,CB01,An,nam,1980-01-02,chinh_thuc,2005-03-04\n"
                              "M2,CB01,Bình,nu,1981-01-02,chinh_thuc,2006-03-04\n";
  // A minutes book: one line per meeting; then who was absent, and why.
  const std::string meetings = "Số biên bản,Mã chi bộ,Ngày họp,Hình thức sinh hoạt\n"
                               "BB1,CB01,05/01/2023,Thường kỳ\n"
                               "BB2,CB01,20/01/2023,Sinh hoạt chuyên đề\n"
                               "BB3,CB01,05/02/2023,họp mặt\n"
                               "BB1,CB02,05/01/2023,Định kỳ\n"
                               "BB4,CB09,05/03/2023,thuong_ky\n";
  const std::string attendance = "Số biên bản,Mã đảng viên,Có mặt,Lý do vắng\n"
                                 "BB1,M1,Vắng,\n"
                                 "BB1,M2,Vắng,Ốm\n"
                                 "BB2,M1,Vắng,Không lý do\n"
                                 "BB2,M2,Có mặt,\n"
                                 "BB7,M1,Vắng,\n"
                                 "BB3,M2,có lẽ,\n";
  const auto ds = read_ok(write_dataset("vi-meetings", {{"organizations.csv", kOrgs},
                                                        {"members.csv", members},
                                                        {"meetings.csv", meetings},
                                                        {"attendance.csv", attendance}}));
  ASSERT_TRUE(ds);
  ASSERT_EQ(ds->meetings.size(), 5u);
  EXPECT_EQ(ds->meetings[0].org, 1u);
  EXPECT_EQ(ds->meetings[0].date, Date::from_ymd(2023, 1, 5));
  EXPECT_EQ(ds->meetings[0].kind, MeetingKind::thuong_ky);
  EXPECT_EQ(ds->meetings[1].kind, MeetingKind::chuyen_de);
  EXPECT_EQ(ds->meetings[2].kind, MeetingKind::unknown);
  EXPECT_EQ(ds->meetings[3].kind, MeetingKind::thuong_ky);
  EXPECT_EQ(ds->meetings[4].org, kNone);
  EXPECT_EQ(ds->meetings_by_org.of(1).size(), 3u);
  ASSERT_EQ(ds->attendance.size(), 6u);
  EXPECT_EQ(ds->attendance[0].meeting, 0u);
  EXPECT_FALSE(ds->attendance[0].present);
  EXPECT_FALSE(ds->attendance[0].excused);
  EXPECT_TRUE(ds->attendance[1].excused);
  EXPECT_EQ(ds->attendance[1].reason, "Ốm");
  EXPECT_FALSE(ds->attendance[2].excused);  // "Không lý do" gives no reason
  EXPECT_TRUE(ds->attendance[3].present);
  EXPECT_EQ(ds->attendance[4].meeting, kNone);
  EXPECT_EQ(ds->attendance_by_member.of(0).size(), 3u);
  // Findings: the unknown kind, the duplicate meeting id, the unreadable presence; BB4's cell and BB7 dangle.
  ASSERT_EQ(ds->read_issues.size(), 3u);
  EXPECT_EQ(ds->read_issues[0].table, TableId::meetings);
  EXPECT_EQ(ds->read_issues[0].column_name, "kind");
  EXPECT_EQ(ds->read_issues[0].value, "họp mặt");
  EXPECT_EQ(ds->read_issues[1].table, TableId::meetings);
  EXPECT_EQ(ds->read_issues[1].column_name, "id");
  EXPECT_EQ(ds->read_issues[1].line, 5u);
  EXPECT_EQ(ds->read_issues[2].table, TableId::attendance);
  EXPECT_EQ(ds->read_issues[2].column_name, "present");
  ASSERT_EQ(ds->unresolved.size(), 2u);
  EXPECT_EQ(ds->unresolved[0].table, TableId::meetings);
  EXPECT_EQ(ds->unresolved[0].value, "CB09");
  EXPECT_EQ(ds->unresolved[1].table, TableId::attendance);
  EXPECT_EQ(ds->unresolved[1].column_name, "meeting_id");
  EXPECT_EQ(ds->unresolved[1].value, "BB7");
  EXPECT_EQ(ds->unresolved[1].line, 6u);
  EXPECT_EQ(ds->unresolved[1].column, 1u);
}

TEST(DatasetExcelCsv, EveryAttendanceRowIsReadWhateverMarksAndReasonsCameBefore) {
  // Marks and reasons are folded once per distinct value (the last 16 are remembered): a value that is neither
  // present nor absent is still reported on every row, and a reason read after twenty others still says
  // whether it excuses.
  const std::string members =
      "id,org_id,full_name,gender,birth_date,status,admitted_on\n"
      "M1,CB01,An,nam,1980-01-02,chinh_thuc,2005-03-04\n";
  std::string meetings = "id,org_id,date,kind\n";
  std::string attendance = "meeting_id,member_id,present,reason\n";
  for (int i = 0; i < 40; ++i) {
    meetings += fmt::format("BB{},CB01,2023-{:02}-{:02},thuong_ky\n", i, i / 28 + 1, i % 28 + 1);
    attendance += fmt::format("BB{},M1,{},{}\n", i, i % 3 == 2 ? "có lẽ" : "Vắng",
                              i % 2 == 0 ? fmt::format("Lý do {}", i) : "KLD");
  }
  const auto ds = read_ok(write_dataset("attendance-recent-values", {{"organizations.csv", kOrgs},
                                                                     {"members.csv", members},
                                                                     {"meetings.csv", meetings},
                                                                     {"attendance.csv", attendance}}));
  ASSERT_TRUE(ds);
  ASSERT_EQ(ds->attendance.size(), 40u);
  std::size_t unreadable = 0;
  for (const auto& issue : ds->read_issues)
    if (issue.table == TableId::attendance && issue.column_name == "present") {
      EXPECT_EQ(issue.value, "có lẽ");
      EXPECT_EQ(issue.line % 3, 1u) << issue.line;  // rows 2, 5, 8 ... of the data: lines 4, 7, 10 ...
      ++unreadable;
    }
  EXPECT_EQ(unreadable, 13u);
  for (int i = 0; i < 40; ++i) {
    EXPECT_FALSE(ds->attendance[static_cast<std::size_t>(i)].present) << i;
    EXPECT_EQ(ds->attendance[static_cast<std::size_t>(i)].excused, i % 2 == 0) << i;
  }
}

TEST(DatasetExcelCsv, DatedExemptionsByTheirVietnameseHeaders) {
  const std::string members =
      "id,org_id,full_name,gender,birth_date,status,admitted_on,Miễn sinh hoạt,Ngày miễn sinh hoạt,"
      "Miễn sinh hoạt đến ngày,Lý do miễn sinh hoạt\n"
      "M1,CB01,An,nam,1940-01-02,chinh_thuc,1965-03-04,,2020-05-01,,Tuổi cao\n"
      "M2,CB01,Bình,nu,1941-01-02,chinh_thuc,1966-03-04,x,2019-01-01,2019-12-31,Ốm\n"
      "M3,CB01,Cường,nam,1942-01-02,chinh_thuc,1967-03-04,x,,,\n"
      "M4,CB01,Dũng,nam,1943-01-02,chinh_thuc,1968-03-04,,31/02/2020,,\n";
  const auto ds = read_ok(write_dataset("vi-exempt", {{"organizations.csv", kOrgs}, {"members.csv", members}}));
  ASSERT_TRUE(ds);
  ASSERT_EQ(ds->members.size(), 4u);
  const Member& m1 = ds->members[0];
  EXPECT_EQ(m1.exempt_from, Date::from_ymd(2020, 5, 1));
  EXPECT_EQ(m1.exempt_reason, "Tuổi cao");
  EXPECT_FALSE(m1.exempt_at(Date::from_ymd(2020, 4, 30)));
  EXPECT_TRUE(m1.exempt_at(Date::from_ymd(2020, 5, 1)));  // dated without the flag: the dates decide
  EXPECT_TRUE(m1.exempt_at(Date::from_ymd(2026, 1, 1)));
  const Member& m2 = ds->members[1];
  EXPECT_TRUE(m2.exempt_at(Date::from_ymd(2019, 12, 31)));
  EXPECT_FALSE(m2.exempt_at(Date::from_ymd(2020, 1, 1)));  // the flag without dates no longer decides
  EXPECT_TRUE(ds->members[2].exempt_at(Date::from_ymd(1990, 1, 1)));  // the older form: the flag alone
  EXPECT_FALSE(ds->members[3].exempt_at(Date::from_ymd(2021, 1, 1)));
  ASSERT_EQ(ds->read_issues.size(), 1u);
  EXPECT_EQ(ds->read_issues[0].column_name, "exempt_from");
  EXPECT_EQ(ds->read_issues[0].value, "31/02/2020");
}

TEST(DatasetExcelCsv, ContractNamesComeBeforeBuiltInHeaders) {
  const std::string members = "id,org_id,full_name,gender,birth_date,status,admitted_on,Họ và tên\n"
                              "M1,CB01,An,nam,1980-01-02,chinh_thuc,2005-03-04,Nguyễn Văn An\n";
  const auto ds = read_ok(write_dataset("vi-contract", {{"organizations.csv", kOrgs}, {"members.csv", members}}));
  ASSERT_TRUE(ds);
  EXPECT_EQ(ds->members[0].full_name, "An");
  EXPECT_EQ(ds->members.extra(0, "Họ và tên"), "Nguyễn Văn An");
}

TEST(DatasetExcelCsv, BuiltInHeadersAreUnambiguousPerTable) {
  using namespace core::dataset;
  for (int t = 0; t < static_cast<int>(kTableCount); ++t) {
    const auto id = static_cast<TableId>(t);
    const TableSpec& spec = spec_of(id);
    std::map<std::string, int> seen;
    for (const HeaderAlias& a : builtin_aliases(id)) {
      ASSERT_GE(a.column, 0);
      ASSERT_LT(static_cast<std::size_t>(a.column), spec.columns.size());
      const std::string key = bare_key(a.header);
      const auto [it, fresh] = seen.emplace(key, a.column);
      EXPECT_TRUE(fresh || it->second == a.column) << table_name(id) << ": '" << a.header << "' names two columns";
      EXPECT_EQ(builtin_alias_column(id, a.header), a.column) << a.header;
      for (const ColumnSpec& c : spec.columns) EXPECT_NE(key, c.name) << a.header;
    }
  }
}

TEST(DatasetExcelCsv, TransferKindByItsVietnameseHeaderAndValues) {
  const std::string members = "id,org_id,full_name,gender,birth_date,status,admitted_on\n"
                              "M1,CB01,An,nam,1980-01-02,chinh_thuc,2005-03-04\n";
  const std::string transfers =
      "Mã đảng viên,Mã chi bộ,Họ và tên,Chiều chuyển,Ngày cấp giấy giới thiệu,Hình thức chuyển sinh hoạt,"
      "Ngày kết thúc sinh hoạt tạm thời\n"
      "M1,CB01,An,Chuyển đi,05/01/2023,Sinh hoạt tạm thời,30/06/2023\n"
      "X2,CB01,Bình,Chuyển đến,06/01/2023,Chính thức,\n"
      "X3,CB01,Cúc,Chuyển đến,07/01/2023,,\n"
      "X4,CB01,Dũng,Chuyển đi,08/01/2023,lâu dài,\n";
  const auto ds = read_ok(write_dataset("vi-transfer-kind", {{"organizations.csv", kOrgs},
                                                             {"members.csv", members},
                                                             {"transfers.csv", transfers}}));
  ASSERT_TRUE(ds);
  ASSERT_EQ(ds->transfers.size(), 4u);
  EXPECT_EQ(ds->transfers[0].kind, TransferKind::tam_thoi);
  EXPECT_EQ(ds->transfers[0].ended_on, Date::from_ymd(2023, 6, 30));
  EXPECT_EQ(ds->transfers[1].kind, TransferKind::chinh_thuc);
  EXPECT_EQ(ds->transfers[2].kind, TransferKind::chinh_thuc);  // empty: official, as before the column
  EXPECT_EQ(ds->transfers[3].kind, TransferKind::unknown);
  ASSERT_EQ(ds->read_issues.size(), 1u);
  EXPECT_EQ(ds->read_issues[0].table, TableId::transfers);
  EXPECT_EQ(ds->read_issues[0].column_name, "kind");
  EXPECT_EQ(ds->read_issues[0].value, "lâu dài");
  EXPECT_EQ(ds->read_issues[0].line, 5u);
}

TEST(DatasetExcelCsv, TransfersWithoutTheKindColumnAreOfficial) {
  const std::string transfers = "member_id,org_id,direction,issued_on\nX2,CB01,di,2023-01-06\n";
  const auto ds = read_ok(
      write_dataset("transfer-no-kind",
                    {{"organizations.csv", kOrgs}, {"members.csv", kMemberHeader}, {"transfers.csv", transfers}}));
  ASSERT_TRUE(ds);
  ASSERT_EQ(ds->transfers.size(), 1u);
  EXPECT_EQ(ds->transfers[0].kind, TransferKind::chinh_thuc);
  EXPECT_FALSE(ds->transfers[0].ended_on.valid());
  EXPECT_TRUE(ds->read_issues.empty());
}

TEST(DatasetExcelCsv, DeathEventsByTheirVietnameseLabel) {
  const std::string members = "id,org_id,full_name,gender,birth_date,status,admitted_on\n"
                              "M1,CB01,An,nam,1930-01-02,chinh_thuc,1955-03-04\n";
  const std::string events = "kind,date,member_id\nTừ trần,2024-02-03,M1\ntu_tran,2024-02-04,M1\n";
  const auto ds = read_ok(
      write_dataset("vi-death", {{"organizations.csv", kOrgs}, {"members.csv", members}, {"events.csv", events}}));
  ASSERT_TRUE(ds);
  ASSERT_EQ(ds->events.size(), 2u);
  EXPECT_EQ(ds->events[0].kind, EventKind::tu_tran);
  EXPECT_EQ(ds->events[1].kind, EventKind::tu_tran);
  EXPECT_EQ(ds->events[0].member, 0u);
  EXPECT_TRUE(ds->read_issues.empty());
}

}  // namespace
}  // namespace kiemtra::test
