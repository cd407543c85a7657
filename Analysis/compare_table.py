#!/usr/bin/env python3
"""Print a `harvestsim compare` folder's compare.csv as one Markdown table: a row per
variant, a column per metric, the mean and (for the other variants) the paired difference
from the baseline, `*` where its 95% CI excludes 0.

usage: python3 Analysis/compare_table.py DIR [--out FILE]

Exit code 2 for a missing or invalid file."""
import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harvestplots.compare import read_compare  # noqa: E402
from harvestplots.compare_table import compare_table  # noqa: E402
from harvestplots.data import SweepError  # noqa: E402


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="compare_table.py",
                                     description="compare.csv as one Markdown table of means and paired differences.")
    parser.add_argument("dir", metavar="DIR", help="compare output folder (compare.csv), or compare.csv itself")
    parser.add_argument("--out", metavar="FILE", help="write the table here instead of printing it")
    args = parser.parse_args(argv)
    try:
        table = compare_table(read_compare(Path(args.dir)))
    except SweepError as error:
        print(f"compare_table.py: error: {error}", file=sys.stderr)
        return 2
    if args.out:
        Path(args.out).write_text(table)
    else:
        sys.stdout.write(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
