"""The morning check-in's screens: the question (or the confirmation of a night already
logged, or the pause notice), the count noted with the sleep question, the sleep noted, and
(for a user who opted in) whether the day before was more active than usual.

Buttons: `ci:<delivery_id>:n:<count>` (0-3, 3 is "3 or more"), `ci:<delivery_id>:all:0`
("that was all": the cramps logged), `ci:<delivery_id>:s:<score>` (sleep, 0-10),
`ci:<delivery_id>:skip:0`, `ci:<delivery_id>:a:<1|0>` (a more active day: yes, no) and
`ci:<delivery_id>:askip:0`; the pause notice's Resume is the reminder list's `rm:<id>:resume`.
`ca:on` / `ca:off` turn the activity question on or off (the insights, /settings).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from bot.content.html import Html, join
from bot.content.loader import Content
from bot.services.checkin import KIND, MOST, ActiveQuestion, Answer, Prompt, Setting, TurnedOn
from bot.views.callback_data import CallbackData
from bot.views.reminder_data import ChangeData, NewReminderData
from bot.views.screen import Button, Screen

Step = Literal["n", "all", "s", "skip", "a", "askip"]


@dataclass(frozen=True, slots=True)
class CheckinData(CallbackData, prefix="ci"):
    """`ci:<delivery_id>:<step>:<value>`: an answer to the check-in sent as that delivery."""

    delivery_id: int
    step: Step
    value: int = 0


@dataclass(frozen=True, slots=True)
class ActiveQuestionData(CallbackData, prefix="ca"):
    """`ca:on` / `ca:off`: the check-in asks, or no longer asks, about the day before."""

    turn: Literal["on", "off"]


def _t(content: Content, key: str, /, **values: object) -> Html:
    return content.text(f"checkin.{key}", **values)


def _l(content: Content, key: str, /, **values: object) -> str:
    return content.label(f"checkin.{key}", **values)


def _b(content: Content, delivery_id: int, key: str, step: Step, value: int = 0, **v: object
       ) -> Button:  # fmt: skip
    return _l(content, key, **v), CheckinData(delivery_id, step, value).pack()


def ask(content: Content, prompt: Prompt) -> Screen:
    """The check-in itself: the question, a night already logged to confirm, or the notice
    that it pauses after going unanswered."""
    d = prompt.delivery_id
    if prompt.pause:
        resume = (_l(content, "button_resume"), ChangeData(prompt.reminder_id, "resume").pack())
        return Screen(_t(content, "paused"), [[resume]])
    n = len(prompt.logged)
    if not n:
        counts = [_b(content, d, "button_count", "n", k, n=k) for k in range(1, MOST)]
        counts.append(_b(content, d, "button_three", "n", MOST))
        return Screen(_t(content, "ask"), [[_b(content, d, "button_none", "n", 0)], counts])
    times = ", ".join(f"{at:%H:%M}" for at in prompt.logged)
    text = (
        _t(content, "logged_one", times=times)
        if n == 1
        else _t(content, "logged_many", n=n, times=times)
    )
    more = [
        _b(content, d, "button_more_three", "n", MOST) if k == MOST
        else _b(content, d, "button_more", "n", k, n=k)
        for k in range(n + 1, MOST + 1)
    ]  # fmt: skip
    rows = [[_b(content, d, "button_all", "all")]]
    if more:
        rows.append(more)
    return Screen(text, rows)


def _noted(content: Content, answer: Answer) -> Html:
    if answer.cramps == 0:
        return _t(content, "noted_none")
    if answer.cramps == 1:
        return _t(content, "noted_one")
    return (
        _t(content, "noted_three")
        if answer.cramps == MOST
        else _t(content, "noted_many", n=answer.cramps)
    )


def _so_far(content: Content, answer: Answer) -> list[Html]:
    lines = [_noted(content, answer)]
    if answer.sleep is not None:
        lines.append(_t(content, "noted_sleep", score=answer.sleep))
    if answer.active is not None:
        lines.append(_t(content, "noted_active" if answer.active else "noted_not_active"))
    return lines


def answered(content: Content, delivery_id: int, answer: Answer) -> Screen:
    """The night as noted so far, with the question that comes next: how much the cramps
    disturbed sleep (0-10), then, when the user opted in, whether the day before was more
    active than usual (Yes / No / Skip); none: the night noted in full."""
    d = delivery_id
    if answer.asks == "sleep":
        scores = [(str(k), CheckinData(d, "s", k).pack()) for k in range(11)]
        rows = [scores[:6], scores[6:], [_b(content, d, "button_skip", "skip")]]
        return Screen(join([_noted(content, answer), _t(content, "ask_sleep")]), rows)
    lines = _so_far(content, answer)
    if answer.asks == "active":
        buttons = [_b(content, d, "button_yes", "a", 1), _b(content, d, "button_no", "a", 0),
                   _b(content, d, "button_skip", "askip")]  # fmt: skip
        return Screen(join([*lines, _t(content, "ask_active")]), [buttons])
    return Screen(join(lines))


def refused(content: Content, answer: Answer) -> str:
    """The press's short answer when it changed nothing: already noted, too old, unknown."""
    if answer.status == "already":
        return _l(content, "already")
    if answer.status == "expired":
        return _l(content, "expired")
    return content.label("common.button_expired")


def _turn_on(content: Content, morning: Setting) -> Button | None:
    """The button that turns the check-in on, or resumes it; None when it is on."""
    if morning.reminder_id is None:
        return _l(content, "button_turn_on"), NewReminderData(KIND).pack()
    if morning.paused:
        return _l(content, "button_resume"), ChangeData(morning.reminder_id, "resume").pack()
    return None


def _active_line(content: Content, morning: Setting) -> tuple[Html, Button]:
    if morning.asks_active:
        off = (_l(content, "button_active_off"), ActiveQuestionData("off").pack())
        return _t(content, "settings_active_on"), off
    return _t(content, "settings_active_off"), (
        _l(content, "button_active_on"),
        ActiveQuestionData("on").pack(),
    )


def in_settings(content: Content, text: Html, morning: Setting) -> Screen:
    """/settings with the check-in's line: a button to turn it on, or to resume it; and,
    when the user has a check-in (or its activity question on), that question's toggle."""
    if morning.reminder_id is None:
        line = _t(content, "settings_off")
    elif morning.paused:
        line = _t(content, "settings_paused")
    else:
        line = _t(content, "settings_on", time=f"{morning.at:%H:%M}")
    turn_on = _turn_on(content, morning)
    rows = [[turn_on]] if turn_on is not None else []
    lines = [text, line]
    if morning.reminder_id is not None or morning.asks_active:
        active, toggle = _active_line(content, morning)
        lines.append(active)
        rows.append([toggle])
    return Screen(join(lines), rows)


def active_question(content: Content, turned: ActiveQuestion) -> Screen:
    """The activity question turned on (with the check-in's button when it is off or paused)
    or off."""
    morning = turned.setting
    if not morning.asks_active:
        return Screen(_t(content, "active_turned_off"))
    turn_on = _turn_on(content, morning)
    if turn_on is None:
        return Screen(_t(content, "active_turned_on"))
    return Screen(join([_t(content, "active_turned_on"), _t(content, "active_needs_checkin")]),
                  [[turn_on]])  # fmt: skip


def active_unchanged(content: Content, turned: ActiveQuestion) -> str:
    """The press's short answer when the question was already on (or off)."""
    return _l(content, "active_already_on" if turned.setting.asks_active else "active_already_off")


def turned_on(content: Content, turned: TurnedOn) -> Screen:
    """/checkin when the user has one: resumed, or when it comes."""
    at = f"{turned.setting.at:%H:%M}"
    return Screen(_t(content, "resumed" if turned.resumed else "settings_on", time=at))
