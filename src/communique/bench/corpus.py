"""Document level: is a story's labelled PLOVER category among the categories coded for it?

A corpus is a CSV file with a ``text`` column and, for this figure, a ``label`` column
holding one PLOVER category per story (``mode`` is kept when present). The NGEC
synthetic stories are such a corpus: each was written to show the event type in its
label. A story counts as a hit when some event coded from it has that category. The
stories carry no date, so each is coded as published on ``CORPUS_DATE``.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Sequence

from ..errors import InputError
from ..model import Article

CORPUS_DATE = dt.date(2023, 1, 1)


@dataclass(frozen=True, slots=True, kw_only=True)
class Story:
    id: str
    text: str
    label: str | None = None
    mode: str | None = None


def read_corpus(path: Path, n: int | None = None) -> list[Story]:
    """The first ``n`` stories (all when None) of a CSV corpus with a ``text`` column."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if "text" not in (reader.fieldnames or ()):
            raise InputError("a corpus needs a 'text' column", str(path))
        stories = []
        for number, row in enumerate(_rows(reader, path), 1):
            if n is not None and number > n:
                break
            stories.append(Story(id=f"{path.stem}-{number}", text=row["text"] or "",
                                 label=row.get("label") or None, mode=row.get("mode") or None))
    return stories


def _rows(reader: csv.DictReader, path: Path) -> Iterator[dict]:
    try:
        yield from reader
    except csv.Error as error:
        raise InputError(f"bad CSV at line {reader.line_num}: {error}", str(path)) from None


def story_article(story: Story) -> Article:
    return Article(id=story.id, text=story.text, date=CORPUS_DATE)


@dataclass
class DocumentReport:
    stories: Counter = field(default_factory=Counter)  # per label
    hits: Counter = field(default_factory=Counter)  # per label
    coding: Counter = field(default_factory=Counter)  # stories coding each category
    no_events: int = 0
    rejected: int = 0
    misses: list[dict] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.stories.values())

    def share(self, label: str | None = None) -> float:
        stories = self.stories[label] if label else self.total
        hits = self.hits[label] if label else sum(self.hits.values())
        return hits / stories if stories else 0.0

    def add(self, story: Story, categories: set[str]) -> None:
        self.coding.update(categories)
        self.no_events += not categories
        if story.label is None:
            return
        self.stories[story.label] += 1
        if story.label in categories:
            self.hits[story.label] += 1
        else:
            self.misses.append({"id": story.id, "label": story.label, "mode": story.mode,
                                "coded": sorted(categories), "text": story.text})


def evaluate_documents(coder, stories: Sequence[Story], batch: int = 64) -> DocumentReport:
    """Code the stories in batches and count, per label, the stories whose label was coded."""
    report = DocumentReport()
    for start in range(0, len(stories), batch):
        chunk = stories[start:start + batch]
        for story, result in zip(chunk, coder.code_batch([story_article(s) for s in chunk])):
            if not isinstance(result, tuple):
                report.rejected += 1
            events = result[1] if isinstance(result, tuple) else ()
            report.add(story, {e.plover for e in events if e.plover})
    return report


def format_documents(report: DocumentReport, source: str) -> str:
    lines = [f"document level: {report.total} labelled stories from {source}",
             f"label among coded categories  {report.share():.3f} "
             f"({sum(report.hits.values())}/{report.total})",
             f"stories with no event         {report.no_events}",
             f"stories rejected              {report.rejected}", "",
             f"{'category':<11}{'n':>6}{'hits':>6}{'share':>8}{'coded in':>10}"]
    for label in sorted(report.stories):
        lines.append(f"{label:<11}{report.stories[label]:>6}{report.hits[label]:>6}"
                     f"{report.share(label):>8.3f}{report.coding[label]:>10}")
    return "\n".join(lines)


def document_figures(report: DocumentReport) -> dict:
    return {"stories": report.total, "share": round(report.share(), 4),
            "no_events": report.no_events, "rejected": report.rejected,
            "categories": {label: {"stories": report.stories[label],
                                   "hits": report.hits[label],
                                   "share": round(report.share(label), 4),
                                   "coded_in": report.coding[label]}
                           for label in sorted(report.stories)}}
