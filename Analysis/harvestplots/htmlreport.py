"""Self-contained HTML reports of a run, a sweep and a comparison.

Each report is one HTML file rendered from the Jinja2 templates in `templates/` (autoescape on):
the scenario in brief, the decision table, the plots embedded as `data:image/png;base64` URIs,
a glossary of the metrics shown (from the metric catalogue) and the provenance (command when
`command.txt` records it, program version, seeds, replications). Nothing in it refers to another
file or to the network. Values are shown in human units; the CSV files keep full precision."""
from __future__ import annotations

import base64
import csv
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from .catalogue import Metric, metric, ordered
from .compare import Comparison, difference_colour, plot_compare, read_compare
from .data import (RUN_TEXT_COLUMNS, Points, SweepError, read_summary, read_sweep, read_sweep_spec,
                   read_timeseries)
from .decision import read_pareto, read_ranking, read_recommendation
from .markdown import blocks, spans
from .plots import figure_png, parameter_label, plot_metric_vs_parameter, plot_points_bar, plot_timeseries
from .report import choose_axes, run_folders
from .units import format_difference, format_estimate, format_interval, format_value
from .values import parse_float

TEMPLATES = Path(__file__).with_name("templates")
KINDS = ("run", "sweep", "compare")
# summary.csv / runs.csv columns that identify a run rather than measure it.
IDENTITY_COLUMNS = ("point", "replication", "seed", *RUN_TEXT_COLUMNS)


def environment() -> Environment:
    """The Jinja2 environment of the reports: templates from `templates/`, autoescaping on for every
    template, undefined names an error."""
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(default=True,
                      default_for_string=True), undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                      keep_trailing_newline=True)
    env.filters["human"] = format_value
    env.filters["signed"] = format_difference
    env.filters["interval"] = format_interval
    env.filters["inline"] = spans      # a line of text as Markdown spans (code, bold, emphasis)
    return env


@dataclass(frozen=True)
class Plot:
    """One embedded figure: its title, a caption, and the PNG as a data: URI."""

    title: str
    caption: str
    uri: str


def embed(fig, title: str, caption: str = "") -> Plot:
    """The figure as a Plot with its PNG in a base64 data: URI."""
    data = base64.b64encode(figure_png(fig)).decode("ascii")
    return Plot(title, caption, f"data:image/png;base64,{data}")


@dataclass
class Report:
    """Everything a template shows. `facts` and `provenance` are (term, text) pairs."""

    kind: str
    title: str
    subtitle: str
    facts: list[tuple[str, str]] = field(default_factory=list)
    question: str = ""
    plan: str = ""
    plots: list[Plot] = field(default_factory=list)
    glossary: list[Metric] = field(default_factory=list)
    provenance: list[tuple[str, str]] = field(default_factory=list)
    command: str = ""
    extra: dict = field(default_factory=dict)


def detect_kind(folder: Path) -> str:
    """`compare` (compare.csv), `sweep` (sweep.json) or `run` (summary.csv)."""
    if (folder / "compare.csv").is_file():
        return "compare"
    if (folder / "sweep.json").is_file():
        return "sweep"
    if (folder / "summary.csv").is_file():
        return "run"
    raise SweepError(f"{folder}: not a run, sweep or compare folder (no summary.csv, sweep.json or compare.csv)")


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8") if path.is_file() else ""
    except (OSError, UnicodeDecodeError):
        return ""


def _plan_question(plan: str) -> str:
    """The comment block at the top of plan.yaml, without its `#` marks: the plan's question."""
    lines = []
    for line in plan.splitlines():
        if not line.startswith("#"):
            break
        lines.append(line[1:][1:] if line.startswith("# ") else line[1:])
    return "\n".join(lines).strip()


def _plan_field(plan: str, key: str) -> str:
    """A top-level scalar of plan.yaml (`description`, `base`, `baseline`), unquoted; empty if absent."""
    match = re.search(rf"^{key}:\s*(.*?)\s*(?:#.*)?$", plan, flags=re.MULTILINE)
    if not match:
        return ""
    value = match.group(1)
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        value = value[1:-1]
    return value


def _csv_rows(path: Path) -> list[dict[str, str]]:
    if not path.is_file():
        return []
    try:
        with open(path, newline="", encoding="utf-8") as handle:
            return list(csv.DictReader(handle))
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise SweepError(f"{path}: cannot read: {error}") from error


def _distinct(rows: list[dict[str, str]], column: str) -> list[str]:
    return list(dict.fromkeys(row[column] for row in rows if row.get(column)))


def _numbers_text(values: list[str]) -> str:
    """`0–9` for a run of consecutive integers, else the values joined by commas."""
    numbers = [int(v) for v in values if re.fullmatch(r"-?\d+", v)]
    if len(numbers) == len(values) and len(numbers) > 2 and sorted(numbers) == list(
            range(min(numbers), max(numbers) + 1)):
        return f"{min(numbers)}–{max(numbers)}"
    return ", ".join(values)


def _provenance(folder: Path, rows: list[dict[str, str]], manifest: dict | None = None) -> list[tuple[str, str]]:
    facts = []
    versions = _distinct(rows, "version") or ([str(manifest["version"])] if manifest and manifest.get("version")
                                              else [])
    if versions:
        facts.append(("program version", ", ".join(versions)))
    seeds = _distinct(rows, "seed")
    if seeds:
        facts.append(("seeds" if len(seeds) > 1 else "seed", ", ".join(seeds)))
    replications = _distinct(rows, "replication")
    if replications:
        facts.append(("replications" if len(replications) > 1 else "replication", _numbers_text(replications)))
    if manifest and manifest.get("fingerprint"):
        facts.append(("plan fingerprint", str(manifest["fingerprint"])))
    facts.append(("source folder", folder.name))
    return facts


def _metric_columns(header: list[str], parameters: list[str] = ()) -> list[str]:
    """The columns of a runs.csv or summary.csv that are metrics: numeric, not identity or parameters."""
    return [c for c in header if c not in IDENTITY_COLUMNS and c not in parameters and c != "warmup_s"]


def _capacity_facts(summary: dict[str, str], series) -> list[tuple[str, str]]:
    """The lab's PCs and cores (`hosts_total`, `slots_total`) from summary.csv or, failing that,
    timeseries.csv; a column the folder does not have is left out. The columns hold one value
    for the whole run; if they ever change, the range is shown."""
    facts = []
    for column, term in (("hosts_total", "PCs"), ("slots_total", "cores (job slots)")):
        values = [parse_float(summary[column])] if summary.get(column) else []
        if not values and series is not None and column in series.columns:
            values = series.columns[column]
        values = [v for v in values if math.isfinite(v)]
        if values:
            low, high = min(values), max(values)
            text = format_value(low, "count") if low == high else \
                f"{format_value(low, 'count')}–{format_value(high, 'count')}"
            facts.append((term, text))
    return facts


def _batch_system(command: str) -> str:
    """The batch system a recorded command sets (`--set batch.system=X`); empty when it sets none
    (the scenario file's choice is not in the run folder, so it is not guessed)."""
    matches = re.findall(r"batch\.system=([A-Za-z0-9_-]+)", command)
    return matches[-1] if matches else ""


# --- run ---------------------------------------------------------------------------------------

def run_report(folder: Path) -> Report:
    """The report of a `harvestsim run` folder (summary.csv; timeseries.csv and jobs.csv if present)."""
    summary = read_summary(folder)
    scenario = summary.get("scenario", "") or folder.name
    report = Report("run", f"Run report: {scenario}", "One simulated run of one scenario.")
    report.facts = [("scenario", scenario)]
    for column, term in (("duration_s", "simulated duration"), ("warmup_s", "warm-up (not measured)")):
        if summary.get(column):
            report.facts.append((term, format_value(parse_float(summary[column]), "s")))
    series = read_timeseries(folder) if (folder / "timeseries.csv").is_file() else None
    report.facts += _capacity_facts(summary, series)
    command = _read_text(folder / "command.txt").strip()
    system = _batch_system(command)
    if system:
        report.facts.append(("batch system", system))
    names = ordered(_metric_columns(list(summary)))
    results = []
    for name in names:
        entry = metric(name)
        results.append({"metric": entry, "value": format_value(parse_float(summary[name]), entry.unit)})
    report.extra["results"] = results
    report.glossary = [metric(n) for n in names]
    if series is not None:
        report.plots.append(embed(plot_timeseries(series, summary), "Time series",
                                  "PCs up and worker nodes usable against the PCs in the lab; busy job slots; "
                                  "jobs queued. The grey span at the start is the warm-up, which the metrics leave out."))
    outcomes: dict[tuple[str, str], int] = {}
    for row in _csv_rows(folder / "jobs.csv"):
        key = (row.get("outcome", ""), row.get("loss_cause", "") or "")
        outcomes[key] = outcomes.get(key, 0) + 1
    report.extra["outcomes"] = [{"outcome": o, "cause": c or "—", "count": format_value(n, "count")}
                                for (o, c), n in sorted(outcomes.items(), key=lambda kv: (-kv[1], kv[0]))]
    report.provenance = _provenance(folder, [summary])
    report.command = command
    return report


# --- sweep -------------------------------------------------------------------------------------

MAX_CLOSE = 4   # points listed as indistinguishable from the best; the rest are counted
NOISE = 1e-9    # relative differences below this are floating-point noise (PracticalThreshold.noise)
WINDOW_TOTAL = "total over the window"


def point_label(points: Points, point) -> str:
    """A point by its values, one parameter per dimension (parameters zipped together move as one:
    the first names them), e.g. `hosts.0.count=25, registration.mode=live`."""
    names = [group[0] for group in points.dimensions if group and group[0] in point.params]
    return ", ".join(f"{name}={point.params[name].text}" for name in names) or f"point {point.index}"


def lab_size_varies(points: Points) -> bool:
    """Whether a swept key sets a number of PCs (ends with `.count`): then totals over the window
    grow with the lab and are not compared across points."""
    return any(name.endswith(".count") for name in points.parameters)


def threshold_amount(entry: Metric, a: float, b: float) -> float:
    """The metric's practical threshold for two means, in its unit: the catalogue's fraction of the
    larger magnitude (`relative`) or its amount (`absolute`); 0 when the catalogue gives none."""
    if entry.threshold is None:
        return 0.0
    if entry.threshold_kind == "relative":
        return entry.threshold * max(abs(a), abs(b))
    return entry.threshold


def unpaired_tie(entry: Metric, best, other) -> bool:
    """Whether `other` cannot be told from `best` (PointStats of two points), by the rules of
    `harvestsim compare` applied to an unpaired difference: noise (|difference| ≤ 1e-9 × the larger
    magnitude), no CI, a 95% CI of the difference that includes 0, or one wholly within ± the
    practical threshold. Points of a sweep are not paired, so the difference's CI half-width is
    √(ci95₁² + ci95₂²) (independent means): a screen, not the paired test of compare."""
    difference = other.mean - best.mean
    if abs(difference) <= NOISE * max(abs(best.mean), abs(other.mean)):
        return True
    if not (math.isfinite(best.ci95) and math.isfinite(other.ci95)):
        return True
    half = math.hypot(best.ci95, other.ci95)
    low, high = difference - half, difference + half
    if low <= 0 <= high:
        return True
    band = threshold_amount(entry, best.mean, other.mean)
    return -band <= low and high <= band


def best_points(points: Points) -> list[dict]:
    """Per metric with a better direction, the point with the best mean and the points that cannot
    be told from it (`unpaired_tie`), at most MAX_CLOSE of them named and the others counted.
    When the lab size is swept (`lab_size_varies`), a metric that is a total over the window is
    listed with `ranked` False: it grows with the lab, so its best would only name the largest
    (or smallest) lab."""
    table = []
    totals_unranked = lab_size_varies(points)
    for name in points.metrics:
        entry = metric(name)
        candidates = [p for p in points.rows if math.isfinite(p.stats[name].mean)]
        if not entry.has_direction or not candidates:
            continue
        if totals_unranked and entry.aggregation == WINDOW_TOTAL:
            table.append({"metric": entry, "ranked": False, "point": "", "value": "", "close": [], "more": 0})
            continue
        sign = 1.0 if entry.better == "higher" else -1.0
        best = max(candidates, key=lambda p: (sign * p.stats[name].mean, -p.index))
        stat = best.stats[name]
        close = [p for p in candidates if p is not best and unpaired_tie(entry, stat, p.stats[name])]
        table.append({"metric": entry, "ranked": True, "point": point_label(points, best),
                      "value": format_estimate(stat.mean, stat.ci95, entry.unit),
                      "close": [point_label(points, p) for p in close[:MAX_CLOSE]],
                      "more": max(0, len(close) - MAX_CLOSE)})
    return table


def sweep_report(folder: Path) -> Report:
    """The report of a `harvestsim sweep` folder (sweep.json, points.csv; runs.csv, plan.yaml)."""
    sweep = read_sweep(folder)
    points = sweep.points
    plan = _read_text(folder / "plan.yaml")
    report = Report("sweep", f"Sweep report: {points.name}",
                    _plan_field(plan, "description") or "A sweep of scenario parameters.")
    report.question, report.plan = _plan_question(plan), plan
    base = _plan_field(plan, "base")
    if base:
        report.facts.append(("base scenario", base))
    report.facts.append(("points", str(len(points.rows))))
    if points.replications is not None:
        report.facts.append(("replications per point", str(points.replications)))
    for name in points.parameters:
        axis = points.axes[name]
        report.facts.append((f"varied: {name}", ", ".join(v.text for v in axis.sorted_values())))
    names = ordered(points.metrics)
    report.glossary = [metric(n) for n in names]
    report.extra["best"] = best_points(points)
    report.extra["lab_size_varies"] = lab_size_varies(points)
    report.extra["parameters"] = points.parameters
    report.extra["columns"] = [metric(n) for n in names]
    report.extra["rows"] = [{"values": [p.params[n].text for n in points.parameters],
                             "stats": [format_estimate(p.stats[n].mean, p.stats[n].ci95, metric(n).unit)
                                       for n in names]} for p in points.rows]
    x_param, line_param = choose_axes(points)
    for name in names:
        if x_param is not None:
            fig = plot_metric_vs_parameter(points, name, x_param, line_param)
            caption = f"Mean ± 95% CI against {parameter_label(x_param)}" + (
                f", one line per {parameter_label(line_param)}." if line_param else ".")
        else:
            fig = plot_points_bar(points, name)
            caption = "Mean ± 95% CI at each point."
        report.plots.append(embed(fig, metric(name).label, caption))
    runs = run_folders(folder)
    for run in runs[:3]:
        report.plots.append(embed(plot_timeseries(run), f"Time series of runs/{run.relative_to(folder / 'runs')}",
                                  "PCs, busy slots and queue of one run."))
    rows = _csv_rows(folder / "runs.csv")
    report.provenance = _provenance(folder, rows, sweep.spec)
    report.command = _read_text(folder / "command.txt").strip()
    return report


# --- compare -----------------------------------------------------------------------------------

def _overview(comparison: Comparison, names: list[str]) -> list[dict]:
    """Per variant, per metric: the mean ± ci95 and the paired difference from the baseline with
    its significance and whether it is better or worse."""
    result = []
    for variant in comparison.variants:
        cells = []
        for name in names:
            row = comparison.rows.get((name, variant))
            entry = metric(name)
            if row is None:
                cells.append({"mean": "", "diff": "", "tone": ""})
                continue
            colour = difference_colour(name, row)
            tone = {"tab:green": "better", "tab:red": "worse", "tab:purple": "changed"}.get(colour or "", "")
            diff = "" if row.is_baseline else format_interval(row.diff_mean, row.diff_ci95, entry.unit, signed=True)
            cells.append({"mean": format_interval(row.mean, row.ci95, entry.unit), "diff": diff,
                          "significant": row.significant, "tone": tone})
        result.append({"variant": variant, "baseline": variant == comparison.baseline, "cells": cells})
    return result


def compare_report(folder: Path) -> Report:
    """The report of a `harvestsim compare` folder (compare.csv; runs.csv, sweep.json, plan.yaml,
    ranking.csv, pareto.csv, recommendation.md when present)."""
    comparison = read_compare(folder)
    manifest = read_sweep_spec(folder / "sweep.json") if (folder / "sweep.json").is_file() else None
    plan = _read_text(folder / "plan.yaml")
    name = str(manifest.get("name")) if manifest and manifest.get("name") else folder.name
    report = Report("compare", f"Comparison report: {name}",
                    f"{len(comparison.variants)} variants of one scenario, each run with the same random "
                    f"streams per replication and compared with the baseline {comparison.baseline}.")
    report.question, report.plan = _plan_question(plan), plan
    base = _plan_field(plan, "base")
    if base:
        report.facts.append(("base scenario", base))
    report.facts += [("baseline", comparison.baseline), ("variants", ", ".join(comparison.variants))]
    if manifest and isinstance(manifest.get("replications"), int):
        report.facts.append(("replications per variant", str(manifest["replications"])))
    names = ordered(comparison.metrics)
    recommendation = read_recommendation(folder)
    report.extra["recommendation"] = blocks(recommendation) if recommendation else []
    ranking = read_ranking(folder)
    report.extra["ranking"] = [{
        "metric": metric(group.metric),
        "best": [r.variant for r in group.with_verdict("best")],
        "indistinguishable": [r.variant for r in group.with_verdict("indistinguishable")],
        "worse": len(group.with_verdict("worse")),
        "not_ranked": len(group.with_verdict("not-ranked")),
        "rows": [{"rank": "" if r.rank is None else str(r.rank), "variant": r.variant, "verdict": r.verdict,
                  "mean": format_interval(r.mean, r.ci95, metric(group.metric).unit if metric(group.metric).known
                                          else r.unit),
                  "diff": format_interval(r.diff_from_best, r.diff_from_best_ci95,
                                          metric(group.metric).unit if metric(group.metric).known else r.unit,
                                          signed=True)} for r in group.rows],
    } for group in ranking] if ranking else []
    pareto = read_pareto(folder)
    report.extra["pareto"] = None if pareto is None else {
        "objectives": [metric(o) for o in pareto.objectives],
        "rows": [{"variant": r.variant, "feasible": r.feasible, "pareto": r.pareto, "violated": r.violated,
                  "values": [format_value(r.objectives[o], metric(o).unit) for o in pareto.objectives]}
                 for r in pareto.rows]}
    report.extra["columns"] = [metric(n) for n in names]
    report.extra["overview"] = _overview(comparison, names)
    report.extra["baseline"] = comparison.baseline
    shown = list(names)
    if pareto is not None:
        shown += [o for o in pareto.objectives if o not in shown]
    report.glossary = [metric(n) for n in ordered(shown)]
    for name_ in names:
        report.plots.append(embed(plot_compare(comparison, name_), metric(name_).label,
                                  f"Left: each variant's mean ± 95% CI. Right: the paired difference from "
                                  f"{comparison.baseline} ± 95% CI; filled markers are significant."))
    rows = _csv_rows(folder / "runs.csv")
    report.provenance = _provenance(folder, rows, manifest)
    report.command = _read_text(folder / "command.txt").strip()
    console = _read_text(folder / "console.txt").splitlines()
    if console:
        report.provenance.append(("console", console[0]))
    return report


BUILDERS = {"run": run_report, "sweep": sweep_report, "compare": compare_report}


def render(report: Report) -> str:
    """The report as HTML text."""
    return environment().get_template(f"{report.kind}.html.j2").render(report=report, **report.extra)


def write_html_report(folder: Path | str, out: Path | str | None = None, kind: str | None = None) -> Path:
    """Writes the report of `folder` (kind detected unless given) to `out` (default
    `folder/report.html`) and returns its path. The file is written whole or not at all."""
    folder = Path(folder)
    if not folder.is_dir():
        raise SweepError(f"{folder}: not a folder")
    kind = kind or detect_kind(folder)
    if kind not in BUILDERS:
        raise SweepError(f"unknown report kind {kind!r}; expected one of {', '.join(KINDS)}")
    text = render(BUILDERS[kind](folder))
    out = Path(out) if out is not None else folder / "report.html"
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.name + ".partial")
    partial.write_text(text, encoding="utf-8")
    partial.replace(out)
    return out


__all__ = ["KINDS", "Plot", "Report", "best_points", "compare_report", "detect_kind", "embed", "environment",
           "render", "run_report", "sweep_report", "write_html_report"]
