"""Where ``communique code`` writes events: JSONL, CSV, a table, or a Parquet dataset.

Every sink has ``write(article, events)`` (events to write, already merged
across a story's copies), ``article_done(article, story)`` (an article whose
events have all been handed to the sink or to its story), ``checkpoint()`` (a
point where everything handed over so far is made durable; only the Parquet
dataset acts on it) and ``close()``. ``Stories`` sits in front of a sink and
gives each article its story (``communique.stories``).
"""

from __future__ import annotations

import sys
from contextlib import ExitStack
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, Any

from rich.console import Console

from .errors import ConfigError
from .export import add_rows, csv_writer, event_table, flat_record, write_jsonl
from .model import Article, Event

@dataclass(frozen=True)
class Story:
    story_id: str | None
    minhash: bytes | None


class JsonlSink:
    durable = False  # a re-run cannot tell from it what is done

    def __init__(self, fh: IO[str]) -> None:
        self.fh = fh

    def write(self, article: Article, events: tuple[Event, ...]) -> None:
        write_jsonl(events, self.fh)

    def article_done(self, article: Article, story: Story) -> None:
        pass

    def checkpoint(self) -> None:
        pass

    def close(self) -> None:
        self.fh.flush()


class CsvSink(JsonlSink):
    def __init__(self, fh: IO[str]) -> None:
        super().__init__(fh)
        self.writer = csv_writer(fh)

    def write(self, article: Article, events: tuple[Event, ...]) -> None:
        self.writer.writerows(flat_record(event) for event in events)


class TableSink(JsonlSink):
    def __init__(self, fh: IO[str]) -> None:
        super().__init__(fh)
        self.table, self.rows = event_table(), 0

    def write(self, article: Article, events: tuple[Event, ...]) -> None:
        self.rows += add_rows(self.table, article, events)

    def close(self) -> None:
        console = Console(file=self.fh, width=None if isatty(self.fh) else 160)
        console.print(self.table if self.rows else "No events.")
        super().close()


_TEXT_SINKS = {"jsonl": JsonlSink, "csv": CsvSink, "table": TableSink}


def open_sink(stack: ExitStack, fmt: str, out: Path | None) -> Any:
    """The sink for ``--format`` and ``--out`` (standard output when ``out`` is None)."""
    if fmt == "parquet":
        from .parquet import ParquetDataset

        if out is None:
            raise ConfigError("--format parquet needs --out DIR (a dataset directory)")
        return ParquetDataset(str(out))
    if out is None:
        return _TEXT_SINKS[fmt](sys.stdout)
    try:
        fh = stack.enter_context(open(out, "w", encoding="utf-8", newline=""))
    except OSError as exc:
        raise ConfigError(f"cannot write --out {out}: {exc.strerror or exc}") from None
    return _TEXT_SINKS[fmt](fh)


def isatty(fh: IO[str]) -> bool:
    try:
        return fh.isatty()
    except (AttributeError, ValueError):
        return False


class Stories:
    """In front of a sink: gives each article its story and, with dedup on, writes each
    story's events once, merged across its copies (communique.stories)."""

    def __init__(self, sink: Any, settings: Any, store: Any) -> None:
        from . import stories

        self.sink, self.stories = sink, stories
        self.index = self.merger = None
        if settings.dedup:
            self.index = stories.StoryIndex(settings.dedup_threshold, settings.dedup_memory)
            self.merger = stories.StoryMerger(settings.dedup_window)
        earlier = store if store is not None else sink
        if self.index is not None and hasattr(earlier, "story_rows"):
            self.index.load(earlier.story_rows())

    def story(self, article: Article, events: tuple[Event, ...]) -> tuple[tuple[Event, ...], Story]:
        """The article's events tagged with its story, and the story (id, signature)."""
        if self.index is None:
            return events, Story(None, None)
        minhash = self.stories.signature(article.text)
        story_id = self.index.assign(article.id, minhash)
        tagged = tuple(replace(e, story_id=story_id) for e in events)
        return tagged, Story(story_id, self.stories.signature_bytes(minhash))

    def write(self, article: Article, events: tuple[Event, ...], story: Story) -> None:
        if self.merger is None:
            self.sink.write(article, events)
        else:
            for first, merged in self.merger.add(article, events, story.story_id):
                self.sink.write(first, merged)
        self.sink.article_done(article, story)

    def checkpoint(self) -> None:
        """Release every story held and make the sink durable (a Parquet shard's end)."""
        self._release()
        self.sink.checkpoint()

    def close(self) -> None:
        self._release()
        self.sink.close()

    def _release(self) -> None:
        for first, merged in self.merger.close() if self.merger is not None else ():
            self.sink.write(first, merged)
