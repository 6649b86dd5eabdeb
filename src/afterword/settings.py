"""Typed settings: env vars ``AFTERWORD_*`` win over the TOML file, which wins over the defaults.

The file is ``config.toml`` in the user config folder (``AFTERWORD_CONFIG`` names another one). Only the store
path imports this module: pydantic-settings costs start-up time that commands without a database should not pay.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import Field, ValidationError, field_validator, model_validator
from pydantic.fields import FieldInfo
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

from afterword.errors import AfterwordError
from afterword.settings_fast import (
    DEFAULT_COUNTRY,
    ENV_PREFIX,
    PASSWORD_VARIABLE,
    check_smtp_security,
    config_path,
    database_url_value,
    default_home,
    normalise_database_url,
    read_config_file,
    region_code,
    smtp_from_value,
    smtp_port_value,
    smtp_security_value,
    subdivision_code,
)

__all__ = ["ENV_PREFIX", "Settings", "config_path", "default_home", "load_settings", "normalise_database_url",
           "read_config_file"]


class _TomlFileSource(PydanticBaseSettingsSource):
    """The settings file as a source below the environment; unknown keys are refused, naming the file."""

    def __init__(self, settings_cls: type[BaseSettings]) -> None:
        super().__init__(settings_cls)
        self.path = config_path()
        self.values = read_config_file(self.path)
        unknown = sorted(set(self.values) - set(settings_cls.model_fields))
        if "smtp_password" in unknown:
            raise AfterwordError(f"settings file {self.path}: smtp_password is never kept in a file; remove it, and "
                                 f"give the password in {PASSWORD_VARIABLE} or the system keyring (keyring set "
                                 "afterword USER)")
        if unknown:
            raise AfterwordError(f"settings file {self.path}: unknown setting '{unknown[0]}'; known settings: "
                                 f"{', '.join(settings_cls.model_fields)}")

    def get_field_value(self, field: FieldInfo, field_name: str) -> tuple[Any, str, bool]:
        return self.values.get(field_name), field_name, False

    def __call__(self) -> dict[str, Any]:
        return {name: value for name, value in self.values.items() if value is not None}


class Settings(BaseSettings):
    """Everything a user can set. Build it with load_settings() so errors become one line."""

    model_config = SettingsConfigDict(env_prefix=ENV_PREFIX, extra="forbid", validate_default=True)

    home: Path = Field(default_factory=default_home, description="The folder of Afterword's own data.")
    database_url: str | None = Field(default=None, description="None: the SQLite file afterword.db in home.")
    country: str = Field(default=DEFAULT_COUNTRY, description="ISO 3166-1 alpha-2 code: holidays and address formats.")
    subdivision: str | None = Field(default=None, description="ISO 3166-2 subdivision code (CA, US-CA, BY ...).")
    phone_region: str | None = Field(default=None, description="Region for phone numbers without +; None: country.")
    smtp_host: str | None = Field(default=None, description="The SMTP server that sends letters (afterword send).")
    smtp_port: int | None = Field(default=None, description="None: 587 for starttls, 465 for ssl, 25 for none.")
    smtp_security: str = Field(default="starttls", description="starttls, ssl, or none (localhost only).")
    smtp_user: str | None = Field(default=None, description="The SMTP login; its password is never a setting.")
    smtp_from: str | None = Field(default=None, description="The From address; None: the profile's e-mail.")

    @field_validator("home")
    @classmethod
    def _expand_home(cls, value: Path) -> Path:
        return value.expanduser()

    @field_validator("database_url")
    @classmethod
    def _database_url(cls, value: str | None) -> str | None:
        return database_url_value(value)

    @field_validator("country", "phone_region")
    @classmethod
    def _region_code(cls, value: str | None) -> str | None:
        return region_code(value)

    @field_validator("subdivision")
    @classmethod
    def _subdivision(cls, value: str | None) -> str | None:
        return subdivision_code(value)

    @field_validator("smtp_host", "smtp_user")
    @classmethod
    def _optional_text(cls, value: str | None) -> str | None:
        return value.strip() or None if value is not None else None

    @field_validator("smtp_port")
    @classmethod
    def _smtp_port(cls, value: int | None) -> int | None:
        return smtp_port_value(value)

    @field_validator("smtp_security")
    @classmethod
    def _smtp_security(cls, value: str) -> str:
        return smtp_security_value(value)

    @field_validator("smtp_from")
    @classmethod
    def _smtp_from(cls, value: str | None) -> str | None:
        return smtp_from_value(value)

    @model_validator(mode="after")
    def _unencrypted_only_locally(self) -> Settings:
        check_smtp_security(self.smtp_security, self.smtp_host)
        return self

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
    message = str(problem["msg"]).removeprefix("Value error, ")
    if not problem["loc"]:  # a rule between settings (smtp_security and smtp_host)
        return f"invalid settings ({message}); fix the {ENV_PREFIX}* variables or {config_path()}"
    name = str(problem["loc"][0])
    return (f"invalid setting {name} ({message}); fix {ENV_PREFIX}{name.upper()} or '{name}' in "
            f"{config_path()}")


def load_settings(**overrides: Any) -> Settings:
    """The settings from keyword overrides, the environment and the settings file; a one-line AfterwordError when
    a value is invalid."""
    try:
        return Settings(**overrides)
    except ValidationError as error:
        raise AfterwordError(_one_line(error)) from None
