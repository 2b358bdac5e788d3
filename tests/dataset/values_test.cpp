// The value forms of the contract: each accepted form, and the forms that must be refused.
#include "dataset/values.hpp"

#include <gtest/gtest.h>

#include "dataset/enum_parse.hpp"
#include "dataset/text.hpp"

namespace kiemtra::core::dataset {
namespace {

Date date(std::string_view s) {
  Date d;
  EXPECT_EQ(parse_date(s, d), ValueError::none) << s;
  return d;
}
ValueError date_error(std::string_view s) {
  Date d;
  return parse_date(s, d);
}
std::int64_t money(std::string_view s) {
  std::int64_t v = -5;
  EXPECT_EQ(parse_money(s, v), ValueError::none) << s;
  return v;
}
bool money_ok(std::string_view s) {
  std::int64_t v;
  return parse_money(s, v) == ValueError::none;
}

TEST(Values, DatesInEveryContractForm) {
  const Date want = Date::from_ymd(2019, 9, 30);
  EXPECT_EQ(date("2019-09-30"), want);
  EXPECT_EQ(date("30/09/2019"), want);
  EXPECT_EQ(date("30-09-2019"), want);
  EXPECT_EQ(date("30.09.2019"), want);
  EXPECT_EQ(date("2019/09/30"), want);
  EXPECT_EQ(date("1/2/2020"), Date::from_ymd(2020, 2, 1));  // day first, one digit each
  EXPECT_EQ(date("29/02/2020"), Date::from_ymd(2020, 2, 29));
}

TEST(Values, ImpossibleAndMalformedDatesAreRefused) {
  EXPECT_EQ(date_error("31/02/2019"), ValueError::no_such_date);
  EXPECT_EQ(date_error("2019-02-29"), ValueError::no_such_date);
  EXPECT_EQ(date_error("2019-13-01"), ValueError::no_such_date);
  EXPECT_EQ(date_error("00/01/2019"), ValueError::no_such_date);
  EXPECT_EQ(date_error("30/09/19"), ValueError::not_date);
  EXPECT_EQ(date_error("2019-09-30 00:00"), ValueError::not_date);
  EXPECT_EQ(date_error("30/09-2019"), ValueError::not_date);
  EXPECT_EQ(date_error("hôm qua"), ValueError::not_date);
  EXPECT_EQ(date_error("2019.09.30"), ValueError::not_date);
  EXPECT_EQ(date_error("30/09/0019"), ValueError::year_range);
}

// Spreadsheet date-times: midnight is the date (Excel's date cell), any other time is not a date.
TEST(Values, EveryDayOfTheYearsADatasetMayHoldReadsAsTheCalendarSays) {
  int days = 0;
  for (Date d = Date::from_ymd(1800, 1, 1); d <= Date::from_ymd(2200, 12, 31); d = d.plus_days(1), ++days) {
    const std::string iso = d.iso(), vn = d.vn();
    ASSERT_TRUE(iso_date_shape(iso)) << iso;
    Date a, b, c;
    ASSERT_EQ(parse_iso_date(iso, a), ValueError::none) << iso;
    ASSERT_EQ(parse_date(iso, b), ValueError::none) << iso;
    ASSERT_EQ(parse_date(vn, c), ValueError::none) << vn;
    ASSERT_EQ(a, d) << iso;
    ASSERT_EQ(b, d) << iso;
    ASSERT_EQ(c, d) << vn;
  }
  EXPECT_EQ(days, 146462);  // 401 years: 97 leap days among them (1800, 1900 and 2100 are not leap years)
  Date d;
  EXPECT_EQ(parse_iso_date("1900-02-29", d), ValueError::no_such_date);
  EXPECT_EQ(parse_iso_date("2000-02-29", d), ValueError::none);
  EXPECT_EQ(parse_iso_date("2019-13-01", d), ValueError::no_such_date);
  EXPECT_EQ(parse_iso_date("1799-12-31", d), ValueError::year_range);
  EXPECT_EQ(parse_iso_date("2201-01-01", d), ValueError::year_range);
  for (const char* not_iso : {"2019-9-30", "2019/09/30", "2019-09-3x", "20a9-09-30", "2019-09-30 ", "30/09/2019"})
    EXPECT_FALSE(iso_date_shape(not_iso)) << not_iso;
}

TEST(Values, DateTimesSplitAtMidnightOnly) {
  std::string_view date;
  for (const char* s : {"1990-11-05 00:00:00", "1990-11-05 00:00", "5/11/1990 0:00", "1990-11-05T00:00:00",
                        "1990-11-05 00:00:00.000", "11/5/1990 12:00:00 AM", "1990-11-05T00:00:00Z"}) {
    EXPECT_EQ(split_time(s, date), TimePart::midnight) << s;
    EXPECT_EQ(date, std::string_view(s).substr(0, date.size())) << s;
    EXPECT_TRUE(date == "1990-11-05" || date == "5/11/1990" || date == "11/5/1990") << s;
  }
  for (const char* s : {"1990-11-05 14:30", "1990-11-05 00:00:01", "11/5/1990 12:00:00 PM", "1990-11-05 00:00:00.5"})
    EXPECT_EQ(split_time(s, date), TimePart::other) << s;
  for (const char* s : {"1990-11-05", "1990-11-05 abc", "1990-11-05 25:00", "1990-11-05 00:60", "Nguyễn Văn An",
                        "30/09/2019 0", "1990-11-05 00:00 XM", "12:00"})
    EXPECT_EQ(split_time(s, date), TimePart::none) << s;
  EXPECT_EQ(excel_serial_date("31047").iso(), "1984-12-31");
  EXPECT_EQ(excel_serial_date("43738").iso(), "2019-09-30");
  EXPECT_FALSE(excel_serial_date("0").valid());
  EXPECT_FALSE(excel_serial_date("12345678").valid());
  EXPECT_FALSE(excel_serial_date("3104a").valid());
}

TEST(Values, Months) {
  Month m;
  EXPECT_EQ(parse_month("2019-09", m), ValueError::none);
  EXPECT_EQ(m, Month::of(2019, 9));
  EXPECT_EQ(parse_month("09/2019", m), ValueError::none);
  EXPECT_EQ(m, Month::of(2019, 9));
  EXPECT_EQ(parse_month("9/2019", m), ValueError::none);
  EXPECT_EQ(m, Month::of(2019, 9));
  EXPECT_EQ(parse_month("2019-13", m), ValueError::not_month);
  EXPECT_EQ(parse_month("2019-09-01", m), ValueError::not_month);
  EXPECT_EQ(parse_month("09.2019", m), ValueError::not_month);
}

TEST(Values, MoneyWithThousandsSeparators) {
  EXPECT_EQ(money("1490000"), 1490000);
  EXPECT_EQ(money("1.490.000"), 1490000);
  EXPECT_EQ(money("1,490,000"), 1490000);
  EXPECT_EQ(money("0"), 0);
  EXPECT_EQ(money("500"), 500);
  EXPECT_EQ(money("12.000"), 12000);
  EXPECT_FALSE(money_ok("1.490,000"));   // mixed separators
  EXPECT_FALSE(money_ok("1490.000"));    // first group longer than three
  EXPECT_FALSE(money_ok("1.49.000"));    // short group
  EXPECT_FALSE(money_ok("1490000.50"));  // decimals
  EXPECT_FALSE(money_ok("14,90"));
  EXPECT_FALSE(money_ok("-1000"));
  EXPECT_FALSE(money_ok("1.490.000đ"));
  EXPECT_FALSE(money_ok("abc"));
  EXPECT_FALSE(money_ok("1."));
  EXPECT_FALSE(money_ok("999999999999999999999"));
}

// The longest amount read has 17 digits, written plain or in groups; one more digit is not an amount, and is
// refused before it is taken in (a grouped 20-digit amount overflowed a 64-bit integer: fuzz/regressions/csv).
TEST(Values, MoneyOfMoreThanSeventeenDigitsIsNotAnAmount) {
  EXPECT_EQ(money("99999999999999999"), 99'999'999'999'999'999);
  EXPECT_EQ(money("99.999.999.999.999.999"), 99'999'999'999'999'999);
  EXPECT_EQ(money("99,999,999,999,999,999"), 99'999'999'999'999'999);
  EXPECT_FALSE(money_ok("999999999999999999"));
  EXPECT_FALSE(money_ok("999.999.999.999.999.999"));
  EXPECT_FALSE(money_ok("16.503.500.000.503.500.000"));
  EXPECT_FALSE(money_ok("9.999.999.999.999.999.999.999.999"));
}

TEST(Values, Booleans) {
  for (const char* t : {"1", "true", "TRUE", "x", "X", "có", "Có", "CÓ", "co", "yes"}) {
    bool b = false;
    EXPECT_EQ(parse_bool(t, b), ValueError::none) << t;
    EXPECT_TRUE(b) << t;
  }
  for (const char* f : {"0", "false", "False", "không", "KHÔNG", "khong", "no"}) {
    bool b = true;
    EXPECT_EQ(parse_bool(f, b), ValueError::none) << f;
    EXPECT_FALSE(b) << f;
  }
  bool b;
  EXPECT_EQ(parse_bool("2", b), ValueError::not_bool);
  EXPECT_EQ(parse_bool("đúng", b), ValueError::not_bool);
}

TEST(Values, EducationCitizenIdAndTerm) {
  std::int8_t n = -1;
  EXPECT_EQ(parse_education("9/12", n), ValueError::none);
  EXPECT_EQ(n, 9);
  EXPECT_EQ(parse_education("12/12", n), ValueError::none);
  EXPECT_EQ(n, 12);
  EXPECT_EQ(parse_education("0/12", n), ValueError::none);
  EXPECT_EQ(n, 0);
  EXPECT_EQ(parse_education("13/12", n), ValueError::not_education);
  EXPECT_EQ(parse_education("9/10", n), ValueError::not_education);
  EXPECT_EQ(parse_education("12", n), ValueError::not_education);
  EXPECT_EQ(check_citizen_id("001080012345"), ValueError::none);
  EXPECT_EQ(check_citizen_id("01080012345"), ValueError::not_citizen_id);  // leading zero lost by a spreadsheet
  EXPECT_EQ(check_citizen_id("00108001234X"), ValueError::not_citizen_id);
  std::int16_t a = 0, z = 0;
  EXPECT_EQ(parse_term("2020-2025", a, z), ValueError::none);
  EXPECT_EQ(a, 2020);
  EXPECT_EQ(z, 2025);
  EXPECT_EQ(parse_term("2020 – 2025", a, z), ValueError::none);
  EXPECT_EQ(parse_term("2025-2020", a, z), ValueError::not_term);
  EXPECT_EQ(parse_term("2020", a, z), ValueError::not_term);
  EXPECT_EQ(parse_term("20-25", a, z), ValueError::not_term);
}

TEST(Values, BadgeYearsAsOfficesWriteThem) {
  std::int16_t y = 0;
  EXPECT_EQ(parse_badge_years("30", y), ValueError::none);
  EXPECT_EQ(y, 30);
  EXPECT_EQ(parse_badge_years("40 năm", y), ValueError::none);
  EXPECT_EQ(y, 40);
  EXPECT_EQ(parse_badge_years("Huy hiệu 55 năm tuổi Đảng", y), ValueError::none);
  EXPECT_EQ(y, 55);
  EXPECT_EQ(parse_badge_years("năm mươi", y), ValueError::not_badge);
  EXPECT_EQ(parse_badge_years("30, 40", y), ValueError::not_badge);  // two badges: the highest one is asked for
  EXPECT_EQ(parse_badge_years("0", y), ValueError::not_badge);
  EXPECT_EQ(parse_badge_years("1995", y), ValueError::not_badge);  // a year, not years of party age
}

TEST(Values, EnumerationsByCodeOrVietnameseLabelInAnyCase) {
  MemberStatus s = MemberStatus::unknown;
  EXPECT_TRUE(parse_choice("chinh_thuc", s));
  EXPECT_EQ(s, MemberStatus::chinh_thuc);
  EXPECT_TRUE(parse_choice("CHÍNH THỨC", s));
  EXPECT_EQ(s, MemberStatus::chinh_thuc);
  EXPECT_TRUE(parse_choice("Dự bị", s));
  EXPECT_EQ(s, MemberStatus::du_bi);
  EXPECT_TRUE(parse_choice("D\xE1\xBB\xB1  b\xE1\xBB\x8B", s));  // two spaces
  EXPECT_EQ(s, MemberStatus::du_bi);
  EXPECT_TRUE(parse_choice("Du\xCC\x9B\xCC\xA3 bi\xCC\xA3", s));  // NFD: u + horn + dot below
  EXPECT_EQ(s, MemberStatus::du_bi);
  EXPECT_FALSE(parse_choice("chinh thuc tam", s));

  Gender g = Gender::unknown;
  EXPECT_TRUE(parse_choice("M", g));
  EXPECT_EQ(g, Gender::nam);
  EXPECT_TRUE(parse_choice("nữ", g));
  EXPECT_EQ(g, Gender::nu);
  EXPECT_TRUE(parse_choice("F", g));
  EXPECT_EQ(g, Gender::nu);

  OrgKind k = OrgKind::unknown;
  EXPECT_TRUE(parse_choice("Chi bộ cơ sở", k));
  EXPECT_EQ(k, OrgKind::chi_bo_co_so);
  EXPECT_TRUE(parse_choice("ĐẢNG BỘ BỘ PHẬN", k));
  EXPECT_EQ(k, OrgKind::dang_bo_bo_phan);

  CommitteeRole r = CommitteeRole::unknown;
  EXPECT_TRUE(parse_choice("Phó Bí thư", r));
  EXPECT_EQ(r, CommitteeRole::pho_bi_thu);
  EXPECT_TRUE(parse_choice("Ủy viên Ban Thường vụ", r));
  EXPECT_EQ(r, CommitteeRole::thuong_vu);
  EXPECT_TRUE(parse_choice("Uỷ viên", r));
  EXPECT_EQ(r, CommitteeRole::cap_uy_vien);
  EXPECT_TRUE(parse_choice("Thường vụ", r));
  EXPECT_EQ(r, CommitteeRole::thuong_vu);

  TransferDirection d = TransferDirection::unknown;
  EXPECT_TRUE(parse_choice("Đến", d));
  EXPECT_EQ(d, TransferDirection::den);
  EXPECT_TRUE(parse_choice("đi", d));
  EXPECT_EQ(d, TransferDirection::di);

  TransferKind tk = TransferKind::unknown;
  EXPECT_TRUE(parse_choice("Tạm thời", tk));
  EXPECT_EQ(tk, TransferKind::tam_thoi);
  EXPECT_TRUE(parse_choice("chuyển sinh hoạt chính thức", tk));
  EXPECT_EQ(tk, TransferKind::chinh_thuc);
  EXPECT_FALSE(parse_choice("lâu dài", tk));

  EventKind e = EventKind::unknown;
  EXPECT_TRUE(parse_choice("Đề nghị Huy hiệu Đảng", e));
  EXPECT_EQ(e, EventKind::huy_hieu_de_nghi);
  EXPECT_TRUE(parse_choice("Kiểm tra thi hành kỷ luật", e));
  EXPECT_EQ(e, EventKind::kiem_tra_thi_hanh_ky_luat);
  EXPECT_TRUE(parse_choice("kỷ luật", e));
  EXPECT_EQ(e, EventKind::ky_luat);
  EXPECT_TRUE(parse_choice("Từ trần", e));
  EXPECT_EQ(e, EventKind::tu_tran);

  DuesCategory c = DuesCategory::none;
  EXPECT_TRUE(parse_choice("Học sinh, sinh viên", c));
  EXPECT_EQ(c, DuesCategory::hoc_sinh_sinh_vien);
  EXPECT_TRUE(parse_choice("Hưu trí", c));
  EXPECT_EQ(c, DuesCategory::huu_tri);
  EXPECT_FALSE(parse_choice("Công nhân", c));
}

TEST(Text, NfcNormalizesDecomposedVietnameseAndKeepsComposedText) {
  std::string scratch;
  const std::string nfd = "Nguye\xCC\x82\xCC\x83n";  // e + circumflex + tilde
  EXPECT_EQ(to_nfc(nfd, scratch), "Nguyễn");
  const std::string nfc = "Nguyễn Thị Ánh";
  EXPECT_EQ(to_nfc(nfc, scratch).data(), nfc.data());  // already NFC: no copy
  EXPECT_EQ(fold_key("  Chính   Thức ", scratch), "chính thức");
}

}  // namespace
}  // namespace kiemtra::core::dataset
