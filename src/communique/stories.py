"""Near-duplicate articles grouped into stories, and a story's events merged.

The same wire story appears in dozens of outlets. ``StoryIndex`` gives each article
a story id: the id of the earliest article whose text is a near-duplicate of it
(MinHash of word 5-shingles, 128 permutations, locality-sensitive hashing at an
estimated Jaccard similarity of ``threshold``), else its own id. ``StoryMerger``
then merges the events that the articles of one story share (same source, target,
CAMEO code and date) into one event with ``num_articles`` (articles reporting it)
and ``num_sources`` (distinct outlets; an article without an outlet counts as its
own), like GDELT's NumArticles and NumSources.

Output streams: a story is held until ``window`` further articles have passed
without another copy of it, then its events are released, so memory stays bounded
by the window. Copies that arrive further apart than the window (rare in a
date-ordered feed) start a second batch of the same story; the DuckDB store's
``story_events`` view counts them exactly, since every article keeps its story id.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from datasketch import LeanMinHash, MinHash, MinHashLSH

from .model import Article, Event

SHINGLE_WORDS = 5
NUM_PERM = 128
THRESHOLD = 0.8
SCHEME = "affine32"  # datasketch 2's default: 32-bit hash values
WINDOW = 1000
MEMORY = 100_000
_WORD = re.compile(r"\w+")


def signature(text: str) -> LeanMinHash | None:
    """The MinHash of the text's word shingles; None for texts too short to compare."""
    words = _WORD.findall(text.lower())
    if len(words) < 2 * SHINGLE_WORDS:
        return None
    minhash = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    minhash.update_batch([" ".join(words[i:i + SHINGLE_WORDS]).encode("utf-8")
                          for i in range(len(words) - SHINGLE_WORDS + 1)])
    return LeanMinHash(minhash)


def signature_bytes(minhash: LeanMinHash | None) -> bytes | None:
    """The hash values, to store with the article and reload in a later run."""
    return None if minhash is None else minhash.hashvalues.astype("<u4").tobytes()


def signature_from_bytes(data: bytes) -> LeanMinHash:
    import numpy as np

    values = np.frombuffer(data, dtype="<u4")
    return LeanMinHash(seed=1, hashvalues=values, scheme=SCHEME)


class StoryIndex:
    """Assigns story ids in input order; earlier runs' articles can be loaded first.

    It remembers the latest ``memory`` articles (about 2 kB each): an article is
    matched against those, so memory stays flat however long the run."""

    def __init__(self, threshold: float = THRESHOLD, memory: int = MEMORY) -> None:
        self.lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self.memory = memory
        self.story_of: dict[str, str] = {}
        self.order: dict[str, int] = {}
        self.count = 0

    def load(self, rows: Iterable[tuple[str, str, bytes | None]]) -> None:
        """Articles already stored: (article id, story id, signature bytes or None)."""
        for article_id, story_id, data in rows:
            minhash = signature_from_bytes(data) if data else None
            self._remember(article_id, story_id or article_id, minhash)

    def assign(self, article_id: str, minhash: LeanMinHash | None) -> str:
        """The story of an article: that of its earliest near-duplicate, else its own."""
        if article_id in self.story_of:  # coded again: keep its story
            return self.story_of[article_id]
        hits = [] if minhash is None else self.lsh.query(minhash)
        earliest = min(hits, key=self.order.__getitem__, default=None)
        story = self.story_of[earliest] if earliest is not None else article_id
        self._remember(article_id, story, minhash)
        return story

    def _remember(self, article_id: str, story: str, minhash: LeanMinHash | None) -> None:
        if article_id in self.story_of:
            return
        self.story_of[article_id] = story
        self.order[article_id] = self.count
        self.count += 1
        if minhash is not None:
            self.lsh.insert(article_id, minhash)
        if len(self.order) > self.memory:
            self._forget(next(iter(self.order)))

    def _forget(self, article_id: str) -> None:
        del self.order[article_id], self.story_of[article_id]
        if article_id in self.lsh:
            self.lsh.remove(article_id)


def merge_key(event: Event) -> tuple:
    """What makes two articles' events one: who, to whom, what and when."""
    return (event.source.code if event.source else None,
            event.target.code if event.target else None,
            event.cameo, event.date, event.date_precision)


@dataclass
class _Story:
    story_id: str
    first: Article
    last_seen: int = 0
    events: dict[tuple, tuple[Event, set[str], set[str]]] = field(default_factory=dict)

    def add(self, article: Article, events: Iterable[Event]) -> None:
        outlet = article.outlet or article.id
        for event in events:
            kept = self.events.setdefault(merge_key(event), (event, set(), set()))
            kept[1].add(article.id)
            kept[2].add(outlet)

    def merged(self) -> tuple[Article, tuple[Event, ...]]:
        return self.first, tuple(
            replace(event, story_id=self.story_id, num_articles=len(articles),
                    num_sources=len(sources))
            for event, articles, sources in self.events.values())


class StoryMerger:
    """Holds each story's events until ``window`` articles pass without a new copy."""

    def __init__(self, window: int = WINDOW) -> None:
        self.window = window
        self.stories: dict[str, _Story] = {}
        self.seen = 0

    def add(self, article: Article, events: Iterable[Event],
            story_id: str) -> list[tuple[Article, tuple[Event, ...]]]:
        """Add one coded article; return the stories whose window has closed."""
        self.seen += 1
        story = self.stories.pop(story_id, None) or _Story(story_id, article)
        story.add(article, events)
        story.last_seen = self.seen
        self.stories[story_id] = story  # most recently seen last
        return self._closed()

    def close(self) -> list[tuple[Article, tuple[Event, ...]]]:
        """Release every story still held (the end of the input)."""
        out = [story.merged() for story in self.stories.values()]
        self.stories.clear()
        return out

    def _closed(self) -> list[tuple[Article, tuple[Event, ...]]]:
        out = []
        while self.stories:
            oldest = next(iter(self.stories.values()))
            if self.seen - oldest.last_seen < self.window:
                break
            out.append(self.stories.pop(oldest.story_id).merged())
        return out
