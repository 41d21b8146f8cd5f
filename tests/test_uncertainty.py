"""The margins that tell a clear change or divide from chance: 1.96 between rounds, t between roles."""

from __future__ import annotations

import math
import statistics

import pytest

from scoring.uncertainty import clear_margin, t_quantile, welch_margin

T_4 = 2.776  # Student's t, two-sided 95 %, 4 degrees of freedom


def test_the_clear_margin_is_1_96_standard_errors_of_the_difference_to_one_decimal() -> None:
    before, after = [40.0, 50.0, 60.0], [55.0, 65.0, 80.0, 90.0]
    spread = statistics.variance(before) / 3 + statistics.variance(after) / 4
    assert clear_margin(before, after) == round(1.96 * math.sqrt(spread), 1)
    assert clear_margin([50.0, 50.0], [60.0, 60.0]) == 0.0


def test_the_clear_margin_needs_two_scores_in_each_round() -> None:
    assert clear_margin([50.0], [60.0, 70.0]) is None
    assert clear_margin([50.0, 60.0], []) is None


def test_t_is_taken_at_whole_degrees_of_freedom_rounded_down_and_tends_to_the_normal() -> None:
    assert t_quantile(4) == t_quantile(4.9) == T_4
    assert t_quantile(0.5) == 12.706
    assert t_quantile(30) == 2.042
    assert t_quantile(40) == pytest.approx(2.021, abs=0.001)
    assert t_quantile(1e9) == pytest.approx(1.960, abs=0.001)


def test_the_welch_margin_uses_welch_satterthwaite_degrees_of_freedom() -> None:
    first, second = [0.0, 50.0, 100.0, 100.0], [25.0, 25.0, 50.0]
    a, b = statistics.variance(first) / 4, statistics.variance(second) / 3
    df = (a + b) ** 2 / (a * a / 3 + b * b / 2)
    assert 3 < df < 4  # rounded down to 3, where t is 3.182
    assert welch_margin(first, second) == round(3.182 * math.sqrt(a + b), 1)
    assert welch_margin([50.0, 50.0], [75.0, 75.0]) == 0.0
    assert welch_margin([50.0], [75.0, 75.0]) is None
