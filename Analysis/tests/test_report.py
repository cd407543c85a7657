import subprocess
import sys
from pathlib import Path

import pytest

from conftest import (CATEGORICAL_METRICS, MIXED_METRICS, SECONDS_METRIC, write_run, write_sweep,
                      MIXED_PARAMS, MIXED_POINTS)
from harvestplots.catalogue import catalogue
from harvestplots.report import format_stat, make_report


def heading(metric):
    """The report's heading of a catalogue metric: label, unit and column name."""
    entry = catalogue()[metric]
    return f"### {entry.label} ({entry.unit}): `{metric}`"


def label(metric):
    return catalogue()[metric].label

ANALYSIS = Path(__file__).resolve().parents[1]


def run_script(script, *args):
    return subprocess.run([sys.executable, str(ANALYSIS / script), *map(str, args)],
                          capture_output=True, text=True, timeout=120)


def table_rows(report, heading):
    """The table rows (as lists of cells) under a Markdown heading."""
    lines = report.splitlines()
    start = lines.index(heading)
    rows = []
    for line in lines[start + 1:]:
        if line.startswith("#"):
            break
        if line.startswith("|") and not line.startswith("|---"):
            rows.append([c.strip() for c in line.strip("|").split("|")])
    return rows


@pytest.mark.parametrize("mean,ci,text", [
    (12.3, 1.5, "12.3 ± 1.5"), (300.0, 24.8, "300 ± 25"), (7.5, 0.75, "7.50 ± 0.75"),
    (0.9512, 0.0123, "0.951 ± 0.012"), (0.75, float("nan"), "0.75"), (float("nan"), 1.0, "n/a"),
    (5.0, 0.0, "5 ± 0"),
])
def test_format_stat(mean, ci, text):
    assert format_stat(mean, ci) == text


def test_mixed_sweep_cli_writes_every_plot_and_the_report(mixed_sweep):
    result = run_script("make_report.py", mixed_sweep)
    assert result.returncode == 0, result.stderr
    plots = mixed_sweep / "plots"
    expected = [plots / f"{m}_vs_hosts.0.count.{ext}" for m in MIXED_METRICS for ext in ("png", "svg")]
    expected.append(mixed_sweep / "report.md")
    printed = [Path(line) for line in result.stdout.split("\n") if line]
    assert sorted(printed) == sorted(expected)
    for path in expected:
        assert path.is_file() and path.stat().st_size > 0
    assert (plots / "jobs_lost_vs_hosts.0.count.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert b"<svg" in (plots / "jobs_lost_vs_hosts.0.count.svg").read_bytes()
    report = (mixed_sweep / "report.md").read_text()
    for metric in MIXED_METRICS:
        assert (f"![{label(metric)} vs hosts.0.count, lines by registration.mode]"
                f"(plots/{metric}_vs_hosts.0.count.png)") in report
        assert f"(plots/{metric}_vs_hosts.0.count.svg)" in report
    assert report.startswith("# Sweep report: test-sweep\n")
    rows = table_rows(report, heading("jobs_lost"))
    assert rows[0] == ["point", "`hosts.0.count`", "`registration.mode`", "mean ± ci95", "n"]
    assert rows[1:] == [
        ["0", "100", "restart", "12.3 ± 1.5", "3"],
        ["1", "2", "restart", "4.0 ± 2.5", "3"],
        ["2", "10", "restart", "7.50 ± 0.75", "3"],
        ["3", "100", "reload", "1.00 ± 0.25", "3"],
        ["4", "2", "reload", "0.5 ± 1.0", "3"],
        ["5", "10", "reload", "0.75", "1"],
    ]
    throughput = table_rows(report, heading("throughput_per_hour"))
    assert throughput[1] == ["0", "100", "restart", "300 ± 25", "3"]
    points = table_rows(report, "## Points")
    assert points[0] == ["point", "`hosts.0.count`", "`registration.mode`", "runs"]
    assert len(points) == 7 and points[2] == ["1", "2", "restart", "3"]
    assert "18 runs in runs.csv" in report
    assert "- `hosts.0.count` (number): `2`, `10`, `100`" in report


def test_categorical_only_sweep_gets_bar_charts(categorical_sweep):
    result = make_report(categorical_sweep)
    names = sorted(p.name for p in result.written)
    assert names == sorted([f"{m}_by_point.{e}" for m in CATEGORICAL_METRICS for e in ("png", "svg")]
                           + ["report.md"])
    report = result.report.read_text()
    assert "bar per point" in report
    for metric in CATEGORICAL_METRICS:
        assert f"![{label(metric)} by point](plots/{metric}_by_point.png)" in report
    wait = table_rows(report, heading(SECONDS_METRIC))
    assert wait[1:] == [["0", "restart", "120 ± 12", "3"], ["1", "reload", "n/a", "0"],
                        ["2", "none", "90.0 ± 2.5", "3"]]
    lost = table_rows(report, heading("jobs_lost"))
    assert lost[3] == ["2", "none", "6", "1"]


def test_duration_parameter_sweep(duration_sweep):
    result = make_report(duration_sweep)
    stem = "mean_detection_latency_s_vs_torque.node_check_rate"
    assert (duration_sweep / "plots" / f"{stem}.svg").is_file()
    report = result.report.read_text()
    assert f"(plots/{stem}.png)" in report
    assert "- `torque.node_check_rate` (duration): `5m`, `15m`, `1h`" in report
    rows = table_rows(report, heading("mean_detection_latency_s"))
    assert rows[2] == ["1", "5m", "320 ± 20", "3"]


def test_out_and_report_options_link_relative_to_the_report(mixed_sweep, tmp_path):
    out = tmp_path / "elsewhere" / "figs"
    report_path = tmp_path / "elsewhere" / "r.md"
    result = run_script("make_report.py", mixed_sweep, "--out", out, "--report", report_path)
    assert result.returncode == 0, result.stderr
    assert (out / "jobs_lost_vs_hosts.0.count.svg").is_file()
    assert not (mixed_sweep / "plots").exists()
    assert "(figs/jobs_lost_vs_hosts.0.count.png)" in report_path.read_text()
    assert str(report_path) in result.stdout


def test_same_csv_gives_byte_identical_svg_and_png(mixed_sweep, tmp_path):
    first = make_report(mixed_sweep, tmp_path / "a", tmp_path / "a.md")
    # the second run is a separate process, so nothing is shared but the input
    result = run_script("make_report.py", mixed_sweep, "--out", tmp_path / "b", "--report", tmp_path / "b.md")
    assert result.returncode == 0, result.stderr
    compared = 0
    for entry in first.plots:
        for path in (entry.png, entry.svg):
            assert path.read_bytes() == (tmp_path / "b" / path.name).read_bytes(), path.name
            compared += 1
    assert compared == 4
    svg = first.plots[0].svg.read_text()
    assert "<dc:date>" not in svg


def test_run_timeseries_under_runs_folder_are_plotted(mixed_sweep):
    write_run(mixed_sweep / "runs" / "point-0" / "rep-0", seed=1)
    write_run(mixed_sweep / "runs" / "point-1" / "rep-0", seed=2)
    result = make_report(mixed_sweep)
    names = {p.name for p in result.written}
    assert {"timeseries_point-0_rep-0.png", "timeseries_point-1_rep-0.svg"} <= names
    report = result.report.read_text()
    assert "## Run time series" in report
    assert "(plots/timeseries_point-1_rep-0.png)" in report
    limited = make_report(mixed_sweep, max_timeseries=1)
    assert "The first 1 of 2 runs" in limited.report.read_text()


@pytest.mark.parametrize("breakage", ["missing_folder", "not_a_folder", "no_points", "bad_json", "no_sweep_json"])
def test_bad_folder_exits_2_with_a_message(tmp_path, breakage):
    folder = write_sweep(tmp_path / "s", MIXED_PARAMS, MIXED_POINTS, MIXED_METRICS)
    if breakage == "missing_folder":
        folder = tmp_path / "nowhere"
        expected = "not a folder"
    elif breakage == "not_a_folder":
        folder = folder / "points.csv"
        expected = "not a folder"
    elif breakage == "no_points":
        (folder / "points.csv").unlink()
        expected = "points.csv: file not found"
    elif breakage == "bad_json":
        (folder / "sweep.json").write_text("{not json")
        expected = "not valid JSON"
    else:
        (folder / "sweep.json").unlink()
        expected = "sweep.json: file not found"
    result = run_script("make_report.py", folder)
    assert result.returncode == 2
    assert expected in result.stderr
    assert "error" in result.stderr
    assert result.stdout == ""


def test_plot_run_cli(tmp_path):
    run = write_run(tmp_path / "run")
    result = run_script("plot_run.py", run)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [str(run / "plots" / "timeseries.png"), str(run / "plots" / "timeseries.svg")]
    assert (run / "plots" / "timeseries.svg").stat().st_size > 0
    again = run_script("plot_run.py", run, "--out", tmp_path / "o")
    assert again.returncode == 0
    assert (tmp_path / "o" / "timeseries.svg").read_bytes() == (run / "plots" / "timeseries.svg").read_bytes()
    bad = run_script("plot_run.py", tmp_path / "nowhere")
    assert bad.returncode == 2 and "not a folder" in bad.stderr
    (tmp_path / "empty").mkdir()
    empty = run_script("plot_run.py", tmp_path / "empty")
    assert empty.returncode == 2 and "timeseries.csv: file not found" in empty.stderr


def test_run_report_still_works(tmp_path):
    run = write_run(tmp_path / "run")
    result = run_script("run_report.py", run)
    assert result.returncode == 0, result.stderr
    assert "time averages over 5 samples:" in result.stdout
    assert "queue_length  10.000" in result.stdout
