"""Plots of a sweep's points and of one run's time series. Every function returns a
matplotlib Figure (not registered with pyplot, Agg canvas) that `save_figure` writes as
PNG and SVG with fixed sizes and no dates, so the same input gives byte-identical files."""
from __future__ import annotations

import io
import math
import re
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import matplotlib
import matplotlib.style

matplotlib.use("Agg")

from matplotlib.figure import Figure  # noqa: E402
from matplotlib.patches import Patch  # noqa: E402
from matplotlib.ticker import NullLocator  # noqa: E402

from .axes import finite, metric_axis, plain_ticks, style_value_axis  # noqa: E402
from .data import CAPACITY_COLUMNS, Points, TimeSeries, read_timeseries  # noqa: E402
from .values import Value, parse_float  # noqa: E402

FIGSIZE = (8.0, 5.0)       # inches, every sweep plot
TIMESERIES_FIGSIZE = (9.0, 6.0)
DPI = 100                  # PNG resolution
SVG_HASHSALT = "harvestsim"
MAX_LABELLED_TICKS = 15    # numeric axes with more distinct values get automatic ticks
LOG_RATIO = 50.0           # numeric parameter axes spanning this ratio or more (all > 0) are logarithmic
ROW_HEIGHT = 0.32          # inches per category on a horizontal category axis

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
            label.set_rotation_mode("anchor")


def category_height(count: int, minimum: float = FIGSIZE[1]) -> float:
    """A figure height that gives each of `count` categories on a vertical axis its own line."""
    return max(minimum, 1.6 + ROW_HEIGHT * count)


def plot_metric_vs_parameter(points: Points, metric: str, x_param: str,
                             line_param: str | None = None) -> Figure:
    """The mean of `metric` against `x_param`, with a shaded band from mean - ci95 to
    mean + ci95, one line per value of `line_param`.

    A numeric x (numbers or durations, in seconds) is placed and sorted by value;
    a categorical x gets evenly spaced ticks in plan order. Parameters other than
    `x_param` and `line_param` also split the lines, so a line never mixes points
    that differ in something else. Points whose mean is empty leave a gap; points
    whose ci95 is empty get no band; a point whose neighbours on its line have no ci95
    gets a whisker instead (a band needs two points).

    The y axis is `Label (unit)` from the metric catalogue, in the display unit (hours or days
    for long times, % for fractions), with plain tick labels, a log scale when the means span
    more than two decades, and a ± 5% range when they are constant.
    Artist gids: `mean:<label>` for each line, `ci95:<label>` for each band,
    `ci95-whiskers:<label>` for lone whiskers (label `all` when there is one line)."""
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

    y = metric_axis(metric, [p.stats[metric].mean for p in points.rows])
    shown: list[float] = []
    with _style():
        fig = Figure(figsize=FIGSIZE, layout="constrained")
        ax = fig.add_subplot()
        any_band = False
        for key in sorted(groups, key=group_order):
            members = sorted(groups[key], key=lambda p: (axis.position(p.params[x_param]), p.index))
            xs = [axis.position(p.params[x_param]) for p in members]
            stats = [p.stats[metric] for p in members]
            means = y.values([s.mean for s in stats])
            cis = y.values([s.ci95 for s in stats])
            label = ", ".join(f"{p}={v.text}" for p, v in zip(others, key)) if others else "all"
            (line,) = ax.plot(xs, means, marker="o", label=label if others else "mean", gid=f"mean:{label}")
            lows = [m - c if _finite(c) and _finite(m) else math.nan for m, c in zip(means, cis)]
            highs = [m + c if _finite(c) and _finite(m) else math.nan for m, c in zip(means, cis)]
            shown += means + lows + highs
            if any(_finite(v) for v in lows):
                ax.fill_between(xs, lows, highs, color=line.get_color(), alpha=0.2, linewidth=0,
                                label="_nolegend_", gid=f"ci95:{label}")
                any_band = True
            # A CI with no defined neighbour makes a zero-width band: show it as a whisker.
            defined = [_finite(v) for v in lows]
            lone = [i for i, ok in enumerate(defined) if ok
                    and not (i > 0 and defined[i - 1]) and not (i + 1 < len(defined) and defined[i + 1])]
            if lone:
                bars = ax.errorbar([xs[i] for i in lone], [means[i] for i in lone],
                                   yerr=[cis[i] for i in lone], fmt="none",
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
            plain_ticks(ax.xaxis)
        else:
            ax.set_xlim(-0.5, len(values) - 0.5)
        _set_value_ticks(ax, axis, values)
        ax.set_xlabel(parameter_label(x_param, axis.kind == "duration"))
        style_value_axis(ax, "y", y, shown)
        ax.set_title(f"{y.metric.label} vs {readable_key(x_param)} (mean ± 95% CI)")
        ax.grid(True, alpha=0.3)
    return fig


def readable_key(key: str) -> str:
    """A scenario key in words: `PCs per group` for a key that ends with `.count` (a host group's
    number of PCs), else the key with dots and underscores as spaces (`torque node check rate`)."""
    if key.endswith(".count"):
        return "PCs per group"
    return " ".join(key.replace(".", " ").replace("_", " ").split())


def parameter_label(key: str, duration: bool = False) -> str:
    """A swept key as an axis label: the key in words, then the key as typed in brackets
    (`PCs per group (hosts.0.count)`), `, duration` added for a duration."""
    return f"{readable_key(key)} ({key}{', duration' if duration else ''})"


def plot_points_bar(points: Points, metric: str) -> Figure:
    """One horizontal bar per point (in points.csv order, top to bottom) at the mean of `metric`,
    labelled with the point's parameter values, with whiskers from mean - ci95 to mean + ci95.
    When the means span more than two decades the axis is logarithmic and the bars become dots.
    A point with an empty mean is marked `n/a`; one with an empty ci95 has no whisker.
    Artist gids: `bars` for the bars (or dots), `ci95` for the whisker lines."""
    if metric not in points.metrics:
        raise KeyError(f"unknown metric {metric!r}; known: {', '.join(points.metrics)}")
    rows = points.rows
    x = metric_axis(metric, [p.stats[metric].mean for p in rows])
    means = x.values([p.stats[metric].mean for p in rows])
    cis = x.values([p.stats[metric].ci95 for p in rows])
    labels = [", ".join(f"{name}={p.params[name].text}" for name in points.parameters) if len(points.parameters) > 1
              else (p.params[points.parameters[0]].text if points.parameters else f"point {p.index}")
              for p in rows]
    with _style():
        fig = Figure(figsize=(FIGSIZE[0], category_height(len(rows))), layout="constrained")
        ax = fig.add_subplot()
        ys = list(range(len(rows)))
        if x.log:
            ax.plot([m if _finite(m) else math.nan for m in means], ys, linestyle="none", marker="o",
                    color="tab:blue", gid="bars")
        else:
            ax.barh(ys, [m if _finite(m) else 0.0 for m in means], color="tab:blue", alpha=0.8, gid="bars")
        whisker = [(yy, m, c) for yy, m, c in zip(ys, means, cis) if _finite(m) and _finite(c)]
        if whisker:
            container = ax.errorbar([m for _, m, _ in whisker], [yy for yy, _, _ in whisker],
                                    xerr=[c for _, _, c in whisker], fmt="none", ecolor="black", capsize=3,
                                    label="95% CI")
            for collection in container.lines[2]:
                collection.set_gid("ci95")
        for yy, mean in zip(ys, means):
            if not _finite(mean):
                ax.annotate("n/a", (0, yy), xytext=(4, 0), textcoords="offset points", va="center",
                            fontsize="small")
        ax.set_yticks(ys, labels)
        ax.set_ylim(len(rows) - 0.4, -0.6)   # first point at the top
        shown = means + [m - c for _, m, c in whisker] + [m + c for _, m, c in whisker]
        if not x.log:
            shown.append(0.0)
        style_value_axis(ax, "x", x, shown)
        ax.set_ylabel(" / ".join(points.parameters) or "point")
        ax.set_title(f"{x.metric.label} (mean ± 95% CI)")
        ax.grid(True, axis="x", alpha=0.3)
    return fig


@dataclass(frozen=True)
class Capacity:
    """What the lab can offer, drawn over the time series: PCs in the lab and job slots, each
    None when neither timeseries.csv nor summary.csv gives it; `hosts_estimated` when the PCs
    were worked out as the time-averaged hosts up divided by host_availability."""

    hosts: float | None
    slots: float | None
    hosts_estimated: bool = False


def lab_capacity(series: TimeSeries, summary: dict[str, str] | None = None) -> Capacity:
    """The capacity columns (hosts_total, slots_total) of timeseries.csv or summary.csv; without
    hosts_total, the PCs estimated from summary.csv as the mean of hosts_up over the measurement
    window [warmup_s, duration_s) divided by host_availability (the time-average fraction of PCs
    switched on), rounded to a whole PC."""
    summary = summary or {}
    found: dict[str, float | None] = {}
    for column in CAPACITY_COLUMNS:
        values = finite(series.columns.get(column, []))
        value = max(values) if values else parse_float(summary.get(column, ""))
        found[column] = value if _finite(value) else None
    if found["hosts_total"] is not None:
        return Capacity(found["hosts_total"], found["slots_total"])
    availability = parse_float(summary.get("host_availability", ""))
    start = parse_float(summary.get("warmup_s", "")) if summary.get("warmup_s") else 0.0
    end = parse_float(summary.get("duration_s", ""))
    times = series.columns["time_s"]
    window = [h for t, h in zip(times, series.columns["hosts_up"])
              if _finite(h) and (not _finite(start) or t >= start) and (not _finite(end) or t < end)]
    if _finite(availability) and availability > 0 and window:
        return Capacity(float(round(sum(window) / len(window) / availability)), found["slots_total"], True)
    return Capacity(None, found["slots_total"])


def plot_timeseries(run: Path | str | TimeSeries, summary: dict[str, str] | None = None) -> Figure:
    """A run's PCs (hosts up, WNs usable and the PCs in the lab), its job slots (busy, and all slots
    when known) and its queue length against time in days, in three panels. Takes a run folder, a
    timeseries.csv path or a TimeSeries; `summary` (summary.csv's row; read from the run folder when
    not given) supplies the capacity (`lab_capacity`) and the warm-up, shaded grey. Artist gids: the
    column names, `hosts_total` and `slots_total` for the capacity lines, `warmup`."""
    series = run if isinstance(run, TimeSeries) else read_timeseries(run)
    if summary is None and not isinstance(run, TimeSeries):
        folder = Path(run) if Path(run).is_dir() else Path(run).parent
        if (folder / "summary.csv").is_file():
            from .data import read_summary
            summary = read_summary(folder)
    capacity = lab_capacity(series, summary)
    days = [t / 86400.0 for t in series.columns["time_s"]]
    with _style():
        fig = Figure(figsize=(TIMESERIES_FIGSIZE[0], 7.5), layout="constrained")
        hosts, slots, queue = fig.subplots(3, 1, sharex=True, height_ratios=[2, 1.4, 1])
        if capacity.hosts is not None:
            text = "PCs in the lab" + (" (hosts up ÷ availability)" if capacity.hosts_estimated else "")
            hosts.axhline(capacity.hosts, color="black", linestyle="--", linewidth=1, label=text,
                          gid="hosts_total")
        # Hosts up drawn wide and pale under the WNs usable, so both show where they coincide.
        hosts.plot(days, series.columns["hosts_up"], label="hosts up", gid="hosts_up", linewidth=3.0,
                   color="tab:blue", alpha=0.45)
        hosts.plot(days, series.columns["wns_usable"], label="WNs usable", gid="wns_usable", linewidth=1.0,
                   color="tab:green")
        hosts.set_ylabel("PCs")
        hosts.set_ylim(bottom=0)
        hosts.legend(fontsize="small", loc="upper right")
        if capacity.slots is not None:
            slots.axhline(capacity.slots, color="black", linestyle="--", linewidth=1, label="job slots",
                          gid="slots_total")
        slots.plot(days, series.columns["busy_slots"], label="busy slots", gid="busy_slots", linewidth=1.2,
                   color="tab:orange")
        slots.set_ylabel("job slots")
        slots.set_ylim(bottom=0)
        slots.legend(fontsize="small", loc="upper right")
        queue.plot(days, series.columns["queue_length"], color="tab:red", label="queue length",
                   gid="queue_length", linewidth=1.2)
        queue.set_ylabel("jobs queued")
        queue.set_ylim(bottom=0)
        queue.set_xlabel("time (days)")
        warmup = parse_float((summary or {}).get("warmup_s", ""))
        for ax in (hosts, slots, queue):
            if _finite(warmup) and warmup > 0:
                ax.axvspan(0, warmup / 86400.0, color="grey", alpha=0.15, linewidth=0, gid="warmup")
            ax.grid(True, alpha=0.3)
            plain_ticks(ax.yaxis)
            plain_ticks(ax.xaxis)
        title = ", ".join(part for part in (
            series.scenario,
            f"seed {series.seed}" if series.seed else "",
            f"replication {series.replication}" if series.replication else "") if part)
        hosts.set_title(title or "time series")
    return fig


def figure_png(fig: Figure) -> bytes:
    """The figure as PNG bytes (100 dpi, no software version in the metadata)."""
    buffer = io.BytesIO()
    with _style():
        fig.savefig(buffer, format="png", dpi=DPI, metadata={"Software": None})
    return buffer.getvalue()


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
