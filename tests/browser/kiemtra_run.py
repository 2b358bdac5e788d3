"""Runs the built kiemtra for the report tests and reads what it wrote (shared by the scripts here)."""
import json
import subprocess
import sys
import unicodedata
from pathlib import Path


def fail(message):
    print("FAIL: " + message, file=sys.stderr)
    sys.exit(1)


def check(condition, message):
    if not condition:
        fail(message)


def validate(kiemtra, dataset, outputs, lang="vi"):
    """kiemtra validate DATASET --output X ... --fail-on never; every output must exist afterwards."""
    cmd = [str(kiemtra), "validate", str(dataset), "--lang", lang, "--fail-on", "never"]
    for out in outputs:
        cmd += ["--output", str(out)]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    check(proc.returncode == 0, f"{' '.join(cmd)} exited {proc.returncode}: {proc.stderr}")
    for out in outputs:
        check(Path(out).is_file() and Path(out).stat().st_size > 0, f"{out} was not written")


def load_json_report(path):
    """The JSON report with each finding's citation and organization (id, name, kind, path) resolved from the
    report's tables, as a reader of kiemtra.findings/2 does; the organization is added as "organization"."""
    doc = json.loads(Path(path).read_text(encoding="utf-8"))
    check(doc["schema"] == "kiemtra.findings/2", f"unexpected schema {doc['schema']}")
    orgs = {o["id"]: o for o in doc["organizations"]}
    paths = {}
    for o in doc["organizations"]:  # parents come first
        parent = paths.get(o["parent"]) if o["parent"] is not None else None
        paths[o["id"]] = o["name"] if parent is None else parent + " › " + o["name"]
    for f in doc["findings"]:
        f["subject"].setdefault("name", "")  # absent when the subject has no name
        f["citation"] = doc["citations"][f["citation"]]
        o = orgs.get(f["org"])
        f["organization"] = None if o is None else {"id": o["id"], "name": o["name"], "kind": o["kind"],
                                                    "path": paths[o["id"]]}
    return doc


def search_key(text):
    """What the page's search compares: no diacritics, đ as d, lowercase (as norm() in the page's script)."""
    s = unicodedata.normalize("NFD", text)
    s = "".join(c for c in s if not ("\u0300" <= c <= "\u036f"))
    return s.replace("đ", "d").replace("Đ", "d").lower()
