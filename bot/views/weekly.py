"""The weekly summary's message and its line in /settings.

Buttons: `st:1w` and `st:4w` (/stats over the last 7 days or 4 weeks, `views.stats`), and
`rd:<delivery_id>:stop` (stop these summaries, as on any reminder message).
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from bot.content.html import Html, join
from bot.content.loader import Content
from bot.services.weekly import KIND, Setting, Summary
from bot.views.reminder_data import ChangeData, DeliveryData, NewReminderData
from bot.views.screen import Button, Screen
from bot.views.stats import StatsData


def _t(content: Content, key: str, /, **values: object) -> Html:
    return content.text(f"kind_weekly.{key}", **values)


def _l(content: Content, key: str, /, **values: object) -> str:
    return content.label(f"kind_weekly.{key}", **values)


def _since(content: Content, summary: Summary) -> Html:
    local = summary.week.start.astimezone(ZoneInfo(summary.zone))
    return _t(
        content, "since", weekday=content.label(f"cramps.weekday_{local.weekday()}"),
        day=local.day, month=content.label(f"cramps.month_{local.month}"),
        time=f"{local:%H:%M}",
    )  # fmt: skip


def _compared(content: Content, summary: Summary) -> Html:
    """One line: this week's cramps against the week before's (when it had entries)."""
    now, before = summary.week.cramps, summary.before.cramps
    if summary.before.empty:
        return _t(content, "compare_none")
    if now < before:
        return _t(content, "compare_fewer", n=before - now, before=before)
    if now > before:
        return _t(content, "compare_more", n=now - before, before=before)
    return _t(content, "compare_same")


def summary(content: Content, found: Summary) -> Screen:
    """The week in a few lines: cramps logged and the comparison, the nights answered, the
    stretches done and check-ins answered (each only when there were any), the note; buttons
    to /stats and to stop."""
    week = found.week
    lines = [
        _t(content, "title", since=_since(content, found)),
        _t(content, "cramps", n=week.cramps),
        _compared(content, found),
    ]
    if week.nights.checked:
        lines.append(_t(content, "nights", checked=week.nights.checked, free=week.nights.free,
                        rate=week.nights.per_night))  # fmt: skip
    kept = week.adherence
    if kept.stretch_sent:
        lines.append(_t(content, "stretch", done=kept.stretch_done, sent=kept.stretch_sent))
    if kept.checkin_sent:
        lines.append(_t(content, "checkins", answered=kept.checkin_answered,
                        sent=kept.checkin_sent))  # fmt: skip
    if found.note:
        lines.append(content.text("reminders.message_note", note=found.note))
    rows: list[list[Button]] = [
        [(_l(content, "button_week"), StatsData("1w").pack()),
         (_l(content, "button_weeks"), StatsData("4w").pack())],
        [(_l(content, "button_stop"), DeliveryData(found.delivery_id, "stop").pack())],
    ]  # fmt: skip
    return Screen(join(lines), rows)


def in_settings(content: Content, screen: Screen, weekly: Setting) -> Screen:
    """/settings with the weekly summary's line added: a button to turn it on, or to resume it."""
    if weekly.reminder_id is None:
        line = _t(content, "settings_off")
        row: Button | None = (_l(content, "button_turn_on"), NewReminderData(KIND).pack())
    elif weekly.paused:
        line = _t(content, "settings_paused")
        row = (_l(content, "button_resume"), ChangeData(weekly.reminder_id, "resume").pack())
    else:
        day = content.label(f"kind_weekly.day_{weekly.weekday}")
        line, row = _t(content, "settings_on", day=day, time=f"{weekly.at:%H:%M}"), None
    buttons = [*screen.buttons, [row]] if row is not None else screen.buttons
    return Screen(join([screen.text, line]), buttons)
