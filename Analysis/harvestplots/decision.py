"""The decision files `harvestsim compare` writes beside compare.csv, each optional:

- `ranking.csv`: per metric, each variant's rank, mean ± ci95 and paired difference from the best,
  with a verdict `best`, `indistinguishable` (from the best), `worse` or `not-ranked`;
- `pareto.csv`: per variant, whether it meets the constraints (`feasible`), whether it is on the
  Pareto front of the objectives (`pareto`), the constraints it violates, and one column per
  objective metric;
- `recommendation.md`: the recommendation in words (Markdown).

Readers return None when the file is absent and raise SweepError when it is malformed."""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

from .data import SweepError, read_table
from .values import parse_float

RANKING_COLUMNS = ("metric", "label", "unit", "better", "rank", "variant", "mean", "ci95", "diff_from_best",
                   "diff_from_best_ci95", "verdict")
VERDICTS = ("best", "indistinguishable", "worse", "not-ranked")
PARETO_COLUMNS = ("variant", "feasible", "pareto", "violated")


@dataclass(frozen=True)
class RankingRow:
    """One line of ranking.csv; NaN (or None for the rank) where the cell is empty."""

    metric: str
    label: str
    unit: str
    better: str
    rank: int | None
    variant: str
    mean: float
    ci95: float
    diff_from_best: float
    diff_from_best_ci95: float
    verdict: str


@dataclass
class MetricRanking:
    """One metric's rows of ranking.csv, in file order."""

    metric: str
    rows: list[RankingRow] = field(default_factory=list)

    def with_verdict(self, verdict: str) -> list[RankingRow]:
        return [row for row in self.rows if row.verdict == verdict]


def _bool(text: str, path: Path, column: str, number: int) -> bool:
    value = (text or "").strip().lower()
    if value not in ("true", "false"):
        raise SweepError(f"{path}: line {number}: '{column}' must be true or false, found {text!r}")
    return value == "true"


def read_ranking(folder: Path | str) -> list[MetricRanking] | None:
    """ranking.csv in `folder`, grouped by metric in file order; None when there is none."""
    path = Path(folder) / "ranking.csv"
    if not path.exists():
        return None
    path, lines = read_table(path, "ranking.csv", list(RANKING_COLUMNS), "no rows")
    groups: dict[str, MetricRanking] = {}
    for number, line in enumerate(lines, start=2):
        if line["verdict"] not in VERDICTS:
            raise SweepError(f"{path}: line {number}: verdict must be one of {', '.join(VERDICTS)}, "
                             f"found {line['verdict']!r}")
        rank = parse_float(line["rank"])
        row = RankingRow(line["metric"], line["label"], line["unit"], line["better"],
                         None if math.isnan(rank) else int(rank), line["variant"], parse_float(line["mean"]),
                         parse_float(line["ci95"]), parse_float(line["diff_from_best"]),
                         parse_float(line["diff_from_best_ci95"]), line["verdict"])
        groups.setdefault(row.metric, MetricRanking(row.metric)).rows.append(row)
    return list(groups.values())


@dataclass(frozen=True)
class ParetoRow:
    variant: str
    feasible: bool
    pareto: bool
    violated: str
    objectives: dict[str, float]


@dataclass
class Pareto:
    """pareto.csv: the objective metrics (its columns after `violated`) and one row per variant."""

    objectives: list[str]
    rows: list[ParetoRow]


def read_pareto(folder: Path | str) -> Pareto | None:
    """pareto.csv in `folder`; None when there is none."""
    path = Path(folder) / "pareto.csv"
    if not path.exists():
        return None
    path, lines = read_table(path, "pareto.csv", list(PARETO_COLUMNS), "no rows")
    header = list(lines[0].keys())
    objectives = header[header.index("violated") + 1:]
    rows = [ParetoRow(line["variant"], _bool(line["feasible"], path, "feasible", number),
                      _bool(line["pareto"], path, "pareto", number), line["violated"] or "",
                      {name: parse_float(line[name]) for name in objectives})
            for number, line in enumerate(lines, start=2)]
    return Pareto(objectives, rows)


def read_recommendation(folder: Path | str) -> str | None:
    """recommendation.md in `folder` as text; None when there is none."""
    path = Path(folder) / "recommendation.md"
    if not path.exists():
        return None
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise SweepError(f"{path}: cannot read: {error}") from error


__all__ = ["MetricRanking", "Pareto", "ParetoRow", "RankingRow", "VERDICTS", "read_pareto", "read_ranking",
           "read_recommendation"]
