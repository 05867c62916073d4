"""Tests of communique.ingest.compressed: gzip and zstd inputs streamed, cut or damaged
streams named with the line reached, earlier records kept, bombs stopped."""

from __future__ import annotations

import gzip
import json
import time
from pathlib import Path

import pytest
import zstandard
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from communique.errors import ConfigError
from communique.ingest import read_inputs
from communique.model import Article, Rejection

STORIES = Path(__file__).parent / "data" / "tables" / "stories.csv"
N = 3000  # JSONL lines: several zstd blocks of 128 KiB
LINES = "".join(json.dumps({"id": f"a{i}", "text": f"Russia condemned NATO on day {i * 7919}. "
                                                   f"Iran met Iraq {i * 104729} times."})
                + "\n" for i in range(N)).encode()
COMPRESS = {"gz": gzip.compress, "zst": zstandard.ZstdCompressor().compress}


def read(*paths, max_chars=1_000_000):
    return list(read_inputs([str(p) for p in paths], default_date=None, outlet=None,
                            max_chars=max_chars))


@pytest.mark.parametrize("suffix", ["gz", "zst"])
def test_ingest_compressed_jsonl_csv_and_text(tmp_path, suffix):
    (tmp_path / f"stories.jsonl.{suffix}").write_bytes(COMPRESS[suffix](LINES))
    (tmp_path / f"stories.csv.{suffix}").write_bytes(COMPRESS[suffix](STORIES.read_bytes()))
    (tmp_path / f"story.txt.{suffix}").write_bytes(COMPRESS[suffix](b"Talks\nIran met Iraq.\n"))
    items = read(tmp_path)
    assert len(items) == 6 + N + 1
    assert [a.id for a in items[4:7]] == ["s5", "s6", "a0"]
    assert items[1].origin == f"{tmp_path / f'stories.csv.{suffix}'}:5"
    assert items[-1].title == "Talks" and items[-1].origin.endswith(f"story.txt.{suffix}:1")


@pytest.mark.parametrize(("suffix", "why"), [
    ("gz", "gzip stream ends early (truncated file: Compressed file ended before the "
           "end-of-stream marker was reached)"),
    ("zst", "zstd stream ends early (truncated file: the zstd frame is cut short)")])
def test_ingest_truncated_stream_named_with_line_and_earlier_records_kept(tmp_path, suffix,
                                                                         why):
    data = COMPRESS[suffix](LINES)
    (tmp_path / f"cut.jsonl.{suffix}").write_bytes(data[:len(data) // 2])
    items = read(tmp_path / f"cut.jsonl.{suffix}")
    *articles, rejection = items
    assert 0 < len(articles) < N and all(isinstance(a, Article) for a in articles)
    assert [a.id for a in articles] == [f"a{i}" for i in range(len(articles))]
    assert rejection.origin == f"{tmp_path / f'cut.jsonl.{suffix}'}:{len(articles) + 1}"
    assert rejection.reason == why


def test_ingest_damaged_and_mislabelled_streams(tmp_path):
    data = bytearray(gzip.compress(LINES))
    data[len(data) // 2] ^= 0xFF
    (tmp_path / "damaged.jsonl.gz").write_bytes(bytes(data))
    (tmp_path / "plain.jsonl.gz").write_bytes(LINES[:200])
    damaged, plain = (read(tmp_path / name)[-1] for name in ("damaged.jsonl.gz",
                                                              "plain.jsonl.gz"))
    assert damaged.reason.startswith("damaged gzip stream (")
    assert plain.reason.startswith("damaged gzip stream (Not a gzipped file")
    assert plain.origin.endswith("plain.jsonl.gz:1")


def test_ingest_decompression_bomb_stopped(tmp_path):
    compressor = zstandard.ZstdCompressor(level=1).compressobj()
    chunk = b"x" * (1 << 20)
    with open(tmp_path / "bomb.jsonl.zst", "wb") as fh:
        for _ in range(300):
            fh.write(compressor.compress(chunk))
        fh.write(compressor.flush())
    started = time.monotonic()
    (bomb,) = read(tmp_path / "bomb.jsonl.zst", max_chars=1000)
    assert time.monotonic() - started < 5
    assert isinstance(bomb, Rejection) and bomb.origin.endswith("bomb.jsonl.zst:1")
    assert bomb.reason == ("decompresses to more than 1000 times its size (a decompression "
                           "bomb?); not read further")


def test_ingest_warc_zst_is_not_supported(tmp_path):
    (tmp_path / "crawl.warc.zst").write_bytes(b"x")
    (rejection,) = read(tmp_path / "crawl.warc.zst")
    assert rejection.reason.startswith("unsupported file type")


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(
    st.binary(max_size=400),
    st.lists(st.sampled_from([b'"', b",", b"\n", b"\t", b"text", b"id", b"<rss>", b"<item>",
                              b"</item>", b"WARC/1.0\r\n", b"Content-Length: 9\r\n", b"\r\n",
                              b"<html>", b"<p>", b"\xe9", b"\x00", b"\x1f\x8b\x08"]),
             max_size=40).map(b"".join),
))
def test_ingest_new_kinds_arbitrary_bytes_never_raise(tmp_path, data):
    for name in ("x.html", "x.warc", "x.rss", "x.csv", "x.tsv"):
        (tmp_path / name).write_bytes(data)
    (tmp_path / "x.jsonl.gz").write_bytes(gzip.compress(data)[: max(len(data) // 2, 10)])
    (tmp_path / "x.csv.zst").write_bytes(COMPRESS["zst"](data)[: max(len(data) // 2, 4)])
    items = read(*(tmp_path / name for name in ("x.html", "x.warc", "x.rss", "x.jsonl.gz")),
                 max_chars=200)
    for table in ("x.csv", "x.tsv", "x.csv.zst"):
        try:
            items += read(tmp_path / table, max_chars=200)
        except ConfigError:  # a header without a text column: a usage error, by design
            pass
    assert all(isinstance(item, (Article, Rejection)) for item in items)
    assert all(item.reason for item in items if isinstance(item, Rejection))
