"""The morning check-in's screens: the question (or the confirmation of a night already
logged, or the pause notice), the count noted with the sleep question, the sleep noted.

Buttons: `ci:<delivery_id>:n:<count>` (0-3, 3 is "3 or more"), `ci:<delivery_id>:all:0`
("that was all": the cramps logged), `ci:<delivery_id>:s:<score>` (sleep, 0-10) and
`ci:<delivery_id>:skip:0`; the pause notice's Resume is the reminder list's `rm:<id>:resume`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from bot.content.html import Html, join
from bot.content.loader import Content
from bot.services.checkin import KIND, MOST, Answer, Prompt, Setting, TurnedOn
from bot.views.callback_data import CallbackData
from bot.views.reminder_data import ChangeData, NewReminderData
from bot.views.screen import Button, Screen

Step = Literal["n", "all", "s", "skip"]


@dataclass(frozen=True, slots=True)
class CheckinData(CallbackData, prefix="ci"):
    """`ci:<delivery_id>:<step>:<value>`: an answer to the check-in sent as that delivery."""

    delivery_id: int
    step: Step
    value: int = 0


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


def counted(content: Content, delivery_id: int, answer: Answer) -> Screen:
    """The count noted; after a night with cramps, how much they disturbed sleep (0-10)."""
    if answer.cramps == 0:
        return Screen(_noted(content, answer))
    scores = [(str(k), CheckinData(delivery_id, "s", k).pack()) for k in range(11)]
    rows = [scores[:6], scores[6:], [_b(content, delivery_id, "button_skip", "skip")]]
    return Screen(join([_noted(content, answer), _t(content, "ask_sleep")]), rows)


def slept(content: Content, answer: Answer) -> Screen:
    """The night noted in full (the sleep score, when given)."""
    lines = [_noted(content, answer)]
    if answer.sleep is not None:
        lines.append(_t(content, "noted_sleep", score=answer.sleep))
    return Screen(join(lines))


def refused(content: Content, answer: Answer) -> str:
    """The press's short answer when it changed nothing: already noted, too old, unknown."""
    if answer.status == "already":
        return _l(content, "already")
    if answer.status == "expired":
        return _l(content, "expired")
    return content.label("common.button_expired")


def in_settings(content: Content, text: Html, morning: Setting) -> Screen:
    """/settings with the check-in's line: a button to turn it on, or to resume it."""
    if morning.reminder_id is None:
        turn_on = (_l(content, "button_turn_on"), NewReminderData(KIND).pack())
        return Screen(join([text, _t(content, "settings_off")]), [[turn_on]])
    if morning.paused:
        resume = (_l(content, "button_resume"), ChangeData(morning.reminder_id, "resume").pack())
        return Screen(join([text, _t(content, "settings_paused")]), [[resume]])
    return Screen(join([text, _t(content, "settings_on", time=f"{morning.at:%H:%M}")]))


def turned_on(content: Content, turned: TurnedOn) -> Screen:
    """/checkin when the user has one: resumed, or when it comes."""
    at = f"{turned.setting.at:%H:%M}"
    return Screen(_t(content, "resumed" if turned.resumed else "settings_on", time=at))
