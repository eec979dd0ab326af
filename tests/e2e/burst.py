"""Helpers for the reminder burst tests: many users with a due reminder, and what arrived.

Users and reminders are written straight into the database (migrated first), then made due
by setting `next_slot` / `next_fire_at`: time is moved, never waited for.
"""

from __future__ import annotations

import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select, text, update
from sqlalchemy.engine import make_url

from bot.db.migrate import upgrade_to_head
from bot.db.models import Delivery, Reminder
from bot.db.session import create_engine, session_factory
from bot.offline.engine import Call, Engine, Reply, Upload
from tests.conftest import _pg_admin, _pg_admin_url, run_blocking
from tests.fakes.bot_api_server import FakeBotApiServer
from tests.reminders.helpers import add, stretch

FIRST_USER = 880_001
TERMINAL = frozenset({"sent", "unconfirmed", "failed", "missed", "blocked", "skipped"})


def reminder_sends(calls: list[Call]) -> list[Call]:
    """Reminder messages (they carry `rd:` buttons) that the fake accepted."""
    return [
        c for c in calls
        if c.method == "sendMessage" and c.status == 200
        and "rd:" in str(c.params.get("reply_markup"))
    ]  # fmt: skip


def per_chat(calls: list[Call]) -> Counter[int]:
    """How many reminder messages each chat received."""
    return Counter(int(c.params["chat_id"]) for c in reminder_sends(calls))


def seed(url: str, users: int, *, spread_s: float = 0.0) -> list[int]:
    """Migrate `url`, add `users` users with a daily stretch reminder each, and make them due:
    user i at now + i * `spread_s` (all at once by default). Returns the user ids."""
    return run_blocking(_seed(url, users, spread_s))


async def _seed(url: str, users: int, spread_s: float) -> list[int]:
    await upgrade_to_head(url)
    engine = create_engine(url)
    sessions = session_factory(engine)
    now = datetime.now(UTC)
    # the series' own next slot is a day away, so only the moved occurrence fires in the test
    daily = (now - timedelta(hours=1)).time()
    ids = [FIRST_USER + i for i in range(users)]
    try:
        for user_id in ids:
            await add(sessions, user_id, stretch(daily.hour, daily.minute), now)
        async with engine.begin() as conn:
            for i, user_id in enumerate(ids):
                due = now + timedelta(seconds=i * spread_s)
                await conn.execute(
                    update(Reminder)
                    .where(Reminder.user_id == user_id)
                    .values(next_slot=due, next_fire_at=due)
                )
    finally:
        await engine.dispose()
    return ids


def deliveries(url: str) -> list[tuple[int, int, str]]:
    """Every ledger row as (reminder id, user id, status)."""
    return run_blocking(_deliveries(url))


async def _deliveries(url: str) -> list[tuple[int, int, str]]:
    engine = create_engine(url)
    try:
        async with engine.connect() as conn:
            rows = await conn.execute(
                select(Delivery.reminder_id, Delivery.user_id, Delivery.status).order_by(
                    Delivery.id
                )
            )
            return [(r, u, s) for r, u, s in rows]
    finally:
        await engine.dispose()


def expire_leases(url: str) -> int:
    """Let every lease run out now, as if its 2 minutes had passed; returns how many rows."""
    return run_blocking(_expire_leases(url))


async def _expire_leases(url: str) -> int:
    engine = create_engine(url)
    past = datetime.now(UTC) - timedelta(seconds=1)
    try:
        async with engine.begin() as conn:
            result = await conn.execute(
                update(Delivery)
                .where(Delivery.status.in_(("claimed", "sending")))
                .values(claimed_until=past)
            )
            return int(result.rowcount)
    finally:
        await engine.dispose()


def wait_until(
    condition: Callable[[], bool], *, timeout: float, every: float = 0.25, what: str = ""
) -> None:
    """Poll `condition` until it holds; AssertionError after `timeout` s."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"not met within {timeout}s: {what}")
        time.sleep(every)


def all_settled(url: str, reminders: int) -> bool:
    """Whether every reminder has a ledger row and no row is still claimed or sending."""
    rows = deliveries(url)
    return len({r for r, _u, _s in rows}) >= reminders and all(s in TERMINAL for *_, s in rows)


def run_dir(tmp_path: Path, name: str) -> Path:
    """A directory of its own for one bot process (its log file)."""
    path = tmp_path / name
    path.mkdir()
    return path


@contextmanager
def fresh_pg_database() -> Iterator[str | None]:
    """A new, empty PostgreSQL database for one test, dropped afterwards (None without
    TEST_DATABASE_URL)."""
    admin = _pg_admin_url()
    if admin is None:
        yield None
        return
    name = f"cramp_e2e_{uuid.uuid4().hex[:10]}"
    run_blocking(_pg_admin(admin, f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(admin).set(database=name).render_as_string(hide_password=False)
    finally:
        run_blocking(_pg_admin(admin, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def terminate_connections(url: str) -> int:
    """Kill every server process of the database in `url` (the database going down)."""
    return run_blocking(_terminate(url))


async def _terminate(url: str) -> int:
    name = make_url(url).database
    engine = create_engine(url)
    try:
        async with engine.connect() as conn:
            killed = await conn.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = :name AND pid <> pg_backend_pid()"
                ),
                {"name": name},
            )
            return len(killed.all())
    finally:
        await engine.dispose()


class TimedEngine(Engine):
    """An Engine that also notes when each call was accepted (wall clock) and through which
    server, for tests that share one Telegram between several bot processes."""

    def __init__(self, token: str) -> None:
        super().__init__(token=token)
        self.log: list[tuple[float, str, Call]] = []

    def call(
        self,
        method: str,
        params: Mapping[str, Any] | None = None,
        files: dict[str, Upload] | None = None,
        *,
        tag: str = "",
    ) -> Reply:
        """Engine.call, noting the time and `tag` of the recorded call."""
        with self._cond:  # re-entrant: the call and its note are one step
            reply = super().call(method, params, files)
            self.log.append((time.time(), tag, self._calls[-1]))
        return reply

    def serve_as(self, name: str) -> FakeBotApiServer:
        """A server on its own port whose calls are tagged `name`."""
        return FakeBotApiServer(_Tagged(self, name))  # type: ignore[arg-type]


class _Tagged:
    """Looks like the shared Engine to a FakeBotApiServer; tags the calls it forwards."""

    def __init__(self, engine: TimedEngine, name: str) -> None:
        self._engine = engine
        self._name = name

    def __getattr__(self, attr: str) -> object:
        return getattr(self._engine, attr)

    def call(
        self,
        method: str,
        params: Mapping[str, Any] | None = None,
        files: dict[str, Upload] | None = None,
    ) -> Reply:
        return self._engine.call(method, params, files, tag=self._name)
