"""Read articles from files, directories and standard input.

``read_inputs`` streams: it yields one Article or Rejection at a time and holds
at most one record (bounded by ``max_chars``) in memory. Bad input never raises:
it becomes a Rejection with its origin (``path:line`` or ``path``) and a reason.

- ``.txt``: one article (``text``); the first line is its title when it looks
  like a headline.
- ``.jsonl``/``.ndjson``: one JSON object per line (``jsonl``).
- ``.html``/``.htm``: one web page; main text and metadata extracted (``html``).
- ``.warc``/``.warc.gz`` (or a file that starts like a WARC): each HTML response
  record is a page (``warc``); origins are ``PATH@OFFSET``.
- ``.rss``/``.atom``/``.xml`` (or a file that starts like a feed): each entry
  is an article (``feeds``); with a ``Fetcher`` its link is downloaded instead
  (``fetch``).
- ``.csv``/``.tsv``: a header, then one article per row; ``Columns`` says which
  column holds what (``tables``).
- any of these but WARC inside ``.gz``/``.zst``/``.zstd`` (``stories.jsonl.gz``),
  decompressed as it is read (``compressed``).
- a directory: walked recursively in name order; hidden entries and other
  file types are skipped.
- a glob pattern (``'crawl/*.warc.gz'``, ``'**/*.html'``) that names no file: the
  files it matches, in name order.
- ``-``: standard input; JSONL when its first non-blank line starts with
  ``{``, otherwise one text article (basename ``-``).

Ids: a JSONL record keeps its ``id``. A text article's id is ``txt-`` + the
first 16 hex digits of sha256(basename NUL text): the same file gives the same
id wherever it lives. A web page's or feed entry's id is ``url-`` + 16 hex
digits of sha256(normalised URL) when its URL is known. An id seen twice in one
call is rejected (its events would replace the first's).
"""

from .common import line_byte_limit, parse_date, text_byte_limit, text_id
from .fetch import Fetcher
from .kinds import (JSONL_SUFFIXES, STDIN, TEXT_SUFFIXES, UNSUPPORTED, expand, input_kind,
                    kind_of, walk)
from .reader import check_columns, read_inputs
from .tables import Columns
from .text import decode_text, headline

__all__ = [
    "Columns",
    "Fetcher",
    "JSONL_SUFFIXES",
    "STDIN",
    "TEXT_SUFFIXES",
    "UNSUPPORTED",
    "check_columns",
    "decode_text",
    "expand",
    "headline",
    "input_kind",
    "kind_of",
    "line_byte_limit",
    "parse_date",
    "read_inputs",
    "text_byte_limit",
    "text_id",
    "walk",
]
