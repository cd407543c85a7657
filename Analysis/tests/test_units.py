"""Human values: the console's rules (MetricFormat in Sources/Experiments/Metrics)."""
import math

import pytest

from harvestplots.units import format_difference, format_interval, format_value


@pytest.mark.parametrize("value,unit,text", [
    (38805.13937618538, "s", "10.8 h"),      # the raw `mean_wait_s 38805.13937618538`
    (90.0, "s", "90.0 s"), (600.0, "s", "10.0 min"), (259200.0, "s", "3.00 d"),
    (30.0, "h", "30.00 h"), (1478.0, "h", "1,478 h"), (0.2877, "fraction", "28.8 %"), (1112.0, "count", "1,112"),
    (12.94006, "jobs/h", "12.94 jobs/h"), (4905.2, "core-h", "4,905 core-h"), (3.14159, "", "3.142"),
    (math.nan, "s", "n/a"),
])
def test_format_value(value, unit, text):
    assert format_value(value, unit) == text


def test_format_difference_is_signed():
    assert format_difference(-7200.0, "s") == "\u22122.00 h"
    assert format_difference(3.0, "count") == "+3"
    assert format_difference(0.0, "count") == "0"


@pytest.mark.parametrize("mean,ci,unit,signed,text", [
    (23596.0, 800.0, "s", False, "6.55 ± 0.22 h"),          # 6.554 h ± 0.222 h
    (0.2877, 0.0031, "fraction", False, "28.77 ± 0.31 %"),
    (167.2, 6.7, "count", False, "167.2 ± 6.7"),
    (-167.2, 6.7, "count", True, "\u2212167.2 ± 6.7"),
    (0.0971, 0.0424, "jobs/h", True, "+0.097 ± 0.042 jobs/h"),
    (5.0, math.nan, "count", False, "5"),
    (math.nan, 1.0, "count", False, "n/a"),
    (0.0, 0.0, "count", False, "0 ± 0"),
])
def test_format_interval(mean, ci, unit, signed, text):
    assert format_interval(mean, ci, unit, signed=signed) == text


@pytest.mark.parametrize("mean, ci, unit, text", [
    (0.3450059, 0.0000072, "fraction", "34.5 ± <0.1 %"),   # 3 significant digits of 34.50059 %; CI rounds away
    (310.0, 20.0, "jobs/h", "310 ± 20 jobs/h"),            # the CI's 2nd digit is coarser than the mean's 4th
    (23456.7, 12.3, "core-h", "23,457 ± 12 core-h"),        # never rounded to tens: whole units at most
    (0.5, 1.0, "count", "0.5 ± 1.0"),
    (float("nan"), 1.0, "count", "n/a"),
    (5.0, float("nan"), "count", "5"),
])
def test_format_estimate_keeps_human_precision(mean, ci, unit, text):
    from harvestplots.units import format_estimate
    assert format_estimate(mean, ci, unit) == text
