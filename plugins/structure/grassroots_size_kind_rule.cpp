// structure/grassroots-size-kind: grassroots cells that have grown into a committee's size, and the reverse.
#include <cstdint>

#include "structure_common.hpp"
#include "structure_rules.hpp"

namespace kiemtra::plugins::structure {

RuleMeta GrassrootsSizeKindRule::metadata() {
  RuleMeta m;
  m.id = "structure/grassroots-size-kind";
  m.title_vi = "Loại tổ chức cơ sở không phù hợp số đảng viên";
  m.title_en = "Grassroots organization kind does not fit its size";
  m.description_vi =
      "Một chi bộ cơ sở đang hoạt động có từ threshold đảng viên trở lên (chính thức và dự bị; đếm đảng viên của chi "
      "bộ và các tổ đảng trong chi bộ), nên lập đảng bộ cơ sở (phân biệt: cell-too-large); hoặc một đảng bộ cơ sở "
      "đang hoạt động có dưới threshold đảng viên trong toàn bộ các tổ chức trực thuộc (committee-too-small). Đếm tại "
      "ngày tham chiếu: đảng viên vào Đảng sau ngày đó không được tính; tổ chức đã giải thể hoặc thành lập sau ngày "
      "đó không bị kiểm tra.";
  m.description_en =
      "A live chi_bo_co_so with threshold members or more (official and probationary; the members of the cell and of "
      "its party groups), which should be a dang_bo_co_so (discriminator cell-too-large); or a live dang_bo_co_so "
      "with fewer than threshold members in its whole subtree (committee-too-small). Counted at the as-of date: "
      "members admitted after it do not count; organizations dissolved by then or established after it are not "
      "checked.";
  m.default_severity = Severity::warning;
  m.params.push_back(param_int("threshold", 30,
                               "Số đảng viên từ đó tổ chức cơ sở là đảng bộ cơ sở (dưới số này là chi bộ cơ sở)",
                               "Members from which a grassroots organization is a dang_bo_co_so (below: a "
                               "chi_bo_co_so)"));
  m.editions.push_back({Date{}, {"Điều lệ Đảng 2011", "Điều 21.3"}, {}});
  m.messages = {{"cell_too_large",
                 {"_org", "members", "threshold"},
                 "{_org} có {members} đảng viên (chính thức và dự bị), từ {threshold} trở lên: nên lập đảng bộ cơ sở",
                 "{_org} has {members} members (official and probationary), {threshold} or more: it should be a "
                 "grassroots party committee (dang_bo_co_so)"},
                {"committee_too_small",
                 {"_org", "members", "threshold"},
                 "{_org} có {members} đảng viên trong các tổ chức trực thuộc, dưới {threshold}: nên là chi bộ cơ sở",
                 "{_org} has {members} {members:member|members} in its subtree, fewer than {threshold}: it should be a "
                 "grassroots cell (chi_bo_co_so)"}};
  return m;
}

void GrassrootsSizeKindRule::check(const RunContext& ctx, FindingSink& out) const {
  const Dataset& data = ctx.data;
  const std::int64_t threshold = ctx.current().integer("threshold");
  const SubtreeSums members(data.tree, [&](std::uint32_t org) {
    std::uint64_t n = 0;
    for (std::uint32_t row : data.members_by_org.of(org)) n += member_exists_at(data.members[row], ctx.as_of);
    return n;
  });
  for (std::uint32_t i = 0; i < data.organizations.size(); ++i) {
    const Organization& o = data.organizations[i];
    if (!is_grassroots(o.kind) || !org_exists_at(o, ctx.as_of)) continue;
    if (o.kind == OrgKind::chi_bo_co_so) {
      const CellCounts c = count_cell(data, i, ctx.as_of);
      if (c.members < threshold) continue;
      out.emit(about_org(ctx, i)
                   .with_discriminator("cell-too-large")
                   .say("cell_too_large", {organization(i), c.members, threshold}));
    } else {
      const std::uint64_t n = members.of(i);
      if (static_cast<std::int64_t>(n) >= threshold) continue;
      out.emit(about_org(ctx, i)
                   .with_discriminator("committee-too-small")
                   .say("committee_too_small", {organization(i), n, threshold}));
    }
  }
}

}  // namespace kiemtra::plugins::structure
