"""Plot axes: plain tick labels (no offset, no exponent), the log-scale decision, display units."""
import math

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg

from conftest import SECONDS_METRIC, write_sweep
from harvestplots import read_sweep
from harvestplots.axes import LOG_DECADES, constant_limits, is_constant, metric_axis, wants_log
from harvestplots.catalogue import catalogue, metric
from harvestplots.plots import plot_metric_vs_parameter, plot_points_bar
from harvestplots.units import display_scale, plain_number

FRACTION_METRIC = next(name for name, m in catalogue().items() if m.unit == "fraction")


def drawn_labels(ax, which="y"):
    """The tick labels and offset text of an axis after drawing (what a reader sees)."""
    FigureCanvasAgg(ax.figure).draw()
    axis = ax.yaxis if which == "y" else ax.xaxis
    return [t.get_text() for t in axis.get_ticklabels() if t.get_text()], axis.get_offset_text().get_text()


def test_a_constant_series_has_plain_ticks_and_no_offset(tmp_path):
    # The case: 0.3506 ± 1e-13 drawn with the offset `1e-13+3.506e-1`.
    stats = [(0.3506 + d, 1e-13, 10, 1e-13) for d in (0.0, 1e-13, -1e-13)]
    folder = write_sweep(tmp_path / "s", ["hosts.0.count"], [((n,), {FRACTION_METRIC: s})
                                                             for n, s in zip((5, 10, 25), stats)],
                         [FRACTION_METRIC])
    ax = plot_metric_vs_parameter(read_sweep(folder).points, FRACTION_METRIC, "hosts.0.count").axes[0]
    labels, offset = drawn_labels(ax)
    assert offset == ""
    assert labels and not any("e" in t.lower() for t in labels)
    assert len(set(labels)) == len(labels)          # distinct ticks, not five copies of "35.06"
    low, high = ax.get_ylim()                        # 35.06 % ± 5%
    assert (low, high) == pytest.approx((35.06 * 0.95, 35.06 * 1.05))


def test_large_values_have_no_scientific_notation(tmp_path):
    folder = write_sweep(tmp_path / "s", ["hosts.0.count"],
                         [((n,), {"jobs_submitted": (m, 1.0, 3, 0.5)}) for n, m in ((5, 1.2e6), (10, 2.5e6), (25, 4e6))],
                         ["jobs_submitted"])
    ax = plot_metric_vs_parameter(read_sweep(folder).points, "jobs_submitted", "hosts.0.count").axes[0]
    labels, offset = drawn_labels(ax)
    assert offset == ""
    assert not any("e" in t.lower() for t in labels)
    assert "2000000" in labels


@pytest.mark.parametrize("values,log", [
    ([1.0, 100.0], False),                 # exactly two decades: linear
    ([1.0, 100.1], True),                  # more than two decades
    ([0.0083, 13.0], True),
    ([0.0, 13.0], False),                  # a zero cannot go on a log axis
    ([-1.0, 500.0], False),
    ([5.0], False),
    ([1.0, math.nan, 1000.0], True),       # NaN ignored
])
def test_log_scale_when_positive_values_span_more_than_two_decades(values, log):
    assert LOG_DECADES == 2.0
    assert wants_log(values) is log


def test_bars_spanning_decades_become_dots_on_a_log_axis(tmp_path):
    points = [(("a",), {"throughput_per_hour": (13.0, 0.2, 10, 0.13)}),
              (("b",), {"throughput_per_hour": (0.0083, 0.007, 10, 0.0051)}),
              (("c",), {"throughput_per_hour": (8.3, 0.2, 10, 0.15)})]
    folder = write_sweep(tmp_path / "s", ["variant"], points, ["throughput_per_hour"])
    ax = plot_points_bar(read_sweep(folder).points, "throughput_per_hour").axes[0]
    assert ax.get_xscale() == "log"
    assert not ax.patches                                        # no bars from 0 on a log axis
    labels, offset = drawn_labels(ax, "x")
    assert offset == "" and not any("e" in t.lower() for t in labels)


def test_constant_detection_and_limits():
    assert is_constant([0.3506, 0.3506 + 1e-13])
    assert not is_constant([0.3506, 0.3507])
    assert is_constant([0.0, 0.0]) and constant_limits([0.0, 0.0]) == (-1.0, 1.0)


@pytest.mark.parametrize("unit,values,divisor,shown", [
    ("s", [90.0], 1.0, "s"), ("s", [3000.0], 60.0, "min"), ("s", [46000.0], 3600.0, "h"),
    ("s", [400000.0], 86400.0, "d"), ("h", [30.0], 1.0, "h"), ("h", [1478.0], 1.0, "h"),
    ("fraction", [0.29], 0.01, "%"), ("core-h", [4905.0], 1.0, "core-h"), ("", [3.0], 1.0, ""),
])
def test_display_scale(unit, values, divisor, shown):
    scale = display_scale(unit, values)
    assert (scale.divisor, scale.unit) == (divisor, shown)


def test_axis_label_is_label_and_display_unit_from_the_catalogue():
    axis = metric_axis(SECONDS_METRIC, [46000.0, 30000.0])
    assert axis.label == f"{catalogue()[SECONDS_METRIC].label} (h)"
    unknown = metric_axis("a_new_column", [1.0, 2.0])
    assert unknown.label == "a_new_column" and not metric("a_new_column").known


@pytest.mark.parametrize("value,text", [(0.3506, "0.3506"), (1e-5, "0.00001"), (2e6, "2000000"),
                                        (-2.5, "\u22122.5"), (0.1 + 0.2, "0.3"), (0.0, "0")])
def test_plain_number(value, text):
    assert plain_number(value) == text
