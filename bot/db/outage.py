"""Which exceptions mean "the database is unreachable right now" (worth a retry, not a bug).

A connection killed (`pg_terminate_backend`, a server restart), a server that is starting or
shutting down, a refused or timed-out connect, and SQLite's "database is locked" past the busy
wait. Programming errors (a missing table, a constraint) are not outages: they keep their stack.
Nothing here imports asyncpg: its classes are recognised by module and name.
"""

from __future__ import annotations

import sqlite3

from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

_ASYNCPG = frozenset({
    "PostgresConnectionError", "ConnectionDoesNotExistError", "ConnectionFailureError",
    "ClientCannotConnectError", "ConnectionRejectionError", "AdminShutdownError",
    "CrashShutdownError", "CannotConnectNowError", "TooManyConnectionsError",
    "InterfaceError", "InternalClientError",
})  # fmt: skip
_FILES = (FileNotFoundError, FileExistsError, PermissionError, IsADirectoryError)
_SQLITE = ("locked", "busy", "unable to open", "disk i/o")


def _one(error: BaseException) -> bool:
    if isinstance(error, sqlite3.OperationalError):
        return any(word in str(error).lower() for word in _SQLITE)
    if isinstance(error, DBAPIError):
        if error.connection_invalidated:
            return True
        if isinstance(error.orig, sqlite3.Error):
            return _one(error.orig)
        return isinstance(error, OperationalError | InterfaceError)
    if isinstance(error, _FILES):
        return False
    if isinstance(error, OSError | TimeoutError):  # refused, reset, unreachable, timed out
        return True
    cls = type(error)
    return cls.__module__.startswith("asyncpg") and cls.__name__ in _ASYNCPG


def is_unavailable(error: BaseException | None) -> bool:
    """True when `error` (or what it was raised from) says the database cannot be reached."""
    for _ in range(5):
        if error is None:
            return False
        if _one(error):
            return True
        error = error.__cause__
    return False


def describe(error: BaseException) -> str:
    """One short line for the log: the class and the first line of the message."""
    text = str(getattr(error, "orig", None) or error).strip().splitlines()
    return f"{type(error).__name__}: {text[0][:200] if text else ''}"
