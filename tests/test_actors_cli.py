"""``communique actors``: lookup explains a resolution; add merges the user's own actors,
which later runs use."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from communique.cli import app

NEWS = ("Mirela Kovac met Ukrainian officials in Kyiv on Monday and pledged more aid to "
        "Ukraine, her office said. Kovac promised to visit again in the spring.")


@pytest.fixture
def actors_file(tmp_path, monkeypatch):
    path = tmp_path / "home" / "actors.csv"
    monkeypatch.setenv("COMMUNIQUE_ACTORS_FILE", str(path))
    return path


def invoke(*args: str, **kwargs):
    return CliRunner().invoke(app, list(args), **kwargs)


def test_actors_lookup_explains_the_rule_that_decides():
    result = invoke("actors", "lookup", "Vladimir Putin", "--date", "2009-01-01",
                    "--no-sentence")
    assert result.exit_code == 0, result.output
    assert "'VLADIMIR PUTIN'" in result.stdout
    assert "on 2009-01-01: RUSGOV, by the dictionary's dated rule 2008-05-08" in result.stdout
    later = invoke("actors", "lookup", "Vladimir Putin", "--date", "2024-06-01",
                   "--no-sentence")
    assert "on 2024-06-01: RUSGOV, by leaders.csv: in office 2012-05-07" in later.stdout


def test_actors_add_checks_and_merges_once(tmp_path, actors_file):
    source = tmp_path / "mine.csv"
    source.write_text("name,aliases,code,kind,start,end\n"
                      "Mirela Kovac,Kovac,HRVGOV,person,2025-01-15,\n", encoding="utf-8")
    first = invoke("actors", "add", str(source))
    assert first.exit_code == 0 and "1 new row(s)" in first.stderr
    again = invoke("actors", "add", str(source))
    assert "0 new row(s)" in again.stderr
    assert actors_file.read_text().count("Mirela Kovac") == 1
    lookup = invoke("actors", "lookup", "Kovac", "--date", "2025-03-01", "--no-sentence")
    assert "from your actors file" in lookup.stdout and "HRVGOV" in lookup.stdout


@pytest.mark.parametrize("row, reason", [
    ("Jane Roe,,US-GOV,person,,", "'US-GOV' is not a CAMEO actor code"),
    ("Jane Roe,,USAGOV,person,2025-13-01,", "start '2025-13-01' is not a YYYY-MM-DD date"),
    ("Jane Roe,,USAGOV,person,2025-02-01,2025-01-01", "start is after end"),
    (",,USAGOV,person,,", "empty name"),
    ("Jane Roe,,USAGOV,animal,,", "kind 'animal' is not one of"),
])
def test_actors_add_names_the_bad_line(tmp_path, actors_file, row, reason):
    source = tmp_path / "bad.csv"
    source.write_text("name,aliases,code,kind,start,end\nJohn Doe,,GBRGOV,person,,\n"
                      + row + "\n", encoding="utf-8")
    result = invoke("actors", "add", str(source))
    assert result.exit_code == 2
    assert f"{source}:3" in result.stderr and reason in result.stderr
    assert not actors_file.exists()  # nothing merged from a file with a bad row


@pytest.mark.model
def test_actors_user_dictionary_changes_what_a_run_codes(tmp_path, actors_file):
    article = tmp_path / "croatia.txt"
    article.write_text(NEWS, encoding="utf-8")

    def sources() -> set[str]:
        result = invoke("code", str(article), "--date", "2025-03-03", "--format", "jsonl")
        assert result.exit_code == 0, result.output
        return {json.loads(line)["source"]["code"] for line in result.stdout.splitlines()}

    assert "HRVGOV" not in sources()
    (tmp_path / "mine.csv").write_text("name,code,start,end\nMirela Kovac,HRVGOV,2025-01-15,\n",
                                       encoding="utf-8")
    assert invoke("actors", "add", str(tmp_path / "mine.csv")).exit_code == 0
    assert "HRVGOV" in sources()
