"""Tests of communique.store: idempotent writes, rejections, runs and a locked file."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from dataclasses import replace

import pytest

from communique.config import Settings
from communique.errors import StoreError
from communique.export import CSV_COLUMNS
from communique.model import Actor, Article, Event, Evidence, Place, Rejection
from communique.store import SCHEMA_VERSION, Store

TEXT = "Russia condemned the NATO exercises in Warsaw on Monday."


def make_article(article_id: str = "a1", **overrides) -> Article:
    values = dict(id=article_id, text=TEXT, title="Russia condemns drills",
                  date=dt.date(2024, 3, 4), outlet="Wire", origin="f.jsonl:1")
    return Article(**{**values, **overrides})


def make_event(article_id: str = "a1", event_id: str = "ev-1", **overrides) -> Event:
    values = dict(
        event_id=event_id, article_id=article_id, date=dt.date(2024, 3, 4),
        date_precision="day", source=Actor(text="Russia", code="RUS", country="RUS"),
        target=Actor(text="NATO", code="IGOWSTNAT", sector="IGO"), cameo="122",
        cameo_name="Criticize or denounce", plover="DISAPPROVE", quad_class=3, goldstein=-2.0,
        modality="asserted", location=Place(name="Warsaw", country="POL", lat=52.2, lon=21.0),
        evidence=Evidence(sentence=TEXT, start=0, end=len(TEXT)), confidence=0.8,
    )
    return Event(**{**values, **overrides})


@pytest.fixture
def store(tmp_path):
    with Store(str(tmp_path / "c.duckdb")) as opened:
        yield opened


def test_store_schema_created_and_versioned(store):
    assert store.schema_version() == SCHEMA_VERSION
    assert store.counts() == {"articles": 0, "events": 0, "rejections": 0, "runs": 0}
    columns = [row[0] for row in store.fetchall(
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'events' "
        "ORDER BY ordinal_position")]
    assert tuple(columns) == CSV_COLUMNS


def test_store_save_article_twice_leaves_same_rows(store):
    article, events = make_article(), (make_event(), make_event(event_id="ev-2", cameo="111"))
    store.save_article(article, events)
    store.save_article(article, events)
    assert store.counts()["articles"] == 1 and store.counts()["events"] == 2
    row = store.fetchall("SELECT date, goldstein, location_lat, evidence_end FROM events "
                         "WHERE event_id = 'ev-1'")
    assert row == [(dt.date(2024, 3, 4), -2.0, 52.2, len(TEXT))]


def test_store_save_article_replaces_its_events(store):
    store.save_article(make_article(), (make_event(), make_event(event_id="ev-2")))
    store.save_article(make_article(title="New"), (make_event(event_id="ev-3"),))
    assert store.fetchall("SELECT event_id FROM events") == [("ev-3",)]
    assert store.fetchall("SELECT title FROM articles") == [("New",)]


def test_store_failed_save_rolls_back_the_whole_article(store):
    store.save_article(make_article("a1"), (make_event("a1", "shared"),))
    with pytest.raises(StoreError, match="cannot save article 'a2'"):
        store.save_article(make_article("a2", origin="f.jsonl:2"), (make_event("a2", "shared"),))
    assert store.fetchall("SELECT id FROM articles") == [("a1",)]
    assert store.fetchall("SELECT article_id FROM events") == [("a1",)]


def test_store_rejections_keyed_by_origin_and_reason(store):
    rejection = Rejection(origin="f.jsonl:3", reason="not valid JSON", raw="é" * 20_000)
    store.save_rejection(rejection)
    store.save_rejection(rejection)
    store.save_rejection(replace(rejection, reason="another reason"))
    assert store.counts()["rejections"] == 2
    (raw,) = store.fetchall("SELECT raw FROM rejections LIMIT 1")[0]
    assert len(raw.encode("utf-8")) <= 10_240


def test_store_coding_an_article_clears_its_old_rejections(store):
    store.save_rejection(Rejection(origin="f.jsonl:1", reason="cannot be coded: boom",
                                   article_id="a1", stage="code"))
    store.save_rejection(Rejection(origin="f.jsonl:2", reason="missing field 'text'"))
    store.save_article(make_article(), ())
    assert store.fetchall("SELECT origin FROM rejections") == [("f.jsonl:2",)]


def test_store_runs_record_settings_and_counts(store):
    run_id = store.start_run(Settings(), default_date="2024-03-04")
    store.finish_run({"read": 3, "coded": 2, "rejected": 1, "events": 5})
    ((found, settings, version, counts),) = store.fetchall(
        "SELECT run_id, settings, version, [read, coded, rejected, events] FROM runs")
    assert found == run_id and version
    assert '"default_date": "2024-03-04"' in settings and '"max_chars": 1000000' in settings
    assert counts == [3, 2, 1, 5]


def test_store_reopened_keeps_rows(tmp_path):
    path = str(tmp_path / "c.duckdb")
    with Store(path) as store:
        store.save_article(make_article(), (make_event(),))
    with Store(path, read_only=True) as store:
        assert store.counts()["events"] == 1


def test_store_locked_file_names_the_file(tmp_path):
    path = tmp_path / "locked.duckdb"
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from communique.store import Store; "
         f"s = Store({str(path)!r}); print('ready', flush=True); sys.stdin.read()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreError) as info:
            Store(str(path))
        message = str(info.value)
        assert str(path) in message and "in use by another process" in message
        assert "another --db file" in message
    finally:
        holder.communicate("", timeout=30)


def test_store_not_a_database_rejected(tmp_path):
    path = tmp_path / "junk.duckdb"
    path.write_bytes(b"not a database" * 1000)
    with pytest.raises(StoreError, match="is not a DuckDB database"):
        Store(str(path))


def test_store_newer_schema_refused(tmp_path):
    path = str(tmp_path / "c.duckdb")
    with Store(path) as store:
        store.fetchall("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(StoreError, match="schema version 99, newer"):
        Store(path)
