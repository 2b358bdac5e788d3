#!/usr/bin/env python3
"""The hostile shapes of docs/reliability.md, generated and timed against a kiemtra binary.

    tools/hostile_shapes/hostile_shapes.py build/bin/kiemtra             # a Markdown table of time and memory
    tools/hostile_shapes/hostile_shapes.py build/bin/kiemtra --limit 5   # fails when a run takes longer (ctest)

Shapes: a 100,000-organization parent chain, a 100,000-organization cycle, a members.csv header of 100,000
columns, and files that are not regular (/dev/zero, a FIFO, a folder) given as configuration, profile,
waivers or dataset.yaml. Every run must end with exit 0, 1 or 2 (never a hang, never a crash), and the
refusals with a message in one language. Python standard library only.
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time

N = 100_000


def write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


MEMBERS_HEADER = "id,org_id,full_name,gender,birth_date,status,admitted_on,official_on"


def members_rows(org, count):
    return "".join(
        f"DV{i:03d},{org},Nguyễn Văn {i},nam,1980-01-01,chinh_thuc,2005-01-01,2006-01-01\n" for i in range(count))


def chain(root):
    """N organizations, each the parent of the next: depth N - 1."""
    d = os.path.join(root, "chain")
    os.makedirs(d)
    rows = ["id,parent_id,name,kind"]
    for i in range(N):
        parent = f"O{i - 1}" if i else ""
        rows.append(f"O{i},{parent},Cấp {i},cap_tren_co_so")
    write(os.path.join(d, "organizations.csv"), "\n".join(rows) + "\n")
    write(os.path.join(d, "members.csv"), MEMBERS_HEADER + "\n" + members_rows(f"O{N - 1}", 10))
    write(os.path.join(d, "dataset.yaml"), "name: Chuỗi\nas_of: 2019-09-30\n")
    return d


def cycle(root):
    """N organizations whose parents form one cycle."""
    d = os.path.join(root, "cycle")
    os.makedirs(d)
    rows = ["id,parent_id,name,kind"]
    for i in range(N):
        rows.append(f"O{i},O{(i + 1) % N},Vòng {i},cap_tren_co_so")
    write(os.path.join(d, "organizations.csv"), "\n".join(rows) + "\n")
    write(os.path.join(d, "members.csv"), MEMBERS_HEADER + "\n" + members_rows("O0", 10))
    write(os.path.join(d, "dataset.yaml"), "name: Vòng\nas_of: 2019-09-30\n")
    return d


def wide(root):
    """A members.csv header of N columns (the contract's and extras), 10 rows."""
    d = os.path.join(root, "wide")
    os.makedirs(d)
    write(os.path.join(d, "organizations.csv"), "id,parent_id,name,kind\nK,,Khối,cap_tren_co_so\nC,K,Chi bộ,chi_bo_co_so\n")
    base = MEMBERS_HEADER.split(",")
    extra = N - len(base)
    header = ",".join(base + [f"cot_{i}" for i in range(extra)])
    tail = "," * extra
    body = "".join(line + tail + "\n" for line in members_rows("C", 10).splitlines())
    write(os.path.join(d, "members.csv"), header + "\n" + body)
    write(os.path.join(d, "dataset.yaml"), "name: Rộng\nas_of: 2019-09-30\n")
    return d


def run(cmd, timeout):
    """(exit code or None when killed at the timeout, seconds, peak RSS in MB, stderr) of one process."""
    with tempfile.TemporaryFile() as err:
        start = time.monotonic()
        p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err)
        while True:  # wait4 gives this child's own peak memory, which subprocess does not
            pid, status, usage = os.wait4(p.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() - start > timeout:
                p.kill()
                pid, status, usage = os.wait4(p.pid, 0)
                status = None
                break
            time.sleep(0.005)
        seconds = time.monotonic() - start
        p.returncode = 0  # reaped above: keep Popen from waiting again
        err.seek(0)
        text = err.read().decode("utf-8", "replace")
    code = None if status is None else os.waitstatus_to_exitcode(status)
    return code, seconds, usage.ru_maxrss / 1024, text


def one_language(text):
    """False when a Vietnamese message carries an English clause the refusals used to have."""
    return not any(s in text for s in ("is a directory", "No such file", "Permission denied", "not a regular"))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("kiemtra")
    ap.add_argument("--limit", type=float, default=None, help="fail when a run takes longer (seconds)")
    args = ap.parse_args()
    exe = os.path.abspath(args.kiemtra)
    timeout = max(60.0, (args.limit or 0) * 4)
    failures = []
    rows = []
    with tempfile.TemporaryDirectory(prefix="kiemtra-hostile-") as root:
        shapes = {"wide": wide(root), "chain": chain(root), "cycle": cycle(root)}
        fifo = os.path.join(root, "pipe.yaml")
        os.mkfifo(fifo)
        fifo_ds = os.path.join(root, "fifo-dataset")
        os.makedirs(fifo_ds)
        os.mkfifo(os.path.join(fifo_ds, "dataset.yaml"))
        fifo_csv = os.path.join(root, "fifo-csv")
        os.makedirs(fifo_csv)
        os.mkfifo(os.path.join(fifo_csv, "organizations.csv"))
        write(os.path.join(fifo_csv, "members.csv"), MEMBERS_HEADER + "\n")
        sample = shapes["wide"]
        cases = []
        for name in ("wide", "chain", "cycle"):
            for fmt in ("text", "json", "jsonl", "html", "sarif", "csv"):
                cases.append((f"{name} --format {fmt}", [exe, "validate", shapes[name], "--format", fmt, "--fail-on",
                                                         "never"], {0}))
            cases.append((f"{name} stats", [exe, "stats", shapes[name]], {0, 1}))
        refusals = [
            ("--config /dev/zero", ["validate", sample, "--config", "/dev/zero"]),
            ("--config FIFO", ["validate", sample, "--config", fifo]),
            ("--config a folder", ["validate", sample, "--config", root]),
            ("--waivers /dev/zero", ["validate", sample, "--waivers", "/dev/zero"]),
            ("--waivers FIFO", ["validate", sample, "--waivers", fifo]),
            ("check-config FIFO", ["check-config", fifo]),
            ("dataset.yaml a FIFO", ["validate", fifo_ds]),
            ("organizations.csv a FIFO", ["validate", fifo_csv]),
        ]
        for label, argv in refusals:
            cases.append((label, [exe] + argv, {2}))
            cases.append((label + " --lang en", [exe] + argv + ["--lang", "en"], {2}))
        for label, cmd, ok in cases:
            code, seconds, peak, err = run(cmd, timeout)
            rows.append((label, code, seconds, peak))
            if code not in ok:
                failures.append(f"{label}: exit {code}, expected {sorted(ok)}: {err.strip()[:300]}")
            if code == 2 and "--lang en" not in label and not one_language(err):
                failures.append(f"{label}: the Vietnamese message has English in it: {err.strip()}")
            if args.limit is not None and seconds > args.limit:
                failures.append(f"{label}: {seconds:.2f} s, over the limit of {args.limit} s")
    print("| input | exit | seconds | peak RSS (MB) |")
    print("| --- | --- | --- | --- |")
    for label, code, seconds, peak in rows:
        print(f"| {label} | {code} | {seconds:.2f} | {peak:.0f} |")
    for f in failures:
        print("FAIL:", f, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
