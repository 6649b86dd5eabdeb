"""Real documents read at run time from ../shared/data (never copied into the repository).

SkillSpan (Zhang et al., NAACL 2022; MIT): job postings, one JSON object per sentence; sentences of a posting
share (source, idx). The CVs: 22 real developer CVs (.docx) of Vanetik & Kogan 2023 (GPL-3.0).
"""

from __future__ import annotations

import json
import random
import zipfile
from dataclasses import dataclass
from pathlib import Path

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@dataclass(frozen=True)
class SkillSpanPosting:
    source: str  # "tech" or "house"
    idx: int
    sentences: tuple[str, ...]

    @property
    def key(self) -> str:
        return f"{self.source}-{self.idx}"

    def as_lines(self) -> str:
        return "\n".join(self.sentences) + "\n"

    def as_paragraph(self) -> str:
        return " ".join(self.sentences) + "\n"


def skillspan_postings(path: Path) -> list[SkillSpanPosting]:
    grouped: dict[tuple[str, int], list[str]] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw.strip():
            row = json.loads(raw)
            grouped.setdefault((row["source"], row["idx"]), []).append(" ".join(row["tokens"]))
    return [SkillSpanPosting(source, idx, tuple(lines)) for (source, idx), lines in grouped.items()]


def pick_postings(postings: list[SkillSpanPosting], count: int, seed: int,
                  min_sentences: int = 15) -> list[SkillSpanPosting]:
    """`count` postings of at least `min_sentences` sentences, half "tech" and half "house" (as far as there are),
    chosen by `seed` from a sorted list so that the same seed always gives the same postings."""
    rng = random.Random(seed)
    by_source: dict[str, list[SkillSpanPosting]] = {}
    for posting in sorted(postings, key=lambda p: (p.source, p.idx)):
        if len(posting.sentences) >= min_sentences:
            by_source.setdefault(posting.source, []).append(posting)
    sources = sorted(by_source)
    chosen: list[SkillSpanPosting] = []
    for i, source in enumerate(sources):
        share = count // len(sources) + (1 if i < count % len(sources) else 0)
        chosen += rng.sample(by_source[source], min(share, len(by_source[source])))
    return chosen


def pick_cvs(folder: Path, count: int, seed: int) -> list[Path]:
    cvs = sorted(folder.glob("*.docx"), key=lambda p: p.name)
    return random.Random(seed + 1).sample(cvs, min(count, len(cvs)))


def docx_plain_text(path: Path) -> str:
    """All text of a .docx, one paragraph a line, including tables and text boxes (which python-docx's
    paragraph list leaves out): used to check what the resume shows, independently of the engine's reader."""
    with zipfile.ZipFile(path) as archive:
        from lxml import etree

        root = etree.fromstring(archive.read("word/document.xml"))
    lines: list[str] = []
    for paragraph in root.iter(f"{W}p"):
        parts: list[str] = []
        for node in paragraph.iter(f"{W}t", f"{W}br", f"{W}cr", f"{W}tab"):
            # Only what belongs to this paragraph: a text box's paragraphs sit inside another paragraph.
            if next(node.iterancestors(f"{W}p"), None) is not paragraph:
                continue
            parts.append(node.text or "" if node.tag == f"{W}t" else "\t" if node.tag == f"{W}tab" else "\n")
        lines += [line.strip() for line in "".join(parts).splitlines() if line.strip()]
    return "\n".join(dict.fromkeys(lines))  # text boxes are often stored twice (a drawing and its fallback)
