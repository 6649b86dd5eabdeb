"""Migrations: empty → head on SQLite and PostgreSQL, the cheap check on first use, and databases we must refuse."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from afterword.errors import StoreError
from afterword.settings import Settings
from afterword.store.engine import make_engine
from afterword.store.migrate import (
    HEAD_REVISION,
    KNOWN_REVISIONS,
    alembic_config,
    ensure_current,
    status,
    upgrade,
)
from afterword.store.tables import Base

TABLES = {"profile", "resume_version", "company", "application", "stage_event", "interview", "contact",
          "interview_contact", "card", "task"}


def test_head_revision_constant_is_alembics_head() -> None:
    scripts = ScriptDirectory.from_config(alembic_config())
    assert scripts.get_heads() == [HEAD_REVISION]
    walked = [script.revision for script in scripts.walk_revisions()]  # newest first
    assert tuple(reversed(walked)) == KNOWN_REVISIONS


def test_upgrade_from_empty_to_head(settings: Settings) -> None:
    engine = make_engine(settings)
    assert status(engine) == (None, HEAD_REVISION)
    assert upgrade(engine) == HEAD_REVISION
    assert status(engine) == (HEAD_REVISION, HEAD_REVISION)
    assert TABLES <= set(inspect(engine).get_table_names())
    indexes = {index["name"] for table in TABLES for index in inspect(engine).get_indexes(table)}
    assert {"ix_application_stage", "ix_application_company_id", "ix_interview_starts_at", "ix_task_due_on",
            "ix_stage_event_application_id"} <= indexes
    assert upgrade(engine) == HEAD_REVISION  # again: nothing to do
    engine.dispose()


def test_migrations_build_exactly_the_tables_of_the_code(settings: Settings) -> None:
    engine = make_engine(settings)
    upgrade(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
    engine.dispose()


def test_downgrade_to_nothing_and_up_again(settings: Settings) -> None:
    from alembic import command

    engine = make_engine(settings)
    upgrade(engine)
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "base")
    assert not TABLES & set(inspect(engine).get_table_names())
    upgrade(engine)
    assert status(engine)[0] == HEAD_REVISION
    engine.dispose()


def test_ensure_current_creates_a_fresh_database(settings: Settings) -> None:
    engine = make_engine(settings)
    ensure_current(engine)
    assert status(engine)[0] == HEAD_REVISION
    engine.dispose()


def test_ensure_current_on_a_current_database_does_not_import_alembic(settings: Settings) -> None:
    engine = make_engine(settings)
    upgrade(engine)
    engine.dispose()
    program = ("import sys\n"
               "from afterword.store.session import open_store\n"
               "store = open_store()\n"
               "with store.transaction() as session:\n"
               "    from afterword.store import applications\n"
               "    applications.add(session, company='Acme', role='Engineer')\n"
               "store.close()\n"
               "assert 'alembic' not in sys.modules, 'alembic was imported'\n"
               "print('ok')\n")
    env = {**os.environ, "AFTERWORD_DATABASE_URL": settings.database_url or "", "AFTERWORD_HOME": str(settings.home)}
    done = subprocess.run([sys.executable, "-c", program], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


def _stamp(settings: Settings, revision: str) -> None:
    engine = make_engine(settings)
    upgrade(engine)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = :revision"), {"revision": revision})
    engine.dispose()


def test_a_database_from_a_newer_afterword_is_refused_in_one_line(settings: Settings) -> None:
    _stamp(settings, "9999")
    engine = make_engine(settings)
    for attempt in (ensure_current, upgrade):
        with pytest.raises(StoreError) as raised:
            attempt(engine)
        message = str(raised.value)
        assert "\n" not in message
        assert "newer Afterword (revision 9999)" in message
        assert "pip install -U afterword" in message and "AFTERWORD_DATABASE_URL" in message
    assert status(engine) == ("9999", HEAD_REVISION)
    engine.dispose()


def test_a_database_of_other_tables_is_refused(settings: Settings) -> None:
    engine = make_engine(settings)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE invoices (id INTEGER PRIMARY KEY)"))
    with pytest.raises(StoreError, match="holds other tables \\(invoices"):
        ensure_current(engine)
    engine.dispose()


def _all_rows(engine, tables: set[str]) -> dict[str, list[tuple]]:  # noqa: ANN001 - an Engine
    with engine.connect() as connection:
        return {table: sorted(map(tuple, connection.execute(text(f"SELECT * FROM {table}"))), key=repr)
                for table in sorted(tables)}


def test_a_database_at_0001_with_data_upgrades_to_0002_and_keeps_everything(settings: Settings) -> None:
    from datetime import date, datetime
    from zoneinfo import ZoneInfo

    from alembic import command
    from sqlalchemy.orm import Session

    from afterword.store import applications, cards, contacts, interviews, profiles, tasks

    engine = make_engine(settings)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0001")
    assert "debrief" not in inspect(engine).get_table_names()
    with Session(engine) as session, session.begin():  # the 0001 tables only: nothing below reads a debrief
        profiles.set(session, name="Sam Rivera", email="sam@example.com")
        resume = profiles.add_resume_version(session, file_name="resume.pdf", original=bytes(range(256)),
                                             text="Sam Rivera")
        acme = applications.add(session, company="Acme", role="Engineer", posting_text="We need Go.")
        applications.set_stage(session, acme, "interviewing", note="moved")
        interviews.add(session, application=acme, starts_at=datetime(2027, 1, 5, 14, tzinfo=ZoneInfo("Europe/Paris")),
                       time_zone="Europe/Paris", kind="video", interviewers=[("Dana Reyes", "Manager")])
        cards.save(session, acme, '{"questions": []}', resume_version=resume)
        tasks.add(session, title="Send the thank-you letter", due_on=date(2027, 1, 6), application=acme)
        contacts.get_or_create(session, name="Robin Recruiter", email="robin@example.com")
    before = _all_rows(engine, TABLES)
    assert all(before[table] for table in TABLES)
    ensure_current(engine)  # as the first command after installing the new Afterword does
    assert status(engine)[0] == HEAD_REVISION
    assert _all_rows(engine, TABLES) == before
    assert "debrief" in inspect(engine).get_table_names()
    with engine.begin() as connection:  # and back: the debrief table goes, the rest stays
        command.downgrade(alembic_config(connection), "0001")
    assert "debrief" not in inspect(engine).get_table_names()
    assert _all_rows(engine, TABLES) == before
    engine.dispose()


def _bound(value: uuid.UUID, engine) -> object:  # noqa: ANN001 - an Engine
    """A UUID as the tables store it: 32 hex digits on SQLite, a uuid on PostgreSQL."""
    return value.hex if engine.dialect.name == "sqlite" else value


def test_a_database_at_0002_with_data_upgrades_to_0003_and_back_and_keeps_everything(settings: Settings) -> None:
    from datetime import date, datetime
    from zoneinfo import ZoneInfo

    from alembic import command
    from sqlalchemy.orm import Session

    from afterword.store import applications, cards, debriefs, interviews, profiles, tasks

    engine = make_engine(settings)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0002")
    assert "letter" not in inspect(engine).get_table_names()
    with Session(engine) as session, session.begin():  # the 0002 tables only: nothing below reads a letter
        profiles.set(session, name="Sam Rivera", email="sam@example.com", postal_address="1 Main St\nSpringfield")
        resume = profiles.add_resume_version(session, file_name="resume.md", original=b"# Sam", text="# Sam")
        acme = applications.add(session, company="Acme", role="Engineer", posting_text="We need Go.")
        applications.set_stage(session, acme, "interviewing")
        interview = interviews.add(session, application=acme, kind="video", time_zone="Europe/Paris",
                                   starts_at=datetime(2027, 1, 5, 14, tzinfo=ZoneInfo("Europe/Paris")),
                                   interviewers=[("Dana Reyes", "Manager")])
        debriefs.save(session, interview=interview, content='{"went": "well", "decision": "in two weeks"}',
                      values={"went": "well", "decision": "in two weeks", "decision_date": date(2027, 1, 19),
                              "draft": False})
        cards.save(session, acme, '{"questions": []}', resume_version=resume)
        tasks.add(session, title="Send the thank-you letter", due_on=date(2027, 1, 6), application=acme)
        acme_id = acme.id
    tables = TABLES | {"debrief"}
    before = _all_rows(engine, tables)
    assert all(before[table] for table in tables)
    ensure_current(engine)
    assert status(engine)[0] == HEAD_REVISION
    assert _all_rows(engine, tables) == before
    assert "letter" in inspect(engine).get_table_names()
    with engine.begin() as connection:  # a letter, then back to 0002: the letter table goes, the rest stays
        connection.execute(text(
            "INSERT INTO letter (id, application_id, kind, sequence, subject, salutation, sign_off, body, sources, "
            "send_by, send_by_phrase, warnings, created_at, updated_at) VALUES (:id, :application, 'thank-you', 1, "
            "'Thank you', 'Dear Dana,', 'Best regards,', 'Dear Dana,', '[]', :day, 'today', '[]', :now, :now)"),
            {"id": _bound(uuid.uuid4(), engine), "application": _bound(acme_id, engine), "day": date(2027, 1, 5),
             "now": datetime(2027, 1, 5, 18)})
        command.downgrade(alembic_config(connection), "0002")
    assert "letter" not in inspect(engine).get_table_names()
    assert _all_rows(engine, tables) == before
    ensure_current(engine)  # and up again
    assert status(engine)[0] == HEAD_REVISION
    assert _all_rows(engine, tables) == before
    engine.dispose()


def _columns(engine, table: str, names: list[str]) -> list[tuple]:  # noqa: ANN001 - an Engine
    with engine.connect() as connection:
        return sorted(map(tuple, connection.execute(text(f"SELECT {', '.join(names)} FROM {table}"))), key=repr)


def test_a_database_at_0003_with_letters_upgrades_to_0004_and_back_and_keeps_everything(settings: Settings) -> None:
    from datetime import date, datetime
    from zoneinfo import ZoneInfo

    from alembic import command
    from sqlalchemy.exc import IntegrityError
    from sqlalchemy.orm import Session

    from afterword.store import applications, debriefs, interviews, profiles
    from afterword.store import letters as stored_letters

    engine = make_engine(settings)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0003")
    with Session(engine) as session, session.begin():  # no letter through the ORM: its table has no edited_at yet
        profiles.set(session, name="Sam Rivera", email="sam@example.com")
        acme = applications.add(session, company="Acme", role="Engineer", posting_text="We need Go.")
        interview = interviews.add(session, application=acme, kind="video", time_zone="Europe/Paris",
                                   starts_at=datetime(2027, 1, 5, 14, tzinfo=ZoneInfo("Europe/Paris")),
                                   interviewers=[("Dana Reyes", "Manager")])
        debriefs.save(session, interview=interview, content='{"went": "well"}', values={"went": "well"})
        acme_id, interview_id = acme.id, interview.id
    letter_id = uuid.uuid4()
    with engine.begin() as connection:  # an unsent letter, as 0003 kept it
        connection.execute(text(
            "INSERT INTO letter (id, application_id, interview_id, kind, sequence, recipient_name, subject, "
            "salutation, sign_off, body, sources, send_by, send_by_phrase, warnings, created_at, updated_at) VALUES "
            "(:id, :application, :interview, 'thank-you', 1, 'Dana Reyes', 'Thank you', 'Dear Dana,', "
            "'Best regards,', 'Dear Dana,\n\nMy own words.', '[]', :day, 'today', '[]', :now, :now)"),
            {"id": _bound(letter_id, engine), "application": _bound(acme_id, engine),
             "interview": _bound(interview_id, engine), "day": date(2027, 1, 5), "now": datetime(2027, 1, 5, 18)})
    tables = TABLES | {"debrief"}
    letter_columns = [column["name"] for column in inspect(engine).get_columns("letter")]
    assert "edited_at" not in letter_columns
    before, letters_before = _all_rows(engine, tables), _columns(engine, "letter", letter_columns)
    ensure_current(engine)  # as the first command after installing the new Afterword does
    assert status(engine)[0] == HEAD_REVISION == "0004"
    assert _all_rows(engine, tables) == before
    assert _columns(engine, "letter", letter_columns) == letters_before  # the letter as it was ...
    assert _columns(engine, "letter", ["edited_at"]) == [(None,)]  # ... and not edited
    with Session(engine) as session, session.begin():  # the store reads it as a letter never edited
        row = stored_letters.find(session, str(letter_id))
        assert row.edited_at is None and row.body.endswith("My own words.")
    with engine.begin() as connection:  # back to 0003: edited_at goes, the letter and its constraints stay
        command.downgrade(alembic_config(connection), "0003")
    assert [column["name"] for column in inspect(engine).get_columns("letter")] == letter_columns
    assert _all_rows(engine, tables) == before
    assert _columns(engine, "letter", letter_columns) == letters_before
    assert {"ix_letter_application_id", "ix_letter_send_by"} <= {
        index["name"] for index in inspect(engine).get_indexes("letter")}
    with pytest.raises(IntegrityError), engine.begin() as connection:  # the kind check survived the copy
        connection.execute(text("UPDATE letter SET kind = 'love-letter'"))
    ensure_current(engine)  # and up again
    assert status(engine)[0] == HEAD_REVISION
    assert _columns(engine, "letter", letter_columns) == letters_before
    engine.dispose()
