"""Checks the machine and spreadsheet formats of one kiemtra run with independent readers, against the
JSON report of the same run: SARIF against the SARIF 2.1.0 JSON schema (python3-jsonschema), the
workbook with openpyxl, JUnit with ElementTree, CSV with the csv module, JSON Lines line by line.

usage: check_outputs.py --kiemtra BIN --dataset DIR --schema FILE --out DIR
"""
import argparse
import datetime
import csv
import json
import shutil
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

from kiemtra_run import check, fail, load_json_report, validate


def check_sarif(path, schema_path, doc):
    try:
        import jsonschema
    except ImportError:
        fail("python3-jsonschema is not installed")
    sarif = json.loads(path.read_text(encoding="utf-8"))
    schema = json.loads(Path(schema_path).read_text(encoding="utf-8"))
    validator = jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker())
    errors = sorted(validator.iter_errors(sarif), key=lambda e: list(e.path))
    check(not errors, f"{path} does not validate against SARIF 2.1.0: " +
          "; ".join(f"{'/'.join(map(str, e.path))}: {e.message}" for e in errors[:5]))
    check(sarif["version"] == "2.1.0" and len(sarif["runs"]) == 1, "SARIF: one run of version 2.1.0")
    run = sarif["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    ids = [r["id"] for r in rules]
    check(set(doc["run"]["rules_run"]) <= set(ids), "SARIF: a rule that ran is missing from tool.driver.rules")
    for r in rules:
        check(r.get("help", {}).get("text") and r.get("shortDescription", {}).get("text"), f"SARIF: {r['id']} lacks help")
    results = run["results"]
    check(len(results) == len(doc["findings"]), f"SARIF: {len(results)} results for {len(doc['findings'])} findings")
    levels = {"error": "error", "warning": "warning", "info": "note"}
    fingerprints = set()
    for res, f in zip(results, doc["findings"]):
        check(res["ruleId"] == f["rule"] and ids[res["ruleIndex"]] == f["rule"], "SARIF: ruleId/ruleIndex mismatch")
        check(res["level"] == levels[f["severity"]], "SARIF: wrong level")
        check(res["message"]["text"] == f["message"], "SARIF: message differs from the JSON report")
        logical = res["locations"][0]["logicalLocations"]
        check(logical[0]["fullyQualifiedName"] == f["organization"]["path"], "SARIF: organization location != path")
        check(logical[-1]["kind"] == f["subject"]["kind"], "SARIF: no logical location for the subject")
        org_index = logical[0]["index"]
        check(run["logicalLocations"][org_index]["properties"]["id"] == f["organization"]["id"],
              "SARIF: the organization's logical location index points elsewhere")
        fingerprints.add(res["partialFingerprints"]["kiemtraFinding/v1"])
    check(len(fingerprints) == len(results), "SARIF: partialFingerprints are not unique within the run")


def check_junit(path, doc):
    root = ET.parse(path).getroot()
    check(root.tag == "testsuites", "JUnit: root is not <testsuites>")
    families = {r.split("/")[0] for r in doc["run"]["rules_run"]}
    suites = {s.get("name"): s for s in root.findall("testsuite")}
    check(families <= set(suites), f"JUnit: suites {sorted(suites)} miss families {sorted(families)}")
    failed = Counter()
    for name, suite in suites.items():
        cases = suite.findall("testcase")
        check(int(suite.get("tests")) == len(cases), f"JUnit: {name} tests= does not count its testcases")
        check(int(suite.get("failures")) == sum(1 for c in cases if c.find("failure") is not None),
              f"JUnit: {name} failures= is wrong")
        for case in cases:
            fl = case.find("failure")
            if fl is not None:
                failed[case.get("classname")] += len(fl.text.strip().splitlines())
    check(failed == Counter(f["rule"] for f in doc["findings"]), "JUnit: failures do not carry every finding once")
    passing = {c.get("classname") for s in suites.values() for c in s.findall("testcase") if len(c) == 0}
    for rule in doc["run"]["rules_run"]:
        check((rule in passing) != (rule in failed), f"JUnit: {rule} must pass once or fail, not both or neither")


def check_csv(path, doc):
    raw = path.read_bytes()
    check(raw.startswith(b"\xef\xbb\xbf"), "CSV: no UTF-8 BOM")
    rows = list(csv.DictReader(raw[3:].decode("utf-8").splitlines(keepends=True)))
    check(len(rows) == len(doc["findings"]), f"CSV: {len(rows)} rows for {len(doc['findings'])} findings")
    for row, f in zip(rows, doc["findings"]):
        name = f["subject"]["name"]
        if name and name[0] in "=+-@":  # ("" is "in" every string: an empty name stays empty)
            name = "'" + name  # kept from running as a formula in Excel
        check(row["organization_id"] == f["organization"]["id"] and row["rule"] == f["rule"] and
              row["severity"] == f["severity"] and row["subject_name"] == name and row["message"] == f["message"],
              f"CSV row differs from the JSON report: {row}")


def check_jsonl(path, doc):
    lines = path.read_text(encoding="utf-8").splitlines()
    check(len(lines) == len(doc["findings"]), "JSON Lines: one line per finding")
    for line, f in zip(lines, doc["findings"]):
        obj = json.loads(line)
        check(len(obj["fingerprint"]) == 32, "JSON Lines: fingerprint missing")
        obj["subject"].setdefault("name", "")
        expected = {k: v for k, v in f.items() if k != "organization"}
        check(obj == expected, "JSON Lines: a line differs from the JSON report's finding")


def check_xlsx(path, doc, lang):
    try:
        import openpyxl
    except ImportError:
        fail("python3-openpyxl is not installed")
    wb = openpyxl.load_workbook(path, read_only=False)
    names = wb.sheetnames
    expected = (["Tóm tắt", "Phát hiện", "Theo tổ chức", "Quy tắc đã chạy"] if lang == "vi"
                else ["Summary", "Findings", "By organization", "Rules run"])
    check(names == expected, f"xlsx: sheets {names}, expected {expected}")
    findings = wb[names[1]]
    check(findings.freeze_panes == "A2", f"xlsx: findings header not frozen ({findings.freeze_panes})")
    check(findings.auto_filter.ref == f"A1:M{len(doc['findings']) + 1}", f"xlsx: autofilter {findings.auto_filter.ref}")
    rows = list(findings.iter_rows(min_row=2, values_only=True))
    check(len(rows) == len(doc["findings"]), f"xlsx: {len(rows)} finding rows for {len(doc['findings'])}")
    for row, f in zip(rows, doc["findings"]):
        check(row[0] == f["organization"]["path"] and row[1] == f["organization"]["id"] and row[2] == f["rule"]
              and row[7] == f["message"], f"xlsx: row differs from the JSON report: {row}")
        check((row[6] or "") == f["subject"]["name"], f"xlsx: subject name changed: {row[6]!r}")
    summary = {r[0]: r[1] for r in wb[names[0]].iter_rows(values_only=True) if r and r[0]}
    total_label = "Tổng cộng" if lang == "vi" else "Total"
    check(summary.get(total_label) == doc["summary"]["findings"], f"xlsx: summary total {summary.get(total_label)}")
    # Real numbers and dates, not text: a committee's spreadsheet sums and sorts them.
    as_of = summary.get("Ngày tham chiếu" if lang == "vi" else "As of")
    check(isinstance(as_of, datetime.datetime) and as_of.date().isoformat() == doc["run"]["as_of"],
          f"xlsx: the as-of date is {as_of!r}, not the date {doc['run']['as_of']}")
    members = summary.get("Số đảng viên" if lang == "vi" else "Members")
    check(isinstance(members, int) and not isinstance(members, bool), f"xlsx: the member count is {members!r}, not a number")
    # Printed for a meeting: landscape, one page wide, the header row repeated on every page.
    for ws in wb.worksheets:
        check(ws.page_setup.orientation == "landscape", f"xlsx: {ws.title} does not print landscape")
        check(ws.sheet_properties.pageSetUpPr is not None and ws.sheet_properties.pageSetUpPr.fitToPage
              and ws.page_setup.fitToWidth in (None, 1) and ws.page_setup.fitToHeight == 0,  # absent: 1
              f"xlsx: {ws.title} is not fitted to the page width")
        if ws.title != names[0]:
            check(ws.print_title_rows in ("1:1", "$1:$1"), f"xlsx: {ws.title} repeats rows {ws.print_title_rows!r}, not its header")
    # Every rule that ran, passed when it found nothing.
    found = Counter(f["rule"] for f in doc["findings"])
    rules = {r[0]: r for r in wb[names[-1]].iter_rows(min_row=2, values_only=True)}
    check(set(doc["run"]["rules_run"]) <= set(rules), "xlsx: a rule that ran is missing from the rules sheet")
    passed = "đạt" if lang == "vi" else "passed"
    for rule in doc["run"]["rules_run"]:
        row = rules[rule]
        check((row[3] == passed) == (found[rule] == 0), f"xlsx: {rule} is '{row[3]}' with {found[rule]} findings")
        check(sum(row[4:7]) == found[rule], f"xlsx: {rule} counts {row[4:7]}, JSON {found[rule]}")
    by_org = wb[names[2]]
    check(by_org.freeze_panes == "A2", "xlsx: organization sheet header not frozen")
    own_errors = {r[1]: r[3] for r in by_org.iter_rows(min_row=2, values_only=True)}
    for org, n in Counter(f["organization"]["id"] for f in doc["findings"] if f["severity"] == "error").items():
        check(own_errors.get(org) == n, f"xlsx: {org} has {own_errors.get(org)} errors in the sheet, JSON {n}")


def run_all(kiemtra, dataset, schema, out, lang):
    out.mkdir(parents=True, exist_ok=True)
    files = {k: out / f"findings.{k}" for k in ["json", "sarif", "xlsx", "csv", "jsonl"]}
    files["junit"] = out / "junit.xml"
    files["html"] = out / "report.html"
    validate(kiemtra, dataset, list(files.values()), lang=lang)
    doc = load_json_report(files["json"])
    check(len(doc["findings"]) > 0, f"{dataset} must have findings for this test to mean anything")
    check_sarif(files["sarif"], schema, doc)
    check_junit(files["junit"], doc)
    check_csv(files["csv"], doc)
    check_jsonl(files["jsonl"], doc)
    check_xlsx(files["xlsx"], doc, lang)
    check(files["html"].read_text(encoding="utf-8").startswith("<!DOCTYPE html>"), "HTML report not written")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--kiemtra", required=True)
    ap.add_argument("--dataset", action="append", required=True)
    ap.add_argument("--schema", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    out = Path(args.out)
    shutil.rmtree(out, ignore_errors=True)
    for i, dataset in enumerate(args.dataset):
        for lang in ["vi", "en"]:
            run_all(args.kiemtra, dataset, args.schema, out / f"{i}-{lang}", lang)
    print(f"ok: SARIF, JUnit, CSV, JSON Lines and xlsx agree with the JSON report for {len(args.dataset)} datasets")


if __name__ == "__main__":
    main()
