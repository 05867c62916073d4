"""Build small WARC files for tests with warcio's own writer, as a crawler would write them."""

from __future__ import annotations

import io
from dataclasses import dataclass

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter


@dataclass(frozen=True)
class Fetch:
    """One fetch to archive: a request record, then its response record."""

    url: str
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: str = "200 OK"
    date: str = "2021-06-14T08:00:00Z"


def warc_bytes(fetches: list[Fetch], gzip: bool = True) -> bytes:
    """A WARC (one gzip member per record when ``gzip``): warcinfo, then request + response."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzip)
    writer.write_record(writer.create_warcinfo_record("crawl.warc", {"software": "test"}))
    for fetch in fetches:
        for record in _records(writer, fetch):
            writer.write_record(record)
    return out.getvalue()


def _records(writer: WARCWriter, fetch: Fetch) -> list:
    path = "/" + fetch.url.split("/", 3)[-1]
    request = StatusAndHeaders(f"GET {path} HTTP/1.1", [("User-Agent", "crawler/1.0")],
                               is_http_request=True)
    response = StatusAndHeaders(fetch.status, [("Content-Type", fetch.content_type)],
                                protocol="HTTP/1.1")
    headers = {"WARC-Date": fetch.date}
    return [
        writer.create_warc_record(fetch.url, "request", http_headers=request,
                                  warc_headers_dict=headers),
        writer.create_warc_record(fetch.url, "response", payload=io.BytesIO(fetch.body),
                                  http_headers=response, warc_headers_dict=headers),
    ]


def record_offsets(data: bytes) -> list[tuple[str, str | None, int]]:
    """(type, target URI, offset) of each record, as warcio's get_record_offset() gives it."""
    from warcio.archiveiterator import ArchiveIterator

    records = ArchiveIterator(io.BytesIO(data))
    return [(r.rec_type, r.rec_headers.get_header("WARC-Target-URI"),
             records.get_record_offset()) for r in records]
