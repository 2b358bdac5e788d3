# The acts of the khoi-cqt-2019 sample: committees, admission files, dues payments and recorded events.
"""Committees (sitting 2015-2020 / 2017-2020 and a few planned for 2020-2025), the 2019 admission files, the dues of
January-September 2019 and events.csv (cards, badges, inspections, discipline)."""
import datetime as dt

from model import AS_OF, PERIOD_START, add_months, add_years, next_award_day

D = dt.date
DAY = dt.timedelta(days=1)
GRASSROOTS_TERM, CELL_TERM, NEXT_TERM = "2015-2020", "2017-2020", "2020-2025"


def official(m, at=AS_OF):
    return m.official is not None and m.official <= at


def seniors(members):
    return sorted((m for m in members if official(m) and not m.tags - {"old_secretary"}),
                  key=lambda m: ("old_secretary" not in m.tags, m.admitted, m.id))


def seat(bloc, org, term, m, role, planned=False, first_time=None):
    bloc.committees.append({"org": org.id, "term": term, "member": m.id, "role": role, "planned": planned,
                            "first_time": first_time})


def subtree_members(bloc, org):
    return [m for o in bloc.subtree(org) if o.is_cell and o.live for m in o.members]


def committees(bloc, p, at):
    """Sitting committees of every live cell and grassroots organization; planned ones for a few congresses."""
    sitting = {}
    for org in bloc.orgs:
        if not org.live:
            continue
        if org.is_cell:
            n = sum(1 for m in org.members if official(m))
            old = seniors(org.members)
            if org is at["nosec"]:
                roles = ["pho_bi_thu"]  # the secretary moved away in August: the deputy runs the cell
            else:
                roles = ["bi_thu"] + (["pho_bi_thu"] if n >= 5 else []) + \
                    (["cap_uy_vien"] * (1 if n < 15 else 3) if n >= 9 else [])
            term = GRASSROOTS_TERM if org.kind == "chi_bo_co_so" else CELL_TERM
        elif org.kind in ("dang_bo_co_so", "dang_bo_bo_phan"):
            everyone = subtree_members(bloc, org)
            old = seniors(everyone)
            size = 3 if org.kind == "dang_bo_bo_phan" else 5 if len(everyone) < 60 else 7 if len(everyone) < 120 else 9
            roles = ["bi_thu", "pho_bi_thu"] + ["cap_uy_vien"] * (size - 2)
            term = GRASSROOTS_TERM
        else:
            continue
        sitting[org.id] = old[:len(roles)]
        for m, role in zip(old, roles):
            seat(bloc, org, term, m, role)
    # The bloc committee itself: its office's leaders and the secretaries of the largest committees.
    root = bloc.orgs[0]
    office = bloc.find(root.name, "Chi bộ Cơ quan Đảng ủy Khối")
    leaders = seniors(office.members)[:3]
    for m, role in zip(leaders, ["bi_thu", "pho_bi_thu", "pho_bi_thu"]):
        seat(bloc, root, GRASSROOTS_TERM, m, role)
    dbs = sorted((o for o in bloc.orgs if o.kind == "dang_bo_co_so"), key=lambda o: -len(subtree_members(bloc, o)))
    for i, db in enumerate(dbs[:9]):
        seat(bloc, root, GRASSROOTS_TERM, sitting[db.id][0], "thuong_vu" if i < 2 else "cap_uy_vien")
    # Plans for the 2020-2025 congresses that have started (the tax department's keeps a secretary who retires).
    for name in ("Đảng bộ Sở Tài chính", "Đảng bộ Cục Thuế tỉnh", "Đảng bộ Sở Giáo dục và Đào tạo",
                 "Chi bộ Cơ quan Đảng ủy Khối", "Chi bộ Cơ quan Hội Liên hiệp Phụ nữ tỉnh"):
        plan(bloc, bloc.find(root.name, name), sitting)


def plan(bloc, org, sitting):
    everyone = subtree_members(bloc, org) if org.kind == "dang_bo_co_so" else org.members
    current = sitting[org.id]
    young = [m for m in seniors(everyone) if m.birth >= D(1966, 1, 1) or "old_secretary" in m.tags]
    if org.kind == "dang_bo_co_so":
        roles = ["bi_thu", "pho_bi_thu", "pho_bi_thu"] + ["cap_uy_vien"] * 6
    else:
        roles = ["bi_thu", "pho_bi_thu"] + (["cap_uy_vien"] if sum(official(m) for m in everyone) >= 9 else [])
    chosen = [m for m in current if m in young][:len(roles)]
    for m in young:
        if len(chosen) == len(roles):
            break
        if m not in chosen:
            chosen.append(m)
    # At least a fifth of the seats for women (the directive's 15 % and more).
    women = [m for m in young if m.gender == "nu" and m not in chosen]
    need = max(1, (len(roles) + 4) // 5) - sum(m.gender == "nu" for m in chosen)
    men = [i for i in range(len(chosen) - 1, 0, -1) if chosen[i].gender == "nam"]
    if need > min(len(women), len(men)):
        raise RuntimeError("not enough women to plan the committee of " + org.id)
    for i in range(max(0, need)):
        chosen[men[i]] = women[i]
    for m, role in zip(chosen, roles):
        seat(bloc, org, NEXT_TERM, m, role, planned=True, first_time=m not in current)


def candidates(bloc, p, at):
    """The files of the 87 admitted in 2019, and of the candidates still in progress at 30/09/2019."""
    r = p.r
    files = []

    def introducers(cell, person, ref, count=2):
        pool = [m for m in cell.members if official(m, ref) and m is not person]
        picked = r.sample(pool, count)
        return [(m, add_months(ref, -r.randint(13, 60)) - dt.timedelta(days=r.randint(0, 27))) for m in picked]

    for m in bloc.members:
        if "adm19" not in m.tags:
            continue
        decision = p.weekday(m.admitted - dt.timedelta(days=r.randint(7, 18)))
        resolution = p.weekday(decision - dt.timedelta(days=r.randint(14, 35)))
        youth = (resolution - m.birth).days < 31 * 365 and add_years(m.birth, 31) > resolution and r.random() < 0.35
        files.append({"org": m.org, "name": m.name, "gender": m.gender, "birth": m.birth,
                      "course": p.weekday(resolution - dt.timedelta(days=r.randint(30, 200))),
                      "introducers": introducers(m.org, m, resolution, 1 if youth else 2), "youth": youth,
                      "resolution": resolution, "decision": decision, "admitted": m.admitted})
    eligible = [c for c in bloc.cells() if c is not at["small"] and sum(official(m) for m in c.members) >= 3]
    for _ in range(12):
        cell = r.choice(eligible)
        gender = p.gender()
        birth = p.birth(22, 36, gender)
        resolution = p.weekday(p.date(D(2019, 7, 22), D(2019, 9, 20)))
        decision = p.weekday(resolution + dt.timedelta(days=r.randint(30, 40))) if resolution <= D(2019, 8, 20) \
            else None
        files.append({"org": cell, "name": p.name(gender), "gender": gender, "birth": birth,
                      "course": p.weekday(resolution - dt.timedelta(days=r.randint(30, 200))),
                      "introducers": introducers(cell, None, resolution), "youth": False,
                      "resolution": resolution, "decision": decision, "admitted": None})
    # Planted: a 17-year-old pupil proposed by the specialist high school; an introducer still on probation.
    pupil = {"org": at["school"], "name": p.name("nam"), "gender": "nam", "birth": D(2001, 12, 8),
             "course": D(2019, 8, 9), "youth": True, "resolution": D(2019, 9, 16), "decision": None, "admitted": None}
    pupil["introducers"] = introducers(at["school"], None, pupil["resolution"], 1)
    pupil["tag"] = "underage"
    files.append(pupil)
    novice = next(m for m in at["women"].members if "adm19" in m.tags)
    woman = {"org": at["women"], "name": p.name("nu"), "gender": "nu", "birth": D(1985, 2, 21),
             "course": D(2019, 6, 14), "youth": False, "resolution": D(2019, 8, 28), "decision": None,
             "admitted": None, "tag": "introducer"}
    woman["introducers"] = introducers(at["women"], None, woman["resolution"], 1) + \
        [(novice, D(2019, 3, 1))]
    files.append(woman)
    files.sort(key=lambda f: (f["resolution"], f["org"].id, f["name"]))
    for i, f in enumerate(files, start=1):
        f["id"] = "HS19.%03d" % i
    bloc.candidates = files


def dues(bloc, p):
    """January-September 2019, 1 % of the salary: the basis rose with the base salary on 01/07/2019."""
    r = p.r
    for m in bloc.members:
        first = m.admitted.month if m.admitted.year == 2019 else 1
        if m.transfer_in and m.transfer_in.year == 2019:
            first = max(first, m.transfer_in.month + 1)  # earlier months were paid at the sending organization
        last = 5 if "unpaid" in m.tags else 9
        for month in range(first, last + 1):
            paid = p.weekday(D(2019, month, r.randint(16, 27)))
            if m.admitted.year == 2019 and m.admitted.month == month and paid < m.admitted:
                paid = m.admitted
            if "latepay" in m.tags and month == 8:
                paid = D(2019, 9, 5)
            before_raise = month <= 6
            amount = (m.income1 if before_raise or ("underpaid" in m.tags and month in (7, 8)) else m.income2) // 100
            bloc.dues.append({"member": m, "period": "2019-%02d" % month, "amount": amount, "paid": paid,
                              "basis": m.income1 if before_raise else None})


INSPECTION_TOPICS = [
    "Thực hiện Nghị quyết Trung ương 4 (khóa XII)", "Thực hiện nguyên tắc tập trung dân chủ",
    "Thực hành tiết kiệm, chống lãng phí", "Thực hiện chức trách, nhiệm vụ được giao",
    "Giữ gìn phẩm chất đạo đức, lối sống", "Thực hiện những điều đảng viên không được làm",
    "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"]


def events(bloc, p):
    r = p.r
    ev = bloc.events

    def add(kind, date, org=None, member=None, detail=""):
        ev.append({"kind": kind, "date": date, "org": org.id if org else "", "member": member.id if member else "",
                   "detail": detail})

    def some_day(lo, hi):
        return p.weekday(p.date(lo, hi))

    for m in bloc.members:
        if m.card_date and m.card_date >= D(2018, 1, 1) and not m.card_text:
            add("the_dang_vien", m.card_date, member=m, detail="Thẻ số " + m.card_no)
        if m.admitted < D(1988, 11, 8) or "badge19" in m.tags:
            award = next_award_day(add_years(m.admitted, 30))
            add("huy_hieu_de_nghi", p.weekday(award - dt.timedelta(days=r.randint(10, 30))), member=m,
                detail="30 năm")
    grassroots = [o for o in bloc.orgs if o.kind in ("dang_bo_co_so", "chi_bo_co_so")]
    cells = [o for o in bloc.cells() if o.kind == "chi_bo_truc_thuoc"]
    for o in r.sample(grassroots, 12) + r.sample(cells, 16):
        add("kiem_tra_to_chuc", some_day(D(2019, 2, 18), D(2019, 9, 25)), org=o, detail=r.choice(INSPECTION_TOPICS))
    for o in r.sample(cells, 3):
        add("kiem_tra_to_chuc", some_day(D(2018, 10, 1), D(2018, 12, 20)), org=o, detail=r.choice(INSPECTION_TOPICS))
    officials = [m for m in bloc.members if official(m) and not m.tags]
    for m in r.sample(officials, 155)[:145]:
        add("kiem_tra_dang_vien", some_day(D(2019, 2, 18), D(2019, 9, 25)), member=m, detail=r.choice(INSPECTION_TOPICS))
    for m in r.sample(officials, 8):
        add("kiem_tra_dang_vien", some_day(D(2018, 10, 1), D(2018, 12, 20)), member=m,
            detail=r.choice(INSPECTION_TOPICS))
    for o in r.sample(grassroots, 10) + r.sample(cells, 5):
        add("kiem_tra_dang_phi", some_day(D(2019, 4, 1), D(2019, 9, 20)), org=o,
            detail="Thực hiện nhiệm vụ kiểm tra, giám sát và thu, nộp đảng phí (Điều 32 Điều lệ Đảng)")
    # Discipline: three members disciplined, in the three organizations the bloc's commission then inspected.
    k = bloc.orgs[0].name
    cases = [(bloc.find(k, "Chi bộ Cục Quản lý thị trường"), "khien_trach", D(2019, 4, 16)),
             (bloc.find("Đảng bộ Sở Giao thông vận tải", "Chi bộ Trung tâm Đăng kiểm xe cơ giới"), "canh_cao",
              D(2019, 5, 23)),
             (bloc.find("Đảng bộ Sở Nông nghiệp và Phát triển nông thôn", "Chi bộ Ban Quản lý rừng phòng hộ"),
              "khien_trach", D(2019, 6, 11))]
    for org, form, date in cases:
        culprit = next(m for m in org.members if official(m) and not m.tags)
        add("ky_luat", date, member=culprit, detail=form)
        add("kiem_tra_thi_hanh_ky_luat", date + dt.timedelta(days=84), org=org,
            detail="Ủy ban Kiểm tra Đảng ủy Khối kiểm tra việc thi hành kỷ luật trong Đảng")
    ev.sort(key=lambda e: (e["date"], e["kind"], e["org"], e["member"]))
    assert PERIOD_START <= min(e["date"] for e in ev if e["kind"] == "ky_luat")
