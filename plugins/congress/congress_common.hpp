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

/// The planned committee of one organization for one term: its committees.csv rows with `planned` true.
struct PlannedCommittee {
  std::uint32_t org = kNone;
  std::string_view term;
  int term_start = 0;  ///< first year of the term, 0 when unreadable
  std::vector<std::uint32_t> seats;
};

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

/// The editions of the congress directive, chosen by the term of the planned committee: `from` is the first year
/// of the term the directive governs (1 January), not the directive's date, so that term_day() can pick it.
inline std::vector<Edition> directive_editions(const std::string& article) {
  std::vector<Edition> e;
  e.push_back({Date::from_ymd(2020, 1, 1), {"Chỉ thị 35-CT/TW (30/5/2019)", article}, {}});
  e.push_back({Date::from_ymd(2025, 1, 1), {"Chỉ thị 45-CT/TW (14/4/2025)", article}, {}});
  return e;
}

/// The day that picks the edition governing a committee for the term starting in `term_start`: 1 January of that
/// year; the as-of date when the term is unreadable (integrity/bad-value reports it). Pass it to the builders as
/// the citation date.
inline Date term_day(const RunContext& ctx, int term_start) {
  return term_start > 0 ? Date::from_ymd(term_start, 1, 1) : ctx.as_of;
}

/// The edition that governs a committee for the term starting in `term_start`.
inline const Edition& term_edition(const RunContext& ctx, int term_start) {
  return ctx.params.at(term_day(ctx, term_start));
}

}  // namespace kiemtra::plugins::congress
