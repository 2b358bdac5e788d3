// structure/cell-min-official-members: live cells below the minimum of official members.
#include "cell_min_official_members_rule.hpp"

#include <fmt/format.h>

#include "structure_common.hpp"

namespace kiemtra::plugins::structure {

RuleMeta CellMinOfficialMembersRule::metadata() {
  RuleMeta m;
  m.id = "structure/cell-min-official-members";
  m.title_vi = "Chi bộ thiếu đảng viên chính thức";
  m.title_en = "Cell with too few official members";
  m.description_vi =
      "Một chi bộ (chi bộ cơ sở hoặc chi bộ trực thuộc) đang hoạt động tại ngày tham chiếu có ít hơn min_official "
      "đảng viên chính thức tại ngày đó. Đảng viên chính thức: status chinh_thuc và official_on không sau ngày tham "
      "chiếu (dự bị, hoặc chính thức từ một ngày sau ngày tham chiếu, không được tính). Đếm đảng viên của chi bộ và "
      "của các tổ đảng trong chi bộ. Chi bộ đã giải thể, hoặc thành lập sau ngày tham chiếu, không bị kiểm tra.";
  m.description_en =
      "A cell (chi_bo_co_so or chi_bo_truc_thuoc) live at the as-of date has fewer than min_official official "
      "members at that date. Official: status chinh_thuc and official_on on or before the as-of date (probationary "
      "members, and members official only from a later date, do not count). The members of the cell and of its "
      "party groups (to_dang) are counted. Cells dissolved by the as-of date, or established after it, are not "
      "checked.";
  m.default_severity = Severity::error;
  m.params.push_back(param_int("min_official", 3, "Số đảng viên chính thức tối thiểu của một chi bộ",
                               "Minimum number of official members of a cell"));
  m.editions.push_back({Date{}, {"Điều lệ Đảng 2011", "Điều 24.1"}, {}});
  return m;
}

void CellMinOfficialMembersRule::check(const RunContext& ctx, FindingSink& out) const {
  const Dataset& data = ctx.data;
  const std::int64_t min_official = ctx.current().integer("min_official");
  for (std::uint32_t i = 0; i < data.organizations.size(); ++i) {
    const Organization& o = data.organizations[i];
    if (!is_cell(o.kind) || !live_at(o, ctx.as_of)) continue;
    const CellCounts c = count_cell(data, i, ctx.as_of);
    if (c.official >= min_official) continue;
    Finding f = org_finding(ctx, i);
    f.message_vi = fmt::format("{} có {} đảng viên chính thức tại ngày {}, cần ít nhất {} (tổng số {} đảng viên)",
                               org_vi(o), c.official, ctx.as_of.vn(), min_official, c.members);
    f.message_en = fmt::format("{} has {} at {}; it needs at least {} ({} in all)", org_en(o),
                               count_en(c.official, "official member"), ctx.as_of.iso(), min_official,
                               count_en(c.members, "member"));
    f.evidence = {{"official_members", std::to_string(c.official)},
                  {"min_official", std::to_string(min_official)},
                  {"members", std::to_string(c.members)},
                  {"as_of", ctx.as_of.iso()}};
    out.emit(std::move(f));
  }
}

}  // namespace kiemtra::plugins::structure
