"""Tests of communique.ingest: every input gives Articles or Rejections with reasons."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from communique.ingest import headline, line_byte_limit, read_inputs, text_id
from communique.model import Article, Rejection

DAY = dt.date(2024, 5, 6)
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02"


def read(paths, *, max_chars=1_000_000, stdin=None, outlet=None):
    return list(read_inputs([str(p) for p in paths], default_date=DAY, outlet=outlet,
                            max_chars=max_chars, stdin=stdin))


def record(**fields) -> str:
    return json.dumps(fields)


def jsonl(path, lines) -> str:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def test_ingest_jsonl_bad_lines_rejected_and_the_rest_read(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    jsonl(tmp_path / "f.jsonl", [
        record(id="a1", text="Russia condemned NATO."),
        record(id="a2", text="Iran met Iraq.", title="Talks", date="2024-01-02"),
        '{"id": "a3", "text": ',
        record(id="a4", text="China warned Japan.", outlet="Xinhua", url="http://x/4"),
        record(id="a5", title="no text here"),
        record(id=6, text="Integer ids become strings."),
    ])
    items = read(["f.jsonl"], outlet="Default")
    rejected = [(r.origin, r.reason, r.article_id) for r in items if isinstance(r, Rejection)]
    assert rejected == [
        ("f.jsonl:3", "not valid JSON: Expecting value (column 22)", None),
        ("f.jsonl:5", "missing field 'text'", "a5"),
    ]
    articles = [a for a in items if isinstance(a, Article)]
    assert [a.id for a in articles] == ["a1", "a2", "a4", "6"]
    assert [a.origin for a in articles] == ["f.jsonl:1", "f.jsonl:2", "f.jsonl:4", "f.jsonl:6"]
    assert articles[1].date == dt.date(2024, 1, 2) and articles[1].title == "Talks"
    assert articles[0].date == DAY and articles[0].outlet == "Default"
    assert articles[2].outlet == "Xinhua" and articles[2].url == "http://x/4"


def test_ingest_jsonl_field_errors_name_the_field(tmp_path):
    path = jsonl(tmp_path / "f.ndjson", [
        record(id="d1", text="x", date="2024-13-01"),
        record(id="d2", text="x", date=20240101),
        record(id="d3", text="x", title=["not", "a", "string"]),
        record(id="", text="x"),
        record(text="no id"),
        record(id="d6", text="   "),
        "[1, 2]",
        record(id="d8", text="x", date="2024-02-03T23:30:00+05:00"),
        record(id="d9", text="x", date=""),
    ])
    items = read([path])
    reasons = [i.reason for i in items if isinstance(i, Rejection)]
    assert reasons == [
        "field 'date': '2024-13-01' is not YYYY-MM-DD or an ISO datetime",
        "field 'date' must be a string (YYYY-MM-DD), not a number",
        "field 'title' must be a string, not an array",
        "field 'id' is empty",
        "missing field 'id'",
        "field 'text' is empty",
        "expected a JSON object, got an array",
    ]
    assert [(a.id, a.date) for a in items if isinstance(a, Article)] == [
        ("d8", dt.date(2024, 2, 3)), ("d9", DAY)]


def test_ingest_jsonl_duplicate_id_and_surrogate_rejected(tmp_path):
    path = jsonl(tmp_path / "f.jsonl", [
        record(id="a", text="first"), record(id="a", text="second"),
        '{"id": "s", "text": "bad \\ud800 escape"}',
    ])
    first, duplicate, surrogate = read([path])
    assert isinstance(first, Article)
    assert duplicate.reason == "duplicate id 'a': already read in this run"
    assert "unpaired surrogate" in surrogate.reason and surrogate.article_id == "s"


def test_ingest_jsonl_not_utf8_line_rejected(tmp_path):
    path = tmp_path / "f.jsonl"
    path.write_bytes(b'{"id": "a", "text": "caf\xe9"}\n' + record(id="b", text="ok").encode())
    bad, good = read([path])
    assert bad.reason == "not valid UTF-8 (byte 0xe9 at column 25)" and good.id == "b"


def test_ingest_jsonl_utf16_file_rejected(tmp_path):
    path = tmp_path / "f.jsonl"
    path.write_bytes(record(id="a", text="x").encode("utf-16"))
    (rejection,) = read([path])
    assert rejection.reason == "JSONL must be UTF-8, not UTF-16; re-encode it"


def test_ingest_huge_line_skipped_without_hang_and_next_line_read(tmp_path):
    path = tmp_path / "big.jsonl"
    with open(path, "wb") as fh:
        fh.write(b'{"id": "big", "text": "' + b"x" * (15 * 1024 * 1024) + b'"}\n')
        fh.write(record(id="after", text="Still read.").encode() + b"\n")
    started = time.monotonic()
    big, after = read([path])
    assert time.monotonic() - started < 10
    assert big.origin.endswith("big.jsonl:1")
    assert big.reason.startswith("line is 15,728,666 bytes, longer than the limit of")
    assert len(big.raw) <= 10_000
    assert after.id == "after" and after.origin.endswith("big.jsonl:2")


def test_ingest_text_longer_than_max_chars_rejected(tmp_path):
    (tmp_path / "long.txt").write_text("word " * 30)
    jsonl(tmp_path / "long.jsonl", [record(id="l", text="word " * 30)])
    text_reject, line_reject = read([tmp_path / "long.txt", tmp_path / "long.jsonl"],
                                    max_chars=100)
    assert text_reject.reason == "text is 150 characters, more than max_chars (100)"
    assert line_reject.reason == text_reject.reason and line_reject.article_id == "l"
    assert line_byte_limit(100) < 15 * 1024 * 1024


def test_ingest_text_file_is_one_article_with_headline(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Russia condemns NATO drills\n\nMoscow said on Monday the drills were a "
                    "provocation.\n", encoding="utf-8")
    (article,) = read([path])
    assert article.text == path.read_text(encoding="utf-8")
    assert article.title == "Russia condemns NATO drills"
    assert article.id == text_id("story.txt", article.text) and article.id.startswith("txt-")
    assert len(article.id) == 4 + 16 and article.origin == f"{path}:1" and article.date == DAY


def test_ingest_text_id_depends_on_basename_and_text_only(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "s.txt").write_text("Same story.")
    (tmp_path / "c.txt").write_text("Same story.")
    first, duplicate, other = read([tmp_path / "a/s.txt", tmp_path / "b/s.txt",
                                    tmp_path / "c.txt"])
    assert isinstance(first, Article) and isinstance(other, Article)
    assert duplicate.reason == f"duplicate id {first.id!r}: already read in this run"
    assert other.id != first.id


def test_ingest_headline_rules():
    assert headline("Iran and Iraq sign a pact\nBaghdad, Monday.") == "Iran and Iraq sign a pact"
    assert headline("Iran and Iraq signed a pact.\nMore text.") is None
    assert headline("Just one line without a full stop") is None
    assert headline("x" * 201 + "\nbody") is None
    assert headline("\n\nWill Iran talk?\nBody.") == "Will Iran talk?"


def test_ingest_binary_file_rejected(tmp_path):
    (tmp_path / "image.txt").write_bytes(PNG)
    (tmp_path / "nul.txt").write_bytes(b"abc\x00def")
    png, nul = read([tmp_path / "image.txt", tmp_path / "nul.txt"])
    assert png.reason == "binary file (PNG image)" and png.origin == str(tmp_path / "image.txt")
    assert nul.reason.startswith("binary file (contains NUL bytes")


def test_ingest_utf16_with_bom_decoded(tmp_path):
    text = "Talks in Genève\nThe ministers met in Genève on Monday.\n"
    (tmp_path / "le.txt").write_bytes(text.encode("utf-16"))
    (tmp_path / "be.txt").write_bytes(b"\xfe\xff" + text.encode("utf-16-be"))
    (tmp_path / "sig.txt").write_bytes(text.encode("utf-8-sig"))
    items = read([tmp_path / "le.txt", tmp_path / "be.txt", tmp_path / "sig.txt"])
    assert [a.text for a in items] == [text, text, text]
    assert items[0].title == "Talks in Genève"


def test_ingest_latin1_decoded_with_warning(tmp_path, caplog):
    text = "Sommet à Genève\nLe président français a rencontré son homologue à Genève.\n"
    (tmp_path / "fr.txt").write_bytes(text.encode("latin-1"))
    (article,) = read([tmp_path / "fr.txt"])
    assert article.text == text
    assert "decoded as cp1252" in caplog.text


def test_ingest_undecodable_text_rejected_with_reason(tmp_path):
    (tmp_path / "noise.txt").write_bytes(bytes([0x81, 0xC0, 0xFE, 0x05]) * 20)
    (tmp_path / "mixed.txt").write_bytes("Genève ".encode() + b"caf\xe9")
    noise, mixed = read([tmp_path / "noise.txt", tmp_path / "mixed.txt"])
    assert noise.reason.startswith("not UTF-8 (invalid byte 0x81 at offset 0) and not "
                                   "plausible Latin-1/cp1252 text")
    assert mixed.reason.startswith("mixed encodings")


def test_ingest_empty_text_rejected(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b" \n\n ")
    (rejection,) = read([tmp_path / "empty.txt"])
    assert rejection.reason == "empty text"


def test_ingest_directory_walked_recursively_in_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "a.txt").write_text("Story A.")
    (tmp_path / "b" / "c.txt").write_text("Story C.")
    jsonl(tmp_path / "b" / "d.jsonl", [record(id="d1", text="D one."), record(id="d2", text="x")])
    (tmp_path / "b" / "notes.md").write_text("skipped")
    (tmp_path / ".hidden" / "e.txt").write_text("skipped")
    (tmp_path / "z.NDJSON").write_text(record(id="z", text="Z."))
    items = read([tmp_path])
    assert [os.path.relpath(i.origin, tmp_path) for i in items] == [
        "a.txt:1", os.path.join("b", "c.txt:1"), os.path.join("b", "d.jsonl:1"),
        os.path.join("b", "d.jsonl:2"), "z.NDJSON:1"]


def test_ingest_stdin_text(tmp_path):
    stdin = io.BytesIO(b"\n\nIran and Iraq sign a pact\nThe two met in Baghdad.\n")
    (article,) = read(["-"], stdin=stdin)
    assert article.origin == "<stdin>:1" and article.title == "Iran and Iraq sign a pact"
    assert article.text.startswith("\n\nIran") and article.id == text_id("-", article.text)


def test_ingest_stdin_jsonl_by_first_line(tmp_path):
    lines = ["", record(id="s1", text="One."), "oops", record(id="s3", text="Three.")]
    stdin = io.TextIOWrapper(io.BytesIO("\n".join(lines).encode()), encoding="utf-8")
    one, oops, three = read(["-"], stdin=stdin)
    assert (one.id, one.origin) == ("s1", "<stdin>:2")
    assert oops.origin == "<stdin>:3" and oops.reason.startswith("not valid JSON")
    assert (three.id, three.origin) == ("s3", "<stdin>:4")


def test_ingest_stdin_in_memory_text_stream():
    (article,) = read(["-"], stdin=io.StringIO("A short note without headline."))
    assert article.text == "A short note without headline." and article.title is None


def test_ingest_streams_one_record_at_a_time():
    data = "\n".join(record(id=str(i), text="x" * 1000) for i in range(2000)).encode()
    stream = io.BytesIO(data)
    items = read_inputs(["-"], default_date=None, outlet=None, max_chars=10_000, stdin=stream)
    assert next(items).id == "0"
    assert stream.tell() < 2 * 1024 < len(data)


def test_ingest_missing_and_unsupported_paths_rejected(tmp_path):
    (tmp_path / "notes.md").write_text("x")
    missing, unsupported = read([tmp_path / "nope.txt", tmp_path / "notes.md"])
    assert missing.reason == "cannot read: No such file or directory"
    assert unsupported.reason.startswith("unsupported file type")


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(
    st.binary(max_size=300),
    st.lists(st.sampled_from([b"{", b"}", b'"id"', b'"text"', b":", b",", b"\n", b'"', b"[",
                              b"\\u", b"d800", b"\xff\xfe", b"\xef\xbb\xbf", b"\x00", b"\xe9",
                              b"a", b"1", b" ", b'"date"', b"null"]),
             max_size=60).map(b"".join),
))
def test_ingest_arbitrary_bytes_never_raise(tmp_path, data):
    for name in ("x.txt", "x.jsonl"):
        (tmp_path / name).write_bytes(data)
    items = read([tmp_path / "x.txt", tmp_path / "x.jsonl", "-"], max_chars=200,
                 stdin=io.BytesIO(data))
    assert all(isinstance(item, (Article, Rejection)) for item in items)
    assert all(item.reason for item in items if isinstance(item, Rejection))
