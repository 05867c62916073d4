"""CSV (``.csv``) and TSV (``.tsv``) tables: a header row, then one article per row.

Columns (``Columns``, the CLI's ``--text-col`` and friends): the text column
(default ``text``) is required; title, date, id, url and outlet columns are
used when named, or else when the header has a column of that very name. A
column named but absent is a usage error (``ConfigError``) naming the file and
the columns it has. Fields are read as by Python's csv module (``"`` quotes,
doubled inside quotes; tab-separated for ``.tsv``); the file must be UTF-8.

Each row's origin is ``PATH:LINE``, the line where the row starts. A row with
no text, a date that is not YYYY-MM-DD or an ISO datetime, text over
``max_chars``, or another number of fields than the header is a Rejection.
The row's text is taken as it is (like JSONL); its id is the id column, else
``url-`` + a hash of the URL column, else ``csv-`` + 16 hex digits of
sha256(basename NUL text).

Unterminated quotes: csv would swallow every row after a quote that never
closes into one field. Rows are therefore split here first, following the
quotes line by line, with each row bounded by the byte limit for
``max_chars``. A quote still open at the end of the file, or a row of several
lines whose fields do not match the header, is rejected at the line where the
quote opened and the lines after it are read again as rows of their own. A row
that passes the byte limit is rejected at the line where it starts, and the
lines up to where its quote closes are skipped (to the end of the file, if it
never closes).
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import re
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, fields
from typing import BinaryIO

from ..errors import ConfigError
from ..model import Article, Rejection
from .common import (SNIFF_BYTES, Bad, Context, Prefixed, check_binary, check_utf8_head,
                     line_byte_limit, lines, parse_date, raw, text_id, url_id)

_QUOTES = re.compile('"+')
_REPLAYS = 4  # bytes read again after broken rows: at most this many byte limits a file


@dataclass(frozen=True, slots=True, kw_only=True)
class Columns:
    """Which columns of a CSV/TSV hold what; None: the column of that name, if any."""

    text: str = "text"
    title: str | None = None
    date: str | None = None
    id: str | None = None
    url: str | None = None
    outlet: str | None = None

    def resolve(self, header: list[str], path: str) -> dict[str, int]:
        """Field name → column index; a named column that is missing is a ConfigError."""
        found = {}
        for field in fields(self):
            name = getattr(self, field.name)
            if name is not None and name not in header:
                raise ConfigError(f"{path}: no column {name!r} (columns: "
                                  f"{', '.join(map(repr, header))}); choose one with "
                                  f"--{field.name}-col")
            if (name or field.name) in header:
                found[field.name] = header.index(name or field.name)
        return found


@dataclass(frozen=True, slots=True)
class _Line:
    number: int
    text: str
    size: int
    bad_byte: int | None = None  # offset of the first byte that is not UTF-8


@dataclass(frozen=True, slots=True)
class _Row:
    line: int  # where it starts
    cells: list[str] | None  # None: broken, see reason
    reason: str = ""
    lines: int = 1


def read_table(ctx: Context, fh: BinaryIO, path: str,
               delimiter: str) -> Iterator[Article | Rejection]:
    """An Article or Rejection per row; a ConfigError if a named column is missing."""
    head = fh.read(SNIFF_BYTES)
    try:
        check_utf8_head(head, "CSV" if delimiter == "," else "TSV")
        check_binary(head)
    except Bad as exc:
        yield Rejection(origin=path, reason=exc.reason, raw=raw(head))
        return
    table = _Rows(Prefixed(head, fh), ctx.max_chars, delimiter)
    rows = table.rows()
    for header in rows:
        if header.cells is not None:
            break
        yield Rejection(origin=f"{path}:{header.line}", reason=header.reason)
    else:
        return
    columns = (ctx.columns or Columns()).resolve(header.cells, path)
    table.width = len(header.cells)
    for row in rows:
        yield _item(ctx, row, header.cells, columns, path)


def table_columns(fh: BinaryIO, delimiter: str, max_chars: int) -> list[str]:
    """The header row of a table (for checking the columns before a run)."""
    rows = _Rows(fh, max_chars, delimiter).rows()
    return next((row.cells for row in rows if row.cells is not None), [])


def _item(ctx: Context, row: _Row, header: list[str], columns: dict[str, int],
          path: str) -> Article | Rejection:
    origin = f"{path}:{row.line}"
    if row.cells is None:
        return Rejection(origin=origin, reason=row.reason)
    if len(row.cells) != len(header):
        return Rejection(origin=origin, reason=f"row has {len(row.cells)} fields, the header "
                         f"has {len(header)}", raw="\t".join(row.cells)[:10_000])
    try:
        return ctx.article(_article(row.cells, header, columns, origin, path))
    except Bad as exc:
        return Rejection(origin=origin, reason=exc.reason, article_id=exc.article_id,
                         raw="\t".join(row.cells)[:10_000])


def _article(cells: list[str], header: list[str], columns: dict[str, int], origin: str,
             path: str) -> Article:
    values = {name: cells[index].strip() for name, index in columns.items()}
    text = cells[columns["text"]]
    article_id = values.get("id") or (url_id(values["url"]) if values.get("url") else
                                      text_id(os.path.basename(path), text, "csv"))
    if not text.strip():
        raise Bad(f"no text (column {header[columns['text']]!r} is empty)", article_id)
    return Article(id=article_id, text=text, title=values.get("title") or None,
                   date=_date(values.get("date"), header[columns.get("date", 0)], article_id),
                   url=values.get("url") or None, outlet=values.get("outlet") or None,
                   origin=origin)


def _date(value: str | None, column: str, article_id: str) -> dt.date | None:
    if not value:
        return None
    try:
        return parse_date(value, f"column {column!r}")
    except Bad as exc:
        raise Bad(exc.reason, article_id) from None


# -- rows from lines, following quotes ----------------------------------------


class _Rows:
    """Groups a table's lines into rows as csv would, but bounded and recovering."""

    def __init__(self, fh: BinaryIO, max_chars: int, delimiter: str) -> None:
        self.limit = line_byte_limit(max_chars)
        self.source = lines(fh, self.limit)
        self.delimiter = delimiter
        self.width = 0  # fields in the header, once read
        self.again: deque[_Line] = deque()
        self.replay_budget = _REPLAYS * self.limit
        csv.field_size_limit(max(csv.field_size_limit(), self.limit))

    def rows(self) -> Iterator[_Row]:
        """Every row; a quote open at the end sends the lines after it round again."""
        yield from self._pass()
        while self.again:
            yield from self._pass()

    def _pass(self) -> Iterator[_Row]:
        pending: list[_Line] = []
        quoted, size = False, 0
        while (line := self._next()) is not None:
            if line.size > self.limit:  # one line over the limit, already skipped by lines()
                yield self._overlong((pending or [line])[0].number, line.size)
                pending, size, quoted = [], 0, False
                continue
            pending.append(line)
            size += line.size
            quoted = in_quotes(line.text, quoted, self.delimiter)
            if not quoted:
                yield from self._complete(pending)
                pending, size = [], 0
            elif size > self.limit:
                yield self._skip_overlong(pending)
                pending, size, quoted = [], 0, False
        if pending:
            yield self._unclosed(pending)

    def _next(self) -> _Line | None:
        if self.again:
            return self.again.popleft()
        number, data, size = next(self.source, (0, b"", 0))
        return _decoded(number, data, size) if size else None

    def _complete(self, pending: list[_Line]) -> Iterator[_Row]:
        first = pending[0].number
        bad = next((line for line in pending if line.bad_byte is not None), None)
        if bad is not None:
            yield _Row(first, None, f"not valid UTF-8 (line {bad.number}, byte "
                       f"{bad.bad_byte + 1})")
            return
        cells = _parse([line.text for line in pending], self.delimiter)
        if cells is None:
            yield _Row(first, None, "not a well-formed CSV row")
        elif len(pending) > 1 and self.width and len(cells) != self.width:
            yield self._mismatched(pending, len(cells))
        elif any(cell.strip() for cell in cells):
            yield _Row(first, cells, lines=len(pending))

    def _mismatched(self, pending: list[_Line], width: int) -> _Row:
        """A row of several lines whose fields do not fit: most likely a stray quote."""
        self._replay(pending[1:])
        first, last = pending[0].number, pending[-1].number
        return _Row(first, None, f"unterminated quote: the quoted field opened on line {first} "
                    f"runs to line {last} and gives {width} fields, not {self.width}; the "
                    "lines after it were read as rows of their own")

    def _unclosed(self, pending: list[_Line]) -> _Row:
        """A quote still open at the end: reject from its line, read the rest again."""
        self._replay(pending[1:])
        return _Row(pending[0].number, None, "unterminated quote: the quoted field opened on "
                    f"line {pending[0].number} never closes; the lines after it were read "
                    "as rows of their own")

    def _overlong(self, number: int, size: int) -> _Row:
        return _Row(number, None, f"row is more than {size:,} bytes, longer than the limit "
                    f"of {self.limit:,} (max_chars)")

    def _skip_overlong(self, pending: list[_Line]) -> _Row:
        start, last = pending[0].number, self._skip_quoted()
        end = str(last) if last else "the end of the file"
        return _Row(start, None, f"row is longer than the limit of {self.limit:,} bytes "
                    f"(a quote that never closes?): lines {start} to {end} skipped")

    def _skip_quoted(self) -> int | None:
        """Drop lines until the open quote closes; return the line where it did."""
        quoted, line = True, None
        while quoted and (line := self._next()) is not None:
            quoted = in_quotes(line.text, True, self.delimiter)
        return None if line is None else line.number

    def _replay(self, again: list[_Line]) -> None:
        size = sum(line.size for line in again)
        if size <= self.replay_budget:
            self.replay_budget -= size
            self.again.extendleft(reversed(again))


def in_quotes(text: str, quoted: bool, delimiter: str) -> bool:
    """Whether a quoted field is still open at the end of ``text``, as csv reads quotes.

    A run of quotes inside a quoted field keeps it open when even (doubled quotes)
    and closes it when odd; at the start of a field an odd run opens one; quotes
    elsewhere are plain characters.
    """
    for run in _QUOTES.finditer(text):
        odd = len(run.group()) % 2 == 1
        if quoted:
            quoted = not odd
        elif run.start() == 0 or text[run.start() - 1] == delimiter:
            quoted = odd
    return quoted


def _decoded(number: int, data: bytes, size: int) -> _Line:
    if number == 1:
        data = data.removeprefix(b"\xef\xbb\xbf")
    try:
        return _Line(number, data.decode("utf-8"), size)
    except UnicodeDecodeError as exc:
        return _Line(number, data.decode("utf-8", "replace"), size, exc.start)


def _parse(texts: list[str], delimiter: str) -> list[str] | None:
    try:
        rows = list(csv.reader(texts, delimiter=delimiter))
    except csv.Error:
        return None
    return rows[0] if len(rows) == 1 else None
