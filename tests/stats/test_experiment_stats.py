"""The experiment's pure statistics: the exact Poisson rate ratio against published worked
examples, its edge cases, the four-week calendar with holds, and the verdicts.

Worked examples (each figure as R prints it, to its 7 significant digits):
- R's `poisson.test` help page, example "eba1977, compare Fredericia to other three cities
  for ages 55-59": poisson.test(c(11, 6+8+7), c(800, 1083+1050+878)) gives rate ratio
  1.971488, 95 percent confidence interval 0.8584264 to 4.2772659 (p = 0.07967). The figures
  sometimes quoted for this call, 1.323 and 0.5838 to 2.7948, are not its output: 11/800
  against 21/3011 is 1.97 by hand.
- stats.stackexchange.com question 547389 ("Simple comparison of two Poisson means in R?"):
  poisson.test(c(2, 13), c(5, 5)) gives 0.1538462, interval 0.01685531 to 0.67955077.
- R's `binom.test` help page, Conover (1971) p. 97: binom.test(c(682, 243), p = 3/4) gives the
  Clopper-Pearson interval 0.7076683 to 0.7654066; and binom.test(9, 24, 1/6) gives 0.1879929
  to 0.5940636 (a worked example widely reproduced from R's output).
"""

from __future__ import annotations

import math
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.reports.experiment import (
    MIN_NIGHTS,
    NIGHTS,
    Arm,
    Plan,
    arms,
    evening_night,
    last_ended,
    next_night,
    order_from,
    result,
)
from bot.reports.rate_ratio import binomial_cdf, clopper_pearson, rate_ratio

BERLIN = ZoneInfo("Europe/Berlin")
AUCKLAND = ZoneInfo("Pacific/Auckland")
FIRST = date(2026, 11, 21)


def close(value: float, expected: float) -> bool:
    """Equal to R's printed 7 significant digits."""
    return math.isclose(value, expected, rel_tol=6e-7)


# -- the exact interval --------------------------------------------------------------------


def test_the_r_help_page_example_fredericia_against_the_other_three_cities() -> None:
    found = rate_ratio(11, 800, 6 + 8 + 7, 1083 + 1050 + 878)
    assert found.estimate is not None and close(found.estimate, 1.971488)
    assert close(found.low, 0.8584264)
    assert close(found.high, 4.2772659)
    assert found.includes_one
    assert not math.isclose(found.estimate, 1.323, rel_tol=0.01)  # not the misquoted figure


def test_the_stackexchange_example_of_two_conditions_over_five_days_each() -> None:
    found = rate_ratio(2, 5, 13, 5)
    assert found.estimate is not None and close(found.estimate, 0.1538462)
    assert close(found.low, 0.01685531)
    assert close(found.high, 0.67955077)
    assert not found.includes_one


@pytest.mark.parametrize(
    ("x", "n", "low", "high"),
    [(682, 925, 0.7076683, 0.7654066), (9, 24, 0.1879929, 0.5940636)],
)
def test_clopper_pearson_matches_binom_test(x: int, n: int, low: float, high: float) -> None:
    found_low, found_high = clopper_pearson(x, n)
    assert close(found_low, low) and close(found_high, high)


def test_the_interval_is_the_definition_it_inverts() -> None:
    # P(X >= x | pL) = P(X <= x | pU) = 2.5%, for a few small diaries' counts
    for x, n in ((1, 4), (3, 10), (7, 9), (12, 30)):
        low, high = clopper_pearson(x, n)
        assert math.isclose(1 - binomial_cdf(x - 1, n, low), 0.025, rel_tol=1e-9)
        assert math.isclose(binomial_cdf(x, n, high), 0.025, rel_tol=1e-9)


def test_zero_cramps_in_one_arm_gives_an_open_end() -> None:
    none_with = rate_ratio(0, 14, 9, 14)  # no cramps in stretch weeks
    assert none_with.estimate == 0.0 and none_with.low == 0.0
    # pU solves (1 - p)^9 = 0.025; RR = p / (1 - p) with equal nights
    p_high = 1 - 0.025 ** (1 / 9)
    assert math.isclose(none_with.high, p_high / (1 - p_high), rel_tol=1e-9)
    none_without = rate_ratio(9, 14, 0, 14)  # none in the other weeks
    assert none_without.estimate == math.inf and none_without.high == math.inf
    assert math.isclose(none_without.low, 1 / none_with.high, rel_tol=1e-9)  # the mirror


def test_zero_cramps_in_both_arms_has_nothing_to_compare() -> None:
    found = rate_ratio(0, 14, 0, 14)
    assert found.estimate is None
    assert (found.low, found.high) == (0.0, math.inf)
    assert found.includes_one


def test_unequal_nights_weigh_the_rates_not_the_counts() -> None:
    # the same rate (1 a night) over 7 and 21 nights: the ratio is 1, the interval wide
    found = rate_ratio(7, 7, 21, 21)
    assert found.estimate == 1.0 and found.includes_one
    # swapping the arms inverts the ratio and its interval
    swapped = rate_ratio(21, 21, 7, 7)
    assert math.isclose(swapped.low, 1 / found.high, rel_tol=1e-9)
    assert math.isclose(swapped.high, 1 / found.low, rel_tol=1e-9)
    # 6 cramps over 12 nights against 20 over 13: the rates, not the counts, are compared
    uneven = rate_ratio(6, 12, 20, 13)
    assert uneven.estimate is not None and math.isclose(uneven.estimate, (6 / 12) / (20 / 13))


def test_bad_input_is_refused() -> None:
    with pytest.raises(ValueError, match="exposures"):
        rate_ratio(1, 0, 1, 7)
    with pytest.raises(ValueError, match="0 <= x <= n"):
        clopper_pearson(5, 4)


# -- the calendar --------------------------------------------------------------------------


def test_four_alternating_weeks_from_the_first_drawn() -> None:
    assert order_from("stretch") == ("stretch", "none", "stretch", "none")
    assert order_from("none") == ("none", "stretch", "none", "stretch")
    plan = Plan(FIRST, order_from("none"))
    assert plan.condition(FIRST) == "none"
    assert plan.condition(FIRST + timedelta(days=7)) == "stretch"
    assert plan.condition(FIRST - timedelta(days=1)) is None
    assert plan.last == FIRST + timedelta(days=NIGHTS - 1)
    assert (
        plan.condition(plan.last) == "stretch" and plan.condition(plan.last + timedelta(1)) is None
    )
    assert [w[0:2] for w in plan.weeks()] == [(1, "none"), (2, "stretch"), (3, "none"),
                                             (4, "stretch")]  # fmt: skip
    assert plan.week_at(FIRST - timedelta(days=3)) == 1  # before it begins: week 1 applies
    assert plan.week_at(FIRST + timedelta(days=6)) == 1
    assert plan.week_at(FIRST + timedelta(days=7)) == 2
    assert plan.week_at(plan.last) == 4
    assert plan.week_at(plan.last + timedelta(days=1)) == 5


def test_a_hold_leaves_a_gap_and_the_remaining_weeks_move_later() -> None:
    plan = Plan(FIRST, order_from("stretch"))
    held = plan.stopped(FIRST + timedelta(days=3))  # three nights done, then on hold
    assert held.last is None and held.scheduled() == 3
    assert held.index(FIRST + timedelta(days=5)) is None
    assert held.week_at(FIRST + timedelta(days=10)) == 1  # week 1 goes on after the hold
    back = held.resumed(FIRST + timedelta(days=8))  # five nights held
    assert back.pauses == ((FIRST + timedelta(days=3), FIRST + timedelta(days=8)),)
    assert back.index(FIRST + timedelta(days=2)) == 2
    assert back.index(FIRST + timedelta(days=4)) is None
    assert back.index(FIRST + timedelta(days=8)) == 3
    assert back.last == plan.last + timedelta(days=5)  # type: ignore[operator]
    assert back.night(6) == FIRST + timedelta(days=11)  # week 1's last night
    assert back.condition(FIRST + timedelta(days=12)) == "none"  # week 2's first
    assert back.week_at(FIRST + timedelta(days=12)) == 2
    # a stop and a resume before the first held night leave no gap at all
    assert plan.stopped(FIRST + timedelta(days=3)).resumed(FIRST + timedelta(days=3)) == plan
    twice = back.stopped(FIRST + timedelta(days=20)).resumed(FIRST + timedelta(days=22))
    assert twice.last == plan.last + timedelta(days=7)  # type: ignore[operator]


def test_the_times_of_day_in_the_users_zone() -> None:
    def berlin(day: int, hour: int, minute: int = 0) -> datetime:
        return datetime(2026, 11, day, hour, minute, tzinfo=BERLIN)

    assert next_night(berlin(20, 17, 59), BERLIN) == date(2026, 11, 21)  # tonight
    assert next_night(berlin(20, 18, 0), BERLIN) == date(2026, 11, 22)  # tonight has begun
    assert evening_night(berlin(20, 11, 59), BERLIN) == date(2026, 11, 20)  # night ending
    assert evening_night(berlin(20, 12, 0), BERLIN) == date(2026, 11, 21)  # night to come
    assert last_ended(berlin(20, 11, 59), BERLIN) == date(2026, 11, 19)
    assert last_ended(berlin(20, 12, 0), BERLIN) == date(2026, 11, 20)
    # Auckland's noon on 8 December is 23:00 UTC on the 7th: its own date counts
    noon = datetime(2026, 12, 7, 23, 0, tzinfo=UTC)
    assert evening_night(noon, AUCKLAND) == date(2026, 12, 9)
    assert evening_night(noon - timedelta(minutes=1), AUCKLAND) == date(2026, 12, 8)
    # the spring-forward day: noon is 10:00 UTC, the evening's night is the next date
    dst_noon = datetime(2027, 3, 28, 10, 0, tzinfo=UTC)
    assert evening_night(dst_noon, BERLIN) == date(2027, 3, 29)
    assert evening_night(dst_noon - timedelta(seconds=1), BERLIN) == date(2027, 3, 28)


# -- the arms and the verdict --------------------------------------------------------------


def diary(counts: list[int | None], first: date = FIRST) -> dict[date, int]:
    """Nights answered (None: unanswered), from `first`."""
    return {first + timedelta(days=i): c for i, c in enumerate(counts) if c is not None}


def test_arms_count_answers_missed_nights_capped_counts_and_stretches_done() -> None:
    plan = Plan(FIRST, order_from("stretch"))
    answers = diary([0, 1, None, 3, 0, 0, 0] + [2, 2, 3, None, None, 1, 2] + [None] + [9] * 13)
    done = [FIRST, FIRST + timedelta(days=1), FIRST + timedelta(days=8)]  # one in a no week
    stretch, none = arms(plan, answers, through=FIRST + timedelta(days=13), done=done)
    assert stretch == Arm("stretch", 7, 6, 4, 1, 2)
    assert none == Arm("none", 7, 5, 10, 1, 0)  # Done presses count for stretch weeks only
    assert (stretch.missed, none.missed) == (1, 2)
    assert none.rate == 2.0
    # nights after `through` are not yet due; the next one counts once answered (before its
    # noon), later ones never (a check-in asks about the night just ended)
    stretch, _ = arms(plan, answers, through=FIRST + timedelta(days=2))
    assert (stretch.nights, stretch.answered, stretch.missed) == (4, 3, 1)
    stretch, _ = arms(plan, answers, through=FIRST + timedelta(days=1))
    assert (stretch.nights, stretch.answered, stretch.missed) == (2, 2, 0)
    stretch, _ = arms(plan, {FIRST: 1}, through=FIRST - timedelta(days=1))
    assert (stretch.nights, stretch.answered) == (1, 1)  # answered before its noon


def test_nights_on_hold_are_not_counted() -> None:
    plan = Plan(FIRST, order_from("none")).stopped(FIRST + timedelta(days=2))
    plan = plan.resumed(FIRST + timedelta(days=4))
    answers = diary([1, 1, 3, 3, 1, 1])  # the two held nights had 3 each
    _, none = arms(plan, answers, through=FIRST + timedelta(days=5))
    assert (none.nights, none.answered, none.cramps) == (4, 4, 4)


def arm(condition: str, answered: int, cramps: int, nights: int = 14) -> Arm:
    return Arm(condition, nights, answered, cramps, 0)  # type: ignore[arg-type]


def test_too_few_nights_in_either_arm_cannot_be_compared() -> None:
    found = result(arm("stretch", MIN_NIGHTS - 1, 0), arm("none", 14, 30))
    assert found.verdict == "too_few" and found.ratio is None
    assert result(arm("stretch", 7, 1), arm("none", 7, 9)).verdict != "too_few"


def test_the_verdicts() -> None:
    assert result(arm("stretch", 14, 0), arm("none", 14, 0)).verdict == "no_cramps"
    assert result(arm("stretch", 13, 2), arm("none", 13, 26)).verdict == "fewer_with"
    assert result(arm("stretch", 13, 26), arm("none", 13, 2)).verdict == "more_with"
    same = result(arm("stretch", 14, 10), arm("none", 14, 12))
    assert same.verdict == "cannot_tell" and same.ratio is not None and same.ratio.includes_one
    only_stretch = result(arm("stretch", 14, 9), arm("none", 14, 0))
    assert only_stretch.verdict == "more_with"  # 9 against none: the interval is above 1
    assert only_stretch.ratio is not None and only_stretch.ratio.high == math.inf
