// Column lists of the dataset contract (docs/dataset.md) and header mapping with aliases.
#include "dataset/table_spec.hpp"

#include <array>

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
    {"exempt", false},      {"dues_category", false}, {"monthly_income", false}, {"readmitted", false}};
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
                                     {"previous_exit_on", false}};
constexpr ColumnSpec kCommittee[] = {{"org_id", true}, {"term", true},     {"member_id", true},
                                     {"role", true},   {"planned", false}, {"first_time", false}};
constexpr ColumnSpec kTransfer[] = {{"member_id", true},   {"org_id", true},    {"full_name", false},
                                    {"direction", true},   {"issued_on", true}, {"presented_on", false},
                                    {"counterpart", false}};
// org_id / member_id: one of the two is required; reader checks that separately.
constexpr ColumnSpec kEvent[] = {
    {"kind", true}, {"date", true}, {"org_id", false}, {"member_id", false}, {"detail", false}};

const std::array<TableSpec, 7> kSpecs = {{
    {TableId::organizations, "organizations.csv", kOrg},
    {TableId::members, "members.csv", kMember},
    {TableId::dues, "dues.csv", kDues},
    {TableId::candidates, "candidates.csv", kCandidate},
    {TableId::committees, "committees.csv", kCommittee},
    {TableId::transfers, "transfers.csv", kTransfer},
    {TableId::events, "events.csv", kEvent},
}};

bool same_ascii_nocase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
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
                     std::string_view manifest, bool require) {
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
  for (std::size_t i = 0; i < names.size(); ++i) {
    const std::string folded(fold_key(names[i], scratch));
    int match = -1;
    for (std::size_t c = 0; c < spec.columns.size() && match < 0; ++c)
      if ((!alias_of[c].empty() && alias_of[c] == folded) || same_ascii_nocase(names[i], spec.columns[c].name))
        match = static_cast<int>(c);
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
  if (require) {
    const TextPos at = positions.empty() ? TextPos{} : positions.front();
    for (std::size_t c = 0; c < spec.columns.size(); ++c)
      if (spec.columns[c].required && map.cell_of[c] < 0)
        throw UserError(msg_missing_column(file, at.line, at.column, spec.columns[c].name, alias_raw[c], manifest));
    if (spec.id == TableId::events && map.cell_of[event_col::org_id] < 0 && map.cell_of[event_col::member_id] < 0)
      throw UserError(msg_missing_org_or_member_column(file, at.line, at.column));
  }
  return map;
}

}  // namespace kiemtra::core::dataset
