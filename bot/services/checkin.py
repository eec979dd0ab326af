"""The morning check-in: "Any leg cramps last night?", answered in taps, one row a night.

A night runs from 18:00 the evening before to noon on the morning of its date (the local
date of the check-in's slot, in the reminder's zone). Its message is composed at send time
from the diary: a night with cramps already logged is confirmed ("you logged 1 cramp at
03:12: was that all?") rather than asked again. After UNANSWERED_LIMIT check-ins in a row
went unanswered, the next one says so and pauses the reminder (the pause is written after
that message went out; its delivery is marked, so a resumed check-in starts a new count).

An answer names its delivery: the night is the delivery's, however late the press (up to
ANSWER_TTL), and a press repeated changes the same row (`db.nights.record`). After the count
come, one at a time, how much the cramps disturbed sleep (nights with cramps) and, for a user
who opted in (`users.checkin_asks_active`), whether the day before was more active than usual
(`nights.active`: exercise, sport, a long walk, heavy physical work).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db import cramps, nights, users
from bot.db.models import Delivery, Reminder
from bot.reminders import repository
from bot.reminders.kinds.checkin import CheckIn
from bot.reminders.ledger import Outgoing
from bot.services import reminders

KIND = CheckIn.name
NIGHT_STARTS = time(18, 0)  # the evening before
NIGHT_ENDS = time(12, 0)  # on the morning of the night's date
ANSWER_TTL = timedelta(days=7)
UNANSWERED_LIMIT = 3
MOST = 3  # the largest count the buttons offer: "3 or more"
ANSWERED, PAUSED = "answered", "paused"  # deliveries.action of a check-in


def night_of(slot: datetime, zone: str) -> date:
    """The night a check-in sent at `slot` asks about: the local date of its morning."""
    return slot.astimezone(ZoneInfo(zone)).date()


def night_span(night: date, zone: str) -> tuple[datetime, datetime]:
    """The instants a night covers: 18:00 the evening before to noon, in `zone`."""
    tz = ZoneInfo(zone)
    start = datetime.combine(night - timedelta(days=1), NIGHT_STARTS, tzinfo=tz)
    return start, datetime.combine(night, NIGHT_ENDS, tzinfo=tz)


@dataclass(frozen=True, slots=True)
class Prompt:
    """What a check-in message shows: the night's logged cramps (their local times), or the
    notice that it pauses."""

    delivery_id: int
    reminder_id: int
    night: date
    logged: tuple[datetime, ...] = ()
    pause: bool = False


async def unanswered(session: AsyncSession, *, reminder_id: int, before: int) -> int:
    """How many of the reminder's check-ins sent before delivery `before` went unanswered in
    a row (up to UNANSWERED_LIMIT); a pause notice ends the count, as an answer does."""
    actions = await session.scalars(
        select(Delivery.action)
        .where(Delivery.reminder_id == reminder_id, Delivery.status == "sent",
               Delivery.id != before)
        .order_by(Delivery.slot.desc())
        .limit(UNANSWERED_LIMIT)
    )  # fmt: skip
    count = 0
    for action in actions:
        if action is not None:
            break
        count += 1
    return count


async def prompt(session: AsyncSession, outgoing: Outgoing, *, now: datetime) -> Prompt:
    """Compose a check-in at send time (a read: nothing is written before the message goes)."""
    night = night_of(outgoing.slot, outgoing.zone)
    quiet = await unanswered(session, reminder_id=outgoing.reminder_id,
                             before=outgoing.delivery_id)  # fmt: skip
    if quiet >= UNANSWERED_LIMIT:
        return Prompt(outgoing.delivery_id, outgoing.reminder_id, night, pause=True)
    start, end = night_span(night, outgoing.zone)
    found = await cramps.between(session, user_id=outgoing.user_id, start=start,
                                 end=min(end, now))  # fmt: skip
    zone = ZoneInfo(outgoing.zone)
    logged = tuple(c.occurred_at.astimezone(zone) for c in found)
    return Prompt(outgoing.delivery_id, outgoing.reminder_id, night, logged)


async def paused(session: AsyncSession, prompt: Prompt, *, now: datetime) -> None:
    """After the pause notice went out: pause the reminder and mark its delivery."""
    await session.execute(
        update(Reminder).where(Reminder.id == prompt.reminder_id).values(paused=True)
    )
    await _mark(session, prompt.delivery_id, PAUSED, now)


async def _mark(session: AsyncSession, delivery_id: int, action: str, now: datetime) -> None:
    await session.execute(
        update(Delivery)
        .where(Delivery.id == delivery_id, Delivery.action.is_(None))
        .values(action=action, acted_at=now)
    )


Status = Literal["ok", "already", "expired", "unknown"]
Next = Literal["sleep", "active"] | None  # the question that comes next; None: the night noted


@dataclass(frozen=True, slots=True)
class Answer:
    """What became of a press: the night it counted for, its cramps (at least those logged),
    sleep score and active day, and the question to ask next."""

    status: Status
    night: date | None = None
    cramps: int = 0
    sleep: int | None = None
    active: bool | None = None
    asks: Next = None


async def asks_active(session: AsyncSession, *, user_id: int) -> bool:
    """Whether the user asked the check-in to ask about the day before (off by default)."""
    user = await users.get_user(session, user_id=user_id)
    return user is not None and user.checkin_asks_active


async def _after_sleep(session: AsyncSession, user_id: int) -> Next:
    return "active" if await asks_active(session, user_id=user_id) else None


async def _night(
    session: AsyncSession, *, user_id: int, delivery_id: int, now: datetime
) -> tuple[Status, date | None, str]:
    delivery = await session.get(Delivery, delivery_id)
    if delivery is None or delivery.user_id != user_id:
        return "unknown", None, ""
    reminder = await session.get(Reminder, delivery.reminder_id)
    if reminder is None or reminder.kind != KIND:
        return "unknown", None, ""
    if now - (delivery.sent_at or delivery.slot) > ANSWER_TTL:
        return "expired", None, ""
    return "ok", night_of(delivery.slot, reminder.timezone), reminder.timezone


async def answer_count(
    session: AsyncSession, *, user_id: int, delivery_id: int, count: int | None, now: datetime
) -> Answer:
    """How many cramps the night had (`count`, 3 meaning 3 or more; None: "that was all",
    the cramps logged). Never fewer than the diary holds for that night."""
    status, night, zone = await _night(session, user_id=user_id, delivery_id=delivery_id,
                                       now=now)  # fmt: skip
    if night is None:
        return Answer(status)
    start, end = night_span(night, zone)
    logged = len(await cramps.between(session, user_id=user_id, start=start, end=end))
    total = max(logged if count is None else min(max(count, 0), MOST), logged)
    asks: Next = "sleep" if total > 0 else await _after_sleep(session, user_id)
    before = await nights.get(session, user_id=user_id, night=night)
    if before is not None and before.cramps == total:
        return Answer("already", night, total, before.sleep, before.active, asks)
    row = await nights.record(session, user_id=user_id, night=night, cramps=total, now=now)
    await _mark(session, delivery_id, ANSWERED, now)
    return Answer("ok", night, row.cramps, row.sleep, row.active, asks)


async def answer_sleep(
    session: AsyncSession, *, user_id: int, delivery_id: int, score: int | None, now: datetime
) -> Answer:
    """How much the night's cramps disturbed sleep, 0-10, after the count; None: the question
    skipped (the night as noted)."""
    status, night, _ = await _night(session, user_id=user_id, delivery_id=delivery_id, now=now)
    if night is None:
        return Answer(status)
    row = await nights.get(session, user_id=user_id, night=night)
    if row is None or (score is not None and not 0 <= score <= 10):  # forged: no count
        return Answer("unknown")
    asks = await _after_sleep(session, user_id)
    if score is not None and row.sleep == score:
        return Answer("already", night, row.cramps, row.sleep, row.active, asks)
    if score is not None:
        row.sleep = score
    return Answer("ok", night, row.cramps, row.sleep, row.active, asks)


async def answer_active(
    session: AsyncSession, *, user_id: int, delivery_id: int, active: bool | None, now: datetime
) -> Answer:
    """Whether the day before the night was more active than usual, after the count (and the
    sleep score); None: the question skipped (the night as noted)."""
    status, night, _ = await _night(session, user_id=user_id, delivery_id=delivery_id, now=now)
    if night is None:
        return Answer(status)
    row = await nights.get(session, user_id=user_id, night=night)
    if row is None:  # forged: no count
        return Answer("unknown")
    if active is not None and row.active is active:
        return Answer("already", night, row.cramps, row.sleep, row.active)
    if active is not None:
        row.active = active
    return Answer("ok", night, row.cramps, row.sleep, row.active)


@dataclass(frozen=True, slots=True)
class Setting:
    """The user's check-in as /settings shows it (None: they have none), and whether it asks
    about the day before."""

    reminder_id: int | None = None
    at: time | None = None
    paused: bool = False
    asks_active: bool = False


async def setting(session: AsyncSession, *, user_id: int) -> Setting:
    """The user's morning check-in, if they set one."""
    asks = await asks_active(session, user_id=user_id)
    for reminder in await repository.list_for_user(session, user_id=user_id):
        if reminder.kind == KIND:
            return Setting(reminder.id, reminder.at_time, reminder.paused, asks)
    return Setting(asks_active=asks)


@dataclass(frozen=True, slots=True)
class ActiveQuestion:
    """The activity question turned on or off: whether that changed anything, and the check-in
    it is asked by (off or paused: it asks nothing until turned on)."""

    changed: bool
    setting: Setting


async def ask_active(
    session: AsyncSession, *, user_id: int, on: bool, now: datetime
) -> ActiveQuestion:
    """Have the check-in ask (or no longer ask) whether the day before was more active than
    usual; the answers given so far stay in the diary."""
    user = await users.ensure_user(session, user_id=user_id, now=now)
    changed = user.checkin_asks_active != on
    await users.set_checkin_asks_active(session, user=user, on=on)
    return ActiveQuestion(changed, await setting(session, user_id=user_id))


async def active(session: AsyncSession, *, user_id: int) -> bool:
    """Whether the user has a check-in that will ask (not paused)."""
    found = await setting(session, user_id=user_id)
    return found.reminder_id is not None and not found.paused


@dataclass(frozen=True, slots=True)
class TurnedOn:
    """/checkin: the check-in created (or the refusal of bad arguments), or the one the user
    has, resumed when it was paused."""

    creation: reminders.Creation | None = None
    setting: Setting = Setting()
    resumed: bool = False


async def turn_on(
    session: AsyncSession, *, user_id: int, args: str, now: datetime, default_zone: str
) -> TurnedOn:
    """One check-in a user: `/checkin` sets it at 08:00, or resumes the one paused;
    `/checkin 07:30` sets it at that time, in place of the one they had."""
    found = await setting(session, user_id=user_id)
    if found.reminder_id is not None and not args:
        if found.paused:
            await repository.resume(session, reminder_id=found.reminder_id, user_id=user_id,
                                    now=now)  # fmt: skip
            return TurnedOn(setting=replace(found, paused=False), resumed=True)
        return TurnedOn(setting=found)
    if not args:
        creation = await reminders.create_default(
            session, user_id=user_id, kind=KIND, now=now, default_zone=default_zone
        )
        return TurnedOn(creation)
    creation = await reminders.create_from_args(  # in place of the one they had (one_per_user)
        session, user_id=user_id, args=f"{KIND} {args}", now=now, default_zone=default_zone
    )
    return TurnedOn(creation)
