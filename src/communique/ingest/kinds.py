"""Which reader an input needs: by file name, and by walking directories."""

from __future__ import annotations

import os
from collections.abc import Iterator

from ..model import Rejection

TEXT_SUFFIXES = (".txt",)
JSONL_SUFFIXES = (".jsonl", ".ndjson")
HTML_SUFFIXES = (".html", ".htm")
STDIN = "-"
KINDS = {".txt": "text", ".jsonl": "jsonl", ".ndjson": "jsonl", ".html": "html",
         ".htm": "html"}
UNSUPPORTED = ("unsupported file type (expected .txt, .jsonl, .ndjson, .html, .htm, "
               "a directory or -)")


def kind_of(path: str) -> str | None:
    """The kind of input ``path`` holds, by its name: "text", "jsonl", "html" or None."""
    return KINDS.get(os.path.splitext(path)[1].lower())


def walk(directory: str) -> Iterator[str | Rejection]:
    """Supported files under ``directory``, recursively, in name order, skipping hidden ones."""
    try:
        entries = sorted(os.scandir(directory), key=lambda e: e.name)
    except OSError as exc:
        yield Rejection(origin=directory, reason=f"cannot list directory: {exc.strerror or exc}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from walk(entry.path)
        elif kind_of(entry.name) and entry.is_file():
            yield entry.path
