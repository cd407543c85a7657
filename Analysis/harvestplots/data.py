"""Reading a sweep folder (sweep.json, points.csv, runs.csv) and a run folder
(timeseries.csv, summary.csv). Standard library only."""
from __future__ import annotations

import csv
import json
import math
from dataclasses import dataclass, field
from pathlib import Path

from .values import Axis, Value, parse_float

# Columns of runs.csv / summary.csv that are not metrics (text or identity).
RUN_TEXT_COLUMNS = ("scenario", "version")
TIMESERIES_COLUMNS = ("time_s", "hosts_up", "wns_usable", "busy_slots", "queue_length")
# Capacity columns read when a timeseries.csv or summary.csv has them: PCs in the lab, job slots.
CAPACITY_COLUMNS = ("hosts_total", "slots_total")


class SweepError(ValueError):
    """A sweep or run folder that is missing or does not follow the CSV contract."""


@dataclass(frozen=True)
class Stat:
    """One metric at one point: mean, standard deviation, n and the Student-t 95%
    half-width; NaN (or None for n) where the file has an empty cell."""

    mean: float
    sd: float
    n: int | None
    ci95: float

    @property
    def low(self) -> float:
        return self.mean - self.ci95

    @property
    def high(self) -> float:
        return self.mean + self.ci95


@dataclass(frozen=True)
class Point:
    index: int
    params: dict[str, Value]
    runs: int | None
    stats: dict[str, Stat]

    def label(self, names: list[str] | None = None) -> str:
        """The point's parameter values, e.g. `hosts.0.count=40, registration.mode=restart`."""
        names = list(self.params) if names is None else names
        return ", ".join(f"{name}={self.params[name].text}" for name in names)


@dataclass
class Points:
    """points.csv with the axes it varies."""

    parameters: list[str]
    metrics: list[str]
    rows: list[Point]
    axes: dict[str, Axis] = field(default_factory=dict)
    name: str = ""
    replications: int | None = None
    # Groups of parameters that move together (a plan's `zip`); by default each alone.
    dimensions: list[list[str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.axes:
            self.axes = {p: Axis.infer(p, [row.params[p] for row in self.rows]) for p in self.parameters}
        if not self.dimensions:
            self.dimensions = [[p] for p in self.parameters]

    def dimension_of(self, parameter: str) -> list[str]:
        """The parameters that move together with `parameter` (itself included)."""
        for group in self.dimensions:
            if parameter in group:
                return group
        return [parameter]

    def numeric_parameters(self) -> list[str]:
        return [p for p in self.parameters if self.axes[p].numeric]


def _open_csv(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    if not path.is_file():
        raise SweepError(f"{path}: file not found")
    try:
        with open(path, newline="", encoding="utf-8") as handle:
            reader = csv.DictReader(handle)
            header = list(reader.fieldnames or [])
            rows = list(reader)
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise SweepError(f"{path}: cannot read: {error}") from error
    if not header:
        raise SweepError(f"{path}: empty file (no header line)")
    return header, rows


def _optional_int(text: str | None) -> int | None:
    value = parse_float(text or "")
    return None if math.isnan(value) else int(value)


def read_sweep_spec(path: Path | str) -> dict:
    """sweep.json as a dict, checked for `parameters` and `metrics` lists."""
    path = Path(path)
    if not path.is_file():
        raise SweepError(f"{path}: file not found")
    try:
        spec = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise SweepError(f"{path}: not valid JSON: {error}") from error
    if not isinstance(spec, dict):
        raise SweepError(f"{path}: expected a JSON object")
    for key in ("parameters", "metrics"):
        if not isinstance(spec.get(key), list) or not all(isinstance(v, str) for v in spec[key]):
            raise SweepError(f"{path}: '{key}' must be a list of strings")
    return spec


def read_points(path: Path | str, parameters: list[str] | None = None,
                metrics: list[str] | None = None) -> Points:
    """points.csv. Without `parameters`/`metrics` (from sweep.json) they are inferred
    from the header: the columns between `point` and `runs`, and every `M_mean`."""
    path = Path(path)
    header, rows = _open_csv(path)
    if header[0] != "point" or "runs" not in header:
        raise SweepError(f"{path}: header must start with 'point' and contain 'runs'")
    if parameters is None:
        parameters = header[1:header.index("runs")]
    if metrics is None:
        metrics = [c[:-5] for c in header if c.endswith("_mean")]
    needed = ["point", *parameters, "runs"]
    for metric in metrics:
        needed += [f"{metric}_{s}" for s in ("mean", "sd", "n", "ci95")]
    missing = [c for c in needed if c not in header]
    if missing:
        raise SweepError(f"{path}: missing column(s): {', '.join(missing)}")
    points = []
    for number, row in enumerate(rows, start=2):
        index = _optional_int(row["point"])
        if index is None:
            raise SweepError(f"{path}: line {number}: 'point' is not a number")
        stats = {
            m: Stat(parse_float(row[f"{m}_mean"]), parse_float(row[f"{m}_sd"]),
                    _optional_int(row[f"{m}_n"]), parse_float(row[f"{m}_ci95"]))
            for m in metrics
        }
        params = {p: Value.parse(row[p]) for p in parameters}
        points.append(Point(index, params, _optional_int(row["runs"]), stats))
    if not points:
        raise SweepError(f"{path}: no points (header only)")
    return Points(list(parameters), list(metrics), points)


def read_runs(path: Path | str, parameters: list[str] | None = None) -> list[dict]:
    """runs.csv: one dict per run; parameter cells as Value, scenario/version as
    text, every other cell as a float (NaN when empty)."""
    path = Path(path)
    header, rows = _open_csv(path)
    if header[0] != "point":
        raise SweepError(f"{path}: header must start with 'point'")
    if parameters is None:
        parameters = header[1:header.index("replication")] if "replication" in header else []
    missing = [c for c in parameters if c not in header]
    if missing:
        raise SweepError(f"{path}: missing column(s): {', '.join(missing)}")
    runs = []
    for row in rows:
        run: dict = {}
        for key, text in row.items():
            if key in parameters:
                run[key] = Value.parse(text)
            elif key in RUN_TEXT_COLUMNS:
                run[key] = text
            else:
                run[key] = parse_float(text)
        runs.append(run)
    return runs


@dataclass
class Sweep:
    folder: Path
    spec: dict
    points: Points
    runs: list[dict] | None


def read_sweep(folder: Path | str) -> Sweep:
    """A sweep output folder: sweep.json and points.csv are required, runs.csv is
    read when present."""
    folder = Path(folder)
    if not folder.is_dir():
        raise SweepError(f"{folder}: not a folder")
    spec = read_sweep_spec(folder / "sweep.json")
    points = read_points(folder / "points.csv", spec["parameters"], spec["metrics"])
    points.name = str(spec.get("name", folder.name))
    dimensions = spec.get("dimensions")
    if isinstance(dimensions, list) and all(isinstance(g, list) for g in dimensions):
        points.dimensions = [[str(p) for p in group] for group in dimensions]
    replications = spec.get("replications")
    points.replications = replications if isinstance(replications, int) else None
    runs_path = folder / "runs.csv"
    runs = read_runs(runs_path, spec["parameters"]) if runs_path.exists() else None
    return Sweep(folder, spec, points, runs)


@dataclass
class TimeSeries:
    scenario: str
    seed: str
    replication: str
    columns: dict[str, list[float]]
    version: str = ""


def read_table(path: Path | str, file_name: str, required: list[str], empty: str) -> tuple[Path, list[dict[str, str]]]:
    """A CSV file (or the folder holding it as `file_name`) with the `required` columns and at
    least one row; `empty` names what is missing when there is only a header."""
    path = Path(path)
    if path.is_dir():
        path = path / file_name
    header, rows = _open_csv(path)
    missing = [c for c in required if c not in header]
    if missing:
        raise SweepError(f"{path}: missing column(s): {', '.join(missing)}")
    if not rows:
        raise SweepError(f"{path}: {empty} (header only)")
    return path, rows


def read_timeseries(path: Path | str) -> TimeSeries:
    """timeseries.csv (or a run folder holding it), sorted by time."""
    path, rows = read_table(path, "timeseries.csv", TIMESERIES_COLUMNS, "no samples")
    rows.sort(key=lambda r: parse_float(r["time_s"]))
    present = [c for c in CAPACITY_COLUMNS if c in rows[0]]
    columns = {c: [parse_float(r[c]) for r in rows] for c in (*TIMESERIES_COLUMNS, *present)}
    first = rows[0]
    return TimeSeries(first.get("scenario", ""), first.get("seed", ""), first.get("replication", ""), columns,
                      first.get("version", ""))


def read_summary(path: Path | str) -> dict[str, str]:
    """summary.csv (or a run folder holding it): its one row as text."""
    path = Path(path)
    if path.is_dir():
        path = path / "summary.csv"
    _, rows = _open_csv(path)
    if not rows:
        raise SweepError(f"{path}: no data row")
    return rows[0]
