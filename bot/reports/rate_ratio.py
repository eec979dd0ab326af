"""The Poisson rate ratio of two counts over two exposures, with its exact interval. Pure.

Given x1 events over exposure t1 and x2 over t2 (here: cramps over nights answered), the
rates are x1/t1 and x2/t2 and the rate ratio RR = (x1/t1) / (x2/t2). Its exact interval is
the conditional binomial one (the method of R's `poisson.test` and of OpenEpi's "compare two
rates"): given the total n = x1 + x2, x1 ~ Binomial(n, p) with p = RR*t1 / (RR*t1 + t2).
The Clopper-Pearson interval (pL, pU) for p turns into RR = p*t2 / ((1 - p)*t1).

Clopper-Pearson at level 1 - a: pL solves P(X >= x1 | pL) = a/2 (0 when x1 = 0) and pU solves
P(X <= x1 | pU) = a/2 (1 when x1 = n). Both are found by bisection on the binomial CDF, which
is monotone in p, summed in log space with math.lgamma (no scipy).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

LEVEL = 0.95
_STEPS = 1100  # bisection halvings: enough to reach neighbouring floats anywhere in (0, 1)


@dataclass(frozen=True, slots=True)
class RateRatio:
    """RR of the first rate to the second, with its exact interval [low, high].

    `estimate` is None when there is nothing to compare (no events at all) and math.inf when
    only the first count has events; `high` is math.inf when x2 = 0."""

    estimate: float | None
    low: float
    high: float

    @property
    def includes_one(self) -> bool:
        """Whether the interval holds 1: the two rates cannot be told apart."""
        return self.low <= 1.0 <= self.high


def _log_pmf(k: int, n: int, p: float) -> float:
    """log P(X = k) for X ~ Binomial(n, p), 0 < p < 1."""
    log_comb = math.lgamma(n + 1) - math.lgamma(k + 1) - math.lgamma(n - k + 1)
    return log_comb + k * math.log(p) + (n - k) * math.log1p(-p)


def binomial_cdf(k: int, n: int, p: float) -> float:
    """P(X <= k) for X ~ Binomial(n, p)."""
    if k < 0:
        return 0.0
    if k >= n:
        return 1.0
    if p <= 0.0:
        return 1.0
    if p >= 1.0:
        return 0.0
    return min(1.0, math.fsum(math.exp(_log_pmf(i, n, p)) for i in range(k + 1)))


def _solve(k: int, n: int, target: float) -> float:
    """The p in (0, 1) with P(X <= k | p) = target (the CDF falls as p rises)."""
    low, high = 0.0, 1.0
    for _ in range(_STEPS):
        mid = (low + high) / 2
        if mid in (low, high):  # the two ends are neighbouring floats
            break
        if binomial_cdf(k, n, mid) > target:
            low = mid
        else:
            high = mid
    return (low + high) / 2


def clopper_pearson(x: int, n: int, level: float = LEVEL) -> tuple[float, float]:
    """The exact (Clopper-Pearson) interval for a binomial proportion: x successes of n."""
    if not 0 <= x <= n:
        raise ValueError(f"need 0 <= x <= n, got x={x}, n={n}")
    if n == 0:
        return 0.0, 1.0
    tail = (1 - level) / 2
    low = 0.0 if x == 0 else _solve(x - 1, n, 1 - tail)  # P(X >= x) = tail
    high = 1.0 if x == n else _solve(x, n, tail)  # P(X <= x) = tail
    return low, high


def _to_ratio(p: float, t1: float, t2: float) -> float:
    if p >= 1.0:
        return math.inf
    return p * t2 / ((1 - p) * t1)


def rate_ratio(x1: int, t1: float, x2: int, t2: float, level: float = LEVEL) -> RateRatio:
    """(x1/t1) / (x2/t2) with its exact conditional-binomial interval."""
    if x1 < 0 or x2 < 0 or t1 <= 0 or t2 <= 0:
        raise ValueError("counts must be >= 0 and exposures > 0")
    n = x1 + x2
    if n == 0:
        return RateRatio(None, 0.0, math.inf)
    estimate = math.inf if x2 == 0 else (x1 / t1) / (x2 / t2)
    p_low, p_high = clopper_pearson(x1, n, level)
    return RateRatio(estimate, _to_ratio(p_low, t1, t2), _to_ratio(p_high, t1, t2))
