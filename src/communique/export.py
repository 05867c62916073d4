"""Event records for output: the JSONL contract, flat CSV columns and a terminal table.

The JSONL record (one event per line) has these fields, in this order:

    event_id, article_id, date (ISO), date_precision,
    source, target        {"text", "code", "country", "sector"} or null
    cameo, cameo_name, plover, quad_class, goldstein, modality,
    location              {"name", "country", "lat", "lon"} or null
    evidence              {"sentence", "start", "end", "word_start", "word_end"}
    quote                 {"text", "speaker"} or null
    mentions, confidence, story_id, num_articles, num_sources

``CSV_COLUMNS`` flattens the nested objects as ``<field>_<key>`` in the same
order (``source_text`` ... ``quote_speaker``); a null object gives empty cells.
Non-finite numbers (NaN, infinity) are written as null.
"""

from __future__ import annotations

import csv
import json
import math
from collections.abc import Iterable
from typing import IO, Any

from .model import Actor, Article, Event, Place, Quote

ACTOR_KEYS = ("text", "code", "country", "sector")
LOCATION_KEYS = ("name", "country", "lat", "lon")
EVIDENCE_KEYS = ("sentence", "start", "end", "word_start", "word_end")
QUOTE_KEYS = ("text", "speaker")
NESTED: dict[str, tuple[str, ...]] = {
    "source": ACTOR_KEYS,
    "target": ACTOR_KEYS,
    "location": LOCATION_KEYS,
    "evidence": EVIDENCE_KEYS,
    "quote": QUOTE_KEYS,
}
RECORD_FIELDS = (
    "event_id", "article_id", "date", "date_precision", "source", "target",
    "cameo", "cameo_name", "plover", "quad_class", "goldstein", "modality",
    "location", "evidence", "quote", "mentions", "confidence",
    "story_id", "num_articles", "num_sources",
)
CSV_COLUMNS = tuple(
    column
    for name in RECORD_FIELDS
    for column in ([f"{name}_{key}" for key in NESTED[name]] if name in NESTED else [name])
)
# SQL types of the flat columns that are not text (the store's and Parquet's schema).
EVENT_TYPES = {
    "date": "DATE", "quad_class": "INTEGER", "goldstein": "DOUBLE", "location_lat": "DOUBLE",
    "location_lon": "DOUBLE", "evidence_start": "INTEGER", "evidence_end": "INTEGER",
    "evidence_word_start": "INTEGER", "evidence_word_end": "INTEGER",
    "mentions": "INTEGER", "confidence": "DOUBLE", "num_articles": "INTEGER",
    "num_sources": "INTEGER",
}
EVIDENCE_CHARS = 60


def event_record(event: Event) -> dict[str, Any]:
    """The documented JSONL record of one event, fields in contract order."""
    return {
        "event_id": event.event_id,
        "article_id": event.article_id,
        "date": event.date.isoformat(),
        "date_precision": event.date_precision,
        "source": _actor(event.source),
        "target": _actor(event.target),
        "cameo": event.cameo,
        "cameo_name": event.cameo_name,
        "plover": event.plover,
        "quad_class": event.quad_class,
        "goldstein": _number(event.goldstein),
        "modality": event.modality,
        "location": _place(event.location),
        "evidence": {"sentence": event.evidence.sentence, "start": event.evidence.start,
                     "end": event.evidence.end, **_word(event)},
        "quote": _quote(event.quote),
        "mentions": event.mentions,
        "confidence": _number(event.confidence),
        "story_id": event.story_id,
        "num_articles": event.num_articles,
        "num_sources": event.num_sources,
    }


def flat_record(event: Event) -> dict[str, Any]:
    """The event as one flat row keyed by ``CSV_COLUMNS``."""
    row: dict[str, Any] = {}
    for name, value in event_record(event).items():
        if name in NESTED:
            row.update({f"{name}_{key}": (value or {}).get(key) for key in NESTED[name]})
        else:
            row[name] = value
    return row


def nested_record(row: dict[str, Any]) -> dict[str, Any]:
    """The JSONL record of a flat row (``flat_record``'s inverse): an object whose cells are
    all empty is null; dates become ISO strings."""
    record: dict[str, Any] = {}
    for name in RECORD_FIELDS:
        if name in NESTED:
            values = {key: row.get(f"{name}_{key}") for key in NESTED[name]}
            record[name] = values if any(v is not None for v in values.values()) else None
        else:
            value = row.get(name)
            record[name] = value.isoformat() if hasattr(value, "isoformat") else value
    return record


def _word(event: Event) -> dict[str, int | None]:
    """Offsets of the word that expresses the event (null when the coder has none)."""
    start, end = event.word
    known = end > start
    return {"word_start": start if known else None, "word_end": end if known else None}


def _actor(actor: Actor | None) -> dict[str, Any] | None:
    if actor is None:
        return None
    return {"text": actor.text, "code": actor.code, "country": actor.country,
            "sector": actor.sector}


def _place(place: Place | None) -> dict[str, Any] | None:
    if place is None:
        return None
    return {"name": place.name, "country": place.country, "lat": _number(place.lat),
            "lon": _number(place.lon)}


def _quote(quote: Quote | None) -> dict[str, Any] | None:
    return None if quote is None else {"text": quote.text, "speaker": quote.speaker}


def _number(value: float | None) -> float | None:
    return value if value is None or math.isfinite(value) else None


# -- writers ------------------------------------------------------------------


def write_jsonl(events: Iterable[Event], fh: IO[str]) -> int:
    """Write one JSON object per line; return how many were written."""
    count = 0
    for event in events:
        fh.write(json.dumps(event_record(event), ensure_ascii=False, allow_nan=False) + "\n")
        count += 1
    return count


def csv_writer(fh: IO[str], *, header: bool = True) -> csv.DictWriter:
    """A DictWriter over ``CSV_COLUMNS`` (``\\n`` line ends), header written if asked."""
    writer = csv.DictWriter(fh, fieldnames=CSV_COLUMNS, lineterminator="\n")
    if header:
        writer.writeheader()
    return writer


def write_csv(events: Iterable[Event], fh: IO[str], *, header: bool = True) -> int:
    """Write events as CSV rows (with a header row unless ``header=False``)."""
    writer = csv_writer(fh, header=header)
    count = 0
    for event in events:
        writer.writerow(flat_record(event))
        count += 1
    return count


# -- the terminal table -------------------------------------------------------


def event_table() -> Any:
    """An empty rich Table with the columns ``add_rows`` fills."""
    from rich import box
    from rich.table import Table

    table = Table(box=box.SIMPLE_HEAD, header_style="bold", pad_edge=False)
    for name in ("date", "source", "event", "target"):
        table.add_column(name, no_wrap=name == "date", overflow="fold", ratio=1)
    table.add_column("modality", no_wrap=True)
    table.add_column("location", overflow="fold", ratio=1)
    table.add_column("conf.", justify="right", no_wrap=True)
    table.add_column("evidence", overflow="fold", ratio=2, max_width=EVIDENCE_CHARS + 2)
    return table


def add_rows(table: Any, article: Article, events: Iterable[Event]) -> int:
    """Add one row per event; return how many rows were added."""
    from rich.text import Text

    count = 0
    for event in events:
        table.add_row(*(Text(cell) for cell in _table_cells(event)))  # Text: no markup
        count += 1
    return count


def render_table(pairs: Iterable[tuple[Article, Iterable[Event]]], console: Any) -> int:
    """Print (article, events) pairs as one table on a rich Console; return the event count."""
    table = event_table()
    count = sum(add_rows(table, article, events) for article, events in pairs)
    console.print(table if count else "No events.")
    return count


def _table_cells(event: Event) -> tuple[str, ...]:
    return (
        event.date.isoformat(),
        _actor_cell(event.source),
        f"{event.cameo} {event.cameo_name}",
        _actor_cell(event.target),
        event.modality,
        _place_cell(event.location),
        f"{event.confidence:.2f}",
        _shorten(event.evidence.sentence, EVIDENCE_CHARS),
    )


def _actor_cell(actor: Actor | None) -> str:
    if actor is None:
        return "-"
    return f"{actor.code} ({_shorten(actor.text, 24)})" if actor.text else actor.code


def _place_cell(place: Place | None) -> str:
    if place is None:
        return "-"
    return f"{place.name} ({place.country})" if place.country else place.name


def _shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"
