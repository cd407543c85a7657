"""A `harvestsim compare` folder's compare.csv: reading it, and plotting each metric's
paired differences from the baseline with 95% CI whiskers."""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

from matplotlib.figure import Figure

from .data import SweepError, read_table
from .plots import FIGSIZE, _finite, _style, safe_name, save_figure
from .values import parse_float

COMPARE_COLUMNS = ("metric", "variant", "n", "mean", "sd", "ci95", "baseline", "diff_mean", "diff_sd",
                   "diff_n", "diff_ci95", "significant")


@dataclass(frozen=True)
class CompareRow:
    """One line of compare.csv; NaN (or None for counts) where the cell is empty."""

    metric: str
    variant: str
    n: int | None
    mean: float
    sd: float
    ci95: float
    baseline: str
    diff_mean: float
    diff_sd: float
    diff_n: int | None
    diff_ci95: float
    significant: bool

    @property
    def is_baseline(self) -> bool:
        return self.variant == self.baseline


@dataclass
class Comparison:
    """compare.csv: the baseline, the variants and metrics in file order, and the rows."""

    baseline: str
    variants: list[str]
    metrics: list[str]
    rows: dict[tuple[str, str], CompareRow] = field(default_factory=dict)

    def row(self, metric: str, variant: str) -> CompareRow:
        return self.rows[(metric, variant)]

    def others(self) -> list[str]:
        """The variants other than the baseline, in file order."""
        return [v for v in self.variants if v != self.baseline]


def _count(text: str) -> int | None:
    value = parse_float(text)
    return None if math.isnan(value) else int(value)


def read_compare(path: Path | str) -> Comparison:
    """compare.csv, or a compare folder holding it."""
    path, lines = read_table(path, "compare.csv", COMPARE_COLUMNS, "no rows")
    baselines = {line["baseline"] for line in lines}
    if len(baselines) != 1:
        raise SweepError(f"{path}: expected one baseline, found {', '.join(sorted(baselines))}")
    comparison = Comparison(baselines.pop(), [], [])
    for line in lines:
        row = CompareRow(
            line["metric"], line["variant"], _count(line["n"]), parse_float(line["mean"]), parse_float(line["sd"]),
            parse_float(line["ci95"]), line["baseline"], parse_float(line["diff_mean"]),
            parse_float(line["diff_sd"]), _count(line["diff_n"]), parse_float(line["diff_ci95"]),
            line["significant"] == "true")
        if row.metric not in comparison.metrics:
            comparison.metrics.append(row.metric)
        if row.variant not in comparison.variants:
            comparison.variants.append(row.variant)
        comparison.rows[(row.metric, row.variant)] = row
    return comparison


def plot_compare(comparison: Comparison, metric: str) -> Figure:
    """The paired differences (variant − baseline) of `metric`, one marker per variant
    other than the baseline (in file order), with whiskers of ± diff_ci95 and a line at 0.
    Significant differences (95% CI excludes 0) are filled markers with `*`; the others are
    hollow. A variant with no defined difference is marked `n/a`.
    Artist gids: `diff` (hollow markers), `diff-significant` (filled markers), `ci95` (whiskers), `zero`."""
    if metric not in comparison.metrics:
        raise KeyError(f"unknown metric {metric!r}; known: {', '.join(comparison.metrics)}")
    variants = comparison.others()
    rows = [comparison.row(metric, v) for v in variants]
    width = min(20.0, max(FIGSIZE[0], 1.2 * len(variants)))
    with _style():
        fig = Figure(figsize=(width, FIGSIZE[1]), layout="constrained")
        ax = fig.add_subplot()
        xs = list(range(len(variants)))
        ax.axhline(0.0, color="grey", linewidth=1, gid="zero")
        defined = [(x, r) for x, r in zip(xs, rows) if _finite(r.diff_mean)]
        plain = [(x, r) for x, r in defined if not r.significant]
        if plain:
            ax.plot([x for x, _ in plain], [r.diff_mean for _, r in plain], linestyle="none", marker="o",
                    markerfacecolor="white", color="tab:blue", gid="diff", label="95% CI includes 0")
        significant = [(x, r) for x, r in defined if r.significant]
        if significant:
            ax.plot([x for x, _ in significant], [r.diff_mean for _, r in significant], linestyle="none",
                    marker="o", color="tab:red", gid="diff-significant", label="95% CI excludes 0")
        whiskers = [(x, r) for x, r in defined if _finite(r.diff_ci95)]
        if whiskers:
            container = ax.errorbar([x for x, _ in whiskers], [r.diff_mean for _, r in whiskers],
                                    yerr=[r.diff_ci95 for _, r in whiskers], fmt="none", ecolor="black",
                                    capsize=4)
            for collection in container.lines[2]:
                collection.set_gid("ci95")
        for x, row in zip(xs, rows):
            if not _finite(row.diff_mean):
                ax.annotate("n/a", (x, 0), ha="center", va="bottom", fontsize="small")
            elif row.significant:
                top = row.diff_mean + (row.diff_ci95 if _finite(row.diff_ci95) else 0.0)
                ax.annotate("*", (x, top), ha="center", va="bottom", fontsize="large")
        ax.set_xticks(xs, variants)
        if len(variants) > 6 or max((len(v) for v in variants), default=0) > 14:
            for label in ax.get_xticklabels():
                label.set_rotation(30)
                label.set_horizontalalignment("right")
        ax.set_xlim(-0.6, len(variants) - 0.4)
        ax.set_xlabel("variant")
        ax.set_ylabel(f"{metric}: variant − {comparison.baseline}")
        ax.set_title(f"{metric}: paired difference from {comparison.baseline} (± 95% CI)")
        if defined:
            ax.legend(fontsize="small", loc="best")
        ax.grid(True, axis="y", alpha=0.3)
    return fig


def compare_stem(metric: str) -> str:
    """The file stem of a metric's comparison plot: `compare_<metric>`."""
    return f"compare_{safe_name(metric)}"


def write_compare_plots(comparison: Comparison, out_dir: Path | str) -> list[tuple[str, Path, Path]]:
    """One PNG + SVG per metric, `compare_<metric>`; returns (metric, png, svg) in metric order."""
    written = []
    for metric in comparison.metrics:
        png, svg = save_figure(plot_compare(comparison, metric), out_dir, compare_stem(metric))
        written.append((metric, png, svg))
    return written


__all__ = ["COMPARE_COLUMNS", "CompareRow", "Comparison", "compare_stem", "plot_compare", "read_compare",
           "write_compare_plots"]
