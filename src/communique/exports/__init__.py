"""``communique export``: a store's events as GDELT 2.0, PLOVER, JSONL, CSV or Parquet.

Each story's events are written once (the store's ``story_events`` view: wire copies
merged, with their counts), oldest first, streamed from a read-only connection, with the
filters of the web API. ``gdelt`` and ``plover`` are described in their modules; ``jsonl``
writes the event records of docs/events.md, ``csv`` their flat columns with a header, and
``parquet`` the flat columns in one file (needs pyarrow).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from ..export import CSV_COLUMNS, EVENT_TYPES, nested_record
from ..query import EventFilters, Events
from .gdelt import COLUMNS as GDELT_COLUMNS
from .gdelt import gdelt_row
from .plover import plover_record

FORMATS = ("gdelt", "plover", "jsonl", "csv", "parquet")
__all__ = ["FORMATS", "GDELT_COLUMNS", "export", "gdelt_row", "plover_record"]


def export(db: str, fmt: str, out: Path, filters: EventFilters | None = None) -> int:
    """Write the store's events matching ``filters`` to ``out``; return how many."""
    if fmt not in FORMATS:
        raise ConfigError(f"unknown export format {fmt!r} (expected {', '.join(FORMATS)})")
    events = Events(db)
    try:
        rows = events.story_rows(filters or EventFilters())
        if fmt == "parquet":
            return _parquet(rows, out)
        with _open(out) as fh:
            return _WRITERS[fmt](rows, fh)
    finally:
        events.close()


def _open(out: Path) -> Any:
    try:
        return open(out, "w", encoding="utf-8", newline="")
    except OSError as exc:
        raise ConfigError(f"cannot write --out {out}: {exc.strerror or exc}") from None


def _gdelt(rows: Iterator[dict], fh: Any) -> int:
    writer = csv.writer(fh, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE,
                        escapechar=None, quotechar=None)
    count = 0
    for row in rows:
        writer.writerow(gdelt_row(row))
        count += 1
    return count


def _lines(records: Iterator[dict], fh: Any) -> int:
    count = 0
    for record in records:
        fh.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
        count += 1
    return count


def _csv(rows: Iterator[dict], fh: Any) -> int:
    writer = csv.writer(fh)
    writer.writerow(CSV_COLUMNS)
    count = 0
    for row in rows:
        writer.writerow(["" if row[c] is None else row[c] for c in CSV_COLUMNS])
        count += 1
    return count


_WRITERS = {
    "gdelt": _gdelt,
    "plover": lambda rows, fh: _lines((plover_record(r) for r in rows), fh),
    "jsonl": lambda rows, fh: _lines((nested_record(r) for r in rows), fh),
    "csv": _csv,
}


def _parquet(rows: Iterator[dict], out: Path) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise ConfigError("--format parquet needs pyarrow: pip install "
                          "'communique[parquet]'") from None
    kinds = {"DATE": pa.date32(), "INTEGER": pa.int32(), "DOUBLE": pa.float64()}
    schema = pa.schema([(c, kinds.get(EVENT_TYPES.get(c, ""), pa.string()))
                        for c in CSV_COLUMNS])
    count = 0
    with pq.ParquetWriter(str(out), schema) as writer:
        while batch := list(islice(rows, 10_000)):
            writer.write_table(pa.Table.from_pylist(
                [{c: r[c] for c in CSV_COLUMNS} for r in batch], schema=schema))
            count += len(batch)
    return count
