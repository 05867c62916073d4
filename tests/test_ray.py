"""--engine ray: a local Ray with 2 workers codes what the local engine codes."""

from __future__ import annotations

import json

import pytest

from test_scale import ARTICLES, event_rows, finished

pytest.importorskip("ray")
pytestmark = pytest.mark.model


def test_ray_two_workers_write_what_the_local_engine_writes(tmp_path):
    local = finished(str(ARTICLES), "--workers", "1", "--format", "jsonl",
                     "--db", str(tmp_path / "local.duckdb"))
    flag = tmp_path / "flag"
    flag.mkdir()
    on_ray = finished(str(ARTICLES), "--engine", "ray", "--workers", "2", "--format", "jsonl",
                      "--db", str(tmp_path / "ray.duckdb"),
                      env={"COMMUNIQUE_TEST_DIE_ONCE": str(flag)})  # an actor dies once
    assert on_ray[0] == local[0] == 0, on_ray[2]
    assert (flag / "died").exists()
    assert on_ray[1] == local[1]  # the same events, in the same order
    assert len(on_ray[1].splitlines()) >= 40
    assert event_rows(tmp_path / "ray.duckdb") == event_rows(tmp_path / "local.duckdb")
    assert on_ray[2].splitlines()[-1] == local[2].splitlines()[-1]


def test_ray_reads_every_kind_and_names_bad_input(tmp_path):
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.jsonl").write_text(
        json.dumps({"id": "x1", "text": (ARTICLES / "boko_haram_borno_raid.txt").read_text()})
        + "\n{not json\n", encoding="utf-8")
    (news / "b.txt").write_text((ARTICLES / "bolivia_election_dispute.txt").read_text())
    status, out, err = finished(str(news), "--engine", "ray", "--workers", "2",
                                "--format", "jsonl", "--date", "2021-06-14")
    assert status == 1
    assert f"{news / 'a.jsonl'}:2: not valid JSON" in err
    assert {json.loads(line)["article_id"] for line in out.splitlines()} >= {"x1"}
    assert err.splitlines()[-1].startswith("read 3, coded 2, rejected 1")


def test_ray_reads_and_writes_uris(tmp_path):
    from test_scale import dataset_rows

    news = tmp_path / "news"
    news.mkdir()
    for name in ("boko_haram_borno_raid", "bolivia_election_dispute",
                 "armenia_france_howitzer_deal"):
        (news / f"{name}.txt").write_text((ARTICLES / f"{name}.txt").read_text())
    local = finished(str(news), "--format", "parquet", "--out", str(tmp_path / "local"))
    on_ray = finished(news.as_uri() + "/", "--engine", "ray", "--workers", "2",
                      "--format", "parquet", "--out", (tmp_path / "ray").as_uri())
    assert local[0] == on_ray[0] == 0, on_ray[2]
    assert on_ray[2].splitlines()[-1].startswith("read 3, coded 3")
    assert dataset_rows(tmp_path / "ray") == dataset_rows(tmp_path / "local") != []
