"""The insights screen (from /stats' button `in:show`): one short paragraph per insight, then
the bedtime stretch one tap away, a stretch reminder (for a user without one), the entry on
exercise and cramps, the check-in's activity question (for a user who has not turned it on)
and, when cramps are rising, when to see a doctor."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from bot.content.html import Html, join
from bot.content.loader import Content
from bot.reports.insights import Insight
from bot.services.insights import Found
from bot.services.stats import STRETCH
from bot.views.callback_data import CallbackData
from bot.views.checkin import ActiveQuestionData
from bot.views.knowledge_data import KnowledgeData
from bot.views.reminder_data import NewReminderData
from bot.views.screen import Button, Screen


@dataclass(frozen=True, slots=True)
class InsightsData(CallbackData, prefix="in"):
    """`in:show`: the insights screen."""

    show: Literal["show"] = field(default="show", kw_only=True)


def open_button(content: Content) -> Button:
    """The button that opens the insights (under /stats)."""
    return content.label("insights.button_open"), InsightsData().pack()


def _key(insight: Insight, found: Found) -> str:
    if insight.name == "active" and not found.asks_active and insight.basis == 0:
        return "active_off" if found.checkin_on else "active_off_checkin_off"
    if not insight.enough:
        return f"{insight.name}_few"
    if insight.name == "time":
        return "time_clustered" if insight.values["clustered"] else "time_spread"
    if insight.name == "trend":
        return "trend_rising" if insight.values["rising"] else "trend_steady"
    return insight.name


def screen(content: Content, found: Found) -> Screen:
    """Each insight with what it rests on; the stretch, a reminder, exercise and cramps, the
    activity question, the doctor page."""
    lines: list[Html] = [content.text("insights.title")]
    rising = False
    for insight in found.insights:
        values = {**insight.values, "n": insight.basis}
        lines.append(content.text(f"insights.{_key(insight, found)}", **values))
        rising = rising or (insight.name == "trend" and bool(insight.values.get("rising")))
    lines.append(content.text("insights.note"))
    rows: list[list[Button]] = [[(content.label("insights.button_routine"),
                                  KnowledgeData("prevent", "routine").pack())]]  # fmt: skip
    if not found.has_stretch_reminder:
        rows.append([(content.label("insights.button_remind"), NewReminderData(STRETCH).pack())])
    rows.append([(content.label("insights.button_exercise"),
                  KnowledgeData("cause", "overexertion").pack())])  # fmt: skip
    if not found.asks_active:
        rows.append([(content.label("insights.button_ask_active"),
                      ActiveQuestionData("on").pack())])  # fmt: skip
    if rising:
        rows.append([(content.label("insights.button_doctor"), KnowledgeData("doctor").pack())])
    return Screen(join(lines, sep="\n\n"), rows)
