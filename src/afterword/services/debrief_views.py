"""The debriefs of an application as `afterword show` gives them: plain values built from stored rows on either
read path, numbered as the interviews are (1 = the first, by start time)."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from afterword.services.views import InterviewView

# (interview id, draft, content JSON, decision date, created_at, updated_at): a stored debrief as both paths read it
DebriefRow = tuple[uuid.UUID, bool, str, "date | None", datetime, datetime]


def _time(value: datetime) -> str:
    return value.isoformat()


@dataclass(frozen=True, slots=True)
class DebriefView:
    """One interview's debrief. ``content`` is its JSON in the documented shape (docs/debrief-format.md), without
    the interview's number, which ``number`` holds (it changes when an earlier interview is added)."""

    interview_id: uuid.UUID
    number: int
    round: int
    interview_starts_at: datetime  # on the interview's own clock
    draft: bool
    content: str
    decision_date: date | None
    created_at: datetime
    updated_at: datetime

    @property
    def debrief(self) -> dict[str, Any]:
        """The debrief in its documented shape, with ``interview`` (its number) first."""
        return {"interview": self.number, **json.loads(self.content)}

    def as_json(self) -> dict[str, Any]:
        return {"interview": self.number, "interview_id": str(self.interview_id), "round": self.round,
                "draft": self.draft, "decision_date": self.decision_date.isoformat() if self.decision_date else None,
                "created_at": _time(self.created_at), "updated_at": _time(self.updated_at), "debrief": self.debrief}


def interview_numbers(interviews: Iterable[InterviewView]) -> dict[uuid.UUID, int]:
    """Each interview's number within its application: 1 for the first by start time (then round, then id), as
    store.debriefs.numbered orders them."""
    ordered = sorted(interviews, key=lambda interview: (interview.starts_at, interview.round, interview.id.hex))
    return {interview.id: number for number, interview in enumerate(ordered, 1)}


def debrief_views(interviews: Sequence[InterviewView], rows: Iterable[DebriefRow]) -> tuple[DebriefView, ...]:
    """The debriefs of ``rows`` for the application's ``interviews``, in the interviews' order."""
    numbers = interview_numbers(interviews)
    by_id = {interview.id: interview for interview in interviews}
    views = [DebriefView(interview_id=interview_id, number=numbers[interview_id], round=by_id[interview_id].round,
                         interview_starts_at=by_id[interview_id].starts_at, draft=bool(draft), content=content,
                         decision_date=decision_date, created_at=created_at, updated_at=updated_at)
             for interview_id, draft, content, decision_date, created_at, updated_at in rows
             if interview_id in numbers]
    return tuple(sorted(views, key=lambda view: view.number))
