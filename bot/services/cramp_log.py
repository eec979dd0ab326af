"""Logging cramps: from a parsed message or a button to a stored entry, and the fixes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db import cramps as repo
from bot.db.models import Cramp, Reminder
from bot.parsing.cramp import LONG_DURATION_S, MUSCLES, SIDES, CrampParse
from bot.parsing.timephrases import resolve_time

SEVERITIES = tuple(range(1, 11))
DURATIONS_S = (10, 30, 60, 120, 300, 900)
TIME_SHORTCUTS = ("now", "1h", "night")
FIELDS = ("sev", "side", "mus", "time", "dur")


@dataclass(frozen=True)
class Questions:
    """What to ask back after logging, because the message gave an impossible value."""

    severity_out_of_range: int | None = None
    duration_out_of_range_s: int | None = None


def shortcut_time(shortcut: str, *, now: datetime, zone: ZoneInfo) -> datetime | None:
    """The instant meant by a time button: just now, 1 h ago, last night."""
    if shortcut == "now":
        return now
    if shortcut == "1h":
        return now - timedelta(hours=1)
    if shortcut == "night":
        return resolve_time("last night", now, zone).occurred_at
    return None


def red_flags_of(parse: CrampParse, duration_s: int | None) -> list[str]:
    """The parse's red flags, with long_duration added for a long cramp."""
    flags = list(parse.red_flags)
    if duration_s is not None and duration_s > LONG_DURATION_S and "long_duration" not in flags:
        flags.append("long_duration")
    return flags


async def log_parsed(
    session: AsyncSession,
    *,
    user_id: int,
    parse: CrampParse,
    now: datetime,
    source_message_id: int | None,
    occurred_at: datetime | None = None,
) -> tuple[Cramp, Questions]:
    """Store a cramp from a parsed message; impossible values are left out and asked back."""
    cramp = await repo.add_cramp(
        session,
        user_id=user_id,
        occurred_at=occurred_at or parse.occurred_at or now,
        now=now,
        side=parse.side,
        muscle=parse.muscle,
        severity=parse.severity,
        duration_s=parse.duration_s,
        triggers=parse.triggers,
        red_flags=red_flags_of(parse, parse.duration_s),
        source_message_id=source_message_id,
    )
    questions = Questions(parse.severity_out_of_range, parse.duration_out_of_range_s)
    return cramp, questions


def update_from_parse(cramp: Cramp, parse: CrampParse, *, now: datetime) -> Questions:
    """Re-apply an edited message to its entry (the time is kept when the edit names none)."""
    cramp.occurred_at = parse.occurred_at or cramp.occurred_at
    cramp.side, cramp.muscle = parse.side, parse.muscle
    cramp.severity, cramp.duration_s = parse.severity, parse.duration_s
    cramp.triggers = list(parse.triggers)
    cramp.red_flags = red_flags_of(parse, parse.duration_s)
    cramp.edited_at = now
    return Questions(parse.severity_out_of_range, parse.duration_out_of_range_s)


def apply_fix(cramp: Cramp, *, field: str, value: str, now: datetime, zone: ZoneInfo) -> bool:
    """Set one field from a button value; False when the value is not one the bot offers."""
    if field == "sev" and value.isdigit() and int(value) in SEVERITIES:
        cramp.severity = int(value)
    elif field == "side" and value in SIDES:
        cramp.side = value
    elif field == "mus" and value in MUSCLES:
        cramp.muscle = value
    elif field == "dur" and value.isdigit() and int(value) in DURATIONS_S:
        cramp.duration_s = int(value)
        if cramp.duration_s > LONG_DURATION_S and "long_duration" not in cramp.red_flags:
            cramp.red_flags = [*cramp.red_flags, "long_duration"]
    elif field == "time" and (when := shortcut_time(value, now=now, zone=zone)) is not None:
        cramp.occurred_at = when
    else:
        return False
    cramp.edited_at = now
    return True


FREQUENT_PER_WEEK = 3


async def checkup_suggestion(
    session: AsyncSession, *, user_id: int, now: datetime, red_flags: Sequence[str]
) -> int | None:
    """Cramps this week when a check-up should be suggested now, else None.

    Suggested once when the week's count reaches FREQUENT_PER_WEEK, and after any red flag,
    unless the user already has an active check-up reminder.
    """
    active = await session.scalar(
        select(func.count()).where(
            Reminder.user_id == user_id, Reminder.kind == "checkup", Reminder.paused.is_(False)
        )
    )
    if active:
        return None
    week = await session.scalar(
        select(func.count()).where(
            Cramp.user_id == user_id, Cramp.created_at > now - timedelta(days=7)
        )
    )
    count = int(week or 0)
    return count if red_flags or count == FREQUENT_PER_WEEK else None
