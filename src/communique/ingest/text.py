"""Text articles: one ``.txt`` file (or standard input) is one article.

The text is the whole file, so offsets refer to the file. The first non-blank
line is also the title when it looks like a headline: at most 200 characters,
no final full stop, more text after it.

Encodings: UTF-8 (BOM optional) and UTF-16/32 with a BOM. A text file that is
not UTF-8 is decoded as cp1252 (printable Latin-1 and more) only when that reads
as text: no control characters, at most 30% non-ASCII, and no well-formed UTF-8
sequences (which would mean mixed encodings).
"""

from __future__ import annotations

import logging
import re
from typing import BinaryIO

from ..model import Article, Rejection
from .common import BOMS, Bad, Context, check_binary, raw, text_byte_limit, text_id

log = logging.getLogger(__name__)

HEADLINE_CHARS = 200
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode a text article's bytes; return (text, encoding) or raise InputError."""
    for bom, codec in BOMS:
        if data.startswith(bom):
            return _decode_bom(data, codec), codec
    check_binary(data)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        return _decode_fallback(data, exc), "cp1252"


def _decode_bom(data: bytes, codec: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise Bad(f"invalid {codec.upper()} after its byte-order mark (byte {exc.start})")


def _decode_fallback(data: bytes, exc: UnicodeDecodeError) -> str:
    where = f"invalid byte 0x{data[exc.start]:02x} at offset {exc.start}"
    if has_utf8_sequences(data):
        raise Bad(f"mixed encodings: UTF-8 sequences but {where}; re-encode it as UTF-8")
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = ""
    if not plausible(text):
        raise Bad(f"not UTF-8 ({where}) and not plausible Latin-1/cp1252 text; "
                  "re-encode it as UTF-8")
    return text


def has_utf8_sequences(data: bytes) -> bool:
    """True if ``data`` holds a well-formed UTF-8 multi-byte sequence (so: mixed encodings)."""
    return _UTF8_SEQUENCE.search(data) is not None


def plausible(text: str) -> bool:
    """Heuristic: does a cp1252 decoding read as text rather than noise?"""
    if not text or _CONTROL.search(text):
        return False
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    return non_ascii <= 0.3 * len(text)


def headline(text: str) -> str | None:
    """The first non-blank line when it looks like a headline and more text follows."""
    body = text.lstrip()
    first, sep, rest = body.partition("\n")
    first = first.strip()
    if not sep or not rest.strip() or not first or len(first) > HEADLINE_CHARS:
        return None
    if first.endswith(".") or not any(c.isalpha() for c in first):
        return None
    return first


def read_text(ctx: Context, fh: BinaryIO, origin: str, name: str) -> Article | Rejection:
    """The one article in ``fh``, or a Rejection; ``name`` goes into its id."""
    limit = text_byte_limit(ctx.max_chars)
    data = fh.read(limit + 1)
    if len(data) > limit:
        return Rejection(origin=origin, reason=f"more than {limit:,} bytes; longer than "
                         f"max_chars ({ctx.max_chars:,}) allows", raw=raw(data))
    try:
        return _text_article(ctx, data, origin, name)
    except Bad as exc:
        return Rejection(origin=origin, reason=exc.reason, article_id=exc.article_id,
                         raw=raw(data))


def _text_article(ctx: Context, data: bytes, origin: str, name: str) -> Article:
    text, encoding = decode_text(data)
    if encoding == "cp1252":
        log.warning("%s: not UTF-8; decoded as cp1252 (Latin-1)", origin)
    if not text.strip():
        raise Bad("empty text")
    article_id = text_id(name, text)
    ctx.check_length(text, article_id)
    ctx.check_new(article_id)
    return Article(id=article_id, text=text, title=headline(text), date=ctx.default_date,
                   outlet=ctx.outlet, origin=f"{origin}:1")
