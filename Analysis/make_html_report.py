#!/usr/bin/env python3
"""Write one self-contained HTML report of a HarvestSim output folder: a run (`harvestsim run`:
summary.csv, timeseries.csv, jobs.csv), a sweep (`harvestsim sweep`: sweep.json, points.csv,
runs.csv) or a comparison (`harvestsim compare`: compare.csv, and ranking.csv, pareto.csv and
recommendation.md when present). The plots are embedded; nothing is fetched from a network.

usage: python3 Analysis/make_html_report.py DIR [--kind run|sweep|compare] [--out FILE]

The kind is detected from the files (compare.csv, else sweep.json, else summary.csv) unless given.
Writes FILE (default DIR/report.html) and prints its path. Exit code 2, with a message, for a
missing or invalid folder."""
import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harvestplots.catalogue import CatalogueError  # noqa: E402
from harvestplots.data import SweepError  # noqa: E402
from harvestplots.htmlreport import KINDS, write_html_report  # noqa: E402


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        prog="make_html_report.py",
        description="One self-contained HTML report (plots embedded) of a HarvestSim run, sweep or compare folder.",
        epilog="example: python3 Analysis/make_html_report.py docs/results/batch-systems --out /tmp/report.html")
    parser.add_argument("dir", metavar="DIR", help="a run, sweep or compare output folder")
    parser.add_argument("--kind", choices=KINDS, help="the kind of folder (default: detected from its files)")
    parser.add_argument("--out", metavar="FILE", help="the HTML file to write (default: DIR/report.html)")
    args = parser.parse_args(argv)
    try:
        path = write_html_report(Path(args.dir), args.out, args.kind)
    except (SweepError, CatalogueError) as error:
        print(f"make_html_report.py: error: {error}", file=sys.stderr)
        return 2
    print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
