"""Precision and recall of the skills Afterword finds in real job postings, against SkillSpan's human spans.

Data: SkillSpan (Zhang et al., NAACL 2022, MIT licence), dev split, from ../shared/data/skillspan/ (or
--data PATH). Skips with exit 0 when the data is missing: the repository never ships it.

A predicted skill is a span of tokens our taxonomy matched. It counts as correct ("loose") when it overlaps a
human span, and "exact" when it covers the same tokens. Knowledge spans (Python, financial services) are what a
taxonomy can name; skill spans (work in a team) are long free phrases, so both are reported apart and together.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from skillspan_data import data_path_or_none, rows


def _spans(tags: list[str]) -> list[tuple[int, int]]:
    spans, start = [], None
    for i, tag in enumerate([*tags, "O"]):
        if tag.startswith("B") or tag == "O":
            if start is not None:
                spans.append((start, i))
                start = None
            if tag.startswith("B"):
                start = i
    return spans


def _token_spans(tokens: list[str], mentions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Character spans → token spans, for tokens joined by single spaces."""
    offsets, position = [], 0
    for token in tokens:
        offsets.append((position, position + len(token)))
        position += len(token) + 1
    out = []
    for start, end in mentions:
        covered = [i for i, (a, b) in enumerate(offsets) if a < end and start < b]
        if covered:
            out.append((covered[0], covered[-1] + 1))
    return out


def evaluate(path: Path) -> dict[str, dict[str, float]]:
    from afterword.analysis.skills import finder_for
    from afterword.analysis.taxonomy import default_taxonomy

    finder = finder_for(default_taxonomy())
    counts = {kind: {"predicted": 0, "gold": 0, "loose_hits": 0, "exact_hits": 0, "gold_found": 0}
              for kind in ("knowledge", "skill", "all")}
    for row in rows(path):
        tokens = row["tokens"]
        text = " ".join(tokens)
        mentions = []
        for m in finder.find(text):
            start = text.find(m.surface)
            while start != -1 and any(start == s for s, _ in mentions):
                start = text.find(m.surface, start + 1)
            if start != -1:
                mentions.append((start, start + len(m.surface)))
        predicted = _token_spans(tokens, mentions)
        gold = {"knowledge": _spans(row["tags_knowledge"]), "skill": _spans(row["tags_skill"])}
        gold["all"] = gold["knowledge"] + gold["skill"]
        for kind, spans in gold.items():
            c = counts[kind]
            c["predicted"] += len(predicted)
            c["gold"] += len(spans)
            c["loose_hits"] += sum(1 for p in predicted if any(p[0] < g[1] and g[0] < p[1] for g in spans))
            c["exact_hits"] += sum(1 for p in predicted if p in spans)
            c["gold_found"] += sum(1 for g in spans if any(p[0] < g[1] and g[0] < p[1] for p in predicted))
    result = {}
    for kind, c in counts.items():
        result[kind] = {
            "precision_loose": round(c["loose_hits"] / c["predicted"], 3) if c["predicted"] else 0.0,
            "precision_exact": round(c["exact_hits"] / c["predicted"], 3) if c["predicted"] else 0.0,
            "recall_loose": round(c["gold_found"] / c["gold"], 3) if c["gold"] else 0.0,
            "gold_spans": c["gold"], "predicted_spans": c["predicted"],
        }
    return result


def main() -> int:
    data = data_path_or_none()
    if data is None:
        return 0
    print(json.dumps(evaluate(data), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
