"""Reminder use cases for the handlers: create (typed or with defaults), list, change, quiet
hours and the buttons on a reminder message. Each takes the update's session and typed input
and returns a result dataclass; none commits (the update's unit of work does)."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any, Literal
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from bot.db import dialogs, users
from bot.db.models import User
from bot.reminders import repository
from bot.reminders.errors import ReminderLimitReached
from bot.reminders.kinds import KINDS, ReminderKind, ordered
from bot.reminders.remind_args import ArgsError, parse_quiet, parse_remind
from bot.reminders.repository import Action, ActionResult
from bot.reminders.schedule import Quiet, ReminderSpec, quiet_keeps_out
from bot.services.entries import ReminderEntry, reminder_entry

# The dialog holding a reminder that quiet hours would keep from ever coming, until the user
# chooses: move it out of them, change the quiet hours, or cancel.
PENDING = "remind_pending"
PENDING_TTL = timedelta(days=1)
PendingChoice = Literal["move", "quiet", "cancel"]

Change = Literal["pause", "resume", "delete"]
CHANGES: tuple[Change, ...] = ("pause", "resume", "delete")


def default_spec(kind: str, *, today: date) -> ReminderSpec | None:
    """The one-tap reminder of `kind` (its kind's `default`); None for an unknown kind."""
    found = KINDS.get(kind)
    return found.default(today=today) if found is not None else None


def menu_kinds() -> list[ReminderKind]:
    """The kinds the /remind menu offers, in order."""
    return ordered()


def booking_kinds() -> list[str]:
    """The kinds that remind to book a doctor's appointment (offered after warning signs)."""
    return [k.name for k in ordered() if k.books_appointments]


CHECKUP_SOON_HOURS = (9, 13, 18)


def checkup_soon_spec(hour: int, *, today: date) -> ReminderSpec | None:
    """A one-off reminder to book a check-up tomorrow at `hour` local time (None if not offered).

    Offered after frequent cramps or a warning sign: soon, not in months.
    """
    if hour not in CHECKUP_SOON_HOURS:
        return None
    wall = datetime.combine(today + timedelta(days=1), time(hour))
    return next((s for k in ordered() if k.books_appointments and (s := k.once(wall))), None)


@dataclass(frozen=True, slots=True)
class Created:
    """A stored reminder and the zone it runs in; `zone_is_default` when the user set none;
    `quiet` the user's quiet hours (a check-up inside them comes at their end)."""

    reminder: ReminderEntry
    zone: str
    zone_is_default: bool
    quiet: Quiet | None = None


async def create(
    session: AsyncSession, *, user_id: int, spec: ReminderSpec, now: datetime, default_zone: str
) -> Created:
    """Store and arm a reminder; raises ReminderLimitReached past the limit."""
    user = await users.ensure_user(session, user_id=user_id, now=now)
    reminder = await repository.create(
        session, user=user, spec=spec, now=now, default_zone=default_zone
    )
    return Created(
        reminder_entry(reminder),
        reminder.timezone,
        user.timezone is None,
        repository.quiet_of(user),
    )


@dataclass(frozen=True, slots=True)
class QuietConflict:
    """A reminder quiet hours would keep from ever coming, held until the user chooses.

    `move_to` is the first time after quiet hours (None when the kind cannot be moved);
    `token` names this pending reminder in the buttons (an older message's buttons expire).
    """

    spec: ReminderSpec
    quiet: Quiet
    move_to: time | None
    token: int


@dataclass(frozen=True, slots=True)
class Creation:
    """What became of a request for a reminder: `created`, or why not (`error`, `limit`,
    `duplicate`: the user already has this one; `conflict`: it would fall in quiet hours)."""

    created: Created | None = None
    error: str | None = None  # the code of what was wrong with /remind's arguments
    error_kind: str | None = None  # the kind the arguments were for, when known
    error_text: str | None = None  # the words that could not be read, when known
    limit: int | None = None  # the user already has this many reminders, the most kept
    crosses_midnight: bool = False
    duplicate: ReminderEntry | None = None
    conflict: QuietConflict | None = None


async def _create(
    session: AsyncSession,
    *,
    user_id: int,
    spec: ReminderSpec,
    now: datetime,
    default_zone: str,
    crosses_midnight: bool = False,
) -> Creation:
    """Refuse a reminder the user already has, hold one quiet hours would keep from ever
    coming (see `choose_pending`), else store it."""
    same = await repository.find_same(session, user_id=user_id, spec=spec)
    if same is not None:
        return Creation(duplicate=reminder_entry(same))
    user = await users.ensure_user(session, user_id=user_id, now=now)
    quiet = repository.quiet_of(user)
    zone = user.timezone or default_zone
    if quiet is not None and quiet_keeps_out(spec, zone=zone, after=now, quiet=quiet):
        return Creation(conflict=await _hold(session, user_id=user_id, spec=spec, quiet=quiet,
                                             now=now))  # fmt: skip
    if KINDS[spec.kind].one_per_user:  # the one they had moves; its history stays with it
        had = [r for r in await repository.list_for_user(session, user_id=user_id)
               if r.kind == spec.kind]  # fmt: skip
        if had:
            moved = await repository.move(session, reminder=had[0], user=user, spec=spec, now=now)
            entry = Created(reminder_entry(moved), moved.timezone, user.timezone is None, quiet)
            return Creation(entry, crosses_midnight=crosses_midnight)
    try:
        created = await create(
            session, user_id=user_id, spec=spec, now=now, default_zone=default_zone
        )
    except ReminderLimitReached as exc:
        return Creation(limit=exc.limit)
    return Creation(created, crosses_midnight=crosses_midnight)


async def _hold(
    session: AsyncSession, *, user_id: int, spec: ReminderSpec, quiet: Quiet, now: datetime
) -> QuietConflict:
    moved = KINDS[spec.kind].moved(spec, quiet[1])
    token = secrets.randbelow(10**9)
    state = {"token": token, "spec": repository.spec_state(spec), "at": now.isoformat(),
             "waiting_quiet": False}  # fmt: skip
    await dialogs.save(session, user_id=user_id, name=PENDING, state=state, now=now)
    return QuietConflict(spec, quiet, quiet[1] if moved is not None else None, token)


async def _pending(
    session: AsyncSession, *, user_id: int, now: datetime
) -> tuple[dict[str, Any], ReminderSpec] | None:
    state = await dialogs.load(session, user_id=user_id, name=PENDING)
    if state is None:
        return None
    spec = repository.spec_from_state(state.get("spec") or {})
    try:
        fresh = now - datetime.fromisoformat(str(state.get("at"))) <= PENDING_TTL
    except (TypeError, ValueError):
        fresh = False
    if spec is None or not fresh:
        await dialogs.clear(session, user_id=user_id, name=PENDING)
        return None
    return state, spec


@dataclass(frozen=True, slots=True)
class PendingResult:
    """A press on the quiet-hours question: `expired` (not the pending reminder any more),
    else the choice and, for `move`, what became of the moved reminder; for `quiet`, the
    user's quiet hours now."""

    choice: PendingChoice
    expired: bool = False
    creation: Creation | None = None
    quiet: Quiet | None = None


async def choose_pending(
    session: AsyncSession,
    *,
    user_id: int,
    token: int,
    choice: PendingChoice,
    now: datetime,
    default_zone: str,
) -> PendingResult:
    """Move the held reminder out of quiet hours, wait for new quiet hours (the next /quiet
    sets it), or cancel it."""
    found = await _pending(session, user_id=user_id, now=now)
    if found is None or found[0].get("token") != token:
        return PendingResult(choice, expired=True)
    state, spec = found
    if choice == "cancel":
        await dialogs.clear(session, user_id=user_id, name=PENDING)
        return PendingResult(choice)
    user = await users.ensure_user(session, user_id=user_id, now=now)
    quiet = repository.quiet_of(user)
    if choice == "quiet":
        await dialogs.save(session, user_id=user_id, name=PENDING,
                           state={**state, "waiting_quiet": True}, now=now)  # fmt: skip
        return PendingResult(choice, quiet=quiet)
    await dialogs.clear(session, user_id=user_id, name=PENDING)
    moved = KINDS[spec.kind].moved(spec, quiet[1]) if quiet is not None else spec
    if moved is None:
        return PendingResult(choice, expired=True)
    creation = await _create(
        session, user_id=user_id, spec=moved, now=now, default_zone=default_zone,
        crosses_midnight=moved.crosses_midnight,
    )  # fmt: skip
    return PendingResult(choice, creation=creation)


async def _today(session: AsyncSession, *, user_id: int, now: datetime, default_zone: str) -> date:
    zone, _ = await users.zone_for(session, user_id=user_id, now=now, default_zone=default_zone)
    return now.astimezone(ZoneInfo(zone)).date()


async def create_from_args(
    session: AsyncSession, *, user_id: int, args: str, now: datetime, default_zone: str
) -> Creation:
    """`/remind <kind> ...`: parse the arguments in the user's zone and store the reminder."""
    zone, _ = await users.zone_for(session, user_id=user_id, now=now, default_zone=default_zone)
    parsed = parse_remind(args, zone=zone, now=now)
    if isinstance(parsed, ArgsError):
        return Creation(error=parsed.code, error_kind=parsed.kind, error_text=parsed.text)
    return await _create(
        session, user_id=user_id, spec=parsed.spec, now=now, default_zone=default_zone,
        crosses_midnight=parsed.crosses_midnight,
    )  # fmt: skip


async def create_default(
    session: AsyncSession, *, user_id: int, kind: str, now: datetime, default_zone: str
) -> Creation | None:
    """The one-tap reminder of `kind` (see `default_spec`), stored for the user; None for a
    kind the bot does not know (a stale or forged button)."""
    if kind not in KINDS:
        return None
    today = await _today(session, user_id=user_id, now=now, default_zone=default_zone)
    spec = default_spec(kind, today=today)
    assert spec is not None
    return await _create(
        session, user_id=user_id, spec=spec, now=now, default_zone=default_zone,
        crosses_midnight=spec.crosses_midnight,
    )  # fmt: skip


async def create_checkup_soon(
    session: AsyncSession, *, user_id: int, hour: int, now: datetime, default_zone: str
) -> Creation | None:
    """A one-off check-up reminder tomorrow at `hour`; None when that hour is not offered."""
    if hour not in CHECKUP_SOON_HOURS:
        return None
    today = await _today(session, user_id=user_id, now=now, default_zone=default_zone)
    spec = checkup_soon_spec(hour, today=today)
    if spec is None:  # no kind books appointments
        return None
    return await _create(session, user_id=user_id, spec=spec, now=now, default_zone=default_zone)


@dataclass(frozen=True, slots=True)
class Listing:
    """The user's reminders (finished one-offs left out) and quiet hours, for /reminders;
    `snoozed`: the time of a snooze still to come, per reminder id."""

    reminders: list[ReminderEntry]
    quiet: Quiet | None
    snoozed: dict[int, datetime] = field(default_factory=dict)


async def listing(session: AsyncSession, *, user_id: int, now: datetime) -> Listing:
    """The user's reminders, in the order they were set, and their quiet hours."""
    quiet = await users.quiet_hours(session, user_id=user_id, now=now)
    found = await repository.list_for_user(session, user_id=user_id)
    snoozed = await repository.snoozed_until(session, user_id=user_id)
    shown = [r for r in found if not repository.finished(r) or r.id in snoozed]
    return Listing([reminder_entry(r) for r in shown], quiet, snoozed)


@dataclass(frozen=True, slots=True)
class Changed:
    """A pause / resume / delete press: whether it applied, and the list after it."""

    change: Change
    applied: bool
    listing: Listing


async def change(
    session: AsyncSession, *, user_id: int, reminder_id: int, action: Change, now: datetime
) -> Changed:
    """Pause, resume or delete one of the user's reminders (not applied when not theirs)."""
    if action == "pause":
        found = await repository.pause(session, reminder_id=reminder_id, user_id=user_id)
        applied = found is not None
    elif action == "resume":
        found = await repository.resume(session, reminder_id=reminder_id, user_id=user_id, now=now)
        applied = found is not None
    else:
        applied = await repository.delete(session, reminder_id=reminder_id, user_id=user_id)
    return Changed(action, applied, await listing(session, user_id=user_id, now=now))


@dataclass(frozen=True, slots=True)
class QuietResult:
    """/quiet: the hours set (None: cleared) and how many reminders moved; or, for arguments
    that are not a valid form, `usage` with the current hours and why (`error`, quoting
    `error_text`; None when there were no arguments). `pending`: the reminder held for new
    quiet hours, now set (or still held)."""

    usage: bool
    hours: Quiet | None
    crosses_midnight: bool = False
    moved: int = 0
    error: str | None = None
    error_text: str | None = None
    pending: Creation | None = None


async def quiet_from_args(
    session: AsyncSession, *, user_id: int, args: str, now: datetime, default_zone: str = "UTC"
) -> QuietResult:
    """`/quiet 22:30-07:30` sets quiet hours, `/quiet off` clears them; else the usage and
    why. A reminder held for new quiet hours ("Change quiet hours") is set after them."""
    parsed = parse_quiet(args)
    if isinstance(parsed, ArgsError):
        user = await users.ensure_user(session, user_id=user_id, now=now)
        error = None if parsed.code == "missing_args" else parsed.code
        return QuietResult(usage=True, hours=repository.quiet_of(user), error=error,
                           error_text=parsed.text)  # fmt: skip
    moved = await set_quiet(session, user_id=user_id, hours=parsed.hours, now=now)
    pending = None
    found = await _pending(session, user_id=user_id, now=now)
    if found is not None and found[0].get("waiting_quiet"):
        await dialogs.clear(session, user_id=user_id, name=PENDING)
        pending = await _create(
            session, user_id=user_id, spec=found[1], now=now, default_zone=default_zone,
            crosses_midnight=found[1].crosses_midnight,
        )  # fmt: skip
    return QuietResult(False, parsed.hours, parsed.crosses_midnight, moved, pending=pending)


async def act(
    session: AsyncSession, *, user_id: int, delivery_id: int, action: Action, now: datetime
) -> ActionResult:
    """Done / Snooze / Skip today / Stop pressed on a reminder message."""
    return await repository.record_action(
        session, delivery_id=delivery_id, user_id=user_id, action=action, now=now
    )


async def set_quiet(
    session: AsyncSession, *, user_id: int, hours: tuple[time, time] | None, now: datetime
) -> int:
    """Store (or clear) quiet hours and move every reminder of the user; returns how many."""
    user = await users.ensure_user(session, user_id=user_id, now=now)
    start, end = hours if hours is not None else (None, None)
    await users.set_quiet_hours(session, user=user, start=start, end=end)
    return await repository.retime_user(session, user, now)


async def retime(session: AsyncSession, user: User, now: datetime) -> int:
    """Time-zone hook: move the user's reminders to their new zone; return how many."""
    return await repository.retime_user(session, user, now)
