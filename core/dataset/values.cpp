// Value parsers: by hand, without allocation, since they run once per field of millions of rows.
#include "dataset/values.hpp"

#include <string>

#include "dataset/text.hpp"

namespace kiemtra::core::dataset {

namespace {

constexpr int kMinYear = 1800;
constexpr int kMaxYear = 2200;

inline bool digit(char c) { return c >= '0' && c <= '9'; }

// Reads 1..max_digits digits at s[i]; returns the count read (0 when none).
inline std::size_t read_number(std::string_view s, std::size_t i, std::size_t max_digits, int& out) {
  std::size_t n = 0;
  out = 0;
  while (i + n < s.size() && digit(s[i + n])) {
    if (n == max_digits) return 0;  // too many digits
    out = out * 10 + (s[i + n] - '0');
    ++n;
  }
  return n;
}

inline bool is_sep(char c) { return c == '-' || c == '/' || c == '.'; }

}  // namespace

std::pair<std::string_view, std::string_view> reason_text(ValueError e) {
  switch (e) {
    case ValueError::none: break;
    case ValueError::not_date:
      return {"không phải ngày (dạng 2019-09-30 hoặc 30/09/2019)", "not a date (expected 2019-09-30 or 30/09/2019)"};
    case ValueError::no_such_date: return {"ngày không tồn tại", "no such date"};
    case ValueError::year_range: return {"năm ngoài khoảng 1800-2200", "year outside 1800-2200"};
    case ValueError::not_month:
      return {"không phải tháng (dạng 2019-09 hoặc 09/2019)", "not a month (expected 2019-09 or 09/2019)"};
    case ValueError::not_money:
      return {"không phải số tiền nguyên (đồng), ví dụ 1490000, 1.490.000 hoặc 1,490,000",
              "not a whole amount of đồng, e.g. 1490000, 1.490.000 or 1,490,000"};
    case ValueError::not_bool:
      return {"không phải giá trị có/không (1/0, true/false, có/không, x hoặc để trống)",
              "not a yes/no value (1/0, true/false, có/không, x or empty)"};
    case ValueError::not_education:
      return {"trình độ phổ thông phải có dạng N/12, N từ 0 đến 12", "education must be N/12 with N from 0 to 12"};
    case ValueError::not_citizen_id: return {"số CCCD phải gồm đúng 12 chữ số", "citizen id must be exactly 12 digits"};
    case ValueError::not_term: return {"nhiệm kỳ phải có dạng 2020-2025", "term must be two years like 2020-2025"};
    case ValueError::time_of_day:
      return {"ngày có kèm giờ trong ngày; chỉ ghi ngày (2019-09-30)",
              "a date with a time of day; write the date alone (2019-09-30)"};
    case ValueError::payment_too_large:
      return {"số tiền một lần nộp vượt 2.147.483.647 đồng", "a payment over 2,147,483,647 đồng"};
    case ValueError::not_year: return {"không phải năm (bốn chữ số, ví dụ 2023)", "not a year (four digits, e.g. 2023)"};
    case ValueError::not_badge:
      return {"huy hiệu phải ghi số năm tuổi đảng của huy hiệu, ví dụ 30 hoặc 30 năm",
              "a badge must give its years of party age, e.g. 30 or 30 năm"};
  }
  return {"", ""};
}

namespace {

inline int two(const char* p) { return (p[0] - '0') * 10 + (p[1] - '0'); }
inline bool all_digits(const char* p, std::size_t n) {
  for (std::size_t i = 0; i < n; ++i)
    if (!digit(p[i])) return false;
  return true;
}

// The day number of 1 January of every year a dataset may hold: a date is then two lookups and an add,
// without days_from_civil's divisions (millions of dates a table).
struct YearStarts {
  std::int32_t first[kMaxYear - kMinYear + 2] = {};
  constexpr YearStarts() {
    for (int y = kMinYear; y <= kMaxYear + 1; ++y) first[y - kMinYear] = Date::from_ymd(y, 1, 1).days;
  }
};
constexpr YearStarts kYearStarts;
constexpr std::int32_t kDaysBeforeMonth[12] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};

ValueError make_date(int y, int m, int d, Date& out) {
  if (y < kMinYear || y > kMaxYear) return ValueError::year_range;
  if (!Date::is_valid_ymd(y, m, d)) return ValueError::no_such_date;
  out.days = kYearStarts.first[y - kMinYear] + kDaysBeforeMonth[m - 1] + (m > 2 && Date::is_leap(y) ? 1 : 0) + d - 1;
  return ValueError::none;
}

}  // namespace

bool iso_date_shape(std::string_view s) {
  const char* p = s.data();
  return s.size() == 10 && p[4] == '-' && p[7] == '-' && all_digits(p, 4) && all_digits(p + 5, 2) &&
         all_digits(p + 8, 2);
}

ValueError parse_iso_date(std::string_view s, Date& out) {
  const char* p = s.data();
  return make_date(two(p) * 100 + two(p + 2), two(p + 5), two(p + 8), out);
}

ValueError parse_date(std::string_view s, Date& out) {
  // The two forms of almost every export, at fixed positions: 2019-09-30 and 30/09/2019.
  if (s.size() == 10) {
    const char* p = s.data();
    if (iso_date_shape(s)) return parse_iso_date(s, out);
    if (p[2] == '/' && p[5] == '/' && all_digits(p, 2) && all_digits(p + 3, 2) && all_digits(p + 6, 4))
      return make_date(two(p + 6) * 100 + two(p + 8), two(p + 3), two(p), out);
  }
  // Every other form through the SDK's one date parser, in its lenient (data) mode.
  switch (Date::parse(s, out, true)) {
    case DateError::none: return ValueError::none;
    case DateError::no_such_date: return ValueError::no_such_date;
    case DateError::year_range: return ValueError::year_range;
    case DateError::malformed: break;
  }
  return ValueError::not_date;
}

TimePart split_time(std::string_view s, std::string_view& date) {
  date = s;
  // The date part has at least 8 characters (1/1/1990); the time starts after a space or a 'T'.
  std::size_t t = 8;
  while (t < s.size() && s[t] != ' ' && s[t] != 'T') ++t;
  if (t >= s.size() || !digit(s[t - 1])) return TimePart::none;
  std::size_t i = t + 1;
  while (i < s.size() && s[i] == ' ') ++i;
  int h = 0, m = 0, sec = 0;
  const std::size_t nh = read_number(s, i, 2, h);
  if (nh == 0 || i + nh >= s.size() || s[i + nh] != ':') return TimePart::none;
  i += nh + 1;
  if (read_number(s, i, 2, m) != 2) return TimePart::none;
  i += 2;
  bool zero_fraction = true;
  if (i < s.size() && s[i] == ':') {
    if (read_number(s, i + 1, 2, sec) != 2) return TimePart::none;
    i += 3;
    if (i < s.size() && (s[i] == '.' || s[i] == ',')) {
      std::size_t f = i + 1;
      while (f < s.size() && digit(s[f])) zero_fraction = zero_fraction && s[f++] == '0';
      if (f == i + 1) return TimePart::none;
      i = f;
    }
  }
  while (i < s.size() && s[i] == ' ') ++i;
  int half = 0;  // 1: AM, 2: PM
  if (i + 2 <= s.size() && (s[i + 1] == 'M' || s[i + 1] == 'm')) {
    if (s[i] == 'A' || s[i] == 'a') half = 1;
    if (s[i] == 'P' || s[i] == 'p') half = 2;
    if (half != 0) i += 2;
  }
  if (i < s.size() && s[i] == 'Z') ++i;
  if (i != s.size() || m > 59 || sec > 59 || h > (half != 0 ? 12 : 23) || (half != 0 && h == 0)) return TimePart::none;
  date = s.substr(0, t);
  const bool midnight_hour = half == 1 ? h == 12 : (half == 0 && h == 0);
  return midnight_hour && m == 0 && sec == 0 && zero_fraction ? TimePart::midnight : TimePart::other;
}

Date excel_serial_date(std::string_view s) {
  if (s.empty() || s.size() > 7 || !all_digits(s.data(), s.size())) return Date{};
  int n = 0;
  for (char c : s) n = n * 10 + (c - '0');
  if (n < 1 || n > 2958465) return Date{};
  return Date::from_ymd(1899, 12, 30).plus_days(n);
}

bool day_month_fields(std::string_view s, int& first, int& second, int& year) {
  const std::size_t na = read_number(s, 0, 2, first);
  if (na == 0 || na >= s.size() || !is_sep(s[na])) return false;
  const std::size_t nb = read_number(s, na + 1, 2, second);
  const std::size_t ib = na + 1 + nb;
  if (nb == 0 || ib >= s.size() || s[ib] != s[na]) return false;
  return read_number(s, ib + 1, 4, year) == 4 && ib + 5 == s.size();
}

ValueError parse_date_month_first(std::string_view s, Date& out) {
  int month = 0, day = 0, year = 0;
  if (!day_month_fields(s, month, day, year)) return parse_date(s, out);  // 2019-09-30 stays year first
  return make_date(year, month, day, out);
}

ValueError parse_month(std::string_view s, Month& out) {
  if (s.size() == 7 && s[4] == '-' && all_digits(s.data(), 4) && all_digits(s.data() + 5, 2)) {
    const int y = two(s.data()) * 100 + two(s.data() + 2), m = two(s.data() + 5);
    if (y < kMinYear || y > kMaxYear) return ValueError::year_range;
    if (m < 1 || m > 12) return ValueError::not_month;
    out = Month::of(y, m);
    return ValueError::none;
  }
  int a = 0, b = 0;
  const std::size_t na = read_number(s, 0, 4, a);
  if (na == 0 || na >= s.size() || (s[na] != '-' && s[na] != '/')) return ValueError::not_month;
  const std::size_t nb = read_number(s, na + 1, 4, b);
  if (na + 1 + nb != s.size()) return ValueError::not_month;
  int y, m;
  if (na == 4 && nb >= 1 && nb <= 2) {
    y = a, m = b;
  } else if (na <= 2 && nb == 4) {
    m = a, y = b;
  } else {
    return ValueError::not_month;
  }
  if (y < kMinYear || y > kMaxYear) return ValueError::year_range;
  if (m < 1 || m > 12) return ValueError::not_month;
  out = Month::of(y, m);
  return ValueError::none;
}

ValueError parse_money(std::string_view s, std::int64_t& out) {
  constexpr std::size_t kMaxDigits = 17;  // 10^17 đồng is far beyond any real amount and fits int64
  std::int64_t v = 0;
  std::size_t digits = 0;
  // Each digit is counted before it is taken in, so the value never goes past 17 digits (a grouped 20-digit
  // amount once overflowed int64 here: found by fuzz_csv).
  const auto take = [&](char c) {
    if (!digit(c) || ++digits > kMaxDigits) return false;
    v = v * 10 + (c - '0');
    return true;
  };
  std::size_t i = 0;
  while (i < s.size() && digit(s[i])) {
    if (!take(s[i])) return ValueError::not_money;
    ++i;
  }
  if (i == 0) return ValueError::not_money;
  if (i < s.size()) {
    // Thousands separators: a first group of 1-3 digits, then groups of exactly 3 after one separator.
    const char sep = s[i];
    if ((sep != '.' && sep != ',') || i > 3) return ValueError::not_money;
    while (i < s.size()) {
      if (s[i] != sep || i + 4 > s.size()) return ValueError::not_money;
      for (std::size_t k = 1; k <= 3; ++k)
        if (!take(s[i + k])) return ValueError::not_money;
      i += 4;
    }
  }
  out = v;
  return ValueError::none;
}

ValueError parse_bool(std::string_view s, bool& out) {
  if (s.size() == 1 && (s[0] == '1' || s[0] == '0' || s[0] == 'x' || s[0] == 'X')) {  // the common forms
    out = s[0] != '0';
    return ValueError::none;
  }
  std::string key;
  const std::string_view k = fold_key(s, key);
  if (k == "1" || k == "true" || k == "x" || k == "có" || k == "co" || k == "yes") {
    out = true;
  } else if (k == "0" || k == "false" || k == "không" || k == "khong" || k == "no") {
    out = false;
  } else {
    return ValueError::not_bool;
  }
  return ValueError::none;
}

ValueError parse_badge_years(std::string_view s, std::int16_t& out) {
  // Text around the number is the export's wording ("Huy hiệu 30 năm tuổi Đảng"); a second number is not.
  std::size_t i = 0;
  while (i < s.size() && !digit(s[i])) ++i;
  int years = 0;
  const std::size_t n = read_number(s, i, 3, years);
  if (n == 0) return ValueError::not_badge;
  for (std::size_t j = i + n; j < s.size(); ++j)
    if (digit(s[j])) return ValueError::not_badge;
  if (years < 1 || years > 150) return ValueError::not_badge;
  out = static_cast<std::int16_t>(years);
  return ValueError::none;
}

ValueError parse_year(std::string_view s, std::int16_t& out) {
  int year = 0;
  if (s.size() != 4 || read_number(s, 0, 4, year) != 4 || year < 1900 || year > kMaxYear) return ValueError::not_year;
  out = static_cast<std::int16_t>(year);
  return ValueError::none;
}

ValueError parse_education(std::string_view s, std::int8_t& out) {
  const std::size_t slash = s.find('/');
  if (slash == std::string_view::npos) return ValueError::not_education;
  const std::string_view n = trim(s.substr(0, slash)), d = trim(s.substr(slash + 1));
  int v = 0;
  if (d != "12" || n.empty() || n.size() > 2 || read_number(n, 0, 2, v) != n.size() || v > 12)
    return ValueError::not_education;
  out = static_cast<std::int8_t>(v);
  return ValueError::none;
}

ValueError check_citizen_id(std::string_view s) {
  if (s.size() != 12) return ValueError::not_citizen_id;
  for (char c : s)
    if (!digit(c)) return ValueError::not_citizen_id;
  return ValueError::none;
}

ValueError parse_term(std::string_view s, std::int16_t& start, std::int16_t& end) {
  int a = 0, b = 0;
  if (read_number(s, 0, 4, a) != 4) return ValueError::not_term;
  std::string_view rest = trim(s.substr(4));
  if (rest.starts_with("-")) {
    rest.remove_prefix(1);
  } else if (rest.starts_with("\xE2\x80\x93")) {  // en dash
    rest.remove_prefix(3);
  } else {
    return ValueError::not_term;
  }
  rest = trim(rest);
  if (rest.size() != 4 || read_number(rest, 0, 4, b) != 4) return ValueError::not_term;
  if (a < kMinYear || b > kMaxYear || a > b) return ValueError::not_term;
  start = static_cast<std::int16_t>(a);
  end = static_cast<std::int16_t>(b);
  return ValueError::none;
}

}  // namespace kiemtra::core::dataset
