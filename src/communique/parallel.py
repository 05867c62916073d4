"""Coding in several local processes, in input order, with bounded memory.

``code_in_processes`` sends batches of articles to a pool of worker processes,
each holding one loaded ``Coder``, and yields the results in the order the
items came in: the same stream ``pipeline.code_articles`` gives, so everything
downstream (stories, store, sinks) is the same whatever the number of workers.
At most ``2 × workers`` batches are in flight, so memory does not grow with
the input. Items that are not articles (rejections, skipped articles) pass
straight through.

A worker that dies (killed, out of memory, a crash in native code) breaks the
pool: a new pool is started, the articles of the batches in flight are coded
again one by one, and an article that kills a worker a second time is
rejected, not lost.

Workers are started with ``spawn``: each imports communique afresh rather than
inheriting the parent's threads and open files. Each is replaced after
``BATCHES_PER_WORKER`` batches, so memory that grows with the words seen (spaCy's
string store) is given back and a long run's memory stays flat.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from typing import Any

from .config import Settings
from .errors import CommuniqueError
from .model import Article, Rejection

log = logging.getLogger(__name__)
IN_FLIGHT_PER_WORKER = 2
# A worker is replaced after this many batches (12,800 articles at 64 a batch, about ten
# minutes): what it accumulated (spaCy's string store grows with every new word) is freed,
# for one model load (about 2 s).
BATCHES_PER_WORKER = 200
_coder: Any = None  # the Coder of this worker process
_load_error: CommuniqueError | None = None  # why it could not be loaded


def default_workers() -> int:
    """The number of cores this process may use."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def code_in_processes(items: Iterable[Any], settings: Settings, workers: int) -> Iterator[Any]:
    """Code the Articles among ``items`` in ``workers`` processes; yield, in order, a
    result (``(article, events)`` or a Rejection) per Article and every other item as is."""
    batches = _batches(iter(items), settings.batch_size)
    pool = _Pool(settings, workers)
    try:
        pending: deque[_Batch] = deque()
        for batch in batches:
            pending.append(pool.submit(batch))
            while len(pending) >= workers * IN_FLIGHT_PER_WORKER:
                yield from pool.collect(pending.popleft(), pending)
        while pending:
            yield from pool.collect(pending.popleft(), pending)
    finally:
        pool.close()


def _batches(items: Iterator[Any], size: int) -> Iterator[list[Any]]:
    while batch := list(islice(items, size)):
        yield batch


class _Batch:
    """Items in input order and the future of their articles' results."""

    def __init__(self, items: list[Any], future: Future | None) -> None:
        self.items, self.future = items, future

    def articles(self) -> list[Article]:
        return [item for item in self.items if isinstance(item, Article)]


class _Pool:
    """A process pool that is replaced when a worker dies."""

    def __init__(self, settings: Settings, workers: int) -> None:
        self.settings, self.workers = settings, workers
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_load_coder, initargs=(self.settings,),
                                   max_tasks_per_child=BATCHES_PER_WORKER)

    def submit(self, items: list[Any]) -> _Batch:
        batch = _Batch(items, None)
        articles = batch.articles()
        if articles:
            batch.future = self.executor.submit(_code_batch, articles)
        return batch

    def collect(self, batch: _Batch, pending: deque[_Batch]) -> Iterator[Any]:
        """The batch's items with each article replaced by its result."""
        try:
            results = iter(batch.future.result() if batch.future else ())
        except BrokenProcessPool:
            results = iter(self._recover(batch, pending))
        for item in batch.items:
            yield next(results) if isinstance(item, Article) else item

    def _recover(self, batch: _Batch, pending: deque[_Batch]) -> list[Any]:
        """After a worker died: a new pool; this batch's articles coded one by one (one
        that kills a worker again is rejected); the batches in flight sent again."""
        log.warning("a coding process died; starting a new pool and retrying its articles")
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.executor = self._start()
        results = [self._alone(article) for article in batch.articles()]
        for waiting in pending:
            if waiting.future is not None:
                waiting.future = self.executor.submit(_code_batch, waiting.articles())
        return results

    def _alone(self, article: Article) -> Any:
        try:
            return self.executor.submit(_code_batch, [article]).result()[0]
        except BrokenProcessPool:
            self.executor.shutdown(wait=False, cancel_futures=True)
            self.executor = self._start()
            return Rejection(origin=article.origin or article.id, article_id=article.id,
                             reason="cannot be coded: the coding process died on it "
                                    "(out of memory or a crash)",
                             stage="code", raw=article.text[:10_000])

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


def _load_coder(settings: Settings) -> None:
    """A worker's initializer. A failure to load (no model) is kept and raised by the first
    batch, so that the run stops with its message instead of a pool that keeps dying."""
    global _coder, _load_error
    from .pipeline import Coder

    try:
        _coder = Coder(settings)
    except CommuniqueError as error:
        _load_error = error


def _code_batch(articles: list[Article]) -> list[Any]:
    if _load_error is not None:
        raise _load_error
    if os.environ.get("COMMUNIQUE_TEST_DIE_ON") and any(
            os.environ["COMMUNIQUE_TEST_DIE_ON"] in a.text for a in articles):
        os._exit(9)  # tests: a worker that dies on one article
    return _coder.code_batch(articles)
