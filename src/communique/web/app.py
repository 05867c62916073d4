"""The web app's JSON API (FastAPI), over a read-only store.

Endpoints (the OpenAPI schema is at ``/openapi.json``):

- ``GET /api/events``: filters ``actor`` (either side), ``source``, ``target`` (a country
  such as ``RUS`` matches all its actors, a full code such as ``RUSGOV`` only itself),
  ``cameo`` (a prefix), ``plover``, ``modality``, ``start``, ``end`` (ISO dates), ``q``
  (text in the evidence), ``limit`` (1-1000), ``offset``; returns ``{"events": [...],
  "total": N}`` with the event records of docs/events.md.
- ``GET /api/events.csv``: the same query as CSV (up to 100,000 rows).
- ``GET /api/events/{id}``, ``GET /api/articles/{id}`` (text and its events' spans),
  ``GET /api/dyads?a=&b=&by=day|week|month|year``, ``GET /api/actors?prefix=&limit=``.

The pages are ``/`` (static/index.html and app.js: events, dyad timeline, map, article
view) with Vega, Vega-Lite and vega-embed bundled under ``/static/vendor`` (no CDN).
An invalid parameter is a 400 with a message naming it; nothing here writes.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Any, Iterator, Optional

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, StreamingResponse
from fastapi.staticfiles import StaticFiles

from .. import __version__
from ..export import CSV_COLUMNS
from ..query import EventFilters, Events, Modality, Period, QueryTimeout

STATIC = Path(__file__).parent / "static"  # the pages; vendor/ holds Vega and the atlas
CODE = r"^[A-Za-z0-9]{3,15}$"
MAX_CSV_ROWS = 100_000

ActorQ = Annotated[Optional[str], Query(pattern=CODE, description="Country (RUS) or code "
                                        "(RUSGOV), source or target.")]
SourceQ = Annotated[Optional[str], Query(pattern=CODE, description="Source country or code.")]
TargetQ = Annotated[Optional[str], Query(pattern=CODE, description="Target country or code.")]
CameoQ = Annotated[Optional[str], Query(pattern=r"^\d{2,4}$",
                                        description="CAMEO code prefix (19, 190, 1823).")]
PloverQ = Annotated[Optional[str], Query(pattern=r"^[A-Za-z_]{3,20}$",
                                         description="PLOVER category (ASSAULT, AGREE ...).")]
ModalityQ = Annotated[Optional[Modality], Query(description="asserted, planned ...")]
StartQ = Annotated[Optional[dt.date], Query(description="First event date (YYYY-MM-DD).")]
EndQ = Annotated[Optional[dt.date], Query(description="Last event date (YYYY-MM-DD).")]
TextQ = Annotated[Optional[str], Query(min_length=1, max_length=200,
                                       description="Text in the evidence sentence.")]


def create_app(db: str, query_seconds: float | None = None) -> FastAPI:
    """The app over the store file ``db`` (opened read-only now; StoreError if it cannot).
    A query running longer than ``query_seconds`` is stopped and answered with 503."""
    events = Events(db, timeout=query_seconds)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> Iterator[None]:
        yield
        events.close()

    app = FastAPI(title="communique", version=__version__, lifespan=lifespan,
                  docs_url=None, redoc_url=None,  # their pages load scripts from a CDN
                  description="Political events coded from news (CAMEO/PLOVER), read-only.")
    app.state.events = events
    app.add_exception_handler(RequestValidationError, _bad_request)
    app.add_exception_handler(QueryTimeout, _too_slow)
    _routes(app, events)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html")

    return app


def event_filters(actor: ActorQ = None, source: SourceQ = None, target: TargetQ = None,
                  cameo: CameoQ = None, plover: PloverQ = None, modality: ModalityQ = None,
                  start: StartQ = None, end: EndQ = None, q: TextQ = None) -> EventFilters:
    """The filters of /api/events and /api/events.csv (a FastAPI dependency)."""
    if start and end and start > end:
        raise HTTPException(400, "start is after end")
    return EventFilters(actor=_upper(actor), source=_upper(source), target=_upper(target),
                        cameo=cameo, plover=_upper(plover),
                        modality=modality.value if modality else None,
                        start=start, end=end, q=q)


Filters = Annotated[EventFilters, Depends(event_filters)]


def _routes(app: FastAPI, events: Events) -> None:
    @app.get("/api/events")
    def list_events(chosen: Filters, limit: Annotated[int, Query(ge=1, le=1000)] = 100,
                    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0) -> dict[str, Any]:
        """Events matching the filters, newest first."""
        found, total = events.events(chosen, limit, offset)
        return {"events": found, "total": total}

    @app.get("/api/events.csv")
    def events_csv(chosen: Filters, limit: Annotated[int, Query(ge=1, le=MAX_CSV_ROWS)]
                   = MAX_CSV_ROWS) -> StreamingResponse:
        """The same query as CSV, one row per event (the flat columns of docs/events.md)."""
        return StreamingResponse(_csv(events.event_rows(chosen, limit)), media_type="text/csv",
                                 headers={"Content-Disposition":
                                          'attachment; filename="events.csv"'})

    @app.get("/api/events/{event_id}")
    def one_event(event_id: Annotated[str, _id()]) -> dict[str, Any]:
        return events.event(event_id) or _missing("event", event_id)

    @app.get("/api/articles/{article_id}")
    def one_article(article_id: Annotated[str, _id()]) -> dict[str, Any]:
        """The article's text, and the spans of its events' evidence."""
        return events.article(article_id) or _missing("article", article_id)

    @app.get("/api/dyads")
    def dyad(a: Annotated[str, Query(pattern=CODE)], b: Annotated[str, Query(pattern=CODE)],
             by: Period = Period.month) -> dict[str, Any]:
        """Events between two actors (either way) per period: counts by quad class and the
        mean Goldstein value."""
        return {"a": a.upper(), "b": b.upper(), "by": by.value,
                "periods": events.dyad(a.upper(), b.upper(), by.value)}

    @app.get("/api/actors")
    def actors(prefix: Annotated[Optional[str], Query(pattern=r"^[A-Za-z0-9]{1,15}$")] = None,
               limit: Annotated[int, Query(ge=1, le=1000)] = 100) -> dict[str, Any]:
        """The busiest actor codes, as source or target."""
        return {"actors": events.actors(_upper(prefix), limit)}


def _id() -> Any:
    from fastapi import Path as PathParam

    return PathParam(min_length=1, max_length=200)


def _upper(value: str | None) -> str | None:
    return value.upper() if value else None


def _missing(what: str, key: str) -> Any:
    raise HTTPException(404, f"no {what} with id {key!r}")


def _csv(rows: Iterator[list[Any]]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        writer.writerow(row)
        if buffer.tell() > 64_000:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


async def _too_slow(request: Request, exc: QueryTimeout) -> JSONResponse:
    return JSONResponse({"detail": str(exc)}, status_code=503)


async def _bad_request(request: Request, exc: RequestValidationError) -> JSONResponse:
    """Invalid parameters are a 400 naming each one, not FastAPI's 422."""
    problems = [f"{'.'.join(str(p) for p in e['loc'][1:]) or e['loc'][0]}: {e['msg']}"
                for e in exc.errors()]
    return JSONResponse({"detail": "; ".join(problems)}, status_code=400)
