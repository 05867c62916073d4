"""Exports (GDELT read back column by column, PLOVER records checked), the Python API
against the command line, and ``communique stats``."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import communique
from communique.cli import app
from communique.exports import GDELT_COLUMNS
from test_web_api import TEXT, build_store

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "putin_biden_summit.txt"
PLOVER_2021 = {"AGREE", "ASSAULT", "AID", "COERCE", "CONSULT", "COOPERATE", "DEMAND",
               "DISAPPROVE", "MOBILIZE", "PROTEST", "REJECT", "RETREAT", "SANCTION",
               "SUPPORT", "THREATEN", "ACCUSE", "CONCEDE"}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("exports") / "events.duckdb"
    build_store(path)
    return path


def export(store, tmp_path, *args):
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["export", "--db", str(store), "--out", str(out), *args])
    assert result.exit_code == 0, result.output
    return out


def test_export_gdelt_columns_are_gdelt_2s(store, tmp_path):
    if (SHARED / "cameo" / "GDELT2_EVENT_COLUMNS.txt").exists():
        listed = [line.strip() for line in
                  (SHARED / "cameo" / "GDELT2_EVENT_COLUMNS.txt").read_text().splitlines()
                  if line.strip() and not line.startswith("#")]
        assert list(GDELT_COLUMNS) == listed
    assert len(GDELT_COLUMNS) == 61


def test_export_gdelt_read_back_column_by_column(store, tmp_path):
    out = export(store, tmp_path, "--format", "gdelt")
    lines = out.read_text(encoding="utf-8").splitlines()
    rows = [dict(zip(GDELT_COLUMNS, line.split("\t"))) for line in lines]
    assert len(rows) == 4 and all(len(line.split("\t")) == 61 for line in lines)
    first = rows[0]  # the oldest: Russia criticised NATO in Poland on 4 March 2024
    assert int(first["GlobalEventID"]) > 0
    assert (first["Day"], first["MonthYear"], first["Year"]) == ("20240304", "202403", "2024")
    assert first["FractionDate"] == "2024.2575"  # GDELT: year + (month * 30 + day) / 365
    assert (first["Actor1Code"], first["Actor1Name"], first["Actor1CountryCode"]) == (
        "RUS", "RUSSIA", "RUS")
    assert (first["Actor2Code"], first["Actor2KnownGroupCode"], first["Actor2Type1Code"]) == (
        "IGOWSTNAT", "NAT", "IGO")
    assert (first["EventCode"], first["EventBaseCode"], first["EventRootCode"]) == (
        "122", "122", "12")
    assert (first["QuadClass"], first["GoldsteinScale"], first["IsRootEvent"]) == (
        "3", "-2.0", "1")
    assert (first["NumMentions"], first["NumSources"], first["NumArticles"]) == ("1", "1", "1")
    assert (first["ActionGeo_Type"], first["ActionGeo_FullName"],
            first["ActionGeo_CountryCode"]) == ("1", "Poland", "POL")
    assert (first["ActionGeo_Lat"], first["ActionGeo_Long"]) == ("52.0", "19.0")
    assert len(first["DATEADDED"]) == 14 and first["SOURCEURL"] == "a1"
    assert first["AvgTone"] == "" and first["Actor1Geo_Type"] == "0"
    assert [r["IsRootEvent"] for r in rows] == ["1", "0", "0", "0"]  # later sentences


def test_export_plover_records(store, tmp_path):
    out = export(store, tmp_path, "--format", "plover", "--actor", "RUSGOV")
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["date"] for r in records] == ["2024-03-04", "2024-04-02"]
    narrowed = export(store, tmp_path, "--format", "plover", "--modality", "planned",
                      "--q", "geneva", "--start", "2024-04-01")
    assert [json.loads(line)["id"] for line in narrowed.read_text().splitlines()] == ["e3"]
    for record in records:
        assert record["event"] in PLOVER_2021 and record["event"] == "CONSULT"
        assert record["modality"] == "planned"
        assert {record["actor"]["code"], record["recipient"]["code"]} == {"RUSGOV", "USAGOV"}
        assert record["text"] in TEXT


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_export_event_records_with_filters(store, tmp_path, fmt):
    out = export(store, tmp_path, "--format", fmt, "--start", "2024-04-01")
    if fmt == "jsonl":
        ids = [json.loads(line)["event_id"] for line in out.read_text().splitlines()]
    elif fmt == "csv":
        ids = [row["event_id"] for row in csv.DictReader(out.open(encoding="utf-8"))]
    else:
        pq = pytest.importorskip("pyarrow.parquet")
        ids = pq.read_table(out).column("event_id").to_pylist()
    assert ids == ["e3", "e4"]


def test_export_bad_filter_is_a_usage_error(store, tmp_path):
    result = CliRunner().invoke(app, ["export", "--db", str(store), "--format", "csv",
                                      "--out", str(tmp_path / "x"), "--start", "2024-02-30"])
    assert result.exit_code == 2 and "not a date" in result.output


def test_python_api_reads_a_store_as_data_frames(store):
    with communique.open(str(store)) as opened:
        frame = opened.events(actor="rus", start="2024-04-01")
        assert list(frame["event_id"]) == ["e4", "e3"]
        assert frame.loc[0, "cameo"] == "195" and frame.loc[0, "goldstein"] == -10.0
        polars = pytest.importorskip("polars")
        table = opened.to_polars(cameo="03")
        assert isinstance(table, polars.DataFrame) and table["event_id"].to_list() == ["e3",
                                                                                       "e2"]


@pytest.mark.model
def test_python_api_codes_what_the_command_line_codes():
    cli = CliRunner().invoke(app, ["code", str(EXAMPLE), "--date", "2021-06-14",
                                   "--format", "jsonl", "--no-dedup"])
    from_cli = [json.loads(line) for line in cli.stdout.splitlines()]
    text = EXAMPLE.read_text(encoding="utf-8")
    by_text = communique.code_text(text, date="2021-06-14")
    by_path = [e for e in communique.code(str(EXAMPLE), date="2021-06-14")]
    key = lambda e: (e.source and e.source.code, e.cameo, e.target and e.target.code,  # noqa
                     e.date.isoformat())
    cli_keys = sorted((r["source"] and r["source"]["code"], r["cameo"],
                       r["target"] and r["target"]["code"], r["date"]) for r in from_cli)
    assert sorted(map(key, by_path)) == cli_keys
    assert sorted(map(key, by_text)) == cli_keys
    assert ("RUSGOV", "036", "USAGOV", "2021-06-16") in cli_keys  # the Geneva summit


def test_stats_dyad_table_and_plot(store, tmp_path):
    plot = tmp_path / "dyad.png"
    result = CliRunner().invoke(app, ["stats", "--db", str(store), "--dyad", "USA", "RUS",
                                      "--by", "month", "--plot", str(plot)])
    assert result.exit_code == 0, result.output
    assert "2024-03-01" in result.stdout and "2024-04-01" in result.stdout
    assert plot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and plot.stat().st_size > 5000


def test_stats_top_dyads(store):
    result = CliRunner().invoke(app, ["stats", "--db", str(store), "--top", "dyads",
                                      "--limit", "2"])
    assert result.exit_code == 0, result.output
    assert "RUS" in result.stdout and "IGOWSTNAT" in result.stdout
    bad = CliRunner().invoke(app, ["stats", "--db", str(store)])
    assert bad.exit_code == 2
