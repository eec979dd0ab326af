"""/doctor: most cramps are harmless, then the three levels one line each, each a button
(`kn:doctor:<level>`) to its full list of signs with their sources."""

from __future__ import annotations

from bot.content.html import join
from bot.content.loader import Content
from bot.views.knowledge_data import KnowledgeData, SourcesData
from bot.views.knowledge_text import cite, disclaimer, label, shorts, text
from bot.views.pages import paginate
from bot.views.screen import Button, Screen


def doctor_view(content: Content) -> list[Screen]:
    """The reassurance, then one line per level, most urgent first, and a button each."""
    k = content.knowledge
    lines = [
        text(content, f"doctor_line_{level.level}", title=level.title, summary=level.summary)
        for level in k.doctor.levels
    ]
    blocks = [
        text(content, "doctor_title"),
        cite(content, k.doctor.intro),
        *lines,
        text(content, "doctor_levels_hint"),
        disclaimer(content),
    ]
    buttons: list[list[Button]] = [
        [
            (
                label(content, f"button_level_{level.level}"),
                KnowledgeData("doctor", level.level).pack(),
            )
        ]
        for level in k.doctor.levels
    ]
    buttons.append([(label(content, "button_sources"), SourcesData("doctor").pack())])
    return paginate(blocks, buttons)


def doctor_level_view(content: Content, name: str) -> list[Screen] | None:
    """Every sign of one level with its sources, and what to do; None if unknown."""
    k = content.knowledge
    level = k.level(name)
    if level is None:
        return None
    lines = [
        text(content, f"heading_{level.level}", title=level.title),
        text(content, "caution", text=level.advice),
    ]
    for flag in level.flags:
        shown = text(content, "cited", text=flag.text, sources=shorts(k, flag.sources))
        lines.append(text(content, "bullet", text=shown))
    buttons: list[list[Button]] = [
        [(label(content, "button_sources"), SourcesData("doctor", level.level).pack())],
        [(content.label("common.back"), KnowledgeData("doctor").pack())],
    ]
    return paginate([join(lines), disclaimer(content)], buttons)
