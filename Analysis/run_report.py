#!/usr/bin/env python3
"""Summarise one harvestsim run folder: summary.csv as a table, plus time averages
from timeseries.csv. Standard library only."""
import csv
import sys
from pathlib import Path


def main(argv):
    if len(argv) != 2:
        print("usage: run_report.py RUN_DIR", file=sys.stderr)
        return 2
    folder = Path(argv[1])
    with open(folder / "summary.csv", newline="") as handle:
        row = next(csv.DictReader(handle))
    width = max(len(key) for key in row)
    for key, value in row.items():
        print(f"{key:<{width}}  {value if value else 'n/a'}")
    series = folder / "timeseries.csv"
    if series.exists():
        with open(series, newline="") as handle:
            samples = list(csv.DictReader(handle))
        if samples:
            print()
            print(f"time averages over {len(samples)} samples:")
            for column in ("hosts_up", "wns_usable", "busy_slots", "queue_length"):
                mean = sum(float(s[column]) for s in samples) / len(samples)
                print(f"  {column:<13} {mean:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
