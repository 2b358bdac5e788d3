// Database locations: the key values are read from the row itself, so no key is stored per row.
#include "engine/db_location.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <mutex>
#include <vector>

namespace kiemtra::core {

namespace {

std::string date_text(Date d) {
  if (!d.valid()) return {};
  return fmt::format("{:04}-{:02}-{:02}", d.year(), d.month(), d.day());
}

std::string month_text(Month m) {
  if (!m.valid()) return {};
  return fmt::format("{:04}-{:02}", m.year(), m.month());
}

/// The row of [0, n) at `line`, or n, when line_of(row) rises with the row (the order the reader keeps).
template <class LineOf>
std::size_t row_at_line(std::size_t n, std::uint32_t line, LineOf line_of) {
  std::size_t lo = 0, hi = n;
  while (lo < hi) {
    const std::size_t mid = lo + (hi - lo) / 2;
    if (line_of(mid) < line)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo < n && line_of(lo) == line ? lo : n;
}

template <class Row>
const Row* row_at(const Table<Row>& table, std::uint32_t line) {
  const std::size_t i = row_at_line(table.size(), line, [&](std::size_t r) { return table.rows[r].line; });
  return i < table.size() ? &table.rows[i] : nullptr;
}

/// A payment by its line. The reader regroups dues by member, so their lines are in order only when the
/// source already was: otherwise the rows are found through an index by line, built on the first miss for the
/// dataset at hand (4 bytes a payment; only a database source's findings look payments up). A stale index
/// (another dataset) can only miss, never point to a wrong row: every hit is checked against its line.
const Payment* payment_at(const Dataset& d, std::uint32_t line) {
  if (const std::size_t i = row_at_line(d.dues.size(), line, [&](std::size_t r) { return d.dues_line(r); });
      i < d.dues.size())
    return &d.dues[i];
  static std::mutex m;
  static std::vector<std::uint32_t> by_line;
  static const Payment* built_for = nullptr;
  static std::size_t built_size = 0;
  std::lock_guard lock(m);
  auto hit = [&]() -> const Payment* {
    if (line >= by_line.size() || by_line[line] >= d.dues.size()) return nullptr;
    return d.dues_line(by_line[line]) == line ? &d.dues[by_line[line]] : nullptr;
  };
  if (const Payment* p = hit()) return p;
  if (built_for == d.dues.rows.data() && built_size == d.dues.size()) return nullptr;
  std::uint32_t last = 0;
  for (std::size_t i = 0; i < d.dues.size(); ++i) last = std::max(last, d.dues_line(i));
  by_line.assign(static_cast<std::size_t>(last) + 1, kNone);
  for (std::uint32_t i = 0; i < d.dues.size(); ++i) by_line[d.dues_line(i)] = i;
  built_for = d.dues.rows.data();
  built_size = d.dues.size();
  return hit();
}

/// The row's key values, in the order of db_key_columns (core/dataset/db_config.cpp).
std::vector<std::string> key_values(const Dataset& d, TableId t, std::uint32_t line) {
  switch (t) {
    case TableId::organizations:
      if (const auto* r = row_at(d.organizations, line)) return {std::string(r->id)};
      break;
    case TableId::members:
      if (const auto* r = row_at(d.members, line)) return {std::string(r->id)};
      break;
    case TableId::dues:
      // A payment keeps only its member's row: a dangling member id leaves the period alone.
      if (const auto* r = payment_at(d, line))
        return {r->member < d.members.size() ? std::string(d.members[r->member].id) : std::string(), month_text(r->period)};
      break;
    case TableId::candidates:
      if (const auto* r = row_at(d.candidates, line)) return {std::string(r->id)};
      break;
    case TableId::committees:
      if (const auto* r = row_at(d.committees, line))
        return {std::string(r->org_code), std::string(r->term), std::string(r->member_code)};
      break;
    case TableId::transfers:
      if (const auto* r = row_at(d.transfers, line)) return {std::string(r->member_code), date_text(r->issued_on)};
      break;
    case TableId::events:
      if (const auto* r = row_at(d.events, line))
        return {std::string(r->org_code), std::string(r->member_code), date_text(r->date)};
      break;
    case TableId::ratings:
      if (const auto* r = row_at(d.ratings, line))
        return {std::string(r->member_code), r->year > 0 ? std::to_string(r->year) : std::string()};
      break;
    case TableId::meetings:
      if (const auto* r = row_at(d.meetings, line)) return {std::string(r->id)};
      break;
    case TableId::attendance:
      if (const auto* r = row_at(d.attendance, line)) return {std::string(r->meeting_code), std::string(r->member_code)};
      break;
  }
  return {};
}

}  // namespace

bool append_db_row(const Dataset& d, TableId t, std::string_view file, std::uint32_t line, std::string& out) {
  std::string_view rest;
  if (file.starts_with("postgres:")) rest = file.substr(9);
  else if (file.starts_with("sqlite:")) rest = file.substr(7);
  else return false;
  const std::size_t open = rest.rfind('[');
  if (open == std::string_view::npos || !rest.ends_with(']')) return false;
  const std::string_view source = rest.substr(0, open);
  std::string_view names = rest.substr(open + 1, rest.size() - open - 2);
  const std::vector<std::string> values = key_values(d, t, line);
  std::string key;
  for (std::size_t i = 0; !names.empty(); ++i) {
    const std::size_t comma = names.find(',');
    const std::string_view name = names.substr(0, comma);
    names = comma == std::string_view::npos ? std::string_view() : names.substr(comma + 1);
    if (i >= values.size() || values[i].empty()) continue;
    key += key.empty() ? "" : ",";
    key += fmt::format("{}={}", name, values[i]);
  }
  out += source;
  // A row whose key is unreadable is named by its place in the result.
  out += key.empty() ? fmt::format("[#{}]", line) : fmt::format("[{}]", key);
  return true;
}

}  // namespace kiemtra::core
