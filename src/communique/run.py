"""One run of ``communique code``: read → skip what is done → code → stories → store, sink.

Engines: ``local`` codes in this process or, with more than one worker and more
than one batch of input, in a pool of processes (communique.parallel); ``ray``
reads and codes on a Ray cluster (communique.ray_engine). Either way the results
come back here in input order and this process is the only writer: it gives
each article its story, commits the article with its events to the store, and
hands the events to the sink. The same input gives the same rows whatever the
engine and the number of workers.

With ``--db`` or ``--format parquet`` a run resumes: articles already stored
are skipped (communique.resume). The Parquet dataset commits a shard every
``shard_size`` input items, counted from the start of the input, so a resumed
run cuts the same shards as a clean one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from itertools import chain, islice
from pathlib import Path
from typing import Any

from rich.console import Console

from . import progress, resume
from .config import Settings, load_settings
from .errors import CommuniqueError
from .ingest import Columns, Fetcher, read_inputs
from .model import Article, Event, Rejection, Skipped
from .sinks import Stories, open_sink

EXIT_OK, EXIT_REJECTED = 0, 1


@dataclass
class RunOptions:
    inputs: list[str]
    date: dt.date
    outlet: str | None
    fmt: str
    out: Path | None
    db: Path | None
    overrides: dict[str, Any]
    fetch_links: bool = False
    columns: Columns | None = None
    engine: str = "local"
    address: str | None = None
    recode: bool = False


@dataclass
class Counts:
    read: int = 0
    coded: int = 0
    rejected: int = 0
    skipped: int = 0
    events: int = 0
    started: bool = False

    def as_dict(self) -> dict[str, int]:
        return {"read": self.read, "coded": self.coded, "rejected": self.rejected,
                "events": self.events}

    def summary(self) -> str:
        skipped = f", skipped {self.skipped} (done before)" if self.skipped else ""
        return (f"read {self.read}, coded {self.coded}, rejected {self.rejected}{skipped}, "
                f"events {self.events}")

    def reading(self, items: Iterable[Any]) -> Iterator[Any]:
        for item in items:
            self.read += 1
            yield item


def run(options: RunOptions, counts: Counts, err: Console) -> int:
    """Code the inputs; return the exit status (0, or 1 when some were rejected)."""
    settings = load_settings(**options.overrides)
    if options.engine == "ray":
        from .ray_engine import check_options

        check_options(options)
    with ExitStack() as stack:
        store = _open_store(stack, options, settings)
        sink = open_sink(stack, options.fmt, options.out)
        stories = Stories(sink, settings, store)
        durable = [s for s in (store, sink) if s is not None and getattr(s, "durable", True)]
        done = set() if options.recode else resume.done_in(durable)
        results = _results(options, settings, stack, counts, done)
        counts.started = True
        with progress.display(err, options.inputs) as shown:
            for seq, result in enumerate(results, 1):
                _handle(result, stories, store, counts, err)
                shown.advance(counts.coded + counts.rejected + counts.skipped, counts.events)
                if sink.durable and seq % settings.shard_size == 0:
                    stories.checkpoint()
        stories.close()
        _finish(store, counts)
    return EXIT_REJECTED if counts.rejected else EXIT_OK


def _results(options: RunOptions, settings: Settings, stack: ExitStack, counts: Counts,
             done: set) -> Iterator[Any]:
    """The result of every input item, in input order."""
    if options.engine == "ray":
        from .ray_engine import code_with_ray

        return counts.reading(code_with_ray(options, settings, done))
    fetcher = stack.enter_context(Fetcher()) if options.fetch_links else None
    items = counts.reading(read_inputs(options.inputs, default_date=options.date,
                                       outlet=options.outlet, max_chars=settings.max_chars,
                                       fetcher=fetcher, columns=options.columns))
    return _coded_locally(resume.skip_done(items, done), settings, settings.workers)


def _coded_locally(items: Iterator[Any], settings: Settings, workers: int) -> Iterator[Any]:
    from . import parallel, pipeline

    workers = workers or parallel.default_workers()
    first = list(islice(items, settings.batch_size))
    if workers == 1 or len(first) < settings.batch_size:  # one batch: no pool to start
        return pipeline.code_articles(chain(first, items), settings)
    return parallel.code_in_processes(chain(first, items), settings, workers)


def _handle(result: Any, stories: Stories, store: Any, counts: Counts, err: Console) -> None:
    if isinstance(result, Skipped):
        counts.skipped += 1
        return
    if isinstance(result, Rejection):
        _reject(result, store, counts, err)
        return
    article, events = result
    events, story = stories.story(article, events)
    if store is not None and not _saved(store, article, events, story, counts, err):
        return
    stories.write(article, events, story)
    counts.coded += 1
    counts.events += len(events)


def _saved(store: Any, article: Article, events: tuple[Event, ...], story: Any,
           counts: Counts, err: Console) -> bool:
    """Store one article; if that fails, reject it (stage "store") and go on."""
    try:
        store.save_article(article, events, story_id=story.story_id, minhash=story.minhash)
        return True
    except CommuniqueError as exc:
        origin = article.origin or article.id
        _reject(Rejection(origin=origin, reason=f"cannot be stored: {exc}",
                          article_id=article.id, stage="store", raw=article.text[:10_000]),
                store, counts, err)
        return False


def _reject(rejection: Rejection, store: Any, counts: Counts, err: Console) -> None:
    err.print(f"{rejection.origin}: {rejection.reason}")
    counts.rejected += 1
    if store is not None:
        store.save_rejection(rejection)


def _finish(store: Any, counts: Counts) -> None:
    """Check that every input was accounted for, then close the run's record."""
    lost = counts.read - counts.coded - counts.rejected - counts.skipped
    if lost:
        raise RuntimeError(f"{lost} input(s) were read but neither coded nor rejected")
    if store is not None:
        store.finish_run(counts.as_dict())


def _open_store(stack: ExitStack, options: RunOptions, settings: Settings) -> Any:
    if options.db is None:
        return None
    from .store import Store

    store = stack.enter_context(Store(str(options.db)))
    store.start_run(settings, default_date=options.date.isoformat(), outlet=options.outlet,
                    inputs=options.inputs, format=options.fmt)
    return store
