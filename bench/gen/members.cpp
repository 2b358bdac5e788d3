// One member: the members.csv row, twelve months of dues, the member's own events, planted faults.
#include <algorithm>
#include <array>

#include "gen/context.hpp"
#include "gen/names.hpp"

namespace kiemtra::bench {
namespace {

enum class Category { luong, huu_tri, hoc_sinh_sinh_vien };

/// The amount the dues rules require, by the edition in force for month m.
std::int64_t dues_amount(Category cat, std::int64_t income, Month m) {
  const bool qd01 = m >= Month::of(2026, 2);  // 01-QĐ/TW from February 2026, else 342-QĐ/TW
  switch (cat) {
    case Category::luong: return income / 100;
    case Category::huu_tri: return income / 200;
    case Category::hoc_sinh_sinh_vien: return qd01 ? 5000 : 2000;
  }
  return 0;
}

std::string_view category_code(Category cat) {
  switch (cat) {
    case Category::luong: return "luong";
    case Category::huu_tri: return "huu_tri";
    case Category::hoc_sinh_sinh_vien: return "hoc_sinh_sinh_vien";
  }
  return "";
}

/// The first badge award date (3/2, 19/5, 2/9, 7/11) strictly after d.
Date next_award_after(Date d) {
  constexpr std::array<std::array<int, 2>, 4> kDays = {{{2, 3}, {5, 19}, {9, 2}, {11, 7}}};
  for (int y = d.year();; ++y)
    for (const auto& md : kDays) {
      const Date a = Date::from_ymd(y, md[0], md[1]);
      if (a > d) return a;
    }
}

/// A 12-digit citizen id: province, century and gender digit, year, serial. The serial is a
/// bijection of the member's sequence number, so two members never share one by chance.
std::string citizen_id(Context& c, const Person& p) {
  const std::uint64_t n = c.written_members;
  const int year = p.birth.year();
  const int digit = (year >= 2000 ? 2 : 0) + (p.female ? 1 : 0);
  const std::uint64_t serial = (n * 7919 + c.opt.seed * 104729) % 1'000'000;
  return fmt::format("{:03}{}{:02}{:06}", 49 + n / 1'000'000, digit, year % 100, serial);
}

constexpr std::array<int, 12> kMilestones = {30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90};

/// The highest badge presented by the as-of date (its award follows the milestone), as an office's member list
/// records it: 0 when none.
struct Badge {
  int years = 0;
  Date awarded_on;
};
Badge badge_awarded(const Context& c, Date admitted) {
  Badge b;
  for (int m : kMilestones) {
    const Date award = next_award_after(admitted.plus_years(m).plus_days(-1));
    if (award <= c.as_of) b = {m, award};
  }
  return b;
}

/// The proposal for the milestone due at the next award, when it is not awarded yet.
void write_badge_event(Context& c, const Person& p, Date admitted) {
  const int age = full_years(admitted, next_award_after(c.as_of));
  int reached = 0;
  for (int m : kMilestones)
    if (m <= age) reached = m;
  if (reached == 0 || reached <= badge_awarded(c, admitted).years) return;
  // Proposed some weeks before the award date that follows the milestone.
  const Date award = next_award_after(admitted.plus_years(reached).plus_days(-1));
  const Date on = std::min(award.plus_days(-c.rng.between(20, 60)), c.as_of);
  c.events->raw("huy_hieu_de_nghi").date(on).empty().raw(p.id).integer(reached).end_row();
}

void write_member_events(Context& c, const Person& p, Date admitted, Date card_on) {
  if (card_on.valid() && card_on >= c.period_start)
    c.events->raw("the_dang_vien").date(card_on).empty().raw(p.id).empty().end_row();
  if (p.official) write_badge_event(c, p, admitted);
  if (c.rng.chance(0.01))
    c.events->raw("kiem_tra_dang_vien")
        .date(c.day_between(c.period_start, c.as_of))
        .empty()
        .raw(p.id)
        .empty()
        .end_row();
  if (c.rng.chance(0.001)) {
    const int form = c.rng.between(0, 9);
    const std::string_view detail = form < 6 ? "khien_trach" : (form < 9 || !p.official) ? "canh_cao" : "cach_chuc";
    const Date on = c.day_between(std::max(admitted, c.as_of.plus_years(-2)), c.as_of);
    c.events->raw("ky_luat").date(on).empty().raw(p.id).raw(detail).end_row();
  }
}

}  // namespace

Person write_member(Context& c, std::string_view cell, bool force_official, bool stray) {
  Rng& r = c.rng;
  auto fault = force_official || stray ? MemberFault::none : static_cast<MemberFault>(c.fault(int(MemberFault::count)));
  Person p;
  p.id = c.member_id();
  p.female = r.chance(0.38);

  // Birth 1950-2000, and old enough to be admitted (18) -- or, when forced, to be official already.
  const Date youngest = c.as_of.plus_years(force_official ? -19 : -18).plus_days(-1);
  p.birth = c.day_between(Date::from_ymd(1950, 1, 1), std::min(Date::from_ymd(2000, 12, 31), youngest));
  const Date adult = p.birth.plus_years(18);
  const Date last_official_admission = c.as_of.plus_months(-12);

  Date admitted, official_on;
  bool probationary = !force_official && (r.chance(0.05) || adult > last_official_admission);
  if (fault == MemberFault::probation_overdue) {
    if (adult <= c.as_of.plus_months(-14)) {
      probationary = true;
      admitted = c.day_between(std::max(adult, c.as_of.plus_months(-24)), c.as_of.plus_months(-14));
    } else {
      fault = MemberFault::none;
    }
  }
  if (!admitted.valid()) {
    admitted = probationary ? c.day_between(std::max(adult, c.as_of.plus_months(-12).plus_days(1)), c.as_of)
                            : c.day_between(adult, std::min(p.birth.plus_years(45), last_official_admission));
  }
  if (!probationary) official_on = admitted.plus_months(12);
  if (fault == MemberFault::official_date) {
    if (!probationary && admitted.plus_months(13) <= c.as_of)
      official_on = admitted.plus_months(13);
    else
      fault = MemberFault::none;
  }
  p.official = !probationary;
  p.official_on = official_on;
  p.admitted = admitted;

  // Dues category and income basis.
  const int age = full_years(p.birth, c.as_of);
  Category cat = Category::luong;
  std::int64_t income = -1;  // no income basis
  if ((p.female ? age >= 55 : age >= 60) && r.chance(0.9)) {
    cat = Category::huu_tri;
    income = r.between(3000, 12000) * std::int64_t{1000};
  } else if (age <= 23 && r.chance(0.3)) {
    cat = Category::hoc_sinh_sinh_vien;
  } else {
    const std::int64_t a = r.between(0, 26000);
    income = (4000 + a * a / 26000) * 1000;  // 4-30 million, most near the low end
  }
  const bool exempt = age >= 70 && r.chance(0.3);
  if (exempt) {  // granted some years ago, after the admission, at least a month before the as-of date
    const Date lo = std::max(admitted.plus_years(1), c.as_of.plus_years(-8));
    p.exempt_from = c.day_between_with(c.meeting_rng, lo, c.as_of.plus_months(-1));
  }

  // Card: issued some months after the official date; not yet when that is still ahead.
  std::string card;
  Date card_on;
  if (fault == MemberFault::card_missing && (!p.official || official_on > c.as_of.plus_days(-200)))
    fault = MemberFault::none;
  if (p.official) {
    const Date issue = official_on.plus_days(r.between(30, 170));
    if (fault != MemberFault::card_missing && issue <= c.as_of) {
      card = fmt::format("49{:08}", ++c.next_card);
      card_on = issue;
    }
  }

  // Months of dues: the twelve up to the as-of month, from the admission month on. In January
  // the dues rules count the whole previous year, so its January is written too (13 months).
  const Month first = std::max(std::min(c.as_of_month.plus(-11), Month::of(c.as_of.year() - (c.as_of.month() == 1), 1)),
                               Month::of(admitted));
  std::array<Month, 3> skipped{};
  if (fault == MemberFault::unpaid_months) {
    const Month m = c.as_of_month;
    const Month end = m.month() == 1 ? m.plus(-1) : m.month() >= 4 ? m.plus(-1) : Month{};
    if (end.valid() && end.plus(-2) >= first)
      skipped = {end, end.plus(-1), end.plus(-2)};
    else
      fault = MemberFault::none;
  }
  const Month prev = c.as_of_month.plus(-1), prev2 = c.as_of_month.plus(-2);
  if ((fault == MemberFault::underpaid || fault == MemberFault::duplicate_payment) && prev < first)
    fault = MemberFault::none;
  if (fault == MemberFault::late_payment && prev2 < first) fault = MemberFault::none;

  if (fault == MemberFault::status_mismatch && probationary) fault = MemberFault::none;

  // The members.csv row.
  std::string id_text;
  if (r.chance(0.98)) id_text = citizen_id(c, p);
  if (fault == MemberFault::duplicate_person) {
    if (c.last_citizen_id.empty())
      fault = MemberFault::none;
    else
      id_text = c.last_citizen_id;
  }
  if (!id_text.empty()) c.last_citizen_id = id_text;
  auto& w = *c.members;
  w.raw(p.id);
  if (stray)
    w.raw(fmt::format("{}.99", cell));
  else
    w.raw(cell);
  w.text(person_name(r, p.female));
  const bool label = r.chance(0.03);
  w.raw(p.female ? (label ? "Nữ" : "nu") : (label ? "Nam" : "nam"));
  if (fault == MemberFault::impossible_date) {
    constexpr std::array<std::string_view, 4> kBad = {"31/02/", "30/02/", "31/04/", "31/06/"};
    w.date_text(fmt::format("{}{}", kBad[r.index(kBad.size())], p.birth.year()));
  } else {
    w.date(p.birth);
  }
  w.raw(id_text);
  if (probationary)
    w.raw("du_bi");
  else
    w.raw(r.chance(0.02) ? "Chính thức" : "chinh_thuc");
  w.date(admitted);
  if (fault == MemberFault::status_mismatch && !probationary)
    w.empty();
  else
    w.date(official_on);
  const int edu = r.between(0, 99);
  w.raw(edu < 85 ? "12/12" : edu < 93 ? "10/12" : "9/12");
  w.raw(card).date(card_on);
  w.raw(exempt ? "x" : "");
  w.raw(category_code(cat)).money(income);
  w.raw(r.chance(0.002) ? "có" : "");
  // An official member's badges; a status fault clouds officialness, and the rules then see no due badge.
  if (const Badge b = badge_awarded(c, admitted); b.years > 0 && !probationary) {
    w.integer(b.years).date(b.awarded_on);
  } else {
    w.empty().empty();
  }
  w.text(ethnicity(r));
  w.date(p.exempt_from);
  w.end_row();

  // dues.csv rows, in member order.
  auto& d = *c.dues;
  for (Month m = first; m <= c.as_of_month; m = m.plus(1)) {
    if (fault == MemberFault::unpaid_months && std::find(skipped.begin(), skipped.end(), m) != skipped.end()) continue;
    std::int64_t amount = dues_amount(cat, income, m);
    if (fault == MemberFault::underpaid && m == prev) amount /= 2;
    const Date lo = std::max(m.first_day(), admitted);
    Date paid = c.day_between(lo, std::min(m.last_day(), c.as_of));
    if (fault == MemberFault::late_payment && m == prev2) paid = m.last_day().plus_days(r.between(3, 20));
    // Only drawn when asked, so a clean dataset stays byte-identical to earlier versions.
    if (c.opt.late_share > 0 && r.chance(c.opt.late_share)) {
      const Date late = m.last_day().plus_days(r.between(1, 10));
      if (late <= c.as_of) paid = late;
    }
    d.raw(p.id).month(m).money(amount).date(paid).end_row();
    if (fault == MemberFault::duplicate_payment && m == prev)
      d.raw(p.id).month(m).money(amount).date(c.day_between(lo, std::min(m.last_day(), c.as_of))).end_row();
  }
  if (fault == MemberFault::dangling_dues)
    d.raw(p.id + "0").month(prev).money(dues_amount(cat, income, prev)).date(prev.last_day()).end_row();

  if (fault == MemberFault::status_mismatch || fault == MemberFault::impossible_date) p.official = false;
  if (stray) c.plant("dangling-member-org");
  if (fault != MemberFault::none) {
    constexpr std::array<std::string_view, int(MemberFault::count)> kNames = {
        "probation-overdue",    "unpaid-3-months",   "underpaid-month",     "impossible-date",
        "dangling-dues-member", "official-date-off", "card-missing",        "duplicate-payment",
        "late-payment",         "status-mismatch",   "duplicate-citizen-id"};
    c.plant(kNames[int(fault)]);
  }
  ++c.written_members;
  write_member_events(c, p, admitted, card_on);
  return p;
}

}  // namespace kiemtra::bench
