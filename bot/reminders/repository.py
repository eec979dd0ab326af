"""Repository for reminders and delivery actions. Keyword-only; takes a session, never commits."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Literal

from sqlalchemy import bindparam, func, insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import Delivery, Reminder, User
from bot.db.statements import fetch
from bot.reminders.errors import ReminderLimitReached
from bot.reminders.schedule import (
    Quiet,
    ReminderSpec,
    end_of_local_day,
    next_fire,
    send_time,
)

MAX_REMINDERS_PER_USER = 20
ACTION_TTL = timedelta(days=2)
SNOOZES = {"snooze15": timedelta(minutes=15), "snooze60": timedelta(hours=1)}
ACTIONS = ("done", "snooze15", "snooze60", "skip", "stop")
Action = Literal["done", "snooze15", "snooze60", "skip", "stop"]
ActionStatus = Literal["ok", "already", "unknown", "expired", "not_yours"]
DEFAULT_ZONE = "UTC"


@dataclass(frozen=True, slots=True)
class ActionResult:
    """What became of a button press on a reminder message."""

    status: ActionStatus
    reminder_id: int | None = None
    kind: str | None = None

    @property
    def ok(self) -> bool:
        """True when the action was applied."""
        return self.status == "ok"


def _floating(value: datetime | date | None) -> datetime | None:
    """A local wall-clock value stored in a UTC column unchanged ("floating")."""
    if value is None:
        return None
    if not isinstance(value, datetime):
        value = datetime.combine(value, time(0))
    return value.replace(tzinfo=UTC)


def spec_from_columns(
    kind: str,
    interval_minutes: int | None,
    window_start: time | None,
    window_end: time | None,
    at_time: time | None,
    every_months: int | None,
    once_at: datetime | None,
    anchor: datetime | None,
    note: str | None,
) -> ReminderSpec:
    """Rebuild a spec from stored columns (floating wall-clock values become naive)."""
    return ReminderSpec(
        kind=kind,
        interval_minutes=interval_minutes,
        window_start=window_start,
        window_end=window_end,
        at_time=at_time,
        every_months=every_months,
        once_at=once_at.replace(tzinfo=None) if once_at is not None else None,
        anchor=anchor.date() if anchor is not None else None,
        note=note,
    )


def spec_of(reminder: Reminder) -> ReminderSpec:
    """The schedule of a stored reminder."""
    r = reminder
    return spec_from_columns(
        r.kind, r.interval_minutes, r.window_start, r.window_end, r.at_time, r.every_months,
        r.once_at, r.anchor, r.note,
    )  # fmt: skip


def spec_state(spec: ReminderSpec) -> dict[str, Any]:
    """A spec as JSON-ready values (a pending reminder kept in the `dialogs` table)."""
    state = _columns(spec)
    for key, value in state.items():
        if isinstance(value, datetime | time):
            state[key] = value.replace(tzinfo=None).isoformat()
    return state


def spec_from_state(state: dict[str, Any]) -> ReminderSpec | None:
    """The spec `spec_state` wrote; None for anything else (a stale or damaged state)."""

    def clock(value: object) -> time | None:
        return time.fromisoformat(value) if isinstance(value, str) else None

    def wall(value: object) -> datetime | None:
        return (
            datetime.fromisoformat(value).replace(tzinfo=UTC) if isinstance(value, str) else None
        )

    try:
        return spec_from_columns(
            str(state["kind"]), state.get("interval_minutes"), clock(state.get("window_start")),
            clock(state.get("window_end")), clock(state.get("at_time")),
            state.get("every_months"), wall(state.get("once_at")), wall(state.get("anchor")),
            state.get("note"),
        )  # fmt: skip
    except (KeyError, TypeError, ValueError):
        return None


def _same_note(note: str | None) -> str:
    return " ".join((note or "").split()).casefold()


def same_reminder(a: ReminderSpec, b: ReminderSpec) -> bool:
    """Same kind and same parameters (the note compared without case or extra spaces)."""
    return replace(a, note=None) == replace(b, note=None) and _same_note(a.note) == _same_note(
        b.note
    )


def finished(reminder: Reminder) -> bool:
    """A one-off that has come (or can no longer come): hidden from the list, not counted."""
    return reminder.once_at is not None and reminder.next_slot is None


def quiet_of(user: User | None) -> Quiet | None:
    """The user's quiet hours, or None."""
    if user is None or user.quiet_start is None or user.quiet_end is None:
        return None
    return user.quiet_start, user.quiet_end


def _columns(spec: ReminderSpec) -> dict[str, Any]:
    return {
        "kind": spec.kind,
        "interval_minutes": spec.interval_minutes,
        "window_start": spec.window_start,
        "window_end": spec.window_end,
        "at_time": spec.at_time,
        "every_months": spec.every_months,
        "once_at": _floating(spec.once_at),
        "anchor": _floating(spec.anchor),
        "note": spec.note,
    }


def _arm(
    spec: ReminderSpec, *, user_id: int, zone: str, quiet: Quiet | None, after: datetime
) -> tuple[datetime | None, datetime | None]:
    slot = next_fire(spec, zone=zone, after=after, quiet=quiet)
    if slot is None:
        return None, None
    return slot, send_time(spec.kind, slot, user_id=user_id, zone=zone, quiet=quiet)


def arm(reminder: Reminder, *, quiet: Quiet | None, after: datetime) -> None:
    """Set the reminder's next slot (and send time) to the first one after `after`."""
    reminder.next_slot, reminder.next_fire_at = _arm(
        spec_of(reminder), user_id=reminder.user_id, zone=reminder.timezone, quiet=quiet,
        after=after,
    )  # fmt: skip


async def create(
    session: AsyncSession,
    *,
    user: User,
    spec: ReminderSpec,
    now: datetime,
    default_zone: str = DEFAULT_ZONE,
) -> Reminder:
    """Store and arm a reminder in the user's zone (or `default_zone` when they set none).

    ReminderLimitReached past the limit.
    """
    count = await session.scalar(
        select(func.count())
        .select_from(Reminder)
        .where(Reminder.user_id == user.id)
        .where(~(Reminder.once_at.is_not(None) & Reminder.next_slot.is_(None)))  # not finished
    )
    if (count or 0) >= MAX_REMINDERS_PER_USER:
        raise ReminderLimitReached(MAX_REMINDERS_PER_USER)
    reminder = Reminder(
        user_id=user.id, timezone=user.timezone or default_zone, paused=False, created_at=now,
        **_columns(spec),
    )  # fmt: skip
    arm(reminder, quiet=quiet_of(user), after=now)
    session.add(reminder)
    await session.flush()
    return reminder


async def move(
    session: AsyncSession, *, reminder: Reminder, user: User, spec: ReminderSpec, now: datetime
) -> Reminder:
    """Give the user's reminder a new spec (a new time), resumed and armed from `now`; its
    id and its deliveries stay (a kind a user has one of: the morning check-in)."""
    for column, value in _columns(spec).items():
        setattr(reminder, column, value)
    reminder.paused = False
    reminder.timezone = user.timezone or reminder.timezone
    arm(reminder, quiet=quiet_of(user), after=now)
    await session.flush()
    return reminder


async def create_many(
    session: AsyncSession,
    *,
    items: Iterable[tuple[int, ReminderSpec]],
    zone: str,
    now: datetime,
    quiet: Quiet | None = None,
) -> int:
    """Bulk-store and arm (user_id, spec) pairs in one zone, without the per-user limit check.

    For imports and the benchmark; the users must exist.
    """
    rows = []
    for user_id, spec in items:
        slot, fire_at = _arm(spec, user_id=user_id, zone=zone, quiet=quiet, after=now)
        rows.append({
            **_columns(spec), "user_id": user_id, "timezone": zone, "paused": False,
            "created_at": now, "next_slot": slot, "next_fire_at": fire_at,
        })  # fmt: skip
    if rows:
        table = Reminder.metadata.tables[Reminder.__tablename__]
        await session.execute(insert(table), rows)  # Core: one executemany, no ORM overhead
    return len(rows)


# Built once (/reminders runs both): a statement reused as is skips building and hashing one.
_OF_USER = select(Reminder).where(Reminder.user_id == bindparam("user_id")).order_by(Reminder.id)
_DELIVERIES = Delivery.metadata.tables["deliveries"]
_SNOOZED = (
    select(_DELIVERIES.c.reminder_id, func.min(_DELIVERIES.c.slot))
    .where(_DELIVERIES.c.user_id == bindparam("user_id"), _DELIVERIES.c.status == "scheduled")
    .group_by(_DELIVERIES.c.reminder_id)
)


async def list_for_user(session: AsyncSession, *, user_id: int) -> list[Reminder]:
    """The user's reminders, oldest first."""
    return list(await session.scalars(_OF_USER, {"user_id": user_id}))


async def find_same(session: AsyncSession, *, user_id: int, spec: ReminderSpec) -> Reminder | None:
    """The user's reminder identical to `spec` (`same_reminder`), finished one-offs aside."""
    for reminder in await list_for_user(session, user_id=user_id):
        if not finished(reminder) and same_reminder(spec_of(reminder), spec):
            return reminder
    return None


async def snoozed_until(session: AsyncSession, *, user_id: int) -> dict[int, datetime]:
    """For each of the user's reminders with a snooze still to come, its earliest time."""
    rows = await fetch(session, _SNOOZED, {"user_id": user_id})
    return {rid: slot for rid, slot in rows if slot is not None}


async def get_for_user(
    session: AsyncSession, *, reminder_id: int, user_id: int
) -> Reminder | None:
    """The reminder when it exists and belongs to the user."""
    reminder = await session.get(Reminder, reminder_id)
    return reminder if reminder is not None and reminder.user_id == user_id else None


async def pause(session: AsyncSession, *, reminder_id: int, user_id: int) -> Reminder | None:
    """Pause the user's reminder; None when it is not theirs."""
    reminder = await get_for_user(session, reminder_id=reminder_id, user_id=user_id)
    if reminder is not None:
        reminder.paused = True
    return reminder


async def resume(
    session: AsyncSession, *, reminder_id: int, user_id: int, now: datetime
) -> Reminder | None:
    """Resume the user's reminder from its next slot after `now`."""
    reminder = await get_for_user(session, reminder_id=reminder_id, user_id=user_id)
    if reminder is not None:
        reminder.paused = False
        arm(reminder, quiet=quiet_of(await session.get(User, user_id)), after=now)
    return reminder


async def delete(session: AsyncSession, *, reminder_id: int, user_id: int) -> bool:
    """Delete the user's reminder (its deliveries go with it); False when it is not theirs."""
    reminder = await get_for_user(session, reminder_id=reminder_id, user_id=user_id)
    if reminder is None:
        return False
    await session.delete(reminder)
    await session.flush()
    return True


async def retime_user(session: AsyncSession, user: User, now: datetime) -> int:
    """After a zone or quiet-hours change: move every reminder of the user; returns how many.

    Positional, so it can be registered as a time-zone hook. A user without a zone keeps the
    zone each reminder was created in (the bot's default zone).
    """
    reminders = await list_for_user(session, user_id=user.id)
    quiet = quiet_of(user)
    for reminder in reminders:
        reminder.timezone = user.timezone or reminder.timezone
        if not reminder.paused:
            arm(reminder, quiet=quiet, after=now)
    return len(reminders)


async def record_action(
    session: AsyncSession, *, delivery_id: int, user_id: int, action: Action, now: datetime
) -> ActionResult:
    """Apply a Done / Snooze / Skip today / Stop press on a delivered reminder."""
    delivery = await session.get(Delivery, delivery_id)
    if delivery is None or action not in ACTIONS:
        return ActionResult("unknown")
    if delivery.user_id != user_id:
        return ActionResult("not_yours")
    reminder = await session.get(Reminder, delivery.reminder_id)
    if reminder is None:  # pragma: no cover - deliveries cascade with their reminder
        return ActionResult("unknown")
    result = ActionResult("ok", reminder.id, reminder.kind)
    if now - (delivery.sent_at or delivery.slot) > ACTION_TTL:
        return ActionResult("expired", reminder.id, reminder.kind)
    if action == "done":
        if delivery.action == "done":
            return ActionResult("already", reminder.id, reminder.kind)
        delivery.action, delivery.acted_at = "done", now
    elif action in SNOOZES:
        if delivery.action in SNOOZES:
            return ActionResult("already", reminder.id, reminder.kind)
        await _snooze(session, reminder=reminder, due=now + SNOOZES[action], now=now)
        delivery.action, delivery.acted_at = action, now
    elif action == "skip":
        user = await session.get(User, user_id)
        arm(reminder, quiet=quiet_of(user), after=end_of_local_day(now, reminder.timezone))
        delivery.action, delivery.acted_at = action, now
    else:
        reminder.paused = True
        delivery.action, delivery.acted_at = action, now
    return result


async def _snooze(
    session: AsyncSession, *, reminder: Reminder, due: datetime, now: datetime
) -> None:
    """One extra delivery of the reminder at `due`; the series keeps its slots."""
    taken = set(
        await session.scalars(
            select(Delivery.slot).where(
                Delivery.reminder_id == reminder.id,
                Delivery.slot >= due,
                Delivery.slot < due + timedelta(seconds=10),
            )
        )
    )
    while due in taken:  # a series slot at the very same instant keeps its identity
        due += timedelta(seconds=1)
    session.add(
        Delivery(
            reminder_id=reminder.id, user_id=reminder.user_id, slot=due, status="scheduled",
            source="snooze", attempts=0, created_at=now,
        )
    )  # fmt: skip
    await session.flush()


async def done_since(
    session: AsyncSession, *, reminder_ids: Iterable[int], since: datetime
) -> dict[int, datetime]:
    """For each reminder, the latest Done press at or after `since` (a kind's Done policy)."""
    ids = list(reminder_ids)
    if not ids:
        return {}
    rows = await session.execute(
        select(Delivery.reminder_id, func.max(Delivery.acted_at))
        .where(
            Delivery.reminder_id.in_(ids), Delivery.action == "done", Delivery.acted_at >= since
        )
        .group_by(Delivery.reminder_id)
    )
    return {rid: acted for rid, acted in rows.all() if acted is not None}
