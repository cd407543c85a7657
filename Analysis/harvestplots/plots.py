"""Plots of a sweep's points and of one run's time series. Every function returns a
matplotlib Figure (not registered with pyplot, Agg canvas) that `save_figure` writes as
PNG and SVG with fixed sizes and no dates, so the same input gives byte-identical files."""
from __future__ import annotations

import math
import re
from contextlib import contextmanager
from pathlib import Path

import matplotlib
import matplotlib.style

matplotlib.use("Agg")

from matplotlib.figure import Figure  # noqa: E402
from matplotlib.patches import Patch  # noqa: E402
from matplotlib.ticker import NullLocator  # noqa: E402

from .data import Points, TimeSeries, read_timeseries  # noqa: E402
from .values import Value  # noqa: E402

FIGSIZE = (8.0, 5.0)       # inches, every sweep plot
TIMESERIES_FIGSIZE = (9.0, 6.0)
DPI = 100                  # PNG resolution
SVG_HASHSALT = "harvestsim"
MAX_LABELLED_TICKS = 15    # numeric axes with more distinct values get automatic ticks
LOG_RATIO = 50.0           # numeric x axes spanning this ratio or more (all > 0) are logarithmic

_RC = {
    "svg.hashsalt": SVG_HASHSALT,
    "svg.fonttype": "path",
    "path.simplify": True,
    "figure.dpi": DPI,
    "savefig.dpi": DPI,
}


@contextmanager
def _style():
    """matplotlib's default style plus our fixed settings, whatever the user's matplotlibrc."""
    with matplotlib.style.context("default"), matplotlib.rc_context(_RC):
        yield


def _finite(x: float) -> bool:
    return x is not None and not math.isnan(x) and not math.isinf(x)


def safe_name(text: str) -> str:
    """A file-name-safe version of a metric or key path."""
    return re.sub(r"[^A-Za-z0-9._-]+", "_", text).strip("_") or "x"


def _set_value_ticks(ax, axis, values: list[Value]) -> None:
    """Ticks at the plotted values, labelled with the text as written (`15m`, `restart`)."""
    labels: dict[float, list[str]] = {}
    for value in values:
        labels.setdefault(axis.position(value), [])
        if value.text not in labels[axis.position(value)]:
            labels[axis.position(value)].append(value.text)
    positions = sorted(labels)
    if axis.numeric and len(positions) > MAX_LABELLED_TICKS:
        return
    texts = ["/".join(labels[p]) for p in positions]
    ax.set_xticks(positions, texts)
    ax.xaxis.set_minor_locator(NullLocator())
    if len(positions) > 6 or max(len(t) for t in texts) > 8:
        for label in ax.get_xticklabels():
            label.set_rotation(30)
            label.set_horizontalalignment("right")


def plot_metric_vs_parameter(points: Points, metric: str, x_param: str,
                             line_param: str | None = None) -> Figure:
    """The mean of `metric` against `x_param`, with a shaded band from mean - ci95 to
    mean + ci95, one line per value of `line_param`.

    A numeric x (numbers or durations, in seconds) is placed and sorted by value;
    a categorical x gets evenly spaced ticks in plan order. Parameters other than
    `x_param` and `line_param` also split the lines, so a line never mixes points
    that differ in something else. Points whose mean is empty leave a gap; points
    whose ci95 is empty get no band; a point whose neighbours on its line have no ci95
    gets a whisker instead (a band needs two points). Artist gids: `mean:<label>` for each line,
    `ci95:<label>` for each band, `ci95-whiskers:<label>` for lone whiskers (label `all` when there is one line)."""
    if metric not in points.metrics:
        raise KeyError(f"unknown metric {metric!r}; known: {', '.join(points.metrics)}")
    if x_param not in points.parameters:
        raise KeyError(f"unknown parameter {x_param!r}; known: {', '.join(points.parameters)}")
    if line_param is not None and (line_param not in points.parameters or line_param == x_param):
        raise KeyError(f"line parameter {line_param!r} must be another varied parameter")
    axis = points.axes[x_param]
    # Parameters zipped with x (or with the line parameter) move with it: they do not split lines.
    tied = set(points.dimension_of(x_param)) | (set(points.dimension_of(line_param)) if line_param else set())
    others = ([line_param] if line_param else []) + [
        p for p in points.parameters if p not in tied]

    groups: dict[tuple[Value, ...], list] = {}
    for point in points.rows:
        groups.setdefault(tuple(point.params[p] for p in others), []).append(point)

    def group_order(key: tuple[Value, ...]):
        result = []
        for param, value in zip(others, key):
            ordered = points.axes[param].sorted_values()
            result.append(ordered.index(value))
        return result

    with _style():
        fig = Figure(figsize=FIGSIZE, layout="constrained")
        ax = fig.add_subplot()
        any_band = False
        for key in sorted(groups, key=group_order):
            members = sorted(groups[key], key=lambda p: (axis.position(p.params[x_param]), p.index))
            xs = [axis.position(p.params[x_param]) for p in members]
            stats = [p.stats[metric] for p in members]
            means = [s.mean for s in stats]
            label = ", ".join(f"{p}={v.text}" for p, v in zip(others, key)) if others else "all"
            (line,) = ax.plot(xs, means, marker="o", label=label if others else "mean", gid=f"mean:{label}")
            lows = [s.low if _finite(s.ci95) and _finite(s.mean) else math.nan for s in stats]
            highs = [s.high if _finite(s.ci95) and _finite(s.mean) else math.nan for s in stats]
            if any(_finite(v) for v in lows):
                ax.fill_between(xs, lows, highs, color=line.get_color(), alpha=0.2, linewidth=0,
                                label="_nolegend_", gid=f"ci95:{label}")
                any_band = True
            # A CI with no defined neighbour makes a zero-width band: show it as a whisker.
            finite = [_finite(v) for v in lows]
            lone = [i for i, ok in enumerate(finite) if ok
                    and not (i > 0 and finite[i - 1]) and not (i + 1 < len(finite) and finite[i + 1])]
            if lone:
                bars = ax.errorbar([xs[i] for i in lone], [means[i] for i in lone],
                                   yerr=[stats[i].ci95 for i in lone], fmt="none",
                                   ecolor=line.get_color(), alpha=0.6, capsize=3, label="_nolegend_")
                for collection in bars.lines[2]:
                    collection.set_gid(f"ci95-whiskers:{label}")
        handles, labels = ax.get_legend_handles_labels()
        if any_band:
            handles.append(Patch(facecolor="grey", alpha=0.3))
            labels.append("mean ± 95% CI")
        ax.legend(handles, labels, fontsize="small",
                  title=" / ".join(others) if len(others) > 0 else None, title_fontsize="small")

        values = axis.sorted_values()
        if axis.numeric:
            numbers = [v.number for v in values]
            if len(set(numbers)) >= 3 and min(numbers) > 0 and max(numbers) / min(numbers) >= LOG_RATIO:
                ax.set_xscale("log")
        else:
            ax.set_xlim(-0.5, len(values) - 0.5)
        _set_value_ticks(ax, axis, values)
        kind = {"duration": " (duration)", "category": ""}.get(axis.kind, "")
        ax.set_xlabel(f"{x_param}{kind}")
        ax.set_ylabel(f"{metric} (mean ± 95% CI)")
        ax.set_title(f"{metric} vs {x_param}")
        ax.grid(True, alpha=0.3)
    return fig


def plot_points_bar(points: Points, metric: str) -> Figure:
    """One bar per point (in points.csv order) at the mean of `metric`, labelled with
    the point's parameter values, with whiskers from mean - ci95 to mean + ci95.
    A point with an empty mean is marked `n/a`; one with an empty ci95 has no whisker.
    Artist gids: `bars` for the bars, `ci95` for the whisker lines."""
    if metric not in points.metrics:
        raise KeyError(f"unknown metric {metric!r}; known: {', '.join(points.metrics)}")
    rows = points.rows
    width = min(20.0, max(FIGSIZE[0], 0.7 * len(rows)))
    with _style():
        fig = Figure(figsize=(width, FIGSIZE[1]), layout="constrained")
        ax = fig.add_subplot()
        xs = list(range(len(rows)))
        means = [p.stats[metric].mean for p in rows]
        heights = [m if _finite(m) else 0.0 for m in means]
        ax.bar(xs, heights, color="tab:blue", alpha=0.8, gid="bars")
        whisker = [(x, p.stats[metric]) for x, p in zip(xs, rows)
                   if _finite(p.stats[metric].mean) and _finite(p.stats[metric].ci95)]
        if whisker:
            container = ax.errorbar([x for x, _ in whisker], [s.mean for _, s in whisker],
                                    yerr=[s.ci95 for _, s in whisker], fmt="none",
                                    ecolor="black", capsize=4, label="95% CI")
            for collection in container.lines[2]:
                collection.set_gid("ci95")
        for x, mean in zip(xs, means):
            if not _finite(mean):
                ax.annotate("n/a", (x, 0), ha="center", va="bottom", fontsize="small")
        labels = ["\n".join(f"{name}={p.params[name].text}" for name in points.parameters) or f"point {p.index}"
                  for p in rows]
        ax.set_xticks(xs, labels)
        if len(rows) > 6:
            for label in ax.get_xticklabels():
                label.set_rotation(30)
                label.set_horizontalalignment("right")
        ax.set_xlim(-0.6, len(rows) - 0.4)
        ax.set_xlabel(" / ".join(points.parameters) or "point")
        ax.set_ylabel(f"{metric} (mean ± 95% CI)")
        ax.set_title(f"{metric} by point")
        ax.grid(True, axis="y", alpha=0.3)
    return fig


def plot_timeseries(run: Path | str | TimeSeries) -> Figure:
    """A run's hosts up, WNs usable and busy slots (top panel) and queue length
    (bottom panel) against time in days. Takes a run folder, a timeseries.csv path or
    a TimeSeries. Artist gids: the column names."""
    series = run if isinstance(run, TimeSeries) else read_timeseries(run)
    days = [t / 86400.0 for t in series.columns["time_s"]]
    with _style():
        fig = Figure(figsize=TIMESERIES_FIGSIZE, layout="constrained")
        top, bottom = fig.subplots(2, 1, sharex=True, height_ratios=[2, 1])
        for column, text in (("hosts_up", "hosts up"), ("wns_usable", "WNs usable"),
                             ("busy_slots", "busy slots")):
            top.plot(days, series.columns[column], label=text, gid=column, linewidth=1.2)
        top.set_ylabel("hosts / WNs / slots")
        top.legend(fontsize="small", loc="best")
        top.grid(True, alpha=0.3)
        bottom.plot(days, series.columns["queue_length"], color="tab:red", label="queue length",
                    gid="queue_length", linewidth=1.2)
        bottom.set_ylabel("queue length (jobs)")
        bottom.set_xlabel("time (days)")
        bottom.grid(True, alpha=0.3)
        title = ", ".join(part for part in (
            series.scenario,
            f"seed {series.seed}" if series.seed else "",
            f"replication {series.replication}" if series.replication else "") if part)
        top.set_title(title or "time series")
    return fig


def save_figure(fig: Figure, out_dir: Path | str, stem: str) -> list[Path]:
    """Write `stem.png` and `stem.svg` into out_dir (created if needed), without dates
    or software versions in their metadata. Returns the two paths."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    png, svg = out_dir / f"{stem}.png", out_dir / f"{stem}.svg"
    with _style():
        fig.savefig(png, format="png", dpi=DPI, metadata={"Software": None})
        fig.savefig(svg, format="svg", metadata={"Date": None, "Creator": None})
    return [png, svg]
