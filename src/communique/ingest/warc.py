"""WARC archives (``.warc``, ``.warc.gz``, or any file that starts like one), streamed.

Each ``response`` record with HTTP status 200 and an HTML content type is one
page, read as ``html`` reads a page, with ``WARC-Target-URI`` as its URL and
``WARC-Date`` as the date when the page's own metadata gives none. Other records
(requests, metadata, redirects, images, ...) are skipped and counted in an
info log line. Records are read one at a time; a page body is capped at
``MAX_PAGE_BYTES``.

Origins are ``PATH@OFFSET``: the byte offset of the record in the file (of its
gzip member in a ``.warc.gz``), as warcio's ``get_record_offset()`` gives it.
A record cut short (fewer bytes than its ``Content-Length``: warcio itself
yields such a record with no error) and a record that cannot be parsed are
Rejections at that offset; the records before them are still read. Nothing
after a record that cannot be parsed is read.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import zlib
from collections import Counter
from collections.abc import Iterator
from typing import Any, BinaryIO

from ..model import Article, Rejection
from .common import CHUNK, Context
from .html import MAX_PAGE_BYTES, Page, read_html, too_large

log = logging.getLogger(__name__)

HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([^\s;\"']+)", re.IGNORECASE)


def read_warc(ctx: Context, fh: BinaryIO, path: str) -> Iterator[Article | Rejection]:
    """Every HTML page in the archive, then a Rejection if the archive breaks off."""
    from warcio.archiveiterator import ArchiveIterator

    records, skipped = ArchiveIterator(fh), Counter()
    while (record := _next(records, path)) is not None:
        if isinstance(record, Rejection):
            yield record
            break
        item = _item(ctx, records, record, path)
        if item is None:
            skipped[_label(record)] += 1
        else:
            yield item
    log.info("%s: skipped %d records that are not HTML pages (%s)", path,
             sum(skipped.values()), ", ".join(f"{k} {n}" for k, n in sorted(skipped.items())))


def _next(records: Any, path: str) -> Any:
    """The next record, None at the end, or a Rejection where the archive cannot be read."""
    from warcio.exceptions import ArchiveLoadFailed

    try:
        return next(records)
    except StopIteration:
        return None
    except (ArchiveLoadFailed, EOFError, OSError, ValueError, zlib.error) as exc:
        return Rejection(origin=f"{path}@{records.offset}",
                         reason=f"cannot read a WARC record here: {_message(exc)}")


def _item(ctx: Context, records: Any, record: Any, path: str) -> Article | Rejection | None:
    """The record's article or Rejection; None for a record that is not an HTML page."""
    origin = f"{path}@{records.offset}"  # where this record starts: get_record_offset()
    try:
        body = _html_body(record)
        missing = _drain(record)
    except (EOFError, OSError, ValueError, zlib.error) as exc:
        return Rejection(origin=origin, reason=f"cannot read the record: {_message(exc)}")
    if missing:
        return Rejection(origin=origin, reason=f"record truncated: {missing:,} of its "
                         f"{record.length:,} bytes (Content-Length) are missing")
    if body is None:
        return None
    if len(body) > MAX_PAGE_BYTES:
        return too_large(origin, body)
    return read_html(ctx, _page(record, body, origin, os.path.basename(path)))


def _html_body(record: Any) -> bytes | None:
    """The HTTP body of an HTML 200 response (at most MAX_PAGE_BYTES + 1), else None."""
    headers = record.http_headers
    if record.rec_type != "response" or headers is None:
        return None
    if headers.get_statuscode() != "200" or _mime(headers) not in HTML_TYPES:
        return None
    return record.content_stream().read(MAX_PAGE_BYTES + 1)


def _drain(record: Any) -> int:
    """Read the rest of the record; return how many bytes of its Content-Length were missing."""
    stream = record.raw_stream
    while stream.read(CHUNK):
        pass
    return max(getattr(stream, "limit", 0), 0)


def _page(record: Any, body: bytes, origin: str, name: str) -> Page:
    content_type = record.http_headers.get_header("Content-Type") or ""
    charset = _CHARSET.search(content_type)
    return Page(data=body, origin=origin, name=name,
                url=record.rec_headers.get_header("WARC-Target-URI"),
                charset=charset.group(1) if charset else None,
                date=_warc_date(record.rec_headers.get_header("WARC-Date")))


def _mime(headers: Any) -> str:
    return (headers.get_header("Content-Type") or "").split(";")[0].strip().lower()


def _warc_date(value: str | None) -> dt.date | None:
    try:
        return dt.datetime.fromisoformat(value).date() if value else None
    except ValueError:
        return None


def _label(record: Any) -> str:
    if record.rec_type != "response" or record.http_headers is None:
        return record.rec_type
    return f"response {record.http_headers.get_statuscode()} {_mime(record.http_headers)}"


def _message(exc: Exception) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:200]
