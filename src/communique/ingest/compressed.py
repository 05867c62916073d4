"""Compressed inputs: ``.gz`` and ``.zst``/``.zstd`` around a ``.txt``, ``.jsonl``,
``.ndjson``, ``.csv``, ``.tsv``, ``.html``, ``.htm``, ``.rss``, ``.atom`` or ``.xml``
file (the kind comes from the inner name: ``stories.jsonl.gz``).

The stream is decompressed as it is read, so the usual per-record limits
(``max_chars``) bound memory whatever the file decompresses to. On top of that,
reading stops with a Rejection once the output passes ``MAX_RATIO`` times the
compressed bytes read plus ``RATIO_FLOOR`` (a decompression bomb). A stream that
is cut short or damaged is a Rejection at ``PATH:LINE``, the line being read
when it broke; the records before that line are kept.
"""

from __future__ import annotations

import gzip
import io
import zlib
from typing import Any, BinaryIO

from .common import Bad

MAX_RATIO = 1000
RATIO_FLOOR = 64 << 20
_INPUT_CHUNK = 1024  # compressed bytes per zstd call: bounds one call's output


class Broken(Bad):
    """The compressed stream ends early, is damaged, or expands too much."""


class Decompressed:
    """A binary reader over a compressed file: counts lines, turns failures into Broken."""

    def __init__(self, raw: BinaryIO, compression: str) -> None:
        self.raw, self.compression = raw, compression
        self.stream = gzip.GzipFile(fileobj=raw) if compression == "gzip" else \
            io.BufferedReader(_ZstdReader(raw))
        self.lines = 0  # complete lines handed out
        self.size = 0

    def readline(self, limit: int = -1) -> bytes:
        line = self._guarded(self.stream.readline, limit)
        self.lines += line.endswith(b"\n")
        return line

    def read(self, size: int = -1) -> bytes:
        data = self._guarded(self.stream.read, size)
        self.lines += data.count(b"\n")
        return data

    def _guarded(self, method: Any, size: int) -> bytes:
        import zstandard

        try:
            data = method(size)
        except (EOFError, OSError, zlib.error, zstandard.ZstdError) as exc:
            raise Broken(self._why(exc)) from None
        self.size += len(data)
        if self.size > MAX_RATIO * self.raw.tell() + RATIO_FLOOR:
            raise Broken(f"decompresses to more than {MAX_RATIO} times its size "
                         "(a decompression bomb?); not read further")
        return data

    def _why(self, exc: Exception) -> str:
        if isinstance(exc, EOFError):
            return f"{self.compression} stream ends early (truncated file: {exc})"
        return f"damaged {self.compression} stream ({exc or type(exc).__name__})"


class _ZstdReader(io.RawIOBase):
    """Raw zstd decompression that notices a frame cut short (zstandard's reader does not)."""

    def __init__(self, raw: BinaryIO) -> None:
        import zstandard

        self.raw, self.context = raw, zstandard.ZstdDecompressor()
        self.frame, self.started = self.context.decompressobj(), False
        self.pending, self.offset = b"", 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while self.offset >= len(self.pending):
            chunk = self.raw.read(_INPUT_CHUNK)
            if not chunk:
                if self.started and not self.frame.eof:
                    raise EOFError("the zstd frame is cut short")
                return 0
            self.started = True
            self.pending, self.offset = self._decompress(chunk), 0
        size = min(len(buffer), len(self.pending) - self.offset)
        buffer[:size] = self.pending[self.offset:self.offset + size]
        self.offset += size
        return size

    def _decompress(self, chunk: bytes) -> bytes:
        out = []
        while chunk:
            if self.frame.eof:  # the next frame begins
                self.frame = self.context.decompressobj()
            out.append(self.frame.decompress(chunk))
            chunk = self.frame.unused_data if self.frame.eof else b""
        return b"".join(out)
