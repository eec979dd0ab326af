"""Logging set-up: no message text and no bot token ever reach the logs."""

from __future__ import annotations

import logging
import re

_TOKEN_RE = re.compile(r"\d{5,20}:[A-Za-z0-9_-]{30,100}")


class RedactTokens(logging.Filter):
    """Replace anything shaped like a bot token with a placeholder."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if _TOKEN_RE.search(message):
            record.msg = _TOKEN_RE.sub("<token>", message)
            record.args = None
        return True


def setup_logging(level: str) -> None:
    """Configure the root logger; silence per-request INFO logs of httpx (they carry the token)."""
    handler = logging.StreamHandler()
    handler.addFilter(RedactTokens())
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # httpx logs request URLs (the token); SQLAlchemy's engine logs statements and their
    # parameters (health data) from INFO on.
    for noisy in ("httpx", "httpcore", "apscheduler", "telegram.ext.Updater", "sqlalchemy.engine"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    # PTB's DEBUG records carry whole updates (message texts): never below INFO.
    logging.getLogger("telegram").setLevel(max(logging.getLevelName(level), logging.INFO))
