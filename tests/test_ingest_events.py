"""End to end: the same article gives the same events however it arrives (text, HTML page,
WARC record), page junk gives none, and bad inputs are named while the rest is coded.

These run the real coder (``coder`` in conftest.py) and are marked ``model``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner
from warc_fixtures import Fetch, record_offsets, warc_bytes

from communique import pipeline
from communique.cli import app
from communique.config import Settings
from communique.ingest import read_inputs
from communique.model import Rejection

pytestmark = pytest.mark.model

WEB = Path(__file__).parent / "data" / "web"
PUBLISHED = dt.date(2021, 6, 13)
SUMMIT_URL = "https://www.globalwire.example/world/putin-cyber-criminals-extradition"
SIDEBAR_AND_NAV = ("China", "Taiwan", "Israel", "Gaza", "Iran", "Navalny", "cookies", "Share")


def coded(coder, paths, default_date):
    items = read_inputs([str(p) for p in paths], default_date=default_date, outlet=None,
                        max_chars=1_000_000)
    return list(pipeline.code_articles(items, Settings(), coder=coder))


def signature(events):
    """What an event says, without the article id and offsets that depend on the layout."""
    return sorted((e.date, e.date_precision, e.source and e.source.code, e.cameo,
                   e.target and e.target.code, e.modality, e.location and e.location.name,
                   e.evidence.sentence) for e in events)


def test_ingest_same_events_from_text_html_and_warc(coder, tmp_path):
    (tmp_path / "crawl.warc.gz").write_bytes(
        warc_bytes([Fetch(SUMMIT_URL, (WEB / "summit.html").read_bytes())]))
    (text, text_events), = coded(coder, [WEB / "summit.txt"], PUBLISHED)
    later = dt.date(2024, 5, 6)  # a wrong --date: the page's own date must win
    (page, page_events), = coded(coder, [WEB / "summit.html"], later)
    (record, warc_events), = coded(coder, [tmp_path / "crawl.warc.gz"], later)
    assert page.date == record.date == PUBLISHED
    expected = signature(text_events)
    assert {(s[2], s[3], s[4]) for s in expected} >= {("RUSGOV", "0313", "USA"),
                                                     ("RUSGOV", "036", "USAGOV")}
    assert signature(page_events) == expected
    assert signature(warc_events) == expected


def test_ingest_page_junk_gives_no_events(coder, make_article):
    sidebar = make_article("China threatens Taiwan after military drills.\n\n"
                           "Israeli jets strike Gaza after rocket fire.\n\n"
                           "Iran rejects EU demands in nuclear talks.\n")
    assert coder.code(sidebar)  # the sidebar's headlines are events when they leak in
    (_, events), = coded(coder, [WEB / "summit.html"], PUBLISHED)
    assert events
    assert [e.evidence.sentence for e in events
            if any(word in e.evidence.sentence for word in SIDEBAR_AND_NAV)] == []
    codes = {a.code[:3] for e in events for a in (e.source, e.target) if a}
    assert codes <= {"RUS", "USA"}


@pytest.fixture
def run(coder, tmp_path, monkeypatch):
    """The CLI with the session's real coder (not a second model load)."""
    real = pipeline.code_articles
    monkeypatch.setattr(pipeline, "code_articles",
                        lambda items, settings: real(items, settings, coder=coder))
    monkeypatch.chdir(tmp_path)
    return lambda *args: CliRunner().invoke(app, ["code", *args])


def test_cli_web_inputs_bad_ones_named_rest_coded(run, tmp_path):
    data = warc_bytes([Fetch(SUMMIT_URL, (WEB / "summit.html").read_bytes()),
                       Fetch(SUMMIT_URL + "-2", (WEB / "summit.html").read_bytes())])
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "crawl.warc.gz").write_bytes(data[:-300])
    (tmp_path / "pages" / "section.html").write_bytes((WEB / "section_page.html").read_bytes())
    (tmp_path / "pages" / "story.htm").write_bytes((WEB / "geneva_latin1.html").read_bytes())
    result = run("pages", "--date", "2024-05-06", "--format", "jsonl")
    offset = record_offsets(data)[-1][2]
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[0].startswith(f"pages/crawl.warc.gz@{offset}: record truncated: ")
    assert lines[1:] == ["pages/section.html: no article text found (no paragraph of prose)",
                         lines[-1]]
    assert lines[-1].startswith("read 4, coded 2, rejected 2, events ")
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert {e["date"] for e in events} >= {"2021-06-13", "2022-03-08"}
    assert "2024-05-06" not in {e["date"] for e in events if e["date_precision"] == "day"}


def test_ingest_events_unchanged_by_reading_twice(coder):
    first = coded(coder, [WEB / "summit.html"], PUBLISHED)
    again = coded(coder, [WEB / "summit.html"], PUBLISHED)
    assert [dataclasses.astuple(e) for e in first[0][1]] == \
        [dataclasses.astuple(e) for e in again[0][1]]
    assert not any(isinstance(r, Rejection) for r in first)
