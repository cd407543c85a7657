"""HarvestSim analysis: read run, sweep and compare CSVs, plot them (matplotlib, Agg backend), and
write self-contained HTML reports (Jinja2). Metric labels and units come from the catalogue
(`harvestplots.catalogue`, metrics.json)."""
from .catalogue import Metric, catalogue, metric
from .compare import Comparison, CompareRow, plot_compare, read_compare, write_compare_plots
from .data import (Point, Points, Stat, Sweep, SweepError, TimeSeries, read_points, read_runs,
                   read_summary, read_sweep, read_sweep_spec, read_timeseries)
from .plots import (plot_metric_vs_parameter, plot_points_bar, plot_timeseries, safe_name,
                    save_figure)
from .values import Axis, Value, parse_duration, parse_number

# The HTML reports import Jinja2; they load on first use: `from harvestplots.htmlreport import ...`.

__all__ = [
    "Axis", "Comparison", "CompareRow", "Metric", "catalogue", "metric", "Point", "Points", "Stat", "Sweep", "SweepError", "TimeSeries", "Value",
    "parse_duration", "parse_number", "plot_compare", "plot_metric_vs_parameter", "plot_points_bar",
    "plot_timeseries", "read_compare", "read_points", "read_runs", "read_summary", "read_sweep",
    "read_sweep_spec", "read_timeseries", "safe_name", "save_figure", "write_compare_plots",
]
