"""Screens for logged cramps: the one-glance card, fix keypads, red-flag alert, history."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.content.html import Html, escape, join
from bot.content.loader import Content
from bot.parsing.cramp import MUSCLES, SIDES
from bot.reports import labels
from bot.reports.labels import duration_text
from bot.services.cramp_log import (
    DAY_PARTS,
    DURATIONS_S,
    SEVERITIES,
    TIME_SHORTCUTS,
    Field,
    can_undo,
    day_code,
    recent_days,
)
from bot.services.entries import CrampEntry
from bot.services.guided_log import SKIP, STEPS
from bot.services.history import PAGE_SIZE
from bot.services.reminders import CHECKUP_SOON_HOURS
from bot.views.cramp_buttons import (
    CardAction,
    CardDay,
    CardDayPart,
    CardFix,
    EntryFix,
    EntryKeypad,
    GuidedStep,
    HistoryItem,
    HistoryNav,
    PendingTime,
)
from bot.views.keyboards import ReplyKeys
from bot.views.reminder_data import SoonReminderData
from bot.views.screen import Button, Screen


def _t(content: Content, key: str, /, **values: object) -> Html:
    return content.text(f"cramps.{key}", **values)


def _l(content: Content, key: str, /, **values: object) -> str:
    return content.label(f"cramps.{key}", **values)


def when_text(content: Content, when: datetime, *, now: datetime, zone: ZoneInfo) -> Html:
    """ "today 03:00", "yesterday 23:40" or "2026-11-18 22:10", in the user's zone."""
    local, today = when.astimezone(zone), now.astimezone(zone).date()
    clock = f"{local.hour:02d}:{local.minute:02d}"  # strftime costs several times more
    if local.date() == today:
        return _t(content, "today_at", time=clock)
    if local.date() == today - timedelta(days=1):
        return _t(content, "yesterday_at", time=clock)
    return _t(content, "date_at", date=local.date().isoformat(), time=clock)


def entry_when(content: Content, cramp: CrampEntry, *, now: datetime, zone: ZoneInfo) -> Html:
    """`when_text` of an entry; for one whose message named no time, when it was written,
    said as such ("written today 09:15, no time given")."""
    when = when_text(content, cramp.occurred_at, now=now, zone=zone)
    return when if cramp.time_told else _t(content, "when_untold", value=when)


def day_text(content: Content, when: datetime, *, now: datetime, zone: ZoneInfo) -> str:
    """ "Tue 25 Nov" in the user's zone, with the year when it is not this year's."""
    local = when.astimezone(zone)
    day = _l(content, "day", weekday=_l(content, f"weekday_{local.weekday()}"), day=local.day,
             month=_l(content, f"month_{local.month}"))  # fmt: skip
    if local.year != now.astimezone(zone).year:
        return _l(content, "day_year", day=day, year=local.year)
    return day


def where_text(content: Content, cramp: CrampEntry) -> Html:
    """ "left calf", "both calves", "calf", "left leg" or "not said" (`labels.where`)."""
    return escape(labels.where(content, cramp.side, cramp.muscle))


def summary_text(content: Content, cramp: CrampEntry, *, now: datetime, zone: ZoneInfo) -> Html:
    """What an entry is, in one line: "left calf, Tue 25 Nov 03:00, 7/10" (the day alone when
    no time was given)."""
    parts = [labels.where(content, cramp.side, cramp.muscle)] if cramp.side or cramp.muscle else []
    day = day_text(content, cramp.occurred_at, now=now, zone=zone)
    local = cramp.occurred_at.astimezone(zone)
    parts.append(f"{day} {local:%H:%M}" if cramp.time_told else day)
    if cramp.severity is not None:
        parts.append(labels.severity(content, cramp.severity))
    return escape(", ".join(parts))


def severity_text(content: Content, severity: int | None) -> Html:
    """ "7/10" or "not said"."""
    if severity is None:
        return _t(content, "unknown")
    return _t(content, "severity_value", value=severity)


def _keypad(content: Content, field: Field, data: Callable[[str], str]) -> list[list[Button]]:
    """The choices for `field`, each button's callback data being `data(value)`."""
    if field == "sev":
        row = [(str(n), data(str(n))) for n in SEVERITIES]
        return [row[:5], row[5:]]
    if field == "side":
        return [[(_l(content, f"side_{s}"), data(s)) for s in SIDES]]
    if field == "mus":
        row = [(_l(content, f"button_muscle_{m}"), data(m)) for m in MUSCLES]
        return [row[:4], row[4:7], row[7:11], row[11:]]  # the leg first, then the rest
    if field == "time":
        return [[(_l(content, f"time_{s}"), data(s)) for s in TIME_SHORTCUTS]]
    row = [(_l(content, f"dur_{d}"), data(str(d))) for d in DURATIONS_S]
    return [row[:3], row[3:]]


def _time_keypad(
    content: Content,
    *,
    now: datetime,
    zone: ZoneInfo,
    shortcut: Callable[[str], str],
    page: int | None,
    cramp_id: int,
    day: date | None,
) -> tuple[list[Html], list[list[Button]]]:
    """The When keypad: shortcuts and the last days, or (a day picked) the parts of that day.

    Returns the lines to add under the card and the rows of buttons.
    """
    if day is not None:
        noon = datetime(day.year, day.month, day.day, 12, tzinfo=zone)
        ask = _t(content, "ask_day_part", day=day_text(content, noon, now=now, zone=zone))
        parts = [
            (_l(content, f"part_{part}", time=f"{hour:02d}:00"),
             CardDayPart(cramp_id, "at", day_code(day), part, page).pack())
            for part, hour in DAY_PARTS.items()
        ]  # fmt: skip
        return [ask], [parts[:2], parts[2:]]
    days = [
        (_l(content, "day_short", weekday=_l(content, f"weekday_{d.weekday()}"), day=d.day),
         CardDay(cramp_id, "day", day_code(d), page).pack())
        for d in recent_days(now=now, zone=zone)
    ]  # fmt: skip
    shortcuts = [(_l(content, f"time_{s}"), shortcut(s)) for s in TIME_SHORTCUTS]
    return [_t(content, "when_type_hint")], [shortcuts, days[:4], days[4:]]


FIX_BUTTONS: tuple[tuple[Field, str], ...] = (
    ("sev", "button_severity"), ("side", "button_side"), ("mus", "button_muscle"),
    ("time", "button_time"), ("dur", "button_duration"),
)  # fmt: skip


def _card_screen(
    content: Content,
    cramp: CrampEntry,
    *,
    title: Html,
    now: datetime,
    zone: ZoneInfo,
    note: Html | None,
    open_field: Field | None,
    footer: Html | None,
    keypad: Callable[[Field], Callable[[str], str]],
    opener: Callable[[Field], str],
    page: int | None = None,
    day: date | None = None,
) -> Screen:
    """A card's text, the open keypad and the row of fix buttons (callback data given).

    The When keypad also offers the last days (their buttons carry `page`, the /history
    page the entry was opened from) and invites a typed time; after a day was picked (`day`)
    it offers that day's parts, and When stays in the row to go back to the days.
    """
    lines = [
        title,
        _t(content, "card_when", value=entry_when(content, cramp, now=now, zone=zone)),
        _t(content, "card_where", value=where_text(content, cramp)),
        _t(content, "card_severity", value=severity_text(content, cramp.severity)),
        _t(content, "card_duration", value=duration_text(content, cramp.duration_s)),
    ]
    if note is not None:
        lines += [Html(""), note]
    buttons: list[list[Button]] = []
    if open_field is not None:
        if note is None and (cramp.severity is None or cramp.side is None):
            lines += [Html(""), _t(content, "ask_missing")]
        if open_field == "time":
            extra, rows = _time_keypad(
                content, now=now, zone=zone, shortcut=keypad("time"), page=page,
                cramp_id=cramp.id, day=day,
            )  # fmt: skip
            lines += [Html(""), *extra]
            buttons += rows
        else:
            buttons += _keypad(content, open_field, keypad(open_field))
    if footer is not None:
        lines += [Html(""), footer]
    hidden = open_field if day is None else None
    row = [(_l(content, key), opener(field)) for field, key in FIX_BUTTONS if field != hidden]
    buttons += [row[:3], row[3:]]
    return Screen(join(lines), [r for r in buttons if r])


def card(
    content: Content,
    cramp: CrampEntry,
    *,
    now: datetime,
    zone: ZoneInfo,
    updated: bool = False,
    note: Html | None = None,
    open_field: Field | None = None,
    auto_open: bool = True,
    footer: Html | None = None,
    day: date | None = None,
) -> Screen:
    """The one-glance card of a cramp just logged, with buttons to fix each field.

    The last button is Undo for UNDO_WINDOW after logging, then Delete (which asks first).
    With `auto_open`, a missing severity or side gets its keypad straight away (one
    optional tap); `open_field` shows the keypad of that field instead (with `day`, When
    asks the part of that day).
    """
    cid = cramp.id
    if auto_open and open_field is None and cramp.severity is None:
        open_field = "sev"
    elif auto_open and open_field is None and cramp.side is None:
        open_field = "side"
    screen = _card_screen(
        content, cramp, title=_t(content, "card_title_updated" if updated else "card_title"),
        now=now, zone=zone, note=note, open_field=open_field, footer=footer,
        keypad=lambda field: lambda value: CardFix(cid, field, value).pack(),
        opener=lambda field: CardAction(cid, field).pack(), day=day,
    )  # fmt: skip
    if can_undo(cramp, now=now):
        last = (_l(content, "button_undo"), CardAction(cid, "undo").pack())
    else:
        last = (_l(content, "button_delete"), CardAction(cid, "del").pack())
    return Screen(screen.text, [*screen.buttons, [last]])


def delete_question(
    content: Content, cramp: CrampEntry, *, now: datetime, zone: ZoneInfo, yes: str, cancel: str
) -> Screen:
    """Ask before deleting an entry, naming it; `yes` and `cancel` are the buttons' data."""
    summary = summary_text(content, cramp, now=now, zone=zone)
    return Screen(
        _t(content, "delete_question", entry=summary),
        [[(_l(content, "button_delete_yes"), yes), (_l(content, "button_cancel"), cancel)]],
    )


def deleted_text(content: Content, cramp: CrampEntry, *, now: datetime, zone: ZoneInfo) -> Html:
    """ "Deleted: left calf, Tue 25 Nov 03:00, 7/10"."""
    return _t(content, "deleted_entry", entry=summary_text(content, cramp, now=now, zone=zone))


def undone_text(content: Content, cramp: CrampEntry, *, now: datetime, zone: ZoneInfo) -> Html:
    """ "Undone: left calf, Tue 25 Nov 03:00, 7/10 is no longer in your log"."""
    return _t(content, "undone", entry=summary_text(content, cramp, now=now, zone=zone))


def pending_time_question(content: Content, message_id: int, when: Html) -> Screen:
    """Ask when the cramp held from chat message `message_id` happened (its time is ahead)."""
    row = [(_l(content, f"time_{s}"), PendingTime(message_id, s).pack()) for s in TIME_SHORTCUTS]
    return Screen(
        _t(content, "ask_future", when=when),
        [row, [(_l(content, "button_undo"), PendingTime(message_id, "no").pack())]],
    )


def habitual_offer(content: Content, message_id: int) -> Screen:
    """Answer "I always get calf cramps": nothing logged; offer to log last night's cramp."""
    return Screen(
        _t(content, "habitual_offer"),
        [[(_l(content, "button_log_last_night"), PendingTime(message_id, "night").pack()),
          (_l(content, "button_no_thanks"), PendingTime(message_id, "no").pack())]],
    )  # fmt: skip


def pregnancy_answer(content: Content) -> Screen:
    """Answer "I am pregnant and get cramps": where to read about it; nothing is logged."""
    return Screen(_t(content, "pregnancy_answer"))


GUIDED_TEXT = {"time": "guided_time", "mus": "guided_muscle", "side": "guided_side",
               "sev": "guided_severity", "dur": "guided_duration"}  # fmt: skip


def guided_step(content: Content, step: int) -> Screen:
    """One step of /log: the question, its choices and Skip."""
    field = STEPS[step]
    rows = _keypad(content, field, lambda value: GuidedStep(step, value).pack())
    rows.append([(content.label("common.skip"), GuidedStep(step, SKIP).pack())])
    return Screen(_t(content, GUIDED_TEXT[field]), rows)


HISTORY_PAGE = PAGE_SIZE


def history_page(
    content: Content,
    entries: list[CrampEntry],
    *,
    page: int,
    total: int,
    now: datetime,
    zone: ZoneInfo,
    note: Html | None = None,
) -> Screen:
    """A page of the history, newest first, with an Open button per entry and paging.

    A `note` (what was just deleted) comes first.
    """
    head = [note, Html("")] if note is not None else []
    if total == 0:
        return Screen(join([*head, _t(content, "history_empty")]))
    first = page * HISTORY_PAGE + 1
    lines = [
        *head,
        _t(content, "history_title", first=first, last=first + len(entries) - 1, total=total),
    ]
    opens: list[Button] = []
    for n, cramp in enumerate(entries, start=first):
        lines.append(
            _t(content, "history_line", n=n,
               when=entry_when(content, cramp, now=now, zone=zone),
               where=where_text(content, cramp), severity=severity_text(content, cramp.severity),
               duration=duration_text(content, cramp.duration_s))
        )  # fmt: skip
        opens.append((_l(content, "history_open", n=n), HistoryItem("o", cramp.id, page).pack()))
    nav: list[Button] = []
    if page > 0:
        nav.append((_l(content, "history_newer"), HistoryNav("p", page - 1).pack()))
    if first - 1 + len(entries) < total:
        nav.append((_l(content, "history_older"), HistoryNav("p", page + 1).pack()))
    return Screen(join(lines), [opens[:3], opens[3:], nav])


def history_entry(
    content: Content,
    cramp: CrampEntry,
    *,
    page: int,
    now: datetime,
    zone: ZoneInfo,
    updated: bool = False,
    open_field: Field | None = None,
    day: date | None = None,
) -> Screen:
    """One entry opened from the history: its own header, fix buttons, Delete and Back."""
    cid, title_day = cramp.id, day_text(content, cramp.occurred_at, now=now, zone=zone)
    screen = _card_screen(
        content, cramp, title=_t(content, "entry_title_updated" if updated else "entry_title",
                                 day=title_day),
        now=now, zone=zone, note=None, open_field=open_field, footer=None,
        keypad=lambda field: lambda value: EntryFix("v", cid, page, field, value).pack(),
        opener=lambda field: EntryKeypad("f", cid, page, field).pack(), page=page, day=day,
    )  # fmt: skip
    rows = [*screen.buttons,
            [(_l(content, "button_delete"), HistoryItem("d", cid, page).pack()),
             (_l(content, "history_back"), HistoryNav("p", page).pack())]]  # fmt: skip
    return Screen(screen.text, rows)


def checkup_offer(content: Content, week_count: int, *, frequent: bool) -> Screen:
    """Suggest booking a check-up after frequent cramps or a sign whose level is a routine
    appointment, with a one-tap reminder (never after a final alert)."""
    if frequent:
        text = _t(content, "suggest_checkup_frequent", count=week_count)
    else:
        text = _t(content, "suggest_checkup_sign")
    hours = [
        (_l(content, "button_checkup_at", hour=f"{hour:02d}:00"), SoonReminderData(hour).pack())
        for hour in CHECKUP_SOON_HOURS
    ]
    return Screen(text, [hours])


def now_keys(content: Content) -> ReplyKeys:
    """The button under the chat that logs a cramp now (/now)."""
    return ReplyKeys.of(_l(content, "now_button"))
