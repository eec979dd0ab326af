"""/doctor: most cramps are harmless, then the three levels one line each, each a button
(`kn:doctor:<level>`) to its full list of signs with their sources. Everything comes from
the triage catalogue (content/<lang>/knowledge/triage.yaml)."""

from __future__ import annotations

from bot.content.html import join
from bot.content.loader import Content
from bot.views.knowledge_data import KnowledgeData, SourcesData
from bot.views.knowledge_text import cite, disclaimer, label
from bot.views.pages import paginate
from bot.views.screen import Button, Screen
from bot.views.triage import heading, level_summary, number, sign_line


def doctor_view(content: Content) -> list[Screen]:
    """The reassurance, then one line per level, most urgent first, and a button each."""
    k = content.knowledge
    lines = [
        content.text(
            "triage.doctor_line",
            icon=content.label(f"triage.icon_{level.level}"),
            title=level.title_for(number(k, None)),
            summary=level_summary(k, level.level),
        )
        for level in k.triage.levels
    ]
    blocks = [
        content.text("triage.doctor_title"),
        cite(content, k.triage.intro),
        *lines,
        content.text("triage.doctor_levels_hint"),
        disclaimer(content),
    ]
    buttons: list[list[Button]] = [
        [
            (
                content.label(
                    "triage.button_level",
                    icon=content.label(f"triage.icon_{level.level}"),
                    level=level.short[:1].upper() + level.short[1:],
                ),
                KnowledgeData("doctor", level.level).pack(),
            )
        ]
        for level in k.triage.levels
    ]
    buttons.append([(label(content, "button_sources"), SourcesData("doctor").pack())])
    return paginate(blocks, buttons)


def doctor_level_view(content: Content, name: str) -> list[Screen] | None:
    """Every sign of one level with its sources, and what to do; None if unknown."""
    k = content.knowledge
    level = k.level(name)
    if level is None:
        return None
    advice = level.advice_for(number(k, None))
    lines = [heading(content, level), content.text("knowledge.caution", text=advice)]
    lines += [sign_line(content, sign) for sign in k.triage.signs_of(level.level)]
    buttons: list[list[Button]] = [
        [(label(content, "button_sources"), SourcesData("doctor", level.level).pack())],
        [(content.label("common.back"), KnowledgeData("doctor").pack())],
    ]
    return paginate([join(lines), disclaimer(content)], buttons)
