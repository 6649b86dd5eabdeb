"""Settings: defaults, env vars over the TOML file, and one-line errors for bad values and bad files."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from afterword.errors import AfterwordError
from afterword.settings import config_path, load_settings


def _write_config(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults(isolated_data_dir: Path) -> None:
    settings = load_settings()
    assert settings.home == isolated_data_dir  # AFTERWORD_DATA_DIR, which the taxonomy uses too
    assert settings.database_url is None
    assert (settings.country, settings.subdivision, settings.phone_region) == ("US", None, None)
    assert settings.effective_phone_region == "US"


def test_home_defaults_to_the_platform_data_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("AFTERWORD_DATA_DIR")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    assert load_settings().home == tmp_path / "xdg-data" / "afterword"


def test_environment_variables(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("AFTERWORD_HOME", str(tmp_path / "elsewhere"))
    monkeypatch.setenv("AFTERWORD_DATABASE_URL", "postgresql://me:secret@db.internal/afterword")
    monkeypatch.setenv("AFTERWORD_COUNTRY", "de")
    monkeypatch.setenv("AFTERWORD_SUBDIVISION", "by")
    monkeypatch.setenv("AFTERWORD_PHONE_REGION", "at")
    settings = load_settings()
    assert settings.home == tmp_path / "elsewhere"
    assert settings.database_url == "postgresql+psycopg://me:secret@db.internal/afterword"
    assert (settings.country, settings.subdivision, settings.phone_region) == ("DE", "BY", "AT")


@pytest.mark.parametrize(("given", "kept"), [
    ("postgres://u@h/db", "postgresql+psycopg://u@h/db"),
    ("postgresql+psycopg://user@/db?host=/run/postgresql", "postgresql+psycopg://user@/db?host=/run/postgresql"),
    ("sqlite:////var/lib/afterword/a.db", "sqlite:////var/lib/afterword/a.db"),
    ("sqlite+pysqlite:///a.db", "sqlite:///a.db"),
    ("  ", None),
])
def test_database_urls(given: str, kept: str | None) -> None:
    assert load_settings(database_url=given).database_url == kept


@pytest.mark.parametrize(("name", "value", "problem"), [
    ("AFTERWORD_DATABASE_URL", "mysql://u@h/db", "not 'mysql'"),
    ("AFTERWORD_DATABASE_URL", "afterword.db", "not a URL"),
    ("AFTERWORD_COUNTRY", "Germany", "two-letter country code"),
    ("AFTERWORD_SUBDIVISION", "Bavaria!", "subdivision code"),
])
def test_invalid_values_fail_in_one_line(monkeypatch: pytest.MonkeyPatch, name: str, value: str,
                                         problem: str) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(AfterwordError) as raised:
        load_settings()
    message = str(raised.value)
    assert problem in message and name in message and "\n" not in message


def test_the_toml_file_in_the_user_config_dir(tmp_path: Path) -> None:
    path = config_path()
    assert path == tmp_path / "config" / "afterword" / "config.toml"  # XDG_CONFIG_HOME, set by conftest
    _write_config(path, 'country = "gb"\nhome = "~/afterword-home"\ndatabase_url = "postgresql://u@h/db"\n')
    settings = load_settings()
    assert settings.country == "GB"
    assert settings.home == Path("~/afterword-home").expanduser()
    assert settings.database_url == "postgresql+psycopg://u@h/db"


def test_environment_wins_over_the_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    path = _write_config(tmp_path / "mine.toml", 'country = "GB"\nsubdivision = "SCT"\n')
    monkeypatch.setenv("AFTERWORD_CONFIG", str(path))
    monkeypatch.setenv("AFTERWORD_COUNTRY", "IE")
    settings = load_settings()
    assert (settings.country, settings.subdivision) == ("IE", "SCT")


def test_malformed_toml_names_the_file_and_the_line(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    path = _write_config(tmp_path / "broken.toml", 'country = "GB"\nhome = \n')
    monkeypatch.setenv("AFTERWORD_CONFIG", str(path))
    with pytest.raises(AfterwordError) as raised:
        load_settings()
    message = str(raised.value)
    assert str(path) in message and "line 2" in message and "\n" not in message


def test_an_unknown_key_in_the_file_is_refused(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("AFTERWORD_CONFIG", str(_write_config(tmp_path / "c.toml", 'contry = "GB"\n')))
    with pytest.raises(AfterwordError, match="unknown setting 'contry'.*known settings: home, database_url"):
        load_settings()


def test_a_bad_value_in_the_file_names_the_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    path = _write_config(tmp_path / "c.toml", 'database_url = "oracle://x/y"\n')
    monkeypatch.setenv("AFTERWORD_CONFIG", str(path))
    with pytest.raises(AfterwordError, match=f"not 'oracle'.*'database_url' in {path}"):
        load_settings()


def test_a_missing_file_named_by_afterword_config_is_an_error(monkeypatch: pytest.MonkeyPatch,
                                                             tmp_path: Path) -> None:
    monkeypatch.setenv("AFTERWORD_CONFIG", str(tmp_path / "nowhere.toml"))
    with pytest.raises(AfterwordError, match="nowhere.toml \\(AFTERWORD_CONFIG\\) does not exist"):
        load_settings()


def test_starting_the_cli_imports_neither_sqlalchemy_nor_pydantic_settings() -> None:
    program = ("import sys, afterword.cli.app\n"
               "print(sorted(m for m in ('sqlalchemy', 'pydantic_settings', 'alembic', 'psycopg') "
               "if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.strip() == "[]"


def test_smtp_settings_from_the_file_and_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    config = _write_config(tmp_path / "config.toml", 'smtp_host = "smtp.mail-provider.example"\nsmtp_port = 465\n'
                                                     'smtp_security = "SSL"\nsmtp_user = "sam@example.com"\n')
    monkeypatch.setenv("AFTERWORD_CONFIG", str(config))
    monkeypatch.setenv("AFTERWORD_SMTP_FROM", "sam.rivera@example.org")
    monkeypatch.setenv("AFTERWORD_SMTP_PASSWORD", "not a setting")  # read only by afterword send, never kept
    settings = load_settings()
    assert (settings.smtp_host, settings.smtp_port, settings.smtp_security, settings.smtp_user,
            settings.smtp_from) == ("smtp.mail-provider.example", 465, "ssl", "sam@example.com",
                                    "sam.rivera@example.org")
    assert "not a setting" not in repr(settings)
    defaults = load_settings(smtp_host=None, smtp_port=None, smtp_security="starttls", smtp_user=None, smtp_from=None)
    assert (defaults.smtp_host, defaults.smtp_port, defaults.smtp_security) == (None, None, "starttls")


@pytest.mark.parametrize(("values", "message"), [
    ({"AFTERWORD_SMTP_SECURITY": "none", "AFTERWORD_SMTP_HOST": "smtp.mail-provider.example"},
     "only for a server on this machine"),
    ({"AFTERWORD_SMTP_SECURITY": "none"}, "only for a server on this machine"),
    ({"AFTERWORD_SMTP_SECURITY": "tls"}, "give starttls (port 587), ssl (port 465) or none"),
    ({"AFTERWORD_SMTP_PORT": "70000"}, "give a port from 1 to 65535"),
    ({"AFTERWORD_SMTP_FROM": "not an address"}, "give an e-mail address"),
])
def test_unsafe_or_wrong_smtp_settings_fail_in_one_line(monkeypatch: pytest.MonkeyPatch, values: dict[str, str],
                                                        message: str) -> None:
    from afterword.settings_fast import database_target

    for name, value in values.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(AfterwordError) as raised:
        load_settings()
    assert message in str(raised.value) and "\n" not in str(raised.value)
    assert database_target() is None  # the read-only commands leave it to load_settings() to report
    monkeypatch.setenv("AFTERWORD_SMTP_HOST", "localhost")
    if values == {"AFTERWORD_SMTP_SECURITY": "none"}:  # on this machine, unencrypted is allowed
        assert load_settings().smtp_security == "none" and database_target() is not None


def test_a_password_in_the_settings_file_is_refused(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    config = _write_config(tmp_path / "config.toml", 'smtp_user = "sam"\nsmtp_password = "hunter2"\n')
    monkeypatch.setenv("AFTERWORD_CONFIG", str(config))
    with pytest.raises(AfterwordError) as raised:
        load_settings()
    assert "smtp_password is never kept in a file" in str(raised.value)
    assert "keyring set afterword USER" in str(raised.value) and "hunter2" not in str(raised.value)
