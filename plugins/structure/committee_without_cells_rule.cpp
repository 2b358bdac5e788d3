// structure/committee-without-cells: grassroots committees and sub-committees with no live cell under them.
#include <cstdint>

#include "structure_common.hpp"
#include "structure_rules.hpp"

namespace kiemtra::plugins::structure {

RuleMeta CommitteeWithoutCellsRule::metadata() {
  RuleMeta m;
  m.id = "structure/committee-without-cells";
  m.title_vi = "Đảng bộ không có chi bộ";
  m.title_en = "Party committee without cells";
  m.description_vi =
      "Một đảng bộ cơ sở hoặc đảng bộ bộ phận đang hoạt động tại ngày tham chiếu không có chi bộ nào đang hoạt động ở "
      "bất kỳ cấp nào bên dưới (chi bộ đã giải thể hoặc thành lập sau ngày tham chiếu không được tính). Đảng bộ đã "
      "giải thể không bị kiểm tra.";
  m.description_en =
      "A dang_bo_co_so or dang_bo_bo_phan live at the as-of date has no live cell anywhere below it (cells dissolved "
      "by then, or established after it, do not count). Dissolved committees are not checked.";
  m.default_severity = Severity::error;
  m.editions.push_back({Date{}, {"Điều lệ Đảng 2011", "Điều 21.3"}, {}});
  m.messages = {{"no_cells",
                 {"_org", "as_of", "live_cells", "cells_not_live"},
                 "{_org} không có chi bộ nào đang hoạt động trực thuộc tại ngày {as_of}",
                 "{_org} has no live cell below it at {as_of}"},
                {"only_cells_not_live",
                 {"_org", "as_of", "live_cells", "cells_not_live"},
                 "{_org} không có chi bộ nào đang hoạt động trực thuộc tại ngày {as_of} ({cells_not_live} chi bộ "
                 "không hoạt động tại ngày đó)",
                 "{_org} has no live cell below it at {as_of} ({cells_not_live} cells not live at that date)"}};
  return m;
}

void CommitteeWithoutCellsRule::check(const RunContext& ctx, FindingSink& out) const {
  const Dataset& data = ctx.data;
  const auto& orgs = data.organizations;
  const SubtreeSums live_cells(data.tree, [&](std::uint32_t org) {
    return static_cast<std::uint64_t>(is_cell(orgs[org].kind) && org_exists_at(orgs[org], ctx.as_of));
  });
  const SubtreeSums cells(data.tree,
                          [&](std::uint32_t org) { return static_cast<std::uint64_t>(is_cell(orgs[org].kind)); });
  for (std::uint32_t i = 0; i < orgs.size(); ++i) {
    const Organization& o = orgs[i];
    if (o.kind != OrgKind::dang_bo_co_so && o.kind != OrgKind::dang_bo_bo_phan) continue;
    if (!org_exists_at(o, ctx.as_of) || live_cells.of(i) > 0) continue;
    const std::uint64_t gone = cells.of(i);
    out.emit(about_org(ctx, i).say(gone ? "only_cells_not_live" : "no_cells", {organization(i), ctx.as_of, 0, gone}));
  }
}

}  // namespace kiemtra::plugins::structure
