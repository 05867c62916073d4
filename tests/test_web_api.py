"""The web app's JSON API over a real DuckDB store: filters, records, the dyad timeline,
and hostile input (SQL fragments, huge limits, bad dates, paths)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import time

import duckdb
import pytest
from fastapi.testclient import TestClient

from communique.model import Actor, Article, Event, Evidence, Place
from communique.query import Events, QueryTimeout
from communique.store import Store
from communique.web import create_app

TEXT = ("Russia condemned NATO's exercises in Poland on Monday. The United States and Russia "
        "agreed to hold talks in Geneva. Ukrainian forces shelled Russian positions near "
        "Bakhmut overnight, a spokesman said.\n\nREAD MORE: Fans celebrate cup final win")


def _actor(code: str, text: str) -> Actor:
    sector = "IGO" if code.startswith("IGO") else code[3:] or None
    return Actor(text=text, code=code, country=code[:3] if code[:3] != "IGO" else None,
                 sector=sector)


def _event(n: int, sentence: str, source: Actor, cameo: str, target: Actor | None,
           day: dt.date, quad: int, goldstein: float, plover: str, name: str,
           modality: str = "asserted", place: Place | None = None) -> Event:
    start = TEXT.index(sentence)
    verb = {1: "condemned", 2: "agreed", 3: "agreed", 4: "shelled"}[n]  # the coded word
    at = TEXT.index(verb, start)
    return Event(event_id=f"e{n}", article_id="a1", date=day, date_precision="day",
                 word=(at, at + len(verb)),
                 source=source, target=target, cameo=cameo, cameo_name=name, plover=plover,
                 quad_class=quad, goldstein=goldstein, modality=modality, location=place,
                 evidence=Evidence(sentence=sentence, start=start, end=start + len(sentence)),
                 confidence=0.8)


def build_store(path) -> None:
    """A store with one article and four events: RUS-NATO criticism in Poland, planned
    USA-RUS talks in March and April, a Ukrainian shelling of Russian positions."""
    rus, usa = _actor("RUSGOV", "Russia"), _actor("USAGOV", "The United States")
    sentences = TEXT.split("\n")[0].split(". ")
    events = [
        _event(1, sentences[0] + ".", _actor("RUS", "Russia"), "122",
               _actor("IGOWSTNAT", "NATO"), dt.date(2024, 3, 4), 3, -2.0, "DISAPPROVE",
               "Criticize or denounce", place=Place(name="Poland", country="POL", lat=52.0,
                                                    lon=19.0)),
        _event(2, sentences[1] + ".", usa, "036", rus, dt.date(2024, 3, 4), 1, 4.0,
               "CONSULT", "Express intent to meet or negotiate", modality="planned"),
        _event(3, sentences[1] + ".", rus, "036", usa, dt.date(2024, 4, 2), 1, 4.0,
               "CONSULT", "Express intent to meet or negotiate", modality="planned"),
        _event(4, sentences[2], _actor("UKRMIL", "Ukrainian forces"), "195",
               _actor("RUSMIL", "Russian positions"), dt.date(2024, 4, 5), 4, -10.0,
               "ASSAULT", "Employ aerial weapons"),
    ]
    with Store(str(path)) as store:
        store.start_run({}, format="jsonl")
        store.save_article(Article(id="a1", text=TEXT, title="Tensions", outlet="Wire",
                                   date=dt.date(2024, 4, 5)), events)


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    path = tmp_path_factory.mktemp("web") / "events.duckdb"
    build_store(path)
    with TestClient(create_app(str(path))) as test_client:
        yield test_client


def ids(response) -> list[str]:
    assert response.status_code == 200, response.text
    return [e["event_id"] for e in response.json()["events"]]


def test_web_events_newest_first_with_total(client):
    body = client.get("/api/events").json()
    assert body["total"] == 4
    assert [e["event_id"] for e in body["events"]] == ["e4", "e3", "e1", "e2"]
    first = body["events"][0]
    assert first["source"] == {"text": "Ukrainian forces", "code": "UKRMIL", "country": "UKR",
                               "sector": "MIL"}
    assert first["date"] == "2024-04-05" and first["location"] is None


@pytest.mark.parametrize("query, expected", [
    ("actor=RUS", ["e4", "e3", "e1", "e2"]),  # a country: every Russian actor, either side
    ("actor=rusgov", ["e3", "e2"]),  # a full code: only itself
    ("source=USA", ["e2"]),
    ("target=RUSMIL", ["e4"]),
    ("cameo=03", ["e3", "e2"]),
    ("cameo=19", ["e4"]),
    ("plover=consult&modality=planned", ["e3", "e2"]),
    ("start=2024-04-01&end=2024-04-30", ["e4", "e3"]),
    ("q=geneva", ["e3", "e2"]),
    ("q=50%25", []),  # a LIKE wildcard is text like any other
    ("limit=1&offset=1", ["e3"]),
])
def test_web_events_filters(client, query, expected):
    assert ids(client.get(f"/api/events?{query}")) == expected


def test_web_events_csv_download(client):
    response = client.get("/api/events.csv?actor=RUS&cameo=03")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [r["event_id"] for r in rows] == ["e3", "e2"]
    assert rows[0]["source_code"] == "RUSGOV" and rows[0]["modality"] == "planned"


def test_web_event_and_article(client):
    event = client.get("/api/events/e1").json()
    assert TEXT[event["evidence"]["word_start"]:event["evidence"]["word_end"]] == "condemned"
    assert event["location"] == {"name": "Poland", "country": "POL", "lat": 52.0, "lon": 19.0}
    article = client.get("/api/articles/a1").json()
    assert article["article"]["title"] == "Tensions"
    spans = article["events"]
    assert [s["event_id"] for s in spans] == ["e1", "e2", "e3", "e4"]
    assert TEXT[spans[-1]["start"]:spans[-1]["end"]].startswith("Ukrainian forces shelled")
    junk = article["dropped"]
    assert [TEXT[d["start"]:d["end"]].strip() for d in junk] == [
        "READ MORE: Fans celebrate cup final win"]
    assert not any(s["start"] < junk[0]["end"] and junk[0]["start"] < s["end"]
                   for s in article["segments"])  # no kept segment overlaps the junk
    assert client.get("/api/events/nope").status_code == 404
    assert client.get("/api/articles/nope").status_code == 404


def test_web_dyad_timeline_counts_both_directions(client):
    body = client.get("/api/dyads?a=usa&b=RUS&by=month").json()
    assert body["periods"] == [
        {"period": "2024-03-01", "verbal_cooperation": 1, "material_cooperation": 0,
         "verbal_conflict": 0, "material_conflict": 0, "events": 1, "mean_goldstein": 4.0},
        {"period": "2024-04-01", "verbal_cooperation": 1, "material_cooperation": 0,
         "verbal_conflict": 0, "material_conflict": 0, "events": 1, "mean_goldstein": 4.0},
    ]


def test_web_actors_busiest_first(client):
    body = client.get("/api/actors").json()["actors"]
    assert body[0]["code"] in {"RUSGOV", "USAGOV"} and body[0]["events"] == 2
    assert [a["code"] for a in client.get("/api/actors?prefix=ru").json()["actors"]] == [
        "RUSGOV", "RUS", "RUSMIL"]


@pytest.mark.parametrize("query", [
    "actor=' OR 1=1 --", "source=RUS;DROP TABLE events", "cameo=1' OR '1'='1",
    "limit=100000000", "limit=0", "offset=-1", "start=2024-02-30", "start=yesterday",
    "start=2024-05-01&end=2024-04-01", "modality=certain", "q=" + "x" * 500,
])
def test_web_hostile_parameters_are_400_with_a_message(client, query):
    response = client.get(f"/api/events?{query}")
    assert response.status_code == 400, response.text
    assert response.json()["detail"]
    assert client.get("/api/events").json()["total"] == 4  # nothing was changed


@pytest.mark.parametrize("path", ["/api/articles/../../etc/passwd", "/static/../../etc/passwd",
                                  "/api/articles/..%2F..%2Fetc%2Fpasswd"])
def test_web_paths_outside_the_api_are_404(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert "root:" not in response.text


def test_web_connection_cannot_write_or_read_files(client):
    con = client.app.state.events._con
    for statement in ("INSERT INTO runs (run_id) VALUES ('x')", "SELECT * FROM "
                      "read_csv('/etc/passwd')", "SET enable_external_access = true",
                      "COPY events TO '/tmp/out.csv'", "ATTACH '/tmp/other.duckdb'",
                      "INSTALL httpfs"):
        with pytest.raises(duckdb.Error):
            con.execute(statement)


def test_web_openapi_schema_documents_the_filters(client):
    schema = client.get("/openapi.json").json()
    names = {p["name"] for p in schema["paths"]["/api/events"]["get"]["parameters"]}
    assert names == {"actor", "source", "target", "cameo", "plover", "modality", "start",
                     "end", "q", "limit", "offset"}


SLOW_SQL = "SELECT count(*) AS n FROM range(100000000) a, range(100000000) b WHERE a.range <> b.range"


def test_query_running_past_its_time_is_stopped(tmp_path):
    path = tmp_path / "events.duckdb"
    build_store(path)
    events = Events(str(path), timeout=0.3)
    started = time.monotonic()
    with pytest.raises(QueryTimeout, match="longer than 0.3 s"):
        events._rows(SLOW_SQL, [])
    assert time.monotonic() - started < 10
    assert events._rows("SELECT count(*) AS n FROM events", [])[0]["n"] == 4  # still usable
    events.close()


def test_web_slow_query_is_503_and_the_server_goes_on(tmp_path, monkeypatch):
    path = tmp_path / "events.duckdb"
    build_store(path)
    with TestClient(create_app(str(path), query_seconds=0.3)) as slow_client:
        events = slow_client.app.state.events
        real = events.events
        monkeypatch.setattr(events, "events", lambda *args: events._rows(SLOW_SQL, []))
        response = slow_client.get("/api/events")
        assert response.status_code == 503
        assert "narrow the filters" in response.json()["detail"]
        monkeypatch.setattr(events, "events", real)
        assert slow_client.get("/api/events").json()["total"] == 4
        monkeypatch.setattr(events, "_columns", f"({SLOW_SQL}) AS n")
        response = slow_client.get("/api/events.csv")
        assert response.status_code == 503
