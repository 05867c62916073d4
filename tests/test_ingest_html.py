"""Tests of communique.ingest.html: scraped news pages to Articles, junk left out."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from communique.ingest import read_inputs
from communique.ingest.common import url_id
from communique.ingest.html import decode_html
from communique.model import Article, Rejection

WEB = Path(__file__).parent / "data" / "web"
DAY = dt.date(2024, 5, 6)
CANONICAL = "https://www.globalwire.example/world/putin-cyber-criminals-extradition"
PAGE_JUNK = ("cookies", "Accept all", "Share on", "Subscribe", "Most read", "China threatens",
             "Israeli jets", "READ MORE", "Reuters Archive", "All rights reserved", "Home")


def read(*paths, max_chars=1_000_000, outlet=None):
    return list(read_inputs([str(p) for p in paths], default_date=DAY, outlet=outlet,
                            max_chars=max_chars))


def test_ingest_html_main_text_and_metadata_without_page_junk():
    (article,) = read(WEB / "summit.html", outlet="Fallback Outlet")
    title = "Putin says Russia would hand over cyber criminals to US if Washington reciprocates"
    assert article.text.startswith(title + "\n\nMOSCOW (Global Wire) - Russian President")
    assert article.text.rstrip().endswith("the agenda was still being finalised.")
    assert [junk for junk in PAGE_JUNK if junk in article.text] == []
    assert (article.title, article.outlet, article.url) == (title, "Global Wire", CANONICAL)
    assert article.date == dt.date(2021, 6, 13)  # article:published_time, not --date
    assert article.id == url_id(CANONICAL) and article.origin == str(WEB / "summit.html")


def test_ingest_html_page_without_article_body_rejected_with_reason():
    rejection, article = read(WEB / "section_page.html", WEB / "summit.html")
    assert isinstance(rejection, Rejection) and isinstance(article, Article)
    assert rejection.origin == str(WEB / "section_page.html")
    assert rejection.reason == "no article text found (no paragraph of prose)"


def test_ingest_html_latin1_declared_only_in_meta_charset(caplog):
    (article,) = read(WEB / "geneva_latin1.html")
    assert "envoy in Genève on Tuesday" in article.text and "Zürich" in article.text
    assert article.title == "Iran and EU envoys meet in Genève"
    assert (article.date, article.outlet) == (dt.date(2022, 3, 8), "Alpine Courier")
    assert "Russia warns Ukraine" not in article.text and "cookies" not in article.text
    assert caplog.records == []


def test_ingest_html_undeclared_latin1_guessed_and_flagged(tmp_path, caplog):
    data = (WEB / "geneva_latin1.html").read_bytes().replace(b' charset="iso-8859-1"', b"")
    (tmp_path / "undeclared.html").write_bytes(data)
    (article,) = read(tmp_path / "undeclared.html")
    assert "envoy in Genève on Tuesday" in article.text and "Zürich" in article.text
    assert "undeclared.html: no charset declared and not UTF-8; guessed cp1252" in caplog.text


def test_ingest_html_wrong_declared_charset_is_not_trusted(tmp_path, caplog):
    data = (WEB / "geneva_latin1.html").read_bytes().replace(b"iso-8859-1", b"utf-8")
    (tmp_path / "lying.html").write_bytes(data)
    (article,) = read(tmp_path / "lying.html")
    assert "envoy in Genève on Tuesday" in article.text
    assert "the meta tag declares utf-8 but byte" in caplog.text


def test_ingest_html_without_metadata_falls_back_to_flags(tmp_path):
    body = "<p>" + "Iran's foreign minister met the EU envoy in Vienna on Tuesday. " * 3 + "</p>"
    (tmp_path / "bare.html").write_text(f"<html><body><article>{body}</article></body></html>")
    (article,) = read(tmp_path / "bare.html", outlet="Wire")
    assert (article.date, article.outlet, article.url, article.title) == (DAY, "Wire", None,
                                                                          None)
    assert article.id.startswith("html-") and len(article.id) == 5 + 16
    assert article.text.startswith("Iran's foreign minister met the EU envoy in Vienna")


def test_ingest_html_same_page_twice_is_a_duplicate(tmp_path):
    (tmp_path / "copy.html").write_bytes((WEB / "summit.html").read_bytes())
    first, second = read(WEB / "summit.html", tmp_path / "copy.html")
    assert second.reason == f"duplicate id {first.id!r}: already read in this run"


def test_ingest_html_over_trafilatura_size_cap_rejected_not_dropped(tmp_path):
    with open(tmp_path / "huge.html", "wb") as fh:
        fh.write(b"<html><body><p>" + b"x " * 10_000_001 + b"</p></body></html>")
    huge, after = read(tmp_path / "huge.html", WEB / "summit.html")
    assert huge.reason == ("page is more than 20,000,000 bytes, the most trafilatura "
                           "extracts from")
    assert isinstance(after, Article)


def test_ingest_html_binary_and_garbage_rejected(tmp_path):
    (tmp_path / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "empty.htm").write_bytes(b"")
    image, empty = read(tmp_path / "image.html", tmp_path / "empty.htm")
    assert image.reason == "binary file (PNG image)"
    assert empty.reason.startswith("no article text found")


def test_ingest_html_in_directory_walk(tmp_path, caplog):
    caplog.set_level(logging.WARNING)
    (tmp_path / "site").mkdir()
    for name in ("summit.html", "section_page.html"):
        (tmp_path / "site" / name).write_bytes((WEB / name).read_bytes())
    (tmp_path / "site" / "story.htm").write_bytes((WEB / "geneva_latin1.html").read_bytes())
    items = read(tmp_path)
    assert [type(i).__name__ for i in items] == ["Rejection", "Article", "Article"]


def test_ingest_html_tied_guess_prefers_cp1252_and_is_flagged_low_confidence(caplog):
    snippet = ("<html><head><title>Sommet à Genève</title></head><body><p>Le président a "
               "rencontré son homologue à Genève.</p></body></html>").encode("latin-1")
    assert "Sommet à Genève" in decode_html(snippet, "short.html")
    assert "short.html: no charset declared and not UTF-8; guessed cp1252 (low confidence)" \
        in caplog.text


def test_ingest_glob_pattern_expanded_in_name_order(tmp_path):
    (tmp_path / "b").mkdir()
    for name in ("a.html", "b/c.html", "b/d.txt"):
        (tmp_path / name).write_bytes((WEB / "geneva_latin1.html").read_bytes()
                                      if name.endswith("html") else b"Iran met Iraq.")
    items = read_inputs([str(tmp_path / "**" / "*.html")], default_date=DAY, outlet=None,
                        max_chars=1000, fetcher=None)
    first, duplicate = list(items)
    assert first.origin == str(tmp_path / "a.html")
    assert duplicate.origin == str(tmp_path / "b" / "c.html")  # same canonical URL
    assert duplicate.reason.startswith("duplicate id 'url-")
