"""The state of an /experiment and its weekly switch (`services.experiment` holds the
commands).

The weeks are switched with the reminders' public paths: in a stretch week the user's stretch
reminders are resumed (`repository.resume`, re-armed from now), in a no-stretch week paused
(`repository.pause`), so the dispatcher never sees the experiment. `sync` applies the week
the next evening belongs to (`reports.experiment.evening_night`: the switch comes at local
noon) when it differs from the one applied last; the week is moved by compare-and-set, so of
several instances (or a command racing the job) one switches and one announces. It runs from
the experiment job (`handlers.experiment`, every minute, through `advance`) and from the
user's own commands.

At the end, and while stopped, the stretch reminders go back to how they were: the ones
paused before stay paused, the one the experiment set is paused (kept with its Done presses,
which the result counts; the user resumes or deletes it), the others run. The check-in the
experiment turned on stays on (the user agreed to it; the result says how to pause it).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from sqlalchemy import and_, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db import nights, users
from bot.db.models import Delivery, Experiment, Reminder, User
from bot.reminders import repository
from bot.reminders.kinds.stretch import Stretch
from bot.reminders.slots import in_quiet
from bot.reports.experiment import (
    SWITCH_AT,
    WEEKS,
    Arm,
    Condition,
    Plan,
    Result,
    arms,
    evening_night,
    last_ended,
    order_from,
    result,
)
from bot.services import checkin

TEST = "stretch"
STRETCH = Stretch.name
RUNNING, STOPPED, DONE, ENDED = "running", "stopped", "done", "ended"
OVER = WEEKS + 1  # `week` / `told` once the four weeks are over
RESULT_WAIT = timedelta(days=1)  # the result waits this long for the last night's answer
State = Literal["none", "running", "stopped", "done"]


# -- what the screens show -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Status:
    """The user's latest experiment as the screens show it (state "none": they have none).

    `week` is the week the coming evening belongs to (1-4; 5: over), `through` the latest
    night that has ended, `stretch_at` the local times of the user's stretch reminders that
    follow the weeks, `held_from` the first night a stop holds."""

    state: State
    plan: Plan | None = None
    week: int = 0
    through: date | None = None
    stretch: Arm | None = None
    none: Arm | None = None
    result: Result | None = None
    stretch_at: tuple[time, ...] = ()
    made_reminder: int | None = None  # the stretch reminder the experiment set, if it still is
    checkin_turned_on: bool = False
    held_from: date | None = None
    checkin_on: bool = True  # the morning check-in will ask (not paused, not deleted)

    @property
    def condition(self) -> Condition | None:
        """This week's condition (None when over or without an experiment)."""
        if self.plan is None or not 1 <= self.week <= WEEKS:
            return None
        return self.plan.order[self.week - 1]


def plan_of(row: Experiment) -> Plan:
    """The calendar of a stored experiment."""
    pauses = tuple(
        (date.fromisoformat(str(a)), date.fromisoformat(str(b)) if b else None)
        for a, b in row.pauses
    )
    first: Condition = "stretch" if row.first_condition == "stretch" else "none"
    return Plan(row.first_night, order_from(first), pauses)


def pauses_of(plan: Plan) -> list[list[str | None]]:
    """A plan's holds as stored (`Experiment.pauses`)."""
    return [[a.isoformat(), b.isoformat() if b else None] for a, b in plan.pauses]


async def zone_of(
    session: AsyncSession, *, user_id: int, now: datetime, default_zone: str
) -> ZoneInfo:
    """The user's zone (the bot's default when they set none): their nights are its dates."""
    name, _ = await users.zone_for(session, user_id=user_id, now=now, default_zone=default_zone)
    return ZoneInfo(name)


async def stretch_reminders(session: AsyncSession, *, user_id: int) -> list[Reminder]:
    """The user's bedtime stretch reminders: the ones the weeks switch."""
    found = await repository.list_for_user(session, user_id=user_id)
    return [r for r in found if r.kind == STRETCH and not repository.finished(r)]


async def _done_nights(
    session: AsyncSession, *, user_id: int, plan: Plan, zone: ZoneInfo
) -> list[date]:
    """Nights whose bedtime stretch reminder was marked done (the night its evening is in)."""
    since = datetime.combine(plan.first - timedelta(days=2), time(0), zone)
    slots = await session.scalars(
        select(Delivery.slot)
        .join(Reminder, Reminder.id == Delivery.reminder_id)
        .where(Delivery.user_id == user_id, Reminder.kind == STRETCH, Delivery.action == "done",
               Delivery.slot >= since)
    )  # fmt: skip
    return [evening_night(slot, zone) for slot in slots]


async def gather(
    session: AsyncSession, row: Experiment, *, now: datetime, zone: ZoneInfo
) -> Status:
    """The experiment as the screens show it at `now` (reads only)."""
    plan = plan_of(row)
    through = last_ended(now, zone)
    last = plan.last or through + timedelta(days=1)  # a night answered before its noon counts
    answered = {
        n.night: n.cramps
        for n in await nights.between(session, user_id=row.user_id, first=plan.first,
                                      last=last)
    }  # fmt: skip
    done = await _done_nights(session, user_id=row.user_id, plan=plan, zone=zone)
    stretch, none = arms(plan, answered, through=through, done=done)
    state: State = (
        "running" if row.status == RUNNING else "stopped" if row.status == STOPPED else "done"
    )
    have = await stretch_reminders(session, user_id=row.user_id)
    follow = [] if state == "done" else have
    made = next((r.id for r in have if r.id == row.made_reminder_id), None)
    held = plan.pauses[-1][0] if state == STOPPED and plan.pauses else None
    return Status(
        state, plan, plan.week_at(evening_night(now, zone)), through, stretch, none,
        result(stretch, none) if state == "done" else None,
        tuple(r.at_time for r in follow if r.at_time is not None),
        made, row.checkin_turned_on, held,
        await checkin.active(session, user_id=row.user_id),
    )  # fmt: skip


async def latest(session: AsyncSession, *, user_id: int) -> Experiment | None:
    """The user's newest experiment that was not ended for a new one."""
    return await session.scalar(
        select(Experiment)
        .where(Experiment.user_id == user_id, Experiment.status != ENDED)
        .order_by(Experiment.id.desc())
        .limit(1)
    )


# -- switching the weeks -------------------------------------------------------------------


async def follow(
    session: AsyncSession, row: Experiment, condition: Condition | None, *, now: datetime
) -> None:
    """Set the user's stretch reminders for `condition` (None: back to how they were, the one
    the experiment set paused: kept, with its Done presses, for the user to resume or delete)."""
    for reminder in await stretch_reminders(session, user_id=row.user_id):
        if condition is None:
            paused = reminder.id in row.paused_before or reminder.id == row.made_reminder_id
        else:
            paused = condition == "none"
        if paused and not reminder.paused:
            await repository.pause(session, reminder_id=reminder.id, user_id=row.user_id)
        elif not paused and reminder.paused:
            await repository.resume(session, reminder_id=reminder.id, user_id=row.user_id,
                                    now=now)  # fmt: skip


async def move(
    session: AsyncSession, row: Experiment, column: str, old: int, new: int, **values: object
) -> bool:
    """Compare-and-set `column` from `old` to `new` (with `values`): True for the one caller
    that moved it."""
    moved = await session.execute(
        update(Experiment)
        .where(Experiment.id == row.id, getattr(Experiment, column) == old)
        .values({column: new, **values})
        .execution_options(synchronize_session="fetch")
    )
    return bool(getattr(moved, "rowcount", 0))


async def sync(
    session: AsyncSession, row: Experiment, *, now: datetime, zone: ZoneInfo, told: bool = False
) -> bool:
    """Apply the week the coming evening belongs to, if not yet applied (True: changed). The
    end restores the stretch reminders and marks the experiment done. `told`: the caller's
    reply shows the week, so it needs no notice."""
    if row.status != RUNNING:
        return False
    old = row.week
    week = plan_of(row).week_at(evening_night(now, zone))
    if week == old:
        if told and row.told < week:
            await move(session, row, "told", row.told, week)
        return False
    extra: dict[str, object] = {"status": DONE, "ended_at": now} if week == OVER else {}
    if told:
        extra["told"] = week
    if not await move(session, row, "week", old, week, **extra):
        return False
    condition = plan_of(row).order[week - 1] if week <= WEEKS else None
    await follow(session, row, condition, now=now)
    return True


@dataclass(frozen=True, slots=True)
class Notice:
    """What the experiment job tells a user: a week begins (`status.week`), or the result."""

    user_id: int
    kind: Literal["week", "result"]
    status: Status


async def _result_ready(
    session: AsyncSession, row: Experiment, *, now: datetime, zone: ZoneInfo
) -> bool:
    """The result waits for the last night's answer, or a day past that night's end."""
    last = plan_of(row).last
    if last is None or now >= datetime.combine(last, SWITCH_AT, zone) + RESULT_WAIT:
        return True
    return await nights.get(session, user_id=row.user_id, night=last) is not None


async def advance(session: AsyncSession, *, now: datetime, default_zone: str) -> tuple[
    bool, list[Notice]
]:  # fmt: skip
    """The job: switch every running experiment whose week changed, and collect the notices
    due (none in the user's quiet hours, nor to a user who blocked the bot: the next run
    sends them). Returns whether any reminder changed, and the notices."""
    rows = await session.execute(
        select(Experiment, User)
        .join(User, User.id == Experiment.user_id)
        .where(or_(Experiment.status == RUNNING,
                   and_(Experiment.status == DONE, Experiment.told < OVER)))
        .order_by(Experiment.id)
    )  # fmt: skip
    changed, notices = False, []
    for row, user in rows.all():
        zone = ZoneInfo(user.timezone or default_zone)
        changed = await sync(session, row, now=now, zone=zone) or changed
        if row.told >= row.week or user.blocked_at is not None:
            continue
        quiet = repository.quiet_of(user)
        if quiet is not None and in_quiet(now.astimezone(zone).time(), quiet):
            continue
        if row.week == OVER and not await _result_ready(session, row, now=now, zone=zone):
            continue
        status = await gather(session, row, now=now, zone=zone)
        if await move(session, row, "told", row.told, row.week):
            kind: Literal["week", "result"] = "result" if row.week == OVER else "week"
            notices.append(Notice(row.user_id, kind, status))
    return changed, notices
