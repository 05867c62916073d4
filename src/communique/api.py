"""The Python API: code text or files, and read a store into data frames.

    import communique
    events = communique.code_text("Russia condemned NATO's exercises on Monday.",
                                  date="2024-03-04")
    for result in communique.code(["news/"], date="2024-03-04"):
        ...                                   # Event, or Rejection for bad input
    frame = communique.open("events.duckdb").events(actor="RUS", start="2024-01-01")

These do what ``communique code`` does, with the same settings (keyword arguments
override ``COMMUNIQUE_*`` variables, which override the defaults; see docs/settings.md).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import Any

from .config import Settings, load_settings
from .model import Article, Event, Rejection

_coders: dict[Settings, Any] = {}


def _coder(settings: Settings) -> Any:
    """A loaded Coder per distinct settings, kept for later calls (loading takes ~2 s)."""
    if settings not in _coders:
        from .pipeline import Coder

        _coders[settings] = Coder(settings)
    return _coders[settings]


def _date(value: dt.date | str | None) -> dt.date:
    if value is None:
        return dt.date.today()
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)


def code_text(text: str, *, date: dt.date | str | None = None, title: str | None = None,
              outlet: str | None = None, **settings: Any) -> list[Event]:
    """The events of one article's text, published on ``date`` (default: today)."""
    from .ingest.common import text_id, with_headline

    body = with_headline(title, text) if title else text
    article = Article(id=text_id("api", body), text=body, title=title, date=_date(date),
                      outlet=outlet)
    return list(_coder(load_settings(**settings)).code(article))


def code(paths: str | Iterable[str], *, date: dt.date | str | None = None,
         outlet: str | None = None, **settings: Any) -> Iterator[Event | Rejection]:
    """Every event of the articles in ``paths`` (files, directories, globs, as the command
    line reads them), in input order; an input that cannot be coded is a Rejection."""
    from .ingest import read_inputs
    from .pipeline import code_articles

    chosen = load_settings(**settings)
    inputs = [paths] if isinstance(paths, str) else list(paths)
    items = read_inputs(inputs, default_date=_date(date), outlet=outlet,
                        max_chars=chosen.max_chars)
    for result in code_articles(items, chosen, coder=_coder(chosen)):
        if isinstance(result, Rejection):
            yield result
        else:
            yield from result[1]


class EventStore:
    """A store opened read-only; ``events(**filters)`` gives a pandas DataFrame."""

    def __init__(self, path: str) -> None:
        from .query import Events

        self.path = str(path)
        self._events = Events(self.path)

    def __enter__(self) -> EventStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        self._events.close()

    def events(self, **filters: Any) -> Any:
        """The events matching ``filters`` (``actor``, ``source``, ``target``, ``cameo``,
        ``plover``, ``modality``, ``start``, ``end``, ``q``, as in the web API), one row
        per event with the flat columns of docs/events.md, as a pandas DataFrame."""
        pd = _need("pandas")
        from .export import CSV_COLUMNS

        return pd.DataFrame(self._rows(filters), columns=list(CSV_COLUMNS))

    def to_polars(self, **filters: Any) -> Any:
        """``events(**filters)`` as a polars DataFrame."""
        pl = _need("polars")
        from .export import CSV_COLUMNS

        return pl.DataFrame(self._rows(filters), schema=list(CSV_COLUMNS), orient="row",
                            infer_schema_length=None)

    def _rows(self, filters: dict[str, Any]) -> list[list[Any]]:
        from .query import EventFilters

        chosen = EventFilters(**{k: _filter_value(k, v) for k, v in filters.items()})
        return list(self._events.event_rows(chosen, limit=2**62))


def _need(module: str) -> Any:
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        from .errors import ConfigError

        raise ConfigError(f"this needs {module}: pip install 'communique[analysis]'") \
            from None


def _filter_value(name: str, value: Any) -> Any:
    if name in ("start", "end") and value is not None:
        return _date(value)
    if name in ("actor", "source", "target", "plover") and isinstance(value, str):
        return value.upper()
    return value


def open_store(path: str) -> EventStore:
    """Open a store (written by ``communique code --db``) read-only."""
    return EventStore(path)
