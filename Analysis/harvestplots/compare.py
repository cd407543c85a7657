"""A `harvestsim compare` folder's compare.csv: reading it, and plotting each metric's
paired differences from the baseline with 95% CI whiskers."""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

from matplotlib.figure import Figure

from matplotlib.lines import Line2D
from matplotlib.ticker import MaxNLocator

from .axes import MetricAxis, metric_axis, style_value_axis
from .catalogue import metric
from .data import SweepError, read_table
from .plots import _finite, _style, category_height, safe_name, save_figure
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


SIGNIFICANT_BETTER = "tab:green"
SIGNIFICANT_WORSE = "tab:red"
SIGNIFICANT_NEUTRAL = "tab:purple"   # significant, but the metric has no better direction


def difference_colour(metric_name: str, row: CompareRow) -> str | None:
    """The colour of a significant difference: green when the variant is better than the baseline,
    red when worse, purple for a metric with no better direction; None when compare.csv's
    `significant` is false (drawn hollow)."""
    if not row.significant or not _finite(row.diff_mean):
        return None
    entry = metric(metric_name)
    if not entry.has_direction or row.diff_mean == 0:
        return SIGNIFICANT_NEUTRAL
    return SIGNIFICANT_BETTER if entry.is_better(row.diff_mean, 0.0) else SIGNIFICANT_WORSE


DIFF_TICKS = 5


def difference_label(baseline: str, unit: str) -> str:
    """The difference axis's label: `difference from <baseline> (<unit>)`; the metric's name is
    in the figure's title, so the label stays short enough for the panel."""
    return f"difference from {baseline}" + (f" ({unit})" if unit else "")


def plot_compare(comparison: Comparison, metric: str) -> Figure:
    """One metric of a comparison in two panels that share the variant axis (one row per variant,
    file order, baseline first when it is first in the file):

    - left, each variant's mean ± ci95, on a log scale when the means span more than two decades,
      with a dashed line at the baseline's mean;
    - right, its paired difference from the baseline ± diff_ci95, with a line at 0. A difference
      compare.csv marks `significant` is filled (green when better, red when worse, purple when the
      metric has no better direction) and starred; the others are hollow. `n/a` marks a variant
      without a difference.

    Values are in the catalogue's display unit (hours or days for long times, % for fractions).
    Artist gids: `mean`, `mean-ci95`, `baseline-mean`, `diff` (hollow markers), `diff-significant`
    (filled markers), `ci95` (difference whiskers), `zero`."""
    if metric not in comparison.metrics:
        raise KeyError(f"unknown metric {metric!r}; known: {', '.join(comparison.metrics)}")
    variants = list(comparison.variants)
    rows = [comparison.rows.get((metric, v)) for v in variants]
    present = [(i, r) for i, r in enumerate(rows) if r is not None]
    axis = metric_axis(metric, [r.mean for _, r in present])
    diff_axis = MetricAxis(axis.metric, axis.scale, False)
    means = {i: axis.scale.apply(r.mean) for i, r in present}
    cis = {i: axis.scale.apply(r.ci95) for i, r in present}
    diffs = {i: axis.scale.apply(r.diff_mean) for i, r in present if not r.is_baseline}
    diff_cis = {i: axis.scale.apply(r.diff_ci95) for i, r in present if not r.is_baseline}
    with _style():
        fig = Figure(figsize=(11.0, category_height(len(variants), 3.5)), layout="constrained")
        left, right = fig.subplots(1, 2, sharey=True, width_ratios=[1, 1])
        ys = list(range(len(variants)))
        defined = [i for i in means if _finite(means[i])]
        left.plot([means[i] for i in defined], defined, linestyle="none", marker="o", color="tab:blue", gid="mean")
        whiskers = [i for i in defined if _finite(cis[i])]
        if whiskers:
            container = left.errorbar([means[i] for i in whiskers], whiskers, xerr=[cis[i] for i in whiskers],
                                      fmt="none", ecolor="black", capsize=3)
            for collection in container.lines[2]:
                collection.set_gid("mean-ci95")
        base = comparison.rows.get((metric, comparison.baseline))
        if base is not None and _finite(base.mean) and (not axis.log or base.mean > 0):
            left.axvline(axis.scale.apply(base.mean), color="grey", linestyle="--", linewidth=1, gid="baseline-mean")
        shown = [means[i] for i in defined] + [means[i] - cis[i] for i in whiskers] + [means[i] + cis[i]
                                                                                       for i in whiskers]
        style_value_axis(left, "x", axis, shown)
        left.set_title("mean ± 95% CI", fontsize="medium")

        right.axvline(0.0, color="grey", linewidth=1, gid="zero")
        with_diff = [i for i in diffs if _finite(diffs[i])]
        plain = [i for i in with_diff if not rows[i].significant]
        if plain:
            right.plot([diffs[i] for i in plain], plain, linestyle="none", marker="o", markerfacecolor="white",
                       color="tab:blue", gid="diff")
        significant = [i for i in with_diff if rows[i].significant]
        if significant:
            right.scatter([diffs[i] for i in significant], significant,
                          c=[difference_colour(metric, rows[i]) for i in significant], zorder=3,
                          gid="diff-significant")
        bars = [i for i in with_diff if _finite(diff_cis[i])]
        if bars:
            container = right.errorbar([diffs[i] for i in bars], bars, xerr=[diff_cis[i] for i in bars],
                                       fmt="none", ecolor="black", capsize=3)
            for collection in container.lines[2]:
                collection.set_gid("ci95")
        for i in ys:
            row = rows[i]
            if row is None or row.is_baseline:
                right.annotate("baseline" if row is not None else "n/a", (0, i), xytext=(4, 0),
                               textcoords="offset points", va="center", fontsize="small", color="grey")
            elif not _finite(row.diff_mean):
                right.annotate("n/a", (0, i), xytext=(4, 0), textcoords="offset points", va="center",
                               fontsize="small")
            elif row.significant:
                reach = diffs[i] + (diff_cis[i] if _finite(diff_cis[i]) else 0.0)
                right.annotate("*", (reach, i), xytext=(3, 0), textcoords="offset points", va="center",
                               fontsize="large")
        shown = [0.0] + [diffs[i] for i in with_diff] + [diffs[i] - diff_cis[i] for i in bars] + [
            diffs[i] + diff_cis[i] for i in bars]
        style_value_axis(right, "x", diff_axis, shown, label=difference_label(comparison.baseline, axis.scale.unit))
        # At most DIFF_TICKS ticks: long numbers such as −1500 must not run into each other.
        right.xaxis.set_major_locator(MaxNLocator(DIFF_TICKS))
        if not axis.log:
            left.xaxis.set_major_locator(MaxNLocator(DIFF_TICKS))
        right.set_title(f"paired difference from {comparison.baseline} ± 95% CI", fontsize="medium")
        handles = [Line2D([], [], linestyle="none", marker="o", markerfacecolor="white", color="tab:blue",
                          label="CI includes 0 (not significant)")]
        if axis.metric.has_direction:
            handles += [Line2D([], [], linestyle="none", marker="o", color=SIGNIFICANT_BETTER, label="significantly better"),
                        Line2D([], [], linestyle="none", marker="o", color=SIGNIFICANT_WORSE, label="significantly worse")]
        else:
            handles.append(Line2D([], [], linestyle="none", marker="o", color=SIGNIFICANT_NEUTRAL, label="significant"))
        fig.legend(handles=handles, fontsize="small", loc="outside lower center", ncols=len(handles))
        left.set_yticks(ys, variants)
        left.set_ylim(len(variants) - 0.4, -0.6)
        for ax in (left, right):
            ax.grid(True, axis="x", alpha=0.3)
        fig.suptitle(f"{axis.metric.label} — {axis.metric.better_text()}")
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


__all__ = ["COMPARE_COLUMNS", "CompareRow", "Comparison", "compare_stem", "difference_colour", "difference_label",
           "plot_compare",
           "read_compare", "write_compare_plots"]
