// Counting the period's figures and rolling them up the organization tree.
#include <string_view>

#include "kiemtra/domain.hpp"
#include "stats/stats.hpp"

namespace kiemtra::core {

void Figures::add(const Figures& o) {
  chi_bo_co_so += o.chi_bo_co_so;
  dang_bo_co_so += o.dang_bo_co_so;
  dang_bo_bo_phan += o.dang_bo_bo_phan;
  chi_bo_truc_thuoc += o.chi_bo_truc_thuoc;
  members += o.members;
  official += o.official;
  probationary += o.probationary;
  admitted += o.admitted;
  converted += o.converted;
  transfers_out += o.transfers_out;
  transfers_in += o.transfers_in;
  cards_issued += o.cards_issued;
  badge_proposals += o.badge_proposals;
  orgs_inspected += o.orgs_inspected;
  members_inspected += o.members_inspected;
  supervisions += o.supervisions;
  dues_inspections += o.dues_inspections;
  discipline_inspections += o.discipline_inspections;
  for (std::size_t i = 0; i < discipline_inspections_by_kind.size(); ++i)
    discipline_inspections_by_kind[i] += o.discipline_inspections_by_kind[i];
  disciplined += o.disciplined;
  for (std::size_t i = 0; i < disciplined_by_form.size(); ++i) disciplined_by_form[i] += o.disciplined_by_form[i];
  for (std::size_t i = 0; i < rated.size(); ++i) rated[i] += o.rated[i];
  not_rated += o.not_rated;
}

StatsReport compute_stats(const Dataset& d, Date period_start, Date as_of) {
  StatsReport s;
  s.period_start = period_start;
  s.as_of = as_of;
  s.admission_target = d.target("admissions");
  const std::size_t n = d.organizations.size();
  // Own figures first (index n collects what belongs to no organization), then rolled up.
  std::vector<Figures> own(n + 1);
  const auto slot = [&](std::uint32_t org) -> Figures& { return own[org == kNone || org >= n ? n : org]; };
  const auto in_period = [&](Date x) { return x.valid() && x >= period_start && x <= as_of; };

  for (std::uint32_t o = 0; o < n; ++o) {
    const Organization& org = d.organizations[o];
    if (!org_exists_at(org, as_of)) continue;
    // An organization counts for its parent: "the bloc has 42 grassroots cells".
    Figures& f = slot(org.parent);
    switch (org.kind) {
      case OrgKind::chi_bo_co_so: ++f.chi_bo_co_so; break;
      case OrgKind::dang_bo_co_so: ++f.dang_bo_co_so; break;
      case OrgKind::dang_bo_bo_phan: ++f.dang_bo_bo_phan; break;
      case OrgKind::chi_bo_truc_thuoc: ++f.chi_bo_truc_thuoc; break;
      default: break;
    }
  }
  for (const Member& m : d.members) {
    Figures& f = slot(m.org);
    if (!m.admitted_on.valid() || m.admitted_on <= as_of) {
      ++f.members;
      if (m.official_at(as_of)) ++f.official;
      else ++f.probationary;
    }
    if (in_period(m.admitted_on)) ++f.admitted;
    // A conversion is an official member whose official date falls in the period (a probationary row with an
    // official date is integrity/status-mismatch's, not a conversion).
    if (m.status == MemberStatus::chinh_thuc && in_period(m.official_on)) ++f.converted;
  }
  // Ratings are made in December: the as-of year counts from then on; the latest such year the data rates.
  const int closed = as_of.month() == 12 ? as_of.year() : as_of.year() - 1;
  for (const Rating& r : d.ratings)
    if (r.year <= closed && r.year > s.ratings_year) s.ratings_year = r.year;
  if (s.ratings_year > 0) {
    const Date year_end = Date::from_ymd(s.ratings_year, 12, 31);
    for (std::uint32_t i = 0; i < d.members.size(); ++i) {
      const Member& m = d.members[i];
      if (m.admitted_on.valid() && (m.admitted_on > as_of || m.admitted_on > year_end)) continue;
      int level = -1;
      for (std::uint32_t r : d.ratings_by_member.of(i)) {
        const Rating& x = d.ratings[r];
        if (x.year == s.ratings_year && x.rating != QualityRating::unknown) level = static_cast<int>(x.rating);
      }
      Figures& f = slot(m.org);
      if (level < 0) ++f.not_rated;
      else ++f.rated[static_cast<std::size_t>(level)];
    }
  }
  for (const Transfer& t : d.transfers) {
    // A temporary attachment does not change the party numbers (the member stays on the sending list).
    if (!in_period(t.issued_on) || t.kind == TransferKind::tam_thoi) continue;
    if (t.direction == TransferDirection::di) ++slot(t.org).transfers_out;
    if (t.direction == TransferDirection::den) ++slot(t.org).transfers_in;
  }
  for (const Event& e : d.events) {
    if (!in_period(e.date)) continue;
    const std::uint32_t owner = e.org != kNone ? e.org : (e.member != kNone ? d.members[e.member].org : kNone);
    Figures& f = slot(owner);
    switch (e.kind) {
      case EventKind::the_dang_vien: ++f.cards_issued; break;
      case EventKind::huy_hieu_de_nghi: ++f.badge_proposals; break;
      case EventKind::kiem_tra_to_chuc: ++f.orgs_inspected; break;
      case EventKind::kiem_tra_dang_vien: ++f.members_inspected; break;
      case EventKind::giam_sat: ++f.supervisions; break;
      case EventKind::kiem_tra_dang_phi: ++f.dues_inspections; break;
      case EventKind::kiem_tra_thi_hanh_ky_luat:
        ++f.discipline_inspections;
        if (e.org != kNone) ++f.discipline_inspections_by_kind[static_cast<int>(d.organizations[e.org].kind)];
        break;
      case EventKind::ky_luat:
        ++f.disciplined;
        ++f.disciplined_by_form[static_cast<int>(discipline_form(e.detail))];
        break;
      default: break;
    }
  }

  for (const Figures& f : own) s.total.add(f);
  // Children come after their parent in preorder, so a reverse pass rolls figures up.
  s.per_org.assign(own.begin(), own.begin() + static_cast<std::ptrdiff_t>(n));
  for (auto it = d.tree.preorder.rbegin(); it != d.tree.preorder.rend(); ++it) {
    const std::uint32_t o = *it;
    const std::uint32_t p = d.organizations[o].parent;
    if (p != kNone && !d.tree.in_cycle[o]) s.per_org[p].add(s.per_org[o]);
  }
  return s;
}

}  // namespace kiemtra::core
