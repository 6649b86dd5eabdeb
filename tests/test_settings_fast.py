"""settings_fast.database_target(): the database location without pydantic-settings, never different from what
load_settings() gives; None (so load_settings() decides) whenever it is not plain."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from afterword.errors import AfterwordError
from afterword.settings import load_settings
from afterword.settings_fast import database_target
from afterword.store.engine import database_url, sqlite_path

ENV_NAMES = ("AFTERWORD_HOME", "AFTERWORD_DATABASE_URL", "AFTERWORD_COUNTRY", "AFTERWORD_SUBDIVISION",
             "AFTERWORD_PHONE_REGION", "afterword_country", "Afterword_Home", "AFTERWORD_SMTP_SECURITY",
             "AFTERWORD_SMTP_HOST", "AFTERWORD_SMTP_PORT", "AFTERWORD_SMTP_FROM")
VALUES = ["", " ", "~/afterword", "/srv/afterword", "relative/home", "de", "GB ", "usa", "1", "US-CA", "by", "x-yz",
          "sqlite:////tmp/a.db", "sqlite:///rel.db", "sqlite:///~/a.db", "sqlite://", "sqlite:///:memory:",
          "sqlite:////tmp/a.db?mode=ro", "sqlite:////tmp/a%20b.db", "postgres://u@h/db", "mysql://u@h/db",
          "postgresql+psycopg://me:pw@/db?host=/run/postgresql", "afterword.db", "none", "NONE ", "localhost",
          "ssl", "587", "0", "65536", " 25", "me@example.org", "me@"]
TOML_VALUES = ['"/srv/a"', '"~/a"', '"de"', '"US-CA"', '"zz9"', "3", "true", '""', '"postgres://u@h/db"',
               '"sqlite:////tmp/b.db"', '["x"]', '"none"', '"localhost"', "587", '"465"', "0", "2.5"]
TOML_KEYS = ("home", "database_url", "country", "subdivision", "phone_region", "colour", "smtp_security", "smtp_host",
             "smtp_port", "smtp_user")


def _expected() -> tuple[str, str] | None:
    """What load_settings() and the engine make of the same settings; None when load_settings() refuses them."""
    try:
        loaded = load_settings()
    except AfterwordError:
        return None
    url = database_url(loaded)
    if url.startswith("postgresql"):
        return "postgresql", url
    path = sqlite_path(url)
    return ("sqlite", str(path)) if path is not None else None


@contextmanager
def _settings_from(environment: dict[str, str], file: dict[str, str] | None) -> Iterator[None]:
    """Only these environment variables (and this config file, when given) for the duration."""
    with pytest.MonkeyPatch.context() as patch:
        folder = Path(tempfile.mkdtemp())
        config = folder / "config.toml"
        patch.setenv("AFTERWORD_CONFIG", str(config))
        patch.setenv("AFTERWORD_DATA_DIR", str(folder / "data"))
        for name in ENV_NAMES:
            patch.delenv(name, raising=False)
        for name, value in environment.items():
            patch.setenv(name, value)
        if file is not None:
            config.write_text("".join(f"{key} = {value}\n" for key, value in file.items()), encoding="utf-8")
        yield


@settings(max_examples=300, deadline=None)
@given(environment=st.dictionaries(st.sampled_from(ENV_NAMES), st.sampled_from(VALUES), max_size=4),
       file=st.none() | st.dictionaries(st.sampled_from(TOML_KEYS), st.sampled_from(TOML_VALUES), max_size=3))
def test_the_fast_reading_never_disagrees_with_load_settings(environment: dict[str, str],
                                                            file: dict[str, str] | None) -> None:
    with _settings_from(environment, file):
        fast = database_target()
        if fast is not None:  # when it answers, it is what load_settings() gives
            assert fast == _expected()


def test_plain_settings_are_read_fast(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                      isolated_data_dir: Path) -> None:
    assert database_target() == ("sqlite", str(isolated_data_dir / "afterword.db"))
    config = tmp_path / "config.toml"
    config.write_text('home = "~/afterword"\ncountry = "de"\nsubdivision = "by"\n', encoding="utf-8")
    monkeypatch.setenv("AFTERWORD_CONFIG", str(config))
    monkeypatch.setenv("HOME", str(tmp_path))
    assert database_target() == ("sqlite", str(tmp_path / "afterword" / "afterword.db")) == _expected()
    monkeypatch.setenv("AFTERWORD_DATABASE_URL", "postgres://me@/db?host=/run/postgresql")
    assert database_target() == ("postgresql", "postgresql+psycopg://me@/db?host=/run/postgresql") == _expected()


@pytest.mark.parametrize(("name", "value"), [("AFTERWORD_COUNTRY", "usa"), ("afterword_home", "/x"),
                                             ("AFTERWORD_HOME", ""), ("AFTERWORD_CONFIG", "/no/such/file.toml")])
def test_anything_unusual_is_left_to_load_settings(monkeypatch: pytest.MonkeyPatch, name: str, value: str) -> None:
    monkeypatch.setenv(name, value)
    assert database_target() is None


@settings(max_examples=200, deadline=None)
@given(environment=st.dictionaries(st.sampled_from(ENV_NAMES), st.sampled_from(VALUES), max_size=4),
       file=st.none() | st.dictionaries(st.sampled_from(TOML_KEYS), st.sampled_from(TOML_VALUES), max_size=3))
def test_the_fast_region_never_disagrees_with_load_settings(environment: dict[str, str],
                                                           file: dict[str, str] | None) -> None:
    from afterword.settings_fast import region

    with _settings_from(environment, file):
        fast = region()
        if fast is not None:
            loaded = load_settings()
            assert fast == (loaded.country, loaded.subdivision)
