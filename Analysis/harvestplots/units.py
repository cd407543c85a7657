"""Metric values as people read them: times in s, min, h or d, fractions as percentages, numbers
grouped by thousands, each with its unit. The same rules as the simulator's console
(`MetricFormat` in Sources/Experiments/Metrics); CSV files keep full precision.

`display_scale` picks the unit a plot axis shows a metric in (seconds become hours or days when
the values are large, fractions become percentages)."""
from __future__ import annotations

import math
from dataclasses import dataclass

MINUS = "\u2212"
_DURATION_STEPS = ((120.0, 1.0, "s"), (2 * 3600.0, 60.0, "min"), (72 * 3600.0, 3600.0, "h"),
                   (math.inf, 86400.0, "d"))


def _finite(value) -> bool:
    return value is not None and isinstance(value, (int, float)) and math.isfinite(value)


def grouped(value: float, decimals: int) -> str:
    """`value` with `decimals` decimals and a comma between thousands (`12,345.6`)."""
    text = f"{abs(value):,.{decimals}f}"
    negative = value < 0 and any(c not in "0.," for c in text)
    return ("-" if negative else "") + text


def significant(value: float, digits: int) -> str:
    """`value` to at least `digits` significant digits, without exponent, grouped by thousands."""
    if value == 0:
        return "0"
    magnitude = math.floor(math.log10(abs(value)))
    return grouped(value, min(max(0, digits - 1 - magnitude), 12))


def _duration_step(seconds: float) -> tuple[float, str]:
    size = abs(seconds)
    for limit, factor, name in _DURATION_STEPS:
        if size < limit:
            return factor, name
    return 86400.0, "d"


def duration(seconds: float) -> str:
    """Seconds as s, min, h or d, whichever keeps the number between 1 and a few hundred."""
    factor, name = _duration_step(seconds)
    return f"{significant(seconds / factor, 3)} {name}"


@dataclass(frozen=True)
class Scale:
    """How a metric is shown: values are divided by `divisor` and followed by `unit`
    (empty for a unit-less column)."""

    divisor: float
    unit: str

    def apply(self, value: float) -> float:
        return value / self.divisor if _finite(value) else math.nan


def display_scale(unit: str, values=()) -> Scale:
    """The unit to show values measured in `unit` in: s becomes s/min/h/d by the largest
    magnitude among `values`, a fraction becomes %, any other unit (h included: hours
    summed over PCs) stays as it is."""
    finite = [abs(v) for v in values if _finite(v)]
    largest = max(finite, default=0.0)
    if unit == "s":
        factor, name = _duration_step(largest)
        return Scale(factor, name)
    if unit == "h":
        # Hours summed over PCs (student-hours) read best as hours, however many.
        return Scale(1.0, "h")
    if unit == "fraction":
        return Scale(0.01, "%")
    return Scale(1.0, unit)


def format_value(value: float, unit: str) -> str:
    """`value`, measured in `unit`, in human form with its unit; `n/a` when undefined."""
    if not _finite(value):
        return "n/a"
    if unit == "count":
        return grouped(value, 0) if value == round(value) else significant(value, 3)
    if unit == "s":
        return duration(value)
    if unit == "h":
        return significant(value, 4) + " h"
    if unit == "fraction":
        return significant(value * 100.0, 3) + " %"
    text = significant(value, 4)
    return f"{text} {unit}" if unit else text


def format_difference(value: float, unit: str) -> str:
    """A signed difference (`+2.5 h`, `−3`) in the form of `format_value`."""
    if not _finite(value):
        return "n/a"
    if value == 0:
        return format_value(0.0, unit)
    return ("+" if value > 0 else MINUS) + format_value(abs(value), unit)


def format_interval(mean: float, ci95: float, unit: str, signed: bool = False) -> str:
    """`mean ± ci95` in one display unit, the mean rounded to the CI's second significant digit
    (`6.55 ± 0.22 h`, `29.1 ± 0.4 %`); the mean alone when the CI is undefined. `signed` puts a
    `+` or `−` before the mean (for differences)."""
    if not _finite(mean):
        return "n/a"
    if not _finite(ci95):
        return format_difference(mean, unit) if signed else format_value(mean, unit)
    scale = display_scale(unit, [mean] if mean != 0 else [ci95])
    m, c = scale.apply(mean), scale.apply(abs(ci95))
    if c > 0:
        decimals = min(6, max(0, 1 - math.floor(math.log10(c))))
    else:
        decimals = 0 if m == round(m) else min(6, max(0, 2 - math.floor(math.log10(abs(m)))))
    body = grouped(abs(m) if signed else m, decimals)
    if signed and grouped(abs(m), decimals).strip("0.,") != "":
        body = ("+" if m > 0 else MINUS) + body
    suffix = "" if unit == "count" or not scale.unit else (" " + scale.unit if scale.unit != "%" else " %")
    return f"{body} ± {grouped(c, decimals)}{suffix}"


_HUMAN_DIGITS = {"count": 3, "s": 3, "h": 4, "fraction": 3}


def format_estimate(mean: float, ci95: float, unit: str) -> str:
    """`mean ± ci95` with no more digits than `format_value` gives the mean (3 significant digits;
    4 for hours and units other than count, s and fraction), the CI to its second significant digit
    or to the mean's last shown digit, whichever is coarser: `34.5 ± 0.1 %`, not
    `34.50059 ± 0.00072 %`. A CI that rounds to nothing at that precision is shown as `± <0.1`
    (one unit of the last digit); an undefined CI leaves the mean alone, as `format_value`."""
    if not _finite(mean):
        return "n/a"
    if not _finite(ci95):
        return format_value(mean, unit)
    scale = display_scale(unit, [mean] if mean != 0 else [ci95])
    m, c = scale.apply(mean), scale.apply(abs(ci95))
    digits = _HUMAN_DIGITS.get(unit, 4)
    human = 0 if m == 0 or (unit == "count" and m == round(m)) else min(
        12, max(0, digits - 1 - math.floor(math.log10(abs(m)))))
    from_ci = min(12, max(0, 1 - math.floor(math.log10(c)))) if c > 0 else human
    decimals = min(human, from_ci)
    if c > 0 and grouped(c, decimals).strip("0.,") == "":
        spread = "<" + grouped(10.0 ** -decimals, decimals)
    else:
        spread = grouped(c, decimals)
    suffix = "" if unit == "count" or not scale.unit else " " + scale.unit
    return f"{grouped(m, decimals)} ± {spread}{suffix}"


def plain_number(value: float) -> str:
    """A tick label: at most 12 significant digits, never an exponent or an offset."""
    if not _finite(value):
        return ""
    if value == 0:
        return "0"
    text = f"{value:.12g}"
    if "e" in text:
        text = f"{float(text):.{max(0, 11 - math.floor(math.log10(abs(value))))}f}".rstrip("0").rstrip(".")
    return text.replace("-", MINUS)


__all__ = ["MINUS", "Scale", "display_scale", "duration", "format_difference", "format_estimate", "format_interval",
           "format_value", "grouped", "plain_number", "significant"]
