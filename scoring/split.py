"""When an item is split: the answers form two camps that the team's average hides.

When an item is split
---------------------
An item is split when the answers 1–5 form two camps, so that the team's
average hides a disagreement. Counting only answers 1–5 (n of them), the low
camp is those who answered 1 or 2, the high camp those who answered 4 or 5, and
the middle those who answered 3. The item is split when all of these hold:

1. at least three answered it (n ≥ 3);
2. each camp holds at least a quarter of the answers and at least two people,
   that is at least max(2, ⌈n/4⌉); three answers can only form camps of one and
   two, so for n = 3 each camp needs one person;
3. the middle is thinner than either camp: fewer answered 3 than are in the
   smaller camp (for n = 3, nobody answered 3);
4. when anyone answered 3, and always for n = 3, the answers lie at least
   three steps apart: the highest answer minus the lowest is 3 or more (a 1
   facing a 4 or 5, or a 2 facing a 5).

Rule 2 keeps one or two dissenters in a large group from counting as a camp.
Rules 3 and 4 tell two camps from answers merely spread around the middle:
2s and 4s around a few 3s are one group's spread, while 2s and 4s with nobody
in the middle are two camps. With the old rule (a quarter low and a quarter
high) three people answering 2, 3 and 4 were "split". Three answers are where
chance alone most easily looks like camps, hence rule 4 always applies there:
2, 2 and 4 is not split, 2, 2 and 5 is.

The rule is checked by a seeded simulation in tests/test_split_rule.py: a
single group answering round(gauss(c, 0.8)), clipped to 1–5, around a centre c
of 2, 3 or 4, must be flagged for at most 12 % of items for n = 3, 5, 8, 12 and
30 (measured: at most 6 %, at centre 3), and two camps (n // 2 people answering
1 or 2 and the rest 4 or 5) for at least 95 % of items for n ≥ 5 and 80 % for
n = 3 (measured: all of them from n = 4; 88 % at n = 3, where the misses are
the draws of 2 against 4 and 4).

How split an item is, for ranking, is the smaller camp's share of the answers:
min(low, high) / n. Two equal camps give one half, the most.
"""

from __future__ import annotations

from collections.abc import Mapping
from fractions import Fraction

MIN_SPLIT_ANSWERS = 3
MIN_CAMP = 2  # people in each camp, from four answers on
MIN_SPLIT_STEPS = 3  # highest answer minus lowest
VALUES = (1, 2, 3, 4, 5)


def is_split(distribution: Mapping[int, int]) -> bool:
    """Two camps, 1-2 and 4-5, each at least `min_camp(n)` strong, fewer 3s than the
    smaller camp, and the answers three steps apart when anyone answered 3 or n = 3.

    The module docstring gives the reasons. Integer arithmetic throughout, so
    "a quarter" has no floating-point edge.
    """
    n = sum(distribution.get(value, 0) for value in VALUES)
    if n < MIN_SPLIT_ANSWERS:
        return False
    low, middle, high = _camps(distribution)
    smaller = min(low, high)
    if smaller < min_camp(n) or middle >= smaller:
        return False
    if middle == 0 and n > MIN_SPLIT_ANSWERS:
        return True
    given = [value for value in VALUES if distribution.get(value, 0) > 0]
    return given[-1] - given[0] >= MIN_SPLIT_STEPS


def min_camp(n: int) -> int:
    """The fewest people each camp needs among n answers: max(2, ⌈n/4⌉), one for n = 3."""
    if n <= MIN_SPLIT_ANSWERS:
        return 1
    return max(MIN_CAMP, -(-n // 4))


def split_share(distribution: Mapping[int, int]) -> Fraction:
    """How split an item is: the smaller camp's share of the answers 1-5, 0 to 1/2.

    An exact fraction, so that equal shares tie and the tie goes to questionnaire order.
    """
    n = sum(distribution.get(value, 0) for value in VALUES)
    if n == 0:
        return Fraction(0)
    low, _middle, high = _camps(distribution)
    return Fraction(min(low, high), n)


def _camps(distribution: Mapping[int, int]) -> tuple[int, int, int]:
    """How many answered 1-2, 3 and 4-5."""
    low = distribution.get(1, 0) + distribution.get(2, 0)
    high = distribution.get(4, 0) + distribution.get(5, 0)
    return low, distribution.get(3, 0), high
