// structure/cell-leadership: seats a small cell may not have, too many deputies, an oversized cell committee.
#include <algorithm>
#include <cstdint>
#include <vector>

#include "structure_common.hpp"
#include "structure_rules.hpp"

namespace kiemtra::plugins::structure {
namespace {

/// One finding per seat a cell below the threshold may not have (anything but secretary and deputy).
void report_extra_seats(const RunContext& ctx, std::uint32_t cell, const CellCounts& c, Date counted_on,
                        std::int64_t threshold, const std::vector<std::uint32_t>& seats, FindingSink& out) {
  for (std::size_t i = 0; i < seats.size(); ++i) {
    const std::uint32_t s = seats[i];
    const CommitteeSeat& seat = ctx.data.committees[s];
    if (seat.role != CommitteeRole::thuong_vu && seat.role != CommitteeRole::cap_uy_vien) continue;
    // A seat written twice is one seat: a second finding would carry the same fingerprint.
    const auto same = [&](std::uint32_t t) {
      const CommitteeSeat& o = ctx.data.committees[t];
      return o.member_code == seat.member_code && o.role == seat.role && o.term == seat.term;
    };
    if (std::any_of(seats.begin(), seats.begin() + static_cast<std::ptrdiff_t>(i), same)) continue;
    out.emit(about_seat(ctx, s, counted_on)
                 .say("extra_seat", {organization(cell), c.official, threshold,
                                     phrase(role_vi(seat.role), role_en(seat.role)),
                                     name_members(ctx.data, {seat.member_code}), seat.term, code(seat.role),
                                     counted_on}));
  }
}

/// Members who left `cell` (or its party groups) by a transfer issued after `elected` and by `as_of`: they were in
/// the cell at the election but are no longer in members.csv. Counted as official, giving the committee the
/// benefit of the doubt. A temporary attachment elsewhere is not a departure: that member is still in members.csv.
std::uint32_t transferred_out_since(const Dataset& data, std::uint32_t cell, Date elected, Date as_of) {
  std::uint32_t n = 0;
  const auto add = [&](std::uint32_t org) {
    for (std::uint32_t t : data.transfers_by_org.of(org)) {
      const Transfer& tr = data.transfers[t];
      if (tr.direction == TransferDirection::di && tr.kind != TransferKind::tam_thoi && tr.issued_on.valid() &&
          tr.issued_on > elected && tr.issued_on <= as_of)
        ++n;
    }
  };
  add(cell);
  for (std::uint32_t child : data.tree.children.of(cell))
    if (data.organizations[child].kind == OrgKind::to_dang) add(child);
  return n;
}

}  // namespace

RuleMeta CellLeadershipRule::metadata() {
  RuleMeta m;
  m.id = "structure/cell-leadership";
  m.title_vi = "Cơ cấu lãnh đạo chi bộ không phù hợp số đảng viên";
  m.title_en = "Cell leadership does not fit the cell's size";
  m.description_vi =
      "Xét cấp ủy đương nhiệm của mỗi chi bộ đang hoạt động (các dòng committees.csv có planned là false; tệp chỉ "
      "chứa cấp ủy hiện tại và cấp ủy dự kiến, nên mọi dòng không dự kiến là cấp ủy đương nhiệm), với số đảng viên "
      "chính thức của chi bộ (và các tổ đảng của nó) tại ngày bầu: ngày đại hội gần nhất (last_congress_on) nếu "
      "có và không sau ngày tham chiếu, nếu không thì ngày tham chiếu. members.csv chỉ có đảng viên hiện tại: số "
      "tại ngày bầu cộng thêm những người chuyển đi (transfers.csv, di) sau ngày bầu, và vì vẫn thiếu những người "
      "rời chi bộ theo cách khác, chi bộ hiện có từ committee_threshold đảng viên chính thức cũng không bị coi là "
      "nhỏ. Chi bộ có dưới committee_threshold đảng "
      "viên chính thức không lập chi ủy: mỗi ghế thuong_vu hoặc cap_uy_vien là một phát hiện về ghế đó (phân biệt: "
      "nhiệm kỳ/vai trò), và có hơn một phó bí thư là một phát hiện về chi bộ (deputies). Chi bộ có từ "
      "committee_threshold đảng viên chính thức trở lên (đúng bằng cũng tính): chi ủy có hơn max_cell_committee ủy "
      "viên (seats), hoặc hơn một phó bí thư (deputies), là một phát hiện về chi bộ. Số ủy viên và phó bí thư đếm "
      "theo mã đảng viên khác nhau (một người ghi hai dòng là một). Số bí thư do structure/secretary kiểm tra. "
      "Phiên bản theo ngày bầu: Điều lệ Đảng 2011 Điều 24.4; Quy định 29-QĐ/TW điểm 22 (Điều 24, khoản 4: chi bộ có "
      "9 đảng viên chính thức trở lên bầu chi ủy, không quá 7 chi ủy viên; nguồn: hoatieu.vn trích nguyên văn "
      "tiêu đề điểm 22, độ tin cậy vừa-cao; \"§24\" trước đây là số điều của Điều lệ, không phải số điểm); "
      "24-QĐ/TW, 232-QĐ/TW, 294-QĐ/TW: cùng nội dung (294: chinhphu.vn 05/6/2025), số điểm chưa xác minh.";
  m.description_en =
      "Looks at the sitting committee of each live cell (committees.csv rows with planned false; the file holds only "
      "the current and the planned committee, so every row not planned is the sitting one), against the cell's "
      "official members (its own and its party groups') at the election: the last congress date (last_congress_on) "
      "when there is one not after the as-of date, else the as-of date. members.csv holds today's members only: the "
      "count at the election adds those transferred out since (transfers.csv, di), and since other departures are "
      "still missing, a cell with committee_threshold official members today is not judged small either. A cell with fewer than "
      "committee_threshold official members has no cell committee: each thuong_vu or cap_uy_vien seat is a finding "
      "on that seat (discriminator term/role), and more than one deputy secretary a finding on the cell (deputies). "
      "A cell with committee_threshold or more (exactly that many counts): a committee of more than "
      "max_cell_committee members (seats), or more than one deputy (deputies), is a finding on the cell. Members and "
      "deputies are counted by distinct member code (one person on two rows is one). The number of secretaries is "
      "structure/secretary's. Editions by the election date: Charter 2011 Art. 24.4; Quy định 29-QĐ/TW point 22 "
      "(Art. 24.4: a cell of 9 or more official members elects a committee of at most 7; source: hoatieu.vn quoting "
      "the point's heading, confidence medium-high; the earlier \"§24\" was the Charter's article, not the point); "
      "24-QĐ/TW, 232-QĐ/TW, 294-QĐ/TW: the same content (294: chinhphu.vn of 5/6/2025), point numbers unconfirmed.";
  m.default_severity = Severity::error;
  m.params.push_back(param_int("committee_threshold", 9, "Số đảng viên chính thức từ đó chi bộ lập chi ủy",
                               "Official members from which a cell elects a cell committee"));
  m.params.push_back(param_int("max_cell_committee", 7, "Số ủy viên tối đa của chi ủy",
                               "Maximum number of members of a cell committee"));
  m.editions.push_back({Date{}, {"Điều lệ Đảng 2011", "Điều 24.4"}, {}});
  m.editions.push_back(
      {Date::from_ymd(2016, 7, 25), {"Quy định 29-QĐ/TW (25/7/2016)", "điểm 22 (Điều 24, khoản 4); Điều lệ Điều 24.4"}, {}});
  m.editions.push_back({Date::from_ymd(2021, 7, 30),
                        {"Quy định 24-QĐ/TW (30/7/2021)", "Điều 24, khoản 4 (bầu chi ủy); Điều lệ Điều 24.4"},
                        {}});
  m.editions.push_back({Date::from_ymd(2025, 1, 20),
                        {"Quy định 232-QĐ/TW (20/01/2025)", "Điều 24, khoản 4 (bầu chi ủy); Điều lệ Điều 24.4"},
                        {}});
  m.editions.push_back({Date::from_ymd(2025, 7, 1),
                        {"Quy định 294-QĐ/TW (26/5/2025)", "Điều 24, khoản 4 (bầu chi ủy); Điều lệ Điều 24.4"},
                        {}});
  m.messages = {
      {"extra_seat",
       {"_org", "official_members", "committee_threshold", "_role", "_holder", "term", "role", "counted_on"},
       "{_org} có {official_members} đảng viên chính thức ngày {counted_on} (dưới {committee_threshold}) nên chỉ có "
       "bí thư và nhiều nhất một phó bí thư, không lập chi ủy; ghế {_role} của {_holder} (nhiệm kỳ {term}) không "
       "được có",
       "{_org} had {official_members} official {official_members:member|members} on {counted_on} (fewer than "
       "{committee_threshold}), so it has only a secretary and at most one deputy, no cell committee; the {_role} "
       "seat of {_holder} (term {term}) should not exist"},
      {"deputies",
       {"_org", "deputies", "_deputies", "max_deputies", "official_members"},
       "{_org} có {deputies} phó bí thư đương nhiệm ({_deputies}), nhiều nhất là {max_deputies}",
       "{_org} has {deputies} sitting deputy secretaries ({_deputies}); at most {max_deputies} is allowed"},
      {"seats",
       {"_org", "committee_members", "max_cell_committee", "official_members", "_members", "counted_on"},
       "Chi ủy của {_org} có {committee_members} ủy viên, nhiều nhất là {max_cell_committee} (chi bộ có "
       "{official_members} đảng viên chính thức ngày {counted_on}): {_members}",
       "The cell committee of {_org} has {committee_members} members, at most {max_cell_committee} are allowed (the "
       "cell had {official_members} official {official_members:member|members} on {counted_on}): {_members}"}};
  return m;
}

void CellLeadershipRule::check(const RunContext& ctx, FindingSink& out) const {
  const Dataset& data = ctx.data;
  const UnknownFields unknown = unknown_official(data);
  // A cell whose founding or dissolution date was unreadable may not exist at the as-of date.
  const UnknownFields unknown_orgs(data, data.organizations, TableId::organizations,
                                   {"established_on", "dissolved_on"});
  for (std::uint32_t i = 0; i < data.organizations.size(); ++i) {
    const Organization& o = data.organizations[i];
    if (!is_cell(o.kind) || !org_exists_at(o, ctx.as_of) || unknown_orgs.row(i)) continue;
    const std::vector<std::uint32_t> seats = sitting_seats(data, i);
    if (seats.empty()) continue;
    // The sitting committee was elected at the last congress: judge it by the cell's size then, under the
    // regulation then in force.
    const Date elected =
        o.last_congress_on.valid() && o.last_congress_on <= ctx.as_of ? o.last_congress_on : ctx.as_of;
    const Edition& params = ctx.params.at(elected);
    const std::int64_t threshold = params.integer("committee_threshold");
    const std::int64_t max_committee = params.integer("max_cell_committee");
    // members.csv holds today's members only: the count at the election adds those transferred out since, and
    // misses other departures, so a cell as large today as the threshold is not judged small either.
    CellCounts c = count_cell(data, i, elected, &unknown);
    if (elected < ctx.as_of) c.official += transferred_out_since(data, i, elected, ctx.as_of);
    // Whether the cell elects a committee depends on its official members: not told when members whose status
    // is unreadable could change it, and then the checks that depend on it are skipped.
    const bool large = c.surely_at_least(threshold) ||
                       (elected < ctx.as_of && count_cell(data, i, ctx.as_of, &unknown).surely_at_least(threshold));
    const bool small = c.surely_below(threshold) &&
                       !(elected < ctx.as_of && !count_cell(data, i, ctx.as_of, &unknown).surely_below(threshold));
    if (small) report_extra_seats(ctx, i, c, elected, threshold, seats, out);

    const auto deputies = holders(data, seats, CommitteeRole::pho_bi_thu);
    if (deputies.size() > 1)
      out.emit(about_org(ctx, i, elected)
                   .with_discriminator("deputies")
                   .say("deputies", {organization(i), deputies.size(), name_members(data, deputies), 1, c.official}));

    const auto members = holders(data, seats);
    if (large && static_cast<std::int64_t>(members.size()) > max_committee)
      out.emit(about_org(ctx, i, elected)
                   .with_discriminator("seats")
                   .say("seats",
                        {organization(i), members.size(), max_committee, c.official, name_members(data, members),
                         elected}));
  }
}

}  // namespace kiemtra::plugins::structure
