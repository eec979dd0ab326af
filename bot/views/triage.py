"""Warning signs on screen: the alert in chat, the question when a sign cannot be placed,
the banner of the knowledge pages and signs listed with their level.

Levels, their titles and what to do come from the triage catalogue
(content/<lang>/knowledge/triage.yaml); the words around them from ui/triage.yaml.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import get_args

from bot.content.html import Html, escape, join
from bot.content.knowledge import Knowledge, Level, LevelOfCare, Sign
from bot.content.loader import Content
from bot.views.knowledge_text import shorts
from bot.views.screen import Button, Screen
from bot.views.triage_data import AskData, Choice


def _t(content: Content, key: str, /, **values: object) -> Html:
    return content.text(f"triage.{key}", **values)


def number(knowledge: Knowledge, zone: str | None) -> str:
    """The emergency number for a time zone name; all three where the zone cannot tell."""
    return knowledge.triage.numbers.for_zone(zone)


def heading(content: Content, level: LevelOfCare, zone: str | None = None) -> Html:
    """ "🚨 Emergency: call 999 now", with the number for the zone."""
    title = level.title_for(number(content.knowledge, zone))
    return _t(content, f"heading_{level.level}", title=title)


def signs_of(knowledge: Knowledge, ids: Iterable[str]) -> list[Sign]:
    """The catalogue's signs for these ids or aliases, each once, in the given order."""
    return list(knowledge.signs_in(ids))


def sign_line(content: Content, sign: Sign) -> Html:
    """ "• <the sign> (NHS)"."""
    return _t(content, "sign", text=sign.text, sources=shorts(content.knowledge, sign.sources))


def alert(
    content: Content,
    sign_ids: Iterable[str],
    *,
    zone: str | None = None,
    risks: Iterable[str] = (),
    other: bool = False,
    noted: bool = False,
) -> Html | None:
    """The level of care for these signs, most urgent first, what to do, and each sign of
    that level; None when no id is a known sign. Signs of lower levels are left out: the
    message is about what to do now."""
    knowledge = content.knowledge
    signs = signs_of(knowledge, sign_ids)
    name = knowledge.most_urgent([s.id for s in signs])
    level = knowledge.level(name) if name else None
    if level is None:
        return None
    lines = [heading(content, level, zone), escape(level.advice_for(number(knowledge, zone)))]
    lines += [sign_line(content, s) for s in signs if s.level == level.level]
    named = [r.text for r in knowledge.triage.risk_contexts if r.id in set(risks)]
    if named and any(s.id == "dvt" for s in signs):
        lines.append(_t(content, "risk_note", risks=", ".join(named)))
    if other:
        lines.append(_t(content, "other_person"))
    if noted:
        lines.append(_t(content, "noted"))
    lines.append(_t(content, "more"))
    return join(lines)


def risk_watch(content: Content, risks: Iterable[str], zone: str | None) -> Html | None:
    """Prevention for a risk context named without any sign ("long flight tomorrow")."""
    wanted = set(risks)
    named = [r.text for r in content.knowledge.triage.risk_contexts if r.id in wanted]
    if not named:
        return None
    k = content.knowledge
    lines = [_t(content, "risk_watch", risks=", ".join(named))]
    for sign in k.signs_in(k.triage.watch):
        level = k.level(sign.level)
        action = level.action_for(number(k, zone)) if level else sign.level
        lines.append(_t(content, "flag_with_level", text=sign.short, level=action))
    return join(lines)


def reminder(content: Content, level: LevelOfCare, zone: str | None) -> Html:
    """One line after an alert, when the next message puts it off: the level again."""
    icon = content.label(f"triage.icon_{level.level}")
    title = level.title_for(number(content.knowledge, zone))
    return _t(content, "reminder", icon=icon, title=title)


def not_english(content: Content, zone: str | None) -> Html:
    """The answer to a message in a language the bot does not read: it says so, and names the
    emergency number in those languages (a warning it cannot read still gets the number)."""
    only = content.text("common.english_only")
    numbers = content.knowledge.triage.numbers
    emergency = content.knowledge.level("emergency")
    told = number(content.knowledge, zone) if zone else numbers.bare
    line = emergency.other_languages_for(told) if emergency else None
    return join([only, escape(line)], "\n\n") if line else only


def reassure(content: Content, zone: str | None) -> Html:
    """The answer to "neither": soreness is common, and what to do if the leg changes, with
    the levels of the cold-leg and clot signs from the catalogue."""
    k = content.knowledge
    actions = {}
    for name, sign_id in (("cold", "cold_leg"), ("clot", "dvt")):
        found = k.flag(sign_id)
        level = k.level(found[1]) if found else None
        actions[name] = level.action_for(number(k, zone)) if level else ""
    return _t(content, "ask_neither_reply", **actions)


def ask(content: Content, message_id: int, *, noted: bool = False) -> Screen:
    """One question when the leg has a finding the screen cannot place."""
    buttons: list[list[Button]] = [
        [(content.label(f"triage.ask_{choice}"), AskData(message_id, choice).pack())]
        for choice in get_args(Choice)
    ]
    lines = [_t(content, "ask"), *([_t(content, "noted")] if noted else [])]
    return Screen(join(lines), buttons)


def level_summary(knowledge: Knowledge, level: Level) -> str:
    """The headline signs of a level in a few words: "Chest pain ...; a leg that ..."."""
    shorts_ = [s.short for s in knowledge.triage.signs_of(level) if s.headline]
    text = "; ".join(shorts_)
    return text[:1].upper() + text[1:]


def banner(content: Content) -> Html:
    """The warning signs that come first, at the top of /causes, /symptoms and /prevent."""
    k = content.knowledge
    lines = []
    for level in k.triage.levels:
        shown = "; ".join(s.short for s in k.triage.signs_of(level.level) if s.banner)
        if shown:
            signs = shown[:1].upper() + shown[1:]
            icon = content.label(f"triage.icon_{level.level}")
            action = level.action_for(number(k, None))
            lines.append(_t(content, "banner_line", icon=icon, signs=signs, action=action))
    return join([*lines, _t(content, "banner_more")])


def flags_block(content: Content, flag_ids: Iterable[str]) -> Html | None:
    """ "Get care first if you have:" and the signs with their levels, most urgent first."""
    levels = [level.level for level in content.knowledge.triage.levels]
    signs = sorted(signs_of(content.knowledge, flag_ids), key=lambda s: levels.index(s.level))
    if not signs:
        return None
    lines = [_t(content, "flags_first")]
    for sign in signs:
        level = level_short(content.knowledge, sign.level)
        lines.append(_t(content, "flag_with_level", text=sign.short, level=level))
    return join(lines)


def level_short(knowledge: Knowledge, level: str) -> str:
    """A level in a few words, from the catalogue: "get help today"."""
    found = knowledge.level(level)
    return found.short if found is not None else level
