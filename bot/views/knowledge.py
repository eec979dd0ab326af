"""Knowledge screens: causes, one cause, sources, symptoms, B12, foods, prevention, doctor.

Every view returns a list of Screens (usually one) that each fit one Telegram message.
Words come from content/<lang>/ui/knowledge.yaml; facts from content/<lang>/knowledge/.
Callback data: `KnowledgeData` (`kn:<page>:<ref>`) opens a screen, `SourcesData`
(`src:<page>:<ref>`) its sources (see `views.knowledge_data`); the cause finder's are in
`views.check`. The first screen of every command fits a
phone screen (about 1,000 visible characters, at most 8 buttons); details are a tap away.
"""

from __future__ import annotations

import weakref
from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel

from bot.content.html import join
from bot.content.knowledge import Knowledge
from bot.content.knowledge_refs import PREVENT_PARTS, walk_sources
from bot.content.loader import Content
from bot.views import knowledge_data
from bot.views.causes import cause_group_view, cause_ids_view, cause_view, causes_view
from bot.views.check import check_question_view, check_result_view
from bot.views.doctor import doctor_level_view, doctor_view
from bot.views.keyboards import keep_markup
from bot.views.knowledge_data import COMMAND_PAGES, KnowledgeData, SourcesData
from bot.views.knowledge_text import cite, disclaimer, grade_line, label, shorts, text
from bot.views.pages import paginate, two_per_row
from bot.views.prevent import prevent_part_view, prevent_view, stretch_routine
from bot.views.screen import Button, Screen
from bot.views.triage import banner, flags_block, signs_of

__all__ = [
    "all_data",
    "b12_part_view",
    "b12_view",
    "cause_group_view",
    "cause_ids_view",
    "cause_view",
    "causes_view",
    "check_question_view",
    "check_result_view",
    "doctor_level_view",
    "doctor_view",
    "evidence_view",
    "foods_view",
    "prevent_part_view",
    "prevent_view",
    "sources_view",
    "stretch_routine",
    "symptoms_view",
    "view_for",
]


def _entry(content: Content, entry: KnowledgeData) -> tuple[str, list[BaseModel]] | None:
    """(title, models) of the screen whose sources are asked for; None if unknown."""
    k = content.knowledge
    page, ref = entry.page, entry.ref
    if page == "cause" and ref and (cause := k.cause(ref)):
        return cause.title, [cause]
    if page == "ev" and ref and (item := k.evidence_item(ref)):
        return item.title, [item]
    if page == "faq" and ref and (faq := k.faq_item(ref)):
        return faq.title, [faq, *signs_of(k, faq.signs)]
    if page == "b12" and ref and (part := k.b12_part(ref)):
        return part.title, [part]
    if page == "doctor" and ref and (level := k.level(ref)):
        title = level.title_for(k.triage.numbers.default)
        return title, [level, *k.triage.signs_of(level.level)]
    if page == "prevent" and ref == "routine":
        return k.prevent.routine.title, [k.prevent.routine]
    if page == "prevent" and ref and (section := k.prevent.section(ref)):
        return section.title, [section]
    pages: dict[str, BaseModel] = {
        "causes": k.causes, "symptoms": k.symptoms, "b12": k.b12,
        "foods": k.foods, "prevent": k.prevent, "doctor": k.triage,
    }  # fmt: skip
    if ref is None and page in pages:
        return label(content, f"page_{page}"), [pages[page]]
    return None


def sources_view(content: Content, entry: KnowledgeData) -> list[Screen] | None:
    """The full sources of a screen (`src:<page>:<ref>`), with a Back button; None if unknown."""
    found = _entry(content, entry)
    if found is None:
        return None
    title, models = found
    ids = dict.fromkeys(s for m in models for _, sources in walk_sources(m) for s in sources)
    lines = []
    for source_id in ids:
        s = content.knowledge.sources[source_id]
        values = {"title": s.title, "publisher": s.publisher, "year": s.year}
        if s.url is None:
            lines.append(text(content, "source_line_unlinked", **values))
        else:
            lines.append(text(content, "source_line", url=s.url, **values))
    back = [[(content.label("common.back"), entry.pack())]]
    return paginate([text(content, "sources_title", entry=title), join(lines)], back)


def symptoms_view(content: Content, more: bool = False) -> list[Screen]:
    """Which signs point to which causes, as chat text, in two halves; red flags first.

    The first half is the /symptoms message, with a "More signs" button (`symptoms:more`) to
    the second half and the look-alikes.
    """
    k = content.knowledge
    rows = []
    for row in k.symptoms.rows:
        names = row.note or ", ".join(c.title for cid in row.causes if (c := k.cause(cid)))
        line = text(content, "symptom_row", sign=row.sign, causes=names)
        rows.append(text(content, "cited", text=line, sources=shorts(k, row.sources)))
    half = len(rows) // 2
    blocks = [banner(content)]
    if more:
        blocks += [
            join([text(content, "symptoms_title"), *rows[half:]]),
            join([text(content, "lookalikes_heading"), cite(content, k.symptoms.lookalikes)]),
        ]
    else:
        blocks.append(join([text(content, "symptoms_title"), *rows[:half]]))
    blocks.append(disclaimer(content))
    turn = (
        (content.label("common.back"), KnowledgeData("symptoms").pack())
        if more
        else (label(content, "button_more_signs"), KnowledgeData("symptoms", "more").pack())
    )
    buttons = [
        [turn],
        [(label(content, "button_causes"), KnowledgeData("causes").pack()),
         (label(content, "button_doctor"), KnowledgeData("doctor").pack())],
        [(label(content, "button_sources"), SourcesData("symptoms").pack())],
    ]  # fmt: skip
    return paginate(blocks, buttons)


def b12_view(content: Content) -> list[Screen]:
    """B12 overview and a button per part (`kn:b12:<part>`).

    No Sources button here (8 buttons at most): the overview cites its sources in line, and
    each part's screen has its own.
    """
    b12 = content.knowledge.b12
    rows = two_per_row([(p.title, KnowledgeData("b12", p.id).pack()) for p in b12.parts])
    blocks = [
        text(content, "b12_title"),
        cite(content, b12.summary),
        cite(content, b12.cramps_link),
        text(content, "b12_parts_hint"),
    ]
    return paginate(blocks, rows)


def b12_part_view(content: Content, part_id: str) -> list[Screen] | None:
    """One part of the B12 overview; None if unknown."""
    part = content.knowledge.b12_part(part_id)
    if part is None:
        return None
    blocks = [text(content, "b12_part_title", title=part.title)]
    blocks += [cite(content, point) for point in part.points]
    if part.table:
        blocks.append(
            join([text(content, "intake_row", group=r.group, amount=r.amount) for r in part.table])
        )
    blocks.append(disclaimer(content))
    buttons = [
        [(label(content, "button_sources"), SourcesData("b12", part.id).pack())],
        [(content.label("common.back"), KnowledgeData("b12").pack())],
    ]
    return paginate(blocks, buttons)


def foods_view(content: Content) -> list[Screen]:
    """Food sources of B12, magnesium and potassium."""
    k = content.knowledge
    blocks = [text(content, "foods_title"), cite(content, k.foods.intro)]
    for group in k.foods.groups:
        foods = text(content, "food_group", title=group.title, foods=group.foods)
        blocks.append(
            join([
                text(content, "cited", text=foods, sources=shorts(k, group.sources)),
                text(content, "food_note", note=group.note),
            ])
        )  # fmt: skip
    buttons = [[(label(content, "button_sources"), SourcesData("foods").pack())]]
    return paginate(blocks, buttons)


def target_title(content: Content, target: str) -> str | None:
    """The title of the screen a content address names (for a button), or None."""
    k = content.knowledge
    kind, _, ref = target.partition(":")
    titles = {
        "cause": lambda: (c.title if (c := k.cause(ref)) else None),
        "evidence": lambda: (e.title if (e := k.evidence_item(ref)) else None),
        "faq": lambda: (f.title if (f := k.faq_item(ref)) else None),
        "b12": lambda: (p.title if (p := k.b12_part(ref)) else None),
        "prevent": lambda: (
            k.prevent.routine.title if ref == "routine"
            else (sec.title if (sec := k.prevent.section(ref)) else None)
        ),
        "doctor": lambda: (label(content, "page_doctor") if not ref else None),
    }  # fmt: skip
    if not ref:
        return label(content, f"page_{kind}") if kind in titles or kind in COMMAND_PAGES else None
    found = titles.get(kind)
    return found() if found else None


def faq_view(content: Content, item_id: str) -> list[Screen] | None:
    """A question people ask (`kn:faq:<id>`): warning signs first, then the answer."""
    item = content.knowledge.faq_item(item_id)
    if item is None:
        return None
    flags = flags_block(content, item.signs)
    points = [text(content, "bullet", text=cite(content, point)) for point in item.points]
    blocks = [
        *([flags] if flags else []),
        join([text(content, "faq_title", title=item.title), *points]),
        disclaimer(content),
    ]
    buttons: list[list[Button]] = []
    for target in item.see:
        data, title = knowledge_data.address(target), target_title(content, target)
        if data is not None and title:
            buttons.append([(title, data.pack())])
    buttons.append([(label(content, "button_sources"), SourcesData("faq", item.id).pack())])
    return paginate(blocks, buttons)


def no_answer_view(content: Content, nearest: Sequence[str]) -> list[Screen]:
    """ "I don't have a good answer", with the nearest entries (content addresses) as buttons."""
    buttons: list[list[Button]] = []
    for target in nearest[:3]:
        data, title = knowledge_data.address(target), target_title(content, target)
        if data is not None and title:
            buttons.append([(title, data.pack())])
    key = "no_answer" if buttons else "no_answer_empty"
    return paginate([text(content, key), disclaimer(content)], buttons)


def evidence_view(content: Content, item_id: str) -> list[Screen] | None:
    """What the evidence says about a remedy (`kn:ev:<id>`); None if unknown."""
    item = content.knowledge.evidence_item(item_id)
    if item is None:
        return None
    blocks = [
        text(content, "evidence_title", title=item.title),
        text(content, "verdict", text=cite(content, item.verdict)),
        join([text(content, "bullet", text=cite(content, point)) for point in item.points]),
        grade_line(content, item.grade),
        disclaimer(content),
    ]
    buttons: list[list[Button]] = [
        [(label(content, "button_sources"), SourcesData("ev", item.id).pack())],
        [(label(content, "button_causes"), KnowledgeData("causes").pack())],
    ]
    return paginate(blocks, buttons)


_VIEWS: dict[int, tuple[weakref.ref[Content], dict[Any, list[Screen] | None]]] = {}


def view_for(content: Content, data: KnowledgeData | SourcesData) -> list[Screen] | None:
    """The screens a knowledge button opens, or None when its entry is unknown.

    Knowledge screens are a pure function of the content store: each is rendered once per
    store (with its keyboard, `keep_markup`) and a copy of the list is handed out.
    """
    cached = _VIEWS.get(id(content))
    if cached is None or cached[0]() is not content:
        cached = (weakref.ref(content), {})
        _VIEWS[id(content)] = cached
    views = cached[1]
    if data not in views:
        screens = _render(content, data)
        for screen in screens or []:
            keep_markup(screen)
        views[data] = screens
    found = views[data]
    return None if found is None else list(found)


def _render(content: Content, data: KnowledgeData | SourcesData) -> list[Screen] | None:
    if isinstance(data, SourcesData):
        return sources_view(content, data.screen)
    page, ref = data.page, data.ref
    pages = {
        "causes": causes_view, "symptoms": symptoms_view, "b12": b12_view,
        "foods": foods_view, "prevent": prevent_view, "doctor": doctor_view,
    }  # fmt: skip
    if ref is None:
        return pages[page](content) if page in pages else None
    if page == "symptoms":
        return symptoms_view(content, more=True) if ref == "more" else None
    details = {
        "group": cause_group_view, "cause": cause_view, "prevent": prevent_part_view,
        "doctor": doctor_level_view, "b12": b12_part_view, "ev": evidence_view, "faq": faq_view,
    }  # fmt: skip
    return details[page](content, ref) if page in details else None


def all_data(knowledge: Knowledge) -> list[KnowledgeData | SourcesData]:
    """Every button data that opens a knowledge screen (for checks and tests)."""
    entries = [KnowledgeData(page) for page in COMMAND_PAGES]
    entries += [KnowledgeData("prevent", part) for part in PREVENT_PARTS]
    entries += [KnowledgeData("doctor", level.level) for level in knowledge.triage.levels]
    entries += [KnowledgeData("cause", c.id) for c in knowledge.causes.causes]
    entries += [KnowledgeData("b12", p.id) for p in knowledge.b12.parts]
    entries += [KnowledgeData("ev", e.id) for e in knowledge.evidence.items]
    entries += [KnowledgeData("faq", f.id) for f in knowledge.faq.items]
    pages = [KnowledgeData("group", g.id) for g in knowledge.causes.groups]
    pages.append(KnowledgeData("symptoms", "more"))
    return [*entries, *pages, *(entry.sources for entry in entries)]


def edits_in_place(
    message_buttons: list[Button], pressed: str, screens: list[Screen], back: str
) -> bool:
    """Whether a press edits its knowledge message (moving into a detail, which has Back, or
    out of one) rather than sending new messages; a message with another feature's buttons
    (a cause-finder result) is kept."""
    if len(screens) != 1 or not message_buttons:
        return False
    if not all(knowledge_data.unpack(data) for _, data in message_buttons):
        return False
    label_pressed = next((text for text, data in message_buttons if data == pressed), None)
    if label_pressed == back:
        return True
    return any(label == back for screen in screens for row in screen.buttons for label, _ in row)
