// The dues record's fast path: one pass over the line, then the same value parsers as RowContext.
#include "dataset/dues_fast_path.hpp"

#include <array>
#include <cstdint>

#include "dataset/date_order.hpp"
#include "dataset/table_spec.hpp"
#include "dataset/utf8.hpp"
#include "dataset/values.hpp"

namespace kiemtra::core::dataset {

namespace {

constexpr int kFields = 4;
constexpr std::ptrdiff_t kPrefetchAhead = 1024;

// What a byte is to the scan: part of a plain field, or not (the separator and the line end are checked first).
constexpr std::array<bool, 256> plain_bytes() {
  std::array<bool, 256> t{};
  for (int b = 0x21; b < 0x7F; ++b) t[static_cast<std::size_t>(b)] = b != '"';
  return t;
}
constexpr std::array<bool, 256> kPlain = plain_bytes();

}  // namespace

std::optional<DuesFastPath> DuesFastPath::make(const TableSetup& setup) {
  const HeaderMap& h = *setup.header;
  // Four header cells holding the four columns below leave none for income_basis or an extra column.
  if (!setup.fast_paths || setup.tap != nullptr || h.width != kFields) return std::nullopt;
  const DateReading* dates = setup.dates;
  if (dates != nullptr && static_cast<std::size_t>(dues_col::paid_on) < dates->refused.size() &&
      dates->refused[dues_col::paid_on])
    return std::nullopt;
  DuesFastPath f;
  f.member_ = h.cell_of[dues_col::member_id];
  f.period_ = h.cell_of[dues_col::period];
  f.amount_ = h.cell_of[dues_col::amount];
  f.paid_on_ = h.cell_of[dues_col::paid_on];
  f.month_first_ = dates != nullptr && dates->month_first;
  for (const int c : {f.member_, f.period_, f.amount_, f.paid_on_})
    if (c < 0 || c >= kFields) return std::nullopt;
  return f;
}

const char* DuesFastPath::read(const char* p, const char* end, std::uint32_t line0, char sep, RowContext& ctx,
                               std::vector<DateColumnCount>& date_counts, Payment& out) const {
  const char* const line = p;
  // The file streams in from memory: ask for the bytes a few dozen records ahead, or every record waits for
  // its first cache line.
  __builtin_prefetch(p + kPrefetchAhead);
  std::string_view field[kFields];
  int n = 0;
  const char* start = p;
  for (;; ++p) {
    if (p == end) return nullptr;  // the last line has no line break: the generic path counts its lines
    const auto b = static_cast<unsigned char>(*p);
    if (b == static_cast<unsigned char>(sep) || b == '\n' || b == '\r') {
      if (p == start || n == kFields) return nullptr;  // an empty field, or more fields than the header
      field[n++] = {start, static_cast<std::size_t>(p - start)};
      if (b == static_cast<unsigned char>(sep)) {
        start = p + 1;
        continue;
      }
      if (b == '\r' && (p + 1 == end || p[1] != '\n')) return nullptr;  // a lone CR: left to the generic path
      p += b == '\r' ? 2 : 1;
      break;
    }
    if (!kPlain[b]) return nullptr;
  }
  if (n != kFields) return nullptr;
  Month month;
  std::int64_t money = kNoMoney;
  std::int32_t amount = 0;
  if (parse_month(field[period_], month) != ValueError::none ||
      parse_money(field[amount_], money) != ValueError::none || payment_amount(money, amount) != ValueError::none)
    return nullptr;
  // The date as RowContext::date reads it, counted only once it reads (a record that fails is counted by the
  // generic path).
  const std::string_view v = field[paid_on_];
  Date date;
  bool day_month_form = false;
  int first = 0, second = 0, year = 0;
  if (iso_date_shape(v)) {
    if (parse_iso_date(v, date) != ValueError::none) return nullptr;
  } else {
    std::string_view date_part;
    if (split_time(v, date_part) != TimePart::none) return nullptr;
    day_month_form = day_month_fields(v, first, second, year);
    if ((month_first_ ? parse_date_month_first(v, date) : parse_date(v, date)) != ValueError::none) return nullptr;
  }
  const std::uint32_t member = ctx.member_row(dues_col::member_id, field[member_]);
  if (member == kNone) return nullptr;
  count_date(date_counts[dues_col::paid_on], v, first, second, day_month_form,
             [&] { return locate(line, v.data(), line0 + 1); });
  out.member = member;
  out.period = month;
  out.amount = amount;
  out.paid_on = date;
  return p;
}

}  // namespace kiemtra::core::dataset
