"""Tests of communique.ingest.tables: CSV/TSV rows to Articles, bad rows named by line, and
an unterminated quote that does not swallow the rows after it."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
from typer.testing import CliRunner

from communique.cli import app
from communique.errors import ConfigError
from communique.ingest import Columns, read_inputs
from communique.ingest.tables import in_quotes
from communique.model import Article, Rejection

STORIES = Path(__file__).parent / "data" / "tables" / "stories.csv"
DAY = dt.date(2024, 5, 6)


def read(*paths, columns=None, max_chars=1_000_000):
    return list(read_inputs([str(p) for p in paths], default_date=DAY, outlet="Flag",
                            max_chars=max_chars, columns=columns))


def test_ingest_csv_rows_and_bad_rows_by_line():
    s1, s2, s3, s4, s5, s6 = read(STORIES)
    assert s1.text == ("Russia on Monday condemned NATO exercises in the Baltic Sea.\n\n"
                       'Moscow called the drills "a provocation".')
    assert (s1.id, s1.title, s1.date, s1.outlet, s1.url, s1.origin) == (
        "s1", "Russia condemns NATO drills", dt.date(2021, 6, 14), "Global Wire",
        "https://www.globalwire.example/1", f"{STORIES}:2")
    assert (s2.origin, s2.reason, s2.article_id) == (
        f"{STORIES}:5", "no text (column 'text' is empty)", "s2")
    assert (s3.origin, s3.reason) == (
        f"{STORIES}:6", "column 'date': '14/06/2021' is not YYYY-MM-DD or an ISO datetime")
    assert (s4.origin, s4.reason) == (
        f"{STORIES}:7", "unterminated quote: the quoted field opened on line 7 runs to line 9 "
        "and gives 7 fields, not 6; the lines after it were read as rows of their own")
    assert [(a.id, a.origin) for a in (s5, s6)] == [("s5", f"{STORIES}:8"),
                                                    ("s6", f"{STORIES}:9")]


def test_ingest_csv_python_csv_alone_would_swallow_the_rows():
    rows = list(csv.reader(io.StringIO(STORIES.read_text(encoding="utf-8"))))
    assert [row[0] for row in rows] == ["id", "s1", "s2", "s3", "s4"]  # s5, s6 swallowed


def test_ingest_csv_quote_open_at_end_of_file_named_and_rest_read(tmp_path):
    (tmp_path / "tail.csv").write_text('id,text\nt1,"Russia condemned NATO.\n'
                                       "t2,Iran criticised Israel.\nt3,China warned Japan.\n")
    t1, t2, t3 = read(tmp_path / "tail.csv")
    assert t1.origin.endswith("tail.csv:2") and t1.reason == (
        "unterminated quote: the quoted field opened on line 2 never closes; the lines "
        "after it were read as rows of their own")
    assert [(a.id, a.text, a.origin[-5:]) for a in (t2, t3)] == [
        ("t2", "Iran criticised Israel.", "csv:3"), ("t3", "China warned Japan.", "csv:4")]


def test_ingest_csv_runaway_quote_bounded_by_the_byte_limit(tmp_path):
    lines = ['id,text', 'r1,"Runaway quote'] + [f"r{i},more text {'x' * 500}" for i in
                                                 range(2, 200)]
    (tmp_path / "runaway.csv").write_text("\n".join(lines) + '\nlast,"closes"""\nr9,After.\n')
    runaway, after = read(tmp_path / "runaway.csv", max_chars=1000)
    assert runaway.origin.endswith("runaway.csv:2")
    assert runaway.reason == ("row is longer than the limit of 71,536 bytes (a quote that "
                              "never closes?): lines 2 to 201 skipped")
    assert (after.id, after.origin[-6:]) == ("r9", "sv:202")


def test_ingest_csv_overlong_line_and_text(tmp_path):
    (tmp_path / "long.csv").write_text("id,text\nbig," + "x" * 80_000 + "\nlong," +
                                       "word " * 30 + "\nok,Fine.\n")
    big, long, ok = read(tmp_path / "long.csv", max_chars=100)
    assert big.reason == "row is more than 80,005 bytes, longer than the limit of 66,136 " \
                         "(max_chars)"
    assert long.reason == "text is 150 characters, more than max_chars (100)"
    assert ok.text == "Fine."


def test_ingest_tsv_with_column_options(tmp_path):
    (tmp_path / "export.tsv").write_text(
        "story_id\theadline\tpublished\tbody\nk1\tTalks\t2022-01-10T08:00:00Z\tTurkey and "
        "Greece agreed to resume talks.\nk2\tOops\tsoon\tJapan protested.\n\t\t\t\n",
        encoding="utf-8")
    columns = Columns(text="body", title="headline", date="published", id="story_id")
    k1, k2 = read(tmp_path / "export.tsv", columns=columns)
    assert (k1.id, k1.title, k1.date, k1.outlet) == ("k1", "Talks", dt.date(2022, 1, 10), "Flag")
    assert k2.reason == "column 'published': 'soon' is not YYYY-MM-DD or an ISO datetime"


def test_ingest_csv_ids_without_id_column(tmp_path):
    (tmp_path / "a.csv").write_text("text,url\nRussia condemned NATO.,https://X.example/a#x\n"
                                    "Iran met Iraq.,\n")
    with_url, without = read(tmp_path / "a.csv")
    assert with_url.id.startswith("url-") and without.id.startswith("csv-")
    assert read(tmp_path / "a.csv")[1].id == without.id  # stable across runs


def test_ingest_csv_missing_column_is_a_usage_error(tmp_path):
    (tmp_path / "a.csv").write_text("headline,body\nTalks,Turkey and Greece met.\n")
    with pytest.raises(ConfigError, match=r"a.csv: no column 'text' \(columns: 'headline', "
                                          r"'body'\); choose one with --text-col"):
        read(tmp_path / "a.csv")
    with pytest.raises(ConfigError, match="choose one with --date-col"):
        read(tmp_path / "a.csv", columns=Columns(text="body", date="when"))


def test_ingest_csv_encoding_problems(tmp_path):
    (tmp_path / "u16.csv").write_bytes("id,text\n1,x\n".encode("utf-16"))
    (tmp_path / "mixed.csv").write_bytes(b"id,text\n1,caf\xe9\n2,Fine.\n")
    u16, bad, fine = read(tmp_path / "u16.csv", tmp_path / "mixed.csv")
    assert u16.reason == "CSV must be UTF-8, not UTF-16; re-encode it"
    assert bad.reason == "not valid UTF-8 (line 2, byte 6)" and fine.text == "Fine."


@pytest.mark.parametrize(("line", "quoted", "expected"), [
    ('a,b,c', False, False), ('a,"b', False, True), ('a,"b""', False, True),
    ('a,"b"""', False, False), ('a,b"c', False, False), ('x",y', True, False),
    ('x"",y', True, True), ('"', False, True), ('""', False, False),
])
def test_ingest_csv_quote_tracking_agrees_with_csv(line, quoted, expected):
    assert in_quotes(line, quoted, ",") is expected


def test_cli_csv_missing_column_exits_2_before_coding(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "a.csv").write_text("headline,body\nTalks,Turkey met Greece.\n")
    result = CliRunner().invoke(app, ["code", "corpus"])
    assert result.exit_code == 2 and result.stdout == ""
    message = " ".join(result.stderr.replace("│", " ").split())
    assert "corpus/a.csv: no column 'text' (columns: 'headline', 'body')" in message
    assert isinstance(read(STORIES)[0], Article) and isinstance(read(STORIES)[1], Rejection)
