"""The visit brief's figures: pure functions of the user's cramps and check-in nights.

- `Span`: the report's local dates, its bounds in UTC, and the span of the same length before.
- `figures` and `compare`: what changed, this span against the one before ("in your diary").
- `diary`: one row a night, in the format of the diary used in primary-care research on night
  cramps (Sebo et al., Swiss Med Wkly 2019;149:w20048): number of cramps, duration, severity
  0-10 and sleep disturbance 0-10. A night is dated by its morning and runs from 18:00 the
  evening before to noon (as the morning check-in's, `services.checkin.night_span`); a cramp
  logged between noon and 18:00 is in no night and is counted apart.
- `questions`: which "questions for your doctor" apply, by id (texts in content/en/ui/visit.yaml).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from bot.db.models import Cramp, Night
from bot.reports.insights import MIN_CRAMPS, MIN_NIGHTS
from bot.reports.stats import Nights, nights_summary

NIGHT_STARTS, NIGHT_ENDS = 18, 12  # local hours: the evening before, the morning of the night
MOST = 3  # the check-in's largest answer, "3 or more"
RISE = 1.5  # "more frequent": up by half ...
RISE_CRAMPS = 3  # ... and by at least 3 logged cramps
RISE_PER_WEEK = 1.0  # ... or, over the check-in's nights, by at least one cramp a week
SLEEP_DISTURBED = 5  # mean sleep disturbance (0-10) from which sleep is "often disturbed"
MIN_SCORED = 3  # nights with a sleep score before the mean says anything

Direction = Literal["up", "down", "same"]


@dataclass(frozen=True, slots=True)
class Span:
    """Local dates `first` to `last`, both included."""

    first: date
    last: date

    @property
    def days(self) -> int:
        """How many local days the span holds."""
        return (self.last - self.first).days + 1

    def before(self) -> Span:
        """The span of the same length just before this one."""
        return Span(self.first - timedelta(days=self.days), self.first - timedelta(days=1))

    def bounds(self, zone: ZoneInfo) -> tuple[datetime, datetime]:
        """UTC instants [start, end): local midnight of `first` to local midnight after `last`
        (a day with a DST change is 23 or 25 hours long)."""
        start = datetime.combine(self.first, time(0), tzinfo=zone)
        end = datetime.combine(self.last + timedelta(days=1), time(0), tzinfo=zone)
        return start.astimezone(UTC), end.astimezone(UTC)

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.first <= day <= self.last


def night_of(local: datetime) -> date | None:
    """The night (dated by its morning) a local time falls in; None between noon and 18:00."""
    if local.hour >= NIGHT_STARTS:
        return local.date() + timedelta(days=1)
    return local.date() if local.hour < NIGHT_ENDS else None


@dataclass(frozen=True, slots=True)
class Figures:
    """One span of the diary: cramps logged (by local date) with their mean severity, and the
    check-in's nights (dated by their morning)."""

    span: Span
    cramps: int
    rated: int
    severity_mean: float | None
    nights: Nights
    scored: int  # nights with a sleep score

    @property
    def per_week(self) -> float:
        """Cramps logged a week."""
        return round(self.cramps * 7 / self.span.days, 1)

    @property
    def free_share(self) -> int | None:
        """Cramp-free nights in per cent of the nights answered (None: none answered)."""
        n = self.nights
        return round(100 * n.free / n.checked) if n.checked else None

    @property
    def recorded(self) -> bool:
        """Whether anything at all was recorded in the span."""
        return self.cramps > 0 or self.nights.checked > 0


def figures(
    span: Span, cramps: Sequence[Cramp], nights: Sequence[Night], zone: ZoneInfo
) -> Figures:
    """The figures of `span` from any cramps and nights (those outside it are left out)."""
    mine = [c for c in cramps if c.occurred_at.astimezone(zone).date() in span]
    rated = [c.severity for c in mine if c.severity is not None]
    answered = [(n.cramps, n.sleep) for n in nights if n.night in span]
    return Figures(
        span=span, cramps=len(mine), rated=len(rated),
        severity_mean=round(sum(rated) / len(rated), 1) if rated else None,
        nights=nights_summary(answered), scored=sum(1 for _, s in answered if s is not None),
    )  # fmt: skip


@dataclass(frozen=True, slots=True)
class Change:
    """One measure in both spans and which way it went (None: there is nothing to compare)."""

    measure: str  # cramps, severity, nights, free, per_night, sleep
    before: float | None
    now: float | None
    direction: Direction | None


@dataclass(frozen=True, slots=True)
class Comparison:
    """What changed: this span's figures against the span of the same length before."""

    now: Figures
    before: Figures
    changes: tuple[Change, ...]
    rising: bool  # cramps became more frequent (see `rising`)


def _direction(before: float | None, now: float | None) -> Direction | None:
    if before is None or now is None:
        return None
    return "same" if now == before else "up" if now > before else "down"


def rising(now: Figures, before: Figures) -> bool:
    """Cramps became more frequent: logged cramps up by half and by RISE_CRAMPS (at least
    MIN_CRAMPS in the two spans), or, with MIN_NIGHTS check-in nights in each span, cramps a
    night up by half and by at least RISE_PER_WEEK a week. Nothing recorded before: False."""
    if not before.recorded:
        return False
    logged = (
        now.cramps + before.cramps >= MIN_CRAMPS
        and now.cramps >= before.cramps * RISE
        and now.cramps - before.cramps >= RISE_CRAMPS
    )
    a, b = now.nights, before.nights
    nightly = (
        a.checked >= MIN_NIGHTS and b.checked >= MIN_NIGHTS
        and a.cramps / a.checked >= RISE * b.cramps / b.checked
        and 7 * (a.cramps / a.checked - b.cramps / b.checked) >= RISE_PER_WEEK
    )  # fmt: skip
    return logged or nightly


def compare(now: Figures, before: Figures) -> Comparison:
    """Each measure in both spans; the check-in's only when either span has nights answered.
    Nothing recorded in the span before: nothing is compared (every direction None)."""
    pairs: list[tuple[str, float | None, float | None]] = [
        ("cramps", before.cramps, now.cramps),
        ("severity", before.severity_mean, now.severity_mean),
    ]
    if now.nights.checked or before.nights.checked:
        pairs += [
            ("nights", before.nights.checked, now.nights.checked),
            ("free", before.free_share, now.free_share),
            ("per_night", before.nights.per_night, now.nights.per_night),
            ("sleep", before.nights.sleep_mean, now.nights.sleep_mean),
        ]
    changes = tuple(
        Change(name, b, a, _direction(b, a) if before.recorded else None) for name, b, a in pairs
    )
    return Comparison(now, before, changes, rising(now, before))


@dataclass(frozen=True, slots=True)
class DiaryNight:
    """One night of the diary; None where it is not known. `cramps` is the check-in's count
    or the cramps logged, whichever is larger (`at_least`: the check-in's "3 or more")."""

    night: date
    cramps: int
    at_least: bool
    longest_s: int | None
    worst: int | None
    sleep: int | None
    answered: bool


@dataclass(frozen=True, slots=True)
class Diary:
    """The nights of a span with anything recorded, oldest first; `day_cramps`: cramps logged
    between noon and 18:00 on the span's dates (in no night); `span_nights`: nights in it."""

    nights: tuple[DiaryNight, ...]
    day_cramps: int
    span_nights: int


def diary(span: Span, cramps: Sequence[Cramp], nights: Sequence[Night], zone: ZoneInfo) -> Diary:
    """One row a night of `span` with a check-in answer or a logged cramp."""
    logged: dict[date, list[Cramp]] = {}
    day_cramps = 0
    for cramp in cramps:
        local = cramp.occurred_at.astimezone(zone)
        night = night_of(local)
        if night is None:
            if local.date() in span:
                day_cramps += 1
        elif night in span:
            logged.setdefault(night, []).append(cramp)
    answers = {n.night: n for n in nights if n.night in span}
    rows = []
    for night in sorted(logged.keys() | answers.keys()):
        mine, answer = logged.get(night, []), answers.get(night)
        count, at_least = len(mine), False
        if answer is not None and answer.cramps >= count:
            count, at_least = answer.cramps, answer.cramps >= MOST
        durations = [c.duration_s for c in mine if c.duration_s is not None]
        severities = [c.severity for c in mine if c.severity is not None]
        rows.append(
            DiaryNight(
                night=night, cramps=count, at_least=at_least,
                longest_s=max(durations, default=None), worst=max(severities, default=None),
                sleep=answer.sleep if answer is not None else None, answered=answer is not None,
            )
        )  # fmt: skip
    return Diary(tuple(rows), day_cramps, span.days)


# Questions for the doctor, in the order shown: from the cause finder's "yes" answers (by
# question id), from "not sure" to a medicine, from causes worth checking, from the diary.
FROM_YES = ("statin", "diuretic", "other_medicine", "walking", "health", "pregnant")
MEDICINES = ("statin", "diuretic", "other_medicine")
FROM_WORTH = {"b12_deficiency": "b12"}
GENERAL = "general"


def questions(
    *, answers: Mapping[str, str], worth: Collection[str], comparison: Comparison
) -> tuple[str, ...]:
    """The ids of the questions that apply (`answers`: question id -> "y", "n" or "u";
    `worth`: ids of causes worth checking); GENERAL alone when none does."""
    found = [q for q in FROM_YES if answers.get(q) == "y"]
    if any(answers.get(q) == "u" for q in MEDICINES):
        found.append("unsure_medicine")
    found += [q for cause, q in FROM_WORTH.items() if cause in worth]
    if comparison.rising:
        found.append("rising")
    now = comparison.now
    if now.scored >= MIN_SCORED and (now.nights.sleep_mean or 0) >= SLEEP_DISTURBED:
        found.append("sleep")
    return tuple(found) or (GENERAL,)
