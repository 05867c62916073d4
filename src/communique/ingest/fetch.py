"""Download the pages that feed entries link to (``--fetch-links``), politely and within limits.

One ``httpx`` client with: a User-Agent naming communique and its version; a
timeout of ``TIMEOUT`` seconds per connect/read and ``DEADLINE`` seconds for a
whole page; at most ``MAX_REDIRECTS`` redirects; at least ``INTERVAL`` seconds
between two requests to the same host; bodies over ``MAX_PAGE_BYTES`` refused
(by Content-Length, or when the download passes it). Only http(s) URLs, only
HTTP 200 with an HTML content type. Every failure raises ``Bad`` with a reason
that names the URL, so the entry becomes a Rejection and the run goes on.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from .. import __version__
from .common import Bad
from .html import MAX_PAGE_BYTES

PROJECT_URL = "https://github.com/communique/communique"
USER_AGENT = f"communique/{__version__} (+{PROJECT_URL})"
TIMEOUT = 10.0
DEADLINE = 30.0
INTERVAL = 1.0
MAX_REDIRECTS = 5
HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True, slots=True)
class Fetched:
    """A downloaded page: its bytes, the URL it came from after redirects, its charset."""

    data: bytes
    url: str
    charset: str | None


class HostPacer:
    """Keeps requests to one host at least ``interval`` seconds apart."""

    def __init__(self, interval: float, clock: Callable[[], float],
                 sleep: Callable[[float], None]) -> None:
        self.interval, self.clock, self.sleep = interval, clock, sleep
        self.next_at: dict[str, float] = {}

    def wait(self, host: str) -> None:
        now = self.clock()
        due = self.next_at.get(host, now)
        if due > now:
            self.sleep(due - now)
        self.next_at[host] = max(due, now) + self.interval


class Fetcher:
    """Fetches web pages one at a time over one httpx client (``transport`` for tests)."""

    def __init__(self, *, transport: Any = None, interval: float = INTERVAL,
                 clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.client = _client(transport)
        self.pacer = HostPacer(interval, clock, sleep)
        self.clock = clock

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.client.close()

    def fetch(self, url: str) -> Fetched:
        """The HTML page at ``url``, or Bad("cannot fetch URL: reason")."""
        import httpx

        host = _host(url)
        self.pacer.wait(host)
        try:
            with self.client.stream("GET", url) as response:
                return self._page(response, url)
        except httpx.HTTPError as exc:
            raise Bad(f"cannot fetch {url}: {type(exc).__name__}: {exc}") from None

    def _page(self, response: Any, url: str) -> Fetched:
        if response.status_code != 200:
            raise Bad(f"cannot fetch {url}: HTTP {response.status_code}")
        mime = response.headers.get("content-type", "").split(";")[0].strip().lower()
        if mime not in HTML_TYPES:
            raise Bad(f"cannot fetch {url}: not an HTML page ({mime or 'no content type'})")
        if int(response.headers.get("content-length") or 0) > MAX_PAGE_BYTES:
            raise Bad(f"cannot fetch {url}: page is more than {MAX_PAGE_BYTES:,} bytes")
        return Fetched(data=self._body(response, url), url=str(response.url),
                       charset=response.charset_encoding)

    def _body(self, response: Any, url: str) -> bytes:
        started, chunks, size = self.clock(), [], 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > MAX_PAGE_BYTES:
                raise Bad(f"cannot fetch {url}: page is more than {MAX_PAGE_BYTES:,} bytes")
            if self.clock() - started > DEADLINE:
                raise Bad(f"cannot fetch {url}: still downloading after {DEADLINE:.0f} s")
            chunks.append(chunk)
        return b"".join(chunks)


def _host(url: str) -> str:
    try:
        parts = urlsplit(url)
    except ValueError:
        parts = None
    if parts is None or parts.scheme not in ("http", "https") or not parts.hostname:
        raise Bad(f"cannot fetch {url!r}: not an http(s) URL")
    return parts.hostname.lower()


def _client(transport: Any) -> Any:
    import httpx

    return httpx.Client(timeout=httpx.Timeout(TIMEOUT), follow_redirects=True,
                        max_redirects=MAX_REDIRECTS, headers={"User-Agent": USER_AGENT},
                        transport=transport)
