"""The pipeline: `board` (every application by stage, days in stage and its next action) and `today` (what needs
doing now, and a nudge when everything waits on employers). A few grouped queries, however many applications."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from afterword.services.clock import add_business_days, local_date, now_utc
from afterword.services.due_letters import DueLetter, due_letters, due_rows, due_window
from afterword.services.plan_steps import PlanFact, Region, Step, due_steps
from afterword.services.reading import read
from afterword.services.views import ApplicationSummary, InterviewView, interview_of, interview_view, summary_of
from afterword.store.constants import STAGES

if TYPE_CHECKING:  # the ORM is imported by the functions that use it: read_board() and read_today() may not
    from sqlalchemy.orm import Session

    from afterword.store.fast_read import FastReader
    from afterword.store.session import Store
    from afterword.store.tables import Interview

ACTIVE_STAGES = ("saved", "applied", "screening", "interviewing", "offer")
WAITING_STAGES = ("applied", "screening", "interviewing")  # the next move is the employer's
FOLLOW_UP_BUSINESS_DAYS = 5
ROWS_PER_STAGE = 10
ROWS_TODAY = 10
INTERVIEW_DAYS_AHEAD = 7
CARD_DAYS_AHEAD = 3


def when(start: datetime) -> str:
    """"Thu 3 Dec 14:00 Europe/Paris": an interview's start on its own clock, with its zone."""
    zone = getattr(start.tzinfo, "key", None) or start.strftime("%Z")
    return f"{start:%a} {start.day} {start:%b %H:%M} {zone}"


def _day(value: date) -> str:
    return f"{value:%a} {value.day} {value:%b}"


@dataclass(frozen=True, slots=True)
class BoardRow:
    application: ApplicationSummary
    days_in_stage: int
    next_action: str


@dataclass(frozen=True, slots=True)
class BoardGroup:
    stage: str
    count: int
    rows: tuple[BoardRow, ...]  # the first ROWS_PER_STAGE, longest in the stage first

    @property
    def more(self) -> int:
        return self.count - len(self.rows)


@dataclass(frozen=True, slots=True)
class Board:
    groups: tuple[BoardGroup, ...]  # stages that have applications, in pipeline order

    @property
    def total(self) -> int:
        return sum(group.count for group in self.groups)


@dataclass(frozen=True, slots=True)
class ComingInterview:
    application: ApplicationSummary
    interview: InterviewView
    card_ready: bool  # a card saved since the application's previous interview


@dataclass(frozen=True, slots=True)
class DueTask:
    title: str
    due_on: date | None
    application: ApplicationSummary | None


@dataclass(frozen=True, slots=True)
class DuePlanStep:
    """A step of an application's follow-up plan that is due today or overdue."""

    application: ApplicationSummary
    kind: str
    title: str
    due_on: date


@dataclass(frozen=True, slots=True)
class Today:
    """What needs doing now; each list holds its first ROWS_TODAY, its ``*_count`` says how many there are."""

    day: date
    interviews: tuple[ComingInterview, ...]  # the next INTERVIEW_DAYS_AHEAD days
    interview_count: int
    cards_to_prepare: tuple[ComingInterview, ...]  # within CARD_DAYS_AHEAD days, no card ready
    card_count: int
    tasks: tuple[DueTask, ...]
    task_count: int
    active: int
    nudge: str | None
    plan_steps: tuple[DuePlanStep, ...] = ()  # the current step of each waiting application's plan, oldest first
    plan_step_count: int = 0
    letters: tuple[DueLetter, ...] = ()  # thank-you letters written and due, not sent (services/due_letters.py)
    letter_count: int = 0


@dataclass(frozen=True, slots=True)
class _Facts:
    """What the next actions depend on, per application id."""

    next_interview: dict[uuid.UUID, datetime]  # its start on its own clock
    last_interview_at: dict[uuid.UUID, datetime]
    last_card_at: dict[uuid.UUID, datetime]

    def card_ready(self, application_id: uuid.UUID) -> bool:
        card_at = self.last_card_at.get(application_id)
        before = self.last_interview_at.get(application_id)
        return card_at is not None and (before is None or card_at > before)


def _facts(session: Session, now: datetime, ids: list[uuid.UUID] | None = None) -> _Facts:
    """The next interview, the last interview before ``now`` and the last card of each application (or of ``ids``)."""
    from sqlalchemy import func, select

    from afterword.store.interviews import local_start
    from afterword.store.tables import Card, Interview

    def narrowed(query, column):  # noqa: ANN001, ANN202 - a select, kept to ``ids`` when given
        return query if ids is None else query.where(column.in_(ids))

    coming = session.scalars(narrowed(select(Interview).where(Interview.starts_at >= now), Interview.application_id)
                             .order_by(Interview.starts_at.desc())).all()  # the soonest is put in last
    last_interview = session.execute(
        narrowed(select(Interview.application_id, func.max(Interview.starts_at)).where(Interview.starts_at < now),
                 Interview.application_id).group_by(Interview.application_id))
    last_card = session.execute(narrowed(select(Card.application_id, func.max(Card.created_at)), Card.application_id)
                                .group_by(Card.application_id))
    return _Facts(next_interview={interview.application_id: local_start(interview) for interview in coming},
                  last_interview_at=dict(last_interview.all()),
                  last_card_at=dict(last_card.all()))


def next_action(application: ApplicationSummary, facts: _Facts, today: date) -> str:
    """What the user should do next for ``application``, from its stage, interviews and cards."""
    stage = application.stage
    if stage == "saved":
        return "apply"
    if stage == "offer":
        return "decide on the offer"
    if stage not in WAITING_STAGES:
        return ""
    coming = facts.next_interview.get(application.id)
    if coming is not None:
        start = when(coming)
        if facts.card_ready(application.id):
            return f"interview {start}: card ready"
        return f"prepare the card: interview {start}"
    since = application.stage_changed_at
    last_interview = facts.last_interview_at.get(application.id)
    if stage == "interviewing" and last_interview is not None and last_interview > since:
        since = last_interview
    due = add_business_days(local_date(since), FOLLOW_UP_BUSINESS_DAYS)
    if today >= due:
        return f"follow up: no news since {_day(local_date(since))}"
    return f"wait; follow up after {FOLLOW_UP_BUSINESS_DAYS} business days ({_day(due)})"


def _fast_facts(reader: FastReader, now: datetime, ids: list[uuid.UUID]) -> _Facts:
    """_facts() on the fast read path."""
    from afterword.store import fast_queries

    coming, last_interview, last_card = fast_queries.interview_facts(reader, now, ids)
    return _Facts(next_interview={row[1]: row[3].astimezone(ZoneInfo(row[4])) for row in coming},
                  last_interview_at=last_interview, last_card_at=last_card)


def board(store: Store, *, now: datetime | None = None, rows_per_stage: int = ROWS_PER_STAGE) -> Board:
    """The applications grouped by stage in pipeline order, each group's first ``rows_per_stage`` with their days
    in the stage and next action, and the group's count."""
    from afterword.services.views import summaries

    now = now or now_utc()
    with store.reading() as session:
        counts = _stage_counts(session)
        shown = {stage: summaries(session, stage=stage, limit=rows_per_stage) for stage in STAGES if counts.get(stage)}
        facts = _facts(session, now, [summary.id for members in shown.values() for summary in members])
    return _board_of(counts, shown, facts, local_date(now))


def read_board(*, now: datetime | None = None, rows_per_stage: int = ROWS_PER_STAGE) -> Board:
    """board() on the configured database, by the fast read path when it can answer."""
    return read(lambda reader: fast_board(reader, now or now_utc(), rows_per_stage),
                lambda store: board(store, now=now, rows_per_stage=rows_per_stage))


def fast_board(reader: FastReader, now: datetime, rows_per_stage: int = ROWS_PER_STAGE,
               counts: dict[str, int] | None = None) -> Board:
    """board() on the fast read path (``counts``: the stage counts, when the caller has read them)."""
    from afterword.store import fast_queries

    counts = counts if counts is not None else fast_queries.stage_counts(reader)
    shown = {stage: [ApplicationSummary(*row) for row in
                     fast_queries.summaries(reader, stage=stage, limit=rows_per_stage)]
             for stage in STAGES if counts.get(stage)}
    facts = _fast_facts(reader, now, [summary.id for members in shown.values() for summary in members])
    return _board_of(counts, shown, facts, local_date(now))


def _board_of(counts: dict[str, int], shown: dict[str, list[ApplicationSummary]], facts: _Facts,
              today: date) -> Board:
    return Board(tuple(
        BoardGroup(stage=stage, count=counts[stage], rows=tuple(
            BoardRow(member, (today - local_date(member.stage_changed_at)).days, next_action(member, facts, today))
            for member in members))
        for stage, members in shown.items()))


def _stage_counts(session: Session) -> dict[str, int]:
    from sqlalchemy import func, select

    from afterword.store.tables import Application

    counts = session.execute(select(Application.stage, func.count()).group_by(Application.stage))
    return dict(counts.all())


def _waiting_with_interview(session: Session, now: datetime) -> int:
    """How many applications waiting on the employer have an interview coming (so they are not just waiting)."""
    from sqlalchemy import func, select

    from afterword.store.tables import Application, Interview

    return session.scalar(select(func.count(func.distinct(Interview.application_id))).join(Application)
                          .where(Interview.starts_at >= now, Application.stage.in_(WAITING_STAGES))) or 0


def nudge_for(counts: dict[str, int], waiting_with_interview: int) -> str | None:
    """"All N active applications are waiting on employers ..." when no active application has a move of the
    user's own left (nothing saved to apply to, no offer to decide, no interview coming)."""
    active = sum(counts.get(stage, 0) for stage in ACTIVE_STAGES)
    waiting = sum(counts.get(stage, 0) for stage in WAITING_STAGES) - waiting_with_interview
    if active == 0 or waiting != active:
        return None
    if active == 1:
        return "Your 1 active application is waiting on an employer: line up more prospects"
    return f"All {active} active applications are waiting on employers: line up more prospects"


def _coming(interview: Interview, ready: bool) -> ComingInterview:
    return ComingInterview(summary_of(interview.application), interview_of(interview), ready)


def _due_plan(facts: list[PlanFact], region: Region | None, day: date) -> list[tuple[uuid.UUID, Step]]:
    """(application id, step) of the plan steps due on ``day`` or overdue, oldest first."""
    if not facts:
        return []
    if region is None:
        from afterword.store.fast_read import Unavailable

        raise Unavailable("the settings need load_settings()")
    return due_steps(facts, region, day)


def _plan_steps(facts: list[PlanFact], region: Region | None, day: date, rows: int,
                summary: Callable[[uuid.UUID], ApplicationSummary]) -> tuple[tuple[DuePlanStep, ...], int]:
    """The first ``rows`` plan steps due on ``day`` or overdue, and how many there are."""
    due = _due_plan(facts, region, day)
    return tuple(DuePlanStep(summary(owner), step.kind, step.title, step.due_on) for owner, step in due[:rows]), \
        len(due)


def today(store: Store, *, now: datetime | None = None, rows: int = ROWS_TODAY) -> Today:
    """Interviews in the next week, cards to prepare for those within three days, tasks due, the current step of
    each waiting application's follow-up plan, and the nudge."""
    from sqlalchemy import select

    from afterword.store import debriefs, tasks
    from afterword.store.tables import Application, Interview

    now = now or now_utc()
    day = local_date(now)
    soon = now + timedelta(days=CARD_DAYS_AHEAD)
    with store.reading() as session:
        coming = session.scalars(
            select(Interview).join(Application)
            .where(Interview.starts_at >= now, Interview.starts_at < now + timedelta(days=INTERVIEW_DAYS_AHEAD),
                   Application.stage.in_(ACTIVE_STAGES)).order_by(Interview.starts_at)).all()
        facts = _facts(session, now, list({interview.application_id for interview in coming}))
        unready = [interview for interview in coming
                   if interview.starts_at < soon and not facts.card_ready(interview.application_id)]
        due = tasks.list_due(session, day)
        counts = _stage_counts(session)
        plans = [PlanFact(*row) for row in debriefs.plan_facts(session, stages=WAITING_STAGES)]
        steps, step_count = _plan_steps(plans, (store.settings.country, store.settings.subdivision), day, rows,
                                        lambda owner: summary_of(session.get(Application, owner)))
        letters, letter_count = due_letters(due_rows(session, day, ACTIVE_STAGES), rows,
                                            lambda owner: summary_of(session.get(Application, owner)))
        return Today(
            day=day,
            interviews=tuple(_coming(interview, facts.card_ready(interview.application_id))
                             for interview in coming[:rows]),
            interview_count=len(coming),
            cards_to_prepare=tuple(_coming(interview, False) for interview in unready[:rows]),
            card_count=len(unready),
            tasks=tuple(DueTask(task.title, task.due_on, summary_of(task.application) if task.application else None)
                        for task in due[:rows]),
            task_count=len(due),
            active=sum(counts.get(stage, 0) for stage in ACTIVE_STAGES),
            nudge=nudge_for(counts, _waiting_with_interview(session, now)),
            plan_steps=steps, plan_step_count=step_count, letters=letters, letter_count=letter_count)


def read_today(*, now: datetime | None = None, rows: int = ROWS_TODAY) -> Today:
    """today() on the configured database, by the fast read path when it can answer."""
    from afterword.settings_fast import region

    return read(lambda reader: fast_today(reader, now or now_utc(), rows, region),
                lambda store: today(store, now=now, rows=rows))


def fast_today(reader: FastReader, now: datetime, rows: int, region: Callable[[], Region],
               counts: dict[str, int] | None = None) -> Today:
    """today() on the fast read path; ``region`` gives the country and subdivision when a plan needs them, and
    ``counts`` are the stage counts when the caller has them. Lists are read to their first ``rows`` and counted
    in the database; the applications they name are read together at the end."""
    from afterword.store import fast_queries

    day = local_date(now)
    soon = now + timedelta(days=CARD_DAYS_AHEAD)
    until = now + timedelta(days=INTERVIEW_DAYS_AHEAD)
    interview_count, card_count = fast_queries.coming_counts(reader, now, until, soon, ACTIVE_STAGES)
    coming = fast_queries.coming_first(reader, now, until, ACTIVE_STAGES, rows) if interview_count else []
    unready = fast_queries.coming_first(reader, now, until, ACTIVE_STAGES, rows, unready_before=soon) \
        if card_count else []
    due, task_count = fast_queries.due_tasks_first(reader, day, rows)
    counts = counts if counts is not None else fast_queries.stage_counts(reader)
    plans = [PlanFact(*row) for row in fast_queries.plan_facts(reader, WAITING_STAGES)]
    steps = _due_plan(plans, region() if plans else None, day)
    letter_rows, letter_count = fast_queries.due_letters_first(reader, *due_window(day), ACTIVE_STAGES, rows)
    owners = [row[1] for row, _ready in coming + unready] + [owner for _title, _due, owner in due if owner] + \
        [owner for owner, _step in steps[:rows]] + [row[1] for row in letter_rows]
    applications = {key: ApplicationSummary(*row) for key, row in fast_queries.summaries_of(reader, owners).items()}
    people = fast_queries.interviewers_of(reader, list(dict.fromkeys(row[0] for row, _ready in coming + unready)))

    def coming_one(row: tuple, ready: bool) -> ComingInterview:  # type: ignore[type-arg]
        return ComingInterview(applications[row[1]], interview_view(row, people[row[0]]), ready)

    letters, _shown = due_letters(letter_rows, rows, applications.__getitem__)
    return Today(
        day=day,
        interviews=tuple(coming_one(row, ready) for row, ready in coming),
        interview_count=interview_count,
        cards_to_prepare=tuple(coming_one(row, False) for row, _ready in unready),
        card_count=card_count,
        tasks=tuple(DueTask(title, due_on, applications[owner] if owner is not None else None)
                    for title, due_on, owner in due),
        task_count=task_count,
        active=sum(counts.get(stage, 0) for stage in ACTIVE_STAGES),
        nudge=nudge_for(counts, fast_queries.waiting_with_interview(reader, now, WAITING_STAGES)),
        plan_steps=tuple(DuePlanStep(applications[owner], step.kind, step.title, step.due_on)
                         for owner, step in steps[:rows]),
        plan_step_count=len(steps), letters=letters, letter_count=letter_count)
