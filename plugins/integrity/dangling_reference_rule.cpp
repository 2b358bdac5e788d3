// integrity/dangling-reference: one finding per reference to an id that no row has.
#include "dangling_reference_rule.hpp"

#include <fmt/format.h>

#include "integrity_findings.hpp"

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
  return m;
}

void DanglingReferenceRule::check(const RunContext& ctx, FindingSink& out) const {
  for (const UnresolvedRef& ref : ctx.data.unresolved) {
    Finding f = row_finding(ctx, ref.file, ref.line, ref.column, ref.column_name, ref.org);
    f.subject_name = ref.row_key;
    const bool member = refers_to_member(ref.column_name);
    const std::string_view target_vi = member ? "danh sách đảng viên (members)" : "danh sách tổ chức (organizations)";
    const std::string_view target_en = member ? "the members table" : "the organizations table";
    const std::string_view table = table_name(ref.table);
    const std::string row = ref.row_key.empty() ? std::string() : ", " + ref.row_key;
    f.message_vi = fmt::format("{} (bảng {}{}): cột {} ghi mã \"{}\", không có trong {}", f.location, table, row,
                               ref.column_name, ref.value, target_vi);
    f.message_en = fmt::format("{} (table {}{}): column {} names \"{}\", which is not in {}", f.location, table, row,
                               ref.column_name, ref.value, target_en);
    f.evidence = {{"table", std::string(table)},
                  {"column", ref.column_name},
                  {"value", std::string(ref.value)},
                  {"refers_to", member ? "members" : "organizations"}};
    if (!ref.row_key.empty()) f.evidence.push_back({"row", ref.row_key});
    out.emit(std::move(f));
  }
}

}  // namespace kiemtra::plugins::integrity
