"""Read articles from text files, JSONL files, directories and standard input.

``read_inputs`` streams: it yields one Article or Rejection at a time and holds
at most one record (bounded by ``max_chars``) in memory. Bad input never raises:
it becomes a Rejection with its origin (``path:line`` or ``path``) and a reason.

- ``.txt``: one article; the text is the whole file, so offsets refer to the
  file. The first non-blank line is also the title when it looks like a
  headline: at most 200 characters, no final full stop, more text after it.
- ``.jsonl``/``.ndjson``: one JSON object per line; ``id`` and ``text``
  required; ``title``, ``date`` (YYYY-MM-DD or ISO datetime, taken as its own
  calendar date), ``outlet``, ``url`` optional. A record's ``date``/``outlet``
  win over ``default_date``/``outlet``; an empty ``date`` counts as missing.
- a directory: walked recursively in name order; hidden entries and other
  file types are skipped.
- ``-``: standard input; JSONL when its first non-blank line starts with
  ``{``, otherwise one text article (basename ``-``).

Ids: a JSONL record keeps its ``id`` (an integer becomes its decimal string).
A text article's id is ``txt-`` + the first 16 hex digits of
sha256(basename NUL text): the same file gives the same id wherever it lives.
An id seen twice in one call is rejected (its events would replace the first's).

Encodings: UTF-8 (BOM optional) and UTF-16/32 with a BOM. A text file that is
not UTF-8 is decoded as cp1252 (printable Latin-1 and more) only when that reads
as text: no control characters, at most 30% non-ASCII, and no well-formed UTF-8
sequences (which would mean mixed encodings). JSONL must be UTF-8 (RFC 8259).
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import io
import json
import logging
import os
import re
import sys
from collections.abc import Iterator, Sequence
from typing import Any, BinaryIO

from .errors import InputError
from .model import Article, Rejection

log = logging.getLogger(__name__)

TEXT_SUFFIXES = (".txt",)
JSONL_SUFFIXES = (".jsonl", ".ndjson")
STDIN = "-"
RAW_CHARS = 10_000  # raw input kept on a Rejection
HEADLINE_CHARS = 200
SNIFF_BYTES = 8192
_CHUNK = 1 << 16
_WHITESPACE = b" \t\r\n\f\v"

_BOMS = (  # UTF-32 first: its little-endian BOM starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"), (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"), (b"GIF89a", "GIF image"), (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive or Office document"), (b"\x1f\x8b", "gzip archive"),
    (b"\xfd7zXZ\x00", "xz archive"), (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"\x28\xb5\x2f\xfd", "zstd archive"), (b"\x7fELF", "ELF executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE2 (old Office) document"),
    (b"SQLite format 3\x00", "SQLite database"),
)
_FIELDS_OPTIONAL = ("title", "outlet", "url")
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


class _Bad(InputError):
    """An input error about one record, with the record's id when known."""

    def __init__(self, reason: str, article_id: str | None = None) -> None:
        super().__init__(reason)
        self.article_id = article_id


def text_byte_limit(max_chars: int) -> int:
    """Largest text file accepted: max_chars characters of up to 4 bytes, plus a BOM."""
    return 4 * max_chars + 4


def line_byte_limit(max_chars: int) -> int:
    """Largest JSONL line accepted: a \\uXXXX escape per character, plus 64 KiB of fields."""
    return 6 * max_chars + _CHUNK


def text_id(name: str, text: str) -> str:
    """Stable id of a text article: ``txt-`` + 16 hex digits of sha256(name NUL text)."""
    digest = hashlib.sha256(f"{name}\0{text}".encode("utf-8", "surrogatepass"))
    return "txt-" + digest.hexdigest()[:16]


def read_inputs(paths: Sequence[str], *, default_date: dt.date | None, outlet: str | None,
                max_chars: int, stdin: Any = None) -> Iterator[Article | Rejection]:
    """Yield an Article or a Rejection for every record in ``paths``, in order."""
    reader = _Reader(default_date=default_date, outlet=outlet, max_chars=max_chars)
    for path in paths:
        if path == STDIN:
            yield from reader.stdin(sys.stdin if stdin is None else stdin)
        elif os.path.isdir(path):
            yield from reader.directory(path)
        else:
            yield from reader.file(path)


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
        elif entry.name.lower().endswith(TEXT_SUFFIXES + JSONL_SUFFIXES) and entry.is_file():
            yield entry.path


# -- decoding, dates, headlines, lines ----------------------------------------


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode a text article's bytes; return (text, encoding) or raise InputError."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _decode_bom(data, codec), codec
    _check_binary(data)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        return _decode_fallback(data, exc), "cp1252"


def _decode_bom(data: bytes, codec: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise _Bad(f"invalid {codec.upper()} after its byte-order mark (byte {exc.start})")


def _check_binary(head: bytes) -> None:
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            raise _Bad(f"binary file ({kind})")
    if b"\0" in head:
        raise _Bad("binary file (contains NUL bytes; UTF-16 text needs a byte-order mark)")


def _decode_fallback(data: bytes, exc: UnicodeDecodeError) -> str:
    where = f"invalid byte 0x{data[exc.start]:02x} at offset {exc.start}"
    if _has_utf8_sequences(data):
        raise _Bad(f"mixed encodings: UTF-8 sequences but {where}; re-encode it as UTF-8")
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = ""
    if not _plausible(text):
        raise _Bad(f"not UTF-8 ({where}) and not plausible Latin-1/cp1252 text; "
                   "re-encode it as UTF-8")
    return text


def _has_utf8_sequences(data: bytes) -> bool:
    """True if ``data`` holds a well-formed UTF-8 multi-byte sequence (so: mixed encodings)."""
    return _UTF8_SEQUENCE.search(data) is not None


def _plausible(text: str) -> bool:
    """Heuristic: does a cp1252 decoding read as text rather than noise?"""
    if not text or _CONTROL.search(text):
        return False
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    return non_ascii <= 0.3 * len(text)


def _check_encodable(value: str, name: str, article_id: str | None = None) -> None:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise _Bad(f"field {name!r} holds an unpaired surrogate at character {exc.start}",
                   article_id) from None


def parse_date(value: Any) -> dt.date:
    """A JSONL ``date``: YYYY-MM-DD or an ISO datetime (its own calendar date)."""
    if not isinstance(value, str):
        raise _Bad(f"field 'date' must be a string (YYYY-MM-DD), not {_json_type(value)}")
    try:
        if len(value) <= 10:
            return dt.date.fromisoformat(value)
        return dt.datetime.fromisoformat(value).date()
    except ValueError:
        raise _Bad(f"field 'date': {value[:40]!r} is not YYYY-MM-DD or an ISO datetime")


def headline(text: str) -> str | None:
    """The first non-blank line when it looks like a headline and more text follows."""
    body = text.lstrip()
    first, sep, rest = body.partition("\n")
    first = first.strip()
    if not sep or not rest.strip() or not first or len(first) > HEADLINE_CHARS:
        return None
    if first.endswith(".") or not any(c.isalpha() for c in first):
        return None
    return first


def _json_type(value: Any) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean"}
    return "null" if value is None else names.get(type(value), "a number")


def _lines(fh: BinaryIO, limit: int) -> Iterator[tuple[int, bytes, int]]:
    """Yield (line number, line, size); a line over ``limit`` bytes is cut and skipped."""
    lineno = 0
    while line := fh.readline(limit + 1):
        lineno += 1
        if len(line) > limit and not line.endswith(b"\n"):
            yield lineno, line[:RAW_CHARS], len(line) + _skip_line(fh)
        else:
            yield lineno, line, len(line)


def _skip_line(fh: BinaryIO) -> int:
    """Read and drop the rest of the current line; return how many bytes it had."""
    skipped = 0
    while chunk := fh.readline(_CHUNK):
        skipped += len(chunk)
        if chunk.endswith(b"\n"):
            break
    return skipped


class _Prefixed:
    """A binary reader that first serves ``prefix`` bytes, then reads ``stream``."""

    def __init__(self, prefix: bytes, stream: BinaryIO) -> None:
        self.prefix, self.stream = prefix, stream

    def readline(self, limit: int = -1) -> bytes:
        if not self.prefix:
            return self.stream.readline(limit)
        end = self.prefix.find(b"\n") + 1 or len(self.prefix)
        end = min(end, limit) if limit >= 0 else end
        line, self.prefix = self.prefix[:end], self.prefix[end:]
        if line.endswith(b"\n") or self.prefix or len(line) == limit:
            return line
        return line + self.stream.readline(limit - len(line) if limit >= 0 else -1)

    def read(self, size: int = -1) -> bytes:
        if size < 0:
            head, self.prefix = self.prefix, b""
            return head + self.stream.read()
        head, self.prefix = self.prefix[:size], self.prefix[size:]
        return head + (self.stream.read(size - len(head)) if size > len(head) else b"")


def _binary_stream(stream: Any) -> BinaryIO:
    """The byte stream behind ``stream``; an in-memory text stream is encoded as UTF-8."""
    buffer = getattr(stream, "buffer", stream)
    if isinstance(buffer.read(0), str):
        return io.BytesIO(buffer.read().encode("utf-8", "surrogateescape"))
    return buffer


def _content(prefix: bytes) -> bytes:
    """``prefix`` without a UTF-8 BOM and leading whitespace."""
    return prefix.removeprefix(codecs.BOM_UTF8).lstrip(_WHITESPACE)


# -- the reader ---------------------------------------------------------------


class _Reader:
    """Turns files and streams into Articles and Rejections; remembers ids seen."""

    def __init__(self, *, default_date: dt.date | None, outlet: str | None,
                 max_chars: int) -> None:
        self.default_date, self.outlet, self.max_chars = default_date, outlet, max_chars
        self.seen: set[str] = set()

    def file(self, path: str) -> Iterator[Article | Rejection]:
        name = path.lower()
        if name.endswith(JSONL_SUFFIXES):
            yield from self._jsonl_file(path)
        elif name.endswith(TEXT_SUFFIXES):
            yield self._text_file(path)
        else:
            yield Rejection(origin=path, reason="unsupported file type "
                            "(expected .txt, .jsonl, .ndjson, a directory or -)")

    def directory(self, path: str) -> Iterator[Article | Rejection]:
        for found in walk(path):
            if isinstance(found, Rejection):
                yield found
            else:
                yield from self.file(found)

    def stdin(self, stream: Any) -> Iterator[Article | Rejection]:
        fh = _binary_stream(stream)
        prefix = self._sniff(fh)
        reader = _Prefixed(prefix, fh)
        if _content(prefix).startswith(b"{"):
            yield from self._jsonl(reader, "<stdin>")
        else:
            yield self._text(reader, "<stdin>", STDIN)

    def _sniff(self, fh: BinaryIO) -> bytes:
        """Read up to the first byte that is not a UTF-8 BOM or whitespace (bounded)."""
        prefix = fh.read(len(codecs.BOM_UTF8))
        limit = text_byte_limit(self.max_chars)
        while len(prefix) <= limit and not _content(prefix):
            byte = fh.read(1)
            if not byte:
                break
            prefix += byte
        return prefix

    # text articles

    def _text_file(self, path: str) -> Article | Rejection:
        try:
            with open(path, "rb") as fh:
                return self._text(fh, path, os.path.basename(path))
        except OSError as exc:
            return Rejection(origin=path, reason=f"cannot read: {exc.strerror or exc}")

    def _text(self, fh: BinaryIO, origin: str, name: str) -> Article | Rejection:
        limit = text_byte_limit(self.max_chars)
        data = fh.read(limit + 1)
        if len(data) > limit:
            return Rejection(origin=origin, reason=f"more than {limit:,} bytes; longer than "
                             f"max_chars ({self.max_chars:,}) allows", raw=_raw(data))
        try:
            return self._text_article(data, origin, name)
        except _Bad as exc:
            return Rejection(origin=origin, reason=exc.reason, article_id=exc.article_id,
                             raw=_raw(data))

    def _text_article(self, data: bytes, origin: str, name: str) -> Article:
        text, encoding = decode_text(data)
        if encoding == "cp1252":
            log.warning("%s: not UTF-8; decoded as cp1252 (Latin-1)", origin)
        if not text.strip():
            raise _Bad("empty text")
        article_id = text_id(name, text)
        self._check_length(text, article_id)
        self._check_new(article_id)
        return Article(id=article_id, text=text, title=headline(text), date=self.default_date,
                       outlet=self.outlet, origin=f"{origin}:1")

    def _check_length(self, text: str, article_id: str | None) -> None:
        if len(text) > self.max_chars:
            raise _Bad(f"text is {len(text):,} characters, more than max_chars "
                       f"({self.max_chars:,})", article_id)

    def _check_new(self, article_id: str) -> None:
        if article_id in self.seen:
            raise _Bad(f"duplicate id {article_id!r}: already read in this run", article_id)
        self.seen.add(article_id)

    # JSONL

    def _jsonl_file(self, path: str) -> Iterator[Article | Rejection]:
        try:
            with open(path, "rb") as fh:
                yield from self._jsonl_checked(fh, path)
        except OSError as exc:
            yield Rejection(origin=path, reason=f"cannot read: {exc.strerror or exc}")

    def _jsonl_checked(self, fh: BinaryIO, path: str) -> Iterator[Article | Rejection]:
        head = fh.read(SNIFF_BYTES)
        try:
            _check_jsonl_head(head)
        except InputError as exc:
            yield Rejection(origin=path, reason=exc.reason, raw=_raw(head))
            return
        fh.seek(0)
        yield from self._jsonl(fh, path)

    def _jsonl(self, fh: BinaryIO, path: str) -> Iterator[Article | Rejection]:
        limit = line_byte_limit(self.max_chars)
        for lineno, line, size in _lines(fh, limit):
            origin = f"{path}:{lineno}"
            if size > limit:
                yield self._overlong(line, size, origin)
            elif line.strip(_WHITESPACE):
                yield self._record(line.removeprefix(codecs.BOM_UTF8).rstrip(b"\r\n"), origin)

    def _overlong(self, head: bytes, size: int, origin: str) -> Rejection:
        limit = line_byte_limit(self.max_chars)
        return Rejection(origin=origin, reason=f"line is {size:,} bytes, longer than the "
                         f"limit of {limit:,} (max_chars {self.max_chars:,})", raw=_raw(head))

    def _record(self, line: bytes, origin: str) -> Article | Rejection:
        try:
            return self._article(_parse_line(line), origin)
        except _Bad as exc:
            return Rejection(origin=origin, reason=exc.reason, article_id=exc.article_id,
                             raw=_raw(line))

    def _article(self, record: dict[str, Any], origin: str) -> Article:
        article_id = _record_id(record)
        text = _record_text(record, article_id)
        self._check_length(text, article_id)
        fields = {name: _optional_str(record, name, article_id) or None
                  for name in _FIELDS_OPTIONAL}
        date = self._record_date(record, article_id)
        self._check_new(article_id)
        return Article(id=article_id, text=text, title=fields["title"], date=date,
                       outlet=fields["outlet"] or self.outlet, url=fields["url"], origin=origin)

    def _record_date(self, record: dict[str, Any], article_id: str) -> dt.date | None:
        value = record.get("date")
        if value is None or isinstance(value, str) and not value.strip():
            return self.default_date
        try:
            return parse_date(value)
        except _Bad as exc:
            raise _Bad(exc.reason, article_id) from None


def _check_jsonl_head(head: bytes) -> None:
    """Reject a whole JSONL file that is UTF-16/32 or binary; bad lines are judged one by one."""
    for bom, codec in _BOMS:
        if codec != "utf-8-sig" and head.startswith(bom):
            raise _Bad(f"JSONL must be UTF-8, not {codec.upper()}; re-encode it")
    if not _content(head).startswith(b"{"):
        _check_binary(head)


def _parse_line(line: bytes) -> dict[str, Any]:
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _Bad(f"not valid UTF-8 (byte 0x{line[exc.start]:02x} at column "
                   f"{exc.start + 1})") from None
    try:
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        raise _Bad(f"not valid JSON: {exc.msg} (column {exc.colno})") from None
    except RecursionError:
        raise _Bad("not valid JSON: nested too deeply") from None
    except ValueError as exc:
        raise _Bad(f"not valid JSON: {str(exc)[:100]}") from None
    if not isinstance(record, dict):
        raise _Bad(f"expected a JSON object, got {_json_type(record)}")
    return record


def _record_id(record: dict[str, Any]) -> str:
    value = record.get("id")
    if value is None:
        raise _Bad("missing field 'id'")
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise _Bad(f"field 'id' must be a string, not {_json_type(value)}")
    value = str(value)
    if not value.strip():
        raise _Bad("field 'id' is empty")
    _check_encodable(value, "id")
    return value


def _record_text(record: dict[str, Any], article_id: str) -> str:
    text = _optional_str(record, "text", article_id)
    if text is None:
        raise _Bad("missing field 'text'", article_id)
    if not text.strip():
        raise _Bad("field 'text' is empty", article_id)
    return text


def _optional_str(record: dict[str, Any], name: str, article_id: str) -> str | None:
    """A string field, None when absent or null; '' is kept for the caller to judge."""
    value = record.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise _Bad(f"field {name!r} must be a string, not {_json_type(value)}", article_id)
    _check_encodable(value, name, article_id)
    return value


def _raw(data: bytes) -> str:
    return data[:RAW_CHARS].decode("utf-8", "replace")
