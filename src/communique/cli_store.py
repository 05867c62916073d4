"""The commands that read a store: ``export`` and ``stats`` (registered on the main app)."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from rich.console import Console

from .errors import CommuniqueError
from .query import Modality, Period

EXIT_USAGE = 2


class ExportFormat(str, Enum):
    gdelt = "gdelt"
    plover = "plover"
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


class Top(str, Enum):
    actors = "actors"
    events = "events"
    dyads = "dyads"


StoreOpt = Annotated[Path, typer.Option("--db", metavar="PATH", show_default=False,
                                        help="The store (communique code --db), read-only.")]


def _code_option(name: str, what: str) -> Any:
    return typer.Option(f"--{name}", metavar="CODE", help=what)


def register(app: typer.Typer) -> None:
    @app.command("export")
    def export(db: StoreOpt, fmt: Annotated[ExportFormat, typer.Option(
                   "--format", help="gdelt: GDELT 2.0 event TSV; plover: POLECAT-style "
                   "JSONL; jsonl, csv, parquet: the event records (docs/exports.md).")],
               out: Annotated[Path, typer.Option("--out", metavar="PATH", show_default=False)],
               actor: Annotated[Optional[str], _code_option(
                   "actor", "Country (RUS) or code (RUSGOV), either side.")] = None,
               source: Annotated[Optional[str], _code_option("source", "Source.")] = None,
               target: Annotated[Optional[str], _code_option("target", "Target.")] = None,
               cameo: Annotated[Optional[str], _code_option("cameo", "CAMEO prefix.")] = None,
               plover: Annotated[Optional[str], _code_option("plover", "Category.")] = None,
               start: Annotated[Optional[str], typer.Option(
                   "--start", metavar="YYYY-MM-DD")] = None,
               end: Annotated[Optional[str], typer.Option(
                   "--end", metavar="YYYY-MM-DD")] = None,
               modality: Annotated[Optional[Modality], typer.Option("--modality")] = None,
               q: Annotated[Optional[str], typer.Option(
                   "--q", metavar="TEXT", help="Text in the evidence sentence.")] = None
               ) -> None:
        """Write a store's events (each story's once) as GDELT, PLOVER, JSONL, CSV, Parquet."""
        from .exports import export as run_export
        from .query import EventFilters

        filters = EventFilters(actor=_up(actor), source=_up(source), target=_up(target),
                               cameo=cameo, plover=_up(plover), start=_day(start, "--start"),
                               end=_day(end, "--end"),
                               modality=modality.value if modality else None, q=q)
        count = _guard(lambda: run_export(str(_store(db)), fmt.value, out, filters))
        _err().print(f"{count} events written to {out}")

    @app.command("stats")
    def stats(db: StoreOpt,
              dyad: Annotated[Optional[tuple[str, str]], typer.Option(
                  "--dyad", metavar="A B", help="Two actors (RUS, USAGOV ...).")] = None,
              by: Annotated[Period, typer.Option("--by")] = Period.month,
              plot: Annotated[Optional[Path], typer.Option(
                  "--plot", metavar="FILE.png", help="Also draw the dyad's chart.")] = None,
              top: Annotated[Optional[Top], typer.Option(
                  "--top", help="The busiest actors, events or dyads.")] = None,
              limit: Annotated[int, typer.Option("--limit", min=1, max=1000)] = 20) -> None:
        """Counts per quad class and mean Goldstein per period for a dyad, or the busiest."""
        from . import stats as figures
        from .query import Events

        if dyad is None and top is None:
            raise typer.BadParameter("give --dyad A B or --top actors|events|dyads")
        events = _guard(lambda: Events(str(_store(db))))
        console = Console()
        try:
            if dyad is not None:
                a, b = (_checked_code(code) for code in dyad)
                periods = events.dyad(a, b, by.value)
                console.print(figures.dyad_table(a, b, by.value, periods))
                if plot is not None:
                    _guard(lambda: figures.plot_dyad(a, b, by.value, periods, plot))
                    _err().print(f"chart written to {plot}")
            if top is not None:
                console.print(figures.top_table(top.value, events.top(top.value, limit)))
        finally:
            events.close()


def _store(db: Path) -> Path:
    if not db.is_file():
        raise typer.BadParameter(f"{db}: no such file", param_hint="--db")
    return db


def _guard(call: Any) -> Any:
    try:
        return call()
    except CommuniqueError as exc:
        _err().print(f"error: {exc}")
        raise typer.Exit(EXIT_USAGE) from None


def _checked_code(code: str) -> str:
    if not code.isalnum() or not 3 <= len(code) <= 15:
        raise typer.BadParameter(f"{code!r} is not an actor code", param_hint="--dyad")
    return code.upper()


def _up(value: str | None) -> str | None:
    return _checked_code(value) if value else None


def _day(value: str | None, flag: str) -> Any:
    import datetime as dt

    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form",
                                 param_hint=flag) from None


def _err() -> Console:
    return Console(stderr=True, markup=False, highlight=False)
