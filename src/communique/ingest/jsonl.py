"""JSONL (``.jsonl``, ``.ndjson``): one JSON object per line, one article per object.

``id`` and ``text`` are required; ``title``, ``date`` (YYYY-MM-DD or ISO
datetime, taken as its own calendar date), ``outlet``, ``url`` optional. A
record's ``date``/``outlet`` win over ``default_date``/``outlet``; an empty
``date`` counts as missing. A record keeps its ``id`` (an integer becomes its
decimal string). JSONL must be UTF-8 (RFC 8259).
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from typing import Any, BinaryIO

from ..errors import InputError
from ..model import Article, Rejection
from .common import (SNIFF_BYTES, WHITESPACE, Bad, Context, Prefixed, check_binary,
                     check_encodable, check_utf8_head, content, json_type, line_byte_limit,
                     lines, parse_date, raw)

_FIELDS_OPTIONAL = ("title", "outlet", "url")


def read_jsonl_file(ctx: Context, fh: BinaryIO, path: str) -> Iterator[Article | Rejection]:
    """A whole JSONL file: rejected at once if it is UTF-16/32 or binary, else line by line."""
    head = fh.read(SNIFF_BYTES)
    try:
        _check_jsonl_head(head)
    except InputError as exc:
        yield Rejection(origin=path, reason=exc.reason, raw=raw(head))
        return
    yield from read_jsonl(ctx, Prefixed(head, fh), path)


def read_jsonl(ctx: Context, fh: BinaryIO, path: str) -> Iterator[Article | Rejection]:
    """One Article or Rejection per non-blank line of ``fh``, origin ``path:line``."""
    limit = line_byte_limit(ctx.max_chars)
    for lineno, line, size in lines(fh, limit):
        origin = f"{path}:{lineno}"
        if size > limit:
            yield overlong(ctx, line, size, origin)
        elif line.strip(WHITESPACE):
            yield _record(ctx, line.removeprefix(codecs.BOM_UTF8).rstrip(b"\r\n"), origin)


def overlong(ctx: Context, head: bytes, size: int, origin: str) -> Rejection:
    """The Rejection of a line over the byte limit for ``max_chars``."""
    limit = line_byte_limit(ctx.max_chars)
    return Rejection(origin=origin, reason=f"line is {size:,} bytes, longer than the "
                     f"limit of {limit:,} (max_chars {ctx.max_chars:,})", raw=raw(head))


def _record(ctx: Context, line: bytes, origin: str) -> Article | Rejection:
    try:
        return _article(ctx, _parse_line(line), origin)
    except Bad as exc:
        return Rejection(origin=origin, reason=exc.reason, article_id=exc.article_id,
                         raw=raw(line))


def _article(ctx: Context, record: dict[str, Any], origin: str) -> Article:
    article_id = _record_id(record)
    text = _record_text(record, article_id)
    ctx.check_length(text, article_id)
    fields = {name: _optional_str(record, name, article_id) or None
              for name in _FIELDS_OPTIONAL}
    date = _record_date(ctx, record, article_id)
    ctx.check_new(article_id)
    return Article(id=article_id, text=text, title=fields["title"], date=date,
                   outlet=fields["outlet"] or ctx.outlet, url=fields["url"], origin=origin)


def _record_date(ctx: Context, record: dict[str, Any], article_id: str):
    value = record.get("date")
    if value is None or isinstance(value, str) and not value.strip():
        return ctx.default_date
    try:
        return parse_date(value)
    except Bad as exc:
        raise Bad(exc.reason, article_id) from None


def _check_jsonl_head(head: bytes) -> None:
    """Reject a whole JSONL file that is UTF-16/32 or binary; bad lines are judged one by one."""
    check_utf8_head(head, "JSONL")
    if not content(head).startswith(b"{"):
        check_binary(head)


def _parse_line(line: bytes) -> dict[str, Any]:
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise Bad(f"not valid UTF-8 (byte 0x{line[exc.start]:02x} at column "
                  f"{exc.start + 1})") from None
    try:
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        raise Bad(f"not valid JSON: {exc.msg} (column {exc.colno})") from None
    except RecursionError:
        raise Bad("not valid JSON: nested too deeply") from None
    except ValueError as exc:
        raise Bad(f"not valid JSON: {str(exc)[:100]}") from None
    if not isinstance(record, dict):
        raise Bad(f"expected a JSON object, got {json_type(record)}")
    return record


def _record_id(record: dict[str, Any]) -> str:
    value = record.get("id")
    if value is None:
        raise Bad("missing field 'id'")
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise Bad(f"field 'id' must be a string, not {json_type(value)}")
    value = str(value)
    if not value.strip():
        raise Bad("field 'id' is empty")
    check_encodable(value, "id")
    return value


def _record_text(record: dict[str, Any], article_id: str) -> str:
    text = _optional_str(record, "text", article_id)
    if text is None:
        raise Bad("missing field 'text'", article_id)
    if not text.strip():
        raise Bad("field 'text' is empty", article_id)
    return text


def _optional_str(record: dict[str, Any], name: str, article_id: str) -> str | None:
    """A string field, None when absent or null; '' is kept for the caller to judge."""
    value = record.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise Bad(f"field {name!r} must be a string, not {json_type(value)}", article_id)
    check_encodable(value, name, article_id)
    return value
