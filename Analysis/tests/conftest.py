"""Builders of small synthetic sweep and run folders that follow the CSV contract."""
import csv
import json
import sys
from pathlib import Path

import pytest

ANALYSIS = Path(__file__).resolve().parents[1]
if str(ANALYSIS) not in sys.path:
    sys.path.insert(0, str(ANALYSIS))

from harvestplots.catalogue import catalogue  # noqa: E402

# A catalogue metric measured in seconds where lower is better (a wait), whatever it is called today.
SECONDS_METRIC = next(name for name, m in catalogue().items() if m.unit == "s" and m.better == "lower")

RUN_METRICS = ["duration_s", "jobs_submitted", "jobs_completed", "jobs_lost", "attempts_lost",
               "dispatch_failures", "resubmissions", "throughput_per_hour", "goodput_core_hours",
               "wasted_core_hours", "mean_wait_s", "p95_wait_s", "mean_response_s",
               "host_availability", "wn_usable_fraction", "mean_registration_latency_s",
               "mean_detection_latency_s", "batch_restarts", "events", "warmup_s"]


def _fmt(value):
    if value is None:
        return ""
    return str(value)


def write_sweep(folder: Path, parameters, points, metrics, replications=3, name="test-sweep",
                runs=True):
    """points: list of (param_values_tuple, {metric: (mean, sd, n, ci95)}) in point order;
    any of the four may be None for an empty cell."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "sweep.json").write_text(json.dumps(
        {"name": name, "parameters": parameters, "metrics": metrics, "replications": replications}))
    with open(folder / "points.csv", "w", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        header = ["point", *parameters, "runs"]
        for metric in metrics:
            header += [f"{metric}_mean", f"{metric}_sd", f"{metric}_n", f"{metric}_ci95"]
        writer.writerow(header)
        for index, (values, stats) in enumerate(points):
            row = [index, *values, replications]
            for metric in metrics:
                row += [_fmt(v) for v in stats.get(metric, (None, None, None, None))]
            writer.writerow(row)
    if runs:
        with open(folder / "runs.csv", "w", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\n")
            writer.writerow(["point", *parameters, "replication", "seed", "scenario", *RUN_METRICS, "version"])
            for index, (values, _) in enumerate(points):
                for rep in range(replications):
                    writer.writerow([index, *values, rep, 1000 + rep, "lab", *["1"] * len(RUN_METRICS), "0.1"])
    return folder


def write_run(folder: Path, samples=5, step=21600.0, scenario="lab", seed=42, replication=0):
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "timeseries.csv", "w", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["scenario", "seed", "replication", "time_s", "hosts_up", "wns_usable",
                         "busy_slots", "queue_length", "version"])
        for i in range(samples):
            writer.writerow([scenario, seed, replication, i * step, 40 - i, 38 - i, 30 - i, 5 * i, "0.1"])
    with open(folder / "summary.csv", "w", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["scenario", "seed", "replication", *RUN_METRICS, "version"])
        writer.writerow([scenario, seed, replication, *["2"] * len(RUN_METRICS), "0.1"])
    return folder


# hosts.0.count (numeric, written out of numeric order) x registration.mode (categorical)
MIXED_PARAMS = ["hosts.0.count", "registration.mode"]
MIXED_METRICS = ["jobs_lost", "throughput_per_hour"]
MIXED_POINTS = [
    (("100", "restart"), {"jobs_lost": (12.3, 2.0, 3, 1.5), "throughput_per_hour": (300.0, 10.0, 3, 24.8)}),
    (("2", "restart"), {"jobs_lost": (4.0, 1.0, 3, 2.5), "throughput_per_hour": (10.0, 1.0, 3, 2.0)}),
    (("10", "restart"), {"jobs_lost": (7.5, 1.0, 3, 0.75), "throughput_per_hour": (40.0, 3.0, 3, 7.0)}),
    (("100", "reload"), {"jobs_lost": (1.0, 0.5, 3, 0.25), "throughput_per_hour": (310.0, 9.0, 3, 20.0)}),
    (("2", "reload"), {"jobs_lost": (0.5, 0.5, 3, 1.0), "throughput_per_hour": (11.0, 1.0, 3, 2.0)}),
    (("10", "reload"), {"jobs_lost": (0.75, None, 1, None), "throughput_per_hour": (41.0, 3.0, 3, 6.0)}),
]

CATEGORICAL_PARAMS = ["registration.mode"]
CATEGORICAL_METRICS = ["jobs_lost", SECONDS_METRIC]
CATEGORICAL_POINTS = [
    (("restart",), {"jobs_lost": (10.0, 2.0, 3, 4.0), SECONDS_METRIC: (120.5, 5.0, 3, 12.5)}),
    (("reload",), {"jobs_lost": (3.0, 1.0, 3, 1.5), SECONDS_METRIC: (None, None, 0, None)}),
    (("none",), {"jobs_lost": (6.0, None, 1, None), SECONDS_METRIC: (90.0, 1.0, 3, 2.5)}),
]

DURATION_PARAMS = ["torque.node_check_rate"]
DURATION_METRICS = ["mean_detection_latency_s"]
DURATION_POINTS = [
    (("1h",), {"mean_detection_latency_s": (3700.0, 10.0, 3, 25.0)}),
    (("5m",), {"mean_detection_latency_s": (320.0, 8.0, 3, 20.0)}),
    (("15m",), {"mean_detection_latency_s": (920.0, 9.0, 3, 22.0)}),
]


@pytest.fixture
def mixed_sweep(tmp_path):
    return write_sweep(tmp_path / "mixed", MIXED_PARAMS, MIXED_POINTS, MIXED_METRICS)


@pytest.fixture
def categorical_sweep(tmp_path):
    return write_sweep(tmp_path / "categorical", CATEGORICAL_PARAMS, CATEGORICAL_POINTS, CATEGORICAL_METRICS)


@pytest.fixture
def duration_sweep(tmp_path):
    return write_sweep(tmp_path / "durations", DURATION_PARAMS, DURATION_POINTS, DURATION_METRICS)
