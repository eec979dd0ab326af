"""Logging set-up: no message text and no bot token ever reach the logs."""

from __future__ import annotations

import json
import logging
import re
import sys
from datetime import UTC, datetime
from typing import Any

_TOKEN_RE = re.compile(r"(\d{5,20}):[A-Za-z0-9_-]{30,100}")


def redact(text: str) -> str:
    """`text` with every bot token replaced by its bot id and a placeholder."""
    return _TOKEN_RE.sub(r"\1:<redacted>", text)


class RedactTokens(logging.Filter):
    """Replace anything shaped like a bot token in the message with a placeholder."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if _TOKEN_RE.search(message):
            record.msg = redact(message)
            record.args = None
        return True


class OneLineNetworkErrors(logging.Filter):
    """Bot API network errors (and a rejected token) are one line, without a traceback.

    PTB logs them with their stack on every retry; the stack says nothing an operator can act
    on, and a rejected token's message carries the token.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        if error is not None and "(Bootstrap" in record.getMessage():
            return False  # start-up failed: `python -m bot run` prints what to do instead
        if error is not None and type(error).__module__.startswith("telegram.error"):
            record.msg = f"{record.getMessage()} ({type(error).__name__}: {error})"
            record.args = None
            record.exc_info = None
            record.exc_text = None
        return True


class RedactingFormatter(logging.Formatter):
    """Formats a record, traceback included, with every token redacted."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message (and the traceback, escaped)."""

    def format(self, record: logging.LogRecord) -> str:
        event: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info:
            event["error"] = self.formatException(record.exc_info)
        elif record.exc_text:
            event["error"] = record.exc_text
        if record.stack_info:
            event["stack"] = self.formatStack(record.stack_info)
        return redact(json.dumps(event, ensure_ascii=False, default=str))


def log_unraisable(unraisable: Any) -> None:
    """`sys.unraisablehook`: an exception Python could not raise (one in a finaliser, such as an
    HTTP response closed by the garbage collector after its request was cancelled at shutdown)
    is one WARNING line, not a traceback on stderr. Nothing the bot does waits on it."""
    error = unraisable.exc_value
    what = unraisable.err_msg or "Exception ignored"
    where = f": {type(unraisable.object).__name__}" if unraisable.object is not None else ""
    logging.getLogger("bot.unraisable").warning(
        "%s%s: %s: %s", what, where, type(error).__name__ if error else "?", error
    )


def setup_logging(level: str, fmt: str = "text") -> None:
    """Configure the root logger (text, or one JSON object a line with `fmt="json"`); silence
    per-request INFO logs of httpx (they carry the token)."""
    handler = logging.StreamHandler()
    handler.addFilter(OneLineNetworkErrors())
    handler.addFilter(RedactTokens())
    if fmt == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    sys.unraisablehook = log_unraisable
    # httpx logs request URLs (the token); SQLAlchemy's engine logs statements and their
    # parameters (health data) from INFO on.
    # uvicorn's access log is off; its error log says little below WARNING.
    noisy_loggers = (
        "httpx", "httpcore", "apscheduler", "telegram.ext.Updater", "alembic", "uvicorn",
    )  # fmt: skip
    for noisy in (*noisy_loggers, "sqlalchemy.engine"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    # PTB's DEBUG records carry whole updates (message texts): never below INFO.
    logging.getLogger("telegram").setLevel(max(logging.getLevelName(level), logging.INFO))
