"""What /admin shows, and the maintenance notice's ledger.

The notice's progress lives in the `dialogs` table (name `notice`, on the admin who started
it): the window text, the id of the last user it went to (users are served in id order) and
the counts. The cursor is committed before each message goes out, so a restart resumes after
the last user served: nobody gets the notice twice; a crash can at most skip the one user
whose message was in flight.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db import users
from bot.db.models import Delivery, Dialog, Reminder, User

NOTICE = "notice"
ACTIVE_DAYS = 7
FAILED = ("failed", "unconfirmed")


@dataclass(frozen=True, slots=True)
class Overview:
    """The figures of /admin."""

    users: int
    active: int
    blocked: int
    kinds: dict[str, int]
    sent_today: int
    failed_today: int


async def overview(session: AsyncSession, *, now: datetime) -> Overview:
    """Users, active users this week, active reminders by kind, deliveries today (UTC)."""
    day = now.replace(hour=0, minute=0, second=0, microsecond=0)
    users = await session.scalar(select(func.count()).select_from(User)) or 0
    active = await session.scalar(
        select(func.count()).where(User.last_seen_at >= now - timedelta(days=ACTIVE_DAYS))
    )
    blocked = await session.scalar(select(func.count()).where(User.blocked_at.is_not(None)))
    kinds = dict(
        (
            await session.execute(
                select(Reminder.kind, func.count())
                .where(Reminder.paused.is_(False))
                .group_by(Reminder.kind)
                .order_by(Reminder.kind)
            )
        ).all()
    )
    sent = await session.scalar(
        select(func.count()).where(Delivery.status == "sent", Delivery.sent_at >= day)
    )
    failed = await session.scalar(
        select(func.count()).where(Delivery.status.in_(FAILED), Delivery.slot >= day)
    )
    return Overview(users, active or 0, blocked or 0, kinds, sent or 0, failed or 0)


@dataclass(slots=True)
class Notice:
    """A maintenance notice: to whom it has gone so far."""

    admin_id: int
    when: str
    after: int = 0  # the last user id served
    sent: int = 0
    skipped: int = 0
    failed: int = 0
    done: bool = False

    def state(self) -> dict[str, Any]:
        return {
            "when": self.when, "after": self.after, "sent": self.sent,
            "skipped": self.skipped, "failed": self.failed, "done": self.done,
        }  # fmt: skip


def _notice(row: Dialog) -> Notice:
    s = row.state
    return Notice(
        row.user_id, str(s["when"]), int(s["after"]), int(s["sent"]), int(s["skipped"]),
        int(s["failed"]), bool(s["done"]),
    )  # fmt: skip


async def latest_notice(session: AsyncSession) -> Notice | None:
    """The newest notice (running or finished), if any."""
    row = await session.scalar(
        select(Dialog).where(Dialog.name == NOTICE).order_by(Dialog.updated_at.desc()).limit(1)
    )
    return _notice(row) if row is not None else None


async def unfinished_notice(session: AsyncSession) -> Notice | None:
    """A notice still being sent (resumed at start-up)."""
    notice = await latest_notice(session)
    return notice if notice is not None and not notice.done else None


async def start_notice(session: AsyncSession, notice: Notice, *, now: datetime) -> None:
    """Store a new notice; its row belongs to the admin, made a user if they were not one."""
    await users.ensure_user(session, user_id=notice.admin_id, now=now)
    await save_notice(session, notice, now=now)


async def save_notice(session: AsyncSession, notice: Notice, *, now: datetime) -> None:
    """Write the notice's progress (one row per admin)."""
    row = await session.get(Dialog, (notice.admin_id, NOTICE))
    if row is None:
        session.add(Dialog(user_id=notice.admin_id, name=NOTICE, state=notice.state(),
                           updated_at=now))  # fmt: skip
    else:
        row.state, row.updated_at = notice.state(), now


async def recipients_left(session: AsyncSession, notice: Notice) -> int:
    """Users the notice has still to reach (those who blocked the bot left out)."""
    left = await session.scalar(
        select(func.count()).where(User.id > notice.after, User.blocked_at.is_(None))
    )
    return left or 0


async def next_recipients(session: AsyncSession, notice: Notice, *, limit: int) -> list[int]:
    """The next users in id order after the notice's cursor who have not blocked the bot."""
    rows = await session.scalars(
        select(User.id)
        .where(User.id > notice.after, User.blocked_at.is_(None))
        .order_by(User.id)
        .limit(limit)
    )
    return list(rows)
