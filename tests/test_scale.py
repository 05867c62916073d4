"""Scale: several processes, resumed runs after kill -9, the Parquet dataset, and Ray.

Each test runs the real ``communique code`` in a subprocess, on the sample
articles of tests/data/articles (the scraped-style stories), and compares what
it wrote with what one plain run writes.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

ARTICLES = Path(__file__).parent / "data" / "articles"
N = len(list(ARTICLES.glob("*.txt")))  # sample articles; each corpus copy holds them all
pytestmark = pytest.mark.model


def corpus(path: Path, copies: int = 1) -> Path:
    """The sample articles as JSONL, ``copies`` times over (ids a0-, a1- ...)."""
    texts = sorted(ARTICLES.glob("*.txt"))
    with path.open("w", encoding="utf-8") as fh:
        for copy in range(copies):
            for text in texts:
                fh.write(json.dumps({"id": f"a{copy}-{text.stem}", "date": "2021-06-14",
                                     "text": text.read_text(encoding="utf-8")}) + "\n")
    return path


def communique(*args: str, env: dict[str, str] | None = None, **kwargs) -> subprocess.Popen:
    environ = {**os.environ, "COMMUNIQUE_BATCH_SIZE": "4", **(env or {})}
    return subprocess.Popen([sys.executable, "-m", "communique", "code", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=environ, **kwargs)


def finished(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    process = communique(*args, env=env)
    out, err = process.communicate(timeout=600)
    return process.returncode, out, err


def event_rows(db: Path) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute("SELECT * FROM events ORDER BY event_id").fetchall()


def article_rows(db: Path) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute("SELECT id, story_id, content_hash, date FROM articles "
                           "ORDER BY id").fetchall()


def dataset_rows(out: Path) -> list[tuple]:
    glob = str(out / "month=*" / "*.parquet")
    return duckdb.sql(f"SELECT * FROM read_parquet('{glob}', hive_partitioning = true) "
                      "ORDER BY event_id").fetchall()


def kill_when(process: subprocess.Popen, ready, timeout: float = 300) -> None:
    """SIGKILL ``process`` as soon as ``ready()`` holds (it must not have ended by then)."""
    deadline = time.monotonic() + timeout
    while not ready():
        assert process.poll() is None, "the run ended before it could be killed"
        assert time.monotonic() < deadline, "the run made no progress"
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait()


def test_scale_two_workers_write_what_one_process_writes(tmp_path):
    source = corpus(tmp_path / "news.jsonl")
    one = finished(str(source), "--workers", "1", "--format", "jsonl")
    two = finished(str(source), "--workers", "2", "--format", "jsonl")
    assert one[0] == two[0] == 0, two[2]
    assert one[1] == two[1]
    events = [json.loads(line) for line in one[1].splitlines()]
    assert len({e["article_id"] for e in events}) >= 25  # most sample articles hold events


def test_scale_a_worker_that_dies_costs_only_its_article(tmp_path):
    source = corpus(tmp_path / "news.jsonl")
    status, out, err = finished(str(source), "--workers", "2", "--format", "jsonl",
                                env={"COMMUNIQUE_TEST_DIE_ON": "Pashinyan"})
    assert status == 1
    rejected = [line for line in err.splitlines() if "the coding process died" in line]
    assert len(rejected) == 1 and rejected[0].startswith(f"{source}:")
    coded = {json.loads(line)["article_id"] for line in out.splitlines()}
    assert "a0-armenia_france_howitzer_deal" not in coded
    assert len(coded) >= 25
    assert err.splitlines()[-1].startswith(f"read {N}, coded {N - 1}, rejected 1")


@pytest.mark.parametrize("workers", ["1", "2"])
def test_scale_killed_run_resumes_to_the_rows_of_one_clean_run(tmp_path, workers):
    source = corpus(tmp_path / "news.jsonl", copies=2)  # the copies share stories
    clean = tmp_path / "clean.duckdb"
    assert finished(str(source), "--db", str(clean), "--format", "jsonl")[0] == 0

    db = tmp_path / "killed.duckdb"
    run = communique(str(source), "--db", str(db), "--workers", workers, "--format", "jsonl",
                     "--dedup-window", "1")  # a story's events are written one article on
    lines = []
    kill_when(run, lambda: len(lines) >= 10 or lines.append(run.stdout.readline()))
    resumed = finished(str(source), "--db", str(db), "--workers", workers, "--format", "jsonl")
    assert resumed[0] == 0, resumed[2]
    summary = resumed[2].splitlines()[-1]
    skipped = int(summary.split("skipped ")[1].split()[0])
    assert 0 < skipped < 2 * N
    assert summary.startswith(
        f"read {2 * N}, coded {2 * N - skipped}, rejected 0, skipped {skipped}")
    assert event_rows(db) == event_rows(clean)
    assert article_rows(db) == article_rows(clean)
    again = finished(str(source), "--db", str(db), "--format", "jsonl")
    assert again[2].splitlines()[-1].startswith(
        f"read {2 * N}, coded 0, rejected 0, skipped {2 * N}")
    assert again[1] == "" and event_rows(db) == event_rows(clean)


def test_scale_parquet_dataset_by_month_survives_kill_9(tmp_path):
    source = corpus(tmp_path / "news.jsonl", copies=2)
    env = {"COMMUNIQUE_SHARD_SIZE": "8"}
    clean = tmp_path / "clean"
    assert finished(str(source), "--format", "parquet", "--out", str(clean), env=env)[0] == 0
    months = sorted(p.name for p in clean.glob("month=*"))
    assert "month=2021-06" in months and len(months) >= 3  # older events in their own months

    out = tmp_path / "killed"
    run = communique(str(source), "--format", "parquet", "--out", str(out), env=env)
    kill_when(run, lambda: len(list((out / "_articles").glob("*.parquet"))) >= 2)
    visible = list(out.rglob("*.parquet"))  # what a reader sees right after the kill
    duckdb.sql(f"SELECT count(*) FROM read_parquet({[str(p) for p in visible]})").fetchall()
    committed = {p.name for p in (out / "_articles").glob("*.parquet")}
    assert {p.name for p in visible} <= committed  # no event file of an unfinished shard
    resumed = finished(str(source), "--format", "parquet", "--out", str(out), env=env)
    assert resumed[0] == 0 and "skipped" in resumed[2].splitlines()[-1]
    assert not list(out.rglob("*.tmp"))
    assert dataset_rows(out) == dataset_rows(clean)


def test_scale_parquet_shard_left_uncommitted_is_rolled_back(tmp_path):
    from communique.parquet import ParquetDataset

    out = tmp_path / "events"
    (out / "month=2021-06").mkdir(parents=True)
    (out / "_articles").mkdir()
    orphan = out / "month=2021-06" / "part-0123.parquet.tmp"
    orphan.write_bytes(b"half a file")
    ParquetDataset(str(out))
    assert not orphan.exists()


def test_scale_workers_without_the_model_stop_with_its_message(tmp_path):
    source = corpus(tmp_path / "news.jsonl")
    status, out, err = finished(str(source), "--workers", "2", "--model", "no_such_model")
    assert status == 2 and out == ""
    assert "cannot load the spaCy pipeline 'no_such_model'" in err
    assert "Traceback" not in err
