"""Cause-finder screens (/check): one question at a time, then the result.

Callback data (`CheckData`, `RestartData`): `chk:<n>:y`, `chk:<n>:n`, `chk:<n>:u` (answers to
question n), `chk:<n>:b` (back from question n), `chk:r` (start again); the number lets a
handler tell a press on an old question from one on the current. Reminder offers carry
`views.reminder_data.NewReminderData`. Every section of the result appears only when it has
items.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from bot.content.html import Html, join
from bot.content.knowledge import ScreeningQuestion
from bot.content.loader import Content
from bot.reminders.kinds import kind as of
from bot.services import cause_finder
from bot.services.cause_finder import Question, Result
from bot.views.callback_data import CallbackData
from bot.views.knowledge_data import KnowledgeData
from bot.views.knowledge_text import cite, disclaimer, shorts
from bot.views.pages import paginate
from bot.views.reminder_data import NewReminderData
from bot.views.screen import Button, Screen
from bot.views.triage import flags_block, heading
from bot.views.triage import number as emergency_number

Move = Literal["y", "n", "u", "b"]


@dataclass(frozen=True, slots=True)
class CheckData(CallbackData, prefix="chk"):
    """`chk:<n>:<move>`: an answer (y, n, u) to question n, or back (b) from it."""

    number: int
    move: Move


@dataclass(frozen=True, slots=True)
class RestartData(CallbackData, prefix="chk"):
    """`chk:r`: start the cause finder again."""

    restart: Literal["r"] = field(default="r", kw_only=True)


RESTART = RestartData().pack()
MAX_BUTTONS = 8  # per message, so it fits a phone screen
MAX_QUESTION_CHARS = 1000  # visible characters of a question, the intro included


def _text(content: Content, key: str, /, **values: object) -> Html:
    return content.text(f"finder.{key}", **values)


def _label(content: Content, key: str) -> str:
    return content.label(f"finder.{key}")


def check_data(number: int, move: Move) -> str:
    """Callback data of `move` ("y", "n", "u" or "b") on question `number`."""
    return CheckData(number, move).pack()


def check_question_view(content: Content, state: dict[str, Any]) -> list[Screen]:
    """The current question with Yes / No / Not sure (/ Back); the result once finished."""
    k = content.knowledge
    step = cause_finder.current(k, state)
    if step is None:
        return check_result_view(content, cause_finder.result(k, cause_finder.answers_of(state)))
    return question_view(content, step.number, step.question)


def question_view(content: Content, number: int, question: Question) -> list[Screen]:
    """Question `number` (the first one opens with the intro) and its answer buttons."""
    lines = []
    if number == 1:
        lines.append(_text(content, "intro", intro=content.knowledge.check.intro))
    if isinstance(question, ScreeningQuestion):
        lines.append(_text(content, "safety"))
        signs = [
            content.text("triage.screening_sign", text=s.short)
            for s in content.knowledge.triage.signs_of(question.level)
            if s.screen
        ]
        lines.append(_text(content, "question", number=number, text=question.text))
        lines.append(join(signs))
    else:
        lines.append(_text(content, "question", number=number, text=question.text))
    rows: list[list[Button]] = [[
        (_label(content, "button_yes"), check_data(number, "y")),
        (_label(content, "button_no"), check_data(number, "n")),
        (_label(content, "button_not_sure"), check_data(number, "u")),
    ]]  # fmt: skip
    if number > 1:
        rows.append([(_label(content, "button_back"), check_data(number, "b"))])
    return paginate([join(lines)], rows)


def check_result_view(content: Content, result: Result) -> list[Screen]:
    """A red-flag level first when there is one; otherwise what may play a part."""
    k = content.knowledge
    restart = (_label(content, "button_restart"), RESTART)
    doctor = (content.label("knowledge.button_doctor"), KnowledgeData("doctor").pack())
    level = k.level(result.level) if result.level is not None else None
    if level is not None:
        lines = [
            heading(content, level),
            content.text("knowledge.caution", text=level.advice_for(emergency_number(k, None))),
            _text(content, "flags_if_any"),
        ]
        lines += [_bullet(content, f[0].text) for i in result.flags if (f := k.flag(i))]
        rows = [[doctor], *_reminder_rows(content, result, 6), [restart]]
        return paginate([join(lines), disclaimer(content)], rows)
    blocks = [b for b in (_unsure(content, result), _flags(content, result)) if b]
    blocks += _causes(content, result) if result.causes else _no_pointer(content)
    blocks += [b for b in (_medicines(content, result), _worth(content, result)) if b]
    buttons: list[list[Button]] = [
        [(cause.title, KnowledgeData("cause", cause.id).pack())]
        for c in result.causes
        if (cause := k.cause(c.cause_id))
    ]
    buttons += [  # labelled as something to check, not as a condition the user has
        [(entry.title, KnowledgeData("cause", w.cause_id).pack())]
        for w in result.worth_checking
        if (entry := k.check.worth_checking.get(w.cause_id))
    ]
    reminders = _reminder_rows(content, result, MAX_BUTTONS - 2 - len(buttons))
    if reminders:
        blocks.append(_text(content, "reminders"))
    blocks.append(_text(content, "kept"))  # services.check_dialog keeps these answers
    blocks.append(disclaimer(content))
    return paginate(blocks, [*buttons, *reminders, [doctor, restart]])


def _bullet(content: Content, text: str) -> Html:
    return content.text("knowledge.bullet", text=text)


def _unsure(content: Content, result: Result) -> Html | None:
    k = content.knowledge
    unsure = [_bullet(content, f[0].text) for i in result.unsure_flags if (f := k.flag(i))]
    return join([_text(content, "unsure"), *unsure]) if unsure else None


def _flags(content: Content, result: Result) -> Html | None:
    """The signs the answers made relevant, then the ranked causes' (the most urgent first)."""
    return flags_block(content, [*result.signs, *(f for c in result.causes for f in c.red_flags)])


def _causes(content: Content, result: Result) -> list[Html]:
    blocks = [_text(content, "result_title")]
    for number, ranked in enumerate(result.causes, start=1):
        cause = content.knowledge.cause(ranked.cause_id)
        if cause is None:
            continue
        grade = content.text(f"knowledge.grade_{ranked.grade}")
        head = _text(content, "ranked", number=number, title=cause.title, grade=grade)
        blocks.append(join([head, cite(content, cause.action)]))
    return blocks


def _no_pointer(content: Content) -> list[Html]:
    no_pointer = content.knowledge.check.no_pointer
    advice = [
        _text(content, "advice_line", text=c.text, sources=shorts(content.knowledge, c.sources))
        for c in no_pointer.advice
    ]
    return [
        join([_text(content, "no_pointer_title"), cite(content, no_pointer.note)]),
        join([_text(content, "advice_title"), *advice]),
    ]


def _medicines(content: Content, result: Result) -> Html | None:
    if not result.medicines:
        return None
    lines = [_text(content, "medicines_title")]
    lines += [_bullet(content, medicine) for medicine in result.medicines]
    lines.append(cite(content, content.knowledge.check.medicines))
    return join(lines)


def _worth(content: Content, result: Result) -> Html | None:
    k = content.knowledge
    lines = [_text(content, "worth_checking_title")]
    for item in result.worth_checking:
        entry = k.check.worth_checking.get(item.cause_id)
        if entry is None:
            continue
        factors = "; ".join(item.factors)
        lines.append(_text(content, "worth_checking_line", title=entry.title, factors=factors))
        lines.append(
            content.text("knowledge.cited", text=entry.text, sources=shorts(k, entry.sources))
        )
    return join(lines) if len(lines) > 1 else None


def _reminder_rows(content: Content, result: Result, room: int) -> list[list[Button]]:
    return [
        [(content.label(f"{of(kind).content}.button_remind"), NewReminderData(kind).pack())]
        for kind in result.reminders[: max(room, 0)]
    ]
