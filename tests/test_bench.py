"""Tests of ``communique bench``: the commands on tiny inputs, and the scorers' helpers."""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from communique.bench import accuracy, corpus, speed
from communique.bench.guarded import GuardedCoder
from communique.cli import app
from communique.model import Actor, Article, Event, Evidence, Rejection

ROOT = Path(__file__).resolve().parents[1]
PUBLIC_GOLD = ROOT.parent / "shared" / "data" / "gold" / "plover_gsr.jsonl"
ARTICLES = ROOT / "tests" / "data" / "articles"
GOLD = [
    {"id": "t-1", "text": "Russian troops shelled the Ukrainian town of Avdiivka on Monday.",
     "event": "ASSAULT", "source": [{"code": "RUS", "sector": "MIL"}],
     "target": [{"code": "UKR", "sector": None}]},
    {"id": "t-2", "text": "Thousands of workers protested in Paris against the pension reform.",
     "event": "PROTEST", "source": [{"code": "FRA", "sector": "LAB"}], "target": []},
    {"id": "t-3", "text": "Japan and South Korea agreed to resume talks on Tuesday.",
     "event": "AGREE", "source": [{"code": "JPN"}], "target": [{"code": "KOR"}]},
]
STORIES = [
    {"text": "Police fired tear gas at protesters in Lagos on Saturday. Hundreds had marched "
             "against rising fuel prices.", "label": "PROTEST", "mode": ""},
    {"text": "The United States imposed sanctions on Iran's oil ministry on Friday.",
     "label": "SANCTION", "mode": ""},
]


def bench(*args: str):
    return CliRunner().invoke(app, ["bench", *args])


@pytest.fixture
def gold_file(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in GOLD), encoding="utf-8")
    return path


@pytest.fixture
def corpus_file(tmp_path):
    path = tmp_path / "stories.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["text", "label", "mode"])
        writer.writeheader()
        writer.writerows(STORIES)
    return path


@pytest.mark.model
def test_bench_accuracy_gold_prints_figures(gold_file, tmp_path):
    misses, figures = tmp_path / "misses.jsonl", tmp_path / "figures.json"
    result = bench("accuracy", "--gold", str(gold_file), "--misses", str(misses),
                   "--json", str(figures))
    assert result.exit_code == 0, result.output
    for heading in ("gold records (all): 3", "event type", "type+source", "type+target",
                    "recall", "prec", "F1", "confusion table"):
        assert heading in result.stdout
    data = json.loads(figures.read_text(encoding="utf-8"))
    assert data["records"] == 3 and 0.0 <= data["type"] <= 1.0
    assert set(data["categories"]) == {"ASSAULT", "PROTEST", "AGREE"}
    for line in misses.read_text(encoding="utf-8").splitlines():
        assert json.loads(line)["text"] in {r["text"] for r in GOLD}


@pytest.mark.model
def test_bench_accuracy_article_directory(tmp_path):
    for name in ("putin_biden_summit.txt", "putin_biden_summit.expected.json"):
        shutil.copy(ARTICLES / name, tmp_path / name)
    figures = tmp_path / "figures.json"
    result = bench("accuracy", "--gold", str(tmp_path), "--json", str(figures))
    assert result.exit_code == 0, result.output
    assert "articles: 1" in result.stdout
    assert "recall" in result.stdout and "precision" in result.stdout
    assert "events from forbidden sentences" in result.stdout
    data = json.loads(figures.read_text(encoding="utf-8"))
    assert data["articles"] == 1 and data["expected"] > 0
    assert "misses: " in result.stdout and "unexpected events: " in result.stdout
    assert sum(data["why_missed"].values()) == data["expected"] - data["found"]
    assert sum(data["why_extra"].values()) == data["coded"] - data["correct"]
    assert sum(data["missed_roots"].values()) == data["expected"] - data["found"]
    assert sum(data["extra_roots"].values()) == data["coded"] - data["correct"]
    assert "missed by CAMEO root: " in result.stdout
    assert "missed:" in result.stdout and "not expected:" in result.stdout



@pytest.mark.model
def test_bench_accuracy_counts_misses_and_extras_by_cameo_root(tmp_path):
    """An expected visit that an expulsion never gives is a miss of root 04, and the
    expulsion coded beside it an unexpected event of root 16."""
    sentence = "Lithuania expelled two Russian diplomats on Tuesday, the foreign ministry said."
    (tmp_path / "expel.txt").write_text(
        "Lithuania expels Russian diplomats\n\n" + sentence + "\n\nAdvertisement\n",
        encoding="utf-8")
    (tmp_path / "expel.expected.json").write_text(json.dumps({
        "date": "2024-06-06", "forbidden": [], "expected": [{
            "sentence": sentence, "cameo": "042", "source": "LTU", "target": "RUS",
            "modality": "asserted", "date": "2024-06-04"}]}), encoding="utf-8")
    figures = tmp_path / "figures.json"
    result = bench("accuracy", "--gold", str(tmp_path), "--summary", "--json", str(figures))
    assert result.exit_code == 0, result.output
    data = json.loads(figures.read_text(encoding="utf-8"))
    assert data["missed_roots"] == {"04": 1}
    assert data["extra_roots"].get("16", 0) >= 1
    assert "missed by CAMEO root: 04 1" in result.stdout
    assert "unexpected by CAMEO root: " in result.stdout and "16 " in result.stdout

@pytest.mark.model
def test_bench_accuracy_summary_prints_no_sentences(tmp_path):
    """A held-out set is scored without printing its sentences, so it stays unread."""
    for name in ("putin_biden_summit.txt", "putin_biden_summit.expected.json"):
        shutil.copy(ARTICLES / name, tmp_path / name)
    result = bench("accuracy", "--gold", str(tmp_path), "--summary")
    assert result.exit_code == 0, result.output
    assert "recall" in result.stdout and "unexpected events: " in result.stdout
    assert "missed:" not in result.stdout and "not expected:" not in result.stdout
    assert "Putin" not in result.stdout


@pytest.mark.model
def test_bench_speed_prints_rates_and_ratio(corpus_file, tmp_path):
    figures = tmp_path / "speed.json"
    result = bench("speed", "--corpus", str(corpus_file), "--n", "2", "--repeat", "1",
                   "--json", str(figures))
    assert result.exit_code == 0, result.output
    for heading in ("spaCy alone", "communique", "articles/s", "sentences/s", "tokens/s",
                    "parse", "actors", "events+dates+places", "ratio", "peak RSS"):
        assert heading in result.stdout
    data = json.loads(figures.read_text(encoding="utf-8"))
    assert data["stories"] == 2 and data["ratio"] > 0 and data["peak_rss_mb"] > 0
    assert data["communique"]["stages_s"]["parse"] > 0


@pytest.mark.model
def test_bench_scale_runs_the_command_and_reports_ratios(corpus_file, tmp_path):
    figures = tmp_path / "scale.json"
    result = bench("scale", "--corpus", str(corpus_file), "--n", "3", "--sizes", "2",
                   "--no-ray", "--json", str(figures))
    assert result.exit_code == 0, result.output
    for heading in ("local, 1 worker", "local, 2 workers", "2 articles", "speed-up",
                    "writer", "articles/day"):
        assert heading in result.stdout
    data = json.loads(figures.read_text(encoding="utf-8"))
    assert [run["articles"] for run in data["workers"]] == [3, 3]
    assert all(run["peak_rss_mb"] > 100 for run in data["workers"])  # a loaded model
    assert data["speedup_2_workers"] > 0 and data["ray"] is None


def test_bench_scale_sums_the_memory_of_a_process_tree():
    from communique.bench.scale import tree_rss

    alone = tree_rss(os.getpid())
    child = subprocess.Popen([sys.executable, "-c",
                              "import time; x = b'x' * 50_000_000; time.sleep(5)"])
    try:
        deadline = time.monotonic() + 5
        while tree_rss(os.getpid()) < alone + 40_000_000 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert tree_rss(os.getpid()) >= alone + 40_000_000  # the child's 50 MB count
    finally:
        child.kill()
        child.wait()


@pytest.mark.model
def test_bench_corpus_prints_document_share(corpus_file, tmp_path):
    figures = tmp_path / "corpus.json"
    result = bench("corpus", "--corpus", str(corpus_file), "--json", str(figures))
    assert result.exit_code == 0, result.output
    assert "document level: 2 labelled stories" in result.stdout
    assert "label among coded categories" in result.stdout
    data = json.loads(figures.read_text(encoding="utf-8"))
    assert data["stories"] == 2 and set(data["categories"]) == {"PROTEST", "SANCTION"}


@pytest.mark.model
def test_bench_corpus_split_scores_one_half_each(corpus_file):
    halves = {}
    for split in ("tune", "holdout"):
        result = bench("corpus", "--corpus", str(corpus_file), "--split", split)
        assert result.exit_code == 0, result.output
        assert f"({split} half)" in result.stdout
        assert "document level: 1 labelled stories" in result.stdout
        halves[split] = [line.split()[0] for line in result.stdout.splitlines()
                         if line.split() and line.split()[0] in ("PROTEST", "SANCTION")]
    assert sorted(halves["tune"] + halves["holdout"]) == ["PROTEST", "SANCTION"]


@pytest.mark.parametrize("args", [
    ("accuracy", "--gold", "missing.jsonl"),
    ("speed", "--corpus", "missing.csv"),
    ("corpus", "--corpus", "missing.csv"),
])
def test_bench_missing_file_exits_2(args, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = bench(*args)
    assert result.exit_code == 2
    assert result.stderr.strip() == f"error: {args[1]} {args[2]}: no such file or directory"


def test_bench_bad_gold_line_exits_2(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(GOLD[0]) + "\n" + '{"id": "x", "text": "no event"}\n',
                    encoding="utf-8")
    result = bench("accuracy", "--gold", str(path))
    assert result.exit_code == 2
    assert f"{path}:2: gold record lacks event, source, target" in result.stderr


def test_bench_split_of_is_stable():
    assert [accuracy.split_of(i) for i in ("PLOVER-GSR01-AGREE-0001", "a", "b")] == [
        "tune", "holdout", "holdout"]
    assert accuracy.split_of("t-1") == accuracy.split_of("t-1")


def test_bench_split_of_halves_the_public_gold():
    if not PUBLIC_GOLD.exists():
        pytest.skip(f"{PUBLIC_GOLD} is not here")
    records = list(accuracy.read_gold(PUBLIC_GOLD))
    halves = Counter(accuracy.split_of(r["id"]) for r in records)
    assert set(halves) == {"tune", "holdout"}
    assert abs(halves["tune"] - halves["holdout"]) <= 0.1 * len(records)
    tune = accuracy.load_gold(PUBLIC_GOLD, "tune")
    assert len(tune) == halves["tune"] and all(accuracy.split_of(r["id"]) == "tune"
                                               for r in tune)


def _event(article_id: str, plover: str, cameo: str = "190") -> Event:
    return Event(event_id=f"{article_id}-{cameo}", article_id=article_id,
                 date=dt.date(2024, 1, 1), date_precision="day",
                 source=Actor(text="Russia", code="RUS"), target=Actor(text="Ukraine", code="UKR"),
                 cameo=cameo, cameo_name="x", plover=plover, quad_class=4, goldstein=-10.0,
                 modality="asserted", location=None,
                 evidence=Evidence(sentence="Russia attacked Ukraine.", start=0, end=24))


def test_bench_confusion_table_and_figures():
    report = accuracy.Report()
    report.add(GOLD[0], [_event("t-1", "ASSAULT")])
    report.add(GOLD[1], [_event("t-2", "ASSAULT")])
    report.add(GOLD[2], [])
    table = accuracy.format_confusion(report).splitlines()
    assert table[1].split() == ["AGRE", "ASSA", "PROT", "none"]
    assert table[3].split() == ["ASSAULT", ".", "1", ".", "."]
    assert table[4].split() == ["PROTEST", ".", "1", ".", "."]
    figures = accuracy.report_figures(report, "all")
    assert figures["type"] == round(1 / 3, 4)
    assert figures["categories"]["ASSAULT"]["precision"] == 0.5
    assert ["PROTEST", "ASSAULT", 1] in figures["confusion"]


class _CrashingCoder:
    def code_batch(self, articles):
        if any("BOOM" in a.text for a in articles):
            raise AttributeError("boom")
        return [(a, ()) for a in articles]


def test_bench_guarded_coder_keeps_the_rest_of_a_crashed_batch():
    articles = [Article(id=i, text=t) for i, t in (("a", "fine"), ("b", "BOOM"), ("c", "ok"))]
    guarded = GuardedCoder(_CrashingCoder())
    results = guarded.code_batch(articles)
    assert [r[0].id for r in results if isinstance(r, tuple)] == ["a", "c"]
    assert isinstance(results[1], Rejection) and results[1].reason.startswith("crashed:")
    assert [r.article_id for r in guarded.crashed] == ["b"]


def test_bench_read_corpus_takes_the_first_n(corpus_file):
    stories = corpus.read_corpus(corpus_file, 1)
    assert [(s.label, s.mode) for s in stories] == [("PROTEST", None)]
    assert len(corpus.read_corpus(corpus_file)) == 2


def test_bench_timed_stages_restore_the_coder():
    class Stage:
        def parse(self, texts):
            return [()]

        code_article = code_sentence = resolve = locate = parse

    class FakeCoder:
        parser, actors, events, dates, places = Stage(), Stage(), Stage(), Stage(), Stage()

    coder, stages, counts = FakeCoder(), {}, {"sentences": 0, "tokens": 0}
    originals = (coder.parser, coder.actors)
    with speed.timed_stages(coder, stages, counts):
        assert coder.parser.parse(["x"]) == [()]
        assert coder.actors is not originals[1]
    assert (coder.parser, coder.actors) == originals
    assert set(stages) == {"parse", "actors", "events", "dates", "places"}
    assert stages["parse"] > 0


def test_bench_gold_misspelt_country_codes_are_read_as_iso():
    record = {"id": "t-9", "text": "Japan protested.", "event": "ASSAULT",
              "source": [{"code": "JAP"}], "target": [{"code": "UKR"}]}
    japan = Actor(text="Japan", code="JPNGOV")
    report = accuracy.Report()
    report.add(record, [replace(_event("t-9", "ASSAULT"), source=japan)])
    assert report.overall.source_ok == 1
