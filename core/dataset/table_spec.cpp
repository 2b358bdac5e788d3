// Column lists of the dataset contract (docs/dataset.md) and header mapping with aliases.
#include "dataset/table_spec.hpp"

#include "dataset/header_problems.hpp"
#include "util/name_match.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <unordered_map>

#include "dataset/header_aliases.hpp"
#include "dataset/messages.hpp"
#include "dataset/text.hpp"

namespace kiemtra::core::dataset {

namespace {

constexpr ColumnSpec kOrg[] = {{"id", true},           {"parent_id", true},       {"name", true},
                               {"kind", true},         {"established_on", false}, {"last_congress_on", false},
                               {"dissolved_on", false}};
constexpr ColumnSpec kMember[] = {
    {"id", true},           {"org_id", true},         {"full_name", true},       {"gender", true},
    {"birth_date", true},   {"citizen_id", false},    {"status", true},          {"admitted_on", true},
    {"official_on", false}, {"education", false},     {"card_number", false},    {"card_issued_on", false},
    {"exempt", false},      {"dues_category", false}, {"monthly_income", false}, {"readmitted", false},
    {"decision_on", false}, {"first_decision_on", false}, {"previous_exit_on", false},
    {"badge_years", false}, {"badge_awarded_on", false}, {"exempt_from", false}, {"exempt_until", false},
    {"exempt_reason", false}};
constexpr ColumnSpec kDues[] = {
    {"member_id", true}, {"period", true}, {"amount", true}, {"paid_on", false}, {"income_basis", false}};
constexpr ColumnSpec kCandidate[] = {{"id", true},
                                     {"org_id", true},
                                     {"full_name", true},
                                     {"gender", true},
                                     {"birth_date", true},
                                     {"education", false},
                                     {"course_certificate_on", false},
                                     {"introducer_1", false},
                                     {"introducer_2", false},
                                     {"introducer_1_since", false},
                                     {"introducer_2_since", false},
                                     {"youth_union_introduced", false},
                                     {"cell_resolution_on", false},
                                     {"decision_on", false},
                                     {"admitted_on", false},
                                     {"readmission", false},
                                     {"previous_exit_on", false},
                                     {"trade_union_introduced", false},
                                     {"introducer_1_replacement", false},
                                     {"introducer_2_replacement", false},
                                     {"record_cleared_on", false}};
constexpr ColumnSpec kCommittee[] = {{"org_id", true}, {"term", true},     {"member_id", true},
                                     {"role", true},   {"planned", false}, {"first_time", false}};
constexpr ColumnSpec kTransfer[] = {{"member_id", true},   {"org_id", true},    {"full_name", false},
                                    {"direction", true},   {"issued_on", true}, {"presented_on", false},
                                    {"counterpart", false}, {"kind", false},      {"ended_on", false}};
// org_id / member_id: one of the two is required; reader checks that separately.
constexpr ColumnSpec kEvent[] = {
    {"kind", true}, {"date", true}, {"org_id", false}, {"member_id", false}, {"detail", false}};

constexpr ColumnSpec kRating[] = {{"member_id", true}, {"year", true}, {"rating", true}};
constexpr ColumnSpec kMeeting[] = {{"id", true}, {"org_id", true}, {"date", true}, {"kind", true}};
constexpr ColumnSpec kAttendance[] = {
    {"meeting_id", true}, {"member_id", true}, {"present", false}, {"reason", false}};

const std::array<TableSpec, kTableCount> kSpecs = {{
    {TableId::organizations, "organizations.csv", kOrg},
    {TableId::members, "members.csv", kMember},
    {TableId::dues, "dues.csv", kDues},
    {TableId::candidates, "candidates.csv", kCandidate},
    {TableId::committees, "committees.csv", kCommittee},
    {TableId::transfers, "transfers.csv", kTransfer},
    {TableId::events, "events.csv", kEvent},
    {TableId::ratings, "ratings.csv", kRating},
    {TableId::meetings, "meetings.csv", kMeeting},
    {TableId::attendance, "attendance.csv", kAttendance},
}};

/// Header cells that named no column (extras) and are a built-in Vietnamese header of a column the header
/// lacks take that column; of two such cells for one column, the better-ranked header wins and the other
/// stays an extra. A contract name or a manifest alias always comes first.
void assign_builtin_aliases(TableId id, const std::vector<std::string>& names, HeaderMap& map) {
  std::vector<int> best_rank(map.cell_of.size(), -1), best_cell(map.cell_of.size(), -1);
  for (const int cell : map.extra_cells) {
    int rank = 0;
    const int col = builtin_alias_column(id, names[static_cast<std::size_t>(cell)], &rank);
    if (col < 0 || map.cell_of[static_cast<std::size_t>(col)] >= 0) continue;
    const auto c = static_cast<std::size_t>(col);
    if (best_cell[c] < 0 || rank < best_rank[c]) {
      best_cell[c] = cell;
      best_rank[c] = rank;
    }
  }
  std::vector<bool> taken(names.size(), false);
  bool any = false;
  for (std::size_t c = 0; c < best_cell.size(); ++c)
    if (best_cell[c] >= 0) {
      map.cell_of[c] = best_cell[c];
      taken[static_cast<std::size_t>(best_cell[c])] = true;
      any = true;
    }
  if (!any) return;
  std::vector<int> cells;
  std::vector<std::string> extra_names;
  for (std::size_t i = 0; i < map.extra_cells.size(); ++i)
    if (!taken[static_cast<std::size_t>(map.extra_cells[i])]) {
      cells.push_back(map.extra_cells[i]);
      extra_names.push_back(std::move(map.extra_names[i]));
    }
  map.extra_cells = std::move(cells);
  map.extra_names = std::move(extra_names);
}

}  // namespace

const TableSpec& spec_of(TableId id) { return kSpecs[static_cast<std::size_t>(id)]; }

bool table_by_name(std::string_view name, TableId& out) {
  for (const TableSpec& s : kSpecs)
    if (table_name(s.id) == name) {
      out = s.id;
      return true;
    }
  return false;
}

HeaderMap map_header(const TableSpec& spec, const std::vector<std::string>& names,
                     const std::vector<TextPos>& positions, const AliasList& aliases, const std::string& file,
                     std::string_view manifest, bool require, const std::vector<LaterRecord>& later) {
  HeaderMap map;
  map.width = names.size();
  map.cell_of.assign(spec.columns.size(), -1);
  std::vector<std::string> alias_of(spec.columns.size());  // folded header configured per column
  std::vector<std::string> alias_raw(spec.columns.size());
  std::string scratch;
  for (const auto& [column, header] : aliases)
    for (std::size_t c = 0; c < spec.columns.size(); ++c)
      if (spec.columns[c].name == column) {
        alias_of[c] = std::string(fold_key(header, scratch));
        alias_raw[c] = header;
      }
  // Each header cell is looked up, not compared with every column: a header of 100,000 cells is one pass.
  // When a cell matches two columns (an alias of one, the name of another), the earlier column wins.
  std::unordered_map<std::string, std::size_t> by_alias, by_name;
  for (std::size_t c = 0; c < spec.columns.size(); ++c) {
    if (!alias_of[c].empty()) by_alias.try_emplace(alias_of[c], c);
    by_name.try_emplace(std::string(spec.columns[c].name), c);
  }
  const auto column_of = [&](const std::string& name) {
    std::size_t found = spec.columns.size();
    if (!by_alias.empty())
      if (const auto it = by_alias.find(std::string(fold_key(name, scratch))); it != by_alias.end())
        found = it->second;
    if (const auto it = by_name.find(ascii_lower(name)); it != by_name.end()) found = std::min(found, it->second);
    return found < spec.columns.size() ? static_cast<int>(found) : -1;
  };
  for (std::size_t i = 0; i < names.size(); ++i) {
    const int match = column_of(names[i]);
    if (match >= 0) {
      int& slot = map.cell_of[static_cast<std::size_t>(match)];
      if (slot >= 0)
        throw UserError(msg_duplicate_column(file, positions[i].line, positions[i].column,
                                             spec.columns[static_cast<std::size_t>(match)].name,
                                             positions[static_cast<std::size_t>(slot)].column));
      slot = static_cast<int>(i);
    } else if (!names[i].empty()) {
      map.extra_cells.push_back(static_cast<int>(i));
      map.extra_names.push_back(names[i]);
    }
  }
  assign_builtin_aliases(spec.id, names, map);
  if (require) {
    // Every problem of the header in one block (issue 20): not one missing column per run.
    HeaderProblem p;
    for (std::size_t c = 0; c < spec.columns.size(); ++c)
      if (spec.columns[c].required && map.cell_of[c] < 0) p.missing.push_back(c);
    p.needs_org_or_member =
        spec.id == TableId::events && map.cell_of[event_col::org_id] < 0 && map.cell_of[event_col::member_id] < 0;
    if (p.missing.empty() && !p.needs_org_or_member) return map;
    p.spec = &spec;
    p.names = &names;
    p.at = positions.empty() ? TextPos{1, 1} : positions.front();
    p.aliases = alias_raw;
    p.cell_of = map.cell_of;
    p.file = file;
    p.manifest = std::string(manifest);
    std::size_t required_here = 0;
    for (std::size_t c = 0; c < spec.columns.size(); ++c) required_here += spec.columns[c].required && map.cell_of[c] >= 0;
    for (const LaterRecord& r : later) {
      std::vector<bool> seen(spec.columns.size());
      std::size_t required = 0;
      for (const std::string& n : r.names)
        if (const int c = column_of(n); c >= 0 && !seen[static_cast<std::size_t>(c)]) {
          seen[static_cast<std::size_t>(c)] = true;
          required += spec.columns[static_cast<std::size_t>(c)].required;
        }
      if (required > required_here && required > p.better_required) {
        p.better_line = r.line;
        p.better_required = required;
      }
    }
    throw UserError(msg_header_problems(p));
  }
  return map;
}

}  // namespace kiemtra::core::dataset
