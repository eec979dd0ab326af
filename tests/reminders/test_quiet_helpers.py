"""Pure helpers behind the quiet-hours question and duplicates: which reminders quiet hours
keep out, when a check-up really comes, moving a reminder, a spec kept in `dialogs`."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from bot.reminders.kinds import kind
from bot.reminders.repository import same_reminder, spec_from_state, spec_state
from bot.reminders.schedule import ReminderSpec, quiet_keeps_out, real_wall

NOW = datetime(2026, 11, 20, 7, 15, tzinfo=UTC)


def wall(year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    """A naive local wall-clock time."""
    return datetime.combine(date(year, month, day), time(hour, minute))


NIGHT = (time(22, 30), time(7, 30))
STRETCH = ReminderSpec(kind="stretch", at_time=time(23))
DRINK = ReminderSpec(kind="hydration", interval_minutes=60, window_start=time(23),
                     window_end=time(2))  # fmt: skip
CHECKUP = ReminderSpec(kind="checkup", every_months=6, anchor=date(2026, 11, 20), at_time=time(23))
ONCE = ReminderSpec(kind="checkup", once_at=wall(2027, 3, 1, 9, 30), at_time=time(9, 30),
                    note="blood test")  # fmt: skip


@pytest.mark.parametrize(
    ("spec", "quiet", "kept_out"),
    [
        (STRETCH, NIGHT, True),
        (STRETCH, None, False),
        (ReminderSpec(kind="stretch", at_time=time(21, 30)), NIGHT, False),
        (DRINK, NIGHT, True),
        (
            ReminderSpec(
                kind="hydration", interval_minutes=60, window_start=time(6), window_end=time(23)
            ),
            NIGHT,
            False,
        ),
        (CHECKUP, NIGHT, False),  # a check-up waits for the end of quiet hours
    ],
)
def test_quiet_keeps_out(
    spec: ReminderSpec, quiet: tuple[time, time] | None, kept_out: bool
) -> None:
    assert quiet_keeps_out(spec, zone="Europe/Berlin", after=NOW, quiet=quiet) is kept_out


def test_a_checkup_really_comes_when_quiet_hours_end() -> None:
    late = wall(2027, 5, 20, 23)
    assert real_wall("checkup", late, NIGHT) == wall(2027, 5, 21, 7, 30)
    assert real_wall("checkup", wall(2027, 5, 20, 9), NIGHT) == wall(2027, 5, 20, 9)
    assert real_wall("stretch", late, NIGHT) == late  # dropped, never shown as moved


def test_moving_keeps_the_rest() -> None:
    assert kind("stretch").moved(STRETCH, time(7, 30)) == ReminderSpec(
        kind="stretch", at_time=time(7, 30)
    )
    moved = kind("hydration").moved(DRINK, time(7, 30))
    assert (moved.window_start, moved.window_end, moved.interval_minutes) == (
        time(7, 30), time(10, 30), 60,
    )  # fmt: skip
    assert kind("checkup").moved(ONCE, time(8)).once_at == wall(2027, 3, 1, 8)


@pytest.mark.parametrize("spec", [STRETCH, DRINK, CHECKUP, ONCE])
def test_a_spec_survives_the_dialogs_table(spec: ReminderSpec) -> None:
    import json

    assert spec_from_state(json.loads(json.dumps(spec_state(spec)))) == spec


@pytest.mark.parametrize("state", [{}, {"kind": "yoga"}, {"kind": "stretch"},
                                   {"kind": "stretch", "at_time": "25:00"}])  # fmt: skip
def test_a_damaged_state_is_none(state: dict[str, object]) -> None:
    assert spec_from_state(state) is None


def test_same_reminder_ignores_the_notes_case_and_spaces() -> None:
    a = ReminderSpec(kind="stretch", at_time=time(21), note="Calves  first")
    assert same_reminder(a, ReminderSpec(kind="stretch", at_time=time(21), note="calves first"))
    assert not same_reminder(a, ReminderSpec(kind="stretch", at_time=time(21)))
    assert not same_reminder(a, ReminderSpec(kind="stretch", at_time=time(21, 1),
                                             note="calves first"))  # fmt: skip
