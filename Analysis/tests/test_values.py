import math

import pytest

from harvestplots.values import Axis, Value, parse_duration, parse_number


@pytest.mark.parametrize("text,seconds", [
    ("15m", 900.0), ("250ms", 0.25), ("90s", 90.0), ("1.5h", 5400.0), ("2d", 172800.0),
    ("1w", 604800.0), ("90 s", 90.0), ("10_000s", 10000.0), ("1e3s", 1000.0), ("90", 90.0),
    ("86_400", 86400.0), ("0.5m", 30.0),
])
def test_durations_parse_to_seconds(text, seconds):
    assert parse_duration(text) == pytest.approx(seconds)


@pytest.mark.parametrize("text", ["restart", "", "15 minutes", "m", "1.5x", "true"])
def test_non_durations_are_rejected(text):
    assert parse_duration(text) is None


def test_numbers_parse_and_words_do_not():
    assert parse_number("40") == 40.0
    assert parse_number("0.5") == 0.5
    assert parse_number("1e-05") == 1e-05
    assert parse_number("10_000") == 10000.0
    assert parse_number("15m") is None
    assert parse_number("restart") is None


def test_value_keeps_text_and_number():
    assert Value.parse("15m") == Value("15m", 900.0, True)
    assert Value.parse("40") == Value("40", 40.0, False)
    assert Value.parse("restart") == Value("restart", None, False)


def test_axis_kinds_and_numeric_sort():
    numbers = Axis.infer("n", [Value.parse(t) for t in ["100", "2", "10", "2"]])
    assert numbers.kind == "number"
    assert [v.text for v in numbers.sorted_values()] == ["2", "10", "100"]
    durations = Axis.infer("d", [Value.parse(t) for t in ["1h", "5m", "90", "15m"]])
    assert durations.kind == "duration"
    assert [v.text for v in durations.sorted_values()] == ["90", "5m", "15m", "1h"]
    assert durations.position(Value.parse("15m")) == 900.0
    words = Axis.infer("w", [Value.parse(t) for t in ["restart", "5m", "reload"]])
    assert words.kind == "category"
    assert [v.text for v in words.sorted_values()] == ["restart", "5m", "reload"]  # plan order
    assert words.position(Value.parse("reload")) == 2.0
