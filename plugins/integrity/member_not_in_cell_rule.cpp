// integrity/member-not-in-cell: members attached to a committee, a party group or an upper level instead of a cell.
#include "integrity_rules.hpp"

namespace kiemtra::plugins::integrity {

RuleMeta MemberNotInCellRule::metadata() {
  RuleMeta m;
  m.id = "integrity/member-not-in-cell";
  m.title_vi = "Đảng viên không sinh hoạt tại chi bộ";
  m.title_en = "Member not in a cell";
  m.description_vi =
      "org_id của đảng viên là một tổ chức không phải chi bộ (chi bộ cơ sở hoặc chi bộ trực thuộc), ví dụ một đảng "
      "bộ, một tổ đảng hay cấp trên cơ sở. Phát hiện thuộc về tổ chức được ghi. Bỏ qua đảng viên có org_id trống "
      "hoặc không tồn tại (integrity/bad-value, integrity/dangling-reference) và tổ chức có loại không đọc được.";
  m.description_en =
      "A member's org_id is an organization that is not a cell (chi_bo_co_so or chi_bo_truc_thuoc): a party "
      "committee, a party group (to_dang) or an upper level. The finding belongs to the organization named. Members "
      "whose org_id is empty or does not exist (integrity/bad-value, integrity/dangling-reference) and organizations "
      "of unreadable kind are skipped.";
  m.default_severity = Severity::error;
  m.editions.push_back({Date{}, {"Quy ước dữ liệu kiemtra v1", "mục members.csv (cột org_id)"}, {}});
  m.messages = {{"not_in_cell",
                 {"_member", "org_id", "org_kind"},
                 "{_member} có org_id là {org_id}, không phải một chi bộ (chi bộ cơ sở hoặc chi bộ trực thuộc)",
                 "{_member} has org_id {org_id}, which is not a cell (grassroots or subordinate cell)"}};
  return m;
}

void MemberNotInCellRule::check(const RunContext& ctx, FindingSink& out) const {
  const auto& orgs = ctx.data.organizations;
  const auto& members = ctx.data.members;
  for (std::uint32_t i = 0; i < members.size(); ++i) {
    const Member& m = members[i];
    if (m.org == kNone || m.org >= orgs.size()) continue;
    const Organization& o = orgs[m.org];
    if (o.kind == OrgKind::unknown || is_cell(o.kind)) continue;
    // The organization is named in the message and is the evidence by its id.
    out.emit(about_member(ctx, i).say("not_in_cell", {member(i), organization(m.org), code(o.kind)}));
  }
}

}  // namespace kiemtra::plugins::integrity
