# The members of the khoi-cqt-2019 sample: who sits in which cell, admitted, converted, transferred in or out.
"""Members by profile. The counts that the article's figures rest on are exact by construction:

- 116 converted: admitted 01/01/2018-30/09/2018, official 12 months later, in 2019;
- 87 admitted in 2019 (probationary), 24 admitted in Oct-Dec 2018 (probationary, review not yet due);
- 22 official since 12/05/2018-31/12/2018 and 25 of the converted (official by 06/03/2019) get their party card at
  the first presentation day at least 180 days after becoming official: 47 cards in the period;
- 13 reached 30 years of party age at the 2019 presentations (3/2, 19/5, 2/9), all proposed for the badge;
- 58 transferred in during the period (4 more in late 2018), 164 transferred out (6 more in late 2018).
"""
import datetime as dt

import acts
import vocab
from model import AS_OF, add_months, add_years, next_award_day

D = dt.date
DAY = dt.timedelta(days=1)
BADGE_WINDOW = (D(1988, 11, 8), D(1989, 11, 7))  # 30 years of party age reached at a 2019 presentation day
RECENT = (D(2017, 5, 12), D(2017, 12, 31))        # official in 2018 late enough to get the card in 2019


class Member:
    def __init__(self, cell, gender, birth, admitted, status, name):
        self.id = ""
        self.org = cell
        self.gender, self.birth, self.admitted, self.status, self.name = gender, birth, admitted, status, name
        self.official = add_months(admitted, 12) if status == "chinh_thuc" else None
        self.card_no = ""
        self.card_date = None
        self.card_text = None  # a card date as the office typed it, when that differs from card_date
        self.citizen = ""
        self.income1 = self.income2 = 0  # income basis before and from July 2019 (base salary 1,390,000 -> 1,490,000)
        self.transfer_in = None
        self.tags = set()


class People:
    """Draws persons with the bloc's RNG."""

    def __init__(self, bloc):
        self.bloc, self.r = bloc, bloc.rng
        self.citizen_ids, self.card_numbers = set(), set()

    def date(self, lo, hi):
        return lo + dt.timedelta(days=self.r.randint(0, (hi - lo).days))

    def weekday(self, d):
        while d.weekday() >= 5:
            d -= DAY
        return d

    def name(self, gender):
        r = self.r
        middle = vocab.MIDDLE_FEMALE if gender == "nu" else vocab.MIDDLE_MALE
        given = vocab.GIVEN_FEMALE if gender == "nu" else vocab.GIVEN_MALE
        parts = [r.choice(vocab.SURNAMES), r.choice(middle)]
        if r.random() < 0.15:
            parts.append(r.choice(["Thị", "Ngọc", "Minh", "Thanh"] if gender == "nu" else ["Minh", "Anh", "Quang"]))
        return " ".join(parts + [r.choice(given)])

    def birth(self, age_lo, age_hi, gender):
        if gender == "nu":
            age_hi = min(age_hi, 54)  # women retired at 55 in 2019
        age = int(round(self.r.triangular(age_lo, age_hi, age_lo + 0.45 * (age_hi - age_lo))))
        return self.date(add_years(AS_OF, -(age + 1)) + DAY, add_years(AS_OF, -age))

    def gender(self):
        return "nu" if self.r.random() < 0.44 else "nam"

    def person(self, cell, admitted_lo, admitted_hi, status, age_lo=24, age_hi=59, gender=None):
        """A member admitted between the two dates (at 20 or later), of an age that makes that possible."""
        gender = gender or self.gender()
        for _ in range(200):
            birth = self.birth(age_lo, age_hi, gender)
            lo = max(admitted_lo, add_years(birth, 20))
            hi = min(admitted_hi, add_years(birth, 36))
            if lo <= hi:
                break
        else:
            raise RuntimeError("no birth date fits %s..%s" % (admitted_lo, admitted_hi))
        admitted = self.weekday(self.date(lo, hi)) if lo < hi else lo
        if admitted < lo:
            admitted = lo
        m = Member(cell, gender, birth, admitted, status, self.name(gender))
        self.finish(m)
        return m

    def ordinary(self, cell, **kw):
        """An official member admitted before the recent window, outside the 2019 badge window."""
        m = self.person(cell, D(1980, 10, 1), RECENT[0] - DAY, "chinh_thuc", **kw)
        if BADGE_WINDOW[0] <= m.admitted <= BADGE_WINDOW[1]:
            m.admitted += dt.timedelta(days=366)
            m.official = add_months(m.admitted, 12)
            self.finish(m)
        return m

    def finish(self, m):
        """Identity number, card and income, from the member's dates."""
        r = self.r
        if not m.citizen:
            while True:
                century = 0 if m.birth.year < 2000 else 2
                cid = "%s%d%02d%06d" % (r.choice(["038"] * 6 + ["040", "037", "036", "026"]),
                                        century + (1 if m.gender == "nu" else 0), m.birth.year % 100,
                                        r.randint(0, 999999))
                if cid not in self.citizen_ids:
                    self.citizen_ids.add(cid)
                    m.citizen = cid
                    break
        m.card_no, m.card_date = "", None
        if m.official:
            card = next_award_day(m.official + dt.timedelta(days=180))
            if card <= AS_OF:
                m.card_date = card
                if not m.card_no:
                    while True:
                        no = "38%06d" % r.randint(0, 999999)
                        if no not in self.card_numbers:
                            self.card_numbers.add(no)
                            m.card_no = no
                            break
        if not m.income2:
            age = (AS_OF - m.birth).days // 365
            coef = min(2.34 + 0.33 * max(0, age - 24) / 3 + r.choice([0, 0, 0.33, 0.66]), 6.56)
            allowance = r.choice([0.0, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4])
            m.income1 = int(round(coef * 1390000 * (1 + allowance), -3))
            m.income2 = int(round(coef * 1490000 * (1 + allowance), -3))


def populate(bloc):
    """Every member, transfer, candidate, committee seat, payment and event of the bloc."""
    p = People(bloc)
    r = bloc.rng
    cells = bloc.cells()
    find = bloc.find
    k = "Đảng bộ Khối các Cơ quan tỉnh"
    # The cells the planted problems live in (the README lists them).
    at = {
        "small": find("Đảng bộ Sở Khoa học và Công nghệ", "Chi bộ Trung tâm Ứng dụng tiến bộ khoa học và công nghệ"),
        "big": find(k, "Chi bộ Bệnh viện Sản - Nhi"),
        "nosec": find("Đảng bộ Sở Văn hóa, Thể thao và Du lịch", "Chi bộ Phòng Quản lý du lịch"),
        "overdue": find("Đảng bộ Sở Tài nguyên và Môi trường", "Chi bộ Văn phòng Đăng ký đất đai"),
        "late_paper": find("Đảng bộ Cục Thuế tỉnh", "Chi bộ Phòng Kiểm tra thuế số 2"),
        "nocard": find(k, "Chi bộ Sở Tư pháp"),
        "badge": find(k, "Chi bộ Ban Tuyên giáo Tỉnh ủy"),
        "unpaid": find("Đảng bộ Sở Lao động - Thương binh và Xã hội", "Chi bộ Trung tâm Dịch vụ việc làm"),
        "underpaid": find("Đảng bộ Sở Xây dựng", "Chi bộ Thanh tra Sở"),
        "latepay": find(k, "Chi bộ Cơ quan Tỉnh đoàn"),
        "women": find(k, "Chi bộ Cơ quan Hội Liên hiệp Phụ nữ tỉnh"),
        "badvalue": find(k, "Chi bộ Sở Ngoại vụ"),
        "tax": find("Đảng bộ Cục Thuế tỉnh", "Chi bộ Văn phòng"),
        "school": find(k, "Chi bộ Trường THPT Chuyên"),
    }
    base = {c.id: r.randint(7, 18) if c.kind == "chi_bo_co_so" else r.randint(5, 13) for c in cells}
    base[at["small"].id] = 2
    for key in ("nosec", "overdue", "unpaid", "underpaid", "latepay", "badvalue", "women", "school", "badge"):
        base[at[key].id] = max(base[at[key].id], 6)
    # The profiles to place, each in a cell drawn at random (the small cell takes only its probationary member).
    profiles = ["converted_early"] * 25 + ["converted"] * 91 + ["recent"] * 22 + ["prob18"] * 24 + \
        ["adm19"] * 85 + ["in19"] * 56 + ["in18"] * 4 + ["badge19"] * 13
    eligible = [c for c in cells if c is not at["small"]]
    placed = {c.id: [] for c in cells}
    for prof in profiles:
        placed[r.choice(eligible).id].append(prof)
    placed[at["small"].id].append("adm19")
    placed[at["women"].id].append("adm19")
    for key in ("late_paper", "nocard"):
        placed[at[key].id].append("in19")
    placed[at["overdue"].id].append("prob_overdue")
    # Sizes: a chi bộ cơ sở below 30 members, but the one planted at 31; every committee well above 30.
    for c in cells:
        n = base[c.id] + len(placed[c.id])
        if c is at["big"]:
            base[c.id] = 31 - len(placed[c.id])
        elif c.kind == "chi_bo_co_so" and n > 28:
            base[c.id] = max(3, 28 - len(placed[c.id]))
    for db in (o for o in bloc.orgs if o.kind == "dang_bo_co_so"):
        sub = [c for c in bloc.subtree(db) if c.is_cell and c.live]
        while sum(base[c.id] + len(placed[c.id]) for c in sub) < 36:
            base[sub[r.randrange(len(sub))].id] += 1

    for c in cells:
        for _ in range(base[c.id]):
            c.members.append(p.ordinary(c))
        for prof in placed[c.id]:
            c.members.append(make(p, c, prof))
    special_members(bloc, p, at)
    at["congress"] = find(k, "Chi bộ Hội Văn học Nghệ thuật tỉnh")
    at["congress"].congress = D(2014, 5, 20)  # its 2015-2020 congress was never held: overdue since 20/05/2019
    transfers(bloc, p, cells, at)
    number(bloc, cells)
    acts.committees(bloc, p, at)
    acts.candidates(bloc, p, at)
    acts.dues(bloc, p)
    acts.events(bloc, p)


def make(p, c, prof):
    if prof == "converted_early":
        return p.person(c, D(2018, 1, 2), D(2018, 3, 6), "chinh_thuc", 23, 40)
    if prof == "converted":
        # Official dates avoid 07/03-02/04/2019: those would be due a card (180 days) before the next presentation.
        return p.person(c, D(2018, 4, 3), D(2018, 9, 28), "chinh_thuc", 23, 40)
    if prof == "recent":
        return p.person(c, RECENT[0], RECENT[1], "chinh_thuc", 24, 42)
    if prof == "prob18":
        return p.person(c, D(2018, 10, 1), D(2018, 12, 20), "du_bi", 23, 38)
    if prof == "prob_overdue":
        m = p.person(c, D(2018, 5, 18), D(2018, 5, 18), "du_bi", 28, 34, gender="nam")
        m.tags.add("overdue")
        return m
    if prof == "adm19":
        m = p.person(c, D(2019, 1, 8), D(2019, 9, 26), "du_bi", 23, 36)
        m.tags.add("adm19")
        return m
    if prof in ("in19", "in18"):
        m = p.ordinary(c)
        m.tags.add(prof)
        return m
    if prof == "badge19":
        m = p.person(c, BADGE_WINDOW[0], D(1989, 9, 2), "chinh_thuc", 50, 56)
        m.tags.add("badge19")
        return m
    raise ValueError(prof)


def special_members(bloc, p, at):
    """The members a planted problem is about, made from ordinary ones of their cells."""
    first = {key: next(m for m in at[key].members if not m.tags) for key in at if key not in ("small",)}
    m = first["badge"]  # 30 years of party age on 15/10/2019, due at the presentation of 07/11/2019: no proposal
    m.gender, m.birth, m.admitted = "nam", D(1966, 4, 9), D(1989, 10, 15)
    m.official = add_months(m.admitted, 12)
    m.tags.add("badge_due")
    first["unpaid"].tags.add("unpaid")
    first["underpaid"].tags.add("underpaid")
    first["latepay"].tags.add("latepay")
    m = first["badvalue"]  # the office typed an impossible card date
    m.card_text = "31/04/2016"
    m.tags.add("badvalue")
    m = first["tax"]  # the tax department's secretary, re-elected in the plan although he retires in 2022
    m.gender, m.birth, m.admitted = "nam", D(1960, 5, 12), D(1984, 6, 18)
    m.official = add_months(m.admitted, 12)
    m.tags.add("old_secretary")
    m = next(x for x in at["nocard"].members if "in19" in x.tags)  # transferred in, card still pending
    m.admitted = D(2017, 3, 20)
    m.official = add_months(m.admitted, 12)
    m.tags.add("nocard")
    next(x for x in at["late_paper"].members if "in19" in x.tags).tags.add("late_paper")
    for key in ("badge", "tax", "nocard"):
        for x in at[key].members:
            if x.tags & {"badge_due", "old_secretary", "nocard"}:
                x.name = p.name(x.gender)
                x.citizen = ""
                p.finish(x)
    nocard = next(x for x in at["nocard"].members if "nocard" in x.tags)
    nocard.card_no, nocard.card_date = "", None


def counterpart(p):
    r = p.r
    if r.random() < 0.6:
        return "Đảng ủy %s, %s" % (r.choice(vocab.COMMUNES), r.choice(vocab.DISTRICTS))
    return r.choice(vocab.OUTSIDE)


def transfer(bloc, p, m, direction, issued, presented=None):
    if presented is None:
        presented = issued + dt.timedelta(days=p.r.randint(2, 20))
    bloc.transfers.append({"member": m, "org": m.org, "direction": direction, "issued": issued,
                           "presented": presented if presented <= AS_OF else None, "counterpart": counterpart(p)})


def transfers(bloc, p, cells, at):
    """58 transfers in and 164 out in the period, and a few in late 2018 (outside it)."""
    r = p.r
    for c in cells:
        for m in c.members:
            if "late_paper" in m.tags:
                issued, presented = D(2019, 6, 10), D(2019, 8, 26)
            elif "nocard" in m.tags:
                issued, presented = D(2019, 4, 8), D(2019, 4, 15)
            elif "in19" in m.tags:
                issued, presented = p.weekday(p.date(D(2019, 1, 7), D(2019, 9, 20))), None
            elif "in18" in m.tags:
                issued, presented = p.weekday(p.date(D(2018, 10, 1), D(2018, 12, 14))), None
            else:
                continue
            m.transfer_in = issued
            transfer(bloc, p, m, "den", issued, presented)
    # Out: members who left (not in members.csv any more). The small cell lost its third official member in May;
    # the tourism cell its secretary in August.
    eligible = [c for c in cells if c is not at["small"]]
    leaving = [(r.choice(eligible), D(2019, 1, 3), D(2019, 9, 27)) for _ in range(162)]
    leaving += [(r.choice(eligible), D(2018, 10, 1), D(2018, 12, 20)) for _ in range(6)]
    leaving += [(at["small"], D(2019, 5, 14), D(2019, 5, 14)), (at["nosec"], D(2019, 8, 20), D(2019, 8, 20))]
    for cell, lo, hi in leaving:
        senior = hi == D(2019, 8, 20)
        m = p.ordinary(cell, age_lo=48, age_hi=57) if senior else \
            (p.ordinary(cell) if r.random() < 0.8 else p.person(cell, RECENT[0], RECENT[1], "chinh_thuc", 24, 40))
        if senior:
            m.tags.add("secretary_left")
        bloc.gone.append(m)
        transfer(bloc, p, m, "di", p.weekday(p.date(lo, hi)) if lo < hi else lo)


def number(bloc, cells):
    """Member codes (số lý lịch) in the order of admission, as the registry issues them; members.csv by cell."""
    everyone = [m for c in cells for m in c.members] + bloc.gone
    everyone.sort(key=lambda m: (m.admitted, m.birth, m.name, m.citizen))
    for i, m in enumerate(everyone, start=1):
        m.id = "DV%05d" % i
    for c in cells:
        c.members.sort(key=lambda m: m.id)
        bloc.members.extend(c.members)
