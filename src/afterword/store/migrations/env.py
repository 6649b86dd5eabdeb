"""Alembic's entry point. Afterword runs it from code (store/migrate.py) with an open connection; run by hand
(`alembic -c <config naming this folder> revision --autogenerate`) it opens the configured database."""

from __future__ import annotations

from alembic import context

from afterword.store.tables import Base


def run_migrations(connection: object) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,  # SQLite alters a table by copying it: batch mode does that for later migrations
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


given = context.config.attributes.get("connection")
if given is not None:
    run_migrations(given)
else:
    from afterword.settings import load_settings
    from afterword.store.engine import make_engine

    with make_engine(load_settings()).begin() as connection:
        run_migrations(connection)
