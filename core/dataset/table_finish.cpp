// Duplicate-id detection and parent resolution, which need the whole table before they can run.
#include "dataset/table_finish.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <bit>

#include "dataset/messages.hpp"
#include "util/parallel.hpp"

namespace kiemtra::core::dataset {

namespace {

constexpr std::size_t kParallelIndexRows = std::size_t{1} << 16;

// Builds the table's index and reports each later row whose id an earlier row holds (rows without an id
// are reported as missing values, not here).
template <class Row>
void index_reporting_duplicates(const Table<Row>& table, TableId id, ReadState& st, std::size_t stride,
                                CodeIndex& index, std::vector<bool>& later_duplicate) {
  later_duplicate.assign(table.size(), false);
  const auto key = [&](std::size_t i) { return table.rows[i].id; };
  // Parts on threads from some tens of thousands of codes: each row costs a cache miss, which threads overlap (a
  // nation's 5.5 M members: 0.65-0.83 s on one thread, 0.38-0.42 s in two parts on two).
  const std::size_t parts =
      st.jobs > 1 && table.size() >= kParallelIndexRows ? std::bit_ceil(static_cast<std::size_t>(st.jobs)) : 1;
  const auto run_parts = [&](std::size_t n, const auto& work) { for_each_parallel(st.jobs, n, work); };
  const auto on_duplicate = [&](std::size_t i, std::uint32_t first) {
    const Row& r = table.rows[i];
    if (r.id.empty()) return;
    later_duplicate[i] = true;
    const TextPos pos = st.positions[i * stride];
    ReadIssue is;
    is.table = id;
    is.file = table.file;
    is.line = pos.line;
    is.column = pos.column;
    is.column_name = "id";
    is.value = std::string(r.id);
    is.row_key = std::string(r.id);
    if constexpr (std::is_same_v<Row, Organization>) {
      is.org = static_cast<std::uint32_t>(i);
    } else {
      is.org = r.org;
    }
    is.reason_vi = fmt::format("mã trùng, đã có ở dòng {}", table.rows[first].line);
    is.reason_en = fmt::format("duplicate id, first at line {}", table.rows[first].line);
    st.dataset->read_issues.push_back(std::move(is));
  };
  index.build_in_parts(table.size(), key, on_duplicate, parts, run_parts);
}

/// A reference of row `row`, in `column` at `pos`, to an id no row holds.
UnresolvedRef dangling(TableId table, std::size_t row, const char* column, std::string_view value,
                       const std::string& file, TextPos pos, std::string row_key, std::uint32_t org) {
  UnresolvedRef ref;
  ref.table = table;
  ref.row = static_cast<std::uint32_t>(row);
  ref.column_name = column;
  ref.value = value;
  ref.file = file;
  ref.line = pos.line;
  ref.column = pos.column;
  ref.row_key = std::move(row_key);
  ref.org = org;
  return ref;
}

}  // namespace

void finish_organizations(ReadState& st, std::size_t issues_before) {
  Dataset& ds = *st.dataset;
  auto& orgs = ds.organizations;
  index_reporting_duplicates(orgs, TableId::organizations, st, 2, ds.org_index, st.later_duplicate_org);
  for (std::size_t i = 0; i < orgs.size(); ++i) {
    Organization& o = orgs.rows[i];
    if (o.parent_code.empty()) continue;
    o.parent = ds.find_org(o.parent_code);
    if (o.parent != kNone) {
      o.parent_code = orgs.rows[o.parent].id;
      continue;
    }
    const TextPos pos = st.positions[i * 2 + 1];
    ds.unresolved.push_back(dangling(TableId::organizations, i, "parent_id", o.parent_code, orgs.file, pos,
                                     std::string(o.id), static_cast<std::uint32_t>(i)));
  }
  finish_issues(st, issues_before);
}

void finish_members(ReadState& st, std::size_t issues_before) {
  Dataset& ds = *st.dataset;
  auto& members = ds.members;
  index_reporting_duplicates(members, TableId::members, st, 1, ds.member_index, st.later_duplicate_member);
  finish_issues(st, issues_before);
}

void finish_meetings(ReadState& st, std::size_t issues_before) {
  Dataset& ds = *st.dataset;
  auto& meetings = ds.meetings;
  index_reporting_duplicates(meetings, TableId::meetings, st, 1, ds.meeting_index, st.later_duplicate_meeting);
  finish_issues(st, issues_before);
}

void finish_attendance(ReadState& st, std::size_t issues_before) {
  Dataset& ds = *st.dataset;
  auto& rows = ds.attendance;
  const auto& meetings = ds.meetings.rows;
  const std::vector<bool>& later_duplicate = st.later_duplicate_meeting;
  // Exports list attendance meeting by meeting, in the meetings' order, skipping the meetings nobody missed: a
  // row's meeting is then the row before's or one of the next few, told by comparing ids, without a hash probe
  // into cold memory (98 % of the nation's 4.3 M rows, on one thread: 0.64 s -> 0.12 s). A meeting whose id an
  // earlier meeting repeats is never taken from a guess: find_meeting gives the earlier one. The rows are
  // resolved in parts on threads (the nation's took 0.2 s alone on one), each part's dangling references kept
  // apart and reported in row order.
  constexpr std::uint32_t kAhead = 4;
  const auto guess = [&](std::uint32_t m, TextView code) {
    return m < meetings.size() && m < later_duplicate.size() && !later_duplicate[m] && meetings[m].id == code;
  };
  const std::size_t parts =
      st.jobs > 1 && rows.size() >= kParallelIndexRows ? static_cast<std::size_t>(st.jobs) : std::size_t{1};
  std::vector<std::vector<UnresolvedRef>> found(parts);
  for_each_parallel(st.jobs, parts, [&](std::size_t part) {
    std::uint32_t previous = kNone;
    for (std::size_t i = rows.size() * part / parts; i < rows.size() * (part + 1) / parts; ++i) {
      Attendance& a = rows.rows[i];
      if (a.meeting_code.empty()) continue;  // a missing value, reported as such
      a.meeting = kNone;
      if (previous != kNone)
        for (std::uint32_t m = previous; m <= previous + kAhead && a.meeting == kNone; ++m)
          if (guess(m, a.meeting_code)) a.meeting = m;
      if (a.meeting == kNone) a.meeting = ds.find_meeting(a.meeting_code);
      previous = a.meeting;
      if (a.meeting != kNone) {
        a.meeting_code = meetings[a.meeting].id;
        continue;
      }
      const TextPos pos = st.positions[i];
      found[part].push_back(dangling(TableId::attendance, i, "meeting_id", a.meeting_code, rows.file, pos,
                                     std::string(a.member_code),
                                     a.member != kNone ? ds.members.rows[a.member].org : kNone));
    }
  });
  for (auto& part : found)
    for (UnresolvedRef& ref : part) ds.unresolved.push_back(std::move(ref));
  finish_issues(st, issues_before);
}

void finish_issues(ReadState& st, std::size_t issues_before) {
  auto& issues = st.dataset->read_issues;
  std::stable_sort(
      issues.begin() + static_cast<std::ptrdiff_t>(issues_before), issues.end(),
      [](const ReadIssue& a, const ReadIssue& b) { return a.line != b.line ? a.line < b.line : a.column < b.column; });
  if (st.strict && issues.size() > issues_before) throw UserError(msg_strict(issues[issues_before]));
}

}  // namespace kiemtra::core::dataset
