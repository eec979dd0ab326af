"""/experiment stretch: four alternating weeks with and without the bedtime stretch, each night
answered at the morning check-in, and what the user's own diary says at the end. The commands;
the experiment's state and its weekly switch are `services.experiment_weeks`.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Literal
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import Experiment
from bot.reminders import repository
from bot.reminders.kinds.args import parse_clock
from bot.reminders.kinds.stretch import Stretch
from bot.reports.experiment import Condition, next_night
from bot.services import checkin, reminders
from bot.services.experiment_weeks import (
    DONE,
    ENDED,
    OVER,
    RUNNING,
    STOPPED,
    STRETCH,
    TEST,
    Notice,
    Status,
    advance,
    follow,
    gather,
    latest,
    move,
    pauses_of,
    plan_of,
    stretch_reminders,
    sync,
    zone_of,
)

__all__ = [
    "Changed", "Command", "Notice", "Offer", "Started", "Status", "advance", "draw_first",
    "offer", "read_args", "resume", "start", "start_over", "status", "stop",
]  # fmt: skip


def draw_first() -> Condition:
    """Which condition the first week has: drawn at random (tests replace it)."""
    return "stretch" if secrets.randbelow(2) else "none"


# -- reading the command -------------------------------------------------------------------

Action = Literal["status", "stretch", "stop", "resume"]


@dataclass(frozen=True, slots=True)
class Command:
    """`/experiment [stretch [time] | stop | resume]`, read; `error` for anything else."""

    action: Action = "status"
    at: time | None = None
    error: bool = False


def read_args(args: str) -> Command:
    """The action the arguments ask for (pure)."""
    words = args.lower().split()
    if not words:
        return Command()
    head, rest = words[0], words[1:]
    if head in ("stop", "resume") and not rest:
        return Command(head)  # type: ignore[arg-type]
    if head in ("stretch", "stretching"):
        if not rest:
            return Command("stretch")
        at = parse_clock(" ".join(rest)) if len(rest) <= 2 else None
        return Command("stretch", at) if at is not None else Command("stretch", error=True)
    return Command(error=True)


# -- the commands --------------------------------------------------------------------------


async def status(
    session: AsyncSession, *, user_id: int, now: datetime, default_zone: str
) -> tuple[Status, bool]:
    """`/experiment`: the latest experiment brought up to date (and whether that changed a
    reminder), or state "none"."""
    _, _, current, changed = await _brought_up(session, user_id=user_id, now=now,
                                               default_zone=default_zone)  # fmt: skip
    return current, changed


async def _brought_up(
    session: AsyncSession, *, user_id: int, now: datetime, default_zone: str
) -> tuple[Experiment | None, ZoneInfo | None, Status, bool]:
    """The latest experiment and the user's zone, the experiment brought up to date, its
    status now and whether that changed a reminder; (None, None, "none", False) without one."""
    row = await latest(session, user_id=user_id)
    if row is None:
        return None, None, Status("none"), False
    zone = await zone_of(session, user_id=user_id, now=now, default_zone=default_zone)
    changed = await sync(session, row, now=now, zone=zone, told=True)
    if row.status == DONE and row.told < OVER:
        await move(session, row, "told", row.told, OVER)  # this reply shows the result
    return row, zone, await gather(session, row, now=now, zone=zone), changed


@dataclass(frozen=True, slots=True)
class Offer:
    """`/experiment stretch`: the start screen (or the open experiment, `status`, refusing a
    second one). `stretch_at`: the user's stretch reminders' times (none: one is set at
    `new_at`); `checkin_at`: the check-in's time when it is on (None: starting turns it on)."""

    status: Status | None = None
    new_at: time = Stretch.default_at
    stretch_at: tuple[time, ...] = ()
    checkin_at: time | None = None
    first_night: date | None = None


async def offer(
    session: AsyncSession, *, user_id: int, at: time | None, now: datetime, default_zone: str
) -> Offer:
    """What starting would do, for the user to agree to (nothing is written)."""
    current, _ = await status(session, user_id=user_id, now=now, default_zone=default_zone)
    if current.state in (RUNNING, STOPPED):
        return Offer(current)
    zone = await zone_of(session, user_id=user_id, now=now, default_zone=default_zone)
    have = await stretch_reminders(session, user_id=user_id)
    morning = await checkin.setting(session, user_id=user_id)
    return Offer(
        None, at or Stretch.default_at, tuple(r.at_time for r in have if r.at_time is not None),
        morning.at if morning.reminder_id is not None and not morning.paused else None,
        next_night(now, zone),
    )  # fmt: skip


@dataclass(frozen=True, slots=True)
class Started:
    """The start button: the experiment started (`status`), the one already open
    (`existing`), or the reminder that could not be set (`creation`: why)."""

    status: Status | None = None
    existing: bool = False
    creation: reminders.Creation | None = None


async def start(
    session: AsyncSession, *, user_id: int, at: time, now: datetime, default_zone: str
) -> Started:
    """Start: a stretch reminder at `at` when the user has none, the check-in on, the first
    week drawn, and its stretch setting applied at once."""
    current, _ = await status(session, user_id=user_id, now=now, default_zone=default_zone)
    if current.state in (RUNNING, STOPPED):
        return Started(current, existing=True)
    have = await stretch_reminders(session, user_id=user_id)
    made = None
    if not have:
        creation = await reminders.create_from_args(
            session, user_id=user_id, args=f"{STRETCH} {at:%H:%M}", now=now,
            default_zone=default_zone,
        )  # fmt: skip
        if creation.created is None:
            return Started(creation=creation)
        made = creation.created.reminder.id
    turned_on = False
    if not await checkin.active(session, user_id=user_id):
        turned = await checkin.turn_on(session, user_id=user_id, args="", now=now,
                                       default_zone=default_zone)  # fmt: skip
        if turned.creation is not None and turned.creation.created is None:
            if made is not None:
                await repository.delete(session, reminder_id=made, user_id=user_id)
            return Started(creation=turned.creation)
        turned_on = True
    zone = await zone_of(session, user_id=user_id, now=now, default_zone=default_zone)
    row = Experiment(
        user_id=user_id, test=TEST, first_condition=draw_first(),
        first_night=next_night(now, zone), pauses=[], status=RUNNING, week=0, told=0,
        made_reminder_id=made, paused_before=[r.id for r in have if r.paused],
        checkin_turned_on=turned_on, created_at=now,
    )  # fmt: skip
    session.add(row)
    await session.flush()
    await sync(session, row, now=now, zone=zone, told=True)
    return Started(await gather(session, row, now=now, zone=zone))


Change = Literal["ok", "none", "already", "running", "too_late"]


@dataclass(frozen=True, slots=True)
class Changed:
    """A stop or a resume: what became of it (`ok`; `none`: no experiment to change;
    `already`: stopped already, or running already; `too_late`: its last night has begun)
    and the experiment as it is now."""

    change: Change
    status: Status


async def _changeable(
    session: AsyncSession, *, user_id: int, now: datetime, default_zone: str
) -> tuple[tuple[Experiment, ZoneInfo] | None, Status]:
    """The user's experiment that a stop or a resume can change (None when there is none, or
    it is over), its status now, and the user's zone (read once, with the experiment)."""
    row, zone, current, _ = await _brought_up(session, user_id=user_id, now=now,
                                              default_zone=default_zone)  # fmt: skip
    if row is None or zone is None or current.state == "done":
        return None, current
    return (row, zone), current


async def stop(
    session: AsyncSession, *, user_id: int, now: datetime, default_zone: str
) -> Changed:
    """Hold the experiment from the first night not yet begun; the stretch reminders go back
    to how they were (the one it set is paused)."""
    found, current = await _changeable(session, user_id=user_id, now=now,
                                       default_zone=default_zone)  # fmt: skip
    if found is None:
        return Changed("none", current)
    row, zone = found
    if row.status == STOPPED:
        return Changed("already", current)
    plan = plan_of(row)
    held = next_night(now, zone)
    if plan.last is not None and held > plan.last:
        return Changed("too_late", current)
    row.pauses = pauses_of(plan.stopped(held))
    row.status, row.stopped_at = STOPPED, now
    await follow(session, row, None, now=now)
    await session.flush()
    return Changed("ok", await gather(session, row, now=now, zone=zone))


async def resume(
    session: AsyncSession, *, user_id: int, now: datetime, default_zone: str
) -> Changed:
    """Go on from the first night not yet begun: the remaining weeks move later by the nights
    held; the week's stretch setting is applied at once."""
    found, current = await _changeable(session, user_id=user_id, now=now,
                                       default_zone=default_zone)  # fmt: skip
    if found is None:
        return Changed("none", current)
    row, zone = found
    if row.status == RUNNING:
        return Changed("running", current)
    row.pauses = pauses_of(plan_of(row).resumed(next_night(now, zone)))
    row.status, row.stopped_at, row.week, row.told = RUNNING, None, 0, 0
    await session.flush()
    await sync(session, row, now=now, zone=zone, told=True)
    return Changed("ok", await gather(session, row, now=now, zone=zone))


async def start_over(
    session: AsyncSession, *, user_id: int, now: datetime, default_zone: str
) -> Offer:
    """End the experiment on hold (kept in the diary as ended) and offer a new one."""
    row = await latest(session, user_id=user_id)
    if row is not None and row.status == STOPPED:
        row.status, row.ended_at = ENDED, now
        await follow(session, row, None, now=now)
        await session.flush()
    return await offer(session, user_id=user_id, at=None, now=now, default_zone=default_zone)
