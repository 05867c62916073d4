"""The parts of a large run that need no model: progress, resuming, the story index's
memory and the Parquet dataset's commits."""

from __future__ import annotations

import datetime as dt
import gzip
import io

import pytest
from rich.console import Console

from communique import progress
from communique.model import Actor, Article, Event, Evidence, Rejection, Skipped
from communique.resume import done_key, skip_done
from communique.stories import StoryIndex, signature
from communique.sinks import Story

pa = pytest.importorskip("pyarrow")

WIRE = ("Ukrainian and Russian negotiators met in Istanbul on Tuesday for the first direct "
        "talks in three years, Turkish officials said, and agreed to exchange prisoners of "
        "war before the end of the month.")


@pytest.fixture
def make_event():
    """An event of the article's first sentence, on ``day``."""
    def make(article: Article, day: dt.date) -> Event:
        end = article.text.find(",")
        return Event(
            event_id=f"{article.id}-{day.isoformat()}", article_id=article.id, date=day,
            date_precision="day", source=Actor(text="Ukrainian", code="UKR", country="UKR"),
            target=Actor(text="Russian", code="RUS", country="RUS"), cameo="040",
            cameo_name="Consult", plover="CONSULT", quad_class=1, goldstein=1.0,
            modality="asserted", location=None,
            evidence=Evidence(sentence=article.text[:end], start=0, end=end), confidence=0.8)
    return make


def test_progress_counts_articles_where_it_is_cheap(tmp_path):
    (tmp_path / "a.txt").write_text("One article.")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.html").write_text("<html><body><p>Page</p></body></html>")
    (tmp_path / "c.jsonl").write_text('{"id": 1}\n{"id": 2}\n{"id": 3}')  # no final newline
    (tmp_path / "d.csv").write_text("text,date\nx,2024-01-01\ny,2024-01-02\n")
    assert progress.estimate_total([str(tmp_path)]) == 7
    (tmp_path / "e.jsonl.gz").write_bytes(gzip.compress(b'{"id": 4}\n'))
    assert progress.estimate_total([str(tmp_path)]) is None  # compressed: unknown
    assert progress.estimate_total(["-"]) is None


def test_progress_shows_rate_and_events_on_a_terminal_only(tmp_path):
    (tmp_path / "a.jsonl").write_text('{"id": 1}\n' * 5)
    shown = io.StringIO()
    terminal = Console(file=shown, force_terminal=True, width=120)
    with progress.display(terminal, [str(tmp_path / "a.jsonl")]) as bar:
        bar.advance(3, 7)
        bar.progress.refresh()
        assert "3/" in shown.getvalue() and "events 7" in shown.getvalue()
    piped = io.StringIO()
    with progress.display(Console(file=piped), [str(tmp_path)]) as bar:
        bar.advance(3, 7)
    assert piped.getvalue() == ""


def test_resume_skips_only_articles_stored_unchanged():
    day = dt.date(2024, 5, 1)
    stored = Article(id="a", text=WIRE, date=day, outlet="Wire", origin="f.jsonl:1")
    done = {done_key(stored)}
    items = [stored, Article(id="a", text=WIRE + " More.", date=day, outlet="Wire"),
             Article(id="a", text=WIRE, date=day, outlet="Other"),
             Rejection(origin="f.jsonl:4", reason="not valid JSON")]
    out = list(skip_done(items, done))
    assert out[0] == Skipped(article_id="a", origin="f.jsonl:1")
    assert out[1:] == items[1:]


def test_story_index_forgets_beyond_its_memory():
    index = StoryIndex(memory=2)
    texts = [WIRE, "A different story about an earthquake in Chile that killed dozens and "
             "left thousands homeless overnight.", "The central bank raised interest rates "
             "by half a point on Thursday, the third rise this year, citing inflation."]
    for number, text in enumerate(texts):
        assert index.assign(f"s{number}", signature(text)) == f"s{number}"
    assert len(index.order) == 2 and "s0" not in index.story_of
    assert index.assign("copy", signature(WIRE)) == "copy"  # its original was forgotten
    assert index.assign("copy2", signature(texts[2])) == "s2"


def _article(number: int, day: dt.date) -> Article:
    return Article(id=f"a{number}", text=f"{WIRE} ({number})", date=day, outlet="Wire")


def test_parquet_commits_shards_and_remembers_what_is_done(tmp_path, make_event):
    from communique.parquet import ParquetDataset

    out = tmp_path / "events"
    dataset = ParquetDataset(str(out))
    first = _article(1, dt.date(2024, 5, 1))
    dataset.write(first, (make_event(first, dt.date(2024, 5, 1)),
                          make_event(first, dt.date(2011, 3, 10))))
    dataset.article_done(first, Story("a1", None))
    assert not list(out.rglob("*.parquet"))  # nothing is visible before the commit
    dataset.checkpoint()
    names = sorted(p.relative_to(out).parent.as_posix() for p in out.rglob("*.parquet"))
    assert names == ["_articles", "month=2011-03", "month=2024-05"]
    assert ParquetDataset(str(out)).done_keys() == {done_key(first)}
    assert list(ParquetDataset(str(out)).story_rows()) == [("a1", "a1", None)]


def test_parquet_committed_shard_is_rolled_forward(tmp_path, make_event):
    from communique.parquet import ParquetDataset

    out = tmp_path / "events"
    dataset = ParquetDataset(str(out))
    article = _article(2, dt.date(2024, 5, 1))
    dataset.write(article, (make_event(article, dt.date(2024, 5, 1)),))
    dataset.article_done(article, Story(None, None))
    dataset.checkpoint()
    event_file = next(out.glob("month=2024-05/*.parquet"))
    event_file.rename(str(event_file) + ".tmp")  # killed after the commit, before the rename
    ParquetDataset(str(out))
    assert event_file.exists() and not list(out.rglob("*.tmp"))


def test_parquet_uri_out(tmp_path, make_event):
    from communique.parquet import ParquetDataset

    dataset = ParquetDataset((tmp_path / "events").as_uri())
    article = _article(3, dt.date(2024, 6, 2))
    dataset.write(article, (make_event(article, dt.date(2024, 6, 2)),))
    dataset.article_done(article, Story(None, None))
    dataset.close()
    assert len(list((tmp_path / "events" / "month=2024-06").glob("*.parquet"))) == 1
