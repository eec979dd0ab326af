"""Logging cramps: from a parsed message or a button to a stored entry, and the fixes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from typing import Any, Literal, get_args
from zoneinfo import ZoneInfo

from sqlalchemy import Select, bindparam, false, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db import cramps as repo
from bot.db import dialogs
from bot.db.models import Cramp, Reminder
from bot.db.statements import fetch
from bot.parsing.cramp import (
    LONG_DURATION_S,
    MUSCLES,
    SIDES,
    CrampParse,
    cramp_duration,
    needs_the_time,
    parse_cramp,
)
from bot.parsing.negation import says_no_cramps
from bot.parsing.timephrases import resolve_time, wall
from bot.services import checkin
from bot.services.entries import CrampEntry, entry_or_none
from bot.services.reminders import booking_kinds

Field = Literal["sev", "side", "mus", "time", "dur"]
TimeShortcut = Literal["now", "1h", "night"]
PendingChoice = Literal["now", "1h", "night", "no"]  # "no": drop the held cramp
# The card's other buttons: undo (just logged), ask to delete, confirm it, keep the entry.
CardCommand = Literal["undo", "del", "yes", "keep"]

SEVERITIES = tuple(range(1, 11))
DURATIONS_S = (10, 30, 60, 120, 300, 900)
TIME_SHORTCUTS: tuple[TimeShortcut, ...] = get_args(TimeShortcut)
FIELDS: tuple[Field, ...] = get_args(Field)
PENDING = "pending_cramp"  # the dialog holding a cramp whose time is still ahead
HeldKind = Literal["future", "habitual"]  # why a cramp is held: its time is ahead / general
UNDO_WINDOW = timedelta(minutes=10)  # a card offers Undo this long after logging, then Delete
# After When is tapped on a card, the user's next chat message (within WHEN_TTL) is read as
# the time of that entry; the state {"cramp_id", "until"} lives in `dialogs` under WHEN.
WHEN = "when"
WHEN_TTL = timedelta(minutes=10)
DayPart = Literal["night", "morning", "afternoon", "evening"]
DAY_PARTS: dict[DayPart, int] = {"night": 3, "morning": 9, "afternoon": 15, "evening": 21}
PICK_DAYS = 7  # the When keypad offers yesterday and the six days before it
DAY_SLACK = 1  # a keypad left open over midnight still works for one more day


def can_undo(cramp: Cramp | CrampEntry, *, now: datetime) -> bool:
    """Whether the cramp was logged so recently that one tap may still undo it."""
    return now - cramp.created_at <= UNDO_WINDOW


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


def recent_days(*, now: datetime, zone: ZoneInfo) -> list[date]:
    """The days the When keypad offers, oldest first: the PICK_DAYS local days before today."""
    today = now.astimezone(zone).date()
    return [today - timedelta(days=back) for back in range(PICK_DAYS, 0, -1)]


def day_code(day: date) -> int:
    """A day as it travels in callback data: 20261025."""
    return day.year * 10_000 + day.month * 100 + day.day


def day_of_code(code: int, *, now: datetime, zone: ZoneInfo) -> date | None:
    """The day of a day button, or None when it is malformed or not one the keypad offers
    (allowing DAY_SLACK days for a keypad opened before midnight)."""
    try:
        day = date(code // 10_000, code // 100 % 100, code % 100)
    except ValueError:
        return None
    today = now.astimezone(zone).date()
    oldest = today - timedelta(days=PICK_DAYS + DAY_SLACK)
    return day if oldest <= day < today else None


def day_part_time(day: date, part: DayPart, zone: ZoneInfo) -> datetime:
    """The instant of a part of a local day: 03:00, 09:00, 15:00 or 21:00 (DST-safe)."""
    return wall(day, DAY_PARTS[part], 0, zone)


LONG_CRAMP = "long_cramp_passed"  # the catalogue's sign for a cramp over 10 minutes


def duration_of(text: str, local_now: datetime | None = None) -> int | None:
    """How long the cramp of a message lasted, as the parser reads it (seconds); `local_now`,
    the writer's wall time, measures a cramp told by the clock time it began ("started at
    3:05 and still going")."""
    return cramp_duration(text, local_now)


def needs_local_time(text: str) -> bool:
    """Whether the screen needs the writer's wall time to read a message (see duration_of)."""
    return needs_the_time(text)


def signs_with_duration(signs: Sequence[str], duration_s: int | None) -> list[str]:
    """The warning signs stored with a cramp: the message's own signs, and the long-cramp
    sign when a duration over 10 minutes is set on the card."""
    found = list(dict.fromkeys(signs))
    long = duration_s is not None and duration_s > LONG_DURATION_S
    if long and not {"long_cramp", LONG_CRAMP} & set(found):
        found.append(LONG_CRAMP)
    return found


async def log_parsed(
    session: AsyncSession,
    *,
    user_id: int,
    parse: CrampParse,
    now: datetime,
    source_message_id: int | None,
    occurred_at: datetime | None = None,
    signs: Sequence[str] = (),
) -> tuple[Cramp, Questions]:
    """Store a cramp from a parsed message, with the writer's warning signs (catalogue ids);
    impossible values are left out and asked back.

    A chat message is logged once: handled again (a webhook retry after a crash between the
    commit and the card), it gives back the cramp it logged the first time."""
    questions = Questions(parse.severity_out_of_range, parse.duration_out_of_range_s)
    if source_message_id is not None:
        logged = await repo.by_source_message(
            session, user_id=user_id, message_id=source_message_id
        )
        if logged is not None:
            return logged, questions
    when = occurred_at or parse.occurred_at
    cramp = await repo.add_cramp(
        session,
        user_id=user_id,
        occurred_at=when or now,
        time_told=when is not None,
        now=now,
        side=parse.side,
        muscle=parse.muscle,
        severity=parse.severity,
        duration_s=parse.duration_s,
        triggers=parse.triggers,
        red_flags=signs_with_duration(signs, parse.duration_s),
        source_message_id=source_message_id,
    )
    return cramp, questions


def update_from_parse(
    cramp: Cramp, parse: CrampParse, *, now: datetime, signs: Sequence[str] = ()
) -> Questions:
    """Re-apply an edited message to its entry (the time is kept when the edit names none)."""
    if parse.occurred_at is not None:
        cramp.occurred_at, cramp.time_told = parse.occurred_at, True
    cramp.side, cramp.muscle = parse.side, parse.muscle
    cramp.severity, cramp.duration_s = parse.severity, parse.duration_s
    cramp.triggers = list(parse.triggers)
    cramp.red_flags = signs_with_duration(signs, parse.duration_s)
    cramp.edited_at = now
    return Questions(parse.severity_out_of_range, parse.duration_out_of_range_s)


def offered(field: Field, value: str) -> bool:
    """Whether `value` is one of the choices the bot offers for `field`."""
    if field in ("sev", "dur"):
        choices = SEVERITIES if field == "sev" else DURATIONS_S
        return value.isdigit() and int(value) in choices
    return value in {"side": SIDES, "mus": MUSCLES, "time": TIME_SHORTCUTS}[field]


def apply_fix(cramp: Cramp, *, field: Field, value: str, now: datetime, zone: ZoneInfo) -> bool:
    """Set one field from a button value; False when the value is not one the bot offers."""
    if not offered(field, value):
        return False
    if field == "sev":
        cramp.severity = int(value)
    elif field == "side":
        cramp.side = value
    elif field == "mus":
        cramp.muscle = value
    elif field == "dur":
        cramp.duration_s = int(value)
        cramp.red_flags = signs_with_duration(cramp.red_flags, cramp.duration_s)
    else:
        when = shortcut_time(value, now=now, zone=zone)
        assert when is not None  # offered() checked the shortcut
        cramp.occurred_at, cramp.time_told = when, True
    cramp.edited_at = now
    return True


FREQUENT_PER_WEEK = 3
_REMINDERS, _CRAMPS = Reminder.__table__.c, Cramp.__table__.c


CHECKIN_KIND = checkin.KIND  # offered after the first cramp logged by a message


@cache
def _offer_counts(kinds: tuple[str, ...]) -> Select[Any]:
    """In one statement, built once per set of booking kinds (building and hashing it cost
    more than running it): the user's active booking reminders, cramps logged since `since`,
    their cramps up to two (is this the first?) and their morning check-ins."""
    user: Any = bindparam("user_id")
    return select(
        select(func.count())
        .where(
            _REMINDERS.user_id == user,
            or_(false(), *(_REMINDERS.kind == kind for kind in kinds)),  # no expanding IN
            _REMINDERS.paused.is_(False),
        )
        .scalar_subquery(),
        select(func.count())
        .where(
            _CRAMPS.user_id == user,
            _CRAMPS.created_at > bindparam("since", type_=_CRAMPS.created_at.type),
        )
        .scalar_subquery(),
        select(func.count())
        .select_from(select(_CRAMPS.id).where(_CRAMPS.user_id == user).limit(2).subquery())
        .scalar_subquery(),
        select(func.count())
        .where(_REMINDERS.user_id == user, _REMINDERS.kind == CHECKIN_KIND)
        .scalar_subquery(),
    )


@dataclass(frozen=True)
class Offers:
    """What to offer after a cramp was logged: a check-up (the week's count), the check-in."""

    checkup_week: int | None = None
    checkin: bool = False


async def offers(session: AsyncSession, *, user_id: int, now: datetime, book_sign: bool) -> Offers:
    """The check-up is suggested once when the week's logged episodes reach FREQUENT_PER_WEEK,
    and after a sign whose level is a routine appointment (`book_sign`), unless the user
    already has an active reminder of a kind that books appointments. The morning check-in is
    offered after the first cramp, to a user who has none. Never after a final alert: those
    messages get no card and no offer."""
    params = {"user_id": user_id, "since": now - timedelta(days=7)}
    (row,) = await fetch(session, _offer_counts(tuple(booking_kinds())), params)
    count = int(row[1] or 0)
    week = None if row[0] or not (book_sign or count == FREQUENT_PER_WEEK) else count
    return Offers(week, checkin=int(row[2] or 0) == 1 and not row[3])


@dataclass(frozen=True)
class Reading:
    """What a chat message says about cramps, before anything is stored."""

    kind: Literal["other", "no_cramps", "cramp", "habitual", "pregnancy"]
    parse: CrampParse | None = None


def read_message(text: str, *, now: datetime, zone: ZoneInfo) -> Reading:
    """Classify a chat message: a cramp to log, "no cramps", or other.

    Cramps spoken of in general ("I always get calf cramps") are "habitual", or "pregnancy"
    when the writer is pregnant: answered, never logged as they stand.
    """
    parse = parse_cramp(text, now=now, tz=zone)
    if parse.general is not None:
        return Reading(parse.general, parse)
    if not parse.is_cramp:
        return Reading("no_cramps" if says_no_cramps(text) else "other")
    return Reading("cramp", parse)


@dataclass(frozen=True)
class Logged:
    """A logged cramp (or one held until the user says when it happened)."""

    cramp: CrampEntry | None
    questions: Questions = Questions()
    checkup_week: int | None = None  # cramps this week, when a check-up should be offered
    checkin_offer: bool = False  # the first cramp: offer the morning check-in
    held_until_answered: datetime | None = None  # the future time the message named


async def _hold(
    session: AsyncSession,
    *,
    user_id: int,
    parse: CrampParse,
    message_id: int,
    now: datetime,
    kind: HeldKind,
    signs: Sequence[str] = (),
) -> None:
    """Keep the fields of a message's cramp until the user says when it happened."""
    triggers = list(parse.triggers)
    if kind == "habitual" and "night" not in triggers:
        triggers.append("night")  # the offer logs last night's cramp
    state = {
        "message_id": message_id,
        "kind": kind,
        "fields": {
            "side": parse.side, "muscle": parse.muscle, "severity": parse.severity,
            "duration_s": parse.duration_s, "triggers": triggers,
            "red_flags": signs_with_duration(signs, parse.duration_s),
        },
    }  # fmt: skip
    await dialogs.save(session, user_id=user_id, name=PENDING, state=state, now=now)


async def hold_habitual(
    session: AsyncSession, *, user_id: int, parse: CrampParse, message_id: int, now: datetime
) -> None:
    """Keep what a habitual statement says ("I always get calf cramps") for the offer to log
    last night's cramp (the Last night / No buttons of the pending question)."""
    await _hold(
        session, user_id=user_id, parse=parse, message_id=message_id, now=now, kind="habitual"
    )


async def log_message(
    session: AsyncSession,
    *,
    user_id: int,
    parse: CrampParse,
    message_id: int,
    now: datetime,
    signs: Sequence[str] = (),
    book_sign: bool = False,
) -> Logged:
    """Store the cramp of a chat message with the writer's warning signs, or hold it when
    its time is still ahead; `book_sign`: the message had a routine-appointment sign."""
    if parse.in_future and parse.occurred_at is not None:
        await _hold(
            session, user_id=user_id, parse=parse, message_id=message_id, now=now,
            kind="future", signs=signs,
        )  # fmt: skip
        return Logged(None, held_until_answered=parse.occurred_at)
    cramp, questions = await log_parsed(
        session, user_id=user_id, parse=parse, now=now, source_message_id=message_id,
        signs=signs,
    )  # fmt: skip
    offered = await offers(session, user_id=user_id, now=now, book_sign=book_sign)
    return Logged(
        entry_or_none(cramp), questions, offered.checkup_week, checkin_offer=offered.checkin
    )


async def add_signs(
    session: AsyncSession, *, user_id: int, cramp_id: int, signs: Sequence[str]
) -> None:
    """Add warning signs to a logged cramp (the answer to the question about the leg)."""
    cramp = await repo.get_cramp(session, user_id=user_id, cramp_id=cramp_id)
    if cramp is not None:
        cramp.red_flags = list(dict.fromkeys([*cramp.red_flags, *signs]))


async def remember_card(
    session: AsyncSession, *, user_id: int, cramp_id: int, message_id: int
) -> None:
    """Store the id of the message showing the card of a cramp (edits of the text update it)."""
    await repo.set_card_message(session, user_id=user_id, cramp_id=cramp_id, message_id=message_id)


@dataclass(frozen=True)
class PendingPick:
    """The held cramp stored at the picked time, dropped, or no longer held (expired)."""

    cramp: CrampEntry | None
    status: Literal["logged", "dropped", "expired"]
    kind: HeldKind = "future"


async def pick_pending_time(
    session: AsyncSession,
    *,
    user_id: int,
    message_id: int,
    choice: PendingChoice,
    now: datetime,
    zone: ZoneInfo,
) -> PendingPick:
    """Store the cramp held from chat message `message_id` at the chosen time, or drop it."""
    state: dict[str, Any] | None = await dialogs.load(session, user_id=user_id, name=PENDING)
    if state is None or state.get("message_id") != message_id:
        return PendingPick(None, "expired")
    await dialogs.clear(session, user_id=user_id, name=PENDING)
    kind: HeldKind = "habitual" if state.get("kind") == "habitual" else "future"
    when = None if choice == "no" else shortcut_time(choice, now=now, zone=zone)
    if when is None:
        return PendingPick(None, "dropped", kind)
    cramp = await repo.add_cramp(
        session, user_id=user_id, occurred_at=when, now=now,
        source_message_id=message_id, **state["fields"],
    )  # fmt: skip
    return PendingPick(entry_or_none(cramp), "logged", kind)


@dataclass(frozen=True)
class CardEdit:
    """The card after a button; no cramp: expired (not the user's, or a value not offered).

    "too_late": Undo pressed after UNDO_WINDOW (nothing removed, the card offers Delete);
    "confirm": Delete pressed, to be confirmed; "kept": the confirmation was cancelled;
    "day": a day of the When keypad was picked, its part of the day is asked next.
    """

    cramp: CrampEntry | None
    status: Literal[
        "updated", "opened", "undone", "too_late", "confirm", "deleted", "kept", "expired", "day"
    ]
    open_field: Field | None = None
    day: date | None = None


async def edit_card(
    session: AsyncSession,
    *,
    user_id: int,
    cramp_id: int,
    field: Field | CardCommand,
    value: str | None,
    now: datetime,
    zone: ZoneInfo,
) -> CardEdit:
    """Open the keypad of `field` or set it to `value`; undo, or delete after a confirmation.

    Opening When also opens the WHEN dialog (the next chat message may say when); any other
    press on a card closes it, since the card no longer asks.
    """
    cramp = await repo.get_cramp(session, user_id=user_id, cramp_id=cramp_id)
    if cramp is None:
        return CardEdit(None, "expired")
    if field == "time" and value is None:
        await open_when(session, user_id=user_id, cramp_id=cramp.id, now=now)
    else:
        await dialogs.clear(session, user_id=user_id, name=WHEN)
    if field == "undo" or field == "del" or field == "yes" or field == "keep":  # (narrows)
        if value is not None:
            return CardEdit(None, "expired")
        return await _command(session, cramp, field, now=now)
    if value is None:
        return CardEdit(entry_or_none(cramp), "opened", field)
    if not apply_fix(cramp, field=field, value=value, now=now, zone=zone):
        return CardEdit(None, "expired")
    return CardEdit(entry_or_none(cramp), "updated")


async def _command(
    session: AsyncSession, cramp: Cramp, command: CardCommand, *, now: datetime
) -> CardEdit:
    if command == "undo" and not can_undo(cramp, now=now):
        return CardEdit(entry_or_none(cramp), "too_late")
    if command == "del":
        return CardEdit(entry_or_none(cramp), "confirm")
    if command == "keep":
        return CardEdit(entry_or_none(cramp), "kept")
    await repo.delete_cramp(session, user_id=cramp.user_id, cramp_id=cramp.id)
    return CardEdit(entry_or_none(cramp), "undone" if command == "undo" else "deleted")


async def open_when(session: AsyncSession, *, user_id: int, cramp_id: int, now: datetime) -> None:
    """Read the user's next chat message (for WHEN_TTL) as the time of entry `cramp_id`."""
    state = {"cramp_id": cramp_id, "until": (now + WHEN_TTL).isoformat()}
    await dialogs.save(session, user_id=user_id, name=WHEN, state=state, now=now)


async def pick_day(
    session: AsyncSession,
    *,
    user_id: int,
    cramp_id: int,
    day: int,
    part: DayPart | None,
    now: datetime,
    zone: ZoneInfo,
) -> CardEdit:
    """A day of the When keypad: ask its part of the day, or (`part`) set the entry's time."""
    cramp = await repo.get_cramp(session, user_id=user_id, cramp_id=cramp_id)
    picked = day_of_code(day, now=now, zone=zone)
    if cramp is None or picked is None:
        return CardEdit(None, "expired")
    if part is None:
        return CardEdit(entry_or_none(cramp), "day", "time", day=picked)
    await dialogs.clear(session, user_id=user_id, name=WHEN)
    cramp.occurred_at, cramp.time_told = day_part_time(picked, part, zone), True
    cramp.edited_at = now
    return CardEdit(entry_or_none(cramp), "updated")


@dataclass(frozen=True)
class TypedWhen:
    """A chat message read as the time of the entry whose When was tapped.

    "none": no fresh WHEN dialog (or the message is a new cramp report without a time): the
    message is handled as usual; "updated": the entry has the new time; "future": the time
    named is still ahead (`when`), nothing changed; "unreadable": no time in the message.
    """

    status: Literal["none", "updated", "future", "unreadable"]
    cramp: CrampEntry | None = None
    when: datetime | None = None


def _new_report(parse: CrampParse) -> bool:
    """Whether a message typed after When reports a cramp of its own rather than a time:
    a cramp without a time, or one naming where, how bad or how long ("my right calf is
    cramping now"); cramps in general too. "cramp 3 days ago" is still an answer."""
    if parse.general is not None:
        return True
    details = (parse.side, parse.muscle, parse.severity, parse.duration_s)
    return parse.is_cramp and (parse.occurred_at is None or any(v is not None for v in details))


async def read_when(
    session: AsyncSession, *, user_id: int, text: str, now: datetime, zone: ZoneInfo
) -> TypedWhen:
    """Set the time of the entry whose When was tapped from a typed message, if one waits."""
    state = await dialogs.load(session, user_id=user_id, name=WHEN)
    if state is None:
        return TypedWhen("none")
    cramp = None
    try:
        fresh = now <= datetime.fromisoformat(str(state.get("until")))
    except ValueError:
        fresh = False
    if fresh and isinstance(cramp_id := state.get("cramp_id"), int):
        cramp = await repo.get_cramp(session, user_id=user_id, cramp_id=cramp_id)
    if cramp is None:  # expired, or the entry is gone
        await dialogs.clear(session, user_id=user_id, name=WHEN)
        return TypedWhen("none")
    parse = parse_cramp(text, now=now, tz=zone)
    if _new_report(parse):  # not an answer: logged (or answered) as usual
        await dialogs.clear(session, user_id=user_id, name=WHEN)
        return TypedWhen("none")
    if parse.occurred_at is None:
        return TypedWhen("unreadable", entry_or_none(cramp))
    if parse.in_future:
        return TypedWhen("future", entry_or_none(cramp), parse.occurred_at)
    await dialogs.clear(session, user_id=user_id, name=WHEN)
    cramp.occurred_at, cramp.time_told = parse.occurred_at, True
    cramp.edited_at = now
    return TypedWhen("updated", entry_or_none(cramp))


@dataclass(frozen=True)
class MessageEdit:
    """An edited chat message: its entry updated or removed, or it logged none."""

    cramp: CrampEntry | None
    status: Literal["updated", "removed", "not_logged"]


async def follow_edit(
    session: AsyncSession, *, user_id: int, message_id: int, text: str, now: datetime,
    zone: ZoneInfo, signs: Sequence[str] = (),
) -> MessageEdit:  # fmt: skip
    """Re-read an edited message against the time it was logged; update or remove its entry."""
    cramp = await repo.by_source_message(session, user_id=user_id, message_id=message_id)
    if cramp is None:
        return MessageEdit(None, "not_logged")
    parse = parse_cramp(text, now=cramp.created_at, tz=zone)
    if not parse.is_cramp:
        await repo.delete_cramp(session, user_id=user_id, cramp_id=cramp.id)
        return MessageEdit(entry_or_none(cramp), "removed")
    update_from_parse(cramp, parse, now=now, signs=signs)
    return MessageEdit(entry_or_none(cramp), "updated")
