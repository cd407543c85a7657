#!/usr/bin/env python3
"""Turn a HarvestSim sweep folder into plots (PNG + SVG) and a Markdown report.

usage: python3 Analysis/make_report.py DIR [--out OUT] [--report REPORT] [--max-timeseries N]

Reads DIR/sweep.json and DIR/points.csv (and DIR/runs.csv, DIR/runs/*/timeseries.csv when
present); writes the plots into OUT (default DIR/plots) and the report into REPORT (default
DIR/report.md), then prints every path it wrote. Exit code 2 for a missing or invalid folder."""
import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harvestplots.data import SweepError  # noqa: E402
from harvestplots.report import make_report  # noqa: E402


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        prog="make_report.py",
        description="Plots (PNG + SVG) and a Markdown report from a HarvestSim sweep folder.")
    parser.add_argument("dir", metavar="DIR", help="sweep output folder (sweep.json, points.csv, runs.csv)")
    parser.add_argument("--out", metavar="OUT", help="folder for the plots (default: DIR/plots)")
    parser.add_argument("--report", metavar="REPORT", help="Markdown report path (default: DIR/report.md)")
    parser.add_argument("--max-timeseries", metavar="N", type=int, default=10,
                        help="plot at most N run time series from DIR/runs/ (default 10; -1: all; 0: none)")
    args = parser.parse_args(argv)
    try:
        result = make_report(args.dir, args.out, args.report, args.max_timeseries)
    except SweepError as error:
        print(f"make_report.py: error: {error}", file=sys.stderr)
        print(f"make_report.py: DIR must be a sweep output folder with sweep.json and points.csv",
              file=sys.stderr)
        return 2
    for path in result.written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
