"""Tests of communique.ingest.feeds and .fetch: feed entries to Articles, links fetched over
a mock transport (never the network), every broken entry or download named."""

from __future__ import annotations

import datetime as dt
import functools
import json
import sys
import types
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

import communique
from communique import cli, run
from communique.ingest import Fetcher, read_inputs
from communique.ingest import fetch as fetch_module
from communique.ingest.common import url_id
from communique.ingest.feeds import html_text
from communique.model import Article, Rejection

WEB = Path(__file__).parent / "data" / "web"
FEED = WEB / "wire.rss"
DAY = dt.date(2024, 5, 6)
SITE = "https://www.globalwire.example/world/"
ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Agency Feed</title>
  <entry>
    <title>Turkey and Greece agree to resume talks</title>
    <link href="https://agency.example/turkey-greece"/>
    <id>tag:agency.example,2022:1</id>
    <updated>2022-01-10T08:00:00Z</updated>
    <content type="html">&lt;p&gt;Turkey and Greece agreed on Monday to resume talks.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>No link here</title>
    <id>tag:agency.example,2022:2</id>
    <updated>2022-01-11T08:00:00Z</updated>
    <summary>Japan and South Korea held talks in Seoul.</summary>
  </entry>
</feed>
"""


def read(*paths, fetcher=None):
    return list(read_inputs([str(p) for p in paths], default_date=DAY, outlet=None,
                            max_chars=1_000_000, fetcher=fetcher))


def test_ingest_feed_entries_are_articles_and_broken_ones_named():
    russia, live, china, iran, egypt = read(FEED)
    assert russia.origin == f"{FEED}:9" and russia.url == SITE + "russia-nato-baltic"
    assert russia.text == ("Russia condemns NATO exercises in the Baltic\n\nRussia on Monday "
                           "condemned NATO military exercises in the Baltic Sea, calling them "
                           "a provocation.\n\nShare on Twitter\n")
    assert (russia.date, russia.outlet) == (dt.date(2021, 6, 14), "Global Wire - World")
    assert russia.id == url_id(russia.url)
    assert (live.origin, live.reason) == (f"{FEED}:16",
                                          "entry has no text (neither content nor summary)")
    assert (china.origin, china.reason) == (
        f"{FEED}:21", "not well-formed XML at line 25: not well-formed (invalid token)")
    assert iran.text.startswith("Iran criticises Israel over strikes\n\nIran's foreign "
                                "ministry on Monday criticised Israel over the air strikes.")
    assert (egypt.origin, egypt.reason) == (
        f"{FEED}:34", "entry's published date 'sometime on Tuesday' cannot be read")


def test_ingest_atom_feed_detected_by_content(tmp_path):
    (tmp_path / "agency.xml").write_text(ATOM, encoding="utf-8")
    (tmp_path / "agency-feed").write_text(ATOM, encoding="utf-8")
    first, second = read(tmp_path / "agency.xml")
    assert first.text == ("Turkey and Greece agree to resume talks\n\nTurkey and Greece "
                          "agreed on Monday to resume talks.\n")
    assert (first.date, first.outlet) == (dt.date(2022, 1, 10), "Agency Feed")
    assert second.url is None and second.id.startswith("feed-")
    assert [a.origin for a in read(tmp_path / "agency-feed")] == [
        f"{tmp_path / 'agency-feed'}:4", f"{tmp_path / 'agency-feed'}:11"]


def test_ingest_xml_that_is_not_a_feed(tmp_path):
    (tmp_path / "sitemap.xml").write_text(
        '<?xml version="1.0"?><urlset><url><loc>https://x.example/</loc></url></urlset>')
    (tmp_path / "dir").mkdir()
    (tmp_path / "dir" / "sitemap.xml").write_bytes((tmp_path / "sitemap.xml").read_bytes())
    (tmp_path / "dir" / "feed.xml").write_text(ATOM, encoding="utf-8")
    (rejection,) = read(tmp_path / "sitemap.xml")
    assert rejection.reason == "not an RSS or Atom feed"
    assert [i.origin.rpartition(":")[0] for i in read(tmp_path / "dir")] == [
        str(tmp_path / "dir" / "feed.xml")] * 2


def test_ingest_feed_garbage_rejected_with_reason(tmp_path):
    (tmp_path / "noise.rss").write_bytes(bytes(range(256)) * 4)
    (noise,) = read(tmp_path / "noise.rss")
    assert noise.reason.startswith("not an RSS or Atom feed (")


def test_ingest_html_text_strips_markup_into_paragraphs():
    assert html_text("<p>One <b>bold</b> line.</p><script>x()</script><ul><li>Two</li>"
                     "<li>Three<br>four</li></ul>") == "One bold line.\n\nTwo\n\nThree four\n"
    assert html_text("Plain &amp; simple") == "Plain &amp; simple\n"
    assert html_text("  ") == ""


# -- fetching links ------------------------------------------------------------


class Site:
    """A mock web server: canned responses by URL, and the requests it saw."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        url = str(request.url)
        if url.endswith("russia-nato-baltic"):
            return httpx.Response(301, headers={"Location": SITE + "russia-nato-baltic-2021"})
        if url.endswith("russia-nato-baltic-2021"):
            return httpx.Response(200, content=(WEB / "summit.html").read_bytes(),
                                  headers={"Content-Type": "text/html; charset=utf-8"})
        if url.endswith("iran-israel"):
            raise httpx.ConnectTimeout("timed out", request=request)
        if url.endswith("live"):
            return httpx.Response(404, text="Not found")
        return httpx.Response(200, content=b"%PDF-1.4", headers={"Content-Type": "application/pdf"})


@pytest.fixture
def site():
    return Site()


class FakeTime:
    """A clock that only moves when someone sleeps."""

    def __init__(self) -> None:
        self.now, self.sleeps = 0.0, []

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def fetcher(site, **options):
    time = FakeTime()
    return Fetcher(transport=httpx.MockTransport(site), sleep=time.sleep,
                   clock=lambda: time.now, **options), time.sleeps


def test_ingest_feed_fetch_links_codes_the_pages_and_names_failures(site):
    client, sleeps = fetcher(site)
    with client:
        russia, live, china, iran, egypt = read(FEED, fetcher=client)
    assert russia.url == SITE + "russia-nato-baltic" and russia.origin == f"{FEED}:9"
    assert russia.text.startswith("Putin says Russia would hand over cyber criminals")
    assert russia.date == dt.date(2021, 6, 13)  # the page's own date beats the entry's
    assert live.reason == f"cannot fetch {SITE}live: HTTP 404"
    assert china.reason.startswith("not well-formed XML at line 25")
    assert iran.reason == f"cannot fetch {SITE}iran-israel: ConnectTimeout: timed out"
    assert egypt.reason.startswith("entry's published date")
    agents = {r.headers["User-Agent"] for r in site.requests}
    assert agents == {f"communique/{communique.__version__} (+{fetch_module.PROJECT_URL})"}
    assert sleeps == [1.0, 1.0]  # three pages from one host, a second apart


def test_ingest_fetch_pacing_is_per_host():
    sleeps: list[float] = []
    pacer = fetch_module.HostPacer(1.0, clock=lambda: 100.0, sleep=sleeps.append)
    for host in ("a.example", "b.example", "a.example", "a.example"):
        pacer.wait(host)
    assert sleeps == [1.0, 2.0]


def test_ingest_fetch_refuses_non_html_big_and_non_http(site, monkeypatch):
    monkeypatch.setattr(fetch_module, "MAX_PAGE_BYTES", 1000)
    client, _ = fetcher(site, interval=0)
    with pytest.raises(communique.InputError, match="not an HTML page .application/pdf."):
        client.fetch("https://x.example/report")
    with pytest.raises(communique.InputError, match="page is more than 1,000 bytes"):
        client.fetch(SITE + "russia-nato-baltic")
    with pytest.raises(communique.InputError, match="not an http.s. URL"):
        client.fetch("file:///etc/passwd")
    assert [str(r.url) for r in site.requests] == [
        "https://x.example/report", SITE + "russia-nato-baltic",
        SITE + "russia-nato-baltic-2021"]


def test_ingest_fetch_body_over_cap_without_content_length(monkeypatch):
    monkeypatch.setattr(fetch_module, "MAX_PAGE_BYTES", 1000)

    def endless(request):
        return httpx.Response(200, headers={"Content-Type": "text/html"},
                              content=iter([b"<p>" + b"x" * 400] * 10))

    client = Fetcher(transport=httpx.MockTransport(endless), interval=0)
    with pytest.raises(communique.InputError, match="page is more than 1,000 bytes"):
        client.fetch("https://slow.example/")


def test_cli_feed_with_and_without_fetch_links(tmp_path, monkeypatch, site):
    from test_cli import fake_code_articles  # the fake coder of the CLI tests

    module = types.ModuleType("communique.pipeline")
    module.code_articles = fake_code_articles
    monkeypatch.setitem(sys.modules, "communique.pipeline", module)
    monkeypatch.setattr(communique, "pipeline", module, raising=False)
    monkeypatch.setattr(run, "Fetcher", functools.partial(
        Fetcher, transport=httpx.MockTransport(site), interval=0))
    monkeypatch.chdir(tmp_path)
    (tmp_path / "wire.rss").write_bytes(FEED.read_bytes())
    plain = CliRunner().invoke(cli.app, ["code", "wire.rss", "--format", "jsonl"])
    assert plain.exit_code == 1 and site.requests == []
    assert plain.stderr.splitlines() == [
        "wire.rss:16: entry has no text (neither content nor summary)",
        "wire.rss:21: not well-formed XML at line 25: not well-formed (invalid token)",
        "wire.rss:34: entry's published date 'sometime on Tuesday' cannot be read",
        "read 5, coded 2, rejected 3, events 2"]
    fetched = CliRunner().invoke(cli.app, ["code", "wire.rss", "--fetch-links"])
    assert fetched.exit_code == 1
    assert "wire.rss:27: cannot fetch " + SITE + "iran-israel: ConnectTimeout: timed out" \
        in fetched.stderr.splitlines()
    assert fetched.stderr.splitlines()[-1] == "read 5, coded 1, rejected 4, events 1"
    assert json.loads(fetched.stdout)["date"] == "2021-06-13"
    assert isinstance(read(FEED)[0], Article) and isinstance(read(FEED)[1], Rejection)
