"""What the brief says about a team round's group: its margin, its roles and its splits.

The rules are stated in `scoring.brief`'s docstring; this module holds the
round-only half of the brief so that the brief itself reads in one go.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from scoring.model import Lang
from scoring.score import round1
from scoring.split import split_share
from scoring.strings import number, t
from scoring.uncertainty import CLEAR_Z, MIN_ROUND_SCORES, clear_margin

if TYPE_CHECKING:  # brief imports this module; the input type is only named here
    from scoring.brief import ReportInput

MOST_SPLIT = 3


@dataclass(frozen=True)
class RoleGap:
    politician: float
    official: float
    n_politician: int
    n_official: int
    difference: float  # officials minus politicians
    margin: float | None
    clear: bool


def overall_margin(data: ReportInput) -> tuple[float | None, int]:
    values = [r.overall for r in data.own if r.overall is not None]
    if data.team is None or len(values) < MIN_ROUND_SCORES:
        return None, len(values)
    mean = sum(values) / len(values)
    variance = sum((v - mean) ** 2 for v in values) / (len(values) - 1)
    return round1(CLEAR_Z * math.sqrt(variance / len(values))), len(values)


def margin_text(data: ReportInput, margin: float | None, n_own: int) -> str | None:
    if data.team is None:
        return None
    if margin is None:
        return t("brief_overall_no_margin", data.lang)
    return t("brief_overall_margin", data.lang, margin=number(margin, data.lang), n=n_own)


def role_gap(data: ReportInput) -> RoleGap | None:
    if data.team is None:
        return None
    roles = {r.role: r for r in data.team.roles}
    politicians, officials = roles.get("politician"), roles.get("official")
    if politicians is None or officials is None:
        return None
    pol, off = politicians.scores.overall, officials.scores.overall
    if pol is None or off is None:
        return None
    margin = clear_margin(
        [r.overall for r in data.own if r.role == "politician" and r.overall is not None],
        [r.overall for r in data.own if r.role == "official" and r.overall is not None],
    )
    difference = round(off - pol, 1)
    return RoleGap(
        politician=pol,
        official=off,
        n_politician=politicians.n,
        n_official=officials.n,
        difference=difference,
        margin=margin,
        clear=margin is not None and abs(difference) > margin,
    )


def group_lines(data: ReportInput) -> tuple[str, ...]:
    team, lang = data.team, data.lang
    if team is None:
        return ()
    counts = {key: 0 for key in ("politician", "official", "other", "none")}
    for respondent in data.own:
        counts[respondent.role or "none"] += 1
    roles = ", ".join(t(f"brief_role_{role}", lang, n=n) for role, n in counts.items() if n)
    lines = [t("brief_respondents", lang, n=team.respondents, roles=roles)] if roles else []
    split = len(team.split_items)
    if split:
        lines.append(t("brief_split_count", lang, n=split, total=len(team.items)))
    else:
        lines.append(t("report_no_split", lang))
    return tuple(lines)


def role_line(gap: RoleGap | None, lang: Lang) -> str:
    if gap is None:
        return t("brief_roles_hidden", lang)
    if gap.margin is None:
        verdict = t("brief_roles_unknown", lang)
    else:
        key = "brief_roles_clear" if gap.clear else "brief_roles_unclear"
        verdict = t(key, lang, margin=number(gap.margin, lang))
    return t(
        "brief_roles_side",
        lang,
        politician=number(gap.politician, lang),
        official=number(gap.official, lang),
        n_politician=gap.n_politician,
        n_official=gap.n_official,
        difference=number(gap.difference, lang, sign=True),
        verdict=verdict,
    )


def most_split(data: ReportInput) -> tuple[str, ...]:
    """The three statements split most evenly: the smaller camp's share of all answers, largest first."""
    if data.team is None:
        return ()
    q, lang = data.questionnaire, data.lang
    rows = []
    for item in data.team.items:
        if not item.split:
            continue
        d = item.distribution
        low, middle, high = d.get(1, 0) + d.get(2, 0), d.get(3, 0), d.get(4, 0) + d.get(5, 0)
        rows.append((split_share(d), item.id, low, middle, high))
    rows.sort(key=lambda row: -row[0])  # stable: questionnaire order among equals
    return tuple(
        t("brief_split_line", lang, text=q.item(item_id).short(lang), low=low, middle=middle, high=high)
        for _, item_id, low, middle, high in rows[:MOST_SPLIT]
    )
