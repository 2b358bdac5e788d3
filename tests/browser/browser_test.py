"""Opens the HTML report in headless Chromium (Debian's chromium + chromium-driver, through Selenium)
and checks it as a reader would: the counts shown equal the JSON report of the same run, the filters
narrow the tree as expected, and nothing from the (hostile) data ran or became markup.

usage: browser_test.py --kiemtra BIN --dataset DIR --out DIR
Fails (never skips) when Chromium or its driver is missing.
"""
import argparse
import shutil
import sys
import time
from collections import Counter
from pathlib import Path

from kiemtra_run import check, fail, load_json_report, search_key, validate

CHROMIUM = ["/usr/bin/chromium", "/usr/lib/chromium/chromium"]
DRIVER = ["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"]

# Installed before any script of the page runs: records dialogs and CSP violations, so that a
# payload that fires (or one the CSP blocked) is seen, and the test never hangs on an alert.
GUARD = """
window.__dialogs = [];
window.__csp = [];
['alert', 'confirm', 'prompt', 'print'].forEach(function (name) {
  window[name] = function (msg) { window.__dialogs.push(name + ':' + msg); return null; };
});
document.addEventListener('securitypolicyviolation', function (e) {
  window.__csp.push(e.violatedDirective + ' ' + (e.blockedURI || '') + ' ' + (e.sample || ''));
});
"""


def first_existing(paths, what):
    for p in paths:
        if Path(p).exists():
            return p
    found = shutil.which(Path(paths[0]).name)
    if found:
        return found
    fail(f"{what} is not installed ({', '.join(paths)}); install the Debian packages chromium and chromium-driver")


def start_browser(profile):
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        fail("python3-selenium is not installed")
    options = webdriver.ChromeOptions()
    options.binary_location = first_existing(CHROMIUM, "Chromium")
    for arg in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-extensions", f"--user-data-dir={profile}", "--window-size=1400,1000"]:
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    service = Service(executable_path=first_existing(DRIVER, "chromedriver"))
    return webdriver.Chrome(service=service, options=options)


def open_report(driver, path):
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": GUARD})
    driver.get(path.resolve().as_uri())
    for _ in range(200):
        if driver.execute_script("return document.documentElement.getAttribute('data-ready')") == "1":
            return
        time.sleep(0.05)
    fail(f"{path}: the page's script never finished (console: {driver.get_log('browser')})")


def text_of(driver, css):
    return driver.execute_script("var e = document.querySelector(arguments[0]); return e ? e.textContent : null", css)


def count(text):
    """A count as the page writes it: "2.774" (vi) or "2,774" (en)."""
    return int(text.replace(".", "").replace(",", ""))


def shown(driver):
    return int(driver.execute_script("return document.getElementById('status').getAttribute('data-shown')"))


def settle(driver):
    time.sleep(0.1)


def expand_all(driver):
    """Opens every closed node, level by level, as a reader clicking ▸ would."""
    for _ in range(50):
        closed = driver.execute_script(
            "var b = document.querySelectorAll('#tree button.toggle[aria-expanded=false]:not([disabled])');"
            "b.forEach(function (x) { x.click(); }); return b.length;")
        if closed == 0:
            return
    fail("the tree kept growing while expanding it")


def rows(driver):
    return driver.execute_script(
        "return Array.from(document.querySelectorAll('#tree table.findings tbody tr')).map(function (r) {"
        "  return r.getAttribute('data-sev'); });")


def check_counts(driver, doc):
    summary = doc["summary"]
    for key in ["error", "warning", "info"]:
        check(count(text_of(driver, f"#sum-{key}")) == summary[key],
              f"summary shows {text_of(driver, f'#sum-{key}')} {key}, the JSON says {summary[key]}")
    check(count(text_of(driver, "#sum-total")) == summary["findings"], "summary total differs from the JSON")
    orgs_with_errors = {f["organization"]["id"] for f in doc["findings"] if f["severity"] == "error"}
    check(count(text_of(driver, "#sum-orgs-with-errors")) == len(orgs_with_errors),
          f"organizations with errors: page {text_of(driver, '#sum-orgs-with-errors')}, JSON {len(orgs_with_errors)}")
    families = Counter(f["rule"].split("/")[0] for f in doc["findings"])
    page_families = driver.execute_script(
        "var out = {}; document.querySelectorAll('#families tbody tr').forEach(function (r) {"
        "  out[r.getAttribute('data-family')] = +r.lastElementChild.textContent.replace(/[.,]/g, ''); }); return out;")
    for family, n in families.items():
        check(page_families.get(family) == n, f"family {family}: page {page_families.get(family)}, JSON {n}")
    check(shown(driver) == summary["findings"], "the tree's status line does not count every finding")
    # Rolled up: the roots' badges together hold every finding.
    badges = driver.execute_script(
        "var out = {error: 0, warning: 0, info: 0};"
        "document.querySelectorAll('#tree > ul > li.node > .head .badge').forEach(function (b) {"
        "  out[b.getAttribute('data-sev')] += +b.querySelector('.n').textContent.replace(/[.,]/g, ''); }); return out;")
    for key in ["error", "warning", "info"]:
        check(badges[key] == summary[key], f"root badges show {badges[key]} {key}, the JSON says {summary[key]}")
    # Each organization's badge: its findings and its descendants' (paths in the JSON tell who is below whom).
    per_org = driver.execute_script(
        "var out = {}; document.querySelectorAll('#tree li.node').forEach(function (li) {"
        "  var id = li.querySelector(':scope > .head > code.id'); if (!id) return;"
        "  var e = li.querySelector(':scope > .head .badge[data-sev=error] .n');"
        "  out[id.textContent] = e ? +e.textContent.replace(/[.,]/g, '') : 0; }); return out;")
    paths = {f["organization"]["id"]: f["organization"]["path"] for f in doc["findings"]}
    for org_id, page_errors in per_org.items():
        if org_id not in paths:
            continue
        path = paths[org_id]
        expected = sum(1 for f in doc["findings"] if f["severity"] == "error" and
                       (f["organization"]["path"] == path or f["organization"]["path"].startswith(path + " › ")))
        check(page_errors == expected, f"{org_id}: page shows {page_errors} errors rolled up, JSON gives {expected}")


def chart_bars(driver, css):
    """Each bar of a chart as the DOM holds it: {key: {series: value}} (read back from the SVG)."""
    return driver.execute_script(
        "var out = {}, svg = document.querySelector(arguments[0]); if (!svg) return null;"
        "svg.querySelectorAll('g.bar').forEach(function (g) { var v = {};"
        "  g.querySelectorAll('rect.seg').forEach(function (r) { v[r.getAttribute('data-series')] = +r.getAttribute('data-value'); });"
        "  v.total = +g.getAttribute('data-total'); out[g.getAttribute('data-key')] = v; }); return out;", css)


def under(doc, path):
    return [f for f in doc["findings"] if f["organization"]["path"] == path or f["organization"]["path"].startswith(path + " › ")]


def check_charts(driver, doc):
    """The summary's charts and the tree's small ones hold the JSON report's numbers."""
    families = chart_bars(driver, "#chart-families")
    check(families is not None, "the report has no chart of findings by family")
    expected = {}
    for f in doc["findings"]:
        c = expected.setdefault(f["rule"].split("/")[0], Counter())
        c[f["severity"]] += 1
    for family, c in expected.items():
        got = families.get(family, {})
        for sev in ["error", "warning", "info"]:
            check(got.get(sev) == c[sev], f"chart by family: {family} {sev} is {got.get(sev)}, the JSON says {c[sev]}")
        check(got.get("total") == sum(c.values()), f"chart by family: {family} total {got.get('total')}")
    # The organizations with most errors of their own: 15 at most, the same counts as the JSON.
    own_errors = Counter(f["organization"]["id"] for f in doc["findings"] if f["severity"] == "error")
    top = chart_bars(driver, "#chart-top")
    check(top is not None and 0 < len(top) <= 15, f"the chart of organizations with most errors has {top and len(top)} bars")
    for org, v in top.items():
        check(v["error"] == own_errors[org], f"chart top: {org} shows {v['error']} errors, the JSON says {own_errors[org]}")
    most = sorted(own_errors.values(), reverse=True)[:len(top)]
    check(sorted((v["error"] for v in top.values()), reverse=True) == most, "chart top: not the organizations with most errors")
    labels = driver.execute_script(
        "return Array.from(document.querySelectorAll('svg.chart')).filter(function (s) {"
        "  return !s.getAttribute('aria-label') || !s.querySelector('title'); }).length")
    check(labels == 0, f"{labels} charts have no title for screen readers")
    # A bar opens its organization in the tree.
    org = driver.execute_script("var a = document.querySelector('#chart-top a[data-node]'); a.dispatchEvent("
                                "new MouseEvent('click', {bubbles: true, cancelable: true})); return a.getAttribute('data-node');")
    settle(driver)
    check(driver.execute_script("var li = document.getElementById('org-' + arguments[0]); return !!li &&"
                                " li.querySelector(':scope > .toggle, :scope > .head > .toggle').getAttribute('aria-expanded') === 'true'", org),
          "clicking a bar of the chart does not open its organization in the tree")
    # Every opened organization's small chart: its subtree by family and severity.
    expand_all(driver)
    minis = driver.execute_script(
        "return Array.from(document.querySelectorAll('#tree li.node > .body > .mini')).map(function (m) {"
        "  var li = m.closest('li.node'), id = li.querySelector(':scope > .head > code.id');"
        "  return [m.getAttribute('data-node'), id ? id.textContent : null]; })")
    check(len(minis) > 0, "no organization opened in the tree has its small chart")
    paths = {f["organization"]["id"]: f["organization"]["path"] for f in doc["findings"]}
    checked = 0
    for node, org_id in minis:
        if org_id not in paths:
            continue
        bars = chart_bars(driver, f"#mini-fam-{node}")
        want = {}
        for f in under(doc, paths[org_id]):
            want.setdefault(f["rule"].split("/")[0], Counter())[f["severity"]] += 1
        check(set(bars) == set(want), f"{org_id}: small chart families {sorted(bars)}, JSON {sorted(want)}")
        for family, c in want.items():
            for sev in ["error", "warning", "info"]:
                check(bars[family].get(sev) == c[sev], f"{org_id}: small chart {family} {sev} is {bars[family].get(sev)}, JSON {c[sev]}")
        checked += 1
    check(checked > 0, "no small chart could be compared with the JSON")


def check_filters(driver, doc):
    from selenium.webdriver.support.ui import Select
    summary = doc["summary"]
    Select(driver.find_element("id", "f-severity")).select_by_value("2")
    settle(driver)
    check(shown(driver) == summary["error"], f"severity=error shows {shown(driver)}, JSON has {summary['error']}")
    expand_all(driver)
    sevs = rows(driver)
    check(len(sevs) == summary["error"] and set(sevs) <= {"error"},
          f"severity=error: table rows {Counter(sevs)}, expected {summary['error']} errors")
    Select(driver.find_element("id", "f-severity")).select_by_value("")
    # The options are the families that ran or have findings, in name order.
    families = sorted({r.split("/")[0] for r in doc["run"]["rules_run"]} | {f["rule"].split("/")[0] for f in doc["findings"]})
    family = sorted({f["rule"].split("/")[0] for f in doc["findings"]})[-1]
    Select(driver.find_element("id", "f-family")).select_by_value(str(families.index(family)))
    settle(driver)
    expected = sum(1 for f in doc["findings"] if f["rule"].startswith(family + "/"))
    check(shown(driver) == expected, f"family={family} shows {shown(driver)}, JSON has {expected}")
    expand_all(driver)
    check(len(rows(driver)) == expected, f"family={family}: {len(rows(driver))} rows, expected {expected}")
    driver.find_element("id", "f-clear").click()
    settle(driver)
    check(shown(driver) == summary["findings"], "clearing the filters does not bring every finding back")


def check_search(driver, doc, query):
    box = driver.find_element("id", "f-text")
    box.clear()
    box.send_keys(query)
    time.sleep(0.6)  # the search waits for typing to pause
    q = search_key(query)
    expected = 0
    for f in doc["findings"]:
        fields = [f["rule"], f["subject"]["id"], f["subject"]["name"], f["message"], f.get("location", ""),
                  f["citation"]["document"], f["citation"]["article"], f["organization"]["id"], f["organization"]["name"]]
        expected += any(q in search_key(x) for x in fields)
    check(shown(driver) == expected, f"search {query!r} shows {shown(driver)}, expected {expected}")
    driver.find_element("id", "f-clear").click()
    settle(driver)


def check_nothing_ran(driver, doc):
    dialogs = driver.execute_script("return window.__dialogs")
    check(dialogs == [], f"a dialog was opened by the data: {dialogs}")
    check(driver.execute_script("return window.__pwned === undefined"), "a payload from the data ran (window.__pwned)")
    csp = driver.execute_script("return window.__csp")
    check(csp == [], f"Content-Security-Policy violations (our own script or style blocked, or an injection): {csp}")
    injected = driver.execute_script(
        "var bad = []; document.querySelectorAll('img, svg:not(.chart):not(.chart-defs), iframe, object, embed, u, b, form, foreignObject').forEach(function (e) {"
        "  bad.push(e.outerHTML.slice(0, 80)); });"
        "document.querySelectorAll('*').forEach(function (e) { for (var a of e.attributes)"
        "  if (/^on/i.test(a.name) || /javascript:/i.test(a.value)) bad.push(e.tagName + ' ' + a.name); });"
        "if (document.scripts.length !== 2) bad.push(document.scripts.length + ' script elements');"
        "document.querySelectorAll('svg a').forEach(function (a) {"
        "  if (!/^#org-[0-9]+$/.test(a.getAttribute('href'))) bad.push('chart link ' + a.getAttribute('href')); });"
        "return bad;")
    check(injected == [], f"elements or attributes from the data became markup: {injected}")
    check(driver.execute_script("return performance.getEntriesByType('resource').length") == 0,
          "the page loaded a resource")
    # And the hostile names are all there, as text.
    text = driver.execute_script("return document.body.innerText")
    names = {f["subject"]["name"] for f in doc["findings"] if f["subject"]["name"]}
    names |= {f["organization"]["name"] for f in doc["findings"]}
    for name in names:
        check(name in text, f"{name!r} is not shown as text")


def closed_toggles(driver):
    return driver.execute_script(
        "return document.querySelectorAll('#tree button.toggle[aria-expanded=false]:not([disabled])').length")


def open_toggles(driver):
    return driver.execute_script("return document.querySelectorAll('#tree button.toggle[aria-expanded=true]').length")


def check_expand_collapse(driver, doc):
    driver.find_element("id", "f-collapse").click()
    settle(driver)
    check(open_toggles(driver) == 0, "'collapse all' left organizations open")
    check(rows(driver) == [], "'collapse all' left findings shown")
    driver.find_element("id", "f-expand").click()
    settle(driver)
    check(closed_toggles(driver) == 0, f"'expand all' left {closed_toggles(driver)} organizations closed")
    check(len(rows(driver)) == doc["summary"]["findings"],
          f"'expand all' shows {len(rows(driver))} findings, the JSON has {doc['summary']['findings']}")


def check_print(driver, doc):
    # From a collapsed tree, as a reader who opened nothing would print it.
    driver.find_element("id", "f-collapse").click()
    settle(driver)
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    settle(driver)
    hidden = driver.execute_script("return getComputedStyle(document.querySelector('.controls')).display")
    printing = driver.execute_script("return document.documentElement.getAttribute('data-printing')")
    printed_rows = len(rows(driver))
    closed = closed_toggles(driver)
    rules_table = driver.execute_script("return getComputedStyle(document.getElementById('rules')).display")
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    settle(driver)
    check(hidden == "none", "the print stylesheet does not hide the filters")
    check(printing == "1", "the page did not enter its print view for print media")
    check(printed_rows == doc["summary"]["findings"],
          f"the printout holds {printed_rows} findings, the JSON has {doc['summary']['findings']}")
    check(closed == 0, f"the printout leaves {closed} organizations closed")
    check(rules_table != "none", "the rules that ran are not printed")
    check(open_toggles(driver) == 0 and rows(driver) == [], "after printing, the tree is not back as it was")
    # Every rule that ran is listed; those without findings as passed.
    results = driver.execute_script(
        "var out = {}; document.querySelectorAll('#rules tbody tr').forEach(function (r) {"
        "  out[r.getAttribute('data-rule')] = r.getAttribute('data-result'); }); return out;")
    found = Counter(f["rule"] for f in doc["findings"])
    for rule in doc["run"]["rules_run"]:
        want = "passed" if found[rule] == 0 else "failed"
        check(results.get(rule) in (want, "broke"), f"rule {rule}: page says {results.get(rule)}, expected {want}")


def check_english(driver, path, doc):
    open_report(driver, path)
    check(driver.execute_script("return document.documentElement.lang") == "en", "--lang en: page not in English")
    check("Summary" in text_of(driver, "#summary h2"), "--lang en: summary heading not in English")
    expand_all(driver)
    check_nothing_ran(driver, doc)
    check("Findings by rule family" in text_of(driver, "#charts"), "--lang en: chart captions not in English")
    check_charts(driver, doc)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--kiemtra", required=True)
    ap.add_argument("--dataset", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    out = Path(args.out)
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    html, js, html_en = out / "report.html", out / "report.json", out / "report-en.html"
    validate(args.kiemtra, args.dataset, [html, js])
    validate(args.kiemtra, args.dataset, [html_en], lang="en")
    doc = load_json_report(js)
    check(doc["summary"]["error"] > 0 and doc["summary"]["warning"] > 0, "the dataset must have errors and warnings")

    driver = start_browser(out / "chromium-profile")
    try:
        open_report(driver, html)
        check_counts(driver, doc)
        check_charts(driver, doc)
        driver.find_element("id", "f-collapse").click()
        check_filters(driver, doc)
        check_search(driver, doc, "onerror")
        check_search(driver, doc, "dang vien")
        expand_all(driver)
        check_nothing_ran(driver, doc)
        check_expand_collapse(driver, doc)
        check_print(driver, doc)
        height = driver.execute_script("return document.documentElement.scrollHeight")
        driver.set_window_size(1400, min(max(height, 1000), 6000))
        driver.execute_script("window.scrollTo(0, 0)")
        driver.save_screenshot(str(out / "report.png"))
        check_english(driver, html_en, doc)
    finally:
        driver.quit()
    print(f"ok: {html} checked in Chromium; screenshot {out / 'report.png'}")


if __name__ == "__main__":
    main()
