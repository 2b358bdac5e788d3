// structure/cell-min-official-members: live cells below the minimum of official members.
#include <cstdint>

#include "structure_common.hpp"
#include "structure_rules.hpp"

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
      "của các tổ đảng trong chi bộ. Đảng viên được miễn công tác và sinh hoạt đảng vẫn được tính: không văn bản nào "
      "loại họ khỏi số tối thiểu (độ tin cậy trung bình; chỉ khi tính số thành viên đại hội mới trừ người được miễn "
      "sinh hoạt vắng mặt, Quy định 23-QĐ/TW năm 2006 điểm 12.3b). Đảng viên sinh hoạt đảng tạm thời ở nơi khác vẫn "
      "được tính ở chi bộ chính thức (có trong members.csv của chi bộ này); người từ nơi khác đến sinh hoạt tạm thời "
      "(transfers.csv chuyển đến, kind tam_thoi) không có trong members.csv và không được tính: đảng viên sinh hoạt "
      "tạm thời không tính vào đảng số nơi sinh hoạt tạm thời (điểm 6.3.2; độ tin cậy cao). Chi bộ đã giải thể, hoặc thành lập sau ngày tham "
      "chiếu, không bị kiểm tra.";
  m.description_en =
      "A cell (chi_bo_co_so or chi_bo_truc_thuoc) live at the as-of date has fewer than min_official official "
      "members at that date. Official: status chinh_thuc and official_on on or before the as-of date (probationary "
      "members, and members official only from a later date, do not count). The members of the cell and of its "
      "party groups (to_dang) are counted. Members exempt from work and meetings still count: no text takes them out "
      "of the minimum (confidence medium; only a congress's membership leaves out exempt members who do not attend, "
      "Quy định 23-QĐ/TW of 2006 point 12.3b). A member in temporary activity elsewhere still counts in the official "
      "cell (they are in its members.csv); one attending here temporarily from elsewhere (transfers.csv in, kind "
      "tam_thoi) is not in members.csv and does not count: temporary members are not in the host's party numbers "
      "(point 6.3.2; confidence high). Cells dissolved by the as-of date, or established after it, are not "
      "checked.";
  m.default_severity = Severity::error;
  m.params.push_back(param_int("min_official", 3, "Số đảng viên chính thức tối thiểu của một chi bộ",
                               "Minimum number of official members of a cell"));
  m.editions.push_back({Date{}, {"Điều lệ Đảng 2011", "Điều 24.1"}, {}});
  m.messages = {{"too_few",
                 {"_org", "official_members", "as_of", "min_official", "members"},
                 "{_org} có {official_members} đảng viên chính thức tại ngày {as_of}, cần ít nhất {min_official} "
                 "(tổng số {members} đảng viên)",
                 "{_org} has {official_members} official {official_members:member|members} at {as_of}; it needs at "
                 "least {min_official} ({members} {members:member|members} in all)"}};
  return m;
}

void CellMinOfficialMembersRule::check(const RunContext& ctx, FindingSink& out) const {
  const Dataset& data = ctx.data;
  const std::int64_t min_official = ctx.current().integer("min_official");
  const UnknownFields unknown = unknown_official(data);
  // A cell whose founding or dissolution date was unreadable may not exist at the as-of date.
  const UnknownFields unknown_orgs(data, data.organizations, TableId::organizations,
                                   {"established_on", "dissolved_on"});
  for (std::uint32_t i = 0; i < data.organizations.size(); ++i) {
    const Organization& o = data.organizations[i];
    if (!is_cell(o.kind) || !org_exists_at(o, ctx.as_of) || unknown_orgs.row(i)) continue;
    const CellCounts c = count_cell(data, i, ctx.as_of, &unknown);
    // Too few only when the members whose status is unreadable could not make up the difference.
    if (!c.surely_below(min_official)) continue;
    out.emit(about_org(ctx, i).say("too_few", {organization(i), c.official, ctx.as_of, min_official, c.members}));
  }
}

}  // namespace kiemtra::plugins::structure
