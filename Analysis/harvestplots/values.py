"""Parameter values as written by the sweep (YAML scalars) and durations."""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

# Seconds per unit, as in the scenario grammar (docs/scenario-reference.md).
UNIT_SECONDS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0, "w": 604800.0}

_NUMBER = r"[+-]?(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:[eE][+-]?\d+)?"
_NUMBER_RE = re.compile(rf"^\s*({_NUMBER})\s*$")
_DURATION_RE = re.compile(rf"^\s*({_NUMBER})\s*(ms|s|m|h|d|w)\s*$")


def parse_number(text: str) -> float | None:
    """A plain number (`40`, `0.5`, `1e3`, `10_000`) as a float, else None."""
    match = _NUMBER_RE.match(text or "")
    if not match:
        return None
    try:
        return float(match.group(1).replace("_", ""))
    except ValueError:
        return None


def parse_duration(text: str) -> float | None:
    """A duration (`15m`, `1.5h`, `250ms`, `2d`, `1w`, `90 s`) in seconds; a bare
    number means seconds (`90` -> 90.0). None when the text is not a duration."""
    match = _DURATION_RE.match(text or "")
    if match:
        try:
            return float(match.group(1).replace("_", "")) * UNIT_SECONDS[match.group(2)]
        except ValueError:
            return None
    return parse_number(text)


def parse_float(text: str) -> float:
    """A metric cell: a number, or NaN when empty or unreadable."""
    value = parse_number(text)
    return math.nan if value is None else value


@dataclass(frozen=True)
class Value:
    """One parameter value: the text as written and, when numeric, its number
    (seconds for a duration)."""

    text: str
    number: float | None
    is_duration: bool = False

    @classmethod
    def parse(cls, text: str) -> "Value":
        text = (text or "").strip()
        number = parse_number(text)
        if number is not None:
            return cls(text, number, False)
        seconds = parse_duration(text)
        if seconds is not None:
            return cls(text, seconds, True)
        return cls(text, None, False)

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class Axis:
    """A varied parameter: its key path, its distinct values in plan order (first
    appearance) and its kind: "number", "duration" (numeric, in seconds) or "category"."""

    name: str
    values: tuple[Value, ...]
    kind: str

    @property
    def numeric(self) -> bool:
        return self.kind in ("number", "duration")

    def position(self, value: Value) -> float:
        """Where a value sits on a plot axis: its number (seconds for durations)
        for a numeric axis, its index in plan order for a categorical one."""
        if self.numeric:
            return float(value.number)  # type: ignore[arg-type]
        return float(self.values.index(value))

    def sorted_values(self) -> list[Value]:
        """Numeric axes sorted by number; categorical ones in plan order."""
        if self.numeric:
            return sorted(self.values, key=lambda v: (v.number, v.text))
        return list(self.values)

    @classmethod
    def infer(cls, name: str, values: list[Value]) -> "Axis":
        distinct: list[Value] = []
        for value in values:
            if value not in distinct:
                distinct.append(value)
        if distinct and all(v.number is not None for v in distinct):
            kind = "duration" if any(v.is_duration for v in distinct) else "number"
        else:
            kind = "category"
        return cls(name, tuple(distinct), kind)
