"""Turning a sweep folder into plots and a Markdown report."""
from __future__ import annotations

import math
import os
from dataclasses import dataclass, field
from pathlib import Path

from .catalogue import metric as catalogue_metric
from .compare import Comparison, read_compare, write_compare_plots
from .data import Points, Sweep, SweepError, read_sweep
from .plots import (plot_metric_vs_parameter, plot_points_bar, plot_timeseries, safe_name,
                    save_figure)


def format_number(value: float, decimals: int | None = None) -> str:
    if value is None or math.isnan(value):
        return "n/a"
    if decimals is not None:
        return f"{value:.{decimals}f}"
    if value != 0 and (abs(value) >= 1e6 or abs(value) < 1e-3):
        return f"{value:.3e}"
    if abs(value) >= 1000:
        return f"{value:.0f}"
    return f"{value:.4g}"


def format_stat(mean: float, ci95: float) -> str:
    """`mean ± ci95`, the mean rounded to the CI's second significant digit
    (`123.5 ± 2.3`, `0.951 ± 0.012`); the mean alone when the CI is undefined."""
    if mean is None or math.isnan(mean):
        return "n/a"
    if ci95 is None or math.isnan(ci95) or math.isinf(ci95):
        return format_number(mean)
    if ci95 == 0:
        return f"{format_number(mean)} ± 0"
    decimals = min(6, max(0, 1 - math.floor(math.log10(abs(ci95)))))
    return f"{format_number(mean, decimals)} ± {format_number(ci95, decimals)}"


def _heading(metric: str) -> str:
    """A metric's heading: its catalogue label, unit and column name (`Jobs lost (count): jobs_lost`)."""
    entry = catalogue_metric(metric)
    unit = f" ({entry.unit})" if entry.unit else ""
    return f"{entry.label}{unit}: `{metric}`" if entry.known else f"`{metric}`"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


@dataclass
class PlotEntry:
    title: str
    png: Path
    svg: Path
    metric: str | None = None
    kind: str = "sweep"    # "sweep" (a metric's plot), "compare" (its paired differences), or a time series


@dataclass
class ReportResult:
    report: Path
    plots: list[PlotEntry] = field(default_factory=list)

    @property
    def written(self) -> list[Path]:
        paths: list[Path] = []
        for entry in self.plots:
            paths += [entry.png, entry.svg]
        return paths + [self.report]


def choose_axes(points: Points) -> tuple[str | None, str | None]:
    """(x, lines) for the metric plots: the first numeric parameter and the first other
    parameter; (None, None) when every parameter is categorical (bar charts)."""
    numeric = points.numeric_parameters()
    if not numeric:
        return None, None
    x = numeric[0]
    others = [group[0] for group in points.dimensions if x not in group]
    return x, (others[0] if others else None)


def run_folders(sweep_dir: Path) -> list[Path]:
    """Folders under DIR/runs/ that hold a timeseries.csv, sorted by path."""
    root = sweep_dir / "runs"
    if not root.is_dir():
        return []
    return sorted(p.parent for p in root.rglob("timeseries.csv"))


def make_report(sweep_dir: Path | str, out_dir: Path | str | None = None,
                report_path: Path | str | None = None, max_timeseries: int = 10) -> ReportResult:
    """Write every plot of the sweep into out_dir (default DIR/plots) and the report
    (default DIR/report.md), with links relative to the report."""
    sweep_dir = Path(sweep_dir)
    sweep = read_sweep(sweep_dir)
    out_dir = Path(out_dir) if out_dir is not None else sweep_dir / "plots"
    report_path = Path(report_path) if report_path is not None else sweep_dir / "report.md"
    points = sweep.points
    result = ReportResult(report_path)
    x_param, line_param = choose_axes(points)
    for metric in points.metrics:
        if x_param is not None:
            fig = plot_metric_vs_parameter(points, metric, x_param, line_param)
            stem = f"{safe_name(metric)}_vs_{safe_name(x_param)}"
            title = f"{catalogue_metric(metric).label} vs {x_param}" + (f", lines by {line_param}" if line_param else "")
        else:
            fig = plot_points_bar(points, metric)
            stem = f"{safe_name(metric)}_by_point"
            title = f"{catalogue_metric(metric).label} by point"
        png, svg = save_figure(fig, out_dir, stem)
        result.plots.append(PlotEntry(title, png, svg, metric))
    comparison = read_compare(sweep_dir) if (sweep_dir / "compare.csv").exists() else None
    if comparison is not None:
        for metric, png, svg in write_compare_plots(comparison, out_dir):
            result.plots.append(PlotEntry(f"{catalogue_metric(metric).label}: paired difference from "
                                          f"{comparison.baseline}", png, svg,
                                          metric, kind="compare"))
    runs = run_folders(sweep_dir)
    limit = len(runs) if max_timeseries < 0 else max_timeseries
    for run in runs[:limit]:
        name = safe_name(str(run.relative_to(sweep_dir / "runs")))
        png, svg = save_figure(plot_timeseries(run), out_dir, f"timeseries_{name}")
        result.plots.append(PlotEntry(f"time series of runs/{run.relative_to(sweep_dir / 'runs').as_posix()}",
                                      png, svg))
    report_path.parent.mkdir(parents=True, exist_ok=True)
    report_path.write_text(render_markdown(sweep, result, x_param, line_param, len(runs), comparison),
                           encoding="utf-8")
    return result


def render_markdown(sweep: Sweep, result: ReportResult, x_param: str | None,
                    line_param: str | None, total_runs: int, comparison: Comparison | None = None) -> str:
    points = sweep.points
    base = result.report.parent

    def link(path: Path) -> str:
        return Path(os.path.relpath(path, base)).as_posix()

    kind = "Comparison report" if comparison is not None else "Sweep report"
    lines = [f"# {kind}: {points.name}", ""]
    facts = [f"{len(points.rows)} points"]
    if points.replications is not None:
        facts.append(f"{points.replications} replications per point")
    if sweep.runs is not None:
        facts.append(f"{len(sweep.runs)} runs in runs.csv")
    lines += [f"From `{sweep.folder.as_posix()}`: " + ", ".join(facts) + ".", ""]
    if points.parameters:
        lines.append("Varied parameters (in plan order):")
        lines.append("")
        for name in points.parameters:
            axis = points.axes[name]
            values = ", ".join(f"`{v.text}`" for v in axis.sorted_values())
            lines.append(f"- `{name}` ({axis.kind}): {values}")
        lines.append("")
    if x_param is not None:
        how = f"Each metric is plotted against `{x_param}`"
        how += f", one line per `{line_param}`." if line_param else "."
    else:
        how = "Every parameter is categorical, so each metric is a bar per point."
    lines += [how + " Values are the mean over the replications ± the Student-t 95% "
              "confidence half-width (shaded band or whiskers), in the unit named in each heading "
              "(the CSV's unit; the plots show long times in hours or days and fractions in %); "
              "n is the number of replications with a value; n/a means undefined. "
              "report.html gives the same in human units, with a glossary.", ""]

    lines += ["## Points", "", "| point | " + " | ".join(f"`{p}`" for p in points.parameters)
              + (" | " if points.parameters else "") + "runs |",
              "|---|" + "---|" * len(points.parameters) + "---:|"]
    for p in points.rows:
        params = " | ".join(_cell(p.params[n].text) for n in points.parameters)
        lines.append(f"| {p.index} | " + (params + " | " if points.parameters else "")
                     + f"{p.runs if p.runs is not None else 'n/a'} |")
    lines.append("")

    lines += ["## Metrics", ""]
    for entry in result.plots:
        if entry.metric is None or entry.kind != "sweep":
            continue
        metric = entry.metric
        lines += [f"### {_heading(metric)}", "", f"![{entry.title}]({link(entry.png)})", "",
                  f"Plot: {entry.title} ([PNG]({link(entry.png)}), [SVG]({link(entry.svg)}))", ""]
        lines += ["| point | " + " | ".join(f"`{p}`" for p in points.parameters)
                  + (" | " if points.parameters else "") + "mean ± ci95 | n |",
                  "|---|" + "---|" * len(points.parameters) + "---:|---:|"]
        for p in points.rows:
            stat = p.stats[metric]
            params = " | ".join(_cell(p.params[n].text) for n in points.parameters)
            lines.append(f"| {p.index} | " + (params + " | " if points.parameters else "")
                         + f"{format_stat(stat.mean, stat.ci95)} | "
                         + f"{stat.n if stat.n is not None else 'n/a'} |")
        lines.append("")

    if comparison is not None:
        lines += _comparison_markdown(comparison, [e for e in result.plots if e.kind == "compare"], link)

    series = [e for e in result.plots if e.metric is None]
    if series:
        lines += ["## Run time series", ""]
        if total_runs > len(series):
            lines += [f"The first {len(series)} of {total_runs} runs with a timeseries.csv.", ""]
        for entry in series:
            lines += [f"### {entry.title}", "", f"![{entry.title}]({link(entry.png)})", "",
                      f"Plot: {entry.title} ([PNG]({link(entry.png)}), [SVG]({link(entry.svg)}))", ""]
    return "\n".join(lines)


def _comparison_markdown(comparison: Comparison, entries: list[PlotEntry], link) -> list[str]:
    """The section of a `harvestsim compare` folder: per metric, the plot of the paired
    differences and a table of every variant's mean and difference from the baseline."""
    lines = ["## Paired differences from the baseline", "",
             f"From `compare.csv`: each variant − `{comparison.baseline}`, paired by replication (common "
             "random numbers), ± the Student-t 95% confidence half-width of the differences; * marks a "
             "difference whose interval excludes 0.", ""]
    plots = {e.metric: e for e in entries}
    for metric in comparison.metrics:
        lines += [f"### {_heading(metric)}: paired differences", ""]
        entry = plots.get(metric)
        if entry is not None:
            lines += [f"![{entry.title}]({link(entry.png)})", "",
                      f"Plot: {entry.title} ([PNG]({link(entry.png)}), [SVG]({link(entry.svg)}))", ""]
        lines += [f"| variant | mean ± ci95 | n | − {_cell(comparison.baseline)} ± ci95 | pairs |",
                  "|---|---|---:|---|---:|"]
        for variant in comparison.variants:
            row = comparison.row(metric, variant)
            diff = "baseline" if row.is_baseline else (format_stat(row.diff_mean, row.diff_ci95)
                                                       + (" *" if row.significant else ""))
            lines.append(f"| {_cell(variant)} | {format_stat(row.mean, row.ci95)} | "
                         f"{row.n if row.n is not None else 'n/a'} | {diff} | "
                         f"{row.diff_n if row.diff_n is not None else 'n/a'} |")
        lines.append("")
    return lines


__all__ = ["SweepError", "make_report", "format_stat", "choose_axes", "run_folders"]
