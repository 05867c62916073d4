"""Resuming: which articles an earlier run already coded, so a new run skips them.

An article is done when the store or the Parquet dataset holds it with the same
id, text (sha256), date and outlet, coded by this version of communique. A run
that was killed, started again with the same inputs, skips what is done and codes
the rest; with ``--recode`` it codes everything again (each article's events
replace the stored ones, so nothing is counted twice either way).

The keys of the done articles are held in memory: about 150 bytes per article.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Iterator
from typing import Any

from .model import Article, Skipped

DoneKey = tuple[str, str, str | None, str | None]


def content_hash(text: str) -> str:
    """sha256 of an article's text, hex."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def done_key(article: Article) -> DoneKey:
    return (article.id, content_hash(article.text),
            article.date.isoformat() if article.date else None, article.outlet)


def stored_key(article_id: str, text_hash: str, date: dt.date | str | None,
               outlet: str | None) -> DoneKey:
    """The key of a stored article, from its columns."""
    day = date.isoformat() if isinstance(date, dt.date) else date
    return (article_id, text_hash, day, outlet)


def skip_done(items: Iterable[Any], done: set[DoneKey]) -> Iterator[Any]:
    """The items, with each Article already done replaced by a Skipped."""
    for item in items:
        if done and isinstance(item, Article) and done_key(item) in done:
            yield Skipped(article_id=item.id, origin=item.origin)
        else:
            yield item


def done_in(sources: list[Any]) -> set[DoneKey]:
    """Articles done in every one of ``sources`` (a Store, a ParquetDataset)."""
    sets = [source.done_keys() for source in sources]
    return set.intersection(*sets) if sets else set()
