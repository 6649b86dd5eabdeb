"""`afterword list --format json` without a value per row: on the fast read path the JSON text is written
straight from the rows' text (store/fast_queries.summary_texts), the same text as
``json_text([summary.as_json() for summary in read_list(stage)])``, which the normal path still writes. Ten
thousand applications cost a few string joins here instead of a UUID, two datetimes, a summary and a dict each.

A test compares the two on SQLite and PostgreSQL; ApplicationSummary.as_json (services/views.py) is the shape.
"""

from __future__ import annotations

from collections.abc import Sequence
from json.encoder import encode_basestring  # what json.dumps(..., ensure_ascii=False) writes a string with
from typing import TYPE_CHECKING, Any

from afterword.services.reading import read
from afterword.store.ids import SHORT_ID_LENGTH

if TYPE_CHECKING:
    from afterword.store.fast_read import FastReader
    from afterword.store.session import Store


def summaries_json(rows: Sequence[Sequence[Any]]) -> str:
    """``json_text([summary.as_json() ...])`` for summary rows of text (id, company, role, stage,
    stage_changed_at, created_at, source_url), as fast_queries.summary_texts gives them. Ids and instants are
    written as they are: str() of a UUID and isoformat() of an instant hold nothing JSON escapes (both instants
    are NOT NULL columns)."""
    if not rows:
        return "[]"
    quote = encode_basestring
    items = [
        f'{{\n    "id": "{row_id}",\n    "short_id": "{row_id[:SHORT_ID_LENGTH]}",\n'  # the first group of a UUID
        f'    "company": {quote(company)},\n    "role": {quote(role)},\n    "stage": {quote(stage)},\n'
        f'    "stage_changed_at": "{moved}",\n    "created_at": "{created}",\n'
        f'    "source_url": {"null" if url is None else quote(url)}\n  }}'
        for row_id, company, role, stage, moved, created, url in rows]
    from afterword.safe_text import printable_json

    return printable_json("[\n  " + ",\n  ".join(items) + "\n]")


def read_list_json(stage: str | None = None) -> str:
    """The JSON text of read_list(stage), on the configured database; by the fast read path when it can answer."""
    def fast(reader: FastReader) -> str:
        from afterword.store import fast_queries

        return summaries_json(fast_queries.summary_texts(reader, stage=_checked(stage)))

    def normal(store: Store) -> str:
        from afterword.safe_text import json_text
        from afterword.services.applications import list_applications

        return json_text([summary.as_json() for summary in list_applications(store, stage)])

    return read(fast, normal)


def _checked(stage: str | None) -> str | None:
    if stage is None:
        return None
    from afterword.services.applications import check_stage

    return check_stage(stage)
