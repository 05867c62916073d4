"""RSS and Atom feeds (``.rss``, ``.atom``, ``.xml`` that is a feed): one article per entry.

The file's bytes (at most ``MAX_PAGE_BYTES``) go to feedparser, never a URL.
An entry's article: its title as the first line, then its content (or else its
summary) with the HTML stripped, one paragraph per block; its link as URL; its
published (else updated) date; the feed's title as outlet. Origins are
``PATH:LINE``, the line where the entry's ``<item>``/``<entry>`` opens (``PATH:entry
N`` when the lines cannot be matched to the entries).

A feed that is not well-formed XML (feedparser's "bozo" bit) is still read by
feedparser's lenient parser: the entry holding the error is rejected with the
line and the parser's message, the other entries are kept; an error outside any
entry is one Rejection for the feed. An entry with no text, or with a date that
cannot be read, is rejected.

With a ``Fetcher`` (``--fetch-links``) each entry's link is downloaded and read
as an HTML page instead of the summary; the entry's date is then the fallback
below the page's own. A download that fails is a Rejection naming the URL.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterator
from typing import Any, BinaryIO

from ..model import Article, Rejection
from .common import Bad, Context, raw, url_id, with_headline
from .fetch import Fetcher
from .html import MAX_PAGE_BYTES, Page, read_html, too_large

_ENTRY_OPEN = re.compile(rb"<(?:[\w.-]+:)?(?:item|entry)[\s>/]")
_ENTRY_CLOSE = re.compile(rb"</(?:[\w.-]+:)?(?:item|entry)\s*>")
_BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr",
           "section", "article", "figure", "ul", "ol", "table", "pre")


def read_feed_file(ctx: Context, fh: BinaryIO, path: str) -> Iterator[Article | Rejection]:
    data = fh.read(MAX_PAGE_BYTES + 1)
    if len(data) > MAX_PAGE_BYTES:
        yield too_large(path, data)
    else:
        yield from read_feed(ctx, data, path)


def read_feed(ctx: Context, data: bytes, path: str) -> Iterator[Article | Rejection]:
    """An Article or Rejection per entry, and a Rejection for an error outside the entries."""
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.get("version") and not parsed.entries:
        yield Rejection(origin=path, reason=f"not an RSS or Atom feed{_why(parsed)}",
                        raw=raw(data))
        return
    error_line, spans = _error_line(parsed), _entry_spans(data, len(parsed.entries))
    outlet = _text(parsed.feed.get("title")) or None
    for number, entry in enumerate(parsed.entries, 1):
        origin, span = _where(path, number, spans)
        if error_line and span and span[0] <= error_line <= span[1]:
            yield Rejection(origin=origin, reason=_broken(parsed, error_line))
            error_line = None
        else:
            yield _entry_item(ctx, entry, origin, outlet)
    if error_line:
        yield Rejection(origin=f"{path}:{error_line}", reason=_broken(parsed, error_line)
                        + "; the entries were read leniently")


def _why(parsed: Any) -> str:
    exc = parsed.get("bozo_exception")
    return f" ({_message(exc)})" if exc else ""


def _error_line(parsed: Any) -> int | None:
    exc = parsed.get("bozo_exception")
    getter = getattr(exc, "getLineNumber", None)
    return getter() if parsed.get("bozo") and getter else None


def _broken(parsed: Any, line: int) -> str:
    return f"not well-formed XML at line {line}: {_message(parsed.bozo_exception)}"


def _message(exc: Any) -> str:
    return (getattr(exc, "getMessage", None) or (lambda: str(exc)))() or type(exc).__name__


def _entry_spans(data: bytes, count: int) -> list[tuple[int, int]] | None:
    """(first line, last line) of each entry, if the tags found match the entries parsed."""
    starts = [m.start() for m in _ENTRY_OPEN.finditer(data)]
    if len(starts) != count or not count:
        return None
    lines, line, previous = [], 1, 0
    for start in starts:
        line += data.count(b"\n", previous, start)
        lines.append(line)
        previous = start
    closes = list(_ENTRY_CLOSE.finditer(data))
    end = lines[-1] + data.count(b"\n", starts[-1], closes[-1].start()) if closes else line
    return [(first, nxt - 1) for first, nxt in zip(lines, lines[1:] + [end + 1])]


def _where(path: str, number: int,
           spans: list[tuple[int, int]] | None) -> tuple[str, tuple[int, int] | None]:
    if spans is None:
        return f"{path}:entry {number}", None
    return f"{path}:{spans[number - 1][0]}", spans[number - 1]


# -- one entry ----------------------------------------------------------------


def _entry_item(ctx: Context, entry: Any, origin: str,
                outlet: str | None) -> Article | Rejection:
    link = _web_link(entry.get("link"))
    try:
        date = _entry_date(entry)
        if ctx.fetcher is not None and link:
            return _fetched(ctx, ctx.fetcher, link, origin, date)
        return ctx.article(_entry_article(entry, origin, outlet, link, date))
    except Bad as exc:
        return Rejection(origin=origin, reason=exc.reason, article_id=exc.article_id)


def _entry_article(entry: Any, origin: str, outlet: str | None, link: str | None,
                   date: dt.date | None) -> Article:
    title = _text(entry.get("title")) or None
    body = html_text(_entry_html(entry))
    if not body:
        raise Bad("entry has no text (neither content nor summary)")
    text = with_headline(title, body)
    return Article(id=_entry_id(entry, link, text), text=text, title=title, date=date,
                   outlet=outlet, url=link, origin=origin)


def _fetched(ctx: Context, fetcher: Fetcher, link: str, origin: str,
             date: dt.date | None) -> Article | Rejection:
    page = fetcher.fetch(link)
    return read_html(ctx, Page(data=page.data, origin=origin, name=link, url=link,
                               charset=page.charset, date=date))


def _entry_html(entry: Any) -> str:
    """The entry's fullest text: its longest content, else its summary."""
    contents = [c.get("value") or "" for c in entry.get("content") or []]
    return max(contents, key=len, default="") or entry.get("summary") or ""


def _entry_date(entry: Any) -> dt.date | None:
    for name in ("published", "updated"):
        if entry.get(name):
            parsed = entry.get(f"{name}_parsed")
            if parsed is None:
                raise Bad(f"entry's {name} date {entry[name][:40]!r} cannot be read")
            return dt.date(*parsed[:3])
    return None


def _entry_id(entry: Any, link: str | None, text: str) -> str:
    if link:
        return url_id(link)
    key = _text(entry.get("id")) or text
    return "feed-" + hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _web_link(value: Any) -> str | None:
    """An http(s) link; feedparser also offers an entry's ``tag:`` id as its link."""
    link = _text(value)
    return link if link.lower().startswith(("http://", "https://")) else None


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def html_text(fragment: str) -> str:
    """Plain text of an HTML fragment: one paragraph per block element, blank-line separated."""
    if "<" not in fragment:
        return _paragraphs(fragment)
    from lxml import etree, html

    try:
        root = html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return _paragraphs(fragment)
    for element in list(root.iter("script", "style")):
        element.drop_tree()
    for element in root.iter(*_BLOCKS, "br"):
        element.tail = ("\n" if element.tag == "br" else "\n\n") + (element.tail or "")
    return _paragraphs(root.text_content())


def _paragraphs(text: str) -> str:
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text)]
    body = "\n\n".join(p for p in paragraphs if p)
    return body + "\n" if body else ""
