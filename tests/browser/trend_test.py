"""The nightly trend page (`kiemtra history --output trend.html`) in headless Chromium, for a history of
1 run and of 1,000 runs: it renders without script errors or CSP violations, its charts hold the numbers of
`kiemtra history --format json`, each night links to its report when recorded, and the 1,000-night page
stays under 2 MB and opens fast. Screenshots go to the output folder.

The 1,000 nights are written into the history file directly (copies of a real run with fewer findings and
later dates), not by running kiemtra 1,000 times.

usage: trend_test.py --kiemtra BIN --dataset DIR --out DIR
"""
import argparse
import json
import shutil
import sqlite3
import subprocess
import time
from datetime import datetime, timedelta
from pathlib import Path

from browser_test import GUARD, start_browser
from kiemtra_run import check, fail

NIGHTS = 1000


def run(cmd):
    proc = subprocess.run([str(c) for c in cmd], capture_output=True, text=True)
    check(proc.returncode in (0, 1), f"{' '.join(map(str, cmd))} exited {proc.returncode}: {proc.stderr}")
    return proc.stdout


def grow(history, nights):
    """Adds nights-1 runs after the first: each a copy of run 1 with its first k findings, one day later;
    the last night has them all again, so that some organizations rose."""
    con = sqlite3.connect(history)
    cols = [c[1] for c in con.execute("PRAGMA table_info(runs)") if c[1] != "id"]
    first = dict(zip(cols, con.execute(f"SELECT {', '.join(cols)} FROM runs WHERE id = 1").fetchone()))
    findings = con.execute("SELECT fingerprint, rule, severity, org_id, waived FROM findings WHERE run_id = 1 "
                           "ORDER BY fingerprint").fetchall()
    start = datetime(2024, 1, 1, 22, 0, 0)
    con.execute("UPDATE runs SET started_at = ? WHERE id = 1", (start.strftime("%Y-%m-%dT%H:%M:%S+0700"),))
    before = set(range(len(findings)))
    for night in range(1, nights):
        k = 1 + (night * 7) % len(findings)
        if night >= nights - 2:  # one finding, then all of them: the last night rises
            k = 1 if night == nights - 2 else len(findings)
        now = set(range(k))
        row = dict(first)
        row["started_at"] = (start + timedelta(days=night)).strftime("%Y-%m-%dT%H:%M:%S+0700")
        row["findings"] = k
        for sev, col in [(0, "infos"), (1, "warnings"), (2, "errors")]:
            row[col] = sum(1 for i in now if findings[i][2] == sev)
        row["new"], row["fixed"] = len(now - before), len(before - now)
        cur = con.execute(f"INSERT INTO runs({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", list(row.values()))
        run_id = cur.lastrowid
        con.executemany("INSERT INTO findings(run_id, fingerprint, rule, severity, org_id, waived, new) "
                        "VALUES (?, ?, ?, ?, ?, ?, 0)", [(run_id,) + findings[i] for i in sorted(now)])
        if night % 2 == 0:
            con.execute("INSERT INTO run_reports(run_id, path) VALUES (?, ?)", (run_id, f"/srv/reports/night {night}.html"))
        before = now
    con.commit()
    con.close()


def open_page(driver, path):
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": GUARD})
    started = time.monotonic()
    driver.get(path.resolve().as_uri())
    for _ in range(200):
        if driver.execute_script("return document.readyState") == "complete":
            return time.monotonic() - started
        time.sleep(0.02)
    fail(f"{path} never finished loading")


def nights_of(driver, chart):
    """Each night of a chart as the DOM holds it: [run, {series: value}, href or None]."""
    return driver.execute_script(
        "var svg = document.getElementById(arguments[0]); if (!svg) return null;"
        "return Array.from(svg.querySelectorAll('g.night')).map(function (g) { var v = {};"
        "  g.querySelectorAll('rect[data-series]').forEach(function (r) { v[r.getAttribute('data-series')] = +r.getAttribute('data-value'); });"
        "  var a = g.querySelector('a'); return [+g.getAttribute('data-run'), v, a ? a.getAttribute('href') : null]; });", chart)


def check_page(driver, page, doc, shot):
    took = open_page(driver, page)
    nights = doc["nights"]["nights"]
    check(driver.execute_script("return window.__dialogs.length + window.__csp.length") == 0,
          f"{page.name}: dialogs or CSP violations {driver.execute_script('return [window.__dialogs, window.__csp]')}")
    check(driver.execute_script("return document.scripts.length") == 0, f"{page.name}: the page has a script")
    errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    check(errors == [], f"{page.name}: console errors {errors}")
    sev = nights_of(driver, "trend-severity")
    check(sev is not None and len(sev) == len(nights), f"{page.name}: {sev and len(sev)} nights drawn, JSON has {len(nights)}")
    changes = nights_of(driver, "trend-changes")
    for (run_id, values, href), (_, moved, _), n in zip(sev, changes, nights):
        check(run_id == n["run"], f"{page.name}: night order differs at run {n['run']}")
        for key in ["error", "warning", "info"]:
            check(values.get(key, 0) == n[key], f"{page.name}: run {run_id} {key} drawn {values.get(key, 0)}, JSON {n[key]}")
        for key in ["new", "fixed"]:
            check(moved.get(key, 0) == n[key], f"{page.name}: run {run_id} {key} drawn {moved.get(key, 0)}, JSON {n[key]}")
        if n["report"]:
            check(href is not None and href.startswith("file://") and href.endswith(n["report"].split("/")[-1].replace(" ", "%20")),
                  f"{page.name}: run {run_id} links to {href}, its report is {n['report']}")
        else:
            check(href is None, f"{page.name}: run {run_id} has no recorded report but links to {href}")
    lines = driver.execute_script(
        "var out = {}; document.querySelectorAll('#trend-families polyline').forEach(function (p) {"
        "  out[p.getAttribute('data-series')] = p.getAttribute('data-values').split(' ').map(Number); }); return out;")
    families = sorted({f for n in nights for f in n["families"]})
    check(sorted(lines) == families, f"{page.name}: family lines {sorted(lines)}, JSON {families}")
    for f in families:
        check(lines[f] == [n["families"].get(f, 0) for n in nights], f"{page.name}: the {f} line differs from the JSON")
    for section, key in [("rose-previous", "rose_since_previous"), ("rose-30-days", "rose_over_30_days")]:
        rows = driver.execute_script(
            "return Array.from(document.querySelectorAll('#' + arguments[0] + '-table tbody tr')).map(function (r) {"
            "  return [r.getAttribute('data-org'), +r.lastElementChild.textContent.replace(/[^0-9]/g, '')]; });", section)
        want = [[o["id"], o["rise"]] for o in doc["nights"][key]["organizations"]]
        check(rows == want, f"{page.name}: {section} shows {rows}, JSON {want}")
    check(driver.execute_script("return Array.from(document.querySelectorAll('svg.chart')).every(function (s) {"
                                "  return s.getAttribute('aria-label') && s.querySelector('title'); })"),
          f"{page.name}: a chart has no title for screen readers")
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(1400, min(max(height, 800), 5000))
    driver.save_screenshot(str(shot))
    driver.set_window_size(1400, 1000)
    return took


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--kiemtra", required=True)
    ap.add_argument("--dataset", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    out = Path(args.out)
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    k, history = args.kiemtra, out / "history.sqlite"
    run([k, "validate", args.dataset, "--history", history, "--output", out / "night 1.html", "--fail-on", "never", "--quiet"])
    run([k, "history", history, "--output", out / "trend-1.html"])
    one = json.loads(run([k, "history", history, "--format", "json"]))
    check(len(one["nights"]["nights"]) == 1 and one["nights"]["nights"][0]["report"] == str((out / "night 1.html").resolve()),
          f"the run's report path was not recorded: {one['nights']['nights']}")
    grow(history, NIGHTS)
    run([k, "history", history, "--output", out / "trend-1000.html"])
    run([k, "history", history, "--output", out / "trend-1000-en.html", "--lang", "en"])
    many = json.loads(run([k, "history", history, "--output", "-", "--format", "json"]))
    check(len(many["nights"]["nights"]) == NIGHTS, f"{len(many['nights']['nights'])} nights in the JSON, expected {NIGHTS}")
    size = (out / "trend-1000.html").stat().st_size
    check(size < 2_000_000, f"the 1,000-night page is {size} bytes, over 2 MB")
    check(many["nights"]["rose_since_previous"]["organizations"], "the synthetic history should have a rise since the previous run")

    driver = start_browser(out / "chromium-profile")
    try:
        check_page(driver, out / "trend-1.html", one, out / "trend-1.png")
        took = check_page(driver, out / "trend-1000.html", many, out / "trend-1000.png")
        # Under a second on an idle machine; the bound leaves room for a loaded CI runner.
        check(took < 3.0, f"the 1,000-night page took {took:.2f} s to load")
        check_page(driver, out / "trend-1000-en.html", many, out / "trend-1000-en.png")
        check("Validation trend" in driver.execute_script("return document.title"), "--lang en: the page is not in English")
        print(f"trend pages checked: 1 and {NIGHTS} nights, {size} bytes, loaded in {took:.2f} s")
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
