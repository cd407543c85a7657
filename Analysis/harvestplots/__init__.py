"""HarvestSim analysis: read sweep and run CSVs, plot them (matplotlib, Agg backend)."""
from .compare import Comparison, CompareRow, plot_compare, read_compare, write_compare_plots
from .data import (Point, Points, Stat, Sweep, SweepError, TimeSeries, read_points, read_runs,
                   read_summary, read_sweep, read_sweep_spec, read_timeseries)
from .plots import (plot_metric_vs_parameter, plot_points_bar, plot_timeseries, safe_name,
                    save_figure)
from .values import Axis, Value, parse_duration, parse_number

__all__ = [
    "Axis", "Comparison", "CompareRow", "Point", "Points", "Stat", "Sweep", "SweepError", "TimeSeries", "Value",
    "parse_duration", "parse_number", "plot_compare", "plot_metric_vs_parameter", "plot_points_bar",
    "plot_timeseries", "read_compare", "read_points", "read_runs", "read_summary", "read_sweep",
    "read_sweep_spec", "read_timeseries", "safe_name", "save_figure", "write_compare_plots",
]
