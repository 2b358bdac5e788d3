"""The period's figures as documents (`kiemtra stats --output figures.html|figures.xlsx`): the page in
headless Chromium and the workbook in openpyxl hold the numbers of `kiemtra stats --format json`, for the
root and each grassroots organization; the workbook's headers are frozen and its filters on; names from a
hostile dataset stay text. Screenshots go to the output folder.

usage: figures_test.py --kiemtra BIN --dataset DIR --hostile DIR --out DIR
"""
import argparse
import json
import re
import shutil
import subprocess
from pathlib import Path

from browser_test import GUARD, start_browser
from kiemtra_run import check, fail

GRASSROOTS = {"chi_bo_co_so", "dang_bo_co_so"}


def run(cmd):
    proc = subprocess.run([str(c) for c in cmd], capture_output=True, text=True)
    check(proc.returncode == 0, f"{' '.join(map(str, cmd))} exited {proc.returncode}: {proc.stderr}")
    return proc.stdout


def number(text):
    """A figure as the page writes it: "2.774", "72,5 %" (vi) or "2,774", "72.5%" (en) -> a float."""
    t = text.replace("%", "").replace("\u00a0", "").strip()
    if "," in t and "." in t:
        t = t.replace(".", "").replace(",", ".") if t.rfind(",") > t.rfind(".") else t.replace(",", "")
    elif "," in t:
        t = t.replace(",", ".") if len(t.split(",")[-1]) != 3 else t.replace(",", "")
    elif "." in t and len(t.split(".")[-1]) == 3:
        t = t.replace(".", "")
    return float(t.strip())


def open_page(driver, path):
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": GUARD})
    driver.get(path.resolve().as_uri())
    check(driver.execute_script("return window.__dialogs.length + window.__csp.length") == 0,
          f"{path.name}: dialogs or CSP violations {driver.execute_script('return [window.__dialogs, window.__csp]')}")
    bad = driver.execute_script(
        "var bad = []; document.querySelectorAll('script, img, svg, iframe, object, embed, b, u, form').forEach("
        "function (e) { bad.push(e.outerHTML.slice(0, 60)); }); return bad;")
    check(bad == [], f"{path.name}: markup from the data or a script: {bad}")
    errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    check(errors == [], f"{path.name}: console errors {errors}")


def check_page(driver, path, doc, shot):
    open_page(driver, path)
    root = driver.execute_script(
        "var out = {}; document.querySelectorAll('#root-figures tbody tr').forEach(function (r) {"
        "  out[r.getAttribute('data-key')] = r.lastElementChild.textContent; }); return out;")
    check(len(root) >= 18, f"{path.name}: the root has {len(root)} figures, the article states 18")
    for key, text in root.items():
        check(key in doc["total"], f"{path.name}: unknown figure {key}")
        check(abs(number(text) - doc["total"][key]) < 0.05, f"{path.name}: {key} shows {text}, the JSON says {doc['total'][key]}")
    rows = driver.execute_script(
        "return Array.from(document.querySelectorAll('#org-figures tbody tr')).map(function (r) { var v = {};"
        "  r.querySelectorAll('td[data-key]').forEach(function (c) { v[c.getAttribute('data-key')] = c.textContent; });"
        "  return [r.getAttribute('data-org'), v]; });")
    orgs = {o["id"]: o for o in doc["organizations"]}
    check(len(rows) == doc["total"]["grassroots_organizations"],
          f"{path.name}: {len(rows)} grassroots rows, the JSON counts {doc['total']['grassroots_organizations']}")
    for org_id, values in rows:
        check(org_id in orgs and orgs[org_id]["kind"] in GRASSROOTS, f"{path.name}: {org_id!r} is not a grassroots organization")
        for key, text in values.items():
            want = orgs[org_id]["figures"][key]
            check(number(text) == want, f"{path.name}: {org_id} {key} shows {text}, the JSON says {want}")
    text = driver.execute_script("return document.body.innerText")
    for o in doc["organizations"]:
        if o["kind"] in GRASSROOTS:
            check(o["name"] in text, f"{path.name}: {o['name']!r} is not shown as text")
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(1400, min(max(height, 800), 5000))
    driver.save_screenshot(str(shot))
    driver.set_window_size(1400, 1000)


def check_workbook(path, doc, page):
    """`page`: the HTML document of the same figures, whose column heads name each column's key in order."""
    try:
        import openpyxl
    except ImportError:
        fail("python3-openpyxl is not installed")
    wb = openpyxl.load_workbook(path)
    check(len(wb.worksheets) == 2, f"{path.name}: sheets {wb.sheetnames}")
    root, orgs = wb.worksheets
    for ws in (root, orgs):
        check(ws.freeze_panes is not None and ws.freeze_panes[-1] == "2", f"{path.name}/{ws.title}: header not frozen ({ws.freeze_panes})")
        check(ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:"), f"{path.name}/{ws.title}: no filter")
    figures = {r[1]: r[2] for r in root.iter_rows(min_row=2, values_only=True) if r[1]}
    check(len(figures) >= 18, f"{path.name}: the root sheet has {len(figures)} figures")
    for key, v in figures.items():
        check(abs(v - doc["total"][key]) < 0.05, f"{path.name}: root {key} is {v}, the JSON says {doc['total'][key]}")
    header = [c.value for c in orgs[1]]
    keys = re.findall(r'<th class="num" data-key="([a-z_]+)">', page.read_text(encoding="utf-8"))
    check(len(keys) >= 18, f"{page.name}: {len(keys)} figure columns")
    by_id = {o["id"]: o for o in doc["organizations"]}
    n = 0
    for r in orgs.iter_rows(min_row=2, values_only=True):
        n += 1
        o = by_id.get(r[0])
        check(o is not None and o["kind"] in GRASSROOTS and r[1] == o["name"], f"{path.name}: row {r[:2]} is not a grassroots organization")
        want = [o["figures"][k] for k in keys]
        check(list(r[4:]) == want, f"{path.name}: {r[0]}'s figures {list(r[4:])}, the JSON says {want}")
    check(n == doc["total"]["grassroots_organizations"], f"{path.name}: {n} organization rows, {doc['total']['grassroots_organizations']} expected")
    check(len(header) == 4 + len(keys), f"{path.name}: {len(header)} columns")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--kiemtra", required=True)
    ap.add_argument("--dataset", required=True)
    ap.add_argument("--hostile", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    out = Path(args.out)
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    k = args.kiemtra
    pages = []
    for name, dataset in [("figures", args.dataset), ("hostile", args.hostile)]:
        doc = json.loads(run([k, "stats", dataset, "--format", "json"]))
        run([k, "stats", dataset, "--output", out / f"{name}.html"])
        run([k, "stats", dataset, "--output", out / f"{name}.xlsx"])
        run([k, "stats", dataset, "--output", out / f"{name}-en.html", "--lang", "en"])
        check_workbook(out / f"{name}.xlsx", doc, out / f"{name}.html")
        pages += [(out / f"{name}.html", doc), (out / f"{name}-en.html", doc)]
    main_doc = pages[0][1]
    check(main_doc["total"]["grassroots_organizations"] == 73 and main_doc["total"]["members"] == 2774,
          "the bundled bloc no longer has the article's 73 grassroots organizations and 2,774 members")
    driver = start_browser(out / "chromium-profile")
    try:
        for page, doc in pages:
            check_page(driver, page, doc, page.with_suffix(".png"))
        check("Figures of the period" in driver.execute_script("return document.title"), "--lang en: not in English")
        check("TCCSĐ" in (out / "figures.html").read_text(encoding="utf-8"), "the Vietnamese page lacks the article's words")
    finally:
        driver.quit()
    print(f"figures documents checked: {', '.join(p.name for p, _ in pages)} and the workbooks")


if __name__ == "__main__":
    main()
