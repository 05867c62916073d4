"""Tests of communique.ingest.warc: HTML responses in WARC files, broken archives named."""

from __future__ import annotations

import datetime as dt
import logging
import os
import random
from pathlib import Path

from warc_fixtures import Fetch, record_offsets, warc_bytes

from communique.ingest import read_inputs
from communique.ingest.common import url_id
from communique.model import Article

WEB = Path(__file__).parent / "data" / "web"
DAY = dt.date(2024, 5, 6)
SUMMIT_URL = "https://www.globalwire.example/world/putin-cyber-criminals-extradition?src=rss"
GENEVA_URL = "https://alpine-courier.example/monde/iran-eu-geneve"
BARE_PAGE = ("<html><body><article><p>" + "Iran's foreign minister met the EU envoy in "
             "Vienna on Tuesday. " * 3 + "</p></article></body></html>").encode()


def read(*paths):
    return list(read_inputs([str(p) for p in paths], default_date=DAY, outlet=None,
                            max_chars=1_000_000))


def crawl() -> list[Fetch]:
    return [
        Fetch(SUMMIT_URL, (WEB / "summit.html").read_bytes()),
        Fetch("https://www.globalwire.example/img/putin.jpg", b"\xff\xd8\xff\xe0" + bytes(900),
              content_type="image/jpeg"),
        Fetch("https://www.globalwire.example/old", b"<html>Moved</html>",
              status="301 Moved Permanently"),
        Fetch(GENEVA_URL, (WEB / "geneva_latin1.html").read_bytes(),
              content_type="text/html; charset=ISO-8859-1", date="2022-03-09T06:00:00Z"),
        Fetch("https://www.globalwire.example/world", (WEB / "section_page.html").read_bytes()),
    ]


def test_ingest_warc_html_responses_are_articles(tmp_path, caplog):
    caplog.set_level(logging.INFO, logger="communique")
    data = warc_bytes(crawl())
    (tmp_path / "crawl.warc.gz").write_bytes(data)
    summit, geneva, section = read(tmp_path / "crawl.warc.gz")
    offsets = {(kind, uri): offset for kind, uri, offset in record_offsets(data)}
    path = str(tmp_path / "crawl.warc.gz")
    assert summit.origin == f"{path}@{offsets['response', SUMMIT_URL]}"
    assert (summit.url, summit.id) == (SUMMIT_URL, url_id(SUMMIT_URL))
    assert summit.date == dt.date(2021, 6, 13)  # the page's metadata beats WARC-Date
    assert summit.text == read(WEB / "summit.html")[0].text
    assert "envoy in Genève on Tuesday" in geneva.text and geneva.outlet == "Alpine Courier"
    assert section.origin == f"{path}@{offsets['response', 'https://www.globalwire.example/world']}"
    assert section.reason == "no article text found (no paragraph of prose)"
    assert ("skipped 8 records that are not HTML pages (request 5, response 200 image/jpeg 1, "
            "response 301 text/html 1, warcinfo 1)") in caplog.text


def test_ingest_warc_date_is_the_fallback_for_pages_without_one(tmp_path):
    (tmp_path / "bare.warc").write_bytes(warc_bytes(
        [Fetch("http://Example.COM:80/story#top", BARE_PAGE, date="2023-02-01T23:59:59Z")],
        gzip=False))
    (article,) = read(tmp_path / "bare.warc")
    assert article.date == dt.date(2023, 2, 1) and article.url == "http://Example.COM:80/story#top"
    assert article.id == url_id("http://example.com/story")


def test_ingest_warc_truncated_last_record_rejected_and_earlier_records_kept(tmp_path):
    data = warc_bytes(crawl()[:4])
    (tmp_path / "cut.warc.gz").write_bytes(data[:-400])
    summit, rejection = read(tmp_path / "cut.warc.gz")
    last = record_offsets(data)[-1]
    assert last[:2] == ("response", GENEVA_URL)
    assert isinstance(summit, Article)
    assert rejection.origin == f"{tmp_path / 'cut.warc.gz'}@{last[2]}"
    assert rejection.reason.startswith("record truncated: ")
    assert rejection.reason.endswith(" bytes (Content-Length) are missing")


def test_ingest_warc_truncated_uncompressed_archive(tmp_path):
    data = warc_bytes(crawl()[:1], gzip=False)
    (tmp_path / "cut.warc").write_bytes(data[:-1000])
    (rejection,) = read(tmp_path / "cut.warc")
    assert rejection.origin == f"{tmp_path / 'cut.warc'}@{record_offsets(data)[-1][2]}"
    assert rejection.reason.startswith("record truncated: 996 of its ")  # 4 bytes: CRLF CRLF


def test_ingest_warc_undecodable_archive_named_with_offset(tmp_path):
    (tmp_path / "noise.warc").write_bytes(random.Random(7).randbytes(3000))  # fixed noise
    good = warc_bytes(crawl()[:1], gzip=False)
    (tmp_path / "tail.warc").write_bytes(good + b"GARBAGE AFTER THE LAST RECORD\r\n" * 3)
    noise, summit, tail = read(tmp_path / "noise.warc", tmp_path / "tail.warc")
    assert noise.origin == f"{tmp_path / 'noise.warc'}@0"
    assert noise.reason.startswith("cannot read a WARC record here: ")
    assert isinstance(summit, Article)
    assert tail.origin.startswith(f"{tmp_path / 'tail.warc'}@")
    assert int(tail.origin.rpartition("@")[2]) >= len(good) - 4


def test_ingest_warc_detected_by_content_whatever_its_name(tmp_path):
    (tmp_path / "crawl-00001.gz").write_bytes(warc_bytes(crawl()[:1]))
    (tmp_path / "crawl-00002.dat").write_bytes(warc_bytes(crawl()[3:4], gzip=False))
    first, second = read(tmp_path / "crawl-00001.gz", tmp_path / "crawl-00002.dat")
    assert (first.url, second.url) == (SUMMIT_URL, GENEVA_URL)


def test_ingest_warc_in_directory_with_other_kinds(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "crawl.warc.gz").write_bytes(warc_bytes(crawl()[:1]))
    (tmp_path / "b.txt").write_text("Russia condemned NATO.")
    (tmp_path / "c.html").write_bytes((WEB / "geneva_latin1.html").read_bytes())
    items = read(tmp_path)
    assert [os.path.relpath(i.origin, tmp_path).partition("@")[0] for i in items] == [
        os.path.join("a", "crawl.warc.gz"), "b.txt:1", "c.html"]
