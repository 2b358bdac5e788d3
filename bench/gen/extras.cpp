// Committees, admission files, transfers and organization events of one part of the tree.
#include <algorithm>
#include <array>
#include <functional>
#include <string>

#include "gen/context.hpp"
#include "gen/names.hpp"

namespace kiemtra::bench {
namespace {

struct Seat {
  const Person* person;
  std::string_view role;
};

/// Up to n distinct people of `pool`, drawn without replacement.
std::vector<const Person*> draw(Rng& rng, std::vector<const Person*> pool, std::size_t n) {
  n = std::min(n, pool.size());
  for (std::size_t i = 0; i < n; ++i) std::swap(pool[i], pool[i + rng.index(pool.size() - i)]);
  pool.resize(n);
  return pool;
}

std::vector<const Person*> officials(const std::vector<Person>& people) {
  std::vector<const Person*> out;
  for (const Person& p : people)
    if (p.official) out.push_back(&p);
  return out;
}

/// Booleans as exports write them: mostly "x" or empty, sometimes 1/0.
std::string_view flag(Rng& rng, bool v) {
  if (rng.chance(0.2)) return v ? "1" : "0";
  return v ? "x" : "";
}

void write_seats(Context& c, std::string_view org, std::string_view term, bool planned,
                 const std::vector<Seat>& seats) {
  for (const Seat& s : seats) {
    c.committees->raw(org).raw(term).raw(s.person->id).raw(s.role);
    c.committees->raw(flag(c.rng, planned)).raw(flag(c.rng, c.rng.chance(0.3))).end_row();
  }
}

std::string counterpart(Rng& rng) {
  if (rng.chance(0.5)) {
    const std::string_view commune = place_name(rng);  // one draw per statement: argument order is unspecified
    return fmt::format("Đảng bộ xã {}, {}", commune, district_name(rng.index(18)));
  }
  return fmt::format("Đảng bộ {}", workplace_name(rng));
}

/// The paper is presented some days after it is issued; not yet when that is still ahead.
Date presented(Context& c, Date issued) {
  const Date on = issued.plus_days(c.rng.between(2, 25));
  return on <= c.as_of ? on : Date{};
}

}  // namespace

void write_cell_committee(Context& c, std::string_view cell, std::string_view term, const std::vector<Person>& people) {
  const auto pool = officials(people);
  if (pool.empty()) return;
  std::vector<std::string_view> roles = {"bi_thu"};
  if (pool.size() >= 9) {
    roles.push_back("pho_bi_thu");
    for (int i = c.rng.between(1, 3); i > 0; --i) roles.push_back("cap_uy_vien");
  } else if (pool.size() >= 2 && c.rng.chance(0.5)) {
    roles.push_back("pho_bi_thu");
  }
  if (c.fault(1) == 0) {  // the sitting committee has no secretary
    if (roles.size() == 1) roles.push_back("pho_bi_thu");
    roles.erase(roles.begin());
    c.plant("cell-without-secretary");
  }
  const auto holders = draw(c.rng, pool, roles.size());
  std::vector<Seat> seats;
  for (std::size_t i = 0; i < holders.size(); ++i) seats.push_back({holders[i], roles[i]});
  write_seats(c, cell, term, false, seats);
}

void write_grassroots_committee(Context& c, std::string_view org, std::string_view term,
                                const std::vector<Person>& people) {
  const auto pool = officials(people);
  std::vector<std::string_view> roles = {"bi_thu", "pho_bi_thu"};
  if (pool.size() >= 100) {
    roles.push_back("pho_bi_thu");
    for (int i = 0; i < 3; ++i) roles.push_back("thuong_vu");
  }
  for (int i = c.rng.between(3, pool.size() >= 100 ? 7 : 5); i > 0; --i) roles.push_back("cap_uy_vien");
  const auto holders = draw(c.rng, pool, roles.size());
  std::vector<Seat> seats;
  for (std::size_t i = 0; i < holders.size(); ++i) seats.push_back({holders[i], roles[i]});
  write_seats(c, org, term, false, seats);
}

void write_planned_committee(Context& c, std::string_view org, std::string_view term, bool cell,
                             const std::vector<Person>& people) {
  // Only people with a full term of working time left at the retirement age of 35-CT/TW 2019 (60 for men, 55 for
  // women): the lowest of every edition of congress/working-time-left (Nghị định 135/2020 only raises it), so the
  // plan is clean whichever directive judges it.
  std::vector<const Person*> women, men;
  for (const Person* p : officials(people)) {
    const Date retires = p->birth.plus_years(p->female ? 55 : 60);
    if (retires <= c.as_of || full_months(c.as_of, retires) < 66) continue;
    (p->female ? women : men).push_back(p);
  }
  std::vector<std::string_view> roles;
  if (cell) {
    roles = {"bi_thu", "pho_bi_thu"};
    if (officials(people).size() >= 9)
      for (int i = c.rng.between(1, 3); i > 0; --i) roles.push_back("cap_uy_vien");
  } else {
    // A standing committee of four (secretary, deputy, two thuong_vu) needs 12 to 15 seats: at most a third of the
    // committee (29-QĐ/TW point 12), within the grassroots cap of 15 (congress/committee-size).
    roles = {"bi_thu", "pho_bi_thu", "thuong_vu", "thuong_vu"};
    for (int i = c.rng.between(8, 11); i > 0; --i) roles.push_back("cap_uy_vien");
  }
  // At least 15 % women, and one in the standing seats (placed second: a deputy).
  const std::size_t n = roles.size();
  const std::size_t need_women = n >= 3 ? (15 * n + 99) / 100 : 0;
  if (women.size() < std::max<std::size_t>(need_women, 1) || women.size() + men.size() < n) return;
  auto chosen_women = draw(c.rng, women, std::max<std::size_t>(need_women, 1));
  std::vector<const Person*> rest;
  for (const Person* p : men) rest.push_back(p);
  for (const Person* p : women)
    if (std::find(chosen_women.begin(), chosen_women.end(), p) == chosen_women.end()) rest.push_back(p);
  auto others = draw(c.rng, rest, n - chosen_women.size());
  std::vector<const Person*> holders = others;
  holders.insert(holders.begin() + std::min<std::size_t>(1, holders.size()), chosen_women.begin(), chosen_women.end());
  std::vector<Seat> seats;
  for (std::size_t i = 0; i < n; ++i) seats.push_back({holders[i], roles[i]});
  write_seats(c, org, term, true, seats);
}

void write_candidates(Context& c, std::string_view cell, const std::vector<Person>& people) {
  if (!c.rng.chance(0.15)) return;
  const auto pool = officials(people);
  for (int k = c.rng.between(1, 3); k > 0; --k) {
    Rng& r = c.rng;
    const Date resolution = c.as_of.plus_days(-r.between(0, 150));
    std::vector<const Person*> eligible;
    for (const Person* p : pool)
      if (p->official_on <= resolution.plus_months(-12)) eligible.push_back(p);
    if (eligible.size() < 2) return;
    const bool female = r.chance(0.45);
    const Date birth = c.day_between(c.as_of.plus_years(-35), c.as_of.plus_years(-19));
    const bool youth = full_years(birth, resolution) <= 29 && r.chance(0.3);
    const bool one_only = !youth && c.fault(1) == 0;
    if (one_only) c.plant("candidate-one-introducer");
    const auto intro = draw(r, eligible, youth || one_only ? 1 : 2);

    Date decision, ceremony;
    // Decided within 50 days (60 working days allowed); undecided only while that is not late.
    const int waited = c.as_of.days - resolution.days;
    if (waited > 60 || (waited >= 10 && r.chance(0.5)))
      decision = resolution.plus_days(r.between(10, std::min(50, waited)));
    if (decision.valid()) {
      const int since = c.as_of.days - decision.days;
      if (since > 25 || (since >= 5 && r.chance(0.5))) ceremony = decision.plus_days(r.between(5, std::min(25, since)));
    }
    const bool readmission = r.chance(0.01);

    auto& w = *c.candidates;
    w.raw(fmt::format("HS49{:06}", ++c.next_candidate)).raw(cell).text(person_name(r, female));
    w.raw(female ? "nu" : "nam").date(birth).raw(r.chance(0.95) ? "12/12" : "9/12");
    w.date(resolution.plus_days(-r.between(30, 600)));
    for (std::size_t i = 0; i < 2; ++i) {
      if (i < intro.size())
        w.raw(intro[i]->id).date(resolution.plus_months(-r.between(13, 48)));
      else
        w.empty().empty();
    }
    w.raw(flag(r, youth)).date(resolution).date(decision).date(ceremony);
    w.raw(readmission ? "có" : "");
    w.date(readmission ? resolution.plus_months(-r.between(40, 120)) : Date{});
    w.end_row();
  }
}

void write_transfers(Context& c, std::string_view cell, const std::vector<Person>& people) {
  Rng& r = c.rng;
  if (r.chance(0.2)) {  // a member moved out: no longer in members.csv
    const bool stuck = c.fault(1) == 0;
    const Date issued = c.as_of.plus_days(stuck ? -r.between(70, 300) : -r.between(5, 330));
    auto& w = *c.transfers;
    w.raw(c.member_id()).raw(cell).text(person_name(r, r.chance(0.38))).raw("di").date(issued);
    w.date(stuck ? Date{} : presented(c, issued)).text(counterpart(r)).empty().empty().end_row();
    if (stuck) c.plant("transfer-not-presented");
  }
  for (const Person& p : people) {  // members who moved in
    if (!p.official || !r.chance(0.006) || p.official_on > c.as_of.plus_days(-30)) continue;
    const Date issued = c.day_between(std::max(p.official_on, c.as_of.plus_days(-330)), c.as_of.plus_days(-1));
    auto& w = *c.transfers;
    w.raw(p.id).raw(cell).empty().raw("den").date(issued).date(presented(c, issued)).text(counterpart(r));
    w.raw("chinh_thuc").empty().end_row();
  }
  // Temporary attachments elsewhere (sinh hoạt tạm thời), within the longest term: picked and dated from the
  // member's id, not from the random stream, so every other file stays as it was.
  for (const Person& p : people) {
    const std::size_t h = std::hash<std::string>{}(p.id);
    if (h % 80 != 0 || !p.official || p.admitted > c.as_of.plus_days(-600)) continue;
    const Date issued = c.as_of.plus_days(-30 - static_cast<int>(h / 80 % 500));
    const bool ended = issued < c.as_of.plus_days(-300);
    auto& w = *c.transfers;
    w.raw(p.id).raw(cell).empty().raw("di").date(issued).date(issued.plus_days(3)).text("Đảng ủy Trường Chính trị");
    w.raw("tam_thoi").date(ended ? issued.plus_days(90 + static_cast<int>(h / 80 % 200)) : Date{}).end_row();
  }
}

void write_org_events(Context& c, std::string_view org, bool grassroots) {
  Rng& r = c.rng;
  auto event = [&](std::string_view kind) {
    c.events->raw(kind).date(c.day_between(c.period_start, c.as_of)).raw(org).empty().empty().end_row();
  };
  if (r.chance(0.1)) event("kiem_tra_to_chuc");
  if (!grassroots) return;
  if (r.chance(0.2)) event("giam_sat");
  if (r.chance(0.1)) event("kiem_tra_dang_phi");
  if (r.chance(0.03)) event("kiem_tra_thi_hanh_ky_luat");
}

}  // namespace kiemtra::bench
