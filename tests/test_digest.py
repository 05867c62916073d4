"""``communique digest``: what was removed, found and coded in each article, and why."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from communique.cli import app

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "putin_biden_summit.txt"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def records():
    result = CliRunner().invoke(app, ["digest", str(EXAMPLE), "--date", "2021-06-14",
                                      "--format", "json"])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_digest_json_names_the_junk_removed_and_why(records):
    removed = {r["reason"]: r["text"] for r in records[0]["removed"]}
    assert removed["related-link"].startswith("READ MORE:")
    assert {"loading", "share", "navigation"} <= set(removed)


def test_digest_json_lists_actors_with_codes(records):
    actors = {(a["text"], a["code"]) for a in records[0]["actors"]}
    assert ("Russian President Vladimir Putin", "RUSGOV") in actors
    assert ("Geneva", "CHE") in actors or any(p["name"] == "Geneva"
                                              for p in records[0]["places"])


def test_digest_json_marks_the_coded_word_in_the_evidence(records):
    summit = next(e for e in records[0]["events"] if e["cameo"] == "036")
    assert summit["word"] == "meet"
    assert "scheduled to **meet** in Geneva" in summit["marked"]
    assert summit["location"]["name"] == "Geneva"


def test_digest_json_quotes_have_their_speaker(records):
    assert any(q["text"].startswith("If we agree to exchange criminals")
               and q["speaker"] == "RUSGOV" for q in records[0]["quotes"])


def test_digest_markdown_has_every_section_and_the_old_caption_date():
    result = CliRunner().invoke(app, ["digest", str(EXAMPLE), "--date", "2021-06-14"])
    text = result.stdout
    assert result.exit_code == 0
    for title in ("Removed as junk", "Actors", "Events", "Quotes", "Places"):
        assert f"### {title}" in text
    assert "Putin says Russia would hand over cyber criminals" in text
    assert "2011-03-10 (day)" in text  # the caption keeps its own date


def test_digest_names_bad_input_and_exits_one(tmp_path):
    (tmp_path / "photo.txt").write_bytes(PNG)
    result = CliRunner().invoke(app, ["digest", str(tmp_path / "photo.txt"), str(EXAMPLE)])
    assert result.exit_code == 1
    assert "photo.txt: " in result.stderr and "### Events" in result.stdout


def test_digest_non_political_story_says_why_it_is_not_coded(tmp_path):
    (tmp_path / "match.txt").write_text(
        "United beat City 2-1\n\nThe striker scored twice before half-time and the "
        "goalkeeper saved a penalty kick in stoppage time.\n")
    result = CliRunner().invoke(app, ["digest", str(tmp_path / "match.txt"), "-f", "json"])
    record = json.loads(result.stdout)
    assert record["discarded"].startswith("non-political story") and record["events"] == []
