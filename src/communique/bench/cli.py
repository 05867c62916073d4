"""``communique bench``: accuracy on gold events, document-level recall, speed.

- ``accuracy --gold PATH``: a gold JSONL file (PLOVER GSR format) scored by
  ``bench.accuracy``, or a directory of ``NAME.txt`` + ``NAME.expected.json`` articles
  scored by ``bench.articles``.
- ``corpus --corpus PATH``: the share of a labelled CSV corpus's stories whose label is
  among their coded PLOVER categories (``bench.corpus``).
- ``speed --corpus PATH``: communique against spaCy alone on the same texts
  (``bench.speed``).
- ``scale --corpus PATH``: whole ``communique code`` runs with 1 and 2 workers, on Ray,
  and on a small and a large corpus (``bench.scale``).

Figures go to standard output, progress and errors to standard error; ``--json FILE``
also writes the figures as JSON and ``--misses FILE`` the misses as JSONL. Exit status:
0 after a run, 2 for a missing or unreadable input, a bad flag or a missing model.
"""

from __future__ import annotations

import json
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated, Iterator, NoReturn, Optional

import typer

from ..config import Settings, load_settings
from ..errors import CommuniqueError, InputError, ModelError
from . import accuracy as gold_bench
from . import articles as article_bench
from . import corpus as corpus_bench
from . import scale as scale_bench
from . import speed as speed_bench
from .guarded import GuardedCoder, crash_lines

EXIT_USAGE = 2

bench_app = typer.Typer(
    name="bench",
    help="Benchmarks: accuracy on gold events, document-level recall, speed against spaCy.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class Split(str, Enum):
    tune = "tune"
    holdout = "holdout"
    all = "all"


GoldOpt = Annotated[Path, typer.Option(
    "--gold", metavar="PATH", show_default=False,
    help="Gold JSONL file (PLOVER GSR format), or a directory of NAME.txt + "
         "NAME.expected.json articles.")]
SplitOpt = Annotated[Split, typer.Option(
    "--split", help="Half of the gold records to score (by a stable hash of their id).")]
CorpusOpt = Annotated[Path, typer.Option(
    "--corpus", metavar="PATH", envvar="COMMUNIQUE_CORPUS",
    help="CSV corpus with a 'text' column (and 'label' for `bench corpus`), such as the "
         "NGEC synthetic stories of the shared reference data (`make bench` passes it).")]
MissesOpt = Annotated[Optional[Path], typer.Option(
    "--misses", metavar="FILE", dir_okay=False, help="Write the misses here as JSONL.")]
JsonOpt = Annotated[Optional[Path], typer.Option(
    "--json", metavar="FILE", dir_okay=False, help="Also write the figures here as JSON.")]
ModelOpt = Annotated[Optional[str], typer.Option(
    "--model", metavar="NAME", help="spaCy pipeline name or path (env: COMMUNIQUE_MODEL).")]
ConfidenceOpt = Annotated[Optional[float], typer.Option(
    "--min-confidence", metavar="0-1", min=0.0, max=1.0,
    help="Drop events below this confidence (env: COMMUNIQUE_MIN_CONFIDENCE).")]
SummaryOpt = Annotated[bool, typer.Option(
    "--summary", help="Print the figures only, not the events missed or unexpected with their "
                      "sentences (for held-out sets that must stay unread).")]
DebugOpt = Annotated[bool, typer.Option("--debug", help="Show full tracebacks.")]


@bench_app.command("accuracy")
def accuracy(gold: GoldOpt, split: SplitOpt = Split.all, misses: MissesOpt = None,
             json_out: JsonOpt = None, model: ModelOpt = None,
             min_confidence: ConfidenceOpt = None, summary: SummaryOpt = False,
             debug: DebugOpt = False) -> None:
    """Score the coder on gold records, or on a directory of expected articles."""
    with _guard(debug):
        settings = load_settings(model=model, min_confidence=min_confidence)
        path = _existing(gold, "--gold", directory_ok=True)
        if path.is_dir():
            text, figures, missed = _score_articles(path, settings, lists=not summary)
        else:
            text, figures, missed = _score_gold(path, split.value, settings)
        typer.echo(text)
        _write_outputs(figures, json_out, missed, misses)


@bench_app.command("corpus")
def corpus(corpus: CorpusOpt, n: Annotated[Optional[int], typer.Option(
               "--n", "-n", min=1, help="Code only the first N stories (default: all).")] = None,
           split: Annotated[Split, typer.Option(
               "--split", help="Half of the stories to score (by a stable hash of their id), "
                               "so rules can be written on one half and checked on the other."
           )] = Split.all,
           misses: MissesOpt = None, json_out: JsonOpt = None, model: ModelOpt = None,
           min_confidence: ConfidenceOpt = None, debug: DebugOpt = False) -> None:
    """Document level: share of stories whose labelled category is among those coded."""
    with _guard(debug):
        settings = load_settings(model=model, min_confidence=min_confidence)
        path = _existing(corpus, "--corpus")
        stories, coder = _stories(path, n, split.value), _coder(settings)
        report = corpus_bench.evaluate_documents(coder, stories, settings.batch_size)
        source = str(path) if split is Split.all else f"{path} ({split.value} half)"
        typer.echo("\n".join([corpus_bench.format_documents(report, source),
                              *crash_lines(coder)]))
        _write_outputs(_with_crashes(corpus_bench.document_figures(report), coder), json_out,
                       report.misses, misses)


@bench_app.command("speed")
def speed(corpus: CorpusOpt, n: Annotated[int, typer.Option(
              "--n", "-n", min=1, help="Use the first N stories.")] = 500,
          repeat: Annotated[int, typer.Option(
              "--repeat", min=1, help="Rounds of both measurements; medians are reported.")] = 3,
          json_out: JsonOpt = None, model: ModelOpt = None, debug: DebugOpt = False) -> None:
    """Throughput of communique against spaCy's pipeline alone, on the same stories."""
    with _guard(debug):
        settings = load_settings(model=model)
        path = _existing(corpus, "--corpus")
        texts = [story.text for story in _stories(path, n)]
        report = speed_bench.measure(texts, settings, repeat, source=str(path),
                                     progress=lambda line: typer.echo(line, err=True))
        typer.echo(speed_bench.format_speed(report))
        _write_outputs(speed_bench.speed_figures(report), json_out)


@bench_app.command("scale")
def scale(corpus: CorpusOpt, n: Annotated[int, typer.Option(
              "--n", "-n", min=1, help="Articles for the worker and Ray runs.")] = 1000,
          sizes: Annotated[str, typer.Option(
              "--sizes", metavar="N,N", help="Corpus sizes whose peak memory is compared "
              "(stories repeat, with new ids, past the corpus's end).")] = "1000,20000",
          repeat: Annotated[int, typer.Option(
              "--repeat", min=1, help="Runs of each worker setting; medians reported.")] = 1,
          ray: Annotated[bool, typer.Option(
              "--ray/--no-ray", help="Also run with --engine ray (needs communique[ray]).")]
          = True, json_out: JsonOpt = None, debug: DebugOpt = False) -> None:
    """Throughput with 1 and 2 workers, Ray's overhead, peak memory against corpus size."""
    with _guard(debug):
        path = _existing(corpus, "--corpus")
        texts = [story.text for story in _stories(path, None)]
        counts = [int(size) for size in sizes.split(",") if size.strip()]
        report = scale_bench.measure_scale(texts, n, counts, repeat, ray,
                                           progress=lambda line: typer.echo(line, err=True))
        typer.echo(scale_bench.format_scale(report, str(path)))
        _write_outputs(scale_bench.scale_figures(report), json_out)


def _score_gold(path: Path, split: str, settings: Settings) -> tuple[str, dict, list[dict]]:
    records = gold_bench.load_gold(path, split)
    if not records:
        raise InputError(f"no gold records in the {split!r} split", str(path))
    coder = _coder(settings)
    report = gold_bench.evaluate(coder, records, settings.batch_size)
    text = "\n".join([gold_bench.format_report(report, split), "",
                      gold_bench.format_confusion(report), *crash_lines(coder)])
    return text, _with_crashes(gold_bench.report_figures(report, split), coder), report.misses


def _score_articles(path: Path, settings: Settings,
                    lists: bool = True) -> tuple[str, dict, list[dict]]:
    cases = _cases(path)
    coder = _coder(settings)
    score, missed = article_bench.evaluate_cases(coder, cases)
    rejected = [f"  {m['article']}: {m['reason']}" for m in missed if m["kind"] == "rejected"]
    text = "\n".join([f"articles: {len(cases)} from {path}",
                      article_bench.format_score(score, lists)]
                      + (["", "rejected:", *rejected] if rejected else []))
    return text, _with_crashes(article_bench.score_figures(score, len(cases)), coder), missed


def _cases(path: Path) -> list[article_bench.ArticleCase]:
    try:
        cases = article_bench.load_cases(path)
    except (KeyError, ValueError) as error:
        raise InputError(f"bad expected-events file: {error!r}", str(path)) from None
    if not cases:
        raise InputError("no NAME.expected.json files (is this the right directory?)",
                         str(path))
    return cases


def _stories(path: Path, n: int | None, split: str = "all") -> list[corpus_bench.Story]:
    stories = corpus_bench.read_corpus(path, n)
    if not stories:
        raise InputError("the corpus has no stories", str(path))
    if split != "all":
        stories = [story for story in stories if gold_bench.split_of(story.id) == split]
    return stories


def _coder(settings: Settings) -> GuardedCoder:
    from ..pipeline import Coder

    return GuardedCoder(Coder(settings))


def _with_crashes(figures: dict, coder: GuardedCoder) -> dict:
    return {**figures, "crashed": [r.article_id for r in coder.crashed]}


def _existing(path: Path, option: str, directory_ok: bool = False) -> Path:
    if path.is_file() or (directory_ok and path.is_dir()):
        return path
    what = "not a file" if path.is_dir() else "no such file or directory"
    raise InputError(f"{option} {path}: {what}")


def _write_outputs(figures: dict, json_path: Path | None, misses: list[dict] | None = None,
                   misses_path: Path | None = None) -> None:
    if json_path is not None:
        json_path.write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n",
                             encoding="utf-8")
        typer.echo(f"figures written to {json_path}", err=True)
    if misses_path is not None:
        count = gold_bench.write_misses(misses or [], misses_path)
        typer.echo(f"{count} misses written to {misses_path}", err=True)


@contextmanager
def _guard(debug: bool) -> Iterator[None]:
    """Turn an expected failure into one line on standard error and exit status 2."""
    try:
        yield
    except CommuniqueError as error:
        if debug:
            raise
        hint = ("install the model with: pip install 'communique[model]' (or pass --model)"
                if isinstance(error, ModelError) and "pip install" not in str(error) else None)
        _fail(str(error), hint)
    except OSError as error:
        if debug:
            raise
        _fail(f"{error.filename}: {error.strerror}" if error.filename else str(error))


def _fail(message: str, hint: str | None = None) -> NoReturn:
    typer.echo(f"error: {message}", err=True)
    if hint:
        typer.echo(f"hint: {hint}", err=True)
    raise typer.Exit(EXIT_USAGE)
