"""compare.csv as one Markdown table: a row per variant, a column per metric, each cell the
variant's mean and, for the variants other than the baseline, the paired difference from
the baseline in brackets, with `*` where its 95% CI excludes 0."""
from __future__ import annotations

import math

from .catalogue import metric as catalogue_metric
from .compare import Comparison
from .units import display_scale, significant


def _number(value: float) -> str:
    """Three significant digits, grouped by thousands, without exponent notation."""
    if math.isnan(value):
        return "n/a"
    if value == 0:
        return "0"
    return significant(value, 3)


def _signed(value: float) -> str:
    text = _number(value)
    return text if text.startswith("-") or text in ("0", "n/a") else "+" + text


def compare_table(comparison: Comparison, labels: dict[str, str] | None = None) -> str:
    """The table, with `labels` naming the metrics' columns (default: the catalogue's label and the
    unit the column is shown in, `Mean response time (h)`; the column name for a metric the
    catalogue does not know). Values are shown in that unit (`display_scale`: seconds as min,
    h or d, fractions as %), to three significant digits; full precision stays in compare.csv."""
    # Each column in the unit a reader takes in at a glance: seconds as h or d, fractions as %.
    scales = {}
    for name in comparison.metrics:
        means = [row.mean for (metric, _), row in comparison.rows.items() if metric == name]
        scales[name] = display_scale(catalogue_metric(name).unit, means)
    if labels is None:
        labels = {}
        for name in comparison.metrics:
            entry = catalogue_metric(name)
            unit = scales[name].unit
            labels[name] = f"{entry.label} ({unit})" if unit else entry.label
    header = "| variant | " + " | ".join(labels.get(m, m) for m in comparison.metrics) + " |"
    rule = "|---|" + "---|" * len(comparison.metrics)
    lines = [header, rule]
    for variant in comparison.variants:
        cells = []
        for metric in comparison.metrics:
            row = comparison.rows.get((metric, variant))
            if row is None:
                cells.append("")
                continue
            scale = scales[metric]
            cell = _number(scale.apply(row.mean))
            if not row.is_baseline and not math.isnan(row.diff_mean) and row.diff_mean != 0:
                cell += f" ({_signed(scale.apply(row.diff_mean))}{'*' if row.significant else ''})"
            cells.append(cell)
        name = f"{variant} (baseline)" if variant == comparison.baseline else variant
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"
