# The member's year in the khoi-cqt-2019 sample: 2018 quality ratings, 2019 cell meetings and absences, exemptions.
"""Ratings (ratings.csv), meetings (meetings.csv), absences (attendance.csv) and exemptions (member columns).

Drawn from a random stream of their own, so the files that existed before these tables keep their bytes. Every cell
meets every month and holds a topical meeting every quarter; absences are few, most with a reason, never a third
month without one; every member admitted by 30/06/2018 and not exempt at the end of 2018 is rated for 2018, with the
share of "excellent" within 20 % of "good" in every grassroots organization. The planted problems break exactly one
of these each (PLANTS, and the README).
"""
import datetime as dt
import random

from model import SEED

D = dt.date
REASONS = ["Ốm", "Đi công tác", "Việc gia đình", "Nằm viện", "Đi học tập trung"]
MONTHS = range(1, 10)  # January to September 2019: the as-of date is 30/09/2019, a whole month
RATED_YEAR = 2018
RATED_BY = D(2018, 6, 30)  # membership/rating-missing's min_months (6) before the year's end


def grassroots(bloc, org):
    while org.kind not in ("chi_bo_co_so", "dang_bo_co_so"):
        org = bloc.org(org.parent)
    return org


def live_cells(bloc):
    return [o for o in bloc.orgs if o.is_cell]


def populate_year(bloc):
    """Fills bloc.ratings, bloc.meetings, bloc.attendance and the members' exemptions; records the plants."""
    r = random.Random(SEED + 16)
    bloc.ratings, bloc.meetings, bloc.attendance = [], [], []
    plants = {}
    members = bloc.members
    # The members the plants use: chosen among those no other plant touches, in cells of several members.
    free = [m for m in members if not m.tags and m.status == "chinh_thuc" and m.admitted <= D(2010, 1, 1)
            and m.transfer_in is None and len(m.org.members) >= 5]
    plants["absent"] = free[100]
    plants["exempt_ended"] = free[400]
    plants["exempt"] = free[700]
    plants["failed_twice"] = free[1000]
    plants["unrated"] = free[1300]
    for m in members:
        m.exempt_from = m.exempt_until = None
        m.exempt_reason = ""
    m = plants["exempt"]
    m.exempt_from, m.exempt_reason = D(2017, 6, 1), "Tuổi cao, sức khỏe yếu"
    m = plants["exempt_ended"]
    m.exempt_from, m.exempt_until, m.exempt_reason = D(2018, 3, 1), D(2019, 2, 28), "Điều trị bệnh dài ngày"
    cells = live_cells(bloc)
    used = {p.org.id for p in plants.values()}
    # A cell under a grassroots committee that missed July's meeting, and a grassroots cell with no topical meeting
    # after the first quarter.
    plants["no_july"] = [c for c in cells if c.kind == "chi_bo_truc_thuoc" and c.live and c.id not in used][60]
    plants["no_topical"] = [c for c in cells if c.kind == "chi_bo_co_so" and c.id not in used][20]
    plants["cap"] = [c for c in cells if c.kind == "chi_bo_co_so" and c.id not in used and len(c.members) >= 9][12]
    _meetings(bloc, r, cells, plants)
    _ratings(bloc, r, plants)
    return plants


def _meetings(bloc, r, cells, plants):
    n = 0
    for c in cells:
        present = [m for m in c.members]
        unexcused = {m.id: set() for m in present}
        for month in MONTHS:
            for topical in (False, True):
                if topical and (month % 3 != 2 or (c is plants["no_topical"] and month > 3)):
                    continue
                if not topical and c is plants["no_july"] and month == 7:
                    continue
                day = D(2019, month, r.randint(15, 25) if topical else r.randint(3, 12))
                if c.dissolved and day >= c.dissolved:
                    continue
                n += 1
                mid = "SH19.%04d" % n
                bloc.meetings.append((mid, c.id, day, "chuyen_de" if topical else "thuong_ky"))
                for m in present:
                    joined = max(m.admitted, m.transfer_in or m.admitted)
                    if joined > day:
                        continue
                    absent, reason = _absence(r, m, day, month, topical, unexcused[m.id], plants)
                    if absent:
                        bloc.attendance.append((mid, m.id, "Vắng", reason))


def _absence(r, m, day, month, topical, unexcused, plants):
    """Whether `m` missed the meeting on `day`, and the reason ("" for none)."""
    if m is plants["absent"]:
        return (month in (3, 6, 8) and not topical), ""
    if m is plants["exempt"] or m is plants["exempt_ended"]:
        exempt = m.exempt_from <= day and (m.exempt_until is None or day <= m.exempt_until)
        if exempt:
            return True, ""  # exempt members stay away; no reason is asked of them
        return (m is plants["exempt_ended"] and month in (4, 5, 7) and not topical), ""
    if r.random() >= 0.04:
        return False, ""
    if month not in unexcused and len(unexcused) < 2 and r.random() < 0.15:
        unexcused.add(month)
        return True, ""
    if month in unexcused and r.random() < 0.5:
        return True, ""
    return True, REASONS[r.randrange(len(REASONS))]


def _ratings(bloc, r, plants):
    by_grassroots = {}
    for m in bloc.members:
        if m.admitted > RATED_BY or m is plants["unrated"]:
            continue
        if m.exempt_from and m.exempt_from <= D(2018, 12, 31) and (m.exempt_until is None or
                                                                   m.exempt_until >= D(2018, 12, 1)):
            continue  # not rated while exempt
        by_grassroots.setdefault(grassroots(bloc, m.org).id, []).append(m)
    cap_cell = plants["cap"]
    for gid in sorted(by_grassroots):
        rated = by_grassroots[gid]
        levels = []
        for m in rated:
            x = r.random()
            levels.append("xuat_sac" if x < 0.12 else "tot" if x < 0.82 else "hoan_thanh" if x < 0.99 else
                          "khong_hoan_thanh")
        if gid == cap_cell.id:  # the planted cap: a third of the cell rated excellent
            levels = ["xuat_sac" if i % 3 == 0 else "tot" for i in range(len(levels))]
        for i, m in enumerate(rated):
            if m is plants["failed_twice"]:
                levels[i] = "khong_hoan_thanh"
        if gid != cap_cell.id:
            while levels.count("xuat_sac") * 100 > 20 * levels.count("tot"):
                levels[levels.index("xuat_sac")] = "tot"
        for m, level in zip(rated, levels):
            if m is plants["failed_twice"]:
                bloc.ratings.append((m.id, RATED_YEAR - 1, level))
            bloc.ratings.append((m.id, RATED_YEAR, level))
    bloc.ratings.sort(key=lambda t: (t[0], t[1]))
