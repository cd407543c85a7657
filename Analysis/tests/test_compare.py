"""compare.csv: reading, the paired-difference plots, plot_compare.py and make_report.py."""
import csv
import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ANALYSIS, SECONDS_METRIC
from matplotlib.colors import to_rgb

from harvestplots import plot_compare, read_compare
from harvestplots.catalogue import catalogue
from harvestplots.compare import (COMPARE_COLUMNS, SIGNIFICANT_BETTER, SIGNIFICANT_NEUTRAL, SIGNIFICANT_WORSE,
                                  CompareRow, difference_colour)
from harvestplots.report import make_report

# (metric, variant, n, mean, sd, ci95, diff_mean, diff_sd, diff_n, diff_ci95, significant); None = empty cell.
ROWS = [
    ("jobs_lost", "restart", 4, 3.0, 1.0, 1.6, 0.0, None, 4, None, "false"),
    ("jobs_lost", "live", 4, 1.0, 0.5, 0.8, -2.0, 0.6, 4, 0.95, "true"),
    ("jobs_lost", "short-cron", 4, 3.2, 1.0, 1.6, 0.2, 0.5, 4, 0.8, "false"),
    (SECONDS_METRIC, "restart", 4, 30.0, 5.0, 8.0, 0.0, None, 4, None, "false"),
    (SECONDS_METRIC, "live", 4, 20.0, 5.0, 8.0, -10.0, 2.0, 4, 3.2, "true"),
    (SECONDS_METRIC, "short-cron", 0, None, None, None, None, None, 0, None, "false"),
]


def write_compare(folder: Path, rows=ROWS, baseline="restart", sweep=True) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "compare.csv", "w", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(COMPARE_COLUMNS)
        for metric, variant, n, mean, sd, ci, dm, dsd, dn, dci, sig in rows:
            writer.writerow([metric, variant, n, *["" if v is None else v for v in (mean, sd, ci)], baseline,
                             *["" if v is None else v for v in (dm, dsd, dn, dci)], sig])
    if sweep:
        metrics = sorted({r[0] for r in rows})
        (folder / "sweep.json").write_text(json.dumps(
            {"name": "variants", "parameters": ["variant"], "dimensions": [["variant"]], "metrics": metrics,
             "replications": 4}))
        with open(folder / "points.csv", "w", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\n")
            writer.writerow(["point", "variant", "runs", *[f"{m}_{s}" for m in metrics
                                                           for s in ("mean", "sd", "n", "ci95")]])
            for index, variant in enumerate(["restart", "live", "short-cron"]):
                writer.writerow([index, variant, 4, *[1, 0.5, 4, 0.8] * len(metrics)])
    return folder


def _gid(ax, gid):
    found = [a for a in [*ax.lines, *ax.collections] if a.get_gid() == gid]
    assert len(found) == 1, f"expected one artist {gid}"
    return found[0]


def test_read_compare_keeps_file_order_and_empty_cells(tmp_path):
    comparison = read_compare(write_compare(tmp_path / "c"))
    assert comparison.baseline == "restart"
    assert comparison.variants == ["restart", "live", "short-cron"]
    assert comparison.metrics == ["jobs_lost", SECONDS_METRIC]
    assert comparison.others() == ["live", "short-cron"]
    live = comparison.row("jobs_lost", "live")
    assert (live.diff_mean, live.diff_ci95, live.significant, live.diff_n) == (-2.0, 0.95, True, 4)
    base = comparison.row("jobs_lost", "restart")
    assert base.is_baseline and base.diff_mean == 0 and math.isnan(base.diff_ci95)
    missing = comparison.row(SECONDS_METRIC, "short-cron")
    assert math.isnan(missing.mean) and math.isnan(missing.diff_mean) and missing.diff_n == 0


def test_plot_shows_each_difference_with_its_whisker_and_a_zero_line(tmp_path):
    comparison = read_compare(write_compare(tmp_path / "c"))
    means, diffs = plot_compare(comparison, "jobs_lost").axes
    # One row per variant, top to bottom in file order; the baseline has no difference marker.
    assert [t.get_text() for t in means.get_yticklabels()] == ["restart", "live", "short-cron"]
    assert list(_gid(means, "mean").get_xdata()) == [3.0, 1.0, 3.2]
    significant = _gid(diffs, "diff-significant")
    assert [tuple(p) for p in significant.get_offsets()] == [(-2.0, 1.0)]
    plain = _gid(diffs, "diff")
    assert list(plain.get_xdata()) == [0.2] and list(plain.get_ydata()) == [2]
    whiskers = _gid(diffs, "ci95")
    spans = sorted((round(seg[0][0], 9), round(seg[1][0], 9)) for seg in whiskers.get_segments())
    assert spans == [(-2.95, -1.05), (-0.6, 1.0)]
    assert set(_gid(diffs, "zero").get_xdata()) == {0.0}
    assert "*" in [t.get_text() for t in diffs.texts]
    # Fewer jobs lost is better: the significant difference is green.
    assert tuple(significant.get_facecolors()[0][:3]) == pytest.approx(to_rgb(SIGNIFICANT_BETTER))


def test_significance_colour_follows_the_significant_column_and_the_direction(tmp_path):
    rows = [("jobs_lost", "a", 4, 3.0, 1.0, 1.0, 0.0, None, 4, None, "false"),
            # a difference whose CI excludes 0 but which compare.csv calls not significant (noise)
            ("jobs_lost", "b", 4, 3.0, 1e-16, 1e-16, 9.9e-16, 6e-16, 4, 6e-16, "false"),
            ("jobs_lost", "c", 4, 5.0, 1.0, 1.0, 2.0, 0.5, 4, 0.8, "true")]
    comparison = read_compare(write_compare(tmp_path / "c", rows=rows, baseline="a", sweep=False))
    assert difference_colour("jobs_lost", comparison.row("jobs_lost", "b")) is None
    assert difference_colour("jobs_lost", comparison.row("jobs_lost", "c")) == SIGNIFICANT_WORSE
    _, diffs = plot_compare(comparison, "jobs_lost").axes
    assert list(_gid(diffs, "diff").get_ydata()) == [1]            # b: hollow
    assert [tuple(p) for p in _gid(diffs, "diff-significant").get_offsets()] == [(2.0, 2.0)]
    unknown = CompareRow("not_in_catalogue", "c", 4, 1.0, 0.0, 0.0, "a", 1.0, 0.0, 4, 0.1, True)
    assert difference_colour("not_in_catalogue", unknown) == SIGNIFICANT_NEUTRAL


def test_an_undefined_difference_is_marked_na_without_a_marker(tmp_path):
    comparison = read_compare(write_compare(tmp_path / "c"))
    _, diffs = plot_compare(comparison, SECONDS_METRIC).axes
    assert [tuple(p) for p in _gid(diffs, "diff-significant").get_offsets()] == [(-10.0, 1.0)]
    assert not [a for a in diffs.lines if a.get_gid() == "diff"]
    assert "n/a" in [t.get_text() for t in diffs.texts]
    with pytest.raises(KeyError):
        plot_compare(comparison, "throughput_per_hour")


def test_compare_axes_are_labelled_from_the_catalogue_in_display_units(tmp_path):
    hours = [(SECONDS_METRIC, "a", 4, 36000.0, 1.0, 360.0, 0.0, None, 4, None, "false"),
             (SECONDS_METRIC, "b", 4, 7200.0, 1.0, 360.0, -28800.0, 1.0, 4, 720.0, "true")]
    comparison = read_compare(write_compare(tmp_path / "c", rows=hours, baseline="a", sweep=False))
    means, diffs = plot_compare(comparison, SECONDS_METRIC).axes
    label = catalogue()[SECONDS_METRIC].label
    assert means.get_xlabel() == f"{label} (h)"
    assert list(_gid(means, "mean").get_xdata()) == [10.0, 2.0]      # 36000 s and 7200 s in hours
    assert diffs.get_xlabel() == "difference from a (h)"


def _overlaps(boxes) -> bool:
    boxes = sorted(boxes, key=lambda b: b.x0)
    return any(a.x1 > b.x0 for a, b in zip(boxes, boxes[1:]))


def test_difference_axis_has_few_ticks_that_do_not_collide_and_its_label_fits(tmp_path):
    # Review finding: "…: variant − torque-restart (h)" was clipped and the ticks read
    # "−1500−1250−1000". Differences of about −1,500 core-h over ten variants with a long baseline name.
    baseline = "torque-restart-with-a-long-name"
    rows = [("goodput_core_hours", baseline, 4, 5000.0, 1.0, 10.0, 0.0, None, 4, None, "false")]
    rows += [("goodput_core_hours", f"v{i}", 4, 5000.0 - 150.0 * i, 1.0, 10.0, -150.0 * i - 0.5, 1.0, 4, 12.0,
              "true") for i in range(1, 11)]
    comparison = read_compare(write_compare(tmp_path / "c", rows=rows, baseline=baseline, sweep=False))
    fig = plot_compare(comparison, "goodput_core_hours")
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    renderer = FigureCanvasAgg(fig).get_renderer()
    fig.draw(renderer)
    figure_box = fig.bbox
    for ax in fig.axes:
        labels = [t for t in ax.get_xticklabels() if t.get_text() and t.get_visible()
                  and ax.get_xlim()[0] <= t.get_position()[0] <= ax.get_xlim()[1]]
        assert len(labels) <= 6, [t.get_text() for t in labels]
        assert not _overlaps([t.get_window_extent(renderer) for t in labels]), [t.get_text() for t in labels]
        label_box = ax.xaxis.label.get_window_extent(renderer)
        assert figure_box.x0 <= label_box.x0 and label_box.x1 <= figure_box.x1
    diffs = fig.axes[1]
    assert diffs.get_xlabel() == f"difference from {baseline} (core-h)"


def test_means_spanning_decades_are_on_a_log_axis(tmp_path):
    rows = [("throughput_per_hour", "a", 4, 13.0, 1.0, 0.1, 0.0, None, 4, None, "false"),
            ("throughput_per_hour", "b", 4, 0.0083, 0.001, 0.005, -12.99, 0.1, 4, 0.13, "true"),
            ("throughput_per_hour", "c", 4, 12.5, 1.0, 0.1, -0.5, 0.1, 4, 0.07, "true")]
    comparison = read_compare(write_compare(tmp_path / "c", rows=rows, baseline="a", sweep=False))
    means, diffs = plot_compare(comparison, "throughput_per_hour").axes
    assert means.get_xscale() == "log"       # 13 / 0.0083 is more than three decades
    assert diffs.get_xscale() == "linear"    # differences have signs


def test_plot_compare_script_writes_one_png_and_svg_per_metric_byte_identically(tmp_path):
    folder = write_compare(tmp_path / "c", sweep=False)
    outputs = []
    for out in ("a", "b"):
        result = subprocess.run([sys.executable, str(ANALYSIS / "plot_compare.py"), str(folder),
                                 "--out", str(tmp_path / out)], capture_output=True, text=True, check=True)
        names = sorted(Path(line).name for line in result.stdout.split())
        assert names == sorted(["compare_jobs_lost.png", "compare_jobs_lost.svg",
                                f"compare_{SECONDS_METRIC}.png", f"compare_{SECONDS_METRIC}.svg"])
        outputs.append({name: (tmp_path / out / name).read_bytes() for name in names})
    assert outputs[0] == outputs[1]


@pytest.mark.parametrize("setup", ["missing", "bad-header", "two-baselines"])
def test_plot_compare_script_exits_2_on_a_bad_folder(tmp_path, setup):
    folder = tmp_path / "c"
    if setup == "bad-header":
        folder.mkdir()
        (folder / "compare.csv").write_text("metric,variant\njobs_lost,a\n")
    elif setup == "two-baselines":
        rows = list(ROWS)
        write_compare(folder, rows=rows[:2], sweep=False)
        text = (folder / "compare.csv").read_text().replace(",restart,-2.0", ",live,-2.0")
        (folder / "compare.csv").write_text(text)
    result = subprocess.run([sys.executable, str(ANALYSIS / "plot_compare.py"), str(folder)],
                            capture_output=True, text=True)
    assert result.returncode == 2 and "plot_compare.py: error:" in result.stderr


def test_make_report_adds_the_paired_differences_of_a_compare_folder(tmp_path):
    folder = write_compare(tmp_path / "c")
    result = make_report(folder)
    names = {p.name for p in result.written}
    assert {"compare_jobs_lost.png", "compare_jobs_lost.svg", f"compare_{SECONDS_METRIC}.svg"} <= names
    assert "jobs_lost_by_point.png" in names          # the sweep plots are still there
    text = (folder / "report.md").read_text()
    assert text.startswith("# Comparison report: variants\n")   # not "Sweep report"
    assert "## Paired differences from the baseline" in text
    assert "| live | 1.00 ± 0.80 | 4 | -2.00 ± 0.95 * | 4 |" in text
    assert "| restart | 3.0 ± 1.6 | 4 | baseline | 4 |" in text
    assert "| short-cron | n/a | 0 | n/a | 0 |" in text
    jobs_lost = catalogue()["jobs_lost"].label
    assert f"![{jobs_lost}: paired difference from restart](plots/compare_jobs_lost.png)" in text


def test_make_report_of_a_plain_sweep_has_no_comparison(tmp_path):
    folder = write_compare(tmp_path / "c")
    (folder / "compare.csv").unlink()
    make_report(folder)
    assert "Paired differences" not in (folder / "report.md").read_text()
