"""plot_qq.py: reading the trace-stats --qq CSV, units, scales and the files it writes."""
import sys
from pathlib import Path

import matplotlib
import pytest

matplotlib.use("Agg")

ANALYSIS = Path(__file__).resolve().parents[1]
if str(ANALYSIS) not in sys.path:
    sys.path.insert(0, str(ANALYSIS))

import plot_qq  # noqa: E402


def write_qq(path, rows):
    path.write_text("sample,law,probability,observed_s,fitted_s\n" + "".join(",".join(map(str, r)) + "\n" for r in rows))
    return path


def test_reads_samples_and_laws_in_file_order(tmp_path):
    qq = write_qq(tmp_path / "qq.csv", [("up", "weibull", 0.25, 10, 12), ("up", "weibull", 0.75, 30, 28),
                                         ("up", "exponential", 0.25, 10, 5), ("down", "gamma", 0.5, 2, 2)])
    samples = plot_qq.read_qq(qq)
    assert list(samples) == ["up", "down"]
    assert list(samples["up"]) == ["weibull", "exponential"]
    assert samples["up"]["weibull"] == [(10.0, 12.0), (30.0, 28.0)]


@pytest.mark.parametrize("seconds,unit", [(7200, "h"), (7199, "min"), (120, "min"), (119, "s")])
def test_hours_when_large(seconds, unit):
    assert plot_qq.duration_unit(seconds)[0] == unit


def test_log_scale_only_across_decades():
    assert plot_qq.wants_log([1, 2000])
    assert not plot_qq.wants_log([1, 1000])
    assert not plot_qq.wants_log([0, 5000])  # one positive value


def test_axes_in_hours_and_log_for_a_heavy_tail(tmp_path):
    rows = [("up", "weibull", (j - 0.5) / 4, obs, fit) for j, (obs, fit) in
            enumerate([(60, 50), (3600, 4000), (36000, 30000), (360000, 400000)], start=1)]
    fig = plot_qq.plot_qq(plot_qq.read_qq(write_qq(tmp_path / "qq.csv", rows)))
    ax = fig.axes[0]
    assert ax.get_xlabel() == "Observed quantile (h)" and ax.get_ylabel() == "Fitted quantile (h)"
    assert ax.get_xscale() == "log" and ax.get_title() == "Up durations"
    xs = ax.lines[0].get_xdata()
    assert list(xs) == pytest.approx([60 / 3600, 1, 10, 100])
    # The frame spans the observed quantiles, a factor 3 beyond each end on log axes.
    assert ax.get_xlim() == pytest.approx((60 / 3600 / 3, 300)) and ax.get_ylim() == ax.get_xlim()


def test_main_writes_png_and_svg(tmp_path, capsys):
    qq = write_qq(tmp_path / "qq.csv", [("session", "lognormal", 0.5, 1800, 1700), ("session", "lognormal", 0.9, 3600, 3900)])
    assert plot_qq.main([str(qq), "--out", str(tmp_path / "plots")]) == 0
    printed = capsys.readouterr().out.split()
    assert printed == [str(tmp_path / "plots" / "qq.png"), str(tmp_path / "plots" / "qq.svg")]
    assert (tmp_path / "plots" / "qq.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.parametrize("content,message", [
    ("law,probability\n", "expected the header"),
    ("sample,law,probability,observed_s,fitted_s\nup,weibull,0.5,abc,1\n", ":2: observed_s and fitted_s must be numbers"),
    ("sample,law,probability,observed_s,fitted_s\n", "no points"),
])
def test_bad_files_exit_2(tmp_path, capsys, content, message):
    qq = tmp_path / "qq.csv"
    qq.write_text(content)
    assert plot_qq.main([str(qq)]) == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "qq.png").exists()
