"""Accuracy on gold records in the PLOVER GSR format (one sentence, one event each).

For every record the whole text is coded as an article. A record counts as:
- type: some coded event has the gold PLOVER category;
- type+source: such an event's source country (first three letters) is one of the
  gold sources', or the gold record has no source;
- type+target: likewise for the target.
Records are split into halves by a stable hash of their id: ``tune`` and ``holdout``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from ..model import Article, Event

SPLITS = ("tune", "holdout", "all")


def split_of(record_id: str) -> str:
    """'tune' or 'holdout', fixed for ever by the record id."""
    return "tune" if int(hashlib.sha256(record_id.encode()).hexdigest(), 16) % 2 == 0 \
        else "holdout"


def read_gold(path: Path, split: str = "all") -> Iterator[dict]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record = json.loads(line)
                if split == "all" or split_of(record["id"]) == split:
                    yield record


def gold_article(record: dict) -> Article:
    date = record.get("date")
    return Article(id=record["id"], text=record["text"],
                   date=dt.date.fromisoformat(date) if date else dt.date(2015, 1, 1))


def _countries(actors: list[dict]) -> set[str]:
    return {(a.get("code") or "")[:3] for a in actors if a.get("code")}


def _country(actor) -> str | None:
    return actor.code[:3] if actor is not None else None


@dataclass
class Tally:
    records: int = 0
    type_ok: int = 0
    source_ok: int = 0
    target_ok: int = 0
    predicted: Counter = field(default_factory=Counter)  # events per category

    def rate(self, hits: int) -> float:
        return hits / self.records if self.records else 0.0


@dataclass
class Report:
    overall: Tally = field(default_factory=Tally)
    by_category: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    confusion: Counter = field(default_factory=Counter)  # (gold, predicted) pairs
    misses: list[dict] = field(default_factory=list)

    def add(self, record: dict, events: Iterable[Event]) -> None:
        gold = record["event"]
        events = list(events)
        kinds = {e.plover for e in events if e.plover}
        same = [e for e in events if e.plover == gold]
        sources, targets = _countries(record["source"]), _countries(record["target"])
        source_ok = any(not sources or _country(e.source) in sources for e in same)
        target_ok = any(not targets or _country(e.target) in targets for e in same)
        for tally in (self.overall, self.by_category[gold]):
            tally.records += 1
            tally.type_ok += bool(same)
            tally.source_ok += bool(same) and source_ok
            tally.target_ok += bool(same) and target_ok
        for kind in kinds:
            self.by_category[kind].predicted[kind] += 1
        self.confusion.update((gold, k) for k in (kinds or {"(none)"}))
        if not (same and source_ok and target_ok):
            self.misses.append(_miss(record, events))

    def precision(self, category: str) -> float:
        predicted = self.by_category[category].predicted[category]
        return self.by_category[category].type_ok / predicted if predicted else 0.0


def _miss(record: dict, events: list[Event]) -> dict:
    return {"id": record["id"], "text": record["text"], "gold": record["event"],
            "gold_source": sorted(_countries(record["source"])),
            "gold_target": sorted(_countries(record["target"])),
            "coded": [f"{e.cameo} {e.plover} {e.source.code if e.source else '-'}"
                      f"→{e.target.code if e.target else '-'} {e.modality}" for e in events]}


def evaluate(coder, records: Iterable[dict], batch: int = 64) -> Report:
    report = Report()
    chunk: list[dict] = []
    for record in [*records, None]:
        if record is not None:
            chunk.append(record)
        if chunk and (record is None or len(chunk) >= batch):
            results = coder.code_batch([gold_article(r) for r in chunk])
            for rec, result in zip(chunk, results):
                report.add(rec, result[1] if isinstance(result, tuple) else ())
            chunk = []
    return report


def format_report(report: Report, split: str) -> str:
    o = report.overall
    lines = [f"gold records ({split}): {o.records}",
             f"event type      {o.rate(o.type_ok):.3f}",
             f"type+source     {o.rate(o.source_ok):.3f}",
             f"type+target     {o.rate(o.target_ok):.3f}", "",
             f"{'category':<11}{'n':>5}{'recall':>8}{'prec':>7}{'F1':>7}{'+src':>7}{'+tgt':>7}"]
    for name in sorted(k for k, t in report.by_category.items() if t.records):
        t = report.by_category[name]
        r, p = t.rate(t.type_ok), report.precision(name)
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        lines.append(f"{name:<11}{t.records:>5}{r:>8.3f}{p:>7.3f}{f1:>7.3f}"
                     f"{t.rate(t.source_ok):>7.3f}{t.rate(t.target_ok):>7.3f}")
    lines += ["", "confusion (gold → coded, top 15):"]
    lines += [f"  {g:<10} → {c:<10} {n}" for (g, c), n in report.confusion.most_common(40)
              if g != c][:15]
    return "\n".join(lines)
