// Excel's stored values as text: date serials (both date systems, the phantom 29/02/1900), date formats,
// numbers, cell references.
#include <gtest/gtest.h>

#include <cmath>

#include "dataset/xlsx_values.hpp"

namespace kiemtra::test {
namespace {

using namespace kiemtra::core::dataset;

TEST(XlsxValues, DateSerials) {
  EXPECT_EQ(serial_date(1, false), "1900-01-01");
  EXPECT_EQ(serial_date(59, false), "1900-02-28");
  EXPECT_EQ(serial_date(61, false), "1900-03-01");  // Excel's serial 60 is a 29 February 1900 that never was
  EXPECT_EQ(serial_date(29222, false), "1980-01-02");
  EXPECT_EQ(serial_date(45000, false), "2023-03-15");
  EXPECT_EQ(serial_date(0, true), "1904-01-01");
  EXPECT_EQ(serial_date(29222 - 1462, true), "1980-01-02");  // the 1904 system counts 1462 days fewer
  EXPECT_EQ(serial_date(36779.3541666667, false), "2000-09-10 08:30:00");
  EXPECT_EQ(serial_date(2958465, false), "9999-12-31");
}

// A damaged date cell (found by the xlsx fuzzer: 3.8e43 converted to an integer was undefined behaviour) is no
// date: the reader keeps the number as written, which the date column then reports as unreadable.
TEST(XlsxValues, SerialsOutsideExcelsDatesAreNoDate) {
  EXPECT_FALSE(serial_date(3.84157e+43, false).has_value());
  EXPECT_FALSE(serial_date(2958466, false).has_value());
  EXPECT_FALSE(serial_date(-1, false).has_value());
  EXPECT_FALSE(serial_date(std::nan(""), true).has_value());
  EXPECT_FALSE(serial_date(HUGE_VAL, false).has_value());
}

TEST(XlsxValues, DateFormats) {
  for (int id : {14, 15, 16, 17, 22}) EXPECT_TRUE(builtin_date_format(id)) << id;
  for (int id : {0, 1, 2, 3, 4, 9, 10, 11, 18, 19, 20, 21, 49}) EXPECT_FALSE(builtin_date_format(id)) << id;
  EXPECT_TRUE(date_format_code("dd/mm/yyyy"));
  EXPECT_TRUE(date_format_code("[$-42A]dd/mm/yyyy"));
  EXPECT_TRUE(date_format_code("mmm-yy"));
  EXPECT_TRUE(date_format_code("yyyy-mm-dd h:mm:ss"));
  EXPECT_FALSE(date_format_code("h:mm"));
  EXPECT_FALSE(date_format_code("mm:ss"));
  EXPECT_FALSE(date_format_code("#,##0"));
  EXPECT_FALSE(date_format_code("0.00\" đ\""));  // a unit in quotes is text, not a day
  EXPECT_FALSE(date_format_code("[Red]0"));
}

TEST(XlsxValues, NumbersAndReferences) {
  EXPECT_EQ(number_text("12345"), "12345");
  EXPECT_EQ(number_text("1090012345"), "1090012345");
  EXPECT_EQ(number_text("1.23456789012E+11"), "123456789012");
  EXPECT_EQ(number_text("12345.0"), "12345");
  EXPECT_EQ(number_text("12.5"), "12.5");
  EXPECT_EQ(number_text("1E+20"), "1E+20");
  EXPECT_EQ(cell_ref(1, 1), "A1");
  EXPECT_EQ(cell_ref(8, 6), "H6");
  EXPECT_EQ(cell_ref(26, 12), "Z12");
  EXPECT_EQ(cell_ref(28, 12), "AB12");
  EXPECT_EQ(cell_ref(16384, 3), "XFD3");
}

}  // namespace
}  // namespace kiemtra::test
