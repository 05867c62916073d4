"""What every input kind shares: limits, ids, byte sniffing, line reading, the run's context.

``Context`` carries the defaults of one ``read_inputs`` call (``--date``, ``--outlet``,
``max_chars``) and the ids already read, so that every reader checks lengths and ids
the same way.
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import io
import re
from collections.abc import Iterator
from dataclasses import replace
from typing import Any, BinaryIO
from urllib.parse import urlsplit, urlunsplit

from ..errors import InputError
from ..model import Article

RAW_CHARS = 10_000  # raw input kept on a Rejection
SNIFF_BYTES = 8192
CHUNK = 1 << 16
WHITESPACE = b" \t\r\n\f\v"

BOMS = (  # UTF-32 first: its little-endian BOM starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"), (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"), (b"GIF89a", "GIF image"), (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive or Office document"), (b"\x1f\x8b", "gzip archive"),
    (b"\xfd7zXZ\x00", "xz archive"), (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"\x28\xb5\x2f\xfd", "zstd archive"), (b"\x7fELF", "ELF executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE2 (old Office) document"),
    (b"SQLite format 3\x00", "SQLite database"),
)


class Bad(InputError):
    """An input error about one record, with the record's id when known."""

    def __init__(self, reason: str, article_id: str | None = None) -> None:
        super().__init__(reason)
        self.article_id = article_id


# -- limits and ids -----------------------------------------------------------


def text_byte_limit(max_chars: int) -> int:
    """Largest text file accepted: max_chars characters of up to 4 bytes, plus a BOM."""
    return 4 * max_chars + 4


def line_byte_limit(max_chars: int) -> int:
    """Largest JSONL line accepted: a \\uXXXX escape per character, plus 64 KiB of fields."""
    return 6 * max_chars + CHUNK


def text_id(name: str, text: str, prefix: str = "txt") -> str:
    """Stable id of a text article: ``txt-`` + 16 hex digits of sha256(name NUL text)."""
    digest = hashlib.sha256(f"{name}\0{text}".encode("utf-8", "surrogatepass"))
    return f"{prefix}-" + digest.hexdigest()[:16]


def url_id(url: str) -> str:
    """Stable id of a web article: ``url-`` + 16 hex digits of sha256(normalised URL)."""
    digest = hashlib.sha256(normalise_url(url).encode("utf-8", "surrogatepass"))
    return "url-" + digest.hexdigest()[:16]


def normalise_url(url: str) -> str:
    """The URL with its scheme and host in lower case, default port and fragment dropped."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return url.strip()
    default = {"http": 80, "https": 443}.get(parts.scheme.lower())
    host = (parts.hostname or "") + (f":{port}" if port and port != default else "")
    return urlunsplit((parts.scheme.lower(), host, parts.path or "/", parts.query, ""))


# -- bytes --------------------------------------------------------------------


def check_binary(head: bytes) -> None:
    """Raise Bad if ``head`` starts like an image, archive or executable, or holds NUL."""
    for magic, kind in MAGIC:
        if head.startswith(magic):
            raise Bad(f"binary file ({kind})")
    if b"\0" in head:
        raise Bad("binary file (contains NUL bytes; UTF-16 text needs a byte-order mark)")


def check_utf8_head(head: bytes, kind: str) -> None:
    """Raise Bad if a file that must be UTF-8 starts with a UTF-16 or UTF-32 BOM."""
    for bom, codec in BOMS:
        if codec != "utf-8-sig" and head.startswith(bom):
            raise Bad(f"{kind} must be UTF-8, not {codec.upper()}; re-encode it")


def content(prefix: bytes) -> bytes:
    """``prefix`` without a UTF-8 BOM and leading whitespace."""
    return prefix.removeprefix(codecs.BOM_UTF8).lstrip(WHITESPACE)


def raw(data: bytes) -> str:
    """The start of some input, as text for a Rejection."""
    return data[:RAW_CHARS].decode("utf-8", "replace")


def lines(fh: BinaryIO, limit: int) -> Iterator[tuple[int, bytes, int]]:
    """Yield (line number, line, size); a line over ``limit`` bytes is cut and skipped."""
    lineno = 0
    while line := fh.readline(limit + 1):
        lineno += 1
        if len(line) > limit and not line.endswith(b"\n"):
            yield lineno, line[:RAW_CHARS], len(line) + skip_line(fh)
        else:
            yield lineno, line, len(line)


def skip_line(fh: BinaryIO) -> int:
    """Read and drop the rest of the current line; return how many bytes it had."""
    skipped = 0
    while chunk := fh.readline(CHUNK):
        skipped += len(chunk)
        if chunk.endswith(b"\n"):
            break
    return skipped


class Prefixed:
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


def binary_stream(stream: Any) -> BinaryIO:
    """The byte stream behind ``stream``; an in-memory text stream is encoded as UTF-8."""
    buffer = getattr(stream, "buffer", stream)
    if isinstance(buffer.read(0), str):
        return io.BytesIO(buffer.read().encode("utf-8", "surrogateescape"))
    return buffer


# -- values -------------------------------------------------------------------


def json_type(value: Any) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean"}
    return "null" if value is None else names.get(type(value), "a number")


def parse_date(value: Any, name: str = "field 'date'") -> dt.date:
    """A record's date: YYYY-MM-DD or an ISO datetime (its own calendar date)."""
    if not isinstance(value, str):
        raise Bad(f"{name} must be a string (YYYY-MM-DD), not {json_type(value)}")
    try:
        if len(value) <= 10:
            return dt.date.fromisoformat(value)
        return dt.datetime.fromisoformat(value).date()
    except ValueError:
        raise Bad(f"{name}: {value[:40]!r} is not YYYY-MM-DD or an ISO datetime")


def check_encodable(value: str, name: str, article_id: str | None = None) -> None:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise Bad(f"field {name!r} holds an unpaired surrogate at character {exc.start}",
                  article_id) from None


def with_headline(title: str | None, body: str) -> str:
    """``body`` led by ``title`` as its first line, unless the body already starts with it."""
    if not title or not title.strip():
        return body
    first = body.lstrip().partition("\n")[0]
    if _words(first) == _words(title):
        return body
    return f"{title.strip()}\n\n{body}"


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


# -- the run's context --------------------------------------------------------


class Context:
    """Defaults and options of one read (``--date``, ``--outlet``, ``max_chars``, a Fetcher
    for ``--fetch-links``, the CSV/TSV Columns) and the ids seen."""

    def __init__(self, *, default_date: dt.date | None, outlet: str | None,
                 max_chars: int, fetcher: Any = None, columns: Any = None) -> None:
        self.default_date, self.outlet, self.max_chars = default_date, outlet, max_chars
        self.fetcher, self.columns = fetcher, columns
        self.seen: set[str] = set()

    def article(self, read: Article) -> Article:
        """``read`` with its text, length and id checked and --date/--outlet filled in."""
        if not read.text.strip():
            raise Bad("empty text", read.id)
        self.check_length(read.text, read.id)
        self.check_new(read.id)
        return replace(read, date=read.date or self.default_date,
                       outlet=read.outlet or self.outlet)

    def check_length(self, text: str, article_id: str | None) -> None:
        if len(text) > self.max_chars:
            raise Bad(f"text is {len(text):,} characters, more than max_chars "
                      f"({self.max_chars:,})", article_id)

    def check_new(self, article_id: str) -> None:
        if article_id in self.seen:
            raise Bad(f"duplicate id {article_id!r}: already read in this run", article_id)
        self.seen.add(article_id)
