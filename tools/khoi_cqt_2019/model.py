# The bloc's organization tree and the date helpers of the khoi-cqt-2019 generator.
"""Organizations of the bloc: 42 chi bộ cơ sở and 31 đảng bộ cơ sở (2 đảng bộ bộ phận, 216 live chi bộ trực thuộc)."""
import datetime as dt
import random

import vocab

SEED = 20190930
AS_OF = dt.date(2019, 9, 30)
PERIOD_START = dt.date(2019, 1, 1)
ADMISSION_TARGET = 120
AWARD_DAYS = [(2, 3), (5, 19), (9, 2), (11, 7)]  # the party badge's presentation days

CELL_KINDS = ("chi_bo_co_so", "chi_bo_truc_thuoc")
TARGET_CELLS = 216  # live chi bộ trực thuộc

# Units added to the committees whose own list is short, until the bloc has its 216 cells.
EXTRA_UNITS = ["Phòng Kế hoạch - Tài chính", "Phòng Pháp chế", "Phòng Tổ chức cán bộ", "Phòng Thanh tra - Kiểm tra",
               "Trung tâm Thông tin", "Phòng Hành chính - Quản trị", "Phòng Nghiệp vụ tổng hợp",
               "Trung tâm Tư vấn và Dịch vụ"]


def add_months(d, n):
    """The same day n months later, clamped to the month's end (31/01 + 1 month = 28/02), as the rules count."""
    y, m = divmod(d.month - 1 + n, 12)
    year, month = d.year + y, m + 1
    for day in (d.day, 30, 29, 28):
        try:
            return dt.date(year, month, min(d.day, day))
        except ValueError:
            continue
    raise ValueError(d)


def add_years(d, n):
    return add_months(d, 12 * n)


def next_award_day(d):
    """The first badge/card presentation day on or after d."""
    for year in (d.year, d.year + 1):
        for m, day in AWARD_DAYS:
            x = dt.date(year, m, day)
            if x >= d:
                return x
    raise ValueError(d)


class Org:
    def __init__(self, oid, parent, name, kind, established, congress, dissolved=None):
        self.id, self.parent, self.name, self.kind = oid, parent, name, kind
        self.established, self.congress, self.dissolved = established, congress, dissolved
        self.children = []
        self.members = []  # Member objects whose org is this cell

    @property
    def is_cell(self):
        return self.kind in CELL_KINDS

    @property
    def live(self):
        return self.dissolved is None or self.dissolved > AS_OF


class Bloc:
    """The tree, in preorder, with the seeded RNG every other module draws from."""

    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.orgs = []
        self.by_id = {}
        self.members = []       # rows of members.csv
        self.gone = []          # members transferred out (transfers.csv only)
        self.transfers = []
        self.candidates = []
        self.committees = []
        self.events = []
        self.dues = []
        self.planted = []       # (rule, org id, subject id, what) in README order
        self._build_tree()

    def org(self, oid):
        return self.by_id[oid]

    def _add(self, org):
        self.orgs.append(org)
        self.by_id[org.id] = org
        if org.parent:
            self.by_id[org.parent].children.append(org)
        return org

    def _date(self, lo, hi):
        return lo + dt.timedelta(days=self.rng.randint(0, (hi - lo).days))

    def _build_tree(self):
        r = self.rng
        self._add(Org("KHOI", "", "Đảng bộ Khối các Cơ quan tỉnh", "cap_tren_co_so", dt.date(1993, 3, 12),
                      dt.date(2015, 8, 20)))
        units = [list(u) for _, u in vocab.DANG_BO]
        missing = TARGET_CELLS + 1 - sum(map(len, units)) - sum(len(c) for b in vocab.BO_PHAN.values() for _, c in b)
        # Spread the extra units over the committees with the fewest units, deterministically.
        while missing > 0:
            i = min(range(len(units)), key=lambda k: (len(units[k]), k))
            extra = [u for u in EXTRA_UNITS if u not in units[i]]
            units[i].append(extra[r.randrange(len(extra))])
            missing -= 1
        # Grassroots organizations alternate in the export as offices list them: committees first, then cells.
        for n, ((agency, _), cells) in enumerate(zip(vocab.DANG_BO, units), start=1):
            db = self._add(Org("DB%02d" % n, "KHOI", "Đảng bộ " + agency, "dang_bo_co_so",
                               self._date(dt.date(1993, 6, 1), dt.date(2008, 12, 31)),
                               self._date(dt.date(2015, 4, 2), dt.date(2015, 7, 31))))
            for k, unit in enumerate(cells, start=1):
                self._cell(db, "%s.CB%02d" % (db.id, k), unit)
            for b, (part, part_cells) in enumerate(vocab.BO_PHAN.get(agency, []), start=1):
                bp = self._add(Org("%s.BP%d" % (db.id, b), db.id, "Đảng bộ bộ phận " + part, "dang_bo_bo_phan",
                                   self._date(dt.date(2005, 1, 1), dt.date(2010, 12, 31)),
                                   self._date(dt.date(2015, 3, 1), dt.date(2015, 4, 30))))
                for k, unit in enumerate(part_cells, start=1):
                    self._cell(bp, "%s.CB%02d" % (bp.id, k), unit)
        for n, agency in enumerate(vocab.CHI_BO, start=1):
            self._add(Org("CB%02d" % n, "KHOI", "Chi bộ " + agency, "chi_bo_co_so",
                          self._date(dt.date(1993, 6, 1), dt.date(2012, 12, 31)),
                          self._date(dt.date(2015, 4, 2), dt.date(2015, 7, 31))))
        # One cell merged into its neighbour in March 2019: kept for history, not counted as live.
        gone = [o for o in self.orgs if o.kind == "chi_bo_truc_thuoc"][40]
        gone.dissolved = dt.date(2019, 3, 29)

    def _cell(self, parent, oid, unit):
        return self._add(Org(oid, parent.id, "Chi bộ " + unit, "chi_bo_truc_thuoc",
                             self._date(max(parent.established, dt.date(1995, 1, 1)), dt.date(2014, 12, 31)),
                             self._date(dt.date(2017, 4, 3), dt.date(2017, 7, 28))))

    def find(self, parent_name, name):
        """The organization called `name` under the one called `parent_name` (names are unique that way)."""
        for o in self.orgs:
            if o.name == name and (not parent_name or self.by_id[o.parent].name == parent_name):
                return o
        raise KeyError((parent_name, name))

    def cells(self):
        return [o for o in self.orgs if o.is_cell and o.live]

    def subtree(self, org):
        out = [org]
        for c in org.children:
            out.extend(self.subtree(c))
        return out

    def plant(self, rule, org, subject, what):
        self.planted.append((rule, org, subject, what))
