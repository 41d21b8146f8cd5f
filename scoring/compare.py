"""Compare two runs: what moved, overall, per area and per item."""

from __future__ import annotations

from dataclasses import dataclass, replace

from scoring.model import Lang, Questionnaire
from scoring.results import Answers, Result
from scoring.score import Scores, round1, score
from scoring.strings import t
from scoring.versions import is_previous_version, upgrade_answers


@dataclass(frozen=True)
class Change:
    id: str
    before: float | None
    after: float | None

    @property
    def delta(self) -> float | None:
        if self.before is None or self.after is None:
            return None
        return round1(self.after - self.before)


@dataclass(frozen=True)
class Comparison:
    overall: Change
    areas: tuple[Change, ...]
    items: tuple[Change, ...]  # items answered in both runs
    only_before: tuple[str, ...]
    only_after: tuple[str, ...]
    before_version: str
    after_version: str
    before_scores: Scores
    after_scores: Scores

    @property
    def moved(self) -> tuple[Change, ...]:
        """Compared items whose score changed."""
        return tuple(c for c in self.items if c.delta)

    @property
    def same_version(self) -> bool:
        return self.before_version == self.after_version


def compare(questionnaire: Questionnaire, before: Result, after: Result) -> Comparison:
    """Both runs are scored against `questionnaire`.

    Items present in only one run (another questionnaire version, or simply
    left unanswered) are listed on their side instead of compared.
    """
    before, after = _carried(questionnaire, before), _carried(questionnaire, after)
    old = score(questionnaire, before.answers)
    new = score(questionnaire, after.answers)
    order = [item.id for item in questionnaire.items]
    shared = [i for i in order if i in before.answers and i in after.answers]
    return Comparison(
        overall=Change("overall", old.overall, new.overall),
        areas=tuple(
            Change(a.id, b.score, c.score)
            for a, b, c in zip(questionnaire.areas, old.areas, new.areas, strict=True)
        ),
        items=tuple(Change(i, old.item(i).score, new.item(i).score) for i in shared),
        only_before=_only(before.answers, after.answers),
        only_after=_only(after.answers, before.answers),
        before_version=before.questionnaire_version,
        after_version=after.questionnaire_version,
        before_scores=old,
        after_scores=new,
    )


def _carried(questionnaire: Questionnaire, result: Result) -> Result:
    """A run answered with the previous version, on this version's ids (e.g. one read from the store)."""
    if not is_previous_version(questionnaire, result.questionnaire_version):
        return result
    return replace(result, answers=upgrade_answers(questionnaire, result.answers).answers)


def _only(mine: Answers, theirs: Answers) -> tuple[str, ...]:
    return tuple(item_id for item_id in mine if item_id not in theirs)


def comparison_to_dict(comparison: Comparison) -> dict[str, object]:
    """The `compare --format json` contract."""

    def change(c: Change, with_id: bool = True) -> dict[str, object]:
        body: dict[str, object] = {"before": round1(c.before), "after": round1(c.after), "delta": c.delta}
        return {"id": c.id, **body} if with_id else body

    return {
        "overall": change(comparison.overall, with_id=False),
        "areas": [change(c) for c in comparison.areas],
        "items": [change(c) for c in comparison.items],
        "only_before": list(comparison.only_before),
        "only_after": list(comparison.only_after),
    }


def same_organisation(before: str, after: str) -> bool:
    """Names as people type them: case and spacing do not make another organisation."""
    return " ".join(before.split()).casefold() == " ".join(after.split()).casefold()


def differences(before: Result, after: Result, lang: Lang) -> list[str]:
    """Why two runs are not simply the same respondents at two times: other roles, another
    organisation, another version of the questions. Empty when they match."""
    reasons = []
    if before.role != after.role:
        role_before = t(f"role_{before.role}", lang) if before.role else "–"
        role_after = t(f"role_{after.role}", lang) if after.role else "–"
        reasons.append(t("compare_differs_role", lang, before=role_before, after=role_after))
    if not same_organisation(before.organisation, after.organisation):
        org_before, org_after = before.organisation or "–", after.organisation or "–"
        reasons.append(t("compare_differs_organisation", lang, before=org_before, after=org_after))
    if before.questionnaire_version != after.questionnaire_version:
        reasons.append(
            t(
                "compare_differs_version",
                lang,
                before=before.questionnaire_version,
                after=after.questionnaire_version,
            )
        )
    return reasons


def differences_line(before: Result, after: Result, lang: Lang) -> str | None:
    """The one line shown above a comparison's figures, None when the runs are alike."""
    reasons = differences(before, after, lang)
    return t("compare_differs", lang, reasons="; ".join(reasons)) if reasons else None
