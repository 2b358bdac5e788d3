// integrity/dangling-reference: one finding per reference to an id that no row has.
#include "integrity_common.hpp"
#include "integrity_rules.hpp"

namespace kiemtra::plugins::integrity {
namespace {

/// Whether a reference column names a member (member_id, introducer_1/2) rather than an organization.
bool refers_to_member(std::string_view column) { return column == "member_id" || column.starts_with("introducer"); }

}  // namespace

RuleMeta DanglingReferenceRule::metadata() {
  RuleMeta m;
  m.id = "integrity/dangling-reference";
  m.title_vi = "Tham chiếu tới mã không tồn tại";
  m.title_en = "Reference to a missing id";
  m.description_vi =
      "Một dòng ghi một mã không có trong bảng được tham chiếu: parent_id của tổ chức; org_id của đảng viên, hồ sơ "
      "kết nạp, cấp ủy, chuyển sinh hoạt, sự kiện; member_id của đảng phí, cấp ủy, sự kiện; introducer_1/2 của hồ sơ "
      "kết nạp. Mỗi tham chiếu hỏng là một phát hiện tại tệp:dòng:cột. Đảng viên có org_id không tồn tại chỉ nhận "
      "phát hiện này (không nhận integrity/member-not-in-cell); phát hiện thuộc về tổ chức gốc của dữ liệu. "
      "member_id trong transfers.csv không phải tham chiếu (đảng viên đã chuyển đi không còn trong members.csv).";
  m.description_en =
      "A row names an id that the table it refers to does not hold: an organization's parent_id; the org_id of a "
      "member, candidate, committee seat, transfer or event; the member_id of a payment, committee seat or event; a "
      "candidate's introducer_1/2. Each broken reference is one finding at file:line:column. A member whose org_id "
      "does not exist gets this finding only (not integrity/member-not-in-cell), attached to the dataset root. "
      "member_id in transfers.csv is not a reference (a member transferred out is no longer in members.csv).";
  m.default_severity = Severity::error;
  m.editions.push_back(
      {Date{}, {"Quy ước dữ liệu kiemtra v1", "mục organizations.csv … events.csv (cột mã tham chiếu)"}, {}});
  // The place is written "<file>:<line>:<column>"; a row without a readable id has no `row` evidence.
  m.messages = {
      {"dangling",
       {"_file", "_line", "_col", "table", "row", "column", "value", "_target", "refers_to"},
       "{_file}:{_line}:{_col} (bảng {table}, {row}): cột {column} ghi mã \"{value}\", không có trong {_target}",
       "{_file}:{_line}:{_col} (table {table}, {row}): column {column} names \"{value}\", which is not in "
       "{_target}"},
      {"dangling_no_row",
       {"_file", "_line", "_col", "table", "column", "value", "_target", "refers_to"},
       "{_file}:{_line}:{_col} (bảng {table}): cột {column} ghi mã \"{value}\", không có trong {_target}",
       "{_file}:{_line}:{_col} (table {table}): column {column} names \"{value}\", which is not in {_target}"}};
  return m;
}

void DanglingReferenceRule::check(const RunContext& ctx, FindingSink& out) const {
  const Arg members = phrase("danh sách đảng viên (members)", "the members table");
  const Arg organizations = phrase("danh sách tổ chức (organizations)", "the organizations table");
  for (const UnresolvedRef& ref : ctx.data.unresolved) {
    Finding f = about_row(ctx, ref.table, ref.line, ref.column, ref.org);
    f.with_discriminator(ref.column_name);
    f.name = ref.row_key;
    const bool member = refers_to_member(ref.column_name);
    const Arg target = member ? members : organizations;
    const std::string_view refers_to = member ? "members" : "organizations";
    const std::string_view file = file_name(ref.file), table = table_name(ref.table);
    if (ref.row_key.empty())
      f.say("dangling_no_row", {file, ref.line, ref.column, table, ref.column_name, ref.value, target, refers_to});
    else
      f.say("dangling",
            {file, ref.line, ref.column, table, ref.row_key, ref.column_name, ref.value, target, refers_to});
    out.emit(f);
  }
}

}  // namespace kiemtra::plugins::integrity
