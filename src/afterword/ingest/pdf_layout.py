"""A PDF page's text in reading order, rebuilt from where each piece of text stands on the page.

pypdf gives text in the order the file draws it. Resume templates often draw the right-aligned dates of every job
first, or a sidebar after the main column, so "01/2019 – now" ends up pages away from "Staff Nurse". Here each
piece keeps its position: pieces on one baseline make one line (a wide gap between them becomes " | ", so a job's
title and its right-aligned dates stay together), and a page split by an empty vertical gutter (a two-column CV)
is read column by column. Everything is one pass over the pieces plus sorting.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_GAP = " | "
_WIDTH_PER_CHAR = 0.5  # average glyph width as a share of the font size: enough to find gaps and gutters
_BINS = 120
MAX_PIECES = 20_000
# A piece that is only dates ("March 2021 – Present", "2014 - 2016"): right-aligned beside a job's title.
_DATES_ONLY = re.compile(r"^[\w .,/'’()–—-]{4,40}$")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_BULLETS = "•·▪◦●○■-–*"


@dataclass(frozen=True, slots=True)
class Piece:
    x: float
    y: float
    size: float
    text: str

    @property
    def end(self) -> float:
        return self.x + len(self.text) * self.size * _WIDTH_PER_CHAR


class PieceCollector:
    """A pypdf ``visitor_text``: collects each piece of text with its position on the page. ``usable`` turns
    False for rotated or skewed text, where positions do not give a reading order."""

    def __init__(self) -> None:
        self.pieces: list[Piece] = []
        self.usable = True

    def __call__(self, text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if not text or not text.strip("\n"):
            return
        a, b, c, d = (tm[0] * cm[0] + tm[1] * cm[2], tm[0] * cm[1] + tm[1] * cm[3],
                      tm[2] * cm[0] + tm[3] * cm[2], tm[2] * cm[1] + tm[3] * cm[3])
        if abs(b) > 0.01 * abs(a) + 1e-9 or abs(c) > 0.01 * abs(d) + 1e-9:
            self.usable = False
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        scale = abs(d) or abs(a) or 1.0
        height = max(size * scale, 1.0)
        for offset, part in enumerate(text.split("\n")):
            if part.strip():
                self.pieces.append(Piece(x, y - offset * height * 1.2, height, part))


def _gutter(pieces: list[Piece], width: float) -> float | None:
    """The x of an empty vertical band between 15% and 75% of the page with text on both sides, or None."""
    if len(pieces) < 8 or width <= 0:
        return None
    cover = [0] * _BINS
    for piece in pieces:
        first = max(0, int(piece.x / width * _BINS))
        last = min(_BINS - 1, int(piece.end / width * _BINS))
        for index in range(first, last + 1):
            cover[index] += 1
    allowed = max(1, len(pieces) // 40)  # a full-width name or heading may cross it
    best: tuple[int, int] | None = None
    run_start: int | None = None
    for index in range(int(_BINS * 0.15), int(_BINS * 0.75) + 1):
        if cover[index] <= allowed:
            run_start = index if run_start is None else run_start
            if best is None or index - run_start > best[1] - best[0]:
                best = (run_start, index)
        else:
            run_start = None
    if best is None or best[1] - best[0] < 2:
        return None
    middle = (best[0] + best[1] + 1) / 2 / _BINS * width
    left = sum(1 for p in pieces if p.x < middle)
    right = len(pieces) - left
    return middle if min(left, right) >= len(pieces) // 5 else None


def _is_dates(piece: Piece) -> bool:
    text = piece.text.strip()
    return bool(_DATES_ONLY.match(text) and _YEAR.search(text)) and len(text.split()) <= 6


def _lines(pieces: list[Piece]) -> list[str]:
    """Pieces grouped into lines by baseline, top to bottom, each line left to right. A piece of dates on its
    own goes with the job line it stands beside: its own baseline's line, or, when that line is a bullet (a
    template that drops the dates half a line), the nearest line above that is not."""
    dates = [p for p in pieces if _is_dates(p) and len(pieces) > 1]
    groups: list[list[Piece]] = []
    for piece in sorted((p for p in pieces if p not in dates), key=lambda p: (-p.y, p.x)):
        if groups and abs(piece.y - groups[-1][0].y) <= 0.35 * max(piece.size, groups[-1][0].size):
            groups[-1].append(piece)
        else:
            groups.append([piece])
    for piece in dates:
        above = [g for g in groups if 0.35 * piece.size < g[0].y - piece.y <= 2.2 * piece.size
                 and min(g, key=lambda p: p.x).text.lstrip()[:1] not in _BULLETS]
        level = [g for g in groups if abs(g[0].y - piece.y) <= 0.35 * piece.size]
        bullet = level and min(level[0], key=lambda p: p.x).text.lstrip()[:1] in _BULLETS
        target = above[-1] if bullet and above else (level[0] if level else None)
        if target is None:
            groups.append([piece])
            groups.sort(key=lambda g: -g[0].y)
        else:
            target.append(Piece(max(p.end for p in target) + 3 * piece.size, target[0].y, piece.size, piece.text))
    return [_join(group) for group in groups]


def _join(line: list[Piece]) -> str:
    """A line's pieces left to right: a piece that continues the one before (it starts with a space, or the
    one before ends with one) joins it directly; one that stands apart (a right-aligned date) after " | "."""
    line = sorted(line, key=lambda p: p.x)
    text = line[0].text
    for previous, piece in zip(line, line[1:], strict=False):
        continues = piece.text[:1].isspace() or previous.text[-1:].isspace() or piece.x - previous.end < 0.3 * \
            piece.size and piece.text[:1] in ",.;:)"
        text += piece.text if continues else _GAP + piece.text.lstrip()
    return text.rstrip()


def page_text(collector: PieceCollector, width: float) -> str | None:
    """The page's text in reading order, or None when positions cannot give it (rotated text, no pieces)."""
    pieces = collector.pieces
    if not collector.usable or not pieces or len(pieces) > MAX_PIECES:
        return None  # a page of tens of thousands of pieces is no resume: pypdf's order will do
    gutter = _gutter(pieces, width)
    if gutter is None:
        return "\n".join(_lines(pieces))
    left = [p for p in pieces if p.x < gutter]
    right = [p for p in pieces if p.x >= gutter]
    return "\n".join(_lines(left)) + "\n\n" + "\n".join(_lines(right))
