"""``communique actors lookup|add``: how a name resolves, and the user's own actors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

from .errors import CommuniqueError

EXIT_USAGE = 2
actors_app = typer.Typer(name="actors", help="Look up how names resolve; add your own actors.",
                         no_args_is_help=True, add_completion=False,
                         pretty_exceptions_enable=False)


@actors_app.command("lookup")
def lookup(name: Annotated[str, typer.Argument(help="A name, as it appears in news.")],
           date: Annotated[Optional[str], typer.Option(
               "--date", metavar="YYYY-MM-DD", help="The day (default: today).")] = None,
           model: Annotated[bool, typer.Option(
               "--sentence/--no-sentence", help="Also code the sentence 'NAME said.' with "
               "the whole coder (loads the model).")] = True) -> None:
    """Show how NAME resolves on a date, and why."""
    from .actors.explain import explain_name, in_a_sentence
    from .config import load_settings

    day = _day(date)
    settings = _guard(lambda: load_settings())
    out = Console(highlight=False, soft_wrap=True)
    for line in _guard(lambda: explain_name(name, day, settings.actors_file)):
        out.print(line, markup=False)
    if model:
        out.print(_guard(lambda: in_a_sentence(name, day, settings)), markup=False)


@actors_app.command("add")
def add(file: Annotated[Path, typer.Argument(metavar="FILE.csv", help="name,code,start,end "
                                             "and optionally aliases, kind")]) -> None:
    """Check FILE.csv and merge it into your actors dictionary, used by later runs."""
    from .actors.user import add as merge
    from .actors.user import user_file
    from .config import load_settings

    if not file.is_file():
        raise typer.BadParameter(f"{file}: no such file", param_hint="FILE.csv")
    destination = user_file(_guard(lambda: load_settings()).actors_file)
    added = _guard(lambda: merge(file, destination))
    Console(stderr=True, highlight=False).print(
        f"{added} new row(s) added to {destination}", markup=False)


def _day(value: str | None) -> dt.date:
    if value is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form",
                                 param_hint="--date") from None


def _guard(call):
    try:
        return call()
    except CommuniqueError as exc:
        Console(stderr=True, highlight=False).print(f"error: {exc}", markup=False)
        raise typer.Exit(EXIT_USAGE) from None
