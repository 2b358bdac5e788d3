// integrity/member-not-in-cell: members attached to a committee, a party group or an upper level instead of a cell.
#include "member_not_in_cell_rule.hpp"

#include <fmt/format.h>

#include "integrity_findings.hpp"

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
  return m;
}

void MemberNotInCellRule::check(const RunContext& ctx, FindingSink& out) const {
  const auto& orgs = ctx.data.organizations;
  for (const Member& m : ctx.data.members) {
    if (m.org == kNone || m.org >= orgs.size()) continue;
    const Organization& o = orgs[m.org];
    if (o.kind == OrgKind::unknown || is_cell(o.kind)) continue;
    Finding f = member_finding(ctx, m);
    f.message_vi = fmt::format("{} có org_id là {}, không phải một chi bộ (chi bộ cơ sở hoặc chi bộ trực thuộc)",
                               member_vi(m), org_vi(o));
    f.message_en =
        fmt::format("{} has org_id {}, which is not a cell (grassroots or subordinate cell)", member_en(m), org_en(o));
    f.evidence = {{"org_id", std::string(o.id)}, {"org_kind", std::string(code(o.kind))}};
    out.emit(std::move(f));
  }
}

}  // namespace kiemtra::plugins::integrity
