"""``read_inputs``: every path, directory or ``-`` to Articles and Rejections, in order."""

from __future__ import annotations

import codecs
import datetime as dt
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import Any, BinaryIO

from ..model import Article, Rejection
from .common import Bad, Context, Prefixed, binary_stream, content, text_byte_limit
from .compressed import Broken, Decompressed
from .feeds import read_feed_file
from .fetch import Fetcher
from .html import read_html_file
from .jsonl import read_jsonl, read_jsonl_file
from .kinds import STDIN, UNSUPPORTED, compression_of, expand, input_kind, walk
from .tables import Columns, read_table, table_columns
from .text import read_text
from .warc import read_warc


def read_inputs(paths: Sequence[str], *, default_date: dt.date | None, outlet: str | None,
                max_chars: int, stdin: Any = None, fetcher: Fetcher | None = None,
                columns: Columns | None = None) -> Iterator[Article | Rejection]:
    """Yield an Article or a Rejection for every record in ``paths``, in order.

    With a ``fetcher``, each feed entry's link is downloaded and read as a page;
    ``columns`` says which CSV/TSV columns hold what. A named column missing from a
    table raises ConfigError (a usage error, not bad input).
    """
    ctx = Context(default_date=default_date, outlet=outlet, max_chars=max_chars,
                  fetcher=fetcher, columns=columns)
    for path in expand(paths):
        if path == STDIN:
            yield from read_stdin(ctx, sys.stdin if stdin is None else stdin)
        elif os.path.isdir(path):
            yield from read_directory(ctx, path)
        else:
            yield from read_file(ctx, path)


def check_columns(paths: Sequence[str], columns: Columns | None, max_chars: int) -> None:
    """Raise ConfigError if a CSV/TSV among ``paths`` (directories walked) lacks a column
    that ``columns`` names; other problems are left for ``read_inputs`` to report."""
    for path in _files(paths):
        kind = input_kind(path)
        if kind in ("csv", "tsv"):
            header = _header(path, compression_of(path), "," if kind == "csv" else "\t",
                             max_chars)
            if header:
                (columns or Columns()).resolve(header, path)


def _files(paths: Sequence[str]) -> Iterator[str]:
    for path in expand(paths):
        if os.path.isdir(path):
            yield from (found for found in walk(path) if isinstance(found, str))
        elif path != STDIN:
            yield path


def _header(path: str, compression: str | None, delimiter: str, max_chars: int) -> list[str]:
    try:
        with open(path, "rb") as fh:
            stream = Decompressed(fh, compression) if compression else fh
            return table_columns(stream, delimiter, max_chars)
    except (OSError, Bad):
        return []


def read_directory(ctx: Context, path: str) -> Iterator[Article | Rejection]:
    for found in walk(path):
        if isinstance(found, Rejection):
            yield found
        else:
            yield from read_file(ctx, found)


def read_file(ctx: Context, path: str, *, kind: str | None = None,
              opener: Callable[[str], BinaryIO] | None = None) -> Iterator[Article | Rejection]:
    """The records of one file; ``opener`` opens it for reading bytes (default: ``open``),
    ``kind`` is its input kind if known (else found from its name or first bytes)."""
    kind = kind or input_kind(path)
    if kind is None:
        yield Rejection(origin=path, reason=UNSUPPORTED)
        return
    try:
        with (opener or _open_binary)(path) as fh:
            compression = compression_of(path)
            if compression is None:
                yield from _read_kind(ctx, kind, fh, path)
            else:
                yield from _read_compressed(ctx, kind, Decompressed(fh, compression), path)
    except OSError as exc:
        yield Rejection(origin=path, reason=f"cannot read: {exc.strerror or exc}")


def _open_binary(path: str) -> BinaryIO:
    return open(path, "rb")


def _read_compressed(ctx: Context, kind: str, stream: Decompressed,
                     path: str) -> Iterator[Article | Rejection]:
    """The records of a compressed file; where the stream breaks, a Rejection at that line."""
    try:
        yield from _read_kind(ctx, kind, stream, path)
    except Broken as exc:
        yield Rejection(origin=f"{path}:{stream.lines + 1}", reason=exc.reason)


def _read_kind(ctx: Context, kind: str, fh: BinaryIO,
               path: str) -> Iterator[Article | Rejection]:
    if kind == "jsonl":
        yield from read_jsonl_file(ctx, fh, path)
    elif kind == "warc":
        yield from read_warc(ctx, fh, path)
    elif kind == "feed":
        yield from read_feed_file(ctx, fh, path)
    elif kind in ("csv", "tsv"):
        yield from read_table(ctx, fh, path, "," if kind == "csv" else "\t")
    elif kind == "html":
        yield read_html_file(ctx, fh, path, os.path.basename(path))
    else:
        yield read_text(ctx, fh, path, os.path.basename(path))


def read_stdin(ctx: Context, stream: Any) -> Iterator[Article | Rejection]:
    """Standard input: JSONL when its first non-blank byte is ``{``, else one text article."""
    fh = binary_stream(stream)
    prefix = _sniff(fh, text_byte_limit(ctx.max_chars))
    reader = Prefixed(prefix, fh)
    if content(prefix).startswith(b"{"):
        yield from read_jsonl(ctx, reader, "<stdin>")
    else:
        yield read_text(ctx, reader, "<stdin>", STDIN)


def _sniff(fh: BinaryIO, limit: int) -> bytes:
    """Read up to the first byte that is not a UTF-8 BOM or whitespace (bounded)."""
    prefix = fh.read(len(codecs.BOM_UTF8))
    while len(prefix) <= limit and not content(prefix):
        byte = fh.read(1)
        if not byte:
            break
        prefix += byte
    return prefix
