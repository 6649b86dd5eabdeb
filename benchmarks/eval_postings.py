"""Robustness on real postings: build a Closing Card for every SkillSpan dev posting with the demo resume.

Reports crashes (there should be none), how the requirements were found, and timing. Reads
../shared/data/skillspan/dev.json (or --data PATH); prints `skipped` when it is missing.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections import Counter
from importlib import resources
from pathlib import Path

from skillspan_data import data_path_or_none, rows


def postings(path: Path) -> dict[tuple[str, int], str]:
    """SkillSpan sentences joined back into postings (sentences of one posting share source and idx)."""
    out: dict[tuple[str, int], list[str]] = {}
    for row in rows(path):
        out.setdefault((row["source"], row["idx"]), []).append(" ".join(row["tokens"]))
    return {key: "\n".join(lines) for key, lines in out.items()}


def main() -> int:
    data = data_path_or_none()
    if data is None:
        return 0
    from afterword.coach.card import build_card
    from afterword.ingest import document_from_text, read_document

    resume = read_document(str(resources.files("afterword.data").joinpath("demo", "resume.docx")))
    counts: Counter[str] = Counter()
    times: list[float] = []
    for key, text in postings(data).items():
        posting = document_from_text(text, f"{key[0]}-{key[1]}")
        start = time.perf_counter()
        try:
            card = build_card(resume, posting)
        except Exception as error:  # noqa: BLE001 - an evaluation counts crashes instead of stopping
            counts["crashed"] += 1
            print(f"crash on {key}: {type(error).__name__}: {error}", file=sys.stderr)
            continue
        times.append((time.perf_counter() - start) * 1000)
        warnings = " ".join(card.report.warnings)
        counts["postings"] += 1
        counts["requirements"] += sum(m.requirement.kind != "responsibility" for m in card.report.requirements)
        counts["responsibilities"] += sum(m.requirement.kind == "responsibility" for m in card.report.requirements)
        counts["guessed (no requirements heading)"] += "guessed" in warnings
        counts["no requirements found"] += "No requirements were recognised" in warnings
        counts["cards with 5-8 questions"] += 5 <= len(card.questions) <= 8
    print(json.dumps({**counts, "median_card_ms": round(statistics.median(times), 1),
                      "max_card_ms": round(max(times), 1)}, indent=2))
    return 1 if counts["crashed"] else 0


if __name__ == "__main__":
    sys.exit(main())
