// Members of this dataset in temporary party activity elsewhere (sinh hoạt đảng tạm thời): outgoing temporary
// transfers (transfers.csv direction di, kind tam_thoi) of members still on the list. The official organization
// keeps the member on its list and in its counts (232-QĐ/TW point 6.3.2); what changes is where the member attends
// and pays.
#pragma once

#include <algorithm>
#include <cstdint>
#include <kiemtra/sdk.hpp>
#include <span>
#include <vector>

namespace kiemtra::plugins {

class TemporaryAway {
 public:
  /// Attachments issued on or before `as_of`; one that ended after `as_of` has not ended yet.
  TemporaryAway(const Dataset& data, Date as_of) {
    for (const Transfer& t : data.transfers) {
      if (t.kind != TransferKind::tam_thoi || t.direction != TransferDirection::di) continue;
      if (!t.issued_on.valid() || t.issued_on > as_of) continue;
      const std::uint32_t m = data.find_member(t.member_code);
      if (m == kNone) continue;
      const Date end = t.ended_on.valid() && t.ended_on <= as_of ? t.ended_on : Date{};
      periods_.push_back({m, t.issued_on, end});
    }
    std::sort(periods_.begin(), periods_.end(), [](const Period& a, const Period& b) { return a.member < b.member; });
  }

  bool empty() const { return periods_.empty(); }

  /// The member was attending elsewhere on day `d`: from the issue day through the end day (open: still away).
  bool away_on(std::uint32_t member, Date d) const {
    for (const Period* p = first(member); p != end(member); ++p)
      if (p->from <= d && (!p->until.valid() || d <= p->until)) return true;
    return false;
  }

  struct Period {
    std::uint32_t member;
    Date from, until;
  };
  /// The member's attachments: one search for many questions about one member.
  std::span<const Period> of(std::uint32_t member) const { return {first(member), end(member)}; }
  /// The member whose attachments these are (of()) had dues for `month` that were the host organization's to
  /// collect: the months after the issue month (the paper states the dues paid up to it) through the month the
  /// attachment ended.
  static bool away_for_dues(std::span<const Period> periods, Month month) {
    for (const Period& p : periods)
      if (Month::of(p.from) < month && (!p.until.valid() || month <= Month::of(p.until))) return true;
    return false;
  }

 private:
  const Period* first(std::uint32_t member) const {
    const auto it = std::lower_bound(periods_.begin(), periods_.end(), member,
                                     [](const Period& p, std::uint32_t m) { return p.member < m; });
    return periods_.data() + (it - periods_.begin());
  }
  const Period* end(std::uint32_t member) const {
    const auto it = std::upper_bound(periods_.begin(), periods_.end(), member,
                                     [](std::uint32_t m, const Period& p) { return m < p.member; });
    return periods_.data() + (it - periods_.begin());
  }
  std::vector<Period> periods_;
};

}  // namespace kiemtra::plugins
