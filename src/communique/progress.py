"""The progress display of ``communique code``: articles, articles/s, events and an ETA.

Shown on standard error when it is a terminal, and nothing otherwise (piped
output stays clean). The ETA needs the number of articles, which a stream does
not know: ``estimate_total`` counts them where that is cheap (one per text or
HTML file, the lines of uncompressed JSONL, CSV and TSV files) in a background
thread, and the display shows none while any input cannot be counted.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from rich.console import Console
from rich.progress import (BarColumn, MofNCompleteColumn, Progress, ProgressColumn,
                           SpinnerColumn, TextColumn, TimeElapsedColumn, TimeRemainingColumn)
from rich.text import Text

from .ingest import STDIN, input_kind, walk
from .ingest.kinds import compression_of

_CHUNK = 1 << 20


class _Rate(ProgressColumn):
    """Articles per second since the start (results arrive a batch at a time, so a
    short-term rate would jump)."""

    def render(self, task: Any) -> Text:
        elapsed = task.finished_time or task.elapsed
        if not task.completed or not elapsed:
            return Text("… articles/s")
        return Text(f"{task.completed / elapsed:.1f} articles/s")


class Display:
    """Call ``advance(counts)`` after each article."""

    def __init__(self, progress: Progress | None) -> None:
        self.progress = progress
        self.task = progress.add_task("coding", total=None, events=0) if progress else None

    def advance(self, done: int, events: int) -> None:
        if self.progress is not None:
            self.progress.update(self.task, completed=done, events=events)

    def set_total(self, total: int | None) -> None:
        if self.progress is not None and total:
            self.progress.update(self.task, total=total)


@contextmanager
def display(err: Console, paths: Sequence[str]) -> Iterator[Display]:
    if not err.is_terminal:
        yield Display(None)
        return
    progress = Progress(SpinnerColumn(), TextColumn("coding"), BarColumn(),
                        MofNCompleteColumn(), _Rate(), TextColumn("events {task.fields[events]}"),
                        TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
                        console=err, transient=True)
    with progress:
        shown = Display(progress)
        counter = threading.Thread(target=lambda: shown.set_total(estimate_total(paths)),
                                   daemon=True)
        counter.start()
        yield shown


def estimate_total(paths: Sequence[str]) -> int | None:
    """How many articles ``paths`` hold, or None when some input cannot be counted cheaply."""
    total = 0
    for path in paths:
        if path == STDIN:
            return None
        files = walk(path) if os.path.isdir(path) else [path]
        for found in files:
            if not isinstance(found, str):
                continue
            count = _articles_in(found)
            if count is None:
                return None
            total += count
    return total


def _articles_in(path: str) -> int | None:
    kind = input_kind(path)
    if kind in ("text", "html"):
        return 1
    if kind not in ("jsonl", "csv", "tsv") or compression_of(path):
        return None
    try:
        lines = _count_lines(path)
    except OSError:
        return 0
    return lines - 1 if kind in ("csv", "tsv") else lines


def _count_lines(path: str) -> int:
    count, last = 0, b"\n"
    with open(path, "rb") as fh:
        while chunk := fh.read(_CHUNK):
            count += chunk.count(b"\n")
            last = chunk[-1:]
    return count + (last != b"\n")
