"""/prevent: a short overview, and a screen per part (`kn:prevent:<part>`).

Parts: `now` (what to do during a cramp), `routine` (the bedtime stretch), `fluids`, `habits`.
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.content.html import Html, join
from bot.content.knowledge import Claim
from bot.content.loader import Content
from bot.views.guide import start_button
from bot.views.knowledge_data import KnowledgeData, SourcesData
from bot.views.knowledge_text import cite, disclaimer, label, shorts, text
from bot.views.pages import paginate
from bot.views.reminder_data import NewReminderData
from bot.views.screen import Button, Screen
from bot.views.triage import banner


def _part(part: str) -> str:
    return KnowledgeData("prevent", part).pack()


def prevent_view(content: Content) -> list[Screen]:
    """Red-flag note, what may help in two lines, and a button per part."""
    k = content.knowledge
    blocks = [
        banner(content),
        join([text(content, "prevent_title"), cite(content, k.prevent.intro)]),
        text(content, "prevent_hint"),
        disclaimer(content),
    ]
    buttons: list[list[Button]] = [
        [(label(content, "button_prevent_now"), _part("now"))],
        [(label(content, "button_prevent_routine"), _part("routine")),
         (label(content, "button_prevent_fluids"), _part("fluids"))],
        [(label(content, "button_prevent_habits"), _part("habits")),
         (label(content, "button_doctor"), KnowledgeData("doctor").pack())],
        [(label(content, "button_sources"), SourcesData("prevent").pack())],
    ]  # fmt: skip
    return paginate(blocks, buttons)


def prevent_part_view(content: Content, part: str) -> list[Screen] | None:
    """One part of /prevent, red-flag note first; None if unknown."""
    k = content.knowledge
    if part == "routine":
        body = stretch_routine(content)
    elif section := k.prevent.section(part):
        body = _section(content, section.title, section.points, section.caution)
    else:
        return None
    blocks = [banner(content), body, disclaimer(content)]
    follow: list[Button] = (
        [(label(content, "button_remind_stretch"), NewReminderData("stretch").pack())]
        if part == "routine"
        else [(label(content, "button_prevent_routine"), _part("routine"))]
    )
    guided = [[start_button(content, None, long=True)]] if part == "routine" else []
    buttons: list[list[Button]] = [
        *guided,
        follow,
        [(label(content, "button_doctor"), KnowledgeData("doctor").pack()),
         (label(content, "button_sources"), SourcesData("prevent", part).pack())],
        [(content.label("common.back"), KnowledgeData("prevent").pack())],
    ]  # fmt: skip
    return paginate(blocks, buttons)


def stretch_routine(content: Content) -> Html:
    """The bedtime stretch routine step by step, with its sources, result and evidence."""
    k = content.knowledge
    p = k.prevent
    steps = []
    for number, step in enumerate(p.routine.steps, start=1):
        steps.append(text(content, "numbered", number=number, text=step.text))
        if step.hold:
            steps.append(text(content, "step_hold", hold=step.hold))
    routine = [
        text(content, "section_heading", title=p.routine.title),
        cite(content, p.routine.intro),
        text(content, "cited", text=join(steps), sources=shorts(k, p.routine.sources)),
        cite(content, p.routine.result),
        cite(content, p.routine.evidence),
    ]
    if p.routine.caution:
        routine.append(text(content, "caution", text=p.routine.caution))
    return join(routine)


def _section(content: Content, title: str, points: Iterable[Claim], caution: str) -> Html:
    lines = [text(content, "section_heading", title=title)]
    lines += [text(content, "bullet", text=cite(content, point)) for point in points]
    if caution:
        lines.append(text(content, "caution", text=caution))
    return join(lines)
