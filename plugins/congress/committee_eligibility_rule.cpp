// congress/committee-eligibility: a planned seat held by a probationary member, or a member of another organization.
#include "committee_eligibility_rule.hpp"

#include <fmt/format.h>

#include <string>

#include "congress_common.hpp"

namespace kiemtra::plugins::congress {

RuleMeta CommitteeEligibilityRule::metadata() {
  RuleMeta m;
  m.id = "congress/committee-eligibility";
  m.title_vi = "Nhân sự dự kiến cấp ủy không đủ điều kiện";
  m.title_en = "Planned committee seat held by an ineligible person";
  m.description_vi =
      "Một ghế của cấp ủy dự kiến (committees.csv, planned là true) của một tổ chức đang hoạt động do người không "
      "phải là đảng viên chính thức của tổ chức đó (chính tổ chức hoặc các tổ chức bên dưới nó) tại ngày tham chiếu "
      "nắm giữ: đảng viên dự bị (hoặc chính thức sau ngày tham chiếu) không có quyền ứng cử; đảng viên sinh hoạt ở "
      "tổ chức khác không thuộc đảng bộ này. Một phát hiện cho mỗi người (người ghi hai dòng trong cùng cấp ủy được "
      "xét một lần), nêu mọi lý do. Mã đảng viên không có trong danh sách, hoặc tổ chức không tồn tại, do "
      "integrity/dangling-reference báo; trạng thái không đọc được, hoặc chính thức mà không có ngày chính thức, do "
      "integrity/ báo.";
  m.description_en =
      "A seat of a planned committee (committees.csv, planned true) of a live organization is held by someone who "
      "is not an official member of that organization (itself or any organization below it) at the as-of date: a "
      "probationary member (or one official only after the as-of date) may not stand for election; a member of "
      "another organization is not part of this one. One finding per person (a person on two rows of one committee "
      "is judged once), with every reason. A member code or organization that does not exist is "
      "integrity/dangling-reference's; an unreadable status, or an official member without an official date, is "
      "integrity/'s.";
  m.default_severity = Severity::error;
  m.editions = directive_editions("nhân sự cấp ủy: đảng viên chính thức của đảng bộ, chi bộ");
  return m;
}

void CommitteeEligibilityRule::check(const RunContext& ctx, FindingSink& out) const {
  const Dataset& data = ctx.data;
  for (const PlannedCommittee& c : planned_committees(data, ctx.as_of)) {
    const Organization& o = data.organizations[c.org];
    const Edition& edition = term_edition(ctx, c.term_start);
    for (std::uint32_t s : first_rows(data, c)) {
      const CommitteeSeat& seat = data.committees[s];
      if (seat.member == kNone) continue;
      const Member& m = data.members[seat.member];
      // An official member without an official date is integrity/status-mismatch's; an unknown status bad-value's.
      const bool not_official = m.status == MemberStatus::du_bi || (m.status == MemberStatus::chinh_thuc &&
                                                                    m.official_on.valid() && !m.official_at(ctx.as_of));
      const bool elsewhere = m.org != kNone && !data.tree.within(m.org, c.org);
      if (!not_official && !elsewhere) continue;
      std::string why_vi, why_en;
      if (not_official) {
        if (m.status == MemberStatus::du_bi) {
          why_vi = "là đảng viên dự bị";
          why_en = "is a probationary member";
        } else {
          why_vi = fmt::format("chỉ là đảng viên chính thức từ {}", m.official_on.vn());
          why_en = fmt::format("is an official member only from {}", m.official_on.iso());
        }
      }
      if (elsewhere) {
        const Organization& home = data.organizations[m.org];
        why_vi += fmt::format("{}sinh hoạt ở {}, không thuộc {}", why_vi.empty() ? "" : " và ", org_vi(home), o.id);
        why_en += fmt::format("{}belongs to {}, outside {}", why_en.empty() ? "" : " and ", org_en(home), o.id);
      }
      Finding f = seat_finding(ctx, s, edition);
      f.message_vi = fmt::format("Cấp ủy dự kiến nhiệm kỳ {} của {}: {} ({}, {}) {} tại ngày {}", c.term, org_vi(o),
                                 m.full_name, m.id, role_vi(seat.role), why_vi, ctx.as_of.vn());
      f.message_en = fmt::format("The planned {} committee of {}: {} ({}, {}) {} at {}", c.term, org_en(o), m.full_name,
                                 m.id, role_en(seat.role), why_en, ctx.as_of.iso());
      f.evidence = {{"status", std::string(code(m.status))},
                    {"official_on", m.official_on.iso()},
                    {"member_org", std::string(m.org_code)},
                    {"committee_org", std::string(o.id)},
                    {"term", std::string(c.term)}};
      out.emit(std::move(f));
    }
  }
}

}  // namespace kiemtra::plugins::congress
