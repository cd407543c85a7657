#!/usr/bin/env python3
"""Plot one HarvestSim run's time series: hosts up, WNs usable, busy slots and queue
length against time in days.

usage: python3 Analysis/plot_run.py RUN_DIR [--out OUT]

Reads RUN_DIR/timeseries.csv; writes OUT/timeseries.png and OUT/timeseries.svg (default
OUT = RUN_DIR/plots) and prints both paths. Exit code 2 for a missing or invalid folder."""
import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harvestplots.data import SweepError  # noqa: E402
from harvestplots.plots import plot_timeseries, save_figure  # noqa: E402


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="plot_run.py",
                                     description="Plot one HarvestSim run's timeseries.csv (PNG + SVG).")
    parser.add_argument("run_dir", metavar="RUN_DIR", help="run folder holding timeseries.csv")
    parser.add_argument("--out", metavar="OUT", help="folder for the plots (default: RUN_DIR/plots)")
    args = parser.parse_args(argv)
    run_dir = Path(args.run_dir)
    try:
        if not run_dir.is_dir():
            raise SweepError(f"{run_dir}: not a folder")
        fig = plot_timeseries(run_dir)
    except SweepError as error:
        print(f"plot_run.py: error: {error}", file=sys.stderr)
        return 2
    out = Path(args.out) if args.out else run_dir / "plots"
    for path in save_figure(fig, out, "timeseries"):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
