// integrity/dissolved-attachment: members and live organizations still attached to an organization dissolved by the
// as-of date (what a merger leaves behind when the export was not updated).
#include <kiemtra/unknown.hpp>

#include "integrity_rules.hpp"

namespace kiemtra::plugins::integrity {

RuleMeta DissolvedAttachmentRule::metadata() {
  RuleMeta m;
  m.id = "integrity/dissolved-attachment";
  m.title_vi = "Còn gắn với tổ chức đã giải thể";
  m.title_en = "Attached to a dissolved organization";
  m.description_vi =
      "Sau sáp nhập, hợp nhất (như đợt sắp xếp tổ chức năm 2025), đảng viên và tổ chức của tổ chức bị giải thể phải "
      "được chuyển về tổ chức mới. Một đảng viên trong members.csv (danh sách đảng viên hiện tại) có org_id là tổ "
      "chức đã giải thể vào hoặc trước ngày tham chiếu (dissolved_on): phát hiện về đảng viên (phân biệt: member). "
      "Một tổ chức còn hoạt động tại ngày tham chiếu có parent_id là tổ chức đã giải thể: phát hiện về tổ chức đó "
      "(parent). Tổ chức có ngày giải thể hoặc ngày thành lập không đọc được không bị xét. Trích dẫn: quy ước dữ "
      "liệu (members.csv chỉ chứa đảng viên hiện tại; cây tổ chức tại ngày tham chiếu).";
  m.description_en =
      "After a merger (such as the 2025 reorganization), the members and organizations of a dissolved organization "
      "must move to the new one. A member of members.csv (today's members) whose org_id is an organization dissolved "
      "on or before the as-of date (dissolved_on): a finding on the member (discriminator member). A live "
      "organization whose parent_id is dissolved by the as-of date: a finding on that organization (parent). An "
      "organization whose dissolution or founding date is unreadable is not judged. Citation: the data contract "
      "(members.csv holds today's members; the organization tree at the as-of date).";
  m.default_severity = Severity::error;
  m.editions.push_back({Date{}, {"Quy ước dữ liệu kiemtra v1", "mục organizations.csv (dissolved_on), members.csv (org_id)"}, {}});
  m.messages = {{"member",
                 {"_member", "org_id", "dissolved_on"},
                 "{_member} vẫn sinh hoạt ở {org_id}, tổ chức đã giải thể ngày {dissolved_on}: chuyển đảng viên về "
                 "tổ chức tiếp nhận",
                 "{_member} is still in {org_id}, dissolved on {dissolved_on}: move the member to the organization "
                 "that took it over"},
                {"parent",
                 {"_org", "parent_id", "dissolved_on"},
                 "{_org} còn hoạt động nhưng trực thuộc {parent_id}, tổ chức đã giải thể ngày {dissolved_on}",
                 "{_org} is live but under {parent_id}, dissolved on {dissolved_on}"}};
  return m;
}

void DissolvedAttachmentRule::check(const RunContext& ctx, FindingSink& out) const {
  const Dataset& data = ctx.data;
  const auto& orgs = data.organizations;
  const UnknownFields unknown(data, orgs, TableId::organizations, {"established_on", "dissolved_on"});
  const auto dissolved = [&](std::uint32_t o) {
    return o != kNone && o < orgs.size() && !orgs[o].live_at(ctx.as_of) && !unknown.row(o);
  };
  for (std::uint32_t i = 0; i < data.members.size(); ++i) {
    const Member& m = data.members[i];
    if (!dissolved(m.org)) continue;
    out.emit(about_member(ctx, i)
                 .with_discriminator("member")
                 .say("member", {member(i), organization(m.org), orgs[m.org].dissolved_on}));
  }
  for (std::uint32_t o = 0; o < orgs.size(); ++o) {
    if (!org_exists_at(orgs[o], ctx.as_of) || unknown.row(o) || !dissolved(orgs[o].parent)) continue;
    out.emit(about_org(ctx, o)
                 .with_discriminator("parent")
                 .say("parent", {organization(o), organization(orgs[o].parent), orgs[orgs[o].parent].dissolved_on}));
  }
}

}  // namespace kiemtra::plugins::integrity
