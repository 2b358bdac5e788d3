// What the meeting rules share: which months of a cell's life the meetings data covers, and the cell's meetings.
#pragma once

#include <cstdint>
#include <kiemtra/sdk.hpp>
#include <kiemtra/unknown.hpp>
#include <string>
#include <utility>
#include <vector>

namespace kiemtra::plugins::structure {

/// The grassroots organization whose minutes a cell's meetings come with: a chi_bo_co_so itself, else its nearest
/// dang_bo_co_so ancestor; kNone when there is none. An export of meetings is made per grassroots organization, so
/// this is the unit whose coverage says whether a cell's missing month is a fact or only data not exported.
inline std::uint32_t grassroots_of(const Dataset& data, std::uint32_t org) {
  std::uint32_t o = org;
  for (std::uint32_t steps = 0; o != kNone && o < data.organizations.size() && steps <= kMaxTreeDepth + 1; ++steps) {
    const OrgKind k = data.organizations[o].kind;
    if (k == OrgKind::chi_bo_co_so || k == OrgKind::dang_bo_co_so) return o;
    o = data.organizations[o].parent;
  }
  return kNone;
}

/// The last month wholly before or at the as-of date: the as-of month itself only when the as-of date is its last
/// day (a meeting may still be held later in the month).
inline Month last_whole_month(Date as_of) {
  const Month m = Month::of(as_of);
  return as_of == m.last_day() ? m : m.plus(-1);
}

/// Per grassroots organization, the first and last month holding a meeting of one of its cells (dated, not after
/// the last whole month): the months its minutes are known to cover. Data without meetings covers nothing.
class MeetingCoverage {
 public:
  MeetingCoverage(const Dataset& data, Date as_of)
      : data_(data),
        unknown_orgs_(data, data.organizations, TableId::organizations, {"established_on", "dissolved_on", "kind"}),
        unknown_meetings_(data, data.meetings, TableId::meetings, {"date", "kind", "org_id"}) {
    const Month last = last_whole_month(as_of);
    range_.assign(data.organizations.size(), {Month{}, Month{}});
    for (std::uint32_t i = 0; i < data.meetings.size(); ++i) {
      const Meeting& mt = data.meetings[i];
      if (mt.org == kNone || !mt.date.valid()) continue;
      const Month m = Month::of(mt.date);
      if (m > last) continue;
      const std::uint32_t g = grassroots_of(data, mt.org);
      if (g == kNone) continue;
      auto& [first, end] = range_[g];
      if (!first.valid() || m < first) first = m;
      if (!end.valid() || m > end) end = m;
    }
    // A meeting whose date, kind or cell is unreadable may be the one a month lacks: its grassroots organization's
    // cells are not judged (the reader reports the value).
    doubtful_.assign(data.organizations.size(), false);
    for (std::uint32_t i = 0; i < data.meetings.size(); ++i) {
      if (!unknown_meetings_.row(i)) continue;
      const Meeting& mt = data.meetings[i];
      if (mt.org == kNone) {
        doubtful_all_ = true;
      } else if (const std::uint32_t g = grassroots_of(data, mt.org); g != kNone) {
        doubtful_[g] = true;
      }
    }
  }

  /// The months [first, last] covered for `cell` (invalid months when none), empty when the cell cannot be judged:
  /// not a cell, an unreadable kind or date of its own, or a doubtful meeting in its grassroots organization.
  std::pair<Month, Month> of(std::uint32_t cell) const {
    const Organization& o = data_.organizations[cell];
    if (!is_cell(o.kind) || unknown_orgs_.row(cell) || doubtful_all_) return {};
    const std::uint32_t g = grassroots_of(data_, cell);
    if (g == kNone || doubtful_[g]) return {};
    return range_[g];
  }

  /// Whether `cell` existed for the whole of the months [from, to].
  static bool live_throughout(const Organization& o, Month from, Month to) {
    return org_exists_at(o, from.first_day()) && o.live_at(to.last_day());
  }

 private:
  const Dataset& data_;
  UnknownFields unknown_orgs_;
  UnknownFields unknown_meetings_;
  std::vector<std::pair<Month, Month>> range_;
  std::vector<bool> doubtful_;
  bool doubtful_all_ = false;
};

/// "03/2019, 05/2019" and "2019-03, 2019-05": a list of months for a phrase argument, which views the strings
/// until the finding is emitted (so they belong to the caller).
inline void month_list(const std::vector<Month>& months, std::string& vi, std::string& en) {
  vi.clear();
  en.clear();
  for (const Month m : months) {
    if (!en.empty()) {
      vi += ", ";
      en += ", ";
    }
    const std::string iso = m.iso();
    vi.append(iso, 5, 2).append("/").append(iso, 0, 4);
    en += iso;
  }
}

}  // namespace kiemtra::plugins::structure
