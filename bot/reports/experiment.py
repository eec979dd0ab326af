"""A personal experiment with the bedtime stretch: its calendar and its result. Pure.

Four weeks of seven nights each, alternating "stretch every evening" and "no stretch"; which
comes first is drawn at start. A night is named by the local date of its morning, as in the
morning check-in's `nights` table (the night from 18:00 the evening before to noon).

The calendar (`Plan`) counts experiment nights: night 0 is `first`, and a stop leaves a gap
(`pauses`, each [first night left out, first night after it) or open while stopped), so a
resume continues where the plan stood and the remaining weeks move later. Times of day:
- an experiment starts, stops or resumes with the first night that has not yet begun (its
  evening starts at 18:00): before 18:00 that is tonight, later tomorrow night (`next_night`);
- the stretch reminder follows the week of the night its next evening belongs to: until noon
  the night that is ending, from noon the night to come (`evening_night`), so a week's
  reminder is switched at noon before its first evening.

The result compares cramps a night in the two conditions over the nights answered at the
check-in (a count of 3 means "3 or more": a lower bound), as a Poisson rate ratio with its
exact interval (`rate_ratio`). Below MIN_NIGHTS answered nights in either condition it says
there are too few to tell; an interval that holds 1 cannot tell the two apart either.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from bot.reports.rate_ratio import RateRatio, rate_ratio

Condition = Literal["stretch", "none"]
CONDITIONS: tuple[Condition, ...] = ("stretch", "none")
WEEKS = 4
WEEK_NIGHTS = 7
NIGHTS = WEEKS * WEEK_NIGHTS
MIN_NIGHTS = 7  # answered nights of each condition before comparing
MOST = 3  # the check-in's largest count: "3 or more"
NIGHT_BEGINS = time(18, 0)
SWITCH_AT = time(12, 0)

Pause = tuple[date, date | None]  # [first night left out, first night after) ; None: open


def order_from(first: Condition) -> tuple[Condition, ...]:
    """The four weeks' conditions, alternating from `first`."""
    other: Condition = "none" if first == "stretch" else "stretch"
    return tuple(first if week % 2 == 0 else other for week in range(WEEKS))


def next_night(now: datetime, zone: ZoneInfo) -> date:
    """The first night that has not yet begun at `now` (a night begins at 18:00)."""
    local = now.astimezone(zone)
    return local.date() + timedelta(days=1 if local.time() < NIGHT_BEGINS else 2)


def evening_night(now: datetime, zone: ZoneInfo) -> date:
    """The night the next bedtime stretch belongs to: until noon the night ending this
    morning, from noon the night to come."""
    local = now.astimezone(zone)
    return local.date() + timedelta(days=0 if local.time() < SWITCH_AT else 1)


def last_ended(now: datetime, zone: ZoneInfo) -> date:
    """The latest night that has ended (at noon) by `now`."""
    local = now.astimezone(zone)
    return local.date() - timedelta(days=0 if local.time() >= SWITCH_AT else 1)


@dataclass(frozen=True, slots=True)
class Plan:
    """Which condition each night of the experiment had: `first` is experiment night 0."""

    first: date
    order: tuple[Condition, ...]
    pauses: tuple[Pause, ...] = ()

    def index(self, night: date) -> int | None:
        """The experiment night (0-27) `night` is, or None (before, after, or in a gap)."""
        if night < self.first:
            return None
        skipped = 0
        for start, end in self.pauses:
            if night < start:
                break
            if end is None or night < end:
                return None
            skipped += (end - start).days
        i = (night - self.first).days - skipped
        return i if i < NIGHTS else None

    def condition(self, night: date) -> Condition | None:
        """The night's condition, or None when it is not an experiment night."""
        i = self.index(night)
        return None if i is None else self.order[i // WEEK_NIGHTS]

    def night(self, index: int) -> date | None:
        """The calendar night of experiment night `index`; None while a stop holds it."""
        night = self.first + timedelta(days=index)
        for start, end in self.pauses:
            if night < start:
                break
            if end is None:
                return None
            night += end - start
        return night

    def scheduled(self) -> int:
        """Experiment nights that have a date: all of them, or while stopped those before."""
        return sum(1 for i in range(NIGHTS) if self.night(i) is not None)

    @property
    def last(self) -> date | None:
        """The experiment's last night (None while stopped: not yet known)."""
        return self.night(NIGHTS - 1)

    def week_at(self, night: date) -> int:
        """Which week (1-4) governs `night`: before the first night, week 1; in a gap, the
        week that continues after it; after the last night, 5 (over)."""
        if night < self.first:
            return 1
        last = self.last
        if last is not None and night > last:
            return WEEKS + 1
        done = sum(1 for i in range(NIGHTS) if (n := self.night(i)) is not None and n < night)
        return min(done // WEEK_NIGHTS + 1, WEEKS + 1)

    def weeks(self) -> list[tuple[int, Condition, date | None, date | None]]:
        """Each week: its number, condition, first and last night (None: held by a stop)."""
        return [
            (w + 1, self.order[w], self.night(w * WEEK_NIGHTS),
             self.night(w * WEEK_NIGHTS + WEEK_NIGHTS - 1))
            for w in range(WEEKS)
        ]  # fmt: skip

    def stopped(self, at: date) -> Plan:
        """The plan with nights from `at` on held (a stop)."""
        return Plan(self.first, self.order, (*self.pauses, (at, None)))

    def resumed(self, at: date) -> Plan:
        """The plan going on from night `at` (a resume closes the open gap; a stop and resume
        before the gap's first night leave no gap)."""
        if not self.pauses or self.pauses[-1][1] is not None:
            return self
        start = self.pauses[-1][0]
        kept = self.pauses[:-1]
        return Plan(self.first, self.order, kept if at <= start else (*kept, (start, at)))


@dataclass(frozen=True, slots=True)
class Arm:
    """One condition's nights that have ended: how many answered (and their cramps, and how
    many were noted as "3 or more"), how many without an answer, and for the stretch, on how
    many evenings the stretch reminder was marked done."""

    condition: Condition
    nights: int
    answered: int
    cramps: int
    capped: int
    done: int = 0

    @property
    def missed(self) -> int:
        """Nights of this condition that ended without a check-in answer."""
        return self.nights - self.answered

    @property
    def rate(self) -> float | None:
        """Cramps a night over the nights answered."""
        return self.cramps / self.answered if self.answered else None


Verdict = Literal["too_few", "no_cramps", "cannot_tell", "fewer_with", "more_with"]


@dataclass(frozen=True, slots=True)
class Result:
    """The two arms and what they tell: the stretch nights' rate over the others' (`ratio`,
    None until both have MIN_NIGHTS answered) and the verdict."""

    stretch: Arm
    none: Arm
    ratio: RateRatio | None
    verdict: Verdict


def arms(
    plan: Plan,
    answers: Mapping[date, int],
    *,
    through: date,
    done: Sequence[date] = (),
) -> tuple[Arm, Arm]:
    """Count each condition's nights up to `through` (the latest night that has ended; the
    night after it counts once answered, before its noon), their answers (`answers`: night
    -> cramps), and the nights after a stretch marked done."""
    counts: dict[Condition, list[int]] = {c: [0, 0, 0, 0, 0] for c in CONDITIONS}
    marked = set(done)
    for i in range(NIGHTS):
        night = plan.night(i)
        if night is None or night > through + timedelta(days=1):
            continue
        if night > through and night not in answers:  # this morning's, not yet answered
            continue
        c = counts[plan.order[i // WEEK_NIGHTS]]
        c[0] += 1
        if night in answers:
            cramps = answers[night]
            c[1] += 1
            c[2] += cramps
            c[3] += cramps >= MOST
        c[4] += night in marked
    stretch, none = (Arm(name, *counts[name]) for name in CONDITIONS)
    return stretch, Arm("none", none.nights, none.answered, none.cramps, none.capped)


def result(stretch: Arm, none: Arm) -> Result:
    """Compare the arms: too few nights, no cramps at all, or the rate ratio's verdict."""
    if stretch.answered < MIN_NIGHTS or none.answered < MIN_NIGHTS:
        return Result(stretch, none, None, "too_few")
    ratio = rate_ratio(stretch.cramps, stretch.answered, none.cramps, none.answered)
    if ratio.estimate is None:
        return Result(stretch, none, ratio, "no_cramps")
    if ratio.includes_one:
        return Result(stretch, none, ratio, "cannot_tell")
    return Result(stretch, none, ratio, "fewer_with" if ratio.high < 1 else "more_with")
