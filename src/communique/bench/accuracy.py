"""Accuracy on gold records in the PLOVER GSR format (one sentence, one event each).

For every record the whole text is coded as an article. A record counts as:
- type: some coded event has the gold PLOVER category;
- type+source: such an event's source country (first three letters) is one of the
  gold sources', or the gold record has no source;
- type+target: likewise for the target.
Records are split into halves by a stable hash of their id: ``tune`` and ``holdout``.

Per category, recall is the type rate of its gold records and precision the share of
records coded with the category whose gold category it is. ``report_figures`` gives
the same figures as a JSON-ready dict, for ``--json`` and the quality ratchet.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import InputError
from ..model import Article, Event

SPLITS = ("tune", "holdout", "all")
GOLD_KEYS = ("id", "text", "event", "source", "target")


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


def load_gold(path: Path, split: str = "all") -> list[dict]:
    """The records of ``split``, checked: a bad line raises InputError naming path:line."""
    if split not in SPLITS:
        raise InputError(f"unknown split {split!r} (expected one of {', '.join(SPLITS)})")
    records = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if line.strip():
                record = _gold_record(line, f"{path}:{number}")
                if split == "all" or split_of(record["id"]) == split:
                    records.append(record)
    return records


def _gold_record(line: str, origin: str) -> dict:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(f"not JSON ({error.msg})", origin) from None
    missing = [key for key in GOLD_KEYS if not isinstance(record, dict) or key not in record]
    if missing:
        raise InputError(f"gold record lacks {', '.join(missing)}", origin)
    return record


def gold_article(record: dict) -> Article:
    date = record.get("date")
    return Article(id=record["id"], text=record["text"],
                   date=dt.date.fromisoformat(date) if date else dt.date(2015, 1, 1))


# Country codes of the gold file that are neither ISO 3166 nor CAMEO: misspellings of
# Japan, Italy and Vietnam, read as the ISO codes they stand for.
GOLD_ALIASES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}


def _countries(actors: list[dict]) -> set[str]:
    codes = {(a.get("code") or "")[:3] for a in actors if a.get("code")}
    return {GOLD_ALIASES.get(code, code) for code in codes}


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


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def category_figures(report: Report, name: str) -> dict[str, float]:
    """Records, recall, precision, F1, type+source and type+target rates of one category."""
    t = report.by_category[name]
    r, p = t.rate(t.type_ok), report.precision(name)
    return {"records": t.records, "recall": r, "precision": p, "f1": f1(p, r),
            "type_source": t.rate(t.source_ok), "type_target": t.rate(t.target_ok)}


def gold_categories(report: Report) -> list[str]:
    return sorted(k for k, t in report.by_category.items() if t.records)


def format_report(report: Report, split: str) -> str:
    o = report.overall
    lines = [f"gold records ({split}): {o.records}",
             f"event type      {o.rate(o.type_ok):.3f}",
             f"type+source     {o.rate(o.source_ok):.3f}",
             f"type+target     {o.rate(o.target_ok):.3f}", "",
             f"{'category':<11}{'n':>5}{'recall':>8}{'prec':>7}{'F1':>7}{'+src':>7}{'+tgt':>7}"]
    for name in gold_categories(report):
        c = category_figures(report, name)
        lines.append(f"{name:<11}{c['records']:>5}{c['recall']:>8.3f}{c['precision']:>7.3f}"
                     f"{c['f1']:>7.3f}{c['type_source']:>7.3f}{c['type_target']:>7.3f}")
    lines += ["", "confusion (gold → coded, top 15):"]
    lines += [f"  {g:<10} → {c:<10} {n}" for (g, c), n in report.confusion.most_common(40)
              if g != c][:15]
    return "\n".join(lines)


def format_confusion(report: Report) -> str:
    """The whole confusion table: a row per gold category, a column per coded one.

    A record counts once under each category coded for it, so a row can sum to more
    than its records; ``none`` counts records with nothing coded.
    """
    rows = gold_categories(report)
    coded = {c for _, c in report.confusion} - {"(none)"}
    columns = sorted(coded | set(rows)) + ["(none)"]
    heads = [("none" if c == "(none)" else c[:4]) for c in columns]
    lines = ["confusion table (rows: gold; columns: coded, first four letters):",
             f"{'':<11}" + "".join(f"{h:>5}" for h in heads)]
    for gold in rows:
        cells = [report.confusion[(gold, c)] for c in columns]
        lines.append(f"{gold:<11}" + "".join(f"{n or '.':>5}" for n in cells))
    return "\n".join(lines)


def report_figures(report: Report, split: str) -> dict:
    """The report's figures as a JSON-ready dict (rates rounded to four places)."""
    o = report.overall
    return {"split": split, "records": o.records,
            "type": round(o.rate(o.type_ok), 4),
            "type_source": round(o.rate(o.source_ok), 4),
            "type_target": round(o.rate(o.target_ok), 4),
            "categories": {name: _rounded(category_figures(report, name))
                           for name in gold_categories(report)},
            "confusion": [[g, c, n] for (g, c), n in sorted(report.confusion.items())]}


def _rounded(figures: dict[str, float]) -> dict[str, float]:
    return {k: v if isinstance(v, int) else round(v, 4) for k, v in figures.items()}


def write_misses(records: Iterable[dict], path: Path) -> int:
    """Write miss records as JSONL; returns how many were written."""
    count = 0
    with path.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count
