#!/usr/bin/env python3
# Writes examples/khoi-cqt-2019/: the provincial agencies bloc of the seed article, as of 30/09/2019, deterministically.
"""Generate the khoi-cqt-2019 sample dataset.

    python3 tools/khoi_cqt_2019/generate.py [--out DIR]     (default: examples/khoi-cqt-2019)

Same seed, same bytes: the output depends on nothing but this file and vocab.py (Python 3 standard library only,
no hash ordering, no clock). The 18 figures of the article (shared/seeds/README.md) come out of `kiemtra stats`
exactly, and `kiemtra validate` finds exactly the problems listed in PLANTED (written to the README).
"""
import sys

sys.dont_write_bytecode = True  # keep the repository free of __pycache__

import argparse  # noqa: E402
import os  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import model  # noqa: E402
import people  # noqa: E402
import writer  # noqa: E402
import year  # noqa: E402


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default_out = os.path.normpath(os.path.join(here, "..", "..", "examples", "khoi-cqt-2019"))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=default_out, help="output folder (created if missing)")
    args = ap.parse_args()
    bloc = model.Bloc(seed=model.SEED)
    people.populate(bloc)
    bloc.year_plants = year.populate_year(bloc)
    os.makedirs(args.out, exist_ok=True)
    writer.write_all(bloc, args.out)
    print("wrote %d members, %d organizations to %s" % (len(bloc.members), len(bloc.orgs), args.out))


if __name__ == "__main__":
    main()
