"""The causes: /causes lists the groups (`kn:causes:-`), a group its causes
(`kn:group:<id>`), and `kn:cause:<id>` one cause; `/cause` without a known id lists the ids."""

from __future__ import annotations

from collections.abc import Iterable

from bot.content.html import join
from bot.content.knowledge import Cause
from bot.content.loader import Content
from bot.views.knowledge_data import KnowledgeData, SourcesData
from bot.views.knowledge_text import cite, disclaimer, grade_line, label, shorts, text
from bot.views.pages import paginate, two_per_row
from bot.views.screen import Button, Screen
from bot.views.triage import banner, flags_block


def causes_view(content: Content) -> list[Screen]:
    """Red-flag note, then the groups of causes, one line each, and a button per group."""
    k = content.knowledge
    lines = []
    for group in k.causes.groups:
        causes = k.causes.in_group(group.id)
        # a group of one cause ("Medicines") says what it is rather than repeat its title
        shown = causes[0].summary if len(causes) == 1 else ", ".join(c.title for c in causes)
        lines.append(text(content, "group_line", title=group.title, causes=shown))
    rows = two_per_row(_group_buttons(content))
    rows.append([(label(content, "button_sources"), SourcesData("causes").pack())])
    blocks = [
        banner(content),
        join([text(content, "causes_title"), cite(content, k.causes.intro)]),
        join(lines),
    ]
    return paginate(blocks, rows)


def cause_group_view(content: Content, group_id: str) -> list[Screen] | None:
    """The causes of one group (`group:<id>`), one line and a button each; None if unknown."""
    k = content.knowledge
    group = k.group(group_id)
    if group is None:
        return None
    causes = k.causes.in_group(group.id)
    lines = [text(content, "cause_line", title=c.title, summary=c.summary) for c in causes]
    blocks = [
        banner(content),
        join([text(content, "group_title", title=group.title), *lines]),
    ]
    rows = two_per_row(_cause_buttons(causes))
    rows.append([(content.label("common.back"), KnowledgeData("causes").pack())])
    return paginate(blocks, rows)


def _group_buttons(content: Content) -> list[Button]:
    return [
        (g.title, KnowledgeData("group", g.id).pack()) for g in content.knowledge.causes.groups
    ]


def _cause_buttons(causes: Iterable[Cause]) -> list[Button]:
    return [(c.title, KnowledgeData("cause", c.id).pack()) for c in causes]


def cause_view(content: Content, cause_id: str) -> list[Screen] | None:
    """One cause: red flags first, mechanism, signs, what to do, evidence; None if unknown."""
    cause = content.knowledge.cause(cause_id)
    if cause is None:
        return None
    signs = [text(content, "bullet", text=item) for item in cause.signs.items]
    shown_signs = text(
        content, "cited", text=join(signs), sources=shorts(content.knowledge, cause.signs.sources)
    )
    flags = flags_block(content, cause.red_flags)
    blocks = [
        *([flags] if flags else []),
        join([text(content, "cause_title", title=cause.title),
              text(content, "cause_summary", summary=cause.summary)]),
        join([text(content, "mechanism_heading"), cite(content, cause.mechanism)]),
        join([text(content, "signs_heading"), shown_signs]),
        join([text(content, "action_heading"), cite(content, cause.action)]),
        grade_line(content, cause.evidence),
        disclaimer(content),
    ]  # fmt: skip
    buttons = [
        [(label(content, "button_sources"), SourcesData("cause", cause.id).pack())],
        [(content.label("common.back"), KnowledgeData("group", cause.group).pack())],
    ]
    return paginate(blocks, buttons)


def cause_ids_view(content: Content, value: str) -> list[Screen]:
    """The valid `/cause <id>` ids, after saying `value` is unknown (or the form, if empty),
    with a button per group of causes."""
    causes = content.knowledge.causes.causes
    head = text(content, "cause_unknown", value=value) if value else text(content, "cause_usage")
    lines = [text(content, "cause_id_line", id=c.id, title=c.title) for c in causes]
    return paginate([head, join(lines)], two_per_row(_group_buttons(content)))
