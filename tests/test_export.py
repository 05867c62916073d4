"""Tests of communique.export: the JSONL record contract, CSV columns and the table."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from dataclasses import replace

from rich.console import Console

from communique.export import (
    CSV_COLUMNS,
    event_record,
    flat_record,
    render_table,
    write_csv,
    write_jsonl,
)
from communique.model import Actor, Article, Event, Evidence, Place, Quote

TEXT = "Russia condemned the NATO exercises in Warsaw on Monday, officials said."
CONTRACT = [
    "event_id", "article_id", "date", "date_precision", "source", "target", "cameo",
    "cameo_name", "plover", "quad_class", "goldstein", "modality", "location", "evidence",
    "quote", "mentions", "confidence", "story_id", "num_articles", "num_sources",
]


def make_event(**overrides) -> Event:
    values = dict(
        event_id="ev-1", article_id="a1", date=dt.date(2024, 3, 4), date_precision="day",
        source=Actor(text="Russia", code="RUS", country="RUS", sector=None),
        target=Actor(text="NATO", code="IGOWSTNAT", country=None, sector="IGO"),
        cameo="122", cameo_name="Criticize or denounce", plover="DISAPPROVE", quad_class=3,
        goldstein=-2.0, modality="asserted",
        location=Place(name="Warsaw", country="POL", lat=52.23, lon=21.01),
        evidence=Evidence(sentence=TEXT, start=0, end=len(TEXT)),
        quote=Quote(text="a provocation", speaker="RUS"), mentions=2, confidence=0.8,
        word=(TEXT.index("condemned"), TEXT.index("condemned") + 9),
    )
    values.update(overrides)
    return Event(**values)


def test_export_event_record_fields_in_contract_order():
    record = event_record(make_event())
    assert list(record) == CONTRACT
    assert list(record["source"]) == ["text", "code", "country", "sector"]
    assert list(record["location"]) == ["name", "country", "lat", "lon"]
    assert list(record["evidence"]) == ["sentence", "start", "end", "word_start", "word_end"]
    assert list(record["quote"]) == ["text", "speaker"]
    assert record["date"] == "2024-03-04"
    word = record["evidence"]
    assert TEXT[word["word_start"]:word["word_end"]] == "condemned"


def test_export_event_record_nulls_for_missing_objects():
    record = event_record(make_event(target=None, location=None, quote=None))
    assert record["target"] is None and record["location"] is None and record["quote"] is None


def test_export_csv_columns_flatten_the_record():
    assert CSV_COLUMNS[:8] == ("event_id", "article_id", "date", "date_precision",
                               "source_text", "source_code", "source_country", "source_sector")
    assert CSV_COLUMNS[-10:] == ("evidence_end", "evidence_word_start", "evidence_word_end",
                                 "quote_text", "quote_speaker", "mentions", "confidence",
                                 "story_id", "num_articles", "num_sources")
    assert "location_lat" in CSV_COLUMNS and len(set(CSV_COLUMNS)) == len(CSV_COLUMNS)
    assert tuple(flat_record(make_event())) == CSV_COLUMNS


def test_export_flat_record_empty_cells_for_null_objects():
    row = flat_record(make_event(source=None, location=None))
    assert row["source_code"] is None and row["location_lat"] is None
    assert row["target_code"] == "IGOWSTNAT"


def test_export_write_jsonl_one_object_per_line():
    fh = io.StringIO()
    assert write_jsonl([make_event(), make_event(event_id="ev-2")], fh) == 2
    lines = fh.getvalue().splitlines()
    assert [json.loads(line)["event_id"] for line in lines] == ["ev-1", "ev-2"]
    assert list(json.loads(lines[0])) == CONTRACT


def test_export_write_jsonl_non_finite_numbers_become_null():
    fh = io.StringIO()
    write_jsonl([make_event(goldstein=float("nan"))], fh)
    assert json.loads(fh.getvalue())["goldstein"] is None


def test_export_write_csv_header_and_rows():
    fh = io.StringIO()
    assert write_csv([make_event(quote=None)], fh) == 1
    rows = list(csv.DictReader(io.StringIO(fh.getvalue())))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert rows[0]["location_name"] == "Warsaw" and rows[0]["quote_text"] == ""


def test_export_render_table_shows_events_without_markup():
    console = Console(file=io.StringIO(), width=200)
    article = Article(id="a1", text=TEXT)
    event = make_event(evidence=Evidence(sentence="[bold]Russia[/] condemned", start=0, end=10))
    assert render_table([(article, (event, replace(event, event_id="ev-2")))], console) == 2
    shown = console.file.getvalue()
    assert "122 Criticize or denounce" in shown and "[bold]Russia[/]" in shown


def test_export_render_table_without_events():
    console = Console(file=io.StringIO(), width=100)
    assert render_table([(Article(id="a1", text=TEXT), ())], console) == 0
    assert "No events." in console.file.getvalue()
