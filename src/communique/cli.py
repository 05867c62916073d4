"""The ``communique`` command line: a thin layer over ingest → pipeline → export/store.

Exit status of ``communique code``: 0 when every input was coded, 1 when some
were rejected (the rest were still coded), 2 for a usage or configuration error
(bad flag, missing file, bad --date, model not installed, store locked), 3 when
the run stopped on an unexpected error (output closed, I/O error, a bug), 130
when interrupted. Bad inputs get one line each on standard error,
``PATH:LINE: reason`` or ``PATH: reason``, and every run ends with the summary
``read N, coded N, rejected N, events N``.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import sys
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import IO, Annotated, Any, Iterator, Optional

import typer
from rich.console import Console

from .bench.cli import bench_app
from .config import load_settings
from .errors import CommuniqueError, ConfigError, DictionaryError, ModelError
from .ingest import (Columns, STDIN, UNSUPPORTED, check_columns, expand, input_kind,
                     read_inputs)
from .model import Rejection

log = logging.getLogger("communique")

app = typer.Typer(
    name="communique",
    help="Raw news text in, dated and located CAMEO/PLOVER political events out.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
app.add_typer(bench_app, name="bench")

EXIT_OK, EXIT_REJECTED, EXIT_USAGE, EXIT_FAILED, EXIT_INTERRUPTED = 0, 1, 2, 3, 130
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_HINTS: dict[type, str] = {
    ModelError: "install the model with: pip install 'communique[model]' "
                "(or pass --model PATH to a spaCy pipeline)",
    ConfigError: "check the flags (communique code --help) and COMMUNIQUE_* variables",
    DictionaryError: "a packaged data file is damaged: reinstall communique",
}


class Format(str, Enum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


class Engine(str, Enum):
    local = "local"
    ray = "ray"


@app.callback()
def _root() -> None:
    """Raw news text in, dated and located CAMEO/PLOVER political events out."""


# -- the code command ---------------------------------------------------------

InputsArg = Annotated[list[str], typer.Argument(
    metavar="INPUT", show_default=False,
    help="A .txt file (one article), a .jsonl/.ndjson file (one article per line: id and "
         "text required; title, date, outlet, url optional), an .html/.htm page (main "
         "text and metadata extracted), a .warc/.warc.gz archive (each HTML page in it), an "
         ".rss/.atom/.xml feed (each entry), a .csv/.tsv table (each row; see --text-col), any "
         "of these but WARC compressed as .gz/.zst/.zstd, a directory (walked recursively) or - for standard "
         "input. See docs/inputs.md.")]
DateOpt = Annotated[Optional[str], typer.Option(
    "--date", metavar="YYYY-MM-DD",
    help="Publication date of articles that carry none (default: today).")]
OutletOpt = Annotated[Optional[str], typer.Option(
    "--outlet", metavar="NAME", help="Outlet of articles that name none.")]
FormatOpt = Annotated[Optional[Format], typer.Option(
    "--format", show_default=False,
    help="Output format (default: table on a terminal; with --out, csv for a .csv file; "
         "else jsonl). parquet: a dataset directory partitioned by event month (--out DIR).")]
OutOpt = Annotated[Optional[str], typer.Option(
    "--out", metavar="PATH", show_default=False,
    help="Write events here, not to standard output (a directory or URI such as "
         "s3://bucket/events for --format parquet).")]
DbOpt = Annotated[Optional[Path], typer.Option(
    "--db", metavar="PATH", dir_okay=False,
    help="Also store articles, events and rejections in this DuckDB file.")]
ModelOpt = Annotated[Optional[str], typer.Option(
    "--model", metavar="NAME", help="spaCy pipeline name or path (env: COMMUNIQUE_MODEL).")]
ConfidenceOpt = Annotated[Optional[float], typer.Option(
    "--min-confidence", metavar="0-1", min=0.0, max=1.0,
    help="Drop events below this confidence (env: COMMUNIQUE_MIN_CONFIDENCE).")]
DebugOpt = Annotated[bool, typer.Option(
    "--debug", help="Show debug logs and full tracebacks.")]
TextColOpt = Annotated[str, typer.Option(
    "--text-col", metavar="NAME", help="CSV/TSV column holding the article text.")]


def _column(name: str, what: str) -> Any:
    """A --NAME-col option: the CSV/TSV column holding ``what``."""
    return typer.Option(f"--{name}-col", metavar="NAME", help=f"CSV/TSV column holding "
                        f"{what} (default: the column '{name}', if there is one).")


TitleColOpt = Annotated[Optional[str], _column("title", "the title")]
DateColOpt = Annotated[Optional[str], _column("date", "the publication date (YYYY-MM-DD "
                                              "or ISO)")]
IdColOpt = Annotated[Optional[str], _column("id", "the article id (else a hash of the URL or "
                                            "text)")]
UrlColOpt = Annotated[Optional[str], _column("url", "the URL")]
OutletColOpt = Annotated[Optional[str], _column("outlet", "the outlet")]
DedupOpt = Annotated[Optional[bool], typer.Option(
    "--dedup/--no-dedup", help="Merge the events of near-duplicate articles (wire copies) "
    "into one, with num_articles and num_sources (env: COMMUNIQUE_DEDUP; default on).")]
DedupWindowOpt = Annotated[Optional[int], typer.Option(
    "--dedup-window", metavar="N", min=1, help="Articles a story is held for, waiting for "
    "more copies, before its events are written (env: COMMUNIQUE_DEDUP_WINDOW; 1000).")]
WorkersOpt = Annotated[Optional[int], typer.Option(
    "--workers", metavar="N", min=0, help="Processes (or Ray actors) that code articles "
    "(env: COMMUNIQUE_WORKERS; default 0: one per core).")]
EngineOpt = Annotated[Engine, typer.Option(
    "--engine", help="local: this machine's processes; ray: a Ray cluster (pip install "
    "'communique\\[ray]'; see docs/scale.md).")]
AddressOpt = Annotated[Optional[str], typer.Option(
    "--address", metavar="auto|ray://HOST:PORT",
    help="With --engine ray: the cluster to join (default: start a local Ray).")]
RecodeOpt = Annotated[bool, typer.Option(
    "--recode", help="Code every article again, even those --db or a Parquet --out "
    "already holds (by default a run skips them, so a killed run resumes).")]
FetchLinksOpt = Annotated[bool, typer.Option(
    "--fetch-links", help="For feeds: download each entry's link and code that page, "
    "not the entry's summary (polite: 1 request/s per host, 10 s timeouts, 20 MB cap).")]


@app.command("code")
def code(inputs: InputsArg, date: DateOpt = None, outlet: OutletOpt = None,
         fmt: FormatOpt = None, out: OutOpt = None, db: DbOpt = None, model: ModelOpt = None,
         min_confidence: ConfidenceOpt = None, debug: DebugOpt = False,
         fetch_links: FetchLinksOpt = False, text_col: TextColOpt = "text",
         title_col: TitleColOpt = None, date_col: DateColOpt = None, id_col: IdColOpt = None,
         url_col: UrlColOpt = None, outlet_col: OutletColOpt = None, dedup: DedupOpt = None,
         dedup_window: DedupWindowOpt = None, workers: WorkersOpt = None,
         engine: EngineOpt = Engine.local, address: AddressOpt = None,
         recode: RecodeOpt = False) -> None:
    """Code news articles into events."""
    from .run import RunOptions

    columns = Columns(text=text_col, title=title_col, date=date_col, id=id_col, url=url_col,
                      outlet=outlet_col)
    if address is not None and engine is not Engine.ray:
        raise typer.BadParameter("--address needs --engine ray", param_hint="--address")
    options = RunOptions(inputs=_check_inputs(inputs, uris=engine is Engine.ray),
                         date=_parse_date(date), outlet=outlet,
                         fmt=(fmt or _default_format(out)).value, out=out, db=db,
                         overrides={"model": model, "min_confidence": min_confidence,
                                    "dedup": dedup, "dedup_window": dedup_window,
                                    "workers": workers},
                         fetch_links=fetch_links, columns=columns, engine=engine.value,
                         address=address, recode=recode)
    _check_columns(options)
    with _logging(debug):
        status = _guarded(options, debug)
    raise typer.Exit(status)


class DigestFormat(str, Enum):
    md = "md"
    json = "json"


DigestFormatOpt = Annotated[DigestFormat, typer.Option(
    "--format", "-f", help="md: a readable report per article; json: one object per line.")]


@app.command("digest")
def digest(inputs: InputsArg, date: DateOpt = None, outlet: OutletOpt = None,
           fmt: DigestFormatOpt = DigestFormat.md, model: ModelOpt = None,
           debug: DebugOpt = False) -> None:
    """Show, article by article, what the coder removed, found and coded, and why."""
    paths, published = _check_inputs(inputs), _parse_date(date)
    with _logging(debug):
        try:
            status = _digest(paths, published, outlet, fmt, {"model": model})
        except CommuniqueError as exc:
            if debug:
                raise
            _explain(exc, _stderr())
            status = EXIT_USAGE
    raise typer.Exit(status)


ServeDbOpt = Annotated[Path, typer.Option(
    "--db", metavar="PATH", show_default=False, help="The DuckDB store to explore "
    "(written by communique code --db), opened read-only.")]


@app.command("serve")
def serve(db: ServeDbOpt, host: Annotated[str, typer.Option(
              "--host", help="Address to listen on (127.0.0.1: this machine only).")]
          = "127.0.0.1",
          port: Annotated[int, typer.Option("--port", min=1, max=65535)] = 8000,
          debug: DebugOpt = False) -> None:
    """Explore a store's events in a browser: a JSON API (schema at /openapi.json)."""
    if not db.is_file():
        raise typer.BadParameter(f"{db}: no such file", param_hint="--db")
    with _logging(debug):
        try:
            from .web import create_app

            application = create_app(str(db), load_settings().query_seconds)
        except CommuniqueError as exc:
            if debug:
                raise
            _explain(exc, _stderr())
            raise typer.Exit(EXIT_USAGE) from None
        import uvicorn

        _stderr().print(f"serving {db} on http://{host}:{port}/ (read-only; Ctrl-C stops)")
        uvicorn.run(application, host=host, port=port, log_level="warning")


def _digest(paths: list[str], published: dt.date, outlet: str | None, fmt: DigestFormat,
            overrides: dict[str, Any]) -> int:
    import json

    from .digest import digest_record, to_markdown
    from .pipeline import Coder

    settings, err, rejected = load_settings(**overrides), _stderr(), 0
    coder = Coder(settings)
    for item in read_inputs(paths, default_date=published, outlet=outlet,
                            max_chars=settings.max_chars):
        if isinstance(item, Rejection):
            err.print(f"{item.origin}: {item.reason}")
            rejected += 1
            continue
        record = digest_record(item, coder.explain(item))
        sys.stdout.write(to_markdown(record) + "\n" if fmt is DigestFormat.md
                         else json.dumps(record, ensure_ascii=False, default=str) + "\n")
    return EXIT_REJECTED if rejected else EXIT_OK


def _guarded(options: Any, debug: bool) -> int:
    """Run, turning errors into one line (plus a hint) and an exit status."""
    from .run import Counts, run

    err, counts = _stderr(), Counts()
    try:
        return run(options, counts, err)
    except CommuniqueError as exc:
        if debug:
            raise
        _explain(exc, err)
        return EXIT_USAGE
    except KeyboardInterrupt:
        err.print("interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        err.print("stopped: the output was closed")
        return EXIT_FAILED
    except Exception as exc:  # noqa: BLE001 - the CLI's last line of defence
        if debug:
            raise
        err.print(f"error: stopped by an unexpected {type(exc).__name__}: {exc} "
                  "(re-run with --debug for the traceback, and please report it)")
        return EXIT_FAILED
    finally:
        if counts.started:
            err.print(counts.summary())


def _explain(exc: CommuniqueError, err: Console) -> None:
    err.print(f"error: {exc}")
    hint = next((h for kind, h in _HINTS.items() if isinstance(exc, kind)), None)
    if hint and "pip install" not in str(exc):  # the message may already say how
        err.print(f"hint: {hint}")


# -- inputs and options -------------------------------------------------------


def _check_inputs(inputs: list[str], uris: bool = False) -> list[str]:
    inputs = expand(inputs)
    if inputs.count(STDIN) > 1:
        raise typer.BadParameter("standard input (-) can be read only once", param_hint="INPUT")
    for path in inputs:
        if path == STDIN or os.path.isdir(path) or (uris and "://" in path):
            continue
        if not os.path.exists(path):
            raise typer.BadParameter(f"{path}: no such file or directory", param_hint="INPUT")
        if input_kind(path) is None:
            raise typer.BadParameter(f"{path}: {UNSUPPORTED}", param_hint="INPUT")
    return inputs


def _check_columns(options: Any) -> None:
    """A CSV/TSV input without the columns asked for is a usage error, before any coding."""
    try:
        max_chars = load_settings(**options.overrides).max_chars
    except ConfigError:
        return  # the run reports it, with its hint
    try:
        check_columns(options.inputs, options.columns, max_chars)
    except ConfigError as exc:
        raise typer.BadParameter(str(exc), param_hint="INPUT") from None


def _parse_date(value: str | None) -> dt.date:
    if value is None:
        return dt.date.today()
    try:
        if _DATE.match(value):
            return dt.date.fromisoformat(value)
    except ValueError:
        pass
    raise typer.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form", param_hint="--date")


def _default_format(out: str | None) -> Format:
    if out is not None:
        return Format.csv if out.lower().endswith(".csv") else Format.jsonl
    return Format.table if sys.stdout.isatty() else Format.jsonl


def _stderr() -> Console:
    return Console(stderr=True, markup=False, highlight=False, emoji=False, soft_wrap=True)


def _silence_stdout() -> None:
    """After a closed pipe, point stdout at /dev/null so the final flush is quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


class _StderrHandler(logging.StreamHandler):
    """Writes log records to whatever sys.stderr is at the time."""

    @property
    def stream(self) -> IO[str]:
        return sys.stderr

    @stream.setter
    def stream(self, value: IO[str]) -> None:
        pass


@contextmanager
def _logging(debug: bool) -> Iterator[None]:
    """Send communique's log records to stderr for one command, then put things back."""
    handler, previous = _StderrHandler(), log.level
    handler.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.DEBUG if debug else logging.WARNING)
    try:
        yield
    finally:
        log.removeHandler(handler)
        log.setLevel(previous)


def _register_store_commands() -> None:
    from .cli_actors import actors_app
    from .cli_store import register

    register(app)
    app.add_typer(actors_app, name="actors")


_register_store_commands()


def main() -> None:
    """Entry point of the ``communique`` script."""
    app()
