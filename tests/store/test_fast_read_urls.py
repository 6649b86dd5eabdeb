"""The fast read path connects to PostgreSQL with the arguments SQLAlchemy's psycopg dialect would pass, or leaves
a URL it cannot read plainly to SQLAlchemy."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine

from afterword.store.fast_read import POSTGRES_CONNECT_TIMEOUT_SECONDS, _postgres_arguments

URLS = [
    "postgresql+psycopg://postgres@/postgres?host=/tmp/socket",
    "postgresql+psycopg://me:secret@db.internal:5433/afterword",
    "postgresql+psycopg://me:@db/afterword",
    "postgresql+psycopg://db.internal/afterword?sslmode=require&application_name=aw+cli",
    "postgresql+psycopg://me@db/afterword?sslmode=&connect_timeout=3",
    "postgresql+psycopg:///afterword",
    "postgresql+psycopg://",
    "postgresql+psycopg://me:p%40ss@db/afterword",
    "postgresql+psycopg://me@h1:5432,h2:5433/afterword",
    "postgresql+psycopg://me@[::1]:5432/afterword",
    "postgresql+psycopg://me@db/afterword?options=a&options=b",
    "postgresql+psycopg://me@db:port/afterword",
]


@pytest.mark.parametrize("url", URLS)
def test_the_same_connection_arguments_as_sqlalchemy(url: str) -> None:
    fast = _postgres_arguments(url)
    if fast is None:
        return  # SQLAlchemy's parser decides: the normal path
    engine = create_engine(url, connect_args={"connect_timeout": POSTGRES_CONNECT_TIMEOUT_SECONDS})
    _, expected = engine.dialect.create_connect_args(engine.url)
    expected = {key: value for key, value in expected.items() if key != "context"}
    expected["connect_timeout"] = POSTGRES_CONNECT_TIMEOUT_SECONDS  # create_engine's connect_args win
    assert fast == expected
    engine.dispose()


def test_plain_urls_are_read_fast() -> None:
    assert _postgres_arguments(URLS[0]) == {"user": "postgres", "dbname": "postgres", "host": "/tmp/socket",
                                            "connect_timeout": POSTGRES_CONNECT_TIMEOUT_SECONDS}
    assert _postgres_arguments(URLS[1]) is not None and _postgres_arguments(URLS[3]) is not None
