"""Typed settings: env vars ``AFTERWORD_*`` win over the TOML file, which wins over the defaults.

The file is ``config.toml`` in the user config folder (``AFTERWORD_CONFIG`` names another one). Only the store
path imports this module: pydantic-settings costs start-up time that commands without a database should not pay.
"""

from __future__ import annotations

import os
import re
import tomllib
from pathlib import Path
from typing import Any

from pydantic import Field, ValidationError, field_validator
from pydantic.fields import FieldInfo
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

from afterword.errors import AfterwordError

ENV_PREFIX = "AFTERWORD_"
DATABASE_SCHEMES = ("sqlite", "postgresql")
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


class _TomlFileSource(PydanticBaseSettingsSource):
    """The settings file as a source below the environment; unknown keys are refused, naming the file."""

    def __init__(self, settings_cls: type[BaseSettings]) -> None:
        super().__init__(settings_cls)
        self.path = config_path()
        self.values = read_config_file(self.path)
        unknown = sorted(set(self.values) - set(settings_cls.model_fields))
        if unknown:
            raise AfterwordError(f"settings file {self.path}: unknown setting '{unknown[0]}'; known settings: "
                                 f"{', '.join(settings_cls.model_fields)}")

    def get_field_value(self, field: FieldInfo, field_name: str) -> tuple[Any, str, bool]:
        return self.values.get(field_name), field_name, False

    def __call__(self) -> dict[str, Any]:
        return {name: value for name, value in self.values.items() if value is not None}


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


class Settings(BaseSettings):
    """Everything a user can set. Build it with load_settings() so errors become one line."""

    model_config = SettingsConfigDict(env_prefix=ENV_PREFIX, extra="forbid", validate_default=True)

    home: Path = Field(default_factory=default_home, description="The folder of Afterword's own data.")
    database_url: str | None = Field(default=None, description="None: the SQLite file afterword.db in home.")
    country: str = Field(default="US", description="ISO 3166-1 alpha-2 code: holidays and address formats.")
    subdivision: str | None = Field(default=None, description="ISO 3166-2 subdivision code (CA, US-CA, BY ...).")
    phone_region: str | None = Field(default=None, description="Region for phone numbers without +; None: country.")

    @field_validator("home")
    @classmethod
    def _expand_home(cls, value: Path) -> Path:
        return value.expanduser()

    @field_validator("database_url")
    @classmethod
    def _database_url(cls, value: str | None) -> str | None:
        return normalise_database_url(value) if value and value.strip() else None

    @field_validator("country", "phone_region")
    @classmethod
    def _region_code(cls, value: str | None) -> str | None:
        if value is None:
            return None
        if not re.fullmatch(r"[A-Za-z]{2}", value.strip()):
            raise ValueError("give a two-letter country code such as US, GB or DE")
        return value.strip().upper()

    @field_validator("subdivision")
    @classmethod
    def _subdivision(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        if not re.fullmatch(r"([A-Za-z]{2}-)?[A-Za-z0-9]{1,3}", value.strip()):
            raise ValueError("give a subdivision code such as CA, US-CA or BY")
        return value.strip().upper()

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return init_settings, env_settings, _TomlFileSource(settings_cls)

    @property
    def effective_phone_region(self) -> str:
        return self.phone_region or self.country


def _one_line(error: ValidationError) -> str:
    """The first problem of a validation error, naming the env var and the file that can fix it."""
    problem = error.errors()[0]
    name = str(problem["loc"][0]) if problem["loc"] else "settings"
    message = str(problem["msg"]).removeprefix("Value error, ")
    return (f"invalid setting {name} ({message}); fix {ENV_PREFIX}{name.upper()} or '{name}' in "
            f"{config_path()}")


def load_settings(**overrides: Any) -> Settings:
    """The settings from keyword overrides, the environment and the settings file; a one-line AfterwordError when
    a value is invalid."""
    try:
        return Settings(**overrides)
    except ValidationError as error:
        raise AfterwordError(_one_line(error)) from None
