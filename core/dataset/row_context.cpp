// Typed cell readers: every unreadable or missing value becomes a ReadIssue at its file:line:column.
#include "dataset/row_context.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "dataset/text.hpp"

namespace kiemtra::core::dataset {

namespace {

// Member rows looked at after the last one a column found, before the index: in a generated tenth, 39 % of
// the attendance rows name a member 1-8 rows on from the row before's (22 % of the committee seats, 43 % of
// the events).
constexpr std::size_t kMembersLookedAhead = 8;

}  // namespace

RowContext::RowContext(const TableSetup& setup, ChunkSink& sink)
    : setup_(setup),
      sink_(sink),
      cell_of_(setup.header->cell_of.data()),
      caches_(setup.spec->columns.size()),
      choice_caches_(setup.spec->columns.size()) {
  sink_.date_counts.resize(setup.spec->columns.size());
}

void RowContext::begin_row(std::span<const Cell> cells, const char* record_begin, std::uint32_t line0,
                           std::uint32_t row, std::uint32_t row_column) {
  cells_ = cells;
  record_begin_ = record_begin;
  line0_ = line0;
  row_ = row;
  row_column_ = row_column;
  issues_at_row_ = sink_.issues.size();
  key_ = {};
  org_ = kNone;
  pending_.clear();
}

TextPos RowContext::position(const Cell* c) const {
  if (c == nullptr) return {line0_ + 1, row_column_};
  if (c->raw != nullptr) return locate(record_begin_, c->raw, line0_ + 1);
  return {c->line, c->column};
}

void RowContext::add_issue(const Cell* c, std::string column_name, std::string_view value, std::string vi,
                           std::string en) {
  const TextPos pos = position(c);
  ReadIssue is;
  is.table = setup_.spec->id;
  is.file = *setup_.file;
  is.line = pos.line;
  is.column = pos.column;
  is.column_name = std::move(column_name);
  // NFC, as every text read: the value is part of the finding's identity, and NFD is the same value.
  is.value = std::string(value);
  if (c != nullptr && !c->ascii) is.value = std::string(to_nfc(std::string(is.value), scratch_));
  is.reason_vi = std::move(vi);
  is.reason_en = std::move(en);
  sink_.issues.push_back(std::move(is));
  sink_.issue_rows.push_back(row_);
}

void RowContext::issue(int col, std::string_view value, std::string reason_vi, std::string reason_en) {
  add_issue(cell(col), std::string(setup_.spec->columns[static_cast<std::size_t>(col)].name), value,
            std::move(reason_vi), std::move(reason_en));
}

void RowContext::missing(int col) {
  const Cell* c = cell(col);
  if (c != nullptr && c->not_scalar) return;  // value() has reported it already
  issue(col, "", "thiếu giá trị bắt buộc", "required value missing");
}

void RowContext::bad(int col, ValueError e) {
  const auto [vi, en] = reason_text(e);
  issue(col, value(col), std::string(vi), std::string(en));
}

void RowContext::bad_choice(int col, std::string_view v, std::string_view codes) {
  issue(col, v, fmt::format("giá trị không có trong danh mục ({})", codes),
        fmt::format("unknown value (expected one of: {})", codes));
}

std::string_view RowContext::not_scalar(int col) {
  issue(col, "", "giá trị phải là một giá trị đơn, không phải danh sách hay bảng",
        "the value must be a scalar, not a list or a map");
  return {};
}

std::string_view RowContext::normalized(int col, std::string_view v) {
  const Cell* c = cell(col);
  if (c == nullptr || c->ascii) return v;
  return to_nfc(v, scratch_);
}

TextView RowContext::text(int col, bool required) {
  const std::string_view v = value(col);
  if (v.empty()) {
    if (required) missing(col);
    return {};
  }
  return sink_.arena.copy(normalized(col, v));
}

Date RowContext::date(int col, bool required) {
  std::string_view v = value(col);
  const DateReading* reading = setup_.dates;
  const auto c = static_cast<std::size_t>(col);
  const bool refused = reading != nullptr && c < reading->refused.size() && reading->refused[c];
  Date d;
  if (v.empty()) {
    if (required && !refused) missing(col);
    return d;
  }
  // 2019-09-30, the form of nearly every export: no time part (it would be longer), not day-month (so it only
  // counts towards its column's order), read year first whatever the column's order.
  if (!refused && iso_date_shape(v)) {
    ++sink_.date_counts[c].values;
    if (const ValueError e = parse_iso_date(v, d); e != ValueError::none) {
      d = Date{};
      bad(col, e);
    }
    return d;
  }
  // A spreadsheet's date cell exported with its time: midnight carries nothing and is dropped, any other time
  // makes the value unreadable (docs/dataset.md, "Dates with a time").
  std::string_view date_part;
  if (const TimePart t = split_time(v, date_part); t == TimePart::other) {
    bad(col, ValueError::time_of_day);
    return d;
  } else if (t == TimePart::midnight) {
    v = date_part;
  }
  // Every value counts towards its column's order (docs/dataset.md, "Dates written month first").
  int first = 0, second = 0, year = 0;
  const bool day_month_form = day_month_fields(v, first, second, year);
  count_date(sink_.date_counts[c], v, first, second, day_month_form, [&] { return position(cell(col)); });
  if (refused) {
    // Reported once for the column; the row's field is unknown all the same, so rules that need it skip the row.
    issue(col, value(col),
          fmt::format("cột có vẻ ghi tháng trước ngày nên không được đọc: đặt `date_order: {{{}: mdy}}` trong "
                      "dataset.yaml hoặc sửa tệp xuất",
                      table_name(setup_.spec->id)),
          fmt::format("the column looks written month first and is not read: set `date_order: {{{}: mdy}}` in "
                      "dataset.yaml or fix the export",
                      table_name(setup_.spec->id)));
    sink_.issues.back().in_refused_column = true;
    return d;
  }
  const bool month_first = reading != nullptr && reading->month_first;
  if (const ValueError e = month_first ? parse_date_month_first(v, d) : parse_date(v, d); e != ValueError::none) {
    d = Date{};
    if (const Date serial = excel_serial_date(v); serial.valid() && e == ValueError::not_date) {
      const std::string iso = serial.iso();
      issue(col, value(col),
            fmt::format("số ngày kiểu Excel ({} là ngày {}?): định dạng cột là Ngày trong Excel trước khi xuất", v,
                        serial.vn()),
            fmt::format("an Excel serial date ({} would be {}?): format the column as Date in Excel before exporting",
                        v, iso));
    } else {
      bad(col, e);
    }
  }
  return d;
}

Month RowContext::month(int col, bool required) {
  const std::string_view v = value(col);
  Month m;
  if (v.empty()) {
    if (required) missing(col);
  } else if (const ValueError e = parse_month(v, m); e != ValueError::none) {
    bad(col, e);
    m = Month{};
  }
  return m;
}

std::int64_t RowContext::money(int col, bool required) {
  const std::string_view v = value(col);
  std::int64_t amount = kNoMoney;
  if (v.empty()) {
    if (required) missing(col);
  } else if (const ValueError e = parse_money(v, amount); e != ValueError::none) {
    bad(col, e);
    amount = kNoMoney;
  }
  return amount;
}

bool RowContext::flag(int col) {
  const std::string_view v = value(col);
  bool b = false;
  if (!v.empty())
    if (const ValueError e = parse_bool(v, b); e != ValueError::none) {
      bad(col, e);
      b = false;
    }
  return b;
}

std::int8_t RowContext::education(int col) {
  const std::string_view v = value(col);
  std::int8_t n = -1;
  if (!v.empty())
    if (const ValueError e = parse_education(v, n); e != ValueError::none) {
      bad(col, e);
      n = -1;
    }
  return n;
}

std::int16_t RowContext::year(int col, bool required) {
  const std::string_view v = value(col);
  std::int16_t y = 0;
  if (v.empty()) {
    if (required) missing(col);
  } else if (const ValueError e = parse_year(v, y); e != ValueError::none) {
    bad(col, e);
    y = 0;
  }
  return y;
}

std::int16_t RowContext::badge_years(int col) {
  const std::string_view v = value(col);
  std::int16_t n = 0;
  if (!v.empty())
    if (const ValueError e = parse_badge_years(v, n); e != ValueError::none) {
      bad(col, e);
      n = 0;
    }
  return n;
}

TextView RowContext::citizen_id(int col) {
  const std::string_view v = value(col);
  if (v.empty()) return {};
  if (const ValueError e = check_citizen_id(v); e != ValueError::none) {
    const Cell* c = cell(col);
    // CCCD numbers start with a province code (001 Hà Nội ...): a sheet that stored one as a number dropped
    // its leading zeros.
    if (c != nullptr && c->number && v.size() < 12 && v.find_first_not_of("0123456789") == std::string_view::npos)
      issue(col, v,
            fmt::format("số CCCD được lưu dạng số trong bảng tính nên mất số 0 ở đầu (còn {} chữ số); hãy định dạng "
                        "cột là Văn bản (Text) rồi nhập lại",
                        v.size()),
            fmt::format("the citizen id was stored as a number in the sheet and lost its leading zeros ({} digits "
                        "left); format the column as Text and enter it again",
                        v.size()));
    else
      bad(col, e);
    return {};
  }
  return sink_.arena.copy(v);
}

TextView RowContext::term(int col, std::int16_t& start, std::int16_t& end) {
  const std::string_view v = value(col);
  start = end = 0;
  if (v.empty()) {
    missing(col);
    return {};
  }
  if (const ValueError e = parse_term(v, start, end); e != ValueError::none) {
    bad(col, e);
    start = end = 0;
  }
  return sink_.arena.copy(normalized(col, v));
}

std::uint32_t RowContext::lookup(int col, std::string_view key, bool orgs) {
  RefCache& cache = caches_[static_cast<std::size_t>(col)];
  const Dataset& ds = *setup_.dataset;
  std::uint32_t row = kNone;
  // Exports of two tables are often sorted alike (dues in member order): the row after the last one
  // found is then the one wanted, and checking it first avoids a hash probe into cold memory.
  const std::size_t next = cache.valid && cache.row != kNone ? cache.row + std::size_t{1} : 0;
  if (orgs) {
    if (next > 0 && next < ds.organizations.size() && same_code(ds.organizations.rows[next].id, key) &&
        !(*setup_.later_duplicate_org)[next])
      row = static_cast<std::uint32_t>(next);
    else
      row = ds.find_org(key);
  } else {
    // Attendance, committees and events list a cell's members in member order with gaps (the absent, the
    // seats): a few rows further on are looked at too, read in sequence, before a probe into cold memory.
    for (std::size_t j = next; next > 0 && j < std::min(next + kMembersLookedAhead, ds.members.size()); ++j)
      if (same_code(ds.members.rows[j].id, key) && !(*setup_.later_duplicate_member)[j]) {
        row = static_cast<std::uint32_t>(j);
        break;
      }
    if (row == kNone) row = ds.find_member(key);
  }
  if (row != kNone) {
    cache.code = orgs ? ds.organizations.rows[row].id : ds.members.rows[row].id;
  } else {
    cache.owned.assign(key);
    cache.code = cache.owned;
  }
  cache.row = row;
  cache.valid = true;
  return row;
}

std::uint32_t RowContext::org_ref(int col, TextView& code, bool required) {
  const std::string_view v = value(col);
  if (v.empty()) {
    if (required) missing(col);
    code = {};
    return kNone;
  }
  const std::string_view key = normalized(col, v);
  const std::uint32_t row = resolve(col, key, true);
  if (row != kNone) {
    code = setup_.dataset->organizations.rows[row].id;
    return row;
  }
  code = sink_.arena.copy(key);
  pending_.push_back({col, code});
  return kNone;
}

std::uint32_t RowContext::member_ref(int col, TextView* code, bool required) {
  const std::string_view v = value(col);
  if (v.empty()) {
    if (required) missing(col);
    if (code) *code = {};
    return kNone;
  }
  const std::string_view key = normalized(col, v);
  const std::uint32_t row = resolve(col, key, false);
  if (row != kNone) {
    if (code) *code = setup_.dataset->members.rows[row].id;
    return row;
  }
  const TextView owned = sink_.arena.copy(key);
  if (code) *code = owned;
  pending_.push_back({col, owned});
  return kNone;
}

std::string RowContext::row_hash() {
  // FNV-1a over "name=value" pairs; 64 bits tell apart the rows of one table.
  std::uint64_t h = 0xcbf29ce484222325ull;
  const auto add = [&h](std::string_view s) {
    for (const char ch : s) {
      h ^= static_cast<unsigned char>(ch);
      h *= 0x100000001b3ull;
    }
  };
  const auto pair = [&](std::string_view name, const Cell& c) {
    if (c.not_scalar) return;
    std::string_view v = trim(c.text);
    if (v.empty()) return;  // an empty value and an absent column are the same row
    if (!c.ascii) v = to_nfc(v, scratch_);
    add(name);
    add("=");
    add(v);
    add("\x1f");
  };
  const auto& columns = setup_.spec->columns;
  for (std::size_t col = 0; col < columns.size(); ++col)
    if (const Cell* c = cell(static_cast<int>(col))) pair(columns[col].name, *c);
  const HeaderMap& hm = *setup_.header;
  for (std::size_t x = 0; x < hm.extra_cells.size(); ++x) {
    const auto i = static_cast<std::size_t>(hm.extra_cells[x]);
    if (i < cells_.size()) pair(hm.extra_names[x], cells_[i]);
  }
  return fmt::format("{:016x}", h);
}

void RowContext::finish_row() {
  const HeaderMap& h = *setup_.header;
  if (setup_.tap != nullptr) setup_.tap->row(setup_.spec->id, h, cells_);
  for (std::size_t x = 0; x < h.extra_cells.size(); ++x) {
    const auto i = static_cast<std::size_t>(h.extra_cells[x]);
    TextView kept;
    if (i < cells_.size()) {
      const Cell& c = cells_[i];
      if (c.not_scalar) {
        add_issue(&c, h.extra_names[x], "", "giá trị phải là một giá trị đơn, không phải danh sách hay bảng",
                  "the value must be a scalar, not a list or a map");
      } else {
        std::string_view v = trim(c.text);
        if (!c.ascii) v = to_nfc(v, scratch_);
        kept = sink_.arena.copy(v);
      }
    }
    sink_.extras.push_back(kept);
  }
  for (std::size_t i = h.width; i < cells_.size(); ++i) {
    const std::string_view surplus = trim(cells_[i].text);
    if (surplus.empty()) continue;  // trailing empty fields (a spreadsheet's stray commas) carry nothing
    add_issue(&cells_[i], "", surplus,
              fmt::format("dòng có {} trường, nhiều hơn {} cột của dòng tiêu đề", cells_.size(), h.width),
              fmt::format("the row has {} fields, more than the {} columns of the header", cells_.size(), h.width));
    break;
  }
  // Only rows with something to report pay for their hash.
  const std::string hash = pending_.empty() && !row_has_issue() ? std::string() : row_hash();
  for (const Pending& p : pending_) {
    const TextPos pos = position(cell(p.col));
    UnresolvedRef ref;
    ref.table = setup_.spec->id;
    ref.row = row_;
    ref.column_name = std::string(setup_.spec->columns[static_cast<std::size_t>(p.col)].name);
    ref.value = p.value;
    ref.file = *setup_.file;
    ref.line = pos.line;
    ref.column = pos.column;
    ref.row_key = std::string(key_);
    ref.row_hash = hash;
    ref.org = org_;
    sink_.unresolved.push_back(std::move(ref));
  }
  for (std::size_t i = issues_at_row_; i < sink_.issues.size(); ++i) {
    sink_.issues[i].row_key = std::string(key_);
    sink_.issues[i].row_hash = hash;
    sink_.issues[i].org = org_;
  }
}

}  // namespace kiemtra::core::dataset
