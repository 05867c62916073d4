"""Scoring whole articles against the events a careful coder recorded for them.

A directory holds ``NAME.txt`` (the scraped article) and ``NAME.expected.json``
(publication date, outlet, expected events, forbidden sentences). An expected event
is found when a coded event has the same CAMEO root (first two digits; for a planned or
conditional event, the intent code CAMEO 03 mirrors it with counts too: 036 for 04x), the same source
and target countries (first three letters of the codes; null matches null) and comes
from the same sentence. Precision counts coded events that match an expected one;
a coded event from a forbidden sentence (junk, a non-political story) that matches no
expected event is a violation.

``evaluate_cases`` codes every case with a Coder and sums the scores; ``case_misses``
lists what went wrong in one case as JSON-ready records, ``score_figures`` the totals.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..events.combine import intent
from ..model import Article, Event
from ..pipeline import CAMEO_COUNTRIES


@dataclass
class ArticleCase:
    name: str
    article: Article
    expected: list[dict]
    forbidden: list[str]


@dataclass
class ArticleScore:
    expected: int = 0
    found: int = 0
    coded: int = 0
    correct: int = 0
    modality_ok: int = 0
    date_ok: int = 0
    location_ok: int = 0
    violations: list[str] = field(default_factory=list)
    why_missed: Counter = field(default_factory=Counter)  # no event, other type, ...
    why_extra: Counter = field(default_factory=Counter)  # beside an expected one, ...
    missed_roots: Counter = field(default_factory=Counter)  # CAMEO root of each miss
    extra_roots: Counter = field(default_factory=Counter)  # CAMEO root of each extra
    missed: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.correct / self.coded if self.coded else 1.0


def load_cases(directory: Path) -> list[ArticleCase]:
    cases = []
    for expected_path in sorted(directory.glob("*.expected.json")):
        name = expected_path.name.removesuffix(".expected.json")
        spec = json.loads(expected_path.read_text(encoding="utf-8"))
        text = (directory / f"{name}.txt").read_text(encoding="utf-8")
        article = Article(id=name, text=text, outlet=spec.get("outlet"),
                          date=dt.date.fromisoformat(spec["date"]))
        cases.append(ArticleCase(name, article, spec["expected"],
                                 [f["sentence"] for f in spec.get("forbidden", [])]))
    return cases


def _country(code: str | None) -> str | None:
    return code[:3] if code else None


def same_kind(expected: dict, coded: Event) -> bool:
    """Same CAMEO root; or, for a planned or conditional event, its expression of intent:
    'will meet' may be coded as the meeting (04x) or as intent to meet (036), as the brief
    allows both, and likewise for the other kinds of cooperation CAMEO 03 mirrors and for
    hostile acts and the threats (13) that announce them."""
    if expected["cameo"][:2] == coded.cameo[:2]:
        return True
    if expected.get("modality") not in ("planned", "conditional"):
        return False
    return intent(expected["cameo"])[:2] == coded.cameo[:2] or \
        intent(coded.cameo)[:2] == expected["cameo"][:2]


def matches(expected: dict, event: Event) -> bool:
    return (same_kind(expected, event)
            and _country(event.source.code if event.source else None)
            == _country(expected.get("source"))
            and _country(event.target.code if event.target else None)
            == _country(expected.get("target"))
            and expected["sentence"] in event.evidence.sentence)


def score_case(case: ArticleCase, events: tuple[Event, ...],
               total: ArticleScore | None = None) -> ArticleScore:
    score = total or ArticleScore()
    score.expected += len(case.expected)
    score.coded += len(events)
    for want in case.expected:
        hits = [e for e in events if matches(want, e)]
        if hits:
            score.found += 1
            score.modality_ok += any(e.modality == want["modality"] for e in hits)
            score.date_ok += any(e.date.isoformat() == want["date"] for e in hits)
            score.location_ok += any(_place(e) == want.get("location") for e in hits)
        else:
            score.missed.append(f"{case.name}: {_describe(want)}")
            score.why_missed[_why_missed(want, events)] += 1
            score.missed_roots[want["cameo"][:2]] += 1
    for event in events:
        if any(matches(want, event) for want in case.expected):
            score.correct += 1
        else:
            score.extra.append(f"{case.name}: {_describe_event(event)}")
            score.why_extra[_why_extra(case, event)] += 1
            score.extra_roots[event.cameo[:2]] += 1
        if any(bad in event.evidence.sentence for bad in case.forbidden) and not any(
                matches(want, event) for want in case.expected):
            score.violations.append(f"{case.name}: {_describe_event(event)}")
    return score


def _place(event: Event) -> str | None:
    """The event's country, spelt as the expected files do (CAMEO's KSV for Kosovo)."""
    country = event.location.country if event.location else None
    return CAMEO_COUNTRIES.get(country, country) if country else None


def _why_missed(want: dict, events: tuple[Event, ...]) -> str:
    """What the coder made of an expected event's sentence."""
    here = [e for e in events if want["sentence"] in e.evidence.sentence]
    typed = [e for e in here if same_kind(want, e)]
    if not here:
        return "no event from its sentence"
    if not typed:
        return "an event of another type"
    if not any(_country(e.source.code if e.source else None) == _country(want.get("source"))
               for e in typed):
        return "right type, wrong source"
    return "right type and source, wrong target"


def _why_extra(case: ArticleCase, event: Event) -> str:
    """Where a coded event that matches none comes from."""
    if any(bad in event.evidence.sentence for bad in case.forbidden):
        return "from a forbidden sentence"
    if any(want["sentence"] in event.evidence.sentence for want in case.expected):
        return "beside an expected event"
    return "from a sentence with none"


def _describe(want: dict) -> str:
    return (f"{want['cameo']} {want.get('source')}→{want.get('target')} "
            f"{want['modality']} | {want['sentence'][:70]}")


def _describe_event(event: Event) -> str:
    return (f"{event.cameo} {event.source.code if event.source else None}→"
            f"{event.target.code if event.target else None} {event.modality} "
            f"{event.date} | {event.evidence.sentence[:70]}")


def format_score(score: ArticleScore, lists: bool = True) -> str:
    """The figures, then (unless ``lists`` is false) every missed, unexpected and
    forbidden event with its sentence."""
    lines = [f"expected events {score.expected}, found {score.found}: "
             f"recall {score.recall:.3f}",
             f"coded events {score.coded}, correct {score.correct}: "
             f"precision {score.precision:.3f}",
             f"of those found: modality right {score.modality_ok}, date right {score.date_ok}, "
             f"location right {score.location_ok}",
             f"events from forbidden sentences: {len(score.violations)}",
             "misses: " + _counts(score.why_missed),
             "unexpected events: " + _counts(score.why_extra),
             "missed by CAMEO root: " + _counts(score.missed_roots),
             "unexpected by CAMEO root: " + _counts(score.extra_roots)]
    if not lists:
        return "\n".join(lines)
    lines += ["", "missed:"] + [f"  {m}" for m in score.missed]
    lines += ["", "not expected:"] + [f"  {m}" for m in score.extra]
    lines += ["", "violations:"] + [f"  {m}" for m in score.violations]
    return "\n".join(lines)


def _counts(counter: Counter) -> str:
    return ", ".join(f"{reason} {n}" for reason, n in counter.most_common()) or "none"


def evaluate_cases(coder, cases: list[ArticleCase]) -> tuple[ArticleScore, list[dict]]:
    """Code every case in one batch; the summed score, and the misses of every case.

    An article the coder rejects is scored as coding nothing, and its rejection is one
    of the misses.
    """
    total, misses = ArticleScore(), []
    for case, result in zip(cases, coder.code_batch([c.article for c in cases])):
        events = result[1] if isinstance(result, tuple) else ()
        if not isinstance(result, tuple):
            misses.append({"article": case.name, "kind": "rejected", "reason": result.reason})
        score_case(case, events, total)
        misses.extend(case_misses(case, events))
    return total, misses


def case_misses(case: ArticleCase, events: tuple[Event, ...]) -> list[dict]:
    """Expected events not found, and coded events that match none ("violation" when
    their sentence is forbidden, else "not expected")."""
    out = [{"article": case.name, "kind": "missed", **want} for want in case.expected
           if not any(matches(want, e) for e in events)]
    for event in events:
        if not any(matches(want, event) for want in case.expected):
            forbidden = any(bad in event.evidence.sentence for bad in case.forbidden)
            out.append({"article": case.name, "kind": "violation" if forbidden
                        else "not expected", **_event_record(event)})
    return out


def _event_record(event: Event) -> dict:
    return {"source": event.source.code if event.source else None,
            "target": event.target.code if event.target else None, "cameo": event.cameo,
            "modality": event.modality, "date": event.date.isoformat(),
            "sentence": event.evidence.sentence}


def score_figures(score: ArticleScore, articles: int) -> dict:
    """The summed score as a JSON-ready dict (rates rounded to four places)."""
    return {"articles": articles, "expected": score.expected, "found": score.found,
            "recall": round(score.recall, 4), "coded": score.coded,
            "correct": score.correct, "precision": round(score.precision, 4),
            "modality_ok": score.modality_ok, "date_ok": score.date_ok,
            "location_ok": score.location_ok,
            "why_missed": dict(score.why_missed), "why_extra": dict(score.why_extra),
            "missed_roots": dict(score.missed_roots), "extra_roots": dict(score.extra_roots),
            "violations": len(score.violations)}
