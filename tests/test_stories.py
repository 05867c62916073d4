"""Near-duplicate stories: signatures, story ids, merged events, the store's view, the CLI."""

from __future__ import annotations

import datetime as dt
import json

import duckdb
import pytest
from typer.testing import CliRunner

from communique.cli import app
from communique.model import Actor, Article, Event, Evidence
from communique.store import Store
from communique.stories import (StoryIndex, StoryMerger, signature, signature_bytes,
                                signature_from_bytes)

WIRE = ("Ethiopia and Somalia agreed on Wednesday to restore diplomatic relations after "
        "talks in Ankara hosted by Turkish President Recep Tayyip Erdogan, ending a year-long "
        "dispute over a port deal with the breakaway region of Somaliland. The two countries "
        "will open technical negotiations by the end of February, the joint declaration said. "
        "Somali President Hassan Sheikh Mohamud thanked Erdogan for his mediation.")
COPIES = [
    ("reuters-1", "Reuters", WIRE),
    ("daily-7", "Daily Nation", "ADDIS ABABA (Daily Nation) - " + WIRE + " READ MORE: Kenya "
     "budget passes"),
    ("post-3", "The Post", "Share this article\n\n" + WIRE.replace("Wednesday", "Wednesday,")),
    ("daily-8", "Daily Nation", WIRE + " Loading..."),
]
OTHER = ("Police in Nairobi arrested 40 opposition supporters on Saturday after a rally "
         "against tax increases turned violent, a police spokesman said, adding that officers "
         "had fired tear gas to disperse the crowd near parliament.")


def event(article_id: str, cameo: str = "036", confidence: float = 0.8) -> Event:
    actor = Actor(text="Ethiopia", code="ETH", country="ETH")
    other = Actor(text="Somalia", code="SOM", country="SOM")
    return Event(event_id=f"{article_id}-{cameo}", article_id=article_id,
                 date=dt.date(2024, 12, 11), date_precision="day", source=actor, target=other,
                 cameo=cameo, cameo_name="name", plover="AGREE", quad_class=1, goldstein=4.0,
                 modality="asserted", location=None,
                 evidence=Evidence(sentence="Ethiopia and Somalia agreed.", start=0, end=28),
                 confidence=confidence)


def article(article_id: str, outlet: str | None, text: str = WIRE) -> Article:
    return Article(id=article_id, text=text, outlet=outlet, date=dt.date(2024, 12, 11))


def test_stories_copies_share_the_first_copys_story():
    index = StoryIndex()
    stories = [index.assign(i, signature(text)) for i, _, text in COPIES]
    assert stories == ["reuters-1"] * 4
    assert index.assign("other", signature(OTHER)) == "other"


def test_stories_short_texts_are_their_own_story():
    index = StoryIndex()
    assert signature("Russia condemned NATO.") is None
    assert index.assign("a", None) == "a" and index.assign("b", None) == "b"


def test_stories_signatures_survive_the_store_round_trip():
    minhash = signature(WIRE)
    again = signature_from_bytes(signature_bytes(minhash))
    assert again.jaccard(minhash) == 1.0
    index = StoryIndex()
    index.load([("old-1", "old-1", signature_bytes(minhash)), ("old-2", "old-1", None)])
    assert index.assign("new", signature(COPIES[1][2])) == "old-1"


def test_stories_merger_counts_articles_and_outlets():
    merger = StoryMerger(window=10)
    for article_id, outlet, _ in COPIES:
        assert merger.add(article(article_id, outlet), (event(article_id),), "reuters-1") == []
    first, events = merger.close()[0]
    assert first.id == "reuters-1"
    assert [(e.event_id, e.num_articles, e.num_sources, e.story_id) for e in events] == [
        ("reuters-1-036", 4, 3, "reuters-1")]


def test_stories_merger_keeps_different_events_apart():
    merger = StoryMerger(window=10)
    merger.add(article("a", "X"), (event("a", "036"),), "a")
    merger.add(article("b", "Y"), (event("b", "036"), event("b", "042")), "a")
    (_, events), = merger.close()
    assert sorted((e.cameo, e.num_articles) for e in events) == [("036", 2), ("042", 1)]


def test_stories_merger_releases_a_story_once_its_window_passes():
    merger = StoryMerger(window=2)
    assert merger.add(article("a", "X"), (event("a"),), "a") == []
    assert merger.add(article("b", "Y", OTHER), (event("b", "111"),), "b") == []
    released = merger.add(article("c", "Z", OTHER), (event("c", "111"),), "b")
    assert [first.id for first, _ in released] == ["a"]
    assert [(first.id, events[0].num_articles) for first, events in merger.close()] == [("b", 2)]


def test_stories_store_view_counts_every_copy(tmp_path):
    with Store(str(tmp_path / "s.duckdb")) as store:
        for article_id, outlet, text in COPIES:
            store.save_article(article(article_id, outlet, text),
                               (event(article_id),), story_id="reuters-1")
        store.save_article(article("other", "Reuters", OTHER), (event("other", "173"),),
                           story_id="other")
        rows = store.fetchall("SELECT story_id, cameo, num_articles, num_sources "
                              "FROM story_events ORDER BY cameo")
    assert rows == [("reuters-1", "036", 4, 3), ("other", "173", 1, 1)]


def test_stories_version_1_store_gains_the_story_columns(tmp_path):
    path = str(tmp_path / "old.duckdb")
    con = duckdb.connect(path)
    con.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    con.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    con.execute("CREATE TABLE articles (id VARCHAR PRIMARY KEY, title VARCHAR, outlet VARCHAR,"
                " url VARCHAR, date DATE, text VARCHAR, content_hash VARCHAR, origin VARCHAR,"
                " coded_at TIMESTAMP, run_id VARCHAR)")
    con.close()
    with Store(path) as store:
        store.save_article(article("a", "X"), (event("a"),), story_id="a")
        assert store.schema_version() == 3
        assert store.fetchall("SELECT story_id FROM articles") == [("a",)]


def test_stories_version_2_store_gains_the_event_word_columns(tmp_path):
    path = str(tmp_path / "v2.duckdb")
    with Store(path) as store:
        store.save_article(article("a", "X"), (event("a"),), story_id="a")
    con = duckdb.connect(path)
    con.execute("DROP VIEW story_events")
    con.execute("ALTER TABLE events DROP COLUMN evidence_word_start")
    con.execute("ALTER TABLE events DROP COLUMN evidence_word_end")
    con.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
    con.close()
    with Store(path) as store:
        assert store.schema_version() == 3
        assert store.fetchall("SELECT count(evidence_word_start) FROM events") == [(0,)]
        store.save_article(article("b", "Y"), (event("b"),), story_id="b")
        assert store.counts()["events"] == 2


@pytest.mark.model
def test_stories_cli_writes_a_wire_story_once_with_its_counts(tmp_path):
    lines = [{"id": i, "text": text, "outlet": outlet, "date": "2024-12-11"}
             for i, outlet, text in COPIES] + [
        {"id": "other", "text": OTHER, "outlet": "Reuters", "date": "2024-12-11"}]
    (tmp_path / "in.jsonl").write_text("".join(json.dumps(x) + "\n" for x in lines))
    runner = CliRunner()
    merged = runner.invoke(app, ["code", str(tmp_path / "in.jsonl"), "--format", "jsonl",
                                 "--db", str(tmp_path / "s.duckdb")])
    apart = runner.invoke(app, ["code", str(tmp_path / "in.jsonl"), "--format", "jsonl",
                                "--no-dedup"])
    assert merged.exit_code == 0 and apart.exit_code == 0
    records = [json.loads(x) for x in merged.stdout.splitlines()]
    wire = [r for r in records if r["story_id"] == "reuters-1"]
    assert wire and all(r["num_articles"] == 4 and r["num_sources"] == 3 for r in wire)
    assert all(r["article_id"] == "reuters-1" for r in wire)
    copies = [json.loads(x) for x in apart.stdout.splitlines()]
    assert len(copies) == len(records) + 3 * len(wire)
    with Store(str(tmp_path / "s.duckdb"), read_only=True) as store:
        assert store.fetchall("SELECT count(DISTINCT story_id) FROM articles") == [(2,)]
