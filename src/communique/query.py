"""Read-only queries over a DuckDB store opened safely: for the web app, exports,
statistics and the Python API.

Every query is parameterised: user input only ever reaches DuckDB as a bound value,
and the few words that shape a query (the period of a dyad timeline) come from
fixed tables. The connection is read-only, with external access off (no file or
network reads from SQL), no extension loading, and its configuration locked.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum
from typing import Any

import duckdb

from .clean import clean
from .errors import StoreError
from .export import CSV_COLUMNS, nested_record
from .model import MODALITIES
from .store import open_message

SAFE_CONFIG = {
    "enable_external_access": False,
    "autoload_known_extensions": False,
    "autoinstall_known_extensions": False,
    "lock_configuration": True,
}


class QueryTimeout(StoreError):
    """A query ran longer than the time it was given, and was stopped."""


class Period(str, Enum):
    """The periods a dyad's events are counted by (DuckDB date_trunc units)."""

    day = "day"
    week = "week"
    month = "month"
    year = "year"


PERIODS = {p.value: p.value for p in Period}
Modality = Enum("Modality", {m: m for m in MODALITIES}, type=str)  # asserted, planned ...


@dataclass(frozen=True)
class EventFilters:
    """The filters of /api/events, already validated (see web.app)."""

    actor: str | None = None
    source: str | None = None
    target: str | None = None
    cameo: str | None = None
    plover: str | None = None
    modality: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    q: str | None = None

    def where(self) -> tuple[str, list[Any]]:
        """The WHERE clause (with ``?`` placeholders) and its values."""
        clauses: list[str] = []
        values: list[Any] = []
        if self.actor:
            clauses.append(f"({_side('source', self.actor)} OR {_side('target', self.actor)})")
            values += [self.actor, self.actor]
        for side, code in (("source", self.source), ("target", self.target)):
            if code:
                clauses.append(_side(side, code))
                values.append(code)
        simple = (("starts_with(cameo, ?)", self.cameo), ("plover = ?", self.plover),
                  ("modality = ?", self.modality), ("date >= ?", self.start),
                  ("date <= ?", self.end),
                  ("contains(lower(evidence_sentence), lower(?))", self.q))
        for clause, value in simple:
            if value:
                clauses.append(clause)
                values.append(value)
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), values


def _side(side: str, code: str) -> str:
    """A country code (3 letters) matches every actor of that country; a longer code only
    itself."""
    return (f"starts_with({side}_code, ?)" if len(code) == 3 else f"{side}_code = ?")


class Events:
    """Queries over one store file, through one read-only connection. With ``timeout``
    (seconds), a query that runs longer is interrupted and raises QueryTimeout."""

    def __init__(self, path: str, timeout: float | None = None) -> None:
        self.path, self.timeout = path, timeout
        try:
            self._con = duckdb.connect(path, read_only=True, config=SAFE_CONFIG)
        except duckdb.Error as exc:
            raise StoreError(open_message(path, str(exc))) from exc
        self._columns = self._select_list("events")

    def _column(self, name: str) -> str:
        return name if f"NULL AS {name}" not in self._columns else "NULL"

    def _select_list(self, table: str) -> str:
        """The record's columns; those an older store lacks (it is not migrated when read)
        are null."""
        have = {row[0] for row in self._con.execute(f"DESCRIBE {table}").fetchall()}
        return ", ".join(c if c in have else f"NULL AS {c}" for c in CSV_COLUMNS)

    def close(self) -> None:
        self._con.close()

    def _rows(self, sql: str, values: list[Any]) -> list[dict[str, Any]]:
        cursor = self._con.cursor()  # one per call: requests run on several threads
        timer = threading.Timer(self.timeout, cursor.interrupt) if self.timeout else None
        try:
            if timer:
                timer.start()
            result = cursor.execute(sql, values)
            names = [d[0] for d in result.description]
            return [dict(zip(names, row)) for row in result.fetchall()]
        except duckdb.InterruptException:
            raise QueryTimeout(f"the query took longer than {self.timeout:g} s and was "
                               "stopped; narrow the filters") from None
        finally:
            if timer:
                timer.cancel()
            cursor.close()

    def events(self, filters: EventFilters, limit: int, offset: int) -> tuple[list[dict], int]:
        where, values = filters.where()
        rows = self._rows(f"SELECT {self._columns} FROM events{where} "
                          "ORDER BY date DESC, event_id LIMIT ? OFFSET ?",
                          values + [limit, offset])
        total = self._rows(f"SELECT count(*) AS n FROM events{where}", values)[0]["n"]
        return [nested_record(row) for row in rows], total

    def event_rows(self, filters: EventFilters, limit: int) -> Iterator[list[Any]]:
        """Flat rows (CSV_COLUMNS) for a download; the query runs now (not when the rows
        are first read), so a web response can still report its failure."""
        where, values = filters.where()
        rows = self._rows(f"SELECT {self._columns} FROM events{where} "
                          "ORDER BY date DESC, event_id LIMIT ?", values + [limit])
        return ([row[name] for name in CSV_COLUMNS] for row in rows)

    def event(self, event_id: str) -> dict | None:
        rows = self._rows(f"SELECT {self._columns} FROM events WHERE event_id = ?", [event_id])
        return nested_record(rows[0]) if rows else None

    def article(self, article_id: str) -> dict | None:
        rows = self._rows("SELECT id, title, outlet, url, date, text, story_id FROM articles "
                          "WHERE id = ?", [article_id])
        if not rows:
            return None
        article = {k: (v.isoformat() if isinstance(v, dt.date) else v)
                   for k, v in rows[0].items()}
        spans = self._rows(
            "SELECT event_id, evidence_start AS start, evidence_end AS \"end\", "
            f"{self._column('evidence_word_start')} AS word_start, "
            f"{self._column('evidence_word_end')} AS word_end, date, cameo, "
            "cameo_name, plover, quad_class, modality, source_code, source_text, target_code, "
            "target_text, quote_text FROM events "
            "WHERE article_id = ? ORDER BY evidence_start, event_id", [article_id])
        for span in spans:
            span["date"] = span["date"].isoformat()
        cleaned = clean(article["text"] or "")
        return {"article": article, "events": spans,
                "segments": [{"start": s.start, "end": s.end, "kind": s.kind}
                             for s in cleaned.segments],
                "dropped": [{"start": d.start, "end": d.end, "reason": d.reason}
                            for d in cleaned.dropped]}

    def dyad(self, a: str, b: str, period: str) -> list[dict]:
        """Per period: events between ``a`` and ``b`` (either way) by quad class, and their
        mean Goldstein value."""
        unit = PERIODS[period]
        rows = self._rows(
            f"SELECT CAST(date_trunc('{unit}', date) AS DATE) AS period, "
            "count(*) FILTER (WHERE quad_class = 1) AS verbal_cooperation, "
            "count(*) FILTER (WHERE quad_class = 2) AS material_cooperation, "
            "count(*) FILTER (WHERE quad_class = 3) AS verbal_conflict, "
            "count(*) FILTER (WHERE quad_class = 4) AS material_conflict, "
            "count(*) AS events, round(avg(goldstein), 2) AS mean_goldstein "
            f"FROM events WHERE ({_side('source', a)} AND {_side('target', b)}) "
            f"OR ({_side('source', b)} AND {_side('target', a)}) "
            "GROUP BY ALL ORDER BY period", [a, b, b, a])
        return [{**row, "period": row["period"].isoformat()} for row in rows]

    def actors(self, prefix: str | None, limit: int) -> list[dict]:
        """The busiest actor codes (as source or target), optionally those starting with
        ``prefix``."""
        return self._rows(
            "SELECT code, count(*) AS events, any_value(text) AS example FROM ("
            "  SELECT source_code AS code, source_text AS text FROM events "
            "  UNION ALL SELECT target_code, target_text FROM events"
            ") WHERE code IS NOT NULL AND starts_with(code, ?) "
            "GROUP BY code ORDER BY events DESC, code LIMIT ?", [prefix or "", limit])

    def story_rows(self, filters: EventFilters) -> Iterator[dict[str, Any]]:
        """Each story's events once (the store's ``story_events`` view: copies of a wire
        story merged, with num_articles and num_sources), flat, with the article's URL,
        outlet and coding time, and whether the event is in the article's first coded
        sentence (``is_root``); oldest first, streamed."""
        where, values = filters.where()
        cursor = self._con.cursor()
        try:
            result = cursor.execute(
                "SELECT e.*, a.url AS article_url, a.origin AS article_origin, "
                "a.outlet AS article_outlet, "
                "a.coded_at AS article_coded_at, e.evidence_start = f.first AS is_root "
                f"FROM (SELECT {self._select_list('story_events')} "
                f"FROM story_events{where}) e "
                "JOIN articles a ON a.id = e.article_id "
                "JOIN (SELECT article_id, min(evidence_start) AS first FROM events "
                "GROUP BY article_id) f ON f.article_id = e.article_id "
                "ORDER BY e.date, e.event_id", values)
            names = [d[0] for d in result.description]
            while batch := result.fetchmany(10_000):
                yield from (dict(zip(names, row)) for row in batch)
        finally:
            cursor.close()

    def top(self, what: str, limit: int) -> list[dict]:
        """The busiest actors, event codes or dyads (source → target)."""
        if what == "actors":
            return self.actors(None, limit)
        key = {"events": "cameo, cameo_name", "dyads": "source_code, target_code"}[what]
        return self._rows(f"SELECT {key}, count(*) AS events, round(avg(goldstein), 2) AS "
                          f"mean_goldstein FROM events GROUP BY {key} "
                          "ORDER BY events DESC, 1, 2 LIMIT ?", [limit])
