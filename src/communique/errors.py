"""Exceptions raised by communique.

    CommuniqueError
    ├── ConfigError        a setting or flag is wrong
    ├── InputError         an input cannot be read or coded (carries origin)
    ├── DictionaryError    a packaged table is malformed (carries file and line)
    ├── ModelError         the spaCy pipeline cannot be loaded
    └── StoreError         the DuckDB store cannot be opened or written

Each message says what failed, where, and what to do next.
"""

from __future__ import annotations


class CommuniqueError(Exception):
    """Base class of every error communique raises on purpose."""


class ConfigError(CommuniqueError):
    pass


class InputError(CommuniqueError):
    def __init__(self, reason: str, origin: str | None = None) -> None:
        self.reason = reason
        self.origin = origin
        super().__init__(f"{origin}: {reason}" if origin else reason)


class DictionaryError(CommuniqueError):
    def __init__(self, reason: str, path: str, line: int | None = None) -> None:
        self.path, self.line = path, line
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {reason}")


class ModelError(CommuniqueError):
    pass


class StoreError(CommuniqueError):
    pass
