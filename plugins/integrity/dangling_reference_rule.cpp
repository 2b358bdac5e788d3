// integrity/dangling-reference: one finding per missing id and the column naming it, listing every row that does.
#include <algorithm>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "integrity_common.hpp"
#include "integrity_rules.hpp"

namespace kiemtra::plugins::integrity {
namespace {

/// Whether a reference column names a member (member_id, introducer_1/2) rather than an organization.
bool refers_to_member(std::string_view column) { return column == "member_id" || column.starts_with("introducer"); }
bool refers_to_meeting(std::string_view column) { return column == "meeting_id"; }

/// The references of one table and column to one missing id, in line order.
struct ReferenceGroup {
  std::vector<std::uint32_t> refs;  ///< indexes in Dataset::unresolved
};

/// Groups the references by (table, column, missing id), in the order each group first appears.
std::vector<ReferenceGroup> group_references(const std::vector<UnresolvedRef>& all) {
  std::vector<ReferenceGroup> groups;
  std::map<std::tuple<TableId, std::string_view, std::string_view>, std::size_t> index;
  for (std::uint32_t i = 0; i < all.size(); ++i) {
    const UnresolvedRef& r = all[i];
    const auto [at, added] = index.try_emplace({r.table, r.column_name, r.value}, groups.size());
    if (added) groups.emplace_back();
    groups[at->second].refs.push_back(i);
  }
  for (ReferenceGroup& g : groups)
    std::stable_sort(g.refs.begin(), g.refs.end(), [&](std::uint32_t a, std::uint32_t b) {
      return all[a].line != all[b].line ? all[a].line < all[b].line : all[a].column < all[b].column;
    });
  return groups;
}

/// What names the missing id, counted: "8 payments" / "8 khoản đảng phí".
Arg what(TableId t, std::int64_t n) {
  const bool one = n == 1;
  switch (t) {
    case TableId::organizations: return phrase("tổ chức", one ? "organization" : "organizations");
    case TableId::members: return phrase("đảng viên", one ? "member" : "members");
    case TableId::dues: return phrase("khoản đảng phí", one ? "payment" : "payments");
    case TableId::candidates: return phrase("hồ sơ kết nạp", one ? "admission file" : "admission files");
    case TableId::committees: return phrase("ghế cấp ủy", one ? "committee seat" : "committee seats");
    case TableId::transfers: return phrase("lượt chuyển sinh hoạt", one ? "transfer" : "transfers");
    case TableId::events: return phrase("sự kiện", one ? "event" : "events");
    case TableId::ratings: return phrase("dòng xếp loại", one ? "rating" : "ratings");
    case TableId::meetings: return phrase("buổi sinh hoạt", one ? "meeting" : "meetings");
    case TableId::attendance: return phrase("dòng điểm danh", one ? "attendance row" : "attendance rows");
  }
  return phrase("dòng", one ? "row" : "rows");
}

/// A group's rows as the message writes them ("27–34, 40", or "10 (DV02), 12 (DV03)" when rows have their own
/// id) and as the evidence lists them ("27,28,…", "DV02,DV03").
struct GroupText {
  std::string places, lines, rows;
};

GroupText describe(const std::vector<UnresolvedRef>& all, const ReferenceGroup& g) {
  GroupText t;
  const TableId table = all[g.refs.front()].table;
  const bool own_id = table == TableId::organizations || table == TableId::members || table == TableId::candidates;
  for (std::size_t k = 0; k < g.refs.size(); ++k) {
    const UnresolvedRef& r = all[g.refs[k]];
    if (k > 0) t.lines += ',';
    t.lines += std::to_string(r.line);
    if (own_id && !r.row_key.empty()) {
      if (!t.rows.empty()) t.rows += ',';
      t.rows += r.row_key;
    }
  }
  for (std::size_t k = 0; k < g.refs.size();) {
    const UnresolvedRef& r = all[g.refs[k]];
    if (!t.places.empty()) t.places += ", ";
    t.places += std::to_string(r.line);
    if (own_id && !r.row_key.empty()) {
      t.places += " (" + r.row_key + ")";
      ++k;
      continue;
    }
    // A run of consecutive lines is written as a range.
    std::size_t j = k;
    while (j + 1 < g.refs.size() && all[g.refs[j + 1]].line <= all[g.refs[j]].line + 1 &&
           !(own_id && !all[g.refs[j + 1]].row_key.empty()))
      ++j;
    if (all[g.refs[j]].line > r.line) t.places += "–" + std::to_string(all[g.refs[j]].line);
    k = j + 1;
  }
  return t;
}

}  // namespace

RuleMeta DanglingReferenceRule::metadata() {
  RuleMeta m;
  m.id = "integrity/dangling-reference";
  m.title_vi = "Tham chiếu tới mã không tồn tại";
  m.title_en = "Reference to a missing id";
  m.description_vi =
      "Một dòng ghi một mã không có trong bảng được tham chiếu: parent_id của tổ chức; org_id của đảng viên, hồ sơ "
      "kết nạp, cấp ủy, chuyển sinh hoạt, sự kiện; member_id của đảng phí, cấp ủy, sự kiện; introducer_1/2 của hồ sơ "
      "kết nạp; member_id của xếp loại, điểm danh; org_id của buổi sinh hoạt; meeting_id của điểm danh. Các dòng "
      "của một bảng cùng ghi một mã không tồn tại ở cùng một cột là một phát hiện (một nguyên nhân), nêu mọi dòng; "
      "qua các đêm, phát hiện được nhận diện bằng chính mã bị thiếu, không bằng số dòng. Đảng viên có org_id không "
      "tồn tại chỉ nhận phát hiện này (không nhận integrity/member-not-in-cell); phát hiện thuộc về tổ chức gốc của "
      "dữ liệu. member_id trong transfers.csv không phải tham chiếu (đảng viên đã chuyển đi không còn trong members.csv).";
  m.description_en =
      "A row names an id that the table it refers to does not hold: an organization's parent_id; the org_id of a "
      "member, candidate, committee seat, transfer or event; the member_id of a payment, committee seat or event; a "
      "candidate's introducer_1/2; the member_id of a rating or attendance row; a meeting's org_id; an attendance "
      "row's meeting_id. The rows of one table that name the same missing id in the same column are one "
      "finding (one cause) listing every row; across nights it is identified by the missing id itself, not by line "
      "numbers. A member whose org_id "
      "does not exist gets this finding only (not integrity/member-not-in-cell), attached to the dataset root. "
      "member_id in transfers.csv is not a reference (a member transferred out is no longer in members.csv).";
  m.default_severity = Severity::error;
  m.editions.push_back(
      {Date{}, {"Quy ước dữ liệu kiemtra v1", "mục organizations.csv … events.csv (cột mã tham chiếu)"}, {}});
  // One finding per missing id and referring column, listing every row that names it: the evidence `lines`
  // (every line) and `rows` (the ids of rows that have their own); the message writes the lines as ranges.
  m.messages = {{"dangling",
                 {"value", "_target", "count", "_what", "table", "_file", "column", "_lines", "refers_to", "lines",
                  "rows?"},
                 "Mã \"{value}\" không có trong {_target}: {count} {_what} trong {_file} (bảng {table}) ghi mã này ở "
                 "cột {column} (dòng {_lines})",
                 "\"{value}\" is not in {_target}: {count} {_what} in {_file} (table {table}) {count:names|name} it "
                 "in column {column} ({count:line|lines} {_lines})"}};
  return m;
}

void DanglingReferenceRule::check(const RunContext& ctx, FindingSink& out) const {
  const Arg members = phrase("danh sách đảng viên (members)", "the members table");
  const Arg organizations = phrase("danh sách tổ chức (organizations)", "the organizations table");
  const Arg meetings = phrase("danh sách buổi sinh hoạt (meetings)", "the meetings table");
  for (const ReferenceGroup& g : group_references(ctx.data.unresolved)) {
    const UnresolvedRef& first = ctx.data.unresolved[g.refs.front()];
    std::uint32_t org = first.org;
    for (const std::uint32_t i : g.refs)
      if (ctx.data.unresolved[i].org != org) org = kNone;  // rows of several organizations: the dataset's root
    Finding f = about_row(ctx, first.table, first.line, first.column, org);
    const bool member = refers_to_member(first.column_name);
    const bool meeting = refers_to_meeting(first.column_name);
    const std::string_view refers_to = member ? "members" : meeting ? "meetings" : "organizations";
    // The identity is the missing id itself (and where it is named): which rows name it only locates it.
    const std::string subject = std::string(refers_to) + "/" + std::string(first.value);
    const std::string which = std::string(table_name(first.table)) + "." + first.column_name;
    f.keyed(subject).with_discriminator(which);
    const GroupText text = describe(ctx.data.unresolved, g);
    const auto count = static_cast<std::int64_t>(g.refs.size());
    f.say("dangling", {first.value, member ? members : meeting ? meetings : organizations, count, what(first.table, count),
                       table_name(first.table), file_name(first.file), first.column_name, text.places, refers_to,
                       text.lines, text.rows});
    out.emit(f);
  }
}

}  // namespace kiemtra::plugins::integrity
