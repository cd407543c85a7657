import math

import numpy as np
import pytest

from harvestplots import (plot_metric_vs_parameter, plot_points_bar, plot_timeseries, read_sweep)


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
    assert ax.get_xlabel() == "hosts.0.count"
    assert "jobs_lost" in ax.get_ylabel()
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
    assert list(line.get_ydata()) == [320.0, 920.0, 3700.0]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["5m", "15m", "1h"]
    assert ax.get_xlabel() == "torque.node_check_rate (duration)"
    extent = _band_extent(_by_gid(ax, "ci95:all"))
    assert extent[900.0] == pytest.approx((898.0, 942.0))


def test_bar_whiskers_are_mean_plus_minus_ci95(categorical_sweep):
    points = read_sweep(categorical_sweep).points
    fig = plot_points_bar(points, "jobs_lost")
    ax = fig.axes[0]
    heights = [patch.get_height() for patch in ax.patches]
    assert heights == [10.0, 3.0, 6.0]
    whiskers = _by_gid(ax, "ci95")
    segments = sorted((tuple(map(tuple, s)) for s in whiskers.get_segments()))
    assert segments == [((0.0, 6.0), (0.0, 14.0)), ((1.0, 1.5), (1.0, 4.5))]   # no whisker for point 2
    labels = [t.get_text() for t in ax.get_xticklabels()]
    assert labels == ["registration.mode=restart", "registration.mode=reload", "registration.mode=none"]


def test_bar_with_missing_mean_is_marked(categorical_sweep):
    points = read_sweep(categorical_sweep).points
    ax = plot_points_bar(points, "mean_wait_s").axes[0]
    assert [p.get_height() for p in ax.patches] == [120.5, 0.0, 90.0]
    assert [t.get_text() for t in ax.texts] == ["n/a"]
    assert ax.texts[0].xy == (1, 0)
    segments = sorted(tuple(map(tuple, s)) for s in _by_gid(ax, "ci95").get_segments())
    assert segments == [((0.0, 108.0), (0.0, 133.0)), ((2.0, 87.5), (2.0, 92.5))]


def test_timeseries_in_days_with_queue_on_second_panel(tmp_path):
    from conftest import write_run
    fig = plot_timeseries(write_run(tmp_path / "run"))
    top, bottom = fig.axes
    hosts = _by_gid(top, "hosts_up")
    assert list(hosts.get_xdata()) == [0.0, 0.25, 0.5, 0.75, 1.0]
    assert list(hosts.get_ydata()) == [40, 39, 38, 37, 36]
    assert {l.get_gid() for l in top.lines} == {"hosts_up", "wns_usable", "busy_slots"}
    queue = _by_gid(bottom, "queue_length")
    assert list(queue.get_ydata()) == [0, 5, 10, 15, 20]
    assert bottom.get_xlabel() == "time (days)"


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
