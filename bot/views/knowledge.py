"""Knowledge screens: causes, one cause, sources, symptoms, B12, foods, prevention, doctor.

Every view returns a list of Screens (usually one) that each fit one Telegram message.
Words come from content/<lang>/ui/knowledge.yaml; facts from content/<lang>/knowledge/.
Callback data: `causes`, `cause:<id>`, `src:<entry>`, `symptoms`, `b12`, `b12:<part>`,
`foods`, `prevent`, `doctor`, `ev:<id>`; the cause finder's are in `views.check`.
"""

from __future__ import annotations

from collections.abc import Iterable

from pydantic import BaseModel

from bot.content.html import Html, join
from bot.content.knowledge import Claim, Knowledge
from bot.content.knowledge_refs import walk_sources
from bot.content.loader import Content
from bot.views.check import check_question_view, check_result_view
from bot.views.knowledge_text import cite, disclaimer, flags_block, grade_line, label, shorts, text
from bot.views.pages import paginate
from bot.views.screen import Button, Screen

__all__ = [
    "all_data",
    "b12_part_view",
    "b12_view",
    "cause_ids_view",
    "cause_view",
    "causes_view",
    "check_question_view",
    "check_result_view",
    "doctor_view",
    "evidence_view",
    "foods_view",
    "prevent_view",
    "sources_view",
    "stretch_routine",
    "symptoms_view",
    "view_for",
]


def causes_view(content: Content) -> list[Screen]:
    """All causes, one line each, and a button per cause (`cause:<id>`)."""
    k = content.knowledge
    lines = [
        text(content, "cause_line", title=c.title, summary=c.summary) for c in k.causes.causes
    ]
    buttons = [(c.title, f"cause:{c.id}") for c in k.causes.causes]
    rows = [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
    rows.append([(label(content, "button_sources"), "src:causes")])
    blocks = [cite(content, k.symptoms.red_flag_note), text(content, "causes_title")]
    return paginate([*blocks, cite(content, k.causes.intro), join(lines)], rows)


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
        [(label(content, "button_sources"), f"src:cause:{cause.id}")],
        [(content.label("common.back"), "causes")],
    ]
    return paginate(blocks, buttons)


def cause_ids_view(content: Content, value: str) -> list[Screen]:
    """The valid `/cause <id>` ids, after saying `value` is unknown (or the form, if empty)."""
    causes = content.knowledge.causes.causes
    head = text(content, "cause_unknown", value=value) if value else text(content, "cause_usage")
    lines = [text(content, "cause_id_line", id=c.id, title=c.title) for c in causes]
    buttons = [(c.title, f"cause:{c.id}") for c in causes]
    return paginate([head, join(lines)], [buttons[i : i + 2] for i in range(0, len(buttons), 2)])


def _entry(content: Content, entry: str) -> tuple[str, BaseModel] | None:
    """(title, model) of an entry named in `src:<entry>` data."""
    k = content.knowledge
    kind, _, ref = entry.partition(":")
    if kind == "cause" and (cause := k.cause(ref)):
        return cause.title, cause
    if kind == "ev" and (item := k.evidence_item(ref)):
        return item.title, item
    if kind == "b12" and ref and (part := k.b12_part(ref)):
        return part.title, part
    pages: dict[str, BaseModel] = {
        "causes": k.causes, "symptoms": k.symptoms, "b12": k.b12,
        "foods": k.foods, "prevent": k.prevent, "doctor": k.doctor,
    }  # fmt: skip
    if not ref and entry in pages:
        return label(content, f"page_{entry}"), pages[entry]
    return None


def sources_view(content: Content, entry: str) -> list[Screen] | None:
    """The full sources of an entry (`src:<entry>`), with a Back button; None if unknown."""
    found = _entry(content, entry)
    if found is None:
        return None
    title, model = found
    ids = dict.fromkeys(s for _, sources in walk_sources(model) for s in sources)
    lines = []
    for source_id in ids:
        s = content.knowledge.sources[source_id]
        values = {"title": s.title, "publisher": s.publisher, "year": s.year}
        if s.url is None:
            lines.append(text(content, "source_line_unlinked", **values))
        else:
            lines.append(text(content, "source_line", url=s.url, **values))
    back = [[(content.label("common.back"), entry)]]
    return paginate([text(content, "sources_title", entry=title), join(lines)], back)


def symptoms_view(content: Content) -> list[Screen]:
    """Which signs point to which causes, as chat text; red flags first."""
    k = content.knowledge
    rows = []
    for row in k.symptoms.rows:
        names = ", ".join(c.title for cid in row.causes if (c := k.cause(cid)))
        line = text(content, "symptom_row", sign=row.sign, causes=names)
        rows.append(text(content, "cited", text=line, sources=shorts(k, row.sources)))
    blocks = [
        cite(content, k.symptoms.red_flag_note),
        join([text(content, "symptoms_title"), *rows]),
        join([text(content, "lookalikes_heading"), cite(content, k.symptoms.lookalikes)]),
        disclaimer(content),
    ]
    buttons = [
        [(label(content, "button_causes"), "causes"), (label(content, "button_doctor"), "doctor")],
        [(label(content, "button_sources"), "src:symptoms")],
    ]
    return paginate(blocks, buttons)


def b12_view(content: Content) -> list[Screen]:
    """B12 overview and a button per part (`b12:<part>`)."""
    b12 = content.knowledge.b12
    parts = [(p.title, f"b12:{p.id}") for p in b12.parts]
    rows = [parts[i : i + 2] for i in range(0, len(parts), 2)]
    rows.append([(label(content, "button_sources"), "src:b12")])
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
        [(label(content, "button_sources"), f"src:b12:{part.id}")],
        [(content.label("common.back"), "b12")],
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
    buttons = [[(label(content, "button_sources"), "src:foods")]]
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


def prevent_view(content: Content) -> list[Screen]:
    """During a cramp, the bedtime stretch routine step by step, fluids, habits."""
    k = content.knowledge
    p = k.prevent
    blocks = [
        cite(content, k.symptoms.red_flag_note),
        text(content, "prevent_title"),
        _section(content, p.during.title, p.during.points, p.during.caution),
        stretch_routine(content),
        _section(content, p.fluids.title, p.fluids.points, p.fluids.caution),
        _section(content, p.habits.title, p.habits.points, p.habits.caution),
        disclaimer(content),
    ]
    buttons = [
        [(label(content, "button_doctor"), "doctor")],
        [(label(content, "button_sources"), "src:prevent")],
    ]
    return paginate(blocks, buttons)


def _section(content: Content, title: str, points: Iterable[Claim], caution: str) -> Html:
    lines = [text(content, "section_heading", title=title)]
    lines += [text(content, "bullet", text=cite(content, point)) for point in points]
    if caution:
        lines.append(text(content, "caution", text=caution))
    return join(lines)


def doctor_view(content: Content) -> list[Screen]:
    """Red flags by level, emergency first, then the disclaimer."""
    k = content.knowledge
    blocks = [text(content, "doctor_title")]
    for level in k.doctor.levels:
        lines = [
            text(content, f"heading_{level.level}", title=level.title),
            text(content, "caution", text=level.advice),
        ]
        for flag in level.flags:
            shown = text(content, "cited", text=flag.text, sources=shorts(k, flag.sources))
            lines.append(text(content, "bullet", text=shown))
        blocks.append(join(lines))
    blocks += [cite(content, k.doctor.intro), disclaimer(content)]
    return paginate(blocks, [[(label(content, "button_sources"), "src:doctor")]])


def evidence_view(content: Content, item_id: str) -> list[Screen] | None:
    """What the evidence says about a remedy (`ev:<id>`); None if unknown."""
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
        [(label(content, "button_sources"), f"src:ev:{item.id}")],
        [(label(content, "button_causes"), "causes")],
    ]
    return paginate(blocks, buttons)


def view_for(content: Content, data: str) -> list[Screen] | None:
    """The screens a knowledge callback opens, or None when the data is not one of them."""
    kind, _, ref = data.partition(":")
    pages = {
        "causes": causes_view, "symptoms": symptoms_view, "b12": b12_view,
        "foods": foods_view, "prevent": prevent_view, "doctor": doctor_view,
    }  # fmt: skip
    if not ref and kind in pages:
        return pages[kind](content)
    if kind == "cause":
        return cause_view(content, ref)
    if kind == "b12":
        return b12_part_view(content, ref)
    if kind == "ev":
        return evidence_view(content, ref)
    if kind == "src":
        return sources_view(content, ref)
    return None


def all_data(knowledge: Knowledge) -> list[str]:
    """Every callback data that opens a knowledge screen (for checks and tests)."""
    entries = ["causes", "symptoms", "b12", "foods", "prevent", "doctor"]
    entries += [f"cause:{c.id}" for c in knowledge.causes.causes]
    entries += [f"b12:{p.id}" for p in knowledge.b12.parts]
    entries += [f"ev:{e.id}" for e in knowledge.evidence.items]
    return entries + [f"src:{entry}" for entry in entries]
