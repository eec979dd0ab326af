"""Reminder screens: the /remind menu, confirmations, errors, the list, quiet hours, messages.

Buttons carry the codecs of `views.reminder_data`.
"""

from __future__ import annotations

from datetime import datetime, time
from typing import Literal
from zoneinfo import ZoneInfo

from bot.content.html import Html, join
from bot.content.loader import Content
from bot.db.models import Reminder
from bot.reminders.dispatcher import Outgoing
from bot.reminders.repository import Action, ActionResult, spec_of
from bot.reminders.schedule import CHECKUP, HYDRATION, STRETCH, ReminderSpec
from bot.services.reminders import Changed, Creation, Kind, Listing, QuietResult
from bot.views.knowledge import stretch_routine
from bot.views.reminder_data import ChangeData, DeliveryData, ListData, NewReminderData
from bot.views.screen import Button, Screen

LIST_NOTE_CHARS = 40


def _t(content: Content, key: str, /, **values: object) -> Html:
    return content.text(f"reminders.{key}", **values)


def _l(content: Content, key: str, /, **values: object) -> str:
    return content.label(f"reminders.{key}", **values)


def _clock(value: time) -> str:
    return f"{value:%H:%M}"


def every_text(content: Content, minutes: int) -> Html:
    """ "2 h", "45 min" or "1 h 30 min"."""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return _t(content, "every_minutes", m=rest)
    if not rest:
        return _t(content, "every_hours", h=hours)
    return _t(content, "every_hours_minutes", h=hours, m=rest)


def describe(content: Content, spec: ReminderSpec, *, note_chars: int | None = None) -> Html:
    """ "drink water every 2 h, 08:00-22:00", "bedtime stretch at 21:30", ..."""
    if spec.kind == HYDRATION:
        assert spec.interval_minutes and spec.window_start and spec.window_end
        what = _t(content, "what_hydration", every=every_text(content, spec.interval_minutes),
                  start=_clock(spec.window_start), end=_clock(spec.window_end))  # fmt: skip
    elif spec.kind == STRETCH:
        assert spec.at_time is not None
        what = _t(content, "what_stretch", time=_clock(spec.at_time))
    elif spec.once_at is not None:
        what = _t(content, "what_checkup_once", date=f"{spec.once_at:%Y-%m-%d}",
                  time=_clock(spec.once_at.time()))  # fmt: skip
    else:
        at = _clock(spec.at_time or time(9))
        if spec.every_months == 1:
            what = _t(content, "what_checkup_every_one", time=at)
        else:
            what = _t(content, "what_checkup_every", months=spec.every_months, time=at)
    if spec.note:
        note = spec.note
        if note_chars is not None and len(note) > note_chars:
            note = note[: note_chars - 1] + "…"
        what = _t(content, "with_note", what=what, note=note)
    return what


def when_text(content: Content, instant: datetime, zone: str) -> Html:
    """ "Fri 2026-11-20 21:30" in the reminder's zone."""
    local = instant.astimezone(ZoneInfo(zone))
    weekday = content.label(f"reminders.weekday_{local.weekday()}")
    return _t(content, "when", date=f"{weekday} {local:%Y-%m-%d}", time=f"{local:%H:%M}")


def forms(content: Content) -> Html:
    """ "Correct forms:" and the four typed forms."""
    return join([_t(content, "error_correct_form"), _t(content, "forms")])


def remind_menu(content: Content) -> Screen:
    """/remind alone: one-tap defaults for each kind, the typed forms, and the list."""
    kinds: tuple[Kind, ...] = ("hydration", "stretch", "checkup")
    rows: list[list[Button]] = [
        [(_l(content, f"menu_{kind}"), NewReminderData(kind).pack())] for kind in kinds
    ]
    rows.append([(_l(content, "menu_list"), ListData().pack())])
    return Screen(join([_t(content, "menu"), _t(content, "forms")]), rows)


def error_text(content: Content, code: str) -> Html:
    """What was wrong with /remind's arguments, then the correct forms."""
    return join([_t(content, f"error_{code}"), Html(""), forms(content)])


def limit_text(content: Content, limit: int) -> Html:
    """The user has the most reminders the bot keeps."""
    return _t(content, "error_limit", limit=limit)


def created_text(
    content: Content, reminder: Reminder, *, default_zone: bool, crosses_midnight: bool
) -> Html:
    """Confirmation: what was set, the next time in the user's local time, and hints."""
    spec = spec_of(reminder)
    lines = [_t(content, "created", what=describe(content, spec))]
    if reminder.next_slot is None:
        lines.append(_t(content, "never_fires"))
    else:
        when = when_text(content, reminder.next_slot, reminder.timezone)
        lines.append(_t(content, "next_at", when=when, zone=reminder.timezone))
    if crosses_midnight and spec.window_start and spec.window_end:
        lines.append(_t(content, "crosses_midnight", start=_clock(spec.window_start),
                        end=_clock(spec.window_end)))  # fmt: skip
    if default_zone:
        lines.append(_t(content, "no_timezone_hint", zone=reminder.timezone))
    if spec.kind == CHECKUP and spec.every_months:
        lines.append(_t(content, "checkup_interval_note"))
    lines.append(_t(content, "manage_hint"))
    return join(lines)


def creation_text(content: Content, creation: Creation) -> Html:
    """The answer to a request for a reminder: the confirmation, or what was wrong."""
    if creation.error is not None:
        return error_text(content, creation.error)
    if creation.limit is not None or creation.created is None:
        return limit_text(content, creation.limit or 0)
    created = creation.created
    return created_text(
        content, created.reminder, default_zone=created.zone_is_default,
        crosses_midnight=creation.crosses_midnight,
    )  # fmt: skip


def quiet_text(content: Content, quiet: tuple[time, time] | None) -> Html:
    """ "22:30-07:30" or "not set"."""
    if quiet is None:
        return _t(content, "not_set")
    return Html(f"{_clock(quiet[0])}-{_clock(quiet[1])}")


def listing_screen(content: Content, listing: Listing) -> Screen:
    """/reminders from the service's listing."""
    return reminder_list(content, listing.reminders, quiet=listing.quiet)


def changed_answer(content: Content, changed: Changed) -> str:
    """The answer to a pause / resume / delete press."""
    if not changed.applied:
        return content.label("common.button_expired")
    done = {"pause": "paused", "resume": "resumed", "delete": "deleted"}[changed.change]
    return _l(content, done)


def action_answer(content: Content, action: str, result: ActionResult) -> str:
    """The answer to Done / Snooze / Skip today / Stop: what happened, or why not."""
    if result.status in ("not_yours", "unknown"):
        return content.label("common.button_expired")
    return _l(content, f"acted_{action}" if result.ok else f"acted_{result.status}")


def reminder_list(
    content: Content, reminders: list[Reminder], *, quiet: tuple[time, time] | None
) -> Screen:
    """/reminders: one line per reminder with Pause or Resume and Delete buttons."""
    if not reminders:
        return Screen(_t(content, "list_empty"))
    lines = [_t(content, "list_title")]
    rows: list[list[Button]] = []
    for n, reminder in enumerate(reminders, start=1):
        what = describe(content, spec_of(reminder), note_chars=LIST_NOTE_CHARS)
        if reminder.paused:
            lines.append(_t(content, "list_line_paused", n=n, what=what))
        elif reminder.next_slot is None:
            lines.append(_t(content, "list_line_none", n=n, what=what))
        else:
            when = when_text(content, reminder.next_slot, reminder.timezone)
            lines.append(_t(content, "list_line", n=n, what=what, next=when))
        toggle: Literal["pause", "resume"] = "resume" if reminder.paused else "pause"
        rows.append([
            (_l(content, f"button_{toggle}", n=n), ChangeData(reminder.id, toggle).pack()),
            (_l(content, "button_delete", n=n), ChangeData(reminder.id, "delete").pack()),
        ])  # fmt: skip
    lines += [Html(""), _t(content, "list_footer", quiet=quiet_text(content, quiet))]
    return Screen(join(lines), rows)


def quiet_result_text(content: Content, result: QuietResult) -> Html:
    """The answer to /quiet: the usage and current hours, or the confirmation."""
    if result.usage:
        return quiet_usage(content, result.hours)
    return quiet_set(
        content, result.hours, crosses_midnight=result.crosses_midnight, moved=result.moved
    )


def quiet_set(
    content: Content, quiet: tuple[time, time] | None, *, crosses_midnight: bool, moved: int
) -> Html:
    """Confirmation of /quiet."""
    if quiet is None:
        lines = [_t(content, "quiet_off")]
    else:
        start, end = _clock(quiet[0]), _clock(quiet[1])
        lines = [_t(content, "quiet_set", start=start, end=end)]
        if crosses_midnight:
            lines.append(_t(content, "quiet_crosses_midnight", start=start, end=end))
    if moved:
        lines.append(_t(content, "quiet_moved", count=moved))
    return join(lines)


def quiet_usage(content: Content, quiet: tuple[time, time] | None) -> Html:
    """/quiet without (valid) arguments: the form and the current quiet hours."""
    return join([_t(content, "quiet_usage"), _t(content, "quiet_current",
                                                 quiet=quiet_text(content, quiet))])  # fmt: skip


def reminder_message(content: Content, outgoing: Outgoing) -> Screen:
    """The reminder itself: kind-specific text (the routine for stretch, the note for a
    check-up) and Done / Snooze 15 min / Snooze 1 h / Skip today / Stop."""
    lines: list[Html] = []
    if outgoing.snoozed:
        lines.append(_t(content, "message_snoozed"))
    lines.append(_t(content, f"message_{outgoing.kind}"))
    if outgoing.kind == STRETCH:
        lines += [Html(""), stretch_routine(content)]
    if outgoing.note and outgoing.kind in (CHECKUP, STRETCH):
        lines.append(_t(content, "message_note", note=outgoing.note))
    actions: tuple[Action, ...] = ("done", "snooze15", "snooze60", "skip", "stop")
    data = {action: DeliveryData(outgoing.delivery_id, action).pack() for action in actions}
    rows: list[list[Button]] = [
        [(_l(content, "button_done"), data["done"])],
        [(_l(content, "button_snooze15"), data["snooze15"]),
         (_l(content, "button_snooze60"), data["snooze60"])],
        [(_l(content, "button_skip"), data["skip"]), (_l(content, "button_stop"), data["stop"])],
    ]  # fmt: skip
    return Screen(join(lines), rows)
