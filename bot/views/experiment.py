"""/experiment's screens: the start screen, the weeks, how it is going, the week notices and
the result, always about the user's own diary.

Buttons: `ex:go:<hhmm>` (start; the stretch reminder's time when one is set), `ex:no:0`,
`ex:stop:0`, `ex:resume:0` and `ex:over:0` (end the experiment on hold, offer a new one); the
result's "keep the stretch reminder" resumes the one it set (`rm:<id>:resume`).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import Literal

from bot.content.html import Html, join
from bot.content.loader import Content
from bot.reports.experiment import WEEK_NIGHTS, WEEKS, Arm, Condition, Plan, Result
from bot.services.experiment import Changed, Notice, Offer, Started, Status
from bot.views.callback_data import CallbackData
from bot.views.reminder_data import ChangeData
from bot.views.reminders import creation_screen
from bot.views.screen import Button, Screen

Press = Literal["go", "no", "stop", "resume", "over"]


@dataclass(frozen=True, slots=True)
class ExperimentData(CallbackData, prefix="ex"):
    """`ex:<press>:<hhmm>`: a button of the experiment's screens (`at` only for `go`)."""

    press: Press
    at: int = 0

    @property
    def clock(self) -> time | None:
        """The stretch reminder's time a start button carries (None: not a valid time)."""
        hours, minutes = divmod(self.at, 100)
        return time(hours, minutes) if hours < 24 and minutes < 60 else None


def _t(content: Content, key: str, /, **values: object) -> Html:
    return content.text(f"experiment.{key}", **values)


def _l(content: Content, key: str, /, **values: object) -> str:
    return content.label(f"experiment.{key}", **values)


def _button(content: Content, key: str, press: Press, at: int = 0) -> Button:
    return _l(content, key), ExperimentData(press, at).pack()


def _evening(night: date) -> str:
    """A night named by its evening, as the user sees it: "Fri 2026-11-20"."""
    day = night - timedelta(days=1)
    return f"{day:%a} {day:%Y-%m-%d}"


def _times(times: Sequence[time]) -> str:
    return ", ".join(f"{t:%H:%M}" for t in times)


def _number(value: float) -> str:
    """Three significant digits: 0.0169, 1.97, 42."""
    return "0" if value == 0 else f"{value:.3g}"


def condition_text(content: Content, condition: Condition) -> Html:
    """What a week asks of the user."""
    return _t(content, condition)


def weeks(content: Content, plan: Plan) -> list[Html]:
    """One line a week: its condition and evenings (a week a stop holds: after the hold)."""
    lines = []
    for week, condition, first, last in plan.weeks():
        text = condition_text(content, condition)
        if first is None or last is None:
            lines.append(_t(content, "week_line_held", week=week, condition=text))
        else:
            lines.append(_t(content, "week_line", week=week, condition=text,
                            start=_evening(first), end=_evening(last)))  # fmt: skip
    return lines


def _week_end(plan: Plan, week: int) -> str:
    last = plan.night(week * WEEK_NIGHTS - 1)
    return _evening(last) if last is not None else "?"


def _this_week(content: Content, current: Status) -> Html:
    """How the stretch reminder stands this week."""
    if current.condition == "stretch":
        if current.stretch_at:
            return _t(content, "now_stretch", times=_times(current.stretch_at))
        return _t(content, "now_stretch_without")
    return _t(content, "now_none" if current.stretch_at else "now_none_without")


# -- starting ------------------------------------------------------------------------------


def offer_screen(content: Content, offer: Offer) -> Screen:
    """The start screen: what starting sets up, and the consent to the check-in."""
    if offer.status is not None:
        return refused_screen(content, offer.status)
    lines = [_t(content, "offer")]
    if offer.stretch_at:
        lines.append(_t(content, "offer_have", times=_times(offer.stretch_at)))
    else:
        lines.append(_t(content, "offer_new", time=f"{offer.new_at:%H:%M}"))
    if offer.checkin_at is not None:
        lines.append(_t(content, "offer_checkin_on", time=f"{offer.checkin_at:%H:%M}"))
    else:
        lines.append(_t(content, "offer_checkin_off"))
    if offer.first_night is not None:
        lines.append(_t(content, "offer_first", date=_evening(offer.first_night)))
    lines.append(_t(content, "offer_note"))
    at = offer.new_at.hour * 100 + offer.new_at.minute
    start = "button_start" if offer.checkin_at is not None else "button_start_checkin"
    rows = [[_button(content, start, "go", at)], [_button(content, "button_cancel", "no")]]
    return Screen(join(lines), rows)


def refused_screen(content: Content, current: Status) -> Screen:
    """A second experiment while one is open: the one running, or the one on hold with its
    two ways on."""
    if current.state == "stopped":
        rows = [[_button(content, "button_resume", "resume")],
                [_button(content, "button_over", "over")]]  # fmt: skip
        return Screen(_t(content, "one_on_hold"), rows)
    return Screen(_t(content, "one_at_a_time", week=min(current.week, WEEKS)))


def started_screen(content: Content, started: Started) -> Screen:
    """Started: week 1 and the calendar; or why not (the reminder that could not be set)."""
    if started.creation is not None:
        return creation_screen(content, started.creation)
    current = started.status
    assert current is not None and current.plan is not None
    if started.existing:
        return refused_screen(content, current)
    plan = current.plan
    first = plan.night(0)
    assert first is not None
    lines = [
        _t(content, "started", date=_evening(first),
           condition=condition_text(content, plan.order[0])),
        *weeks(content, plan),
        _this_week(content, current),
    ]  # fmt: skip
    return Screen(join(lines), [[_button(content, "button_stop", "stop")]])


# -- how it is going -----------------------------------------------------------------------


def _answered(content: Content, stretch: Arm, none: Arm) -> Html:
    return _t(
        content, "answered", s_answered=stretch.answered, s_nights=stretch.nights,
        s_missed=stretch.missed, n_answered=none.answered, n_nights=none.nights,
        n_missed=none.missed,
    )  # fmt: skip


def _on_hold(content: Content, current: Status, key: str) -> Html:
    plan = current.plan
    assert plan is not None
    done = plan.scheduled()
    week = min(done // WEEK_NIGHTS + 1, WEEKS)
    return _t(
        content, key, date=_evening(current.held_from) if current.held_from else "?",
        done=done, week=week, condition=condition_text(content, plan.order[week - 1]),
        left=WEEK_NIGHTS - done % WEEK_NIGHTS,
    )  # fmt: skip


def status_screen(content: Content, current: Status) -> Screen:
    """/experiment: none yet, this week and the answers so far, on hold, or the result."""
    if current.state == "none" or current.plan is None:
        return Screen(_t(content, "none_yet"))
    if current.state == "done":
        return result_screen(content, current, notice=False)
    assert current.stretch is not None and current.none is not None
    lines = [_t(content, "title")]
    if current.state == "stopped":
        lines.append(_on_hold(content, current, "on_hold"))
        rows = [[_button(content, "button_resume", "resume")]]
    else:
        condition = current.condition or current.plan.order[-1]
        week = min(current.week, WEEKS)
        lines += [
            _t(content, "running", week=week, end=_week_end(current.plan, week),
               condition=condition_text(content, condition)),
            _this_week(content, current),
        ]  # fmt: skip
        rows = [[_button(content, "button_stop", "stop")]]
        if not current.checkin_on:
            lines.append(_t(content, "checkin_paused"))
    lines += [_answered(content, current.stretch, current.none), _t(content, "result_later")]
    return Screen(join(lines), rows)


def notice_screen(content: Content, notice: Notice) -> Screen:
    """The experiment job's message: a week begins, or the result."""
    current = notice.status
    if notice.kind == "result":
        return result_screen(content, current, notice=True)
    assert current.plan is not None and current.condition is not None
    lines = [
        _t(content, "notice_week", week=current.week, end=_week_end(current.plan, current.week),
           condition=condition_text(content, current.condition)),
        _this_week(content, current),
    ]  # fmt: skip
    if not current.checkin_on:
        lines.append(_t(content, "checkin_paused"))
    return Screen(join(lines), [[_button(content, "button_stop", "stop")]])


def changed_screen(content: Content, changed: Changed, *, stopping: bool) -> Screen:
    """After a stop or a resume (or why nothing changed)."""
    current = changed.status
    if changed.change == "none":
        return Screen(_t(content, "not_running"))
    if changed.change == "already":
        return Screen(_t(content, "already_on_hold"), [[_button(content, "button_resume",
                                                                "resume")]])  # fmt: skip
    if changed.change == "running":
        return Screen(_t(content, "already_running", week=min(current.week, WEEKS)))
    if changed.change == "too_late":
        return Screen(_t(content, "too_late"))
    if stopping:
        lines = [_on_hold(content, current, "stopped")]
        if current.made_reminder is not None:
            lines.append(_t(content, "stopped_made"))
        return Screen(join(lines), [[_button(content, "button_resume", "resume")]])
    assert current.plan is not None and current.condition is not None
    start = current.plan.pauses[-1][1] if current.plan.pauses else None
    last = current.plan.last
    lines = [
        _t(content, "resumed", week=current.week,
           date=_evening(start) if start else _evening(current.plan.first),
           condition=condition_text(content, current.condition),
           end=_evening(last) if last else "?"),
        _this_week(content, current),
    ]  # fmt: skip
    return Screen(join(lines), [[_button(content, "button_stop", "stop")]])


# -- the result ----------------------------------------------------------------------------


def _arm(content: Content, key: str, arm: Arm) -> Html:
    rate = f"{arm.rate:.1f}" if arm.rate is not None else "-"
    return _t(content, key, cramps=arm.cramps, answered=arm.answered, rate=rate,
              missed=arm.missed, done=arm.done)  # fmt: skip


def _verdict(content: Content, found: Result) -> list[Html]:
    if found.verdict == "too_few":
        parts = [
            content.label("experiment.too_few_part", n=arm.answered,
                          which=content.label(f"experiment.which_{arm.condition}"))
            for arm in (found.stretch, found.none) if arm.answered < 7
        ]  # fmt: skip
        return [_t(content, "too_few", parts=", ".join(parts))]
    if found.verdict == "no_cramps" or found.ratio is None:
        return [_t(content, "no_cramps")]
    ratio = found.ratio
    if ratio.estimate is not None and math.isinf(ratio.estimate):
        line = _t(content, "ratio_open", low=_number(ratio.low))
    else:
        assert ratio.estimate is not None
        line = _t(content, "ratio", ratio=_number(ratio.estimate), low=_number(ratio.low),
                  high=_number(ratio.high))  # fmt: skip
    return [line, _t(content, found.verdict)]


def result_screen(content: Content, current: Status, *, notice: bool) -> Screen:
    """The comparison of the two kinds of week, from the diary alone, with what it rests on;
    then how the reminders stand now."""
    assert current.stretch is not None and current.none is not None
    found = current.result
    assert found is not None
    lines = [
        _t(content, "result_title"),
        _arm(content, "arm_stretch", current.stretch),
        _arm(content, "arm_none", current.none),
        *_verdict(content, found),
    ]
    capped = current.stretch.capped + current.none.capped
    if capped:
        lines.append(_t(content, "capped", n=capped))
    lines.append(_t(content, "caveat"))
    rows: list[list[Button]] = []
    if notice:
        made = current.made_reminder
        lines.append(_t(content, "after_made" if made is not None else "after_restored"))
        if made is not None:
            rows.append([(_l(content, "button_keep_reminder"), ChangeData(made, "resume").pack())])
        if current.checkin_turned_on:
            lines.append(_t(content, "after_checkin"))
    return Screen(join(lines), rows)


def usage(content: Content) -> Screen:
    """Arguments /experiment does not take: the forms."""
    return Screen(_t(content, "usage"))


def cancelled(content: Content) -> Screen:
    """ "Not now" on the start screen."""
    return Screen(_t(content, "cancelled"))
