"""Cause-finder screens (/check): one question at a time, then the result.

Callback data: `chk:<n>:y`, `chk:<n>:n`, `chk:<n>:u` (answers to question n), `chk:<n>:b`
(back from question n), `chk:r` (start again); the number lets a handler tell a press on an
old question from one on the current. Reminder offers use `rem:new:<kind>` (hydration,
stretch, checkup).
"""

from __future__ import annotations

from typing import Any

from bot.content.html import Html, join
from bot.content.loader import Content
from bot.services import cause_finder
from bot.services.cause_finder import Result
from bot.views.knowledge_text import cite, flags_block
from bot.views.pages import paginate
from bot.views.screen import Button, Screen

RESTART = "chk:r"


def _text(content: Content, key: str, /, **values: object) -> Html:
    return content.text(f"knowledge.{key}", **values)


def _label(content: Content, key: str) -> str:
    return content.label(f"knowledge.{key}")


def check_data(number: int, action: str) -> str:
    """Callback data of `action` ("y", "n", "u" or "b") on question `number`."""
    return f"chk:{number}:{action}"


def parse_check_data(data: str) -> tuple[int, str] | None:
    """(question number, action) of `chk:<n>:<a>` data; None for restart or anything else."""
    parts = data.split(":")
    if len(parts) != 3 or parts[0] != "chk" or not (parts[1].isascii() and parts[1].isdigit()):
        return None
    return int(parts[1]), parts[2]


def check_question_view(content: Content, state: dict[str, Any]) -> list[Screen]:
    """The current question with Yes / No / Not sure (/ Back); the result once finished."""
    k = content.knowledge
    step = cause_finder.current(k, state)
    if step is None:
        return check_result_view(content, cause_finder.result(k, cause_finder.answers_of(state)))
    lines = []
    if step.number == 1:
        lines.append(_text(content, "check_intro", intro=k.check.intro))
    if step.screening:
        lines.append(_text(content, "check_safety"))
    lines.append(
        _text(
            content,
            "check_question",
            number=step.number,
            total=step.total,
            text=step.question.text,
        )
    )
    rows: list[list[Button]] = [[
        (_label(content, "button_yes"), check_data(step.number, "y")),
        (_label(content, "button_no"), check_data(step.number, "n")),
        (_label(content, "button_not_sure"), check_data(step.number, "u")),
    ]]  # fmt: skip
    if step.number > 1:
        rows.append([(_label(content, "button_back"), check_data(step.number, "b"))])
    return paginate([join(lines)], rows)


def check_result_view(content: Content, result: Result) -> list[Screen]:
    """A red-flag level first when there is one; otherwise the ranked causes and reminders."""
    k = content.knowledge
    disclaimer = _text(content, "disclaimer", text=k.doctor.disclaimer)
    restart = (_label(content, "button_restart"), RESTART)
    doctor = (_label(content, "button_doctor"), "doctor")
    if result.level is not None:
        level = next(lv for lv in k.doctor.levels if lv.level == result.level)
        lines = [
            _text(content, f"heading_{level.level}", title=level.title),
            _text(content, "caution", text=level.advice),
        ]
        lines += [
            _text(content, "bullet", text=f[0].text) for i in result.flags if (f := k.flag(i))
        ]
        rows: list[list[Button]] = [[doctor]]
        rows += _reminder_rows(content, result)
        return paginate([join(lines), disclaimer], [*rows, [restart]])
    blocks: list[Html] = []
    unsure = [
        _text(content, "bullet", text=f[0].text) for i in result.unsure_flags if (f := k.flag(i))
    ]
    if unsure:
        blocks.append(join([_text(content, "check_unsure"), *unsure]))
    flags = [f for c in result.causes for f in c.red_flags]
    watch = flags_block(content, flags)
    if watch:
        blocks.append(watch)
    if result.fallback:
        blocks.append(
            join([_text(content, "check_fallback"), cite(content, k.check.fallback.note)])
        )
    else:
        blocks.append(_text(content, "check_result_title"))
    buttons: list[list[Button]] = []
    for number, ranked in enumerate(result.causes, start=1):
        cause = k.cause(ranked.cause_id)
        if cause is None:
            continue
        grade = _text(content, f"grade_{ranked.grade}")
        head = _text(content, "check_ranked", number=number, title=cause.title, grade=grade)
        blocks.append(join([head, cite(content, cause.action)]))
        buttons.append([(cause.title, f"cause:{cause.id}")])
    reminders = _reminder_rows(content, result)
    if reminders:
        blocks.append(_text(content, "check_reminders"))
    blocks.append(disclaimer)
    return paginate(blocks, [*buttons, *reminders, [doctor, restart]])


def _reminder_rows(content: Content, result: Result) -> list[list[Button]]:
    return [
        [(_label(content, f"button_remind_{kind}"), f"rem:new:{kind}")]
        for kind in result.reminders
    ]
