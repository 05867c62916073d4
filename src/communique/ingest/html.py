"""HTML pages (``.html``, ``.htm``, WARC responses, fetched feed links): main text and metadata.

The bytes are decoded here, not by trafilatura (which turns undeclared Latin-1
into mojibake): a byte-order mark, else the HTTP ``Content-Type`` charset, else
the page's ``<meta charset>`` / ``http-equiv`` declaration, else UTF-8, else
charset detection (charset-normalizer; among equally good guesses cp1252, the
web's default, wins), logged as a guess and flagged when its confidence is low.

trafilatura then extracts the main text in its precision mode, without comments
or tables, so navigation, cookie banners, share buttons, sidebars of other
headlines and "READ MORE" links stay out. A page whose extract holds no sentence
of prose (eight words or more ending in ``.``, ``!`` or ``?``) has "no article
text found". The article's text is the title, a blank line, then the extracted
paragraphs separated by blank lines, as a scraped ``.txt`` would read.

Metadata: the title, the publication date (htmldate on the page's metadata:
``article:published_time``, JSON-LD, ``<time>`` and the like; no guessing from
the running text), the site name as outlet and the canonical URL. The page's
own metadata wins; then what the caller knows (a WARC record's date and
target URI); then ``--date`` and ``--outlet``.

Id: ``url-`` + 16 hex digits of sha256(normalised URL) when the URL is known,
else ``html-`` + 16 hex digits of sha256(basename NUL text).
"""

from __future__ import annotations

import codecs
import datetime as dt
import logging
import re
from dataclasses import dataclass
from typing import Any, BinaryIO

from ..model import Article, Rejection
from .common import (BOMS, SNIFF_BYTES, Bad, Context, check_binary, raw, text_id, url_id,
                     with_headline)

log = logging.getLogger(__name__)

MAX_PAGE_BYTES = 20_000_000  # trafilatura's MAX_FILE_SIZE: it returns None above this
PROSE_WORDS = 8
_META_CHARSET = re.compile(
    rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_LATIN1 = {"ascii", "latin-1", "iso8859-1"}  # browsers read these labels as windows-1252
_SENTENCE_END = (".", "!", "?")
_CLOSERS = "\"'”’»)]"


@dataclass(frozen=True, slots=True, kw_only=True)
class Page:
    """The bytes of one web page and what its container says about it."""

    data: bytes
    origin: str  # where it was read: "PATH" or "PATH@OFFSET"
    name: str  # file name, for the id of a page without a URL
    url: str | None = None  # the URL it was fetched from (wins over the page's own)
    charset: str | None = None  # from the HTTP Content-Type header
    date: dt.date | None = None  # when it was fetched: below the page's own date


def read_html_file(ctx: Context, fh: BinaryIO, path: str, name: str) -> Article | Rejection:
    """The article in one HTML file."""
    data = fh.read(MAX_PAGE_BYTES + 1)
    if len(data) > MAX_PAGE_BYTES:
        return too_large(path, data)
    return read_html(ctx, Page(data=data, origin=path, name=name))


def too_large(origin: str, data: bytes) -> Rejection:
    return Rejection(origin=origin, reason=f"page is more than {MAX_PAGE_BYTES:,} bytes, "
                     "the most trafilatura extracts from", raw=raw(data))


def read_html(ctx: Context, page: Page) -> Article | Rejection:
    """The article in ``page``, or a Rejection naming why there is none."""
    try:
        html = decode_html(page.data, page.origin, page.charset)
        return ctx.article(page_fields(html, page))
    except Bad as exc:
        return Rejection(origin=page.origin, reason=exc.reason, article_id=exc.article_id,
                         raw=raw(page.data))


def page_fields(html: str, page: Page) -> Article:
    """Text and metadata of ``html``: the page's own first, then what ``page`` knows."""
    document = _extract(html, page.url)
    body = _body(document)
    title = _clean(document.title)
    text = with_headline(title, body)
    url = page.url or _clean(document.url)
    article_id = url_id(url) if url else text_id(page.name, text, "html")
    return Article(id=article_id, text=text, origin=page.origin, title=title,
                   date=_date(document.date) or page.date, outlet=_clean(document.sitename),
                   url=url)


def _extract(html: str, url: str | None) -> Any:
    import trafilatura

    document = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, favor_precision=True, include_comments=False,
        include_tables=False, date_extraction_params={"extensive_search": False,
                                                      "original_date": True})
    if document is None:
        raise Bad("no article text found")
    return document


def _body(document: Any) -> str:
    paragraphs = [line.strip() for line in (document.text or "").splitlines() if line.strip()]
    if not any(_is_prose(p) for p in paragraphs):
        raise Bad("no article text found (no paragraph of prose)")
    return "\n\n".join(paragraphs) + "\n"


def _is_prose(paragraph: str) -> bool:
    return (len(paragraph.split()) >= PROSE_WORDS
            and paragraph.rstrip(_CLOSERS).endswith(_SENTENCE_END))


def _clean(value: str | None) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


# -- decoding -----------------------------------------------------------------


def decode_html(data: bytes, origin: str, declared: str | None = None) -> str:
    """The page's text: BOM, HTTP charset, meta charset, UTF-8, then a flagged guess."""
    for bom, codec in BOMS:
        if data.startswith(bom):
            return _strict(data, codec, "its byte-order mark")
    check_binary(data[:SNIFF_BYTES])
    for source, label in (("HTTP header", declared), ("meta tag", meta_charset(data))):
        text = _declared(data, label, f"the {source}", origin)
        if text is not None:
            return text
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return _guess(data, origin)


def meta_charset(data: bytes) -> str | None:
    """The charset a ``<meta>`` tag declares in the first bytes of the page."""
    match = _META_CHARSET.search(data[:SNIFF_BYTES])
    return match.group(1).decode("ascii") if match else None


def _declared(data: bytes, label: str | None, source: str, origin: str) -> str | None:
    """``data`` decoded as ``label`` says, or None (logged) if that cannot be right."""
    codec = _codec(label) if label else None
    if label and codec is None:
        log.warning("%s: unknown charset %r in %s; ignored", origin, label, source)
    if codec is None:
        return None
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        log.warning("%s: %s declares %s but byte %d is not valid in it; ignored",
                    origin, source, label, exc.start)
        return None


def _codec(label: str) -> str | None:
    try:
        name = codecs.lookup(label.strip()).name
    except LookupError:
        return None
    return "cp1252" if name in _LATIN1 else name


def _strict(data: bytes, codec: str, source: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise Bad(f"invalid {codec.upper()} after {source} (byte {exc.start})") from None


def _guess(data: bytes, origin: str) -> str:
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        raise Bad("not UTF-8, no charset declared, and no encoding fits; "
                  "declare one in a <meta charset> tag or re-encode it as UTF-8")
    best, rivals = _preferred(matches)
    low = rivals or best.chaos > 0.1 or best.coherence < 0.3
    log.warning("%s: no charset declared and not UTF-8; guessed %s%s", origin, best.encoding,
                " (low confidence)" if low else "")
    return str(best)


def _preferred(matches: list[Any]) -> tuple[Any, bool]:
    """The best match (cp1252 among equals) and whether equals decode differently."""
    first = matches[0]
    equals = [m for m in matches if (m.chaos, m.coherence) == (first.chaos, first.coherence)]
    best = next((m for m in equals if m.encoding == "cp1252"), first)
    return best, any(str(m) != str(best) for m in equals)
