"""How sure a difference is: the margins that tell a clear change or divide from chance.

When a change between two rounds is clear
-----------------------------------------
Every respondent's own score for an area is worked out exactly as for a single
run. For each round we take how widely those own scores spread (the sample
standard deviation, s) and how many respondents have one (n). The margin is

    1.96 × √(s₁²/n₁ + s₂²/n₂)

which is the half-width of a 95 % interval for the difference between the two
rounds' average scores. A change is called clear only when both rounds have at
least two respondents with a score and the change in the team's score is
larger than the margin; otherwise we say there is no clear change. The overall
index is judged the same way, using each respondent's own overall index. A
single run compared with a round is therefore never a clear change: one answer
says nothing about how much answers vary.

Between the roles of one round (`scoring.agenda`) the groups can be as small
as three people, so `welch_margin` uses Student's t instead of 1.96.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from scoring.score import round1

MIN_ROUND_SCORES = 2
CLEAR_Z = 1.96  # two-sided 95 % under the normal approximation
# Student's t, two-sided 95 %, for 1 to 30 degrees of freedom.
T_975 = (
    12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
    2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086,
    2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042,
)  # fmt: skip


def clear_margin(before: Sequence[float], after: Sequence[float]) -> float | None:
    """1.96 × √(s₁²/n₁ + s₂²/n₂), to one decimal; None below two scores in a round.

    Rounded like the delta it is compared with, so the verdict can be checked
    from the figures shown.
    """
    if len(before) < MIN_ROUND_SCORES or len(after) < MIN_ROUND_SCORES:
        return None
    spread = _sample_variance(before) / len(before) + _sample_variance(after) / len(after)
    return round1(CLEAR_Z * math.sqrt(spread))


def welch_margin(first: Sequence[float], second: Sequence[float]) -> float | None:
    """t × √(s₁²/n₁ + s₂²/n₂), to one decimal; None below two values in a group.

    For two groups as small as three people: t is Student's two-sided 95 %
    quantile at the Welch–Satterthwaite degrees of freedom, rounded down (so
    the margin errs wide). The normal 1.96 of `clear_margin` would call a
    difference between three and three people clear for about one statement in
    six where both answer alike (simulated); with t it is about one in thirty.
    """
    if len(first) < MIN_ROUND_SCORES or len(second) < MIN_ROUND_SCORES:
        return None
    a, b = _sample_variance(first) / len(first), _sample_variance(second) / len(second)
    if a + b == 0:
        return 0.0
    df = (a + b) ** 2 / (a * a / (len(first) - 1) + b * b / (len(second) - 1))
    return round1(t_quantile(df) * math.sqrt(a + b))


def t_quantile(df: float) -> float:
    """Student's t two-sided 95 % quantile; df below 1 counts as 1, and is rounded down up to 30."""
    whole = max(1, math.floor(df + 1e-9))
    if whole <= len(T_975):
        return T_975[whole - 1]
    # Cornish-Fisher expansion around the normal quantile: within 0.001 from df = 30.
    z = CLEAR_Z
    return z + (z**3 + z) / (4 * df) + (5 * z**5 + 16 * z**3 + 3 * z) / (96 * df**2)


def _sample_variance(values: Sequence[float]) -> float:
    # Two passes in floats: statistics.variance is exact but far slower on a
    # round of thousands, and scores to one decimal need no exact fractions.
    mean = sum(values) / len(values)
    return sum((value - mean) ** 2 for value in values) / (len(values) - 1)
