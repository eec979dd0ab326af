"""Reminder screens: the /remind menu, confirmations, errors, the list, quiet hours, messages.

Buttons carry the codecs of `views.reminder_data`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from typing import Literal
from zoneinfo import ZoneInfo

from bot.content.html import Html, join
from bot.content.loader import Content
from bot.reminders.dispatcher import Outgoing
from bot.reminders.kinds import KINDS, Every, ReminderKind, kind
from bot.reminders.repository import Action, ActionResult
from bot.reminders.schedule import Quiet, ReminderSpec, real_wall
from bot.services.entries import ReminderEntry
from bot.services.reminders import (
    Changed,
    Creation,
    Listing,
    PendingResult,
    QuietConflict,
    QuietResult,
    menu_kinds,
)
from bot.views.guide import start_button
from bot.views.knowledge import stretch_routine
from bot.views.menu import MenuData
from bot.views.reminder_data import (
    ChangeData,
    DeliveryData,
    ListData,
    NewReminderData,
    PendingData,
)
from bot.views.screen import Button, Screen

LIST_NOTE_CHARS = 40
# Blocks a kind may add to its message after its text (`ReminderKind.extras`).
EXTRAS: dict[str, Callable[[Content], Html]] = {"stretch_routine": stretch_routine}
# Buttons a kind puts before Done (`ReminderKind.actions`), given the delivery's id.
ACTIONS: dict[str, Callable[[Content, int], Button]] = {"guide": start_button}


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


def _value(content: Content, value: object) -> object:
    """A description value as shown: times as 21:30, dates as 2027-03-01, `Every` as 2 h."""
    if isinstance(value, Every):
        return every_text(content, value.minutes)
    if isinstance(value, time):
        return _clock(value)
    if isinstance(value, date):
        return f"{value:%Y-%m-%d}"
    return value


def kind_text(content: Content, of: ReminderKind, key: str, /, **values: object) -> Html:
    """One of the kind's texts (content/<lang>/ui/kind_<name>.yaml)."""
    return content.text(f"{of.content}.{key}", **values)


def _really(spec: ReminderSpec, values: dict[str, object], quiet: Quiet | None) -> bool:
    """Put the time (and date) a kind that waits for the end of quiet hours really comes at
    into `values`; True when it differs from the time set."""
    at, day = values.get("time"), values.get("date")
    if not isinstance(at, time):
        return False
    wall = datetime.combine(day if isinstance(day, date) else date(2000, 1, 3), at)
    real = real_wall(spec.kind, wall, quiet)
    if real == wall:
        return False
    values["time"] = real.time()
    if isinstance(day, date):
        values["date"] = real.date()
    return True


def describe(
    content: Content,
    spec: ReminderSpec,
    *,
    note_chars: int | None = None,
    quiet: Quiet | None = None,
) -> Html:
    """ "drink water every 2 h, 08:00-22:00", "bedtime stretch at 21:30", ...; with `quiet`, a
    check-up whose time falls inside quiet hours shows the time it really comes."""
    of = kind(spec.kind)
    key, values = of.describe(spec)
    values = dict(values)
    moved = _really(spec, values, quiet)
    what = kind_text(content, of, key, **{k: _value(content, v) for k, v in values.items()})
    if moved and quiet is not None:
        what = _t(content, "after_quiet", what=what, start=_clock(quiet[0]),
                  end=_clock(quiet[1]))  # fmt: skip
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
    """ "Correct forms:" and each kind's typed forms."""
    return join([_t(content, "error_correct_form"), kind_forms(content)])


def kind_forms(content: Content) -> Html:
    """Every kind's typed forms, in menu order."""
    return join([kind_text(content, of, "forms") for of in menu_kinds()])


def remind_menu(content: Content) -> Screen:
    """/remind alone: one-tap defaults for each kind, the typed forms, and the list."""
    rows: list[list[Button]] = [
        [(content.label(f"{of.content}.menu"), NewReminderData(of.name).pack())]
        for of in menu_kinds()
    ]
    rows.append([(_l(content, "menu_list"), ListData().pack())])
    return Screen(join([_t(content, "menu"), kind_forms(content)]), rows)


def error_text(
    content: Content, code: str, kind_name: str | None = None, text: str | None = None
) -> Html:
    """What was wrong with /remind's arguments (the kind's own text for the code when it has
    one; the words that could not be read quoted first), then the correct forms."""
    of = KINDS.get(kind_name or "")
    lines: list[Html] = []
    if text and f"reminders.unread_{code}" in content.ui.templates:
        lines.append(_t(content, f"unread_{code}", text=text))
    if of is not None and f"{of.content}.error_{code}" in content.ui.templates:
        lines.append(kind_text(content, of, f"error_{code}"))
    elif code == "unknown_kind":
        names = [_t(content, "kind_name", name=content.label(f"{k.content}.name"))
                 for k in menu_kinds()]  # fmt: skip
        lines.append(_t(content, "error_unknown_kind", kinds=Html(", ".join(names))))
    else:
        lines.append(_t(content, f"error_{code}"))
    return join([join(lines, " "), Html(""), forms(content)])


def limit_text(content: Content, limit: int) -> Html:
    """The user has the most reminders the bot keeps."""
    return _t(content, "error_limit", limit=limit)


def created_text(
    content: Content,
    reminder: ReminderEntry,
    *,
    default_zone: bool,
    crosses_midnight: bool,
    quiet: Quiet | None = None,
) -> Html:
    """Confirmation: what was set, the next time in the user's local time, and hints."""
    spec = reminder.spec
    lines = [_t(content, "created", what=describe(content, spec, quiet=quiet))]
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
    of = kind(spec.kind)
    lines += [kind_text(content, of, key) for key in of.created_notes(spec)]
    lines.append(_t(content, "manage_hint"))
    return join(lines)


def creation_screen(content: Content, creation: Creation) -> Screen:
    """The answer to a request for a reminder: the confirmation; or what was wrong; or "you
    already have this" (with Resume when it is paused); or the quiet-hours question."""
    if creation.error is not None:
        return Screen(error_text(content, creation.error, creation.error_kind,
                                 creation.error_text))  # fmt: skip
    if creation.duplicate is not None:
        return duplicate_screen(content, creation.duplicate)
    if creation.conflict is not None:
        return conflict_screen(content, creation.conflict)
    if creation.limit is not None or creation.created is None:
        return Screen(limit_text(content, creation.limit or 0))
    created = creation.created
    return Screen(created_text(
        content, created.reminder, default_zone=created.zone_is_default,
        crosses_midnight=creation.crosses_midnight, quiet=created.quiet,
    ))  # fmt: skip


def duplicate_screen(content: Content, reminder: ReminderEntry) -> Screen:
    """ "You already have this reminder", with a Resume button when it is paused."""
    what = describe(content, reminder.spec)
    if not reminder.paused:
        return Screen(join([_t(content, "duplicate", what=what), _t(content, "manage_hint")]))
    rows = [[(_l(content, "button_resume_it"), ChangeData(reminder.id, "resume").pack())]]
    return Screen(_t(content, "duplicate_paused", what=what), rows)


def conflict_screen(content: Content, conflict: QuietConflict) -> Screen:
    """A reminder quiet hours would keep from ever coming: move it, change them, or cancel."""
    start, end = _clock(conflict.quiet[0]), _clock(conflict.quiet[1])
    what = describe(content, conflict.spec)
    rows: list[list[Button]] = []
    if conflict.move_to is not None:
        move = _l(content, "button_move_to", time=_clock(conflict.move_to))
        rows.append([(move, PendingData(conflict.token, "move").pack())])
    rows.append(
        [(_l(content, "button_change_quiet"), PendingData(conflict.token, "quiet").pack())]
    )
    rows.append([(_l(content, "button_cancel"), PendingData(conflict.token, "cancel").pack())])
    return Screen(_t(content, "quiet_conflict", what=what, start=start, end=end), rows)


def pending_screen(content: Content, result: PendingResult) -> Screen:
    """After a press on the quiet-hours question."""
    if result.choice == "cancel":
        return Screen(_t(content, "pending_cancelled"))
    if result.choice == "quiet":
        return Screen(join([_t(content, "pending_quiet"), Html(""),
                            quiet_usage(content, result.quiet)]))  # fmt: skip
    assert result.creation is not None
    return creation_screen(content, result.creation)


def quiet_text(content: Content, quiet: tuple[time, time] | None) -> Html:
    """ "22:30-07:30" or "not set"."""
    if quiet is None:
        return _t(content, "not_set")
    return Html(f"{_clock(quiet[0])}-{_clock(quiet[1])}")


def listing_screen(content: Content, listing: Listing) -> Screen:
    """/reminders from the service's listing."""
    return reminder_list(content, listing.reminders, quiet=listing.quiet, snoozed=listing.snoozed)


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
    content: Content,
    reminders: list[ReminderEntry],
    *,
    quiet: tuple[time, time] | None,
    snoozed: dict[int, datetime] | None = None,
) -> Screen:
    """/reminders: a header with the count, one line per reminder (a snoozed one at its new
    time, a check-up in quiet hours at the time it really comes) with Pause or Resume and
    Delete buttons; with none, how to add one."""
    if not reminders:
        rows_empty = [[(_l(content, "button_add"), MenuData("remind").pack())]]
        return Screen(_t(content, "list_empty"), rows_empty)
    snoozed = snoozed or {}
    count = len(reminders)
    lines = [
        _t(content, "list_title_one") if count == 1 else _t(content, "list_title", count=count)
    ]
    rows: list[list[Button]] = []
    for n, reminder in enumerate(reminders, start=1):
        spec = reminder.spec
        what = describe(content, spec, note_chars=LIST_NOTE_CHARS, quiet=quiet)
        snooze = snoozed.get(reminder.id)
        if reminder.paused:
            lines.append(_t(content, "list_line_paused", n=n, what=what))
        elif snooze is not None and (reminder.next_slot is None or snooze < reminder.next_slot):
            when = when_text(content, snooze, reminder.timezone)
            lines.append(_t(content, "list_line_snoozed", n=n, what=what, next=when))
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


def quiet_result_screen(content: Content, result: QuietResult) -> Screen:
    """The answer to /quiet, and what became of a reminder held for new quiet hours."""
    if result.usage:
        usage = quiet_usage(content, result.hours)
        if result.error is None:
            return Screen(usage)
        problem = _t(content, f"quiet_error_{result.error}", text=result.error_text or "")
        return Screen(join([problem, Html(""), usage]))
    text = quiet_set(
        content, result.hours, crosses_midnight=result.crosses_midnight, moved=result.moved
    )
    if result.pending is None:
        return Screen(text)
    after = creation_screen(content, result.pending)
    return Screen(join([text, Html(""), after.text]), after.buttons)


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


def late_line(content: Content, outgoing: Outgoing) -> Html | None:
    """A line for a reminder an outage (or the bot down) held back, else None."""
    if outgoing.late_by is None:
        return None
    return _t(
        content, "message_late", name=kind_text(content, kind(outgoing.kind), "name"),
        time=_clock(outgoing.slot.astimezone(ZoneInfo(outgoing.zone)).time()),
        late=every_text(content, max(1, round(outgoing.late_by.total_seconds() / 60))),
    )  # fmt: skip


def reminder_message(content: Content, outgoing: Outgoing) -> Screen:
    """The reminder itself: a line when it goes out late, the kind's text and extras (the
    routine for stretch), the note, and Done / Snooze 15 min / Snooze 1 h / Skip today /
    Stop, after the kind's own buttons (stretch: Start, the guided stretch)."""
    of = kind(outgoing.kind)
    late = late_line(content, outgoing)
    lines: list[Html] = [] if late is None else [late]
    if outgoing.snoozed:
        lines.append(_t(content, "message_snoozed"))
    lines.append(kind_text(content, of, "message"))
    for extra in of.extras:
        lines += [Html(""), EXTRAS[extra](content)]
    if outgoing.note:
        lines.append(_t(content, "message_note", note=outgoing.note))
    actions: tuple[Action, ...] = ("done", "snooze15", "snooze60", "skip", "stop")
    data = {action: DeliveryData(outgoing.delivery_id, action).pack() for action in actions}
    rows: list[list[Button]] = [
        [*(ACTIONS[a](content, outgoing.delivery_id) for a in of.actions),
         (_l(content, "button_done"), data["done"])],
        [(_l(content, "button_snooze15"), data["snooze15"]),
         (_l(content, "button_snooze60"), data["snooze60"])],
        [(_l(content, "button_skip"), data["skip"]), (_l(content, "button_stop"), data["stop"])],
    ]  # fmt: skip
    return Screen(join(lines), rows)
