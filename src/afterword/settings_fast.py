"""The settings' plain parts, without pydantic: where the files are, the value rules every setting follows, and
``database_target()`` and ``region()``, the database location and the country read without pydantic-settings for
the read-only commands.

settings.py (pydantic-settings) stays the one definition of the settings: its validators call the rules here,
and ``database_target()`` answers only when everything it sees is plainly valid. Anything else (an unknown key,
a value that is not text, an empty variable, a setting spelt in lower case) returns None, and the caller then
uses load_settings(), which accepts or reports it. A test checks that the two agree.
"""

from __future__ import annotations

import os
import re
import tomllib
from pathlib import Path
from typing import Any

from afterword.errors import AfterwordError
from afterword.store.constants import DATABASE_FILE

ENV_PREFIX = "AFTERWORD_"
FIELDS = ("home", "database_url", "country", "subdivision", "phone_region", "smtp_host", "smtp_port", "smtp_security",
          "smtp_user", "smtp_from")  # Settings' fields, in its order
DEFAULT_COUNTRY = "US"
SMTP_SECURITY = ("starttls", "ssl", "none")
LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")  # where smtp_security = "none" may send
PASSWORD_VARIABLE = f"{ENV_PREFIX}SMTP_PASSWORD"  # never a setting: the environment or the system keyring only
_POSTGRES_DRIVERS = ("postgresql", "postgres", "postgresql+psycopg")


def config_path() -> Path:
    """The TOML settings file: ``AFTERWORD_CONFIG`` or ``config.toml`` in the platform's user config folder."""
    override = os.environ.get(f"{ENV_PREFIX}CONFIG")
    if override:
        return Path(override).expanduser()
    from platformdirs import user_config_dir

    return Path(user_config_dir("afterword", appauthor=False)) / "config.toml"


def default_home() -> Path:
    """Where Afterword keeps its data: ``AFTERWORD_DATA_DIR`` (also the taxonomy's folder) or the user data dir."""
    override = os.environ.get(f"{ENV_PREFIX}DATA_DIR")
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("afterword", appauthor=False))


def read_config_file(path: Path) -> dict[str, Any]:
    """The settings in a TOML file ({} when it does not exist and was not asked for by AFTERWORD_CONFIG)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        if os.environ.get(f"{ENV_PREFIX}CONFIG"):
            raise AfterwordError(f"settings file {path} (AFTERWORD_CONFIG) does not exist; create it or unset "
                                 "AFTERWORD_CONFIG") from None
        return {}
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) else "not UTF-8 text"
        raise AfterwordError(f"cannot read settings file {path} ({reason}); fix or remove it") from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise AfterwordError(f"settings file {path} is not valid TOML ({error}); fix that line") from None


def normalise_database_url(url: str) -> str:
    """A SQLite URL as given; a PostgreSQL URL with the psycopg 3 driver (postgres:// and postgresql:// too)."""
    url = url.strip()
    scheme, separator, rest = url.partition("://")
    if not separator:
        raise ValueError("it is not a URL; give sqlite:///PATH or postgresql://USER@HOST/DATABASE")
    if scheme in _POSTGRES_DRIVERS:
        return f"postgresql+psycopg://{rest}"
    if scheme in ("sqlite", "sqlite+pysqlite"):
        return f"sqlite://{rest}"
    raise ValueError(f"Afterword stores its data in SQLite or PostgreSQL, not '{scheme}'; give sqlite:///PATH or "
                     "postgresql://USER@HOST/DATABASE")


def database_url_value(value: str | None) -> str | None:
    """The database_url setting: None (the SQLite file in home) when empty, else the URL normalised."""
    return normalise_database_url(value) if value and value.strip() else None


def region_code(value: str | None) -> str | None:
    """The country and phone_region settings: a two-letter code, upper-cased."""
    if value is None:
        return None
    if not re.fullmatch(r"[A-Za-z]{2}", value.strip()):
        raise ValueError("give a two-letter country code such as US, GB or DE")
    return value.strip().upper()


def subdivision_code(value: str | None) -> str | None:
    """The subdivision setting: an ISO 3166-2 code such as CA or US-CA, upper-cased; None when empty."""
    if value is None or not value.strip():
        return None
    if not re.fullmatch(r"([A-Za-z]{2}-)?[A-Za-z0-9]{1,3}", value.strip()):
        raise ValueError("give a subdivision code such as CA, US-CA or BY")
    return value.strip().upper()


def smtp_port_value(value: int | None) -> int | None:
    """The smtp_port setting: 1 to 65535; None: the port of smtp_security (587, 465 or 25)."""
    if value is not None and not 1 <= value <= 65535:
        raise ValueError("give a port from 1 to 65535 (587 for starttls, 465 for ssl)")
    return value


def smtp_security_value(value: str) -> str:
    """The smtp_security setting: starttls, ssl or none, lower-cased."""
    wanted = value.strip().lower()
    if wanted not in SMTP_SECURITY:
        raise ValueError("give starttls (port 587), ssl (port 465) or none (a server on this machine only)")
    return wanted


def smtp_from_value(value: str | None) -> str | None:
    """The smtp_from setting: an e-mail address (None when empty: the profile's e-mail)."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    user, at, domain = text.rpartition("@")
    if not at or not user or "." not in domain or any(char.isspace() or char in "<>,;\"" for char in text):
        raise ValueError("give an e-mail address such as you@example.org")
    return text


def check_smtp_security(security: str, host: str | None) -> None:
    """smtp_security = "none" sends the password and the letters as they are: only to a server on this machine."""
    if security == "none" and (host or "").strip().lower() not in LOCAL_HOSTS:
        raise ValueError("smtp_security = none sends your password and letters unencrypted, so it is only for a "
                         "server on this machine (smtp_host = localhost); use starttls or ssl")


def _plain_smtp(merged: dict[str, Any]) -> bool:
    """The smtp settings pass the rules load_settings() applies (the read-only commands never use them, but must
    leave a settings problem to load_settings() to report)."""
    port = merged.get("smtp_port")
    if isinstance(port, str):
        port = int(port) if port.isdigit() else -1
    if port is not None and (isinstance(port, bool) or not isinstance(port, int)):
        return False
    for name in ("smtp_host", "smtp_security", "smtp_user", "smtp_from"):
        if not isinstance(merged.get(name, ""), str):
            return False
    try:
        smtp_port_value(port)
        check_smtp_security(smtp_security_value(merged.get("smtp_security", "starttls")), merged.get("smtp_host"))
        smtp_from_value(merged.get("smtp_from"))
    except ValueError:
        return False
    return True


def _plain_environment() -> dict[str, str] | None:
    """The AFTERWORD_* settings in the environment; None when one is empty or not spelt in capitals (pydantic-settings
    reads names in any case, and an empty value means something to it)."""
    found: dict[str, str] = {}
    for key, value in os.environ.items():
        lowered = key.lower()
        if not lowered.startswith("afterword_") or lowered[len(ENV_PREFIX):] not in FIELDS:
            continue
        if key != key.upper() or not value.strip():
            return None
        found[lowered[len(ENV_PREFIX):]] = value
    return found


def _plain_values() -> dict[str, str] | None:
    """The settings from the environment over the settings file, when every value is plain text that passes the
    value rules; None when load_settings() must decide (or report a problem)."""
    environment = _plain_environment()
    if environment is None:
        return None
    try:
        values = read_config_file(config_path())
    except AfterwordError:
        return None
    if set(values) - set(FIELDS):
        return None
    merged = {**values, **environment}
    if any(not isinstance(value, str) for name, value in merged.items() if name != "smtp_port"):
        return None
    if not _plain_smtp(merged):
        return None
    try:
        region_code(merged.get("country", DEFAULT_COUNTRY))
        region_code(merged.get("phone_region"))
        subdivision_code(merged.get("subdivision"))
        database_url_value(merged.get("database_url"))
    except ValueError:
        return None
    return merged


def region() -> tuple[str, str | None] | None:
    """(country, subdivision) as load_settings() would give them (holidays and business days); None when
    load_settings() must decide."""
    merged = _plain_values()
    if merged is None:
        return None
    return region_code(merged.get("country", DEFAULT_COUNTRY)) or DEFAULT_COUNTRY, \
        subdivision_code(merged.get("subdivision"))


def database_target() -> tuple[str, str] | None:
    """("sqlite", the database file) or ("postgresql", its URL), as load_settings() would give them, read from the
    environment and the settings file only; None when load_settings() must decide (or report a problem)."""
    merged = _plain_values()
    if merged is None:
        return None
    url = database_url_value(merged.get("database_url"))
    if url is None:
        home = Path(merged["home"]).expanduser() if "home" in merged else default_home().expanduser()
        return "sqlite", str(home / DATABASE_FILE)
    if url.startswith("postgresql+psycopg://"):
        return "postgresql", url
    path = url.removeprefix("sqlite:///")
    if path == url or not path or path == ":memory:" or any(char in path for char in "?%#"):
        return None  # an in-memory database, URI options or escapes: SQLAlchemy's parser decides
    return "sqlite", str(Path(path).expanduser())
