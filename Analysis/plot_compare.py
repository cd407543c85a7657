#!/usr/bin/env python3
"""Plot a `harvestsim compare` folder: for each metric in compare.csv, the paired
differences of every variant from the baseline with 95% CI whiskers.

usage: python3 Analysis/plot_compare.py DIR [--out OUT]

Reads DIR/compare.csv (or DIR itself when it is that file); writes OUT/compare_<metric>.png
and .svg (default OUT = DIR/plots) and prints every path. Exit code 2 for a missing or
invalid file. `make_report.py DIR` draws the same plots and adds them to the report."""
import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harvestplots.compare import read_compare, write_compare_plots  # noqa: E402
from harvestplots.data import SweepError  # noqa: E402


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        prog="plot_compare.py",
        description="Paired differences from the baseline (PNG + SVG) from a harvestsim compare folder.")
    parser.add_argument("dir", metavar="DIR", help="compare output folder (compare.csv), or compare.csv itself")
    parser.add_argument("--out", metavar="OUT", help="folder for the plots (default: DIR/plots)")
    args = parser.parse_args(argv)
    source = Path(args.dir)
    try:
        comparison = read_compare(source)
    except SweepError as error:
        print(f"plot_compare.py: error: {error}", file=sys.stderr)
        return 2
    folder = source if source.is_dir() else source.parent
    out = Path(args.out) if args.out else folder / "plots"
    for _, png, svg in write_compare_plots(comparison, out):
        print(png)
        print(svg)
    return 0


if __name__ == "__main__":
    sys.exit(main())
