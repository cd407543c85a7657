"""compare.csv as one Markdown table: a row per variant, a column per metric, each cell the
variant's mean and, for the variants other than the baseline, the paired difference from
the baseline in brackets, with `*` where its 95% CI excludes 0."""
from __future__ import annotations

import math

from .catalogue import metric as catalogue_metric
from .compare import Comparison


def _number(value: float) -> str:
    """Three significant digits, without exponent notation for the sizes a planner reads."""
    if math.isnan(value):
        return "n/a"
    if value == 0:
        return "0"
    magnitude = abs(value)
    if magnitude >= 100:
        return f"{value:.0f}"
    if magnitude >= 10:
        return f"{value:.1f}"
    if magnitude >= 1:
        return f"{value:.2f}"
    digits = 2 - math.floor(math.log10(magnitude))
    return f"{value:.{digits}f}"


def _signed(value: float) -> str:
    text = _number(value)
    return text if text.startswith("-") or text in ("0", "n/a") else "+" + text


def compare_table(comparison: Comparison, labels: dict[str, str] | None = None) -> str:
    """The table, with `labels` naming the metrics' columns (default: the catalogue's label and unit,
    `Jobs lost (count)`; the column name for a metric the catalogue does not know)."""
    if labels is None:
        labels = {}
        for name in comparison.metrics:
            entry = catalogue_metric(name)
            labels[name] = f"{entry.label} ({entry.unit})" if entry.unit else entry.label
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
            cell = _number(row.mean)
            if not row.is_baseline and not math.isnan(row.diff_mean) and row.diff_mean != 0:
                cell += f" ({_signed(row.diff_mean)}{'*' if row.significant else ''})"
            cells.append(cell)
        name = f"{variant} (baseline)" if variant == comparison.baseline else variant
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"
