"""Every knowledge screen is valid Telegram HTML within the limits, with sane buttons."""

from __future__ import annotations

import ast
import html
from pathlib import Path

import pytest

import bot.content_check as check
from bot.content.html import Html, telegram_problem
from bot.content.loader import Content
from bot.content.tg_rules import parse_html
from bot.content_check import MAX_BUTTONS, check_all, knowledge_screens
from bot.services import cause_finder as cf
from bot.views import knowledge as views
from bot.views.knowledge_data import KnowledgeData
from bot.views.pages import MAX_VISIBLE, paginate, visible_length
from bot.views.screen import Screen
from bot.views.triage import banner
from tests.fakes.knowledge import at, kn, src


def test_every_screen_is_valid_telegram_html(content: Content) -> None:
    screens = knowledge_screens(content)
    assert len(screens) > 60
    for data, pages in screens.items():
        assert pages, data
        for screen in pages:
            assert telegram_problem(screen.text) is None, data
            assert visible_length(screen.text) <= MAX_VISIBLE, data
            for row in screen.buttons:
                assert 1 <= len(row) <= 3, data
                for label, callback in row:
                    assert label.strip(), data
                    assert 1 <= len(callback.encode("utf-8")) <= 64, (data, callback)


def at_data(data: str) -> KnowledgeData:
    found = KnowledgeData.unpack(data)
    assert found is not None, data
    return found


def test_every_button_opens_something(content: Content) -> None:
    known = {d.pack() for d in views.all_data(content.knowledge)}
    for data, pages in knowledge_screens(content).items():
        for screen in pages:
            for _, callback in (button for row in screen.buttons for button in row):
                prefix = callback.split(":")[0]
                assert callback in known or prefix in ("chk", "rem", "gs"), (data, callback)


def test_content_check_summary() -> None:
    assert "knowledge screens OK" in check_all()


def test_no_knowledge_screen_has_more_than_8_buttons(content: Content) -> None:
    for data, pages in knowledge_screens(content).items():
        for screen in pages:
            assert sum(len(row) for row in screen.buttons) <= MAX_BUTTONS, data


def test_content_check_refuses_a_screen_with_9_buttons(
    content: Content, monkeypatch: pytest.MonkeyPatch
) -> None:
    crowded = [Screen(Html("x"), [[(str(n), kn(f"cause:{n}"))] for n in range(MAX_BUTTONS + 1)])]
    monkeypatch.setattr(check, "knowledge_screens", lambda _: {"causes": crowded})
    with pytest.raises(ValueError, match="9 buttons"):
        check.check_knowledge(content)


def test_causes_lists_groups_and_each_group_its_causes(content: Content) -> None:
    k = content.knowledge
    (screen,) = views.causes_view(content)
    data = [d for row in screen.buttons for _, d in row]
    assert data == [kn(f"group:{g.id}") for g in k.causes.groups] + [src("causes")]
    assert 2 <= len(k.causes.groups) <= 7
    shown: list[str] = []
    for group in k.causes.groups:
        assert group.title in screen.text
        opened = views.cause_group_view(content, group.id)
        assert opened is not None
        (detail,) = opened
        causes = [d for row in detail.buttons for _, d in row if d.startswith("kn:cause:")]
        assert causes, group.id
        assert detail.buttons[-1] == [("« Back", kn("causes"))]
        for cause_data in causes:
            cause = k.cause(str(at_data(cause_data).ref))
            assert cause is not None and cause.group == group.id
            assert cause.title in detail.text
        shown += causes
    assert sorted(shown) == sorted(kn(f"cause:{c.id}") for c in k.causes.causes)
    assert views.cause_group_view(content, "nope") is None


def test_the_warning_banner_comes_first_on_every_list(content: Content) -> None:
    note = banner(content)
    lists = ["causes", "group:everyday", "symptoms", "symptoms:more", "prevent", "prevent:now",
             "prevent:routine", "prevent:fluids", "prevent:habits"]  # fmt: skip
    for data in lists:
        screens = views.view_for(content, at(data))
        assert screens is not None, data
        assert screens[0].text.startswith(note), data


def test_cause_detail_red_flags_first_and_buttons(content: Content) -> None:
    screens = views.cause_view(content, "circulation")
    assert screens is not None
    text = screens[0].text
    assert text.index("Get care first") < text.index("How it works")
    assert screens[-1].buttons == [
        [("Sources", src("cause:circulation"))],
        [("« Back", kn("group:conditions"))],
    ]
    assert views.cause_view(content, "nope") is None


def test_doctor_levels_in_order(content: Content) -> None:
    text = "".join(s.text for s in views.doctor_view(content))
    titles = [level.title for level in content.knowledge.triage.levels]
    positions = [text.index(title.split(":")[0]) for title in titles]
    assert positions == sorted(positions)
    assert content.knowledge.triage.disclaimer in text
    assert "999 (UK), 112 (EU) or 911 (US)" in text  # all three: no zone on a shared page


def test_doctor_opens_with_reassurance_and_one_line_per_level(content: Content) -> None:
    triage = content.knowledge.triage
    (screen,) = views.doctor_view(content)
    plain = parse_html(screen.text).text
    lines = plain.split("\n")
    assert lines[0] == "When to see a doctor"
    first = triage.levels[0].title_for(triage.numbers.default)
    assert plain.index(triage.intro.text) < plain.index(first)
    for icon, level in zip("🚨⚠️📅".replace("\ufe0f", ""), triage.levels, strict=True):
        (line,) = [x for x in lines if level.title_for(triage.numbers.default) in x]
        headline = [s.short for s in triage.signs_of(level.level) if s.headline]
        assert line.startswith(icon) and headline[-1] in line, level.level
    for sign in triage.signs:
        assert sign.text not in plain  # the full lists are one tap away
    data = [d for row in screen.buttons for _, d in row]
    assert data == [kn("doctor:emergency"), kn("doctor:today"), kn("doctor:book"), src("doctor")]


@pytest.mark.parametrize("level", ["emergency", "today", "book"])
def test_doctor_level_lists_every_sign_with_sources(content: Content, level: str) -> None:
    k = content.knowledge
    found = k.level(level)
    assert found is not None
    screens = views.doctor_level_view(content, level)
    assert screens is not None
    text = "".join(parse_html(s.text).text for s in screens)
    title = found.title_for(k.triage.numbers.default)
    assert text.index(title) < text.index(found.advice_for(k.triage.numbers.default))
    for sign in k.triage.signs_of(level):
        assert sign.text in text
        for source in sign.sources:
            assert k.sources[source].short in text
    assert screens[-1].buttons == [
        [("Sources", src(f"doctor:{level}"))],
        [("« Back", kn("doctor"))],
    ]
    sources = views.sources_view(content, at(f"doctor:{level}"))
    assert sources is not None
    assert sources[0].buttons == [[("« Back", kn(f"doctor:{level}"))]]
    assert views.doctor_level_view(content, "later") is None


def test_prevent_is_an_overview_with_a_button_per_part(content: Content) -> None:
    (screen,) = views.prevent_view(content)
    data = [d for row in screen.buttons for _, d in row]
    assert data[0] == kn("prevent:now")
    assert "Stop a cramp now" in screen.buttons[0][0][0]
    for part in (
        kn("prevent:routine"),
        kn("prevent:fluids"),
        kn("prevent:habits"),
        kn("doctor"),
        src("prevent"),
    ):
        assert part in data
    assert content.knowledge.prevent.routine.steps[0].text not in screen.text


def test_stop_a_cramp_now_is_a_few_lines_of_steps(content: Content) -> None:
    screens = views.prevent_part_view(content, "now")
    assert screens is not None
    (screen,) = screens
    plain = parse_html(screen.text).text
    for words in ("pull your toes up toward your face", "walk, or shake the leg", "massage",
                  "warm shower", "Painkillers work too slowly", "24 hours"):  # fmt: skip
        assert words in plain, words
    for source in ("Mayo Clinic", "NHS", "MedlinePlus"):
        assert source in plain
    assert len(plain.split("\n")) <= 14
    assert visible_length(screen.text) <= 1000
    assert ("« Back", kn("prevent")) in [b for row in screen.buttons for b in row]
    assert views.prevent_part_view(content, "later") is None


def test_b12_overview_has_part_buttons(content: Content) -> None:
    (screen,) = views.b12_view(content)
    data = [d for row in screen.buttons for _, d in row]
    assert data == [kn(f"b12:{p.id}") for p in content.knowledge.b12.parts]
    intake = views.b12_part_view(content, "intake")
    assert intake is not None
    assert "2.4 µg" in intake[0].text


def test_sources_view_lists_links(content: Content) -> None:
    screens = views.sources_view(content, at("cause:b12_deficiency"))
    assert screens is not None
    assert 'href="https://www.nhs.uk/' in screens[0].text
    assert views.sources_view(content, KnowledgeData("cause", "nope")) is None
    assert views.sources_view(content, KnowledgeData("foods", "bogus")) is None


def test_check_question_screen(content: Content) -> None:
    (first,) = views.check_question_view(content, cf.start())
    assert "Question 1" in first.text
    assert "usually under 8" in first.text and "not a diagnosis" in first.text
    assert first.buttons == [[("Yes", "chk:1:y"), ("No", "chk:1:n"), ("Not sure", "chk:1:u")]]
    (second,) = views.check_question_view(content, cf.answer(content.knowledge, cf.start(), "n"))
    assert second.buttons[-1] == [("« Back", "chk:2:b")]


def test_check_result_emergency_shows_level_first(content: Content) -> None:
    state = cf.answer(content.knowledge, cf.start(), "y")
    (screen,) = views.check_question_view(content, state)
    triage = content.knowledge.triage
    assert screen.text.startswith("🚨")
    assert triage.levels[0].title_for(triage.numbers.default) in html.unescape(screen.text)


def finder_result(content: Content, **answers: str) -> str:
    given = [("emergency", "n"), ("today", "n"), *answers.items()]
    (screen,) = views.check_result_view(content, cf.result(content.knowledge, given))
    return html.unescape(screen.text)


def test_check_result_offers_reminders(content: Content) -> None:
    given = [("emergency", "n"), ("today", "n"), ("daily", "y"), ("fluids", "y")]
    (screen,) = views.check_result_view(content, cf.result(content.knowledge, given))
    data = [d for row in screen.buttons for _, d in row]
    assert "rem:new:hydration" in data
    assert kn("cause:dehydration") in data
    assert "reminder buttons below" in screen.text


def test_check_result_titles_and_sections(content: Content) -> None:
    text = finder_result(content, walking="y")
    assert "What may play a part" in text and "Likely causes" not in text
    for heading in ("Your medicines", "Worth checking", "Nothing stood out"):
        assert heading not in text
    text = finder_result(content, medicines="y", statin="y", about="y", diet="y")
    assert "Your medicines" in text and "• a statin" in text
    assert "Don't stop a medicine on your own" in text
    assert "Worth checking with your doctor" in text
    assert "Your vitamin B12 level</b>: you eat few or no animal products." in text
    given = [("emergency", "n"), ("today", "n"), ("about", "y"), ("diet", "y")]
    (screen,) = views.check_result_view(content, cf.result(content.knowledge, given))
    assert ("Your vitamin B12 level", kn("cause:b12_deficiency")) in screen.buttons[0]
    text = finder_result(content, walking="n")
    assert "Nothing stood out" in text and "What may play a part" not in text
    assert "before bed" in text and "cramp diary" in text


@pytest.mark.parametrize(
    "answers",
    [{}, {"walking": "y"}, {"daily": "y", "exercise": "y", "posture": "y", "fluids": "y"},
     {"medicines": "y", "diuretic": "y", "about": "y", "diet": "y", "over_50": "y"}],
)  # fmt: skip
def test_check_result_has_no_empty_section(content: Content, answers: dict[str, str]) -> None:
    text = finder_result(content, **answers)
    blocks = text.split("\n\n")
    for index, block in enumerate(blocks):
        lines = block.strip().split("\n")
        last = index == len(blocks) - 1
        # a heading alone in its block, with no item after it, is an empty section
        assert not (len(lines) == 1 and lines[0].endswith(":")), block
        assert last or not (len(lines) == 1 and lines[0].startswith("<b>")
                            and "What may play a part" not in lines[0]), block  # fmt: skip
    screen = views.check_result_view(
        content,
        cf.result(content.knowledge, [("emergency", "n"), ("today", "n"), *answers.items()]),
    )[-1]
    assert sum(len(row) for row in screen.buttons) <= 8


@pytest.mark.parametrize("count", [1, 5, 40])
def test_paginate_splits_cleanly(count: int) -> None:
    block = Html("<b>" + "x" * 1000 + "</b>")
    screens = paginate([block] * count, [[("Back", "causes")]])
    assert all(telegram_problem(s.text) is None for s in screens)
    assert all(visible_length(s.text) <= MAX_VISIBLE for s in screens)
    assert sum(s.text.count("<b>") for s in screens) == count
    assert [bool(s.buttons) for s in screens] == [False] * (len(screens) - 1) + [True]


def test_views_do_not_import_telegram() -> None:
    root = Path(__file__).resolve().parents[2] / "bot"
    files = ["views/knowledge.py", "views/check.py", "views/knowledge_text.py", "views/pages.py",
             "views/causes.py", "views/doctor.py", "views/prevent.py",
             "services/cause_finder.py", "services/topics.py", "content/knowledge.py"]  # fmt: skip
    for name in files:
        tree = ast.parse((root / name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import | ast.ImportFrom):
                module = getattr(node, "module", None) or node.names[0].name
                assert not module.startswith("telegram"), name
