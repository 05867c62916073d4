"""A Parquet dataset of events, partitioned by event month, that survives being killed.

Layout under the dataset directory (local, or any URI pyarrow.fs knows, such as
``s3://bucket/prefix``)::

    month=2021-06/part-<shard>.parquet    the events (flat columns of export.CSV_COLUMNS)
    _articles/part-<shard>.parquet        the shard's articles: its commit record

A shard is the output of ``shard_size`` consecutive input articles. It is written
as ``*.parquet.tmp`` files, then its ``_articles`` file is written and renamed
into place (the commit), then the event files are renamed. Opening the dataset
finishes a committed shard's renames and deletes the temporary files of a shard
that never committed, so a reader (``read_parquet('DIR/month=*/*.parquet',
hive_partitioning=true)`` in DuckDB, ``pyarrow.dataset`` with hive partitioning,
Ray, Spark) never sees a partial file, and a killed run started again skips the
committed articles and writes the rest. A shard's name is a hash of its article
ids, so writing the same shard again replaces it rather than adding a copy.

Needs pyarrow (``pip install 'communique[parquet]'``).
"""

from __future__ import annotations

import hashlib
import os
import posixpath
from collections.abc import Iterator
from typing import Any

from . import __version__
from .errors import ConfigError, StoreError
from .export import CSV_COLUMNS, EVENT_TYPES, flat_record
from .model import Article, Event
from .resume import DoneKey, content_hash, stored_key

ARTICLES = "_articles"
TMP = ".tmp"
ARTICLE_COLUMNS = ("id", "content_hash", "date", "outlet", "title", "url", "origin",
                   "story_id", "minhash", "version")


def _arrow() -> Any:
    try:
        import pyarrow
        import pyarrow.fs  # noqa: F401
        import pyarrow.parquet  # noqa: F401
    except ImportError:
        raise ConfigError("--format parquet needs pyarrow: pip install 'communique[parquet]'") \
            from None
    return pyarrow


class ParquetDataset:
    """The ``--format parquet`` sink (see communique.sinks): events in month partitions."""

    durable = True

    def __init__(self, uri: str) -> None:
        self.pa = _arrow()
        self.fs, self.root = _filesystem(self.pa, uri)
        self.uri = uri
        self.events: list[dict[str, Any]] = []
        self.articles: list[dict[str, Any]] = []
        self.fs.create_dir(self._path(ARTICLES), recursive=True)
        self.recover()

    # the sink

    def write(self, article: Article, events: tuple[Event, ...]) -> None:
        for event in events:
            row = flat_record(event)
            row["date"] = event.date
            self.events.append(row)

    def article_done(self, article: Article, story: Any) -> None:
        self.articles.append({
            "id": article.id, "content_hash": content_hash(article.text), "date": article.date,
            "outlet": article.outlet, "title": article.title, "url": article.url,
            "origin": article.origin, "story_id": story.story_id, "minhash": story.minhash,
            "version": __version__})

    def checkpoint(self) -> None:
        """Commit the shard of the articles handed over since the last checkpoint."""
        if not self.articles:
            return
        name = "part-" + hashlib.sha256("\n".join(a["id"] for a in self.articles)
                                        .encode("utf-8")).hexdigest()[:20] + ".parquet"
        moves = [self._write_month(month, rows, name) for month, rows in self._months()]
        record = self._path(ARTICLES, name)
        self._write(self.pa.Table.from_pylist(self.articles, schema=self._article_schema()),
                    record + TMP)
        self.fs.move(record + TMP, record)  # the commit
        for tmp in moves:
            self.fs.move(tmp, tmp[:-len(TMP)])
        self.events, self.articles = [], []

    def close(self) -> None:
        self.checkpoint()

    # resuming

    def recover(self) -> None:
        """Finish the renames of committed shards; delete what uncommitted shards left."""
        files = [info.path for info in self._listing()]
        committed = {posixpath.basename(p) for p in files
                     if posixpath.basename(posixpath.dirname(p)) == ARTICLES
                     and p.endswith(".parquet")}
        for path in files:
            if path.endswith(".parquet" + TMP):
                if posixpath.basename(path)[:-len(TMP)] in committed \
                        and posixpath.basename(posixpath.dirname(path)) != ARTICLES:
                    self.fs.move(path, path[:-len(TMP)])
                else:
                    self.fs.delete_file(path)

    def done_keys(self) -> set[DoneKey]:
        """The committed articles coded by this version."""
        return {stored_key(r["id"], r["content_hash"], r["date"], r["outlet"])
                for r in self._committed("id", "content_hash", "date", "outlet", "version")
                if r["version"] == __version__}

    def story_rows(self) -> Iterator[tuple[str, str | None, bytes | None]]:
        """(article id, story id, signature) of the committed articles, for the story index."""
        for r in self._committed("id", "story_id", "minhash"):
            yield r["id"], r["story_id"], r["minhash"]

    def _committed(self, *columns: str) -> Iterator[dict[str, Any]]:
        import pyarrow.parquet as pq

        for info in sorted(self._listing(ARTICLES), key=lambda i: i.mtime_ns or 0):
            if not info.path.endswith(".parquet"):
                continue
            try:
                table = pq.read_table(info.path, filesystem=self.fs, columns=list(columns))
            except (OSError, self.pa.ArrowException) as exc:
                raise StoreError(f"{self.uri}: cannot read {info.path}: {exc}") from exc
            yield from table.to_pylist()

    # internals

    def _months(self) -> list[tuple[str, list[dict[str, Any]]]]:
        months: dict[str, list[dict[str, Any]]] = {}
        for row in self.events:
            months.setdefault(row["date"].strftime("%Y-%m"), []).append(row)
        return sorted(months.items())

    def _write_month(self, month: str, rows: list[dict[str, Any]], name: str) -> str:
        directory = self._path(f"month={month}")
        self.fs.create_dir(directory, recursive=True)
        tmp = posixpath.join(directory, name) + TMP
        self._write(self.pa.Table.from_pylist(rows, schema=self._event_schema()), tmp)
        return tmp

    def _write(self, table: Any, path: str) -> None:
        import pyarrow.parquet as pq

        try:
            pq.write_table(table, path, filesystem=self.fs)
        except (OSError, self.pa.ArrowException) as exc:
            raise StoreError(f"{self.uri}: cannot write {path}: {exc}") from exc

    def _listing(self, under: str = "") -> list[Any]:
        selector = self.pa.fs.FileSelector(self._path(under) if under else self.root,
                                           recursive=True, allow_not_found=True)
        return [i for i in self.fs.get_file_info(selector) if i.type == self.pa.fs.FileType.File]

    def _path(self, *parts: str) -> str:
        return posixpath.join(self.root, *parts)

    def _event_schema(self) -> Any:
        return self.pa.schema([(c, _arrow_type(self.pa, EVENT_TYPES.get(c, "VARCHAR")))
                               for c in CSV_COLUMNS])

    def _article_schema(self) -> Any:
        special = {"date": self.pa.date32(), "minhash": self.pa.binary()}
        return self.pa.schema([(c, special.get(c, self.pa.string())) for c in ARTICLE_COLUMNS])


def _arrow_type(pa: Any, sql: str) -> Any:
    return {"DATE": pa.date32(), "INTEGER": pa.int32(), "DOUBLE": pa.float64()}.get(
        sql, pa.string())


def _filesystem(pa: Any, uri: str) -> tuple[Any, str]:
    """The pyarrow filesystem and root path of a local path or a URI."""
    if "://" not in uri:
        return pa.fs.LocalFileSystem(), os.path.abspath(uri).replace(os.sep, "/")
    try:
        return pa.fs.FileSystem.from_uri(uri)
    except (pa.ArrowException, ValueError) as exc:
        raise ConfigError(f"--out {uri}: not a path pyarrow can write to: {exc}") from None
