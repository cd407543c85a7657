"""The metric catalogue: each metric's label, unit, definition, better direction, aggregation and
practical threshold, read from `metrics.json` (the JSON copy of the simulator's catalogue,
`MetricCatalogue.json()` in Sources/Experiments/Metrics, kept equal by `MetricCatalogueTests`).

This module is the only place Analysis learns what a metric is called or measured in. A column the
catalogue does not know is shown by its column name, with no unit and no better direction."""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

CATALOGUE_PATH = Path(__file__).with_name("metrics.json")
DIRECTIONS = ("higher", "lower", "neither")


@dataclass(frozen=True)
class Metric:
    """One catalogue entry. `known` is False for a column the catalogue does not list."""

    name: str
    unit: str
    label: str
    definition: str
    better: str
    aggregation: str
    threshold: float | None
    threshold_kind: str
    known: bool = True

    @property
    def has_direction(self) -> bool:
        """Whether a higher or a lower value is better."""
        return self.better in ("higher", "lower")

    def better_text(self) -> str:
        """`higher is better`, `lower is better`, or `neither` in words."""
        return {"higher": "higher is better", "lower": "lower is better"}.get(self.better, "no better direction")

    def is_better(self, a: float, b: float) -> bool:
        """Whether value `a` is strictly better than `b` (False without a direction)."""
        if self.better == "higher":
            return a > b
        if self.better == "lower":
            return a < b
        return False


class CatalogueError(ValueError):
    """metrics.json is missing or does not follow the catalogue's JSON form."""


def _entry(raw: dict, path: Path) -> Metric:
    for key in ("name", "unit", "label", "definition", "better"):
        if not isinstance(raw.get(key), str):
            raise CatalogueError(f"{path}: an entry lacks the text field '{key}': {raw!r}")
    if raw["better"] not in DIRECTIONS:
        raise CatalogueError(f"{path}: {raw['name']}: better must be one of {', '.join(DIRECTIONS)}")
    threshold = raw.get("threshold")
    return Metric(raw["name"], raw["unit"], raw["label"], raw["definition"], raw["better"],
                  str(raw.get("aggregation", "")),
                  float(threshold) if isinstance(threshold, (int, float)) else None,
                  str(raw.get("threshold_kind", "")))


def read_catalogue(path: Path | str) -> dict[str, Metric]:
    """The catalogue at `path`, by metric name, in file order."""
    path = Path(path)
    try:
        entries = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise CatalogueError(f"{path}: cannot read the metric catalogue: {error}") from error
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise CatalogueError(f"{path}: expected a JSON list of objects")
    return {metric.name: metric for metric in (_entry(e, path) for e in entries)}


@lru_cache(maxsize=1)
def catalogue() -> dict[str, Metric]:
    """The shipped catalogue (`harvestplots/metrics.json`), read once."""
    return read_catalogue(CATALOGUE_PATH)


def metric(name: str) -> Metric:
    """The catalogue's entry for `name`; for an unknown column, an entry labelled with the column
    name, without unit, definition or better direction."""
    found = catalogue().get(name)
    if found is not None:
        return found
    return Metric(name, "", name, "", "neither", "", None, "", known=False)


def ordered(names) -> list[str]:
    """`names` (each once) in catalogue order, unknown names after them in their given order."""
    order = {name: index for index, name in enumerate(catalogue())}
    unique = list(dict.fromkeys(names))
    return sorted(unique, key=lambda n: (order.get(n, len(order)), unique.index(n)))


__all__ = ["CATALOGUE_PATH", "CatalogueError", "Metric", "catalogue", "metric", "ordered", "read_catalogue"]
