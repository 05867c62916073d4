"""Which reader an input needs: by file name, and by walking directories."""

from __future__ import annotations

import glob
import os
import re
import zlib
from collections.abc import Iterator

from ..model import Rejection
from .common import SNIFF_BYTES

TEXT_SUFFIXES = (".txt",)
JSONL_SUFFIXES = (".jsonl", ".ndjson")
STDIN = "-"
KINDS = {".txt": "text", ".jsonl": "jsonl", ".ndjson": "jsonl", ".html": "html",
         ".htm": "html", ".warc": "warc", ".rss": "feed", ".atom": "feed", ".xml": "feed",
         ".csv": "csv", ".tsv": "tsv"}
COMPRESSIONS = {".gz": "gzip", ".zst": "zstd", ".zstd": "zstd"}
UNSUPPORTED = ("unsupported file type (expected .txt, .jsonl, .ndjson, .html, .htm, .warc, "
               ".warc.gz, .rss, .atom, .xml, .csv, .tsv, any of these but .warc also as .gz, "
               ".zst or .zstd, a directory or -)")
_GZIP = b"\x1f\x8b"
_WARC = b"WARC/"
_FEED_ROOT = re.compile(rb"<(?:[\w.-]+:)?(?:rss|feed|RDF)[\s>]")
_HTML_ROOT = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]",
                        re.IGNORECASE | re.DOTALL)


def kind_of(path: str) -> str | None:
    """The kind of input ``path`` holds by its name ("text", "jsonl", "html", "warc", "feed",
    "csv", "tsv"), or None; ``stories.jsonl.gz`` holds "jsonl"."""
    inner, compression = split_name(path)
    kind = KINDS.get(inner)
    if kind == "warc" and compression not in (None, "gzip"):
        return None  # warcio reads gzip itself, and nothing else
    return kind


def compression_of(path: str) -> str | None:
    """ "gzip" or "zstd" when the file must be decompressed before its kind reads it."""
    inner, compression = split_name(path)
    return None if KINDS.get(inner) == "warc" else compression


def split_name(path: str) -> tuple[str, str | None]:
    """(the kind's suffix, the compression): ``a.csv.zst`` → (".csv", "zstd")."""
    stem, last = os.path.splitext(os.path.basename(path).lower())
    if last in COMPRESSIONS:
        return os.path.splitext(stem)[1], COMPRESSIONS[last]
    return last, None


def input_kind(path: str) -> str | None:
    """The kind of a file named as an input: by its name, else by its first bytes."""
    return kind_of(path) or sniff_kind(path)


def sniff_kind(path: str) -> str | None:
    """The kind of a file whose name says nothing, from its first bytes: "warc" (plain or
    gzip), "feed" (RSS, RDF or Atom), "html" (a doctype or ``<html>``) or None."""
    head = _head(path)
    if head.startswith(_GZIP):
        head = _gunzip_head(head)
    if head.startswith(_WARC):
        return "warc"
    if looks_like_feed(head):
        return "feed"
    return "html" if _HTML_ROOT.match(head) else None


def looks_like_feed(head: bytes) -> bool:
    """Whether the first bytes of a file open an RSS, RDF or Atom document."""
    return _FEED_ROOT.search(head) is not None


def _head(path: str) -> bytes:
    try:
        with open(path, "rb") as fh:
            return fh.read(SNIFF_BYTES)
    except OSError:
        return b""


def _gunzip_head(head: bytes) -> bytes:
    try:
        return zlib.decompressobj(wbits=47).decompress(head, len(_WARC))
    except zlib.error:
        return b""


def expand(paths: list[str] | tuple[str, ...]) -> list[str]:
    """``paths`` with each pattern (``*``, ``?``, ``[...]``, ``**``) that names no existing
    file replaced by the paths it matches, in name order; a pattern matching nothing stays."""
    out: list[str] = []
    for path in paths:
        matches = [] if os.path.exists(path) or not glob.has_magic(path) else \
            sorted(glob.glob(path, recursive=True))
        out.extend(matches or [path])
    return out


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
        elif _walked(entry):
            yield entry.path


def _walked(entry: os.DirEntry) -> bool:
    """A file of a supported kind; an ``.xml`` file only if it is a feed."""
    kind = kind_of(entry.name)
    if kind is None or not entry.is_file():
        return False
    return split_name(entry.name) != (".xml", None) or looks_like_feed(_head(entry.path))
