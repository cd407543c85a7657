"""A small Markdown reader for the recommendation `harvestsim compare` writes: headings, paragraphs,
bullet and numbered lists, pipe tables and fenced code, with **bold**, *emphasis* and `code` inside
lines (underscores are left as they are). It returns plain data (blocks of spans); the report's template turns them into HTML with
autoescaping, so no text is ever pasted into HTML unescaped. Anything else is kept as text."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

# Underscores are not emphasis here: metric names (goodput_core_hours) are full of them.
_INLINE = re.compile(r"`([^`]+)`|\*\*(.+?)\*\*|\*([^*\s][^*]*?)\*")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_BULLET = re.compile(r"^\s*[-*+]\s+(.*)$")
_NUMBERED = re.compile(r"^\s*\d+[.)]\s+(.*)$")
_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


@dataclass(frozen=True)
class Span:
    """A run of text in one style: `text`, `strong`, `em` or `code`. A `strong` or `em` span also
    holds its content as spans (`children`: plain text, code and emphasis inside it)."""

    style: str
    text: str
    children: tuple["Span", ...] = ()


@dataclass
class Block:
    """`heading` (level, spans), `paragraph` (spans), `list` (ordered, items: one span list each),
    `table` (header and rows: span lists per cell) or `code` (text)."""

    kind: str
    spans: list[Span] = field(default_factory=list)
    level: int = 0
    ordered: bool = False
    items: list[list[Span]] = field(default_factory=list)
    header: list[list[Span]] = field(default_factory=list)
    rows: list[list[list[Span]]] = field(default_factory=list)
    text: str = ""


def spans(line: str) -> list[Span]:
    """The inline spans of one line of text."""
    result: list[Span] = []
    position = 0
    for match in _INLINE.finditer(line):
        if match.start() > position:
            result.append(Span("text", line[position:match.start()]))
        code, strong, em = match.groups()
        if code is not None:
            result.append(Span("code", code))
        elif strong is not None:
            result.append(Span("strong", strong, tuple(spans(strong))))
        else:
            result.append(Span("em", em, tuple(spans(em))))
        position = match.end()
    if position < len(line):
        result.append(Span("text", line[position:]))
    return result


def _cells(line: str) -> list[list[Span]]:
    body = line.strip()
    if body.startswith("|"):
        body = body[1:]
    if body.endswith("|"):
        body = body[:-1]
    return [spans(cell.strip()) for cell in re.split(r"(?<!\\)\|", body)]


def blocks(text: str) -> list[Block]:
    """`text` as a list of blocks."""
    lines = text.replace("\r\n", "\n").split("\n")
    result: list[Block] = []
    paragraph: list[str] = []
    index = 0

    def flush() -> None:
        if paragraph:
            result.append(Block("paragraph", spans(" ".join(line.strip() for line in paragraph))))
            paragraph.clear()

    while index < len(lines):
        line = lines[index]
        if not line.strip():
            flush()
            index += 1
        elif line.strip().startswith("```"):
            flush()
            code = []
            index += 1
            while index < len(lines) and not lines[index].strip().startswith("```"):
                code.append(lines[index])
                index += 1
            result.append(Block("code", text="\n".join(code)))
            index += 1
        elif _HEADING.match(line):
            flush()
            match = _HEADING.match(line)
            result.append(Block("heading", spans(match.group(2)), level=len(match.group(1))))
            index += 1
        elif _BULLET.match(line) or _NUMBERED.match(line):
            flush()
            ordered = _BULLET.match(line) is None
            pattern = _NUMBERED if ordered else _BULLET
            items: list[str] = []
            while index < len(lines) and lines[index].strip():
                match = pattern.match(lines[index])
                if match:
                    items.append(match.group(1))
                elif items and lines[index].startswith((" ", "\t")):
                    items[-1] += " " + lines[index].strip()
                else:
                    break
                index += 1
            result.append(Block("list", ordered=ordered, items=[spans(item) for item in items]))
        elif line.lstrip().startswith("|") and index + 1 < len(lines) and _RULE.match(lines[index + 1]):
            flush()
            header = _cells(line)
            index += 2
            rows = []
            while index < len(lines) and lines[index].lstrip().startswith("|"):
                rows.append(_cells(lines[index]))
                index += 1
            result.append(Block("table", header=header, rows=rows))
        else:
            paragraph.append(line)
            index += 1
    flush()
    return result


__all__ = ["Block", "Span", "blocks", "spans"]
