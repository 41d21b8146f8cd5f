"""The split rule, checked by a seeded simulation that anyone can rerun.

One group answers each statement with round(gauss(c, 0.8)) clipped to 1-5 around
a centre c; two camps means n // 2 respondents answering 1 or 2 and the rest 4 or
5, each uniformly. A split rule must leave the one group alone and find the camps.
"""

from __future__ import annotations

import random
from collections import Counter

import pytest

from scoring.split import is_split

ITEMS = 4000  # simulated statements per case; the brief asks for at least 2,000
SIZES = (3, 5, 8, 12, 30)
CENTRES = (2, 3, 4)
MAX_ONE_GROUP = 0.12
MIN_TWO_CAMPS = {3: 0.80, 5: 0.95, 8: 0.95, 12: 0.95, 30: 0.95}


def one_group(rng: random.Random, n: int, centre: float) -> Counter[int]:
    return Counter(min(5, max(1, round(rng.gauss(centre, 0.8)))) for _ in range(n))


def two_camps(rng: random.Random, n: int) -> Counter[int]:
    low = [rng.choice((1, 2)) for _ in range(n // 2)]
    high = [rng.choice((4, 5)) for _ in range(n - n // 2)]
    return Counter(low + high)


def flagged_share_of_one_group(n: int, centre: float) -> float:
    rng = random.Random(1000 * n + centre)
    return sum(is_split(one_group(rng, n, centre)) for _ in range(ITEMS)) / ITEMS


def flagged_share_of_two_camps(n: int) -> float:
    rng = random.Random(n)
    return sum(is_split(two_camps(rng, n)) for _ in range(ITEMS)) / ITEMS


@pytest.mark.parametrize("centre", CENTRES)
@pytest.mark.parametrize("n", SIZES)
def test_one_group_around_a_centre_is_seldom_called_split(n: int, centre: int) -> None:
    share = flagged_share_of_one_group(n, centre)
    assert share <= MAX_ONE_GROUP, f"n={n}, centre {centre}: one group flagged for {share:.1%} of items"


@pytest.mark.parametrize("n", SIZES)
def test_two_camps_are_almost_always_called_split(n: int) -> None:
    share = flagged_share_of_two_camps(n)
    assert share >= MIN_TWO_CAMPS[n], f"n={n}: two camps flagged for only {share:.1%} of items"


def test_the_simulation_is_the_same_every_run() -> None:
    assert flagged_share_of_one_group(5, 3) == flagged_share_of_one_group(5, 3)
    assert flagged_share_of_two_camps(5) == flagged_share_of_two_camps(5)


def test_three_ordinary_respondents_answering_2_3_and_4_are_not_split() -> None:
    assert not is_split(Counter([2, 3, 4]))


if __name__ == "__main__":  # the figures per n and centre, for the record
    for size in SIZES:
        groups = "  ".join(f"c={c}: {flagged_share_of_one_group(size, c):6.1%}" for c in CENTRES)
        print(f"n={size:2d}  one group {groups}  two camps {flagged_share_of_two_camps(size):6.1%}")


@pytest.mark.parametrize(("n", "camp"), [(3, 1), (4, 2), (8, 2), (9, 3), (12, 3), (13, 4), (30, 8)])
def test_each_camp_needs_a_quarter_and_at_least_two_people_from_four_answers(n: int, camp: int) -> None:
    from scoring.split import min_camp

    assert min_camp(n) == camp


def test_how_split_is_the_smaller_camps_share_of_the_answers() -> None:
    from fractions import Fraction

    from scoring.split import split_share

    assert split_share(Counter([1, 1, 5, 5])) == Fraction(1, 2)
    assert split_share(Counter([1, 3, 5, 5, 5, 5])) == Fraction(1, 6)
    assert split_share(Counter([3, 3])) == 0
    assert split_share(Counter()) == 0
