"""Zipped axes (sweep.json "dimensions") move together: they never split lines."""
import json

from harvestplots.data import read_sweep
from harvestplots.plots import plot_metric_vs_parameter
from harvestplots.report import choose_axes

from conftest import write_sweep


def zipped_sweep(tmp_path):
    parameters = ["hosts.0.count", "hosts.1.count", "registration.mode"]
    stats = {"jobs_lost": (1.0, 0.5, 3, 0.2)}
    points = [((a, a, mode), stats) for a in (5, 10, 25) for mode in ("restart", "live")]
    folder = write_sweep(tmp_path / "zipped", parameters, points, ["jobs_lost"])
    spec = json.loads((folder / "sweep.json").read_text())
    spec["dimensions"] = [["hosts.0.count", "hosts.1.count"], ["registration.mode"]]
    (folder / "sweep.json").write_text(json.dumps(spec))
    return folder


def test_lines_come_from_another_dimension(tmp_path):
    sweep = read_sweep(zipped_sweep(tmp_path))
    assert sweep.points.dimension_of("hosts.1.count") == ["hosts.0.count", "hosts.1.count"]
    assert choose_axes(sweep.points) == ("hosts.0.count", "registration.mode")


def test_a_zipped_parameter_does_not_split_the_lines(tmp_path):
    sweep = read_sweep(zipped_sweep(tmp_path))
    figure = plot_metric_vs_parameter(sweep.points, "jobs_lost", "hosts.0.count", "registration.mode")
    lines = [line for line in figure.axes[0].get_lines() if len(line.get_xdata()) > 0]
    # One line per mode, each through all three lab sizes.
    assert len(lines) == 2
    assert all(len(line.get_xdata()) == 3 for line in lines)
