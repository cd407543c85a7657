import math

import numpy as np
import pytest

from conftest import SECONDS_METRIC
from harvestplots import (plot_metric_vs_parameter, plot_points_bar, plot_timeseries, read_sweep)
from harvestplots.catalogue import catalogue


def _by_gid(ax, gid):
    found = [a for a in [*ax.lines, *ax.collections] if a.get_gid() == gid]
    assert len(found) == 1, f"expected one artist with gid {gid}, found {[a.get_gid() for a in ax.get_children()]}"
    return found[0]


def _band_extent(band):
    """{x: (lowest y, highest y)} over the band polygon's vertices."""
    extent = {}
    for path in band.get_paths():
        for x, y in path.vertices:
            lo, hi = extent.get(round(x, 9), (math.inf, -math.inf))
            extent[round(x, 9)] = (min(lo, y), max(hi, y))
    return extent


def test_numeric_x_is_sorted_numerically_with_lines_by_category(mixed_sweep):
    points = read_sweep(mixed_sweep).points
    fig = plot_metric_vs_parameter(points, "jobs_lost", "hosts.0.count", "registration.mode")
    ax = fig.axes[0]
    restart = _by_gid(ax, "mean:registration.mode=restart")
    reload = _by_gid(ax, "mean:registration.mode=reload")
    assert list(restart.get_xdata()) == [2.0, 10.0, 100.0]   # not 10, 100, 2
    assert list(restart.get_ydata()) == [4.0, 7.5, 12.3]
    assert list(reload.get_ydata()) == [0.5, 0.75, 1.0]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["2", "10", "100"]
    assert ax.get_xlabel() == "PCs per group (hosts.0.count)"
    assert "vs PCs per group" in ax.get_title()
    assert ax.get_ylabel() == f"{catalogue()['jobs_lost'].label} (count)"
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend[:2] == ["registration.mode=restart", "registration.mode=reload"]
    assert ax.get_xscale() == "log"   # 2..100 spans a ratio >= 50


def test_ci_band_is_mean_plus_minus_ci95(mixed_sweep):
    points = read_sweep(mixed_sweep).points
    fig = plot_metric_vs_parameter(points, "jobs_lost", "hosts.0.count", "registration.mode")
    ax = fig.axes[0]
    band = _by_gid(ax, "ci95:registration.mode=restart")
    extent = _band_extent(band)
    assert extent[2.0] == pytest.approx((4.0 - 2.5, 4.0 + 2.5))
    assert extent[10.0] == pytest.approx((7.5 - 0.75, 7.5 + 0.75))
    assert extent[100.0] == pytest.approx((12.3 - 1.5, 12.3 + 1.5))
    ys = np.concatenate([p.vertices[:, 1] for p in band.get_paths()])
    assert ys.min() == pytest.approx(1.5) and ys.max() == pytest.approx(13.8)


def test_missing_ci_leaves_no_band_at_that_point(mixed_sweep):
    points = read_sweep(mixed_sweep).points
    fig = plot_metric_vs_parameter(points, "jobs_lost", "hosts.0.count", "registration.mode")
    band = _by_gid(fig.axes[0], "ci95:registration.mode=reload")
    extent = _band_extent(band)
    assert 10.0 not in extent      # ci95 empty for (10, reload)
    assert extent[2.0] == pytest.approx((0.5 - 1.0, 0.5 + 1.0))
    assert extent[100.0] == pytest.approx((0.75, 1.25))


def test_categorical_x_gets_evenly_spaced_ticks(mixed_sweep):
    points = read_sweep(mixed_sweep).points
    fig = plot_metric_vs_parameter(points, "throughput_per_hour", "registration.mode", "hosts.0.count")
    ax = fig.axes[0]
    line = _by_gid(ax, "mean:hosts.0.count=10")
    assert list(line.get_xdata()) == [0.0, 1.0]
    assert list(line.get_ydata()) == [40.0, 41.0]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["restart", "reload"]
    assert list(ax.get_xticks()) == [0.0, 1.0]
    # lines come in numeric order of the line parameter
    labels = [l.get_gid() for l in ax.lines]
    assert labels == ["mean:hosts.0.count=2", "mean:hosts.0.count=10", "mean:hosts.0.count=100"]


def test_durations_on_x_are_seconds_with_original_labels(duration_sweep):
    points = read_sweep(duration_sweep).points
    fig = plot_metric_vs_parameter(points, "mean_detection_latency_s", "torque.node_check_rate")
    ax = fig.axes[0]
    line = _by_gid(ax, "mean:all")
    assert list(line.get_xdata()) == [300.0, 900.0, 3600.0]
    # The largest mean, 3700 s, is over 2 h: the axis is in minutes up to 72 h.
    assert list(line.get_ydata()) == pytest.approx([320.0 / 60, 920.0 / 60, 3700.0 / 60])
    assert [t.get_text() for t in ax.get_xticklabels()] == ["5m", "15m", "1h"]
    # Dots and underscores read as spaces; the key as typed follows in brackets.
    assert ax.get_xlabel() == "torque node check rate (torque.node_check_rate, duration)"
    assert ax.get_ylabel() == f"{catalogue()['mean_detection_latency_s'].label} (min)"
    extent = _band_extent(_by_gid(ax, "ci95:all"))
    assert extent[900.0] == pytest.approx((898.0 / 60, 942.0 / 60))


def test_bars_are_horizontal_with_whiskers_of_mean_plus_minus_ci95(categorical_sweep):
    points = read_sweep(categorical_sweep).points
    fig = plot_points_bar(points, "jobs_lost")
    ax = fig.axes[0]
    widths = [patch.get_width() for patch in ax.patches]
    assert widths == [10.0, 3.0, 6.0]
    whiskers = _by_gid(ax, "ci95")
    segments = sorted((tuple(map(tuple, s)) for s in whiskers.get_segments()))
    assert segments == [((1.5, 1.0), (4.5, 1.0)), ((6.0, 0.0), (14.0, 0.0))]   # no whisker for point 2
    # One parameter: the labels are its values, first point at the top.
    assert [t.get_text() for t in ax.get_yticklabels()] == ["restart", "reload", "none"]
    assert ax.get_ylim()[0] > ax.get_ylim()[1]
    assert ax.get_ylabel() == "registration.mode"
    assert ax.get_xlabel() == f"{catalogue()['jobs_lost'].label} (count)"


def test_bar_with_missing_mean_is_marked(categorical_sweep):
    points = read_sweep(categorical_sweep).points
    ax = plot_points_bar(points, SECONDS_METRIC).axes[0]
    assert [p.get_width() for p in ax.patches] == [120.5 / 60, 0.0, 90.0 / 60]   # 120.5 s: in minutes
    assert [t.get_text() for t in ax.texts] == ["n/a"]
    assert ax.texts[0].xy == (0, 1)
    segments = sorted((s[0][1], s[0][0], s[1][0]) for s in _by_gid(ax, "ci95").get_segments())
    assert [row for row, _, _ in segments] == [0.0, 2.0]
    assert [v for _, *pair in segments for v in pair] == pytest.approx([108.0 / 60, 133.0 / 60, 87.5 / 60, 92.5 / 60])


def _summary(folder, **cells):
    import csv
    with open(folder / "summary.csv", "w", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["scenario", "seed", "replication", *cells, "version"])
        writer.writerow(["lab", 42, 0, *cells.values(), "0.1"])


def test_timeseries_has_pcs_slots_and_queue_panels(tmp_path):
    from conftest import write_run
    run = write_run(tmp_path / "run")
    _summary(run, jobs_lost=1)          # nothing to work the capacity out from
    fig = plot_timeseries(run)
    hosts_panel, slots_panel, queue_panel = fig.axes
    hosts = _by_gid(hosts_panel, "hosts_up")
    assert list(hosts.get_xdata()) == [0.0, 0.25, 0.5, 0.75, 1.0]
    assert list(hosts.get_ydata()) == [40, 39, 38, 37, 36]
    assert {l.get_gid() for l in hosts_panel.lines} == {"hosts_up", "wns_usable"}
    assert list(_by_gid(slots_panel, "busy_slots").get_ydata()) == [30, 29, 28, 27, 26]
    queue = _by_gid(queue_panel, "queue_length")
    assert list(queue.get_ydata()) == [0, 5, 10, 15, 20]
    assert queue_panel.get_xlabel() == "time (days)"


def test_capacity_is_estimated_from_host_availability_over_the_window(tmp_path):
    from conftest import write_run
    run = write_run(tmp_path / "run")   # hosts_up 40, 39, 38, 37, 36 at 0, 6, 12, 18, 24 h
    # Window [6 h, 24 h): samples 39, 38, 37, mean 38; up half the time -> 76 PCs.
    _summary(run, duration_s=86400.0, warmup_s=21600.0, host_availability=0.5)
    fig = plot_timeseries(run)
    line = _by_gid(fig.axes[0], "hosts_total")
    assert set(line.get_ydata()) == {76.0}
    assert "availability" in line.get_label()
    warmup = [p for p in fig.axes[0].patches if p.get_gid() == "warmup"]
    assert len(warmup) == 1 and warmup[0].get_x() == 0 and warmup[0].get_width() == pytest.approx(0.25)


def test_capacity_columns_are_drawn_when_the_files_have_them(tmp_path):
    import csv
    run = tmp_path / "run"
    run.mkdir()
    with open(run / "timeseries.csv", "w", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["time_s", "hosts_up", "wns_usable", "busy_slots", "queue_length", "hosts_total",
                         "slots_total"])
        writer.writerows([[0, 0, 0, 0, 1, 30, 120], [600, 25, 24, 90, 0, 30, 120]])
    fig = plot_timeseries(run)
    assert set(_by_gid(fig.axes[0], "hosts_total").get_ydata()) == {30.0}
    assert set(_by_gid(fig.axes[1], "slots_total").get_ydata()) == {120.0}
    assert "availability" not in _by_gid(fig.axes[0], "hosts_total").get_label()


def test_unknown_metric_or_parameter_raises(mixed_sweep):
    points = read_sweep(mixed_sweep).points
    with pytest.raises(KeyError):
        plot_metric_vs_parameter(points, "nope", "hosts.0.count")
    with pytest.raises(KeyError):
        plot_metric_vs_parameter(points, "jobs_lost", "nope")
    with pytest.raises(KeyError):
        plot_points_bar(points, "nope")


def test_lone_ci_is_drawn_as_whiskers(mixed_sweep):
    points = read_sweep(mixed_sweep).points
    ax = plot_metric_vs_parameter(points, "jobs_lost", "hosts.0.count", "registration.mode").axes[0]
    # reload has a CI at 2 and 100 but not at 10: a band cannot show them, whiskers do
    whiskers = [c for c in ax.collections if c.get_gid() == "ci95-whiskers:registration.mode=reload"]
    assert len(whiskers) == 1
    segments = sorted(tuple(map(tuple, s)) for s in whiskers[0].get_segments())
    assert segments == [((2.0, -0.5), (2.0, 1.5)), ((100.0, 0.75), (100.0, 1.25))]
    assert not [c for c in ax.collections if c.get_gid() == "ci95-whiskers:registration.mode=restart"]
