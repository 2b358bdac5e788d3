#!/usr/bin/env python3
"""Writes a national-scale dataset (default 550,000 members, 12 payments each) for the reader's
timing check (DatasetBig.DISABLED_ReadsNationalScale). Not committed: generate it where you time it.

usage: gen_big_dataset.py OUT_DIR [--members N] [--months M] [--by-period]
  --by-period  write dues.csv sorted by month rather than by member (the reader must regroup it)
"""
import argparse
import os
import random

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô"]
MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Quốc", "Ngọc", "Xuân", "Thu"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hùng", "Lan", "Long", "Mai", "Nam",
         "Ngân", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Việt", "Yến"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--members", type=int, default=550_000)
    ap.add_argument("--months", type=int, default=12)
    ap.add_argument("--by-period", action="store_true")
    a = ap.parse_args()
    rnd = random.Random(42)
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "dataset.yaml"), "w", encoding="utf-8") as f:
        f.write("name: Dữ liệu thử quy mô quốc gia\nas_of: 2019-12-31\n")

    cells = []
    with open(os.path.join(a.out, "organizations.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("id,parent_id,name,kind\nTW,,Toàn quốc,cap_tren_co_so\n")
        for p in range(63):
            f.write(f"T{p:02d},TW,Tỉnh {p},cap_tren_co_so\n")
            for d in range(10):
                did = f"T{p:02d}H{d:02d}"
                f.write(f"{did},T{p:02d},Huyện {d},cap_tren_co_so\n")
                for g in range(8):
                    gid = f"{did}D{g}"
                    f.write(f"{gid},{did},Đảng bộ xã {g},dang_bo_co_so\n")
                    for c in range(6):
                        cid = f"{gid}C{c}"
                        f.write(f"{cid},{gid},\"Chi bộ thôn {c}, xã {g}\",chi_bo_truc_thuoc\n")
                        cells.append(cid)

    ids = [f"DV{i:07d}" for i in range(a.members)]
    with open(os.path.join(a.out, "members.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("id,org_id,full_name,gender,birth_date,citizen_id,status,admitted_on,official_on,education,"
                "card_number,exempt,dues_category,monthly_income\n")
        for i, mid in enumerate(ids):
            name = f"{rnd.choice(SURNAMES)} {rnd.choice(MIDDLE)} {rnd.choice(GIVEN)}"
            y = rnd.randint(1940, 2000)
            official = i % 10 != 0
            f.write(f"{mid},{cells[i % len(cells)]},{name},{'nam' if i % 3 else 'nu'},"
                    f"{rnd.randint(1, 28):02d}/{rnd.randint(1, 12):02d}/{y},0010{y:04d}{i % 10000:04d},"
                    f"{'chinh_thuc' if official else 'du_bi'},{y + 25}-03-0{1 + i % 9},"
                    f"{str(y + 26) + '-03-01' if official else ''},12/12,{i:09d},,luong,"
                    f"\"{rnd.randint(40, 200) * 100_000:,}\"\n")

    with open(os.path.join(a.out, "dues.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("member_id,period,amount,paid_on\n")
        if a.by_period:
            for m in range(1, a.months + 1):
                for mid in ids:
                    f.write(f"{mid},2019-{m:02d},45.000,0{1 + m % 9}/{m:02d}/2019\n")
        else:
            for mid in ids:
                for m in range(1, a.months + 1):
                    f.write(f"{mid},2019-{m:02d},45.000,0{1 + m % 9}/{m:02d}/2019\n")


if __name__ == "__main__":
    main()
