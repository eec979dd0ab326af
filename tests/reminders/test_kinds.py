"""The kind registry: every kind is complete, content names only known kinds, and a fourth
kind defined here, with its texts in memory, is created, scheduled and delivered without
touching any other module."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

import pytest

from bot.content.loader import Content, UiTexts, load_content
from bot.content_check import check_kinds
from bot.reminders import policy
from bot.reminders.dispatcher import Dispatcher
from bot.reminders.kinds import (
    KINDS,
    ArgsError,
    Description,
    ReminderKind,
    UnknownKind,
    by_word,
    kind,
    ordered,
    register,
    unregister,
)
from bot.reminders.kinds.args import note, parse_clock
from bot.reminders.remind_args import ParsedReminder, parse_remind
from bot.reminders.slots import daily
from bot.reminders.spec import ReminderSpec
from bot.services import cause_finder
from bot.views.reminders import describe, remind_menu, reminder_message
from tests.fakes.clock import FakeClock
from tests.fakes.sender import FakeSender
from tests.reminders.helpers import Sessions, add, deliveries

DAY = datetime(2026, 6, 1, tzinfo=UTC)
BUILT_IN = ["hydration", "stretch", "checkin", "checkup", "weekly"]


class Walk(ReminderKind):
    """A daily walk at a time; a late one is useless after 30 minutes."""

    name = "walk"
    words = ("stroll",)
    grace = timedelta(minutes=30)

    def valid(self, spec: ReminderSpec) -> bool:
        return spec.at_time is not None

    def slots(self, spec: ReminderSpec, start: datetime) -> Iterator[datetime]:
        assert spec.at_time is not None
        return daily(spec.at_time, start)

    def parse_args(self, rest: str, *, zone: str, now: datetime) -> ParsedReminder | ArgsError:
        first, _, tail = rest.partition(" ")
        at = parse_clock(first)
        if at is None:
            return ArgsError("bad_time")
        return ParsedReminder(ReminderSpec(kind=self.name, at_time=at, note=note(tail)))

    def default(self, *, today: date) -> ReminderSpec:
        return ReminderSpec(kind=self.name, at_time=time(18))

    def describe(self, spec: ReminderSpec) -> Description:
        return "what", {"time": spec.at_time}


WALK_TEXTS = {
    "kind_walk.name": "walk",
    "kind_walk.forms": "<code>/remind walk 18:00</code>",
    "kind_walk.menu": "🚶 Walk at 18:00",
    "kind_walk.button_remind": "🚶 Walk reminder",
    "kind_walk.what": "a walk at {time}",
    "kind_walk.message": "🚶 <b>Time for a short walk.</b>",
}


@pytest.fixture
def walk() -> Iterator[ReminderKind]:
    register(Walk)
    yield kind("walk")
    unregister("walk")


@pytest.fixture(scope="module")
def content() -> Content:
    return load_content()


def with_walk(content: Content) -> Content:
    return replace(content, ui=UiTexts({**content.ui.templates, **WALK_TEXTS}))


def test_built_in_kinds_in_menu_order() -> None:
    assert [k.name for k in ordered()] == BUILT_IN
    assert by_word("WATER") is KINDS["hydration"]
    assert by_word("check-up") is KINDS["checkup"]
    assert by_word("yoga") is None
    with pytest.raises(UnknownKind):
        kind("yoga")


@pytest.mark.parametrize("name", BUILT_IN)
def test_every_kind_has_its_texts_and_a_valid_default(content: Content, name: str) -> None:
    of = kind(name)
    spec = of.default(today=date(2026, 6, 1))
    assert spec.kind == name
    for key in ("name", "forms", "menu", "button_remind", "message"):
        assert f"{of.content}.{key}" in content.ui.templates
    assert describe(content, spec)


def test_content_check_refuses_a_kind_without_texts_or_an_unknown_one(
    walk: ReminderKind, content: Content
) -> None:
    with pytest.raises(ValueError, match=r"kind 'walk': no text kind_walk\.name"):
        check_kinds(content)
    check_kinds(with_walk(content))
    hydration = type(kind("hydration"))
    unregister("hydration")
    try:
        with pytest.raises(ValueError, match="unknown reminder kinds: hydration"):
            check_kinds(with_walk(content))
    finally:
        register(hydration)


def test_a_registered_name_cannot_be_taken_twice() -> None:
    class Other(Walk):
        name = "stretch"

    with pytest.raises(ValueError, match="twice"):
        register(Other)


async def test_a_fourth_kind_is_created_scheduled_and_delivered(
    walk: ReminderKind, content: Content, sessions: Sessions, clock: FakeClock
) -> None:
    texts = with_walk(content)
    clock.set(DAY)
    parsed = parse_remind("stroll 18:00 round the park", zone="UTC", now=clock.now())
    assert isinstance(parsed, ParsedReminder)
    assert parsed.spec == ReminderSpec(kind="walk", at_time=time(18), note="round the park")
    assert "rem:new:walk" in str(remind_menu(texts).buttons)
    assert describe(texts, parsed.spec) == "a walk at 18:00 (round the park)"
    await add(sessions, 1, parsed.spec, clock.now())
    await add(sessions, 2, walk.default(today=DAY.date()), clock.now())

    sender = FakeSender()
    dispatcher = Dispatcher(sessions, clock, sender)
    clock.set(DAY.replace(hour=18, minute=3))
    stats = await dispatcher.run_once()
    assert (stats.claimed, stats.sent) == (2, 2)
    shown = reminder_message(texts, sender.sent[0])
    assert shown.text.startswith("🚶 <b>Time for a short walk.</b>")
    assert "round the park" in shown.text

    clock.set(DAY.replace(day=2, hour=18, minute=31))  # later than the kind's 30 min grace
    stats = await dispatcher.run_once()
    assert (stats.sent, stats.missed) == (0, 2)
    assert [r.status for r in await deliveries(sessions)] == ["sent", "sent", "missed", "missed"]
    assert policy.ambiguous_attempts("walk") == 1


def test_the_cause_finder_offers_only_registered_kinds(
    walk: ReminderKind, content: Content
) -> None:
    result = cause_finder.result(content.knowledge, [])
    assert set(result.reminders) <= set(KINDS)
    assert "walk" not in result.reminders  # content does not offer it
