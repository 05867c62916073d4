"""Tests of the ``communique`` command line, with a fake coder in place of the pipeline."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import subprocess
import sys
import types

import pytest
from typer.testing import CliRunner

import communique
from communique.cli import app, main
from communique.errors import ModelError
from communique.export import CSV_COLUMNS
from communique.model import Actor, Article, Event, Evidence, Place, Rejection
from communique.store import Store

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01"
CONTRACT = [
    "event_id", "article_id", "date", "date_precision", "source", "target", "cameo",
    "cameo_name", "plover", "quad_class", "goldstein", "modality", "location", "evidence",
    "quote", "mentions", "confidence", "story_id", "num_articles", "num_sources",
]


def fake_event(article: Article) -> Event:
    """One realistic event on the article's first sentence."""
    end = article.text.find(".") + 1 or len(article.text)
    return Event(
        event_id=hashlib.sha256(article.id.encode()).hexdigest()[:20], article_id=article.id,
        date=article.date or dt.date(2024, 1, 1), date_precision="day",
        source=Actor(text="Russia", code="RUS", country="RUS"),
        target=Actor(text="NATO", code="IGOWSTNAT", sector="IGO"), cameo="122",
        cameo_name="Criticize or denounce", plover="DISAPPROVE", quad_class=3, goldstein=-2.0,
        modality="asserted", location=Place(name="Warsaw", country="POL", lat=52.2, lon=21.0),
        evidence=Evidence(sentence=article.text[:end], start=0, end=end), confidence=0.8,
    )


def fake_code_articles(items, settings):
    """Same contract as pipeline.code_articles: rejections pass, failures become Rejections."""
    for item in items:
        if not isinstance(item, Article):
            yield item
        elif "BOOM" in item.text:
            yield Rejection(origin=item.origin, reason="cannot be coded: boom",
                            article_id=item.id, stage="code")
        else:
            yield item, (fake_event(item),)


@pytest.fixture
def coder(monkeypatch):
    """Install a fake ``communique.pipeline`` whose code_articles tests may replace."""
    module = types.ModuleType("communique.pipeline")
    module.code_articles = fake_code_articles
    monkeypatch.setitem(sys.modules, "communique.pipeline", module)
    monkeypatch.setattr(communique, "pipeline", module, raising=False)
    return module


@pytest.fixture
def run(coder, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()

    def invoke(*args: str, input: str | bytes | None = None):
        return runner.invoke(app, ["code", *args], input=input)

    return invoke


def write_jsonl(path, records) -> None:
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in records)
                    + "\n", encoding="utf-8")


@pytest.fixture
def corpus(tmp_path):
    write_jsonl(tmp_path / "f.jsonl", [
        {"id": "a1", "text": "Russia condemned NATO. More text.", "date": "2024-03-04"},
        {"id": "a2", "text": "Russia criticised NATO again."},
        '{"id": "a3", "text": ',
        {"id": "a4", "text": "Russia denounced NATO.", "outlet": "Wire"},
        {"id": "a5", "title": "no text"},
        {"id": "a6", "text": "Russia blamed NATO."},
    ])
    return "f.jsonl"


def stderr_lines(result) -> list[str]:
    return result.stderr.splitlines()


def test_cli_jsonl_bad_lines_rejected_rest_coded(run, corpus):
    result = run(corpus)
    assert result.exit_code == 1
    assert stderr_lines(result) == [
        "f.jsonl:3: not valid JSON: Expecting value (column 22)",
        "f.jsonl:5: missing field 'text'",
        "read 6, coded 4, rejected 2, events 4",
    ]
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["article_id"] for r in records] == ["a1", "a2", "a4", "a6"]
    assert records[0]["date"] == "2024-03-04"


def test_cli_jsonl_fields_in_contract_order(run, corpus):
    record = json.loads(run(corpus, "--date", "2023-12-31").stdout.splitlines()[1])
    assert list(record) == CONTRACT
    assert record["date"] == "2023-12-31"
    assert record["evidence"] == {"sentence": "Russia criticised NATO again.", "start": 0,
                                  "end": 29, "word_start": None, "word_end": None}


def test_cli_all_coded_exits_zero(run, tmp_path):
    (tmp_path / "story.txt").write_text("Russia condemns NATO\nRussia condemned NATO.\n")
    result = run("story.txt", "--format", "jsonl")
    assert result.exit_code == 0
    assert stderr_lines(result) == ["read 1, coded 1, rejected 0, events 1"]


def test_cli_binary_file_rejected(run, tmp_path):
    (tmp_path / "image.txt").write_bytes(PNG)
    (tmp_path / "ok.txt").write_text("Russia condemned NATO.")
    result = run("image.txt", "ok.txt")
    assert result.exit_code == 1
    assert stderr_lines(result)[0] == "image.txt: binary file (PNG image)"
    assert len(result.stdout.splitlines()) == 1


def test_cli_encodings(run, tmp_path):
    (tmp_path / "u16.txt").write_bytes("Russia condemned NATO in Genève.".encode("utf-16"))
    (tmp_path / "l1.txt").write_bytes("Russia condemned NATO in Genève.".encode("latin-1"))
    (tmp_path / "bad.txt").write_bytes(bytes([0x81, 0x02, 0x9D]) * 10)
    result = run("u16.txt", "l1.txt", "bad.txt")
    assert result.exit_code == 1
    evidence = [json.loads(line)["evidence"]["sentence"] for line in result.stdout.splitlines()]
    assert evidence == ["Russia condemned NATO in Genève."] * 2
    assert "WARNING: l1.txt: not UTF-8; decoded as cp1252 (Latin-1)" in stderr_lines(result)
    assert any(line.startswith("bad.txt: not UTF-8") for line in stderr_lines(result))


def test_cli_huge_line_rejected_and_next_line_coded(run, tmp_path):
    with open(tmp_path / "big.jsonl", "wb") as fh:
        fh.write(b'{"id": "big", "text": "' + b"x" * (15 * 1024 * 1024) + b'"}\n')
        fh.write(b'{"id": "after", "text": "Russia condemned NATO."}\n')
    result = run("big.jsonl")
    assert result.exit_code == 1
    assert stderr_lines(result)[0].startswith("big.jsonl:1: line is 15,728,666 bytes")
    assert json.loads(result.stdout)["article_id"] == "after"


def test_cli_directory_walked(run, tmp_path):
    (tmp_path / "corpus" / "sub").mkdir(parents=True)
    (tmp_path / "corpus" / "a.txt").write_text("Russia condemned NATO.")
    write_jsonl(tmp_path / "corpus" / "sub" / "b.jsonl", [{"id": "b1", "text": "Russia."}])
    (tmp_path / "corpus" / "sub" / "c.md").write_text("skipped")
    result = run("corpus")
    assert result.exit_code == 0
    assert stderr_lines(result)[-1] == "read 2, coded 2, rejected 0, events 2"


def test_cli_stdin_text_and_jsonl(run):
    text = run("-", input="Russia condemns NATO\nRussia condemned NATO on Monday.\n")
    assert text.exit_code == 0
    assert json.loads(text.stdout)["article_id"].startswith("txt-")
    lines = '{"id": "s1", "text": "Russia condemned NATO."}\nnot json\n'
    result = run("-", "--outlet", "Wire", input=lines)
    assert result.exit_code == 1
    assert stderr_lines(result)[0].startswith("<stdin>:2: not valid JSON")
    assert json.loads(result.stdout)["article_id"] == "s1"


def test_cli_coding_failure_is_a_rejection(run, tmp_path):
    write_jsonl(tmp_path / "g.jsonl", [{"id": "x", "text": "BOOM."}, {"id": "y", "text": "Ok."}])
    result = run("g.jsonl")
    assert result.exit_code == 1
    assert stderr_lines(result)[0] == "g.jsonl:1: cannot be coded: boom"


@pytest.mark.parametrize("args", [
    ["f.jsonl", "--date", "2024-13-01"],
    ["f.jsonl", "--date", "yesterday"],
    ["missing.txt"],
    ["notes.md"],
    ["f.jsonl", "--format", "xml"],
    ["f.jsonl", "--bogus"],
    ["-", "-"],
    [],
    ["f.jsonl", "--format", "parquet"],  # a dataset needs --out DIR
    ["f.jsonl", "--address", "auto"],  # only with --engine ray
    ["-", "--engine", "ray"],  # Ray reads files
    ["f.jsonl", "--workers", "-1"],
])
def test_cli_usage_errors_exit_2(run, corpus, tmp_path, args):
    (tmp_path / "notes.md").write_text("x")
    result = run(*args)
    assert result.exit_code == 2
    assert "Traceback" not in result.output and result.stdout == ""


def test_cli_bad_date_message(run, corpus):
    result = run(corpus, "--date", "2024-02-30")
    assert result.exit_code == 2
    assert "'2024-02-30' is not a date in YYYY-MM-DD form" in result.stderr


def test_cli_db_run_twice_is_idempotent(run, corpus, tmp_path):
    first = run(corpus, "--db", "c.duckdb")
    with Store("c.duckdb", read_only=True) as store:
        counts = store.counts()
    second = run(corpus, "--db", "c.duckdb")
    assert first.exit_code == second.exit_code == 1
    with Store("c.duckdb", read_only=True) as store:
        again = store.counts()
        duplicates = store.fetchall(
            "SELECT event_id FROM events GROUP BY event_id HAVING count(*) > 1")
        orphans = store.fetchall("SELECT count(*) FROM events e LEFT JOIN articles a "
                                 "ON e.article_id = a.id WHERE a.id IS NULL")
    assert counts == {"articles": 4, "events": 4, "rejections": 2, "runs": 1}
    assert again == {**counts, "runs": 2}
    assert duplicates == [] and orphans == [(0,)]


def test_cli_db_second_run_skips_what_is_stored_unless_recode(run, corpus, tmp_path):
    run(corpus, "--db", "c.duckdb")
    again = run(corpus, "--db", "c.duckdb")
    assert again.stdout == ""
    assert stderr_lines(again)[-1] == ("read 6, coded 0, rejected 2, skipped 4 (done before), "
                                       "events 0")
    write_jsonl(tmp_path / "f.jsonl", [  # a2's text changed: coded again
        {"id": "a1", "text": "Russia condemned NATO. More text.", "date": "2024-03-04"},
        {"id": "a2", "text": "Russia criticised NATO once more."}])
    changed = run(corpus, "--db", "c.duckdb")
    assert [json.loads(line)["article_id"] for line in changed.stdout.splitlines()] == ["a2"]
    recoded = run(corpus, "--db", "c.duckdb", "--recode")
    assert stderr_lines(recoded)[-1] == "read 2, coded 2, rejected 0, events 2"
    with Store("c.duckdb", read_only=True) as store:
        assert store.counts()["events"] == 4


def test_cli_db_rejections_and_run_recorded(run, corpus):
    run(corpus, "--db", "c.duckdb", "--date", "2024-01-01")
    with Store("c.duckdb", read_only=True) as store:
        rejections = store.fetchall(
            "SELECT origin, reason, article_id, stage FROM rejections ORDER BY origin")
        runs = store.fetchall("SELECT read, coded, rejected, events, "
                              "settings->>'default_date' FROM runs")
    assert rejections == [
        ("f.jsonl:3", "not valid JSON: Expecting value (column 22)", None, "ingest"),
        ("f.jsonl:5", "missing field 'text'", "a5", "ingest"),
    ]
    assert runs == [(6, 4, 2, 4, "2024-01-01")]


def test_cli_db_locked_exits_2_with_message(run, corpus, tmp_path):
    path = tmp_path / "locked.duckdb"
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys; from communique.store import Store; "
         f"s = Store({str(path)!r}); print('ready', flush=True); sys.stdin.read()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        result = run(corpus, "--db", str(path))
    finally:
        holder.communicate("", timeout=30)
    assert result.exit_code == 2
    assert f"error: {path} is in use by another process" in result.stderr


def test_cli_model_error_exits_2_with_hint(run, corpus, coder):
    def missing_model(items, settings):
        raise ModelError(f"cannot load spaCy pipeline {settings.model!r}")
        yield  # pragma: no cover

    coder.code_articles = missing_model
    result = run(corpus, "--model", "xx_missing")
    assert result.exit_code == 2
    assert "error: cannot load spaCy pipeline 'xx_missing'" in result.stderr
    assert "pip install 'communique[model]'" in result.stderr


def test_cli_unexpected_error_no_traceback(run, corpus, coder):
    def broken(items, settings):
        raise ValueError("bug")
        yield  # pragma: no cover

    coder.code_articles = broken
    result = run(corpus)
    assert result.exit_code == 3
    assert "unexpected ValueError: bug" in result.stderr and "Traceback" not in result.output
    debug = run(corpus, "--debug")
    assert isinstance(debug.exception, ValueError)  # --debug lets the traceback through


def test_cli_csv_and_table_formats(run, corpus):
    rows = list(csv.DictReader(io.StringIO(run(corpus, "--format", "csv").stdout)))
    assert tuple(rows[0]) == CSV_COLUMNS and len(rows) == 4
    assert rows[0]["source_code"] == "RUS" and rows[0]["location_lat"] == "52.2"
    table = run(corpus, "--format", "table").stdout
    assert "122 Criticize or denounce" in table and "evidence" in table


def test_cli_out_file_format_from_suffix(run, corpus, tmp_path):
    assert run(corpus, "--out", "events.csv").stdout == ""
    header = (tmp_path / "events.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header == ",".join(CSV_COLUMNS)
    run(corpus, "--out", "events.jsonl")
    assert len((tmp_path / "events.jsonl").read_text(encoding="utf-8").splitlines()) == 4


def test_cli_app_has_subcommands(monkeypatch, capsys):
    result = CliRunner().invoke(app, ["--help"])
    assert result.exit_code == 0 and "code" in result.stdout
    monkeypatch.setattr(sys, "argv", ["communique", "code", "--help"])
    with pytest.raises(SystemExit) as info:
        main()
    assert info.value.code == 0 and "--format" in capsys.readouterr().out


def test_cli_lost_article_is_an_error(run, corpus, coder):
    def lossy(items, settings):
        yield from ((a, (fake_event(a),)) for a in items if isinstance(a, Article))

    coder.code_articles = lossy
    result = run(corpus)
    assert result.exit_code == 3
    assert "2 input(s) were read but neither coded nor rejected" in result.stderr
