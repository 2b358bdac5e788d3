// What the congress rules share: official members of a cell, planned committees grouped by organization and term,
// and the directive editions chosen by the term.
#pragma once

#include <algorithm>
#include <cstdint>
#include <kiemtra/sdk.hpp>
#include <kiemtra/unknown.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace kiemtra::plugins::congress {

/// Official members of a cell at d: its own and its party groups' (to_dang), as structure/ counts them.
/// `unknown` (when given) counts into `*unknown_count` the others whose status, official_on or admitted_on was
/// unreadable: each may be official.
inline std::uint32_t official_in_cell(const Dataset& data, std::uint32_t cell, Date d,
                                      const UnknownFields* unknown = nullptr, std::uint32_t* unknown_count = nullptr) {
  std::uint32_t n = 0;
  const auto add = [&](std::uint32_t org) {
    for (std::uint32_t row : data.members_by_org.of(org))
      if (data.members[row].official_at(d))
        ++n;
      else if (unknown != nullptr && unknown_count != nullptr && unknown->row(row))
        ++*unknown_count;
  };
  add(cell);
  for (std::uint32_t child : data.tree.children.of(cell))
    if (data.organizations[child].kind == OrgKind::to_dang) add(child);
  return n;
}

/// The level of an organization's congress. The kinds do not name the levels above grassroots, so the tree does:
/// an upper-level committee with another one under it is the province; one leading subordinate (village or
/// residential) cells directly is a commune, ward or special-zone committee of the 2025 reorganization; other
/// upper-level committees are the level directly above grassroots (district, bloc). Cells and sub-committees
/// congress with their grassroots level.
enum class Level : std::uint8_t { grassroots, upper, commune, province, unknown };
inline Level level_of(const Dataset& data, std::uint32_t org) {
  const OrgKind kind = data.organizations[org].kind;
  if (kind == OrgKind::unknown) return Level::unknown;
  if (kind != OrgKind::cap_tren_co_so) return Level::grassroots;
  bool commune = false;
  for (std::uint32_t child : data.tree.children.of(org)) {
    const OrgKind k = data.organizations[child].kind;
    if (k == OrgKind::cap_tren_co_so) return Level::province;
    if (k == OrgKind::chi_bo_truc_thuoc) commune = true;
  }
  return commune ? Level::commune : Level::upper;
}

/// A village or residential cell as a 2025 dataset shows it: a chi_bo_truc_thuoc led directly by an upper-level
/// (commune or ward) committee.
inline bool village_cell(const Dataset& data, std::uint32_t org) {
  const Organization& o = data.organizations[org];
  return o.kind == OrgKind::chi_bo_truc_thuoc && o.parent != kNone && o.parent < data.organizations.size() &&
         data.organizations[o.parent].kind == OrgKind::cap_tren_co_so;
}

/// The planned committee of one organization for one term: its committees.csv rows with `planned` true.
struct PlannedCommittee {
  std::uint32_t org = kNone;
  std::string_view term;
  int term_start = 0;  ///< first year of the term, 0 when unreadable
  std::vector<std::uint32_t> seats;
};

/// The standing committee a plan names: the distinct holders of its bi_thu, pho_bi_thu and thuong_vu seats, sorted.
inline std::vector<std::string_view> standing_committee(const Dataset& data, const std::vector<std::uint32_t>& seats) {
  std::vector<std::string_view> standing;
  for (CommitteeRole r : {CommitteeRole::bi_thu, CommitteeRole::pho_bi_thu, CommitteeRole::thuong_vu})
    for (std::string_view code : holders(data, seats, r)) standing.push_back(code);
  std::sort(standing.begin(), standing.end());
  standing.erase(std::unique(standing.begin(), standing.end()), standing.end());
  return standing;
}

/// The planned committees of the live organizations, by organization row, then by term in order of appearance.
/// Seats of a dissolved organization, or of one that does not resolve (integrity/dangling-reference), are left out.
inline std::vector<PlannedCommittee> planned_committees(const Dataset& data, Date as_of) {
  std::vector<PlannedCommittee> out;
  for (std::uint32_t i = 0; i < data.organizations.size(); ++i) {
    if (!org_exists_at(data.organizations[i], as_of)) continue;
    const std::size_t first = out.size();
    for (std::uint32_t s : data.seats_by_org.of(i)) {
      const CommitteeSeat& seat = data.committees[s];
      if (!seat.planned) continue;
      auto it = std::find_if(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(),
                             [&](const PlannedCommittee& c) { return c.term == seat.term; });
      if (it == out.end()) {
        out.push_back({i, seat.term, seat.term_start, {}});
        it = out.end() - 1;
      }
      it->seats.push_back(s);
    }
  }
  return out;
}

/// The seats of `c` that are the first row of their member: a person listed twice in one committee (two roles,
/// or a repeated row) is one person, judged once.
inline std::vector<std::uint32_t> first_rows(const Dataset& data, const PlannedCommittee& c) {
  std::vector<std::uint32_t> out;
  for (std::size_t i = 0; i < c.seats.size(); ++i) {
    const std::string_view code = data.committees[c.seats[i]].member_code;
    const auto same = [&](std::uint32_t t) { return data.committees[t].member_code == code; };
    if (std::none_of(c.seats.begin(), c.seats.begin() + static_cast<std::ptrdiff_t>(i), same))
      out.push_back(c.seats[i]);
  }
  return out;
}

/// The editions of the congress directive. `from` is the directive's date: a committee is judged by the directive
/// in force when its congress was held (or, for a plan, when it was drawn up), which congress_day() finds. The term
/// 2025-2030 had two: Chỉ thị 35-CT/TW of 14/6/2024, replaced by 45-CT/TW on 14/4/2025 (early-2025 congresses were
/// prepared under the first). Values that differ by edition are the rule's own (`values` of the returned editions).
inline std::vector<Edition> directive_editions(const std::string& article) {
  std::vector<Edition> e;
  e.push_back({Date::from_ymd(2019, 5, 30), {"Chỉ thị 35-CT/TW (30/5/2019)", article}, {}});
  e.push_back({Date::from_ymd(2024, 6, 14), {"Chỉ thị 35-CT/TW (14/6/2024)", article}, {}});
  e.push_back({Date::from_ymd(2025, 4, 14), {"Chỉ thị 45-CT/TW (14/4/2025)", article}, {}});
  return e;
}

/// The day that picks the directive governing a planned committee, passed to the builders as the citation date:
/// - the congress date, when the organization's last_congress_on falls in the year the term starts or the year
///   before (the congress electing this committee has been held);
/// - else the as-of date when it is earlier than 31 December of the term's first year (a plan drawn up before the
///   congress, under the directive then in force);
/// - else 31 December of the term's first year (the last directive issued for that term's congresses);
/// - the as-of date when the term is unreadable (integrity/bad-value reports it).
inline Date congress_day(const RunContext& ctx, const PlannedCommittee& c) {
  if (c.term_start <= 0) return ctx.as_of;
  const Date held = ctx.data.organizations[c.org].last_congress_on;
  if (held.valid() && held.year() >= c.term_start - 1 && held.year() <= c.term_start) return held;
  const Date end_of_first_year = Date::from_ymd(c.term_start, 12, 31);
  return ctx.as_of.valid() && ctx.as_of < end_of_first_year ? ctx.as_of : end_of_first_year;
}

/// The edition that governs a planned committee: the one in force on congress_day().
inline const Edition& term_edition(const RunContext& ctx, const PlannedCommittee& c) {
  return ctx.params.at(congress_day(ctx, c));
}

}  // namespace kiemtra::plugins::congress
