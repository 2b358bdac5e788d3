// structure/secretary: no secretary (warning) or several (error) in a sitting committee.
#include <cstdint>
#include <vector>

#include "structure_common.hpp"
#include "structure_rules.hpp"

namespace kiemtra::plugins::structure {

RuleMeta SecretaryRule::metadata() {
  RuleMeta m;
  m.id = "structure/secretary";
  m.title_vi = "Cấp ủy không có hoặc có nhiều bí thư";
  m.title_en = "Committee with no secretary or several";
  m.description_vi =
      "Một chi bộ (chi bộ cơ sở hoặc chi bộ trực thuộc) hoặc một đảng bộ cơ sở đang hoạt động, có các dòng cấp ủy "
      "đương nhiệm trong committees.csv (planned là false), mà không có bí thư nào (cảnh báo, phân biệt: none) hoặc "
      "có hơn một bí thư (lỗi, several). Bí thư đếm theo mã đảng viên khác nhau. Tổ chức không có dòng cấp ủy đương "
      "nhiệm nào không bị kiểm tra (có thể dữ liệu không kèm cấp ủy); đảng bộ bộ phận và cấp trên cơ sở không thuộc "
      "phạm vi quy tắc này.";
  m.description_en =
      "A live cell (chi_bo_co_so or chi_bo_truc_thuoc) or dang_bo_co_so that has sitting committee rows in "
      "committees.csv (planned false) has no secretary (warning, discriminator none) or more than one (error, "
      "several). Secretaries are counted by distinct member code. Organizations with no sitting committee rows are "
      "not checked (the data may not include committees); dang_bo_bo_phan and upper levels are out of this rule's "
      "scope.";
  m.default_severity = Severity::warning;
  m.editions.push_back({Date{}, {"Điều lệ Đảng 2011", "Điều 22; Điều 24.4"}, {}});
  m.messages = {{"none",
                 {"_org", "committee_members", "secretaries"},
                 "Cấp ủy đương nhiệm của {_org} có {committee_members} người nhưng không có bí thư",
                 "The sitting committee of {_org} has {committee_members} {committee_members:member|members} but no "
                 "secretary"},
                {"several",
                 {"_org", "secretaries", "_secretaries", "committee_members"},
                 "Cấp ủy đương nhiệm của {_org} có {secretaries} bí thư ({_secretaries}), chỉ được có 1",
                 "The sitting committee of {_org} has {secretaries} secretaries ({_secretaries}); there must be 1"}};
  return m;
}

void SecretaryRule::check(const RunContext& ctx, FindingSink& out) const {
  const Dataset& data = ctx.data;
  for (std::uint32_t i = 0; i < data.organizations.size(); ++i) {
    const Organization& o = data.organizations[i];
    if (!(is_cell(o.kind) || o.kind == OrgKind::dang_bo_co_so) || !org_exists_at(o, ctx.as_of)) continue;
    const std::vector<std::uint32_t> seats = sitting_seats(data, i);
    if (seats.empty()) continue;
    const auto secretaries = holders(data, seats, CommitteeRole::bi_thu);
    if (secretaries.size() == 1) continue;
    const std::size_t members = holders(data, seats).size();
    // Two severities: the catalog's per case; a profile's override replaces both (the engine's doing).
    if (secretaries.empty())
      out.emit(about_org(ctx, i)
                   .with_severity(Severity::warning)
                   .with_discriminator("none")
                   .say("none", {organization(i), members, secretaries.size()}));
    else
      out.emit(about_org(ctx, i)
                   .with_severity(Severity::error)
                   .with_discriminator("several")
                   .say("several", {organization(i), secretaries.size(), name_members(data, secretaries), members}));
  }
}

}  // namespace kiemtra::plugins::structure
