"""The DuckDB store: articles, their events, rejections and runs.

This is the only module that imports duckdb. Tables (schema version 3):

    meta        key, value                      schema_version
    articles    id PRIMARY KEY, title, outlet, url, date, text, content_hash
                (sha256 of text), origin, coded_at, run_id, story_id (the
                earliest near-duplicate article's id), minhash (its signature)
    events      the flat record (export.CSV_COLUMNS), event_id PRIMARY KEY,
                article_id REFERENCES articles(id); one row per article's event
    rejections  origin, reason, article_id, stage, raw (at most 10 kB),
                created_at; PRIMARY KEY (origin, reason)
    runs        run_id, started_at, finished_at, settings (JSON), version,
                read, coded, rejected, events
    story_events  (view) one row per story's event, the same source, target, CAMEO
                code and date merged across its articles, with num_articles and
                num_sources counted over every stored copy

A version 1 or 2 file gains the newer columns when it is opened for writing.

Writes are idempotent: ``save_article`` replaces the article and all its events
in one transaction, and a rejection seen again only refreshes its row, so
coding the same input twice leaves the same rows. Coding an article also
drops earlier rejections of the same origin or article id, which it resolves.

DuckDB allows one read-write process per file: a second one fails fast with a
StoreError that names the file.
"""

from __future__ import annotations

import dataclasses
from dataclasses import replace
import datetime as dt
import json
import uuid
from collections.abc import Iterable, Mapping
from typing import Any

import duckdb

from . import __version__
from .errors import StoreError
from .export import CSV_COLUMNS, EVENT_TYPES, flat_record
from .model import Article, Event, Rejection
from .resume import DoneKey, content_hash, stored_key

SCHEMA_VERSION = 3
RAW_BYTES = 10_240
_COUNTS = ("read", "coded", "rejected", "events")

_EVENT_COLUMNS = ",\n    ".join(
    f"{name} {EVENT_TYPES.get(name, 'VARCHAR')}"
    + (" PRIMARY KEY" if name == "event_id" else "")
    + (" NOT NULL REFERENCES articles(id)" if name == "article_id" else "")
    for name in CSV_COLUMNS
)
SCHEMA = f"""
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY, title VARCHAR, outlet VARCHAR, url VARCHAR, date DATE,
    text VARCHAR, content_hash VARCHAR, origin VARCHAR, coded_at TIMESTAMP, run_id VARCHAR,
    story_id VARCHAR, minhash BLOB
);
CREATE TABLE IF NOT EXISTS events (
    {_EVENT_COLUMNS}
);
CREATE TABLE IF NOT EXISTS rejections (
    origin VARCHAR, reason VARCHAR, article_id VARCHAR, stage VARCHAR, raw VARCHAR,
    created_at TIMESTAMP, PRIMARY KEY (origin, reason)
);
CREATE TABLE IF NOT EXISTS runs (
    run_id VARCHAR PRIMARY KEY, started_at TIMESTAMP, finished_at TIMESTAMP,
    settings JSON, version VARCHAR,
    read BIGINT, coded BIGINT, rejected BIGINT, events BIGINT
);
"""
_INSERT_EVENT = (f"INSERT INTO events ({', '.join(CSV_COLUMNS)}) "
                 f"VALUES ({', '.join('?' for _ in CSV_COLUMNS)})")
_UPSERT_ARTICLE = """
INSERT INTO articles (id, title, outlet, url, date, text, content_hash, origin, coded_at,
                      run_id, story_id, minhash)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (id) DO UPDATE SET title = excluded.title, outlet = excluded.outlet,
    url = excluded.url, date = excluded.date, text = excluded.text,
    content_hash = excluded.content_hash, origin = excluded.origin,
    coded_at = excluded.coded_at, run_id = excluded.run_id, story_id = excluded.story_id,
    minhash = excluded.minhash
"""
# Version 1 files: the columns version 2 added.
_MIGRATE_1 = """
ALTER TABLE articles ADD COLUMN IF NOT EXISTS story_id VARCHAR;
ALTER TABLE articles ADD COLUMN IF NOT EXISTS minhash BLOB;
ALTER TABLE events ADD COLUMN IF NOT EXISTS story_id VARCHAR;
ALTER TABLE events ADD COLUMN IF NOT EXISTS num_articles INTEGER;
ALTER TABLE events ADD COLUMN IF NOT EXISTS num_sources INTEGER;
"""
# Version 2 files: the event word's offsets, which version 3 added.
_MIGRATE_2 = """
ALTER TABLE events ADD COLUMN IF NOT EXISTS evidence_word_start INTEGER;
ALTER TABLE events ADD COLUMN IF NOT EXISTS evidence_word_end INTEGER;
"""
STORY_EVENTS = """
CREATE OR REPLACE VIEW story_events AS
SELECT e.* REPLACE (g.story_id AS story_id, g.num_articles AS num_articles,
                   g.num_sources AS num_sources)
FROM (
    SELECT coalesce(a.story_id, e.article_id) AS story_id,
           arg_max(e.event_id, e.confidence) AS event_id,
           count(DISTINCT e.article_id) AS num_articles,
           count(DISTINCT coalesce(a.outlet, e.article_id)) AS num_sources
    FROM events e JOIN articles a ON a.id = e.article_id
    GROUP BY coalesce(a.story_id, e.article_id), e.source_code, e.target_code, e.cameo,
             e.date, e.date_precision
) g JOIN events e USING (event_id)
"""
_UPSERT_REJECTION = """
INSERT INTO rejections VALUES (?, ?, ?, ?, ?, ?)
ON CONFLICT (origin, reason) DO UPDATE SET article_id = excluded.article_id,
    stage = excluded.stage, raw = excluded.raw, created_at = excluded.created_at
"""


class Store:
    """A DuckDB file holding coded articles; use as a context manager."""

    def __init__(self, path: str, *, read_only: bool = False) -> None:
        self.path = str(path)
        self.run_id: str | None = None
        self._con = _connect(self.path, read_only)
        if not read_only:
            self._migrate()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        self._con.close()

    # writes

    def save_article(self, article: Article, events: Iterable[Event], *,
                     story_id: str | None = None, minhash: bytes | None = None) -> None:
        """Store ``article`` (with its story and signature) and replace its events, all in
        one transaction."""
        rows = {event.event_id: _event_row(replace(event, story_id=story_id or event.story_id))
                for event in events}
        article_row = _article_row(article, self.run_id) + [story_id, minhash]
        with self._transaction(f"article {article.id!r}"):
            self._con.execute("DELETE FROM events WHERE article_id = ?", [article.id])
            self._con.execute(_UPSERT_ARTICLE, article_row)
            if rows:
                self._con.executemany(_INSERT_EVENT, list(rows.values()))
            self._con.execute("DELETE FROM rejections WHERE origin IN (?, ?) OR article_id = ?",
                              [article.origin, _file_of(article.origin), article.id])

    def save_rejection(self, rejection: Rejection) -> None:
        """Record a rejection; the same (origin, reason) again only refreshes its row."""
        with self._transaction(f"rejection {rejection.origin!r}"):
            self._con.execute(_UPSERT_REJECTION, _rejection_row(rejection))

    def start_run(self, settings: Any, **extra: Any) -> str:
        """Record a run's settings (a dataclass or mapping, plus ``extra``); return its id."""
        self.run_id = uuid.uuid4().hex
        values = dataclasses.asdict(settings) if dataclasses.is_dataclass(settings) else settings
        payload = json.dumps({**dict(values), **extra}, default=str, sort_keys=True)
        with self._transaction("run"):
            self._con.execute("INSERT INTO runs (run_id, started_at, settings, version) "
                              "VALUES (?, ?, ?, ?)", [self.run_id, _now(), payload, __version__])
        return self.run_id

    def finish_run(self, counts: Mapping[str, int]) -> None:
        """Record the end of the current run with its counts (read, coded, rejected, events)."""
        if self.run_id is None:
            raise StoreError("finish_run() called before start_run()")
        values = [counts.get(name, 0) for name in _COUNTS]
        with self._transaction("run"):
            self._con.execute("UPDATE runs SET finished_at = ?, read = ?, coded = ?, "
                              "rejected = ?, events = ? WHERE run_id = ?",
                              [_now(), *values, self.run_id])

    # reads

    def fetchall(self, sql: str, params: Iterable[Any] = ()) -> list[tuple[Any, ...]]:
        """Run trusted SQL (tests, maintenance) and return all rows. Never pass user input."""
        try:
            return self._con.execute(sql, list(params)).fetchall()
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: query failed: {exc}") from exc

    def story_rows(self) -> Iterable[tuple[str, str | None, bytes | None]]:
        """(article id, story id, signature) of every stored article, in coding order."""
        cursor = self._con.execute("SELECT id, story_id, minhash FROM articles "
                                   "ORDER BY coded_at, id")
        while batch := cursor.fetchmany(10_000):
            yield from batch

    def done_keys(self) -> set[DoneKey]:
        """The stored articles coded by this version (communique.resume)."""
        rows = self.fetchall("SELECT a.id, a.content_hash, a.date, a.outlet FROM articles a "
                             "JOIN runs r ON r.run_id = a.run_id WHERE r.version = ?",
                             [__version__])
        return {stored_key(*row) for row in rows}

    def counts(self) -> dict[str, int]:
        """Row counts of the data tables."""
        tables = ("articles", "events", "rejections", "runs")
        return {name: self.fetchall(f"SELECT count(*) FROM {name}")[0][0] for name in tables}

    def schema_version(self) -> int:
        return int(self.fetchall("SELECT value FROM meta WHERE key = 'schema_version'")[0][0])

    # internals

    def _migrate(self) -> None:
        with self._transaction("schema"):
            self._con.execute(SCHEMA)
            found = self._con.execute(
                "SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
            if found is not None and int(found[0]) < SCHEMA_VERSION:
                self._con.execute(_MIGRATE_1)  # both are no-ops where done already
                self._con.execute(_MIGRATE_2)
                self._con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'",
                                  [str(SCHEMA_VERSION)])
            self._con.execute(STORY_EVENTS)
            if found is None:
                self._con.execute("INSERT INTO meta VALUES ('schema_version', ?)",
                                  [str(SCHEMA_VERSION)])
        if found is not None and int(found[0]) > SCHEMA_VERSION:
            raise StoreError(f"{self.path} has schema version {found[0]}, newer than this "
                             f"communique ({__version__}) knows ({SCHEMA_VERSION}); "
                             "upgrade communique or use another --db file")

    def _transaction(self, what: str) -> _Transaction:
        return _Transaction(self._con, f"{self.path}: cannot save {what}")


class _Transaction:
    """BEGIN … COMMIT, rolled back on any error; duckdb errors become StoreError."""

    def __init__(self, con: Any, message: str) -> None:
        self.con, self.message = con, message

    def __enter__(self) -> None:
        self.con.begin()

    def __exit__(self, kind: type | None, exc: BaseException | None, tb: object) -> bool:
        if kind is None:
            try:
                self.con.commit()
                return False
            except duckdb.Error as error:
                exc = error
        self.con.rollback()
        if isinstance(exc, duckdb.Error):
            raise StoreError(f"{self.message}: {exc}") from exc
        return False


def _connect(path: str, read_only: bool) -> Any:
    try:
        return duckdb.connect(path, read_only=read_only)
    except duckdb.Error as exc:
        raise StoreError(open_message(path, str(exc))) from exc


def open_message(path: str, detail: str) -> str:
    if "lock" in detail.lower():
        return (f"{path} is in use by another process ({detail.split(': ', 1)[-1]}); "
                "wait for it to finish or stop it, or write to another --db file")
    if "not a valid DuckDB database" in detail:
        return f"{path} is not a DuckDB database; choose another --db file"
    return f"cannot open store {path}: {detail}"


def _article_row(article: Article, run_id: str | None) -> list[Any]:
    return [article.id, article.title, article.outlet, article.url, article.date,
            article.text, content_hash(article.text), article.origin, _now(), run_id]


def _event_row(event: Event) -> list[Any]:
    row = flat_record(event)
    row["date"] = event.date
    return [row[name] for name in CSV_COLUMNS]


def _rejection_row(rejection: Rejection) -> list[Any]:
    raw = rejection.raw
    if raw is not None:
        raw = raw.encode("utf-8", "replace")[:RAW_BYTES].decode("utf-8", "ignore")
    return [rejection.origin, rejection.reason, rejection.article_id, rejection.stage, raw,
            _now()]


def _file_of(origin: str | None) -> str | None:
    """``path`` of a ``path:line`` origin (the form a whole-file rejection uses)."""
    return origin.rpartition(":")[0] if origin and ":" in origin else origin


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
