"""The guided bedtime stretch's message: the countdown with Pause / Resume and Stop, the end
screens, and the Start buttons (on the stretch reminder and /prevent's routine).

Words come from content/<lang>/ui/guide.yaml; the source is the routine's, from knowledge.
Callback data: `views.guide_data`.
"""

from __future__ import annotations

from bot.content.html import Html, join
from bot.content.loader import Content
from bot.services.guided_stretch import HOLDS, PAUSE_LIMIT, ROUNDS, GuideView, Phase
from bot.views.guide_data import Control, ControlData, StartData
from bot.views.knowledge_data import KnowledgeData
from bot.views.knowledge_text import shorts
from bot.views.screen import Button, Screen


def _t(content: Content, key: str, /, **values: object) -> Html:
    return content.text(f"guide.{key}", **values)


def _l(content: Content, key: str, /, **values: object) -> str:
    return content.label(f"guide.{key}", **values)


def start_button(content: Content, delivery_id: int | None, *, long: bool = False) -> Button:
    """Start, on a stretch reminder (its delivery) or, longer, under /prevent's routine."""
    return (_l(content, "button_start_guided" if long else "button_start"),
            StartData(delivery_id).pack())  # fmt: skip


def about_button(content: Content) -> Button:
    """The routine with its sources and the evidence for it (/prevent's routine entry)."""
    return (_l(content, "button_about"), KnowledgeData("prevent", "routine").pack())


def _stretch(content: Content, phase: Phase) -> str:
    return _l(content, f"{phase.muscle}_{phase.side}")


def _now_line(content: Content, view: GuideView) -> Html:
    phase, seconds = view.phase, view.seconds_left
    stretch = _stretch(content, phase)
    if view.state == "paused":
        return _t(content, "paused", stretch=stretch, seconds=seconds)
    return _t(content, phase.kind, stretch=stretch, seconds=seconds)


def guide_screen(content: Content, view: GuideView) -> Screen:
    """The guided message as `view` says: the countdown (step n of N, what to do, the source
    one tap away) with Pause or Resume and Stop; or the end: done, stopped."""
    if view.state == "finished":  # the end screens have no buttons: nothing more to press
        return Screen(_t(content, f"done_{view.outcome or 'nothing'}"))
    if view.state == "stopped":
        return Screen(_t(content, "stopped"))
    if view.state == "idle":
        return Screen(_t(content, "idle", minutes=int(PAUSE_LIMIT.total_seconds() // 60)))
    phase = view.phase
    source = shorts(content.knowledge, content.knowledge.prevent.routine.sources)
    text = join([
        _t(content, "title"),
        _t(content, "step", number=phase.number, total=HOLDS, round=phase.round, rounds=ROUNDS),
        _now_line(content, view),
        _t(content, f"cue_{phase.muscle}"),
        Html(""),
        _t(content, "gentle"),
        _t(content, "source", source=source),
    ])  # fmt: skip
    toggle: Control = "resume" if view.state == "paused" else "pause"
    rows: list[list[Button]] = [
        [(_l(content, f"button_{toggle}"), ControlData(view.token, toggle).pack()),
         (_l(content, "button_stop"), ControlData(view.token, "stop").pack())],
        [about_button(content)],
    ]  # fmt: skip
    return Screen(text, rows)


def answer(content: Content, key: str) -> str:
    """The short line a press is answered with (`answer_<key>`)."""
    return _l(content, f"answer_{key}")
