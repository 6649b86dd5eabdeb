"""The reads of `board`, `today`, `list` and `show` on a FastReader: the SQL SQLAlchemy sends for them (so rows
come in the same order), with rows turned into plain tuples of the ORM's values.

A summary row is (id, company name, role, stage, stage_changed_at, created_at, source_url); an interview row is
(id, application_id, round, starts_at (UTC), time_zone, kind, place_or_link).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from afterword.errors import StoreError
from afterword.store.fast_read import FastReader
from afterword.store.ids import id_prefix, name_key, parse_uuid, short_id

MAX_LISTED_CANDIDATES = 5  # as store.applications
_SUMMARY = ("SELECT application.id, company.name, application.role, application.stage, "
            "application.stage_changed_at, application.created_at, application.source_url \n"
            "FROM application JOIN company ON company.id = application.company_id")
_INTERVIEW_COLUMNS = ("SELECT interview.id, interview.application_id, interview.round, interview.starts_at, "
                      "interview.time_zone, interview.kind, interview.place_or_link")
_INTERVIEW = f"{_INTERVIEW_COLUMNS} \nFROM interview"
_APPLICATION = ("SELECT application.id, company_1.name, application.role, application.stage, "
                "application.stage_changed_at, application.created_at, application.source_url, "
                "application.posting_text, application.research_notes")

Row = tuple[Any, ...]


def _marks(tag: str, count: int) -> str:
    return ", ".join([f"?{tag}"] * count)


def _summary(reader: FastReader, row: Row) -> Row:
    return (reader.uuid(row[0]), row[1], row[2], row[3], reader.time(row[4]), reader.time(row[5]), row[6])


def _interview(reader: FastReader, row: Row) -> Row:
    return (reader.uuid(row[0]), reader.uuid(row[1]), row[2], reader.time(row[3]), row[4], row[5], row[6])


def stage_counts(reader: FastReader) -> dict[str, int]:
    rows = reader.rows("SELECT application.stage, count(*) AS count_1 \nFROM application GROUP BY application.stage")
    return dict(rows)  # type: ignore[arg-type]


def summaries(reader: FastReader, *, stage: str | None = None, newest_first: bool = False,
              limit: int | None = None) -> list[Row]:
    """Summary rows (at ``stage``, or all; the first ``limit``), ordered by when they last moved."""
    order = "application.stage_changed_at DESC, application.created_at DESC" if newest_first else \
        "application.stage_changed_at, application.created_at"
    sql, params = _SUMMARY, []
    if stage is not None:
        sql += " \nWHERE application.stage = ?s"
        params.append(stage)
    sql += f" ORDER BY {order}"
    if limit is not None:
        sql += "\n LIMIT ?i OFFSET ?i" if reader.sqlite else "\n LIMIT ?i"
        params += [limit, 0] if reader.sqlite else [limit]
    return [_summary(reader, row) for row in reader.rows(sql, params)]


def _instant_text(reader: FastReader, value: Any) -> str | None:  # noqa: ANN401 - stored text or a datetime
    """An instant as the ORM's value's isoformat() writes it (UTC, "+00:00"), from the text SQLite keeps
    ("YYYY-MM-DD HH:MM:SS.ffffff") or the text the PostgreSQL query below writes ("YYYY-MM-DDTHH:MM:SS.ffffff")."""
    if isinstance(value, str) and len(value) == 26 and value[19] == ".":
        return f"{value[:10]}T{value[11:19]}+00:00" if value.endswith(".000000") else \
            f"{value[:10]}T{value[11:]}+00:00"
    instant = reader.time(value)
    return instant.isoformat() if instant is not None else None


def _id_text(value: str) -> str:
    """A UUID as str() writes it, from the 32 lower-case hex digits SQLite keeps (or any form uuid.UUID reads)."""
    if len(value) == 32 and not value.strip("0123456789abcdef"):
        return f"{value[:8]}-{value[8:12]}-{value[12:16]}-{value[16:20]}-{value[20:]}"
    return str(uuid.UUID(value))


_UNIT, _RECORD = "\x1f", "\x1e"  # between the fields and the rows of the PostgreSQL text below
_PG_INSTANT = "to_char({} AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US')"
_PG_SUMMARY_TEXTS = (
    "SELECT count(*) AS count_1, string_agg(CAST(application.id AS TEXT) || chr(31) || company.name || chr(31) || "
    "application.role || chr(31) || application.stage || chr(31) || "
    f"{_PG_INSTANT.format('application.stage_changed_at')} || chr(31) || "
    f"{_PG_INSTANT.format('application.created_at')} || chr(31) || coalesce('+' || application.source_url, '-'), "
    "chr(30) ORDER BY application.stage_changed_at DESC, application.created_at DESC) AS rows_1 \n"
    "FROM application JOIN company ON company.id = application.company_id")


def summary_texts(reader: FastReader, *, stage: str | None = None) -> list[Row]:
    """The rows of ``summaries(reader, stage=stage, newest_first=True)`` as text: (id as str() writes it, company,
    role, stage, stage_changed_at and created_at as isoformat() writes them, source_url), in the same order, for
    printing many rows without making a UUID and two datetimes of each.

    PostgreSQL hands them over as one text, fields and rows between the ASCII unit and record separators (one
    libpq call instead of one per cell; its own JSON functions took longer than that). A value holding either
    separator, or a NULL, makes the counts disagree, and the rows are then read one value at a time."""
    where, params = (" \nWHERE application.stage = ?s", [stage]) if stage is not None else ("", [])
    if reader.sqlite:
        rows = reader.rows(f"{_SUMMARY}{where} ORDER BY application.stage_changed_at DESC, "
                           "application.created_at DESC", params)
        return [(_id_text(row_id), company, role, stage_,
                 f"{moved[:10]}T{moved[11:]}+00:00" if isinstance(moved, str) and len(moved) == 26 and
                 moved[19] == "." and not moved.endswith(".000000") else _instant_text(reader, moved),
                 f"{created[:10]}T{created[11:]}+00:00" if isinstance(created, str) and len(created) == 26 and
                 created[19] == "." and not created.endswith(".000000") else _instant_text(reader, created), url)
                for row_id, company, role, stage_, moved, created, url in rows]
    [(count, text)] = reader.rows(f"{_PG_SUMMARY_TEXTS}{where}", params)
    if not count:
        return []
    if text is not None and text.count(_RECORD) == count - 1 and text.count(_UNIT) == 6 * count:
        rows = [line.split(_UNIT) for line in text.split(_RECORD)]
        if ".000000" not in text:  # no instant on a whole second: each is to_char's text and "+00:00"
            return [(row_id, company, role, stage_, moved + "+00:00", created + "+00:00",
                     url[1:] if url[0] == "+" else None)
                    for row_id, company, role, stage_, moved, created, url in rows]
        return [(row_id, company, role, stage_, _instant_text(reader, moved), _instant_text(reader, created),
                 url[1:] if url[0] == "+" else None) for row_id, company, role, stage_, moved, created, url in rows]
    return [(str(row[0]), row[1], row[2], row[3], _instant_text(reader, row[4]), _instant_text(reader, row[5]),
             row[6]) for row in summaries(reader, stage=stage, newest_first=True)]


def interview_facts(reader: FastReader, now: datetime, ids: Sequence[uuid.UUID]) -> tuple[
        list[Row], dict[uuid.UUID, datetime], dict[uuid.UUID, datetime]]:
    """For the applications ``ids``: their coming interviews (latest first), the start of the last interview before
    ``now`` and the time of the last card."""
    if not ids:  # SQLAlchemy renders an empty IN as a condition that is never true
        return [], {}, {}
    bound = [reader.uuid_param(value) for value in ids]
    coming = reader.rows(f"{_INTERVIEW} \nWHERE interview.starts_at >= ?t AND interview.application_id IN "
                         f"({_marks('u', len(ids))}) ORDER BY interview.starts_at DESC",
                         [reader.time_param(now), *bound])
    last = reader.rows("SELECT interview.application_id, max(interview.starts_at) AS max_1 \nFROM interview \n"
                       f"WHERE interview.starts_at < ?t AND interview.application_id IN ({_marks('u', len(ids))}) "
                       "GROUP BY interview.application_id", [reader.time_param(now), *bound])
    cards = reader.rows("SELECT card.application_id, max(card.created_at) AS max_1 \nFROM card \n"
                        f"WHERE card.application_id IN ({_marks('u', len(ids))}) GROUP BY card.application_id",
                        bound)
    return ([_interview(reader, row) for row in coming],
            {reader.uuid(key): reader.time(value) for key, value in last},  # type: ignore[misc]
            {reader.uuid(key): reader.time(value) for key, value in cards})  # type: ignore[misc]


# "CROSS JOIN" makes SQLite read the interviews (or letters) first, by their start (a few), and look up each one's
# application; without statistics it would read every application at the stages first. PostgreSQL plans it as any
# inner join.
_BY_INTERVIEW = "CROSS JOIN application \nWHERE application.id = interview.application_id AND "
_COMING = ("\nFROM interview " + _BY_INTERVIEW +
           "interview.starts_at >= ?t AND interview.starts_at < ?t AND application.stage IN ({stages})")
# An interview's card is ready when a card of its application was saved after every interview of the application
# before now (or the application has a card and no interview before now): what services/pipeline.py's card_ready()
# decides from the last card and the last interview, asked of the database so that counting costs no rows.
_CARD_READY = ("EXISTS (SELECT 1 FROM card WHERE card.application_id = interview.application_id AND NOT (EXISTS "
               "(SELECT 1 FROM interview AS earlier WHERE earlier.application_id = interview.application_id AND "
               "earlier.starts_at < ?t AND earlier.starts_at >= card.created_at)))")


def coming_counts(reader: FastReader, start: datetime, end: datetime, soon: datetime,
                  stages: Sequence[str]) -> tuple[int, int]:
    """How many interviews there are from ``start`` until ``end`` of applications at ``stages``, and how many of
    them start before ``soon`` without their card ready."""
    rows = reader.rows(f"SELECT count(*), coalesce(sum(CASE WHEN interview.starts_at < ?t AND NOT ({_CARD_READY}) "
                       f"THEN 1 ELSE 0 END), 0) {_COMING.format(stages=_marks('s', len(stages)))}",
                       [reader.time_param(soon), reader.time_param(start), reader.time_param(start),
                        reader.time_param(end), *stages])
    return int(rows[0][0]), int(rows[0][1])


def coming_first(reader: FastReader, start: datetime, end: datetime, stages: Sequence[str], limit: int, *,
                 unready_before: datetime | None = None) -> list[tuple[Row, bool]]:
    """The first ``limit`` interview rows from ``start`` until ``end`` of applications at ``stages`` (only those
    before ``unready_before`` without their card ready, when given), soonest first, each with whether its card is
    ready."""
    params = [reader.time_param(start), reader.time_param(start), reader.time_param(end), *stages]
    unready = ""
    if unready_before is not None:
        unready = f" AND interview.starts_at < ?t AND NOT ({_CARD_READY})"
        params += [reader.time_param(unready_before), reader.time_param(start)]
    rows = reader.rows(f"{_INTERVIEW_COLUMNS}, {_CARD_READY} AS ready {_COMING.format(stages=_marks('s', len(stages)))}"
                       f"{unready} ORDER BY interview.starts_at LIMIT ?i", [*params, limit])
    return [(_interview(reader, row[:7]), bool(row[7])) for row in rows]


def interviewers_of(reader: FastReader, interview_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID,
                                                                                      list[tuple[str, str | None]]]:
    """interviewers() of each of ``interview_ids``, in one query."""
    found: dict[uuid.UUID, list[tuple[str, str | None]]] = {interview: [] for interview in interview_ids}
    if not found:
        return found
    rows = reader.rows("SELECT interview_contact.interview_id, contact.name, contact.title \nFROM contact, "
                       f"interview_contact \nWHERE interview_contact.interview_id IN ({_marks('u', len(found))}) "
                       "AND contact.id = interview_contact.contact_id ORDER BY contact.name",
                       [reader.uuid_param(interview) for interview in found])
    for interview, name, title in rows:
        found[reader.uuid(interview)].append((name, title))
    return found


def summaries_of(reader: FastReader, application_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, Row]:
    """The summary rows of ``application_ids`` (the columns of summaries()) by id, in one query."""
    wanted = list(dict.fromkeys(application_ids))
    if not wanted:
        return {}
    rows = reader.rows(f"{_SUMMARY} \nWHERE application.id IN ({_marks('u', len(wanted))})",
                       [reader.uuid_param(application_id) for application_id in wanted])
    return {row[0]: row for row in (_summary(reader, row) for row in rows)}


def due_letters_first(reader: FastReader, last: date, first: date, stages: Sequence[str], limit: int) -> tuple[
        list[tuple[uuid.UUID, uuid.UUID, str | None, date]], int]:
    """(letter id, application id, recipient name, send_by) of the first ``limit`` thank-you letters not sent and
    due from ``first`` to ``last`` of applications at ``stages`` (the rows of services/due_letters.py), and how
    many there are."""
    where = ("\nFROM letter CROSS JOIN application \nWHERE application.id = letter.application_id AND letter.sent_at "
             "IS NULL AND letter.kind = ?s AND letter.send_by <= ?d AND letter.send_by >= ?d AND application.stage IN "
             f"({_marks('s', len(stages))})")
    params = ["thank-you", reader.date_param(last), reader.date_param(first), *stages]
    [(count,)] = reader.rows(f"SELECT count(*) {where}", params)
    if not count:
        return [], 0
    rows = reader.rows(f"SELECT letter.id, letter.application_id, letter.recipient_name, letter.send_by {where} "
                       "ORDER BY letter.send_by, letter.created_at, letter.id LIMIT ?i", [*params, limit])
    return [(reader.uuid(letter), reader.uuid(owner), name, reader.date(due))  # type: ignore[misc]
            for letter, owner, name, due in rows], int(count)


def first_starts(reader: FastReader, moments: Sequence[datetime]) -> list[datetime | None]:
    """For each of ``moments``, the start of the first interview at or after it (None when there is none)."""
    rows = reader.rows("SELECT " + ", ".join(["(SELECT min(interview.starts_at) FROM interview WHERE "
                                              "interview.starts_at >= ?t)"] * len(moments)),
                       [reader.time_param(moment) for moment in moments])
    return [reader.time(value) for value in rows[0]]


def interviewers(reader: FastReader, interview_id: uuid.UUID) -> list[tuple[str, str | None]]:
    """(name, title) of an interview's interviewers, by name."""
    return reader.rows("SELECT contact.name, contact.title \nFROM contact, interview_contact \n"  # type: ignore[return-value]
                       "WHERE ?u = interview_contact.interview_id AND contact.id = interview_contact.contact_id "
                       "ORDER BY contact.name", [reader.uuid_param(interview_id)])


def due_tasks_first(reader: FastReader, on: date, limit: int) -> tuple[list[tuple[str, date | None,
                                                                                uuid.UUID | None]], int]:
    """(title, due_on, application_id) of the first ``limit`` open tasks due on ``on`` or before (overdue first),
    then undated, and how many there are."""
    where = "FROM task \nWHERE task.done_at IS NULL AND (task.due_on <= ?d OR task.due_on IS NULL)"
    [(count,)] = reader.rows(f"SELECT count(*) {where}", [reader.date_param(on)])
    if not count:
        return [], 0
    rows = reader.rows(f"SELECT task.title, task.due_on, task.application_id \n{where} ORDER BY task.due_on IS NULL, "
                       "task.due_on, task.created_at LIMIT ?i", [reader.date_param(on), limit])
    return [(title, reader.date(due), reader.uuid(owner) if owner is not None else None)
            for title, due, owner in rows], int(count)


def waiting_with_interview(reader: FastReader, now: datetime, stages: Sequence[str]) -> int:
    rows = reader.rows(f"SELECT count(distinct(interview.application_id)) AS count_1 \nFROM interview {_BY_INTERVIEW}"
                       f"interview.starts_at >= ?t AND application.stage IN ({_marks('s', len(stages))})",
                       [reader.time_param(now), *stages])
    return rows[0][0] or 0


def _escaped_prefix(key: str) -> str:
    return key.replace("/", "//").replace("%", "/%").replace("_", "/_")


def find(reader: FastReader, ref: str) -> tuple[Row, str, str | None]:
    """The application ``ref`` names, as store.applications.find: (summary row, posting text, research notes)."""
    text = ref.strip()
    full = parse_uuid(text)
    select = f"{_APPLICATION} \nFROM application"
    if full is not None:
        found = reader.rows(f"{select} LEFT OUTER JOIN company AS company_1 ON company_1.id = "
                            "application.company_id \nWHERE application.id = ?u", [reader.uuid_param(full)])
        if found:
            return _summary(reader, found[0]), found[0][7], found[0][8]
    prefix, key = id_prefix(text), name_key(text)
    wanted: list[str] = []
    params: list[Any] = []
    if prefix is not None:
        wanted.append("application.id BETWEEN ?u AND ?u")
        params += [reader.uuid_param(uuid.UUID(prefix.ljust(32, "0"))),
                   reader.uuid_param(uuid.UUID(prefix.ljust(32, "f")))]
    if key:
        wanted.append("(company.name_key LIKE ?s || '%' ESCAPE '/')")
        params.append(_escaped_prefix(key))
    if not wanted:
        raise StoreError("no application matches an empty reference; give the start of its company's name or its "
                         "short id")
    matches = reader.rows(f"{select} JOIN company ON company.id = application.company_id LEFT OUTER JOIN company AS "
                          f"company_1 ON company_1.id = application.company_id \nWHERE {' OR '.join(wanted)} "
                          "ORDER BY company.name_key, application.role", params)
    if len(matches) == 1:
        return _summary(reader, matches[0]), matches[0][7], matches[0][8]
    if not matches:
        raise StoreError(f"no application matches '{text}'; give the start of its company's name or its short id")
    listed = "; ".join(f"{short_id(reader.uuid(row[0]))} {row[1]} — {row[2]} ({row[3]})"
                       for row in matches[:MAX_LISTED_CANDIDATES])
    more = f" and {len(matches) - MAX_LISTED_CANDIDATES} more" if len(matches) > MAX_LISTED_CANDIDATES else ""
    raise StoreError(f"'{text}' matches {len(matches)} applications: {listed}{more}; give the short id of one")


def history(reader: FastReader, application_id: uuid.UUID) -> list[tuple[str | None, str, datetime, str | None]]:
    """(from_stage, to_stage, at, note) of an application's stage events, oldest first."""
    rows = reader.rows("SELECT stage_event.from_stage, stage_event.to_stage, stage_event.at, stage_event.note \n"
                       "FROM stage_event \nWHERE ?u = stage_event.application_id ORDER BY stage_event.at",
                       [reader.uuid_param(application_id)])
    return [(before, after, reader.time(at), note) for before, after, at, note in rows]  # type: ignore[misc]


def interviews_of(reader: FastReader, application_id: uuid.UUID) -> list[Row]:
    rows = reader.rows(f"{_INTERVIEW} \nWHERE ?u = interview.application_id ORDER BY interview.starts_at",
                       [reader.uuid_param(application_id)])
    return [_interview(reader, row) for row in rows]


def cards_of(reader: FastReader, application_id: uuid.UUID) -> list[tuple[int, datetime]]:
    rows = reader.rows("SELECT card.version, card.created_at \nFROM card \nWHERE ?u = card.application_id "
                       "ORDER BY card.version", [reader.uuid_param(application_id)])
    return [(version, reader.time(created)) for version, created in rows]  # type: ignore[misc]


def debriefs_of(reader: FastReader, application_id: uuid.UUID) -> list[Row]:
    """(interview id, draft, content, decision date, created_at, updated_at) of the application's debriefs."""
    rows = reader.rows("SELECT debrief.interview_id, debrief.draft, debrief.content, debrief.decision_date, "
                       "debrief.created_at, debrief.updated_at \nFROM debrief JOIN interview ON interview.id = "
                       "debrief.interview_id \nWHERE interview.application_id = ?u",
                       [reader.uuid_param(application_id)])
    return [(reader.uuid(interview), bool(draft), content, reader.date(decided), reader.time(created),
             reader.time(updated)) for interview, draft, content, decided, created, updated in rows]


def plan_facts(reader: FastReader, stages: Sequence[str]) -> list[Row]:
    """As store.debriefs.plan_facts: for each application at ``stages`` whose latest interview has a finished
    debrief, (application id, start, time zone, decision date, cached plan, the
    debrief's and the interview's updated_at, the debrief's id)."""
    rows = reader.rows("SELECT interview.application_id, interview.starts_at, interview.time_zone, "
                       "debrief.decision_date, debrief.plan, debrief.updated_at, interview.updated_at, debrief.id \n"
                       f"FROM interview JOIN debrief ON debrief.interview_id = interview.id {_BY_INTERVIEW}"
                       "NOT debrief.draft AND application.stage "
                       f"IN ({_marks('s', len(stages))}) AND NOT (EXISTS (SELECT 1 "
                       "FROM interview AS later WHERE later.application_id = interview.application_id AND "
                       "later.starts_at > interview.starts_at))", list(stages))
    return [(reader.uuid(owner), reader.time(start), zone, reader.date(decided), plan, reader.time(debriefed),
             reader.time(moved), reader.uuid(debrief)) for owner, start, zone, decided, plan, debriefed, moved, debrief
            in rows]


def letters_of(reader: FastReader, application_id: uuid.UUID) -> list[Row]:
    """(id, interview id, kind, sequence, recipient name and e-mail, subject, send_by, its phrase, warnings JSON,
    sent_at, message_id, created_at, updated_at) of the application's letters, the first to send first."""
    rows = reader.rows("SELECT letter.id, letter.interview_id, letter.kind, letter.sequence, letter.recipient_name, "
                       "letter.recipient_email, letter.subject, letter.send_by, letter.send_by_phrase, "
                       "letter.warnings, letter.sent_at, letter.message_id, letter.created_at, letter.updated_at \n"
                       "FROM letter \nWHERE ?u = letter.application_id ORDER BY letter.send_by, letter.created_at, "
                       "letter.id", [reader.uuid_param(application_id)])
    return [(reader.uuid(letter), reader.uuid(interview) if interview is not None else None, kind, sequence, name,
             email, subject, reader.date(send_by), phrase, warnings, reader.time(sent), message_id,
             reader.time(created), reader.time(updated))
            for letter, interview, kind, sequence, name, email, subject, send_by, phrase, warnings, sent, message_id,
            created, updated in rows]
