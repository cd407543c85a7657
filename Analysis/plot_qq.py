#!/usr/bin/env python3
"""Draw the quantile-quantile plots that `harvestsim trace-stats --qq FILE` writes.

usage: python3 Analysis/plot_qq.py QQ_CSV [--out OUT]

QQ_CSV has the columns sample,law,probability,observed_s,fitted_s: for each sample (up,
down, session) and each law fitted to it, the sample's quantile and the law's quantile at
the same probability. One panel per sample, one series per law, and the line y = x where a
perfect fit would lie; both axes span the observed quantiles. Durations are shown in hours when the largest reaches 2 h, in minutes
when it reaches 2 min, else in seconds; both axes are logarithmic when the values span more
than three decades. Writes OUT/qq.png and OUT/qq.svg (default OUT: the CSV's folder) and
prints both paths. Exit code 2 for a missing or malformed file."""
import argparse
import csv
import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import matplotlib  # noqa: E402

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

from harvestplots.axes import plain_ticks  # noqa: E402
from harvestplots.plots import save_figure  # noqa: E402

COLUMNS = ["sample", "law", "probability", "observed_s", "fitted_s"]
SAMPLE_TITLES = {"up": "Up durations", "down": "Down durations", "session": "Session lengths"}


class QQError(Exception):
    """A QQ file that cannot be drawn: missing, wrong header, or a bad value (with its line)."""


def read_qq(path):
    """{sample: {law: [(observed_s, fitted_s), ...]}}, samples and laws in file order."""
    path = Path(path)
    if not path.is_file():
        raise QQError(f"{path}: no such file")
    with path.open(newline="", encoding="utf-8") as handle:
        rows = csv.reader(handle)
        header = next(rows, None)
        if header != COLUMNS:
            raise QQError(f"{path}:1: expected the header {','.join(COLUMNS)}, got {','.join(header or [])}")
        samples = {}
        for line, row in enumerate(rows, start=2):
            if len(row) != len(COLUMNS):
                raise QQError(f"{path}:{line}: expected {len(COLUMNS)} columns, got {len(row)}")
            try:
                observed, fitted = float(row[3]), float(row[4])
            except ValueError:
                raise QQError(f"{path}:{line}: observed_s and fitted_s must be numbers") from None
            samples.setdefault(row[0], {}).setdefault(row[1], []).append((observed, fitted))
    if not samples:
        raise QQError(f"{path}: no points")
    return samples


def duration_unit(largest_seconds):
    """(label, seconds per unit) for durations up to `largest_seconds`: h from 2 h, min from 2 min."""
    if largest_seconds >= 7200:
        return "h", 3600.0
    if largest_seconds >= 120:
        return "min", 60.0
    return "s", 1.0


def wants_log(values):
    """True when the positive values span more than three decades."""
    positive = [v for v in values if v > 0 and math.isfinite(v)]
    return len(positive) >= 2 and max(positive) / min(positive) > 1000


def plot_qq(samples):
    """The figure: one panel per sample, one series per law, and y = x."""
    fig, axes = plt.subplots(1, len(samples), figsize=(5.2 * len(samples), 4.8), squeeze=False)
    for ax, (sample, laws) in zip(axes[0], samples.items()):
        values = [v for points in laws.values() for pair in points for v in pair if math.isfinite(v)]
        unit, size = duration_unit(max(values, default=0))
        log = wants_log(values)
        for law, points in laws.items():
            xs = [o / size for o, f in points if math.isfinite(f) and (not log or (o > 0 and f > 0))]
            ys = [f / size for o, f in points if math.isfinite(f) and (not log or (o > 0 and f > 0))]
            ax.plot(xs, ys, marker=".", linestyle="none", markersize=3, label=law)
        # Both axes span the observed quantiles (a fitted law's far tail may leave the frame).
        observed = [o / size for points in laws.values() for o, _ in points if math.isfinite(o) and (not log or o > 0)]
        low, high = min(observed, default=0), max(observed, default=1)
        ax.plot([low, high], [low, high], color="black", linewidth=0.8, label="y = x")
        if log:
            ax.set_xscale("log")
            ax.set_yscale("log")
            limits = (low / 3, high * 3)
        else:
            margin = 0.05 * (high - low) or 1
            limits = (low - margin, high + margin)
        ax.set_xlim(*limits)
        ax.set_ylim(*limits)
        if not log:
            plain_ticks(ax.xaxis)
            plain_ticks(ax.yaxis)
        ax.set_xlabel(f"Observed quantile ({unit})")
        ax.set_ylabel(f"Fitted quantile ({unit})")
        ax.set_title(SAMPLE_TITLES.get(sample, sample))
        ax.legend(fontsize="small")
    fig.tight_layout()
    return fig


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="plot_qq.py", description="Draw trace-stats --qq output (PNG + SVG).")
    parser.add_argument("qq_csv", metavar="QQ_CSV", help="the CSV written by harvestsim trace-stats --qq")
    parser.add_argument("--out", metavar="OUT", help="folder for qq.png and qq.svg (default: the CSV's folder)")
    args = parser.parse_args(argv)
    try:
        samples = read_qq(args.qq_csv)
    except QQError as error:
        print(f"plot_qq.py: error: {error}", file=sys.stderr)
        return 2
    fig = plot_qq(samples)
    out = Path(args.out) if args.out else Path(args.qq_csv).resolve().parent
    for path in save_figure(fig, out, "qq"):
        print(path)
    plt.close(fig)
    return 0


if __name__ == "__main__":
    sys.exit(main())
