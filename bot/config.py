"""One Settings class: every knob of the bot, from the environment or a `.env` file."""

from __future__ import annotations

import re
from functools import cached_property
from typing import Annotated
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

SECRET_RE = re.compile(r"^[A-Za-z0-9_-]{1,256}$")  # what Telegram accepts as secret_token
RESERVED_PATHS = ("/healthz", "/readyz", "/metrics")
TOKEN_RE = re.compile(r"^\d{5,20}:[A-Za-z0-9_-]{30,100}$")
DEFAULT_DATABASE_URL = "sqlite+aiosqlite:///data/bot.db"


def async_driver_url(value: str) -> str:
    """A database URL with the async driver the bot uses (asyncpg, aiosqlite) filled in."""
    if value.startswith("postgresql://") or value.startswith("postgres://"):
        return "postgresql+asyncpg://" + value.split("://", 1)[1]
    if value.startswith("sqlite:///"):
        return "sqlite+aiosqlite:///" + value.removeprefix("sqlite:///")
    return value


class Settings(BaseSettings):
    """Configuration, validated once at start-up."""

    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    bot_token: SecretStr | None = None
    database_url: str = DEFAULT_DATABASE_URL
    db_pool_size: int = Field(default=5, ge=1, le=200)
    db_max_overflow: int = Field(default=5, ge=0, le=200)
    telegram_api_base_url: str = "https://api.telegram.org/bot"
    telegram_file_base_url: str = "https://api.telegram.org/file/bot"
    webhook_url: str | None = None
    webhook_secret: SecretStr | None = None
    webhook_listen: str = "0.0.0.0"
    webhook_port: int = Field(default=8443, ge=1, le=65535)
    metrics_port: int | None = Field(default=None, ge=1, le=65535)
    log_format: str = "text"
    default_timezone: str = "UTC"
    admin_ids: Annotated[frozenset[int], NoDecode] = frozenset()
    log_level: str = "INFO"
    data_retention_days: int = Field(default=365, ge=1)
    concurrent_updates: int = Field(default=64, ge=1, le=4096)
    flood_burst: int = Field(default=30, ge=1)
    flood_rate: float = Field(default=2.0, gt=0)
    reminder_poll_seconds: float = Field(default=60, gt=0, le=3600)
    # Reminder messages a second, all instances together (Telegram: about 30; paid broadcasts
    # up to 1000), and sends one instance keeps in flight (30/s at 300 ms a request needs 9).
    reminder_rate: float = Field(default=30, gt=0, le=1000)
    reminder_max_in_flight: int = Field(default=16, ge=1, le=1000)
    content_dir: str = "content"
    language: str = "en"

    @field_validator("default_timezone")
    @classmethod
    def _valid_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"not an IANA time zone name: {value!r}") from exc
        return value

    @field_validator("admin_ids", mode="before")
    @classmethod
    def _split_ids(cls, value: object) -> object:
        if isinstance(value, str):
            return frozenset(int(part) for part in re.split(r"[,\s]+", value) if part)
        if isinstance(value, int):
            return frozenset({value})
        return value

    @field_validator("log_level")
    @classmethod
    def _valid_level(cls, value: str) -> str:
        level = value.upper()
        if level not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
            raise ValueError("LOG_LEVEL must be DEBUG, INFO, WARNING, ERROR or CRITICAL")
        return level

    @field_validator("metrics_port", mode="before")
    @classmethod
    def _empty_is_off(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("log_format")
    @classmethod
    def _valid_format(cls, value: str) -> str:
        fmt = value.strip().lower()
        if fmt not in {"text", "json"}:
            raise ValueError("LOG_FORMAT must be text or json")
        return fmt

    @field_validator("webhook_url")
    @classmethod
    def _valid_webhook_url(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        parts = urlsplit(value.strip())
        if parts.scheme not in {"http", "https"} or not parts.hostname:
            raise ValueError(
                "WEBHOOK_URL must be an https:// URL, e.g. https://bot.example.org/tg"
            )
        if (parts.path.rstrip("/") or "/") in RESERVED_PATHS:
            raise ValueError(f"WEBHOOK_URL's path may not be one of {', '.join(RESERVED_PATHS)}")
        return value.strip()

    @field_validator("webhook_secret")
    @classmethod
    def _valid_secret(cls, value: SecretStr | None) -> SecretStr | None:
        if value is None or not value.get_secret_value():
            return None
        if not SECRET_RE.match(value.get_secret_value()):
            raise ValueError("WEBHOOK_SECRET must be 1-256 characters: letters, digits, _ and -")
        return value

    @field_validator("database_url")
    @classmethod
    def _async_driver(cls, value: str) -> str:
        return async_driver_url(value)

    @cached_property
    def zone(self) -> ZoneInfo:
        """The default zone as a ZoneInfo."""
        return ZoneInfo(self.default_timezone)

    @property
    def webhook_path(self) -> str:
        """The path the webhook is served at: WEBHOOK_URL's path ("/" when it has none)."""
        return urlsplit(self.webhook_url or "").path or "/"

    @property
    def is_sqlite(self) -> bool:
        """True when the database is SQLite."""
        return self.database_url.startswith("sqlite")


class TokenError(ValueError):
    """The bot token is missing or malformed."""


def require_token(settings: Settings) -> str:
    """Return the token or raise TokenError with a one-line explanation."""
    if settings.bot_token is None or not settings.bot_token.get_secret_value().strip():
        raise TokenError("missing")
    token = settings.bot_token.get_secret_value().strip()
    if not TOKEN_RE.match(token):
        raise TokenError("malformed")
    return token


WEBHOOK_SECRET_HELP = (
    "WEBHOOK_SECRET is required when WEBHOOK_URL is set: put a random string of letters, "
    "digits, _ and - in .env, e.g. the output of "
    "python -c 'import secrets; print(secrets.token_urlsafe(32))'"
)


def require_webhook_secret(settings: Settings) -> str:
    """The webhook secret, or TokenError with one line when webhook mode lacks it."""
    if settings.webhook_secret is None:
        raise TokenError(WEBHOOK_SECRET_HELP)
    return settings.webhook_secret.get_secret_value()
