import math

import pytest

from conftest import MIXED_METRICS, MIXED_PARAMS, MIXED_POINTS, write_run, write_sweep
from harvestplots import SweepError, read_points, read_runs, read_sweep, read_timeseries


def test_read_sweep_parses_points_and_empty_cells(mixed_sweep):
    sweep = read_sweep(mixed_sweep)
    points = sweep.points
    assert points.name == "test-sweep"
    assert points.replications == 3
    assert points.parameters == MIXED_PARAMS
    assert points.metrics == MIXED_METRICS
    assert [p.index for p in points.rows] == list(range(6))
    first = points.rows[0]
    assert first.params["hosts.0.count"].number == 100.0
    assert first.params["registration.mode"].text == "restart"
    assert first.stats["jobs_lost"].mean == 12.3
    assert first.stats["jobs_lost"].ci95 == 1.5
    assert first.stats["jobs_lost"].n == 3
    empty = points.rows[5].stats["jobs_lost"]
    assert empty.mean == 0.75 and empty.n == 1
    assert math.isnan(empty.sd) and math.isnan(empty.ci95)
    assert points.axes["hosts.0.count"].kind == "number"
    assert points.axes["registration.mode"].kind == "category"
    assert points.numeric_parameters() == ["hosts.0.count"]
    assert len(sweep.runs) == 18
    assert sweep.runs[0]["hosts.0.count"].text == "100"
    assert sweep.runs[0]["scenario"] == "lab"
    assert sweep.runs[0]["jobs_lost"] == 1.0


def test_points_parameters_inferred_without_sweep_json(mixed_sweep):
    points = read_points(mixed_sweep / "points.csv")
    assert points.parameters == MIXED_PARAMS
    assert points.metrics == MIXED_METRICS


def test_missing_metric_column_is_an_error(tmp_path):
    folder = write_sweep(tmp_path / "s", MIXED_PARAMS, MIXED_POINTS, MIXED_METRICS)
    text = (folder / "sweep.json").read_text().replace('"throughput_per_hour"', '"goodput_core_hours"')
    (folder / "sweep.json").write_text(text)
    with pytest.raises(SweepError, match="goodput_core_hours_mean"):
        read_sweep(folder)


def test_missing_parameter_column_is_an_error(tmp_path):
    folder = write_sweep(tmp_path / "s", MIXED_PARAMS, MIXED_POINTS, MIXED_METRICS)
    with pytest.raises(SweepError, match="hosts.1.count"):
        read_points(folder / "points.csv", ["hosts.1.count"], MIXED_METRICS)
    with pytest.raises(SweepError, match="hosts.1.count"):
        read_runs(folder / "runs.csv", ["hosts.1.count"])


def test_timeseries_sorted_by_time(tmp_path):
    run = write_run(tmp_path / "run")
    lines = (run / "timeseries.csv").read_text().splitlines()
    (run / "timeseries.csv").write_text("\n".join([lines[0], *reversed(lines[1:])]) + "\n")
    series = read_timeseries(run)
    assert series.columns["time_s"] == [0.0, 21600.0, 43200.0, 64800.0, 86400.0]
    assert series.columns["queue_length"] == [0.0, 5.0, 10.0, 15.0, 20.0]
    assert series.seed == "42"
