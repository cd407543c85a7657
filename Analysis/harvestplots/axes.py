"""How a metric's plot axis is drawn: its label and display unit from the catalogue, plain tick
labels (never an offset such as `1e-13+3.506e-1`, never scientific notation), a visible range for
a constant series, and a logarithmic scale when the plotted values span decades."""
from __future__ import annotations

import math
from dataclasses import dataclass

from matplotlib.ticker import FuncFormatter, NullFormatter

from .catalogue import Metric, metric
from .units import Scale, display_scale, plain_number

LOG_DECADES = 2.0          # positive values spanning more than this many decades get a log scale
CONSTANT_RELATIVE = 1e-9   # a series whose spread is below this fraction of its size is constant
CONSTANT_PAD = 0.05        # a constant series is shown ± 5% of its value (± 1 around 0)


def finite(values) -> list[float]:
    return [v for v in values if v is not None and isinstance(v, (int, float)) and math.isfinite(v)]


def wants_log(values) -> bool:
    """Whether values (as plotted) need a log scale: all positive and the largest more than
    10^LOG_DECADES times the smallest. Zero or negative values keep a linear scale."""
    values = finite(values)
    if len(values) < 2 or min(values) <= 0:
        return False
    return math.log10(max(values) / min(values)) > LOG_DECADES


def is_constant(values) -> bool:
    """Whether every finite value is the same up to floating-point noise."""
    values = finite(values)
    if not values:
        return False
    low, high = min(values), max(values)
    size = max(abs(low), abs(high))
    return high - low <= CONSTANT_RELATIVE * size


def constant_limits(values) -> tuple[float, float]:
    """The range shown for a constant series: its value ± 5% (± 1 around zero)."""
    values = finite(values)
    centre = (min(values) + max(values)) / 2
    pad = abs(centre) * CONSTANT_PAD or 1.0
    return centre - pad, centre + pad


PLAIN = FuncFormatter(lambda value, _position: plain_number(value))


def plain_ticks(axis) -> None:
    """Tick labels as plain numbers on a matplotlib XAxis/YAxis (no offset, no exponent)."""
    axis.set_major_formatter(PLAIN)
    axis.set_minor_formatter(NullFormatter())


@dataclass(frozen=True)
class MetricAxis:
    """A metric on one plot axis: the catalogue entry, the display scale, whether the axis is
    logarithmic, and its label `Label (unit)`."""

    metric: Metric
    scale: Scale
    log: bool

    @property
    def label(self) -> str:
        return f"{self.metric.label} ({self.scale.unit})" if self.scale.unit else self.metric.label

    def values(self, raw) -> list[float]:
        """Raw CSV values in the display unit."""
        return [self.scale.apply(v) for v in raw]


def metric_axis(name: str, raw_values, allow_log: bool = True) -> MetricAxis:
    """The axis for metric `name` whose plotted values (in the CSV's unit) are `raw_values`."""
    entry = metric(name)
    scale = display_scale(entry.unit, raw_values)
    return MetricAxis(entry, scale, allow_log and wants_log([scale.apply(v) for v in raw_values]))


def style_value_axis(ax, which: str, spec: MetricAxis, shown_values, label: str | None = None) -> None:
    """Applies `spec` to the `which` ("x" or "y") axis of `ax`: the scale, the label, plain ticks,
    and a ± 5% range when the shown values (display unit, bands included) are constant."""
    axis = ax.yaxis if which == "y" else ax.xaxis
    set_scale = ax.set_yscale if which == "y" else ax.set_xscale
    set_limits = ax.set_ylim if which == "y" else ax.set_xlim
    set_label = ax.set_ylabel if which == "y" else ax.set_xlabel
    shown = finite(shown_values)
    if spec.log:
        set_scale("log", nonpositive="clip")
        positive = [v for v in shown if v > 0]
        if positive:
            set_limits(min(positive) / 1.5, max(positive) * 1.5)
    elif is_constant(shown):
        set_limits(*constant_limits(shown))
    plain_ticks(axis)
    set_label(label if label is not None else spec.label)


__all__ = ["CONSTANT_RELATIVE", "LOG_DECADES", "MetricAxis", "PLAIN", "constant_limits", "is_constant",
           "metric_axis", "plain_ticks", "style_value_axis", "wants_log"]
