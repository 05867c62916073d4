"""Throughput of the whole coder against spaCy's pipeline alone, on the same texts.

Both measurements run in one process, alternating (communique first in odd rounds,
spaCy first in even ones), and the report gives the median of each figure:

- spaCy alone: ``spacy.load(model)``, then ``list(nlp.pipe(texts))``. The baseline is
  spaCy itself, so this is the one place outside ``nlp.py``, ``attributes.py`` and
  ``lemmas.py`` (spaCy pipes) that imports spaCy (lazily).
- communique: ``Coder(settings)``, then ``code_batch`` over batches of
  ``settings.batch_size`` articles, as ``pipeline.code_articles`` runs it.

Stage times come from the same communique run: while it runs, the coder's stage
objects (parser, actors, events, dates, places) are wrapped in timers; cleaning is timed
on its own on the same texts. ``events+dates+places`` is what remains of the coding
time after cleaning, parsing and actors: event patterns, dates, places, quotes, merging.
Rates are per second of median work; "incl. load" adds the first run's load, the one a
single command pays (later loads in the same process reuse cached tables and files).
Peak RSS is the process's ``ru_maxrss``: once after the first communique run (nothing
else has run yet) and once at the end.
An article that crashes the coder (a bug, not a Rejection) makes its batch be coded
again one article at a time (``GuardedCoder``); the report names such articles.
"""

from __future__ import annotations

import gc
import resource
import statistics
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Callable, Sequence

from ..clean import clean
from ..config import Settings
from ..errors import ModelError
from ..model import Article
from .guarded import GuardedCoder

# (Coder attribute, method, stage name): the stage calls timed during a communique run.
TIMED_CALLS = (("parser", "parse", "parse"), ("actors", "code_article", "actors"),
               ("events", "code_sentence", "events"), ("dates", "resolve", "dates"),
               ("places", "locate", "places"))
STAGES = ("clean", "parse", "actors", "events+dates+places")
DETAIL = ("events", "dates", "places", "other")


@dataclass
class Run:
    """One measurement: seconds to load and to process, and what was processed."""

    load: float
    work: float
    articles: int
    sentences: int
    tokens: int
    stages: dict[str, float] = field(default_factory=dict)
    crashed: tuple[str, ...] = ()  # ids of articles that crashed the coder (communique)

    @property
    def total(self) -> float:
        return self.load + self.work


@dataclass
class SpeedReport:
    source: str
    model: str
    repeat: int
    spacy: list[Run]
    communique: list[Run]
    rss_communique: int  # bytes, after the first communique run
    rss_peak: int  # bytes, at the end

    def median(self, runs: list[Run], pick: Callable[[Run], float]) -> float:
        return statistics.median(pick(r) for r in runs)

    def rate(self, runs: list[Run], count: str, with_load: bool = False) -> float:
        """Per second of median work; with the load, the first run's (cold) load is added."""
        seconds = self.median(runs, lambda r: r.work) + (runs[0].load if with_load else 0.0)
        return getattr(runs[0], count) / seconds if seconds else 0.0

    def ratio(self, with_load: bool = False) -> float:
        base = self.rate(self.spacy, "articles", with_load)
        return self.rate(self.communique, "articles", with_load) / base if base else 0.0

    def stage(self, name: str) -> float:
        return self.median(self.communique, lambda r: r.stages.get(name, 0.0))


def peak_rss() -> int:
    """The process's peak resident set size in bytes (Linux reports KiB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


def measure_spacy(model: str, texts: Sequence[str]) -> Run:
    import spacy  # the baseline: spaCy alone, not communique's loader

    gc.collect()
    started = time.perf_counter()
    try:
        nlp = spacy.load(model)
    except (OSError, ImportError) as error:
        raise ModelError(f"cannot load the spaCy pipeline {model!r}: {error}") from None
    loaded = time.perf_counter()
    docs = list(nlp.pipe(texts))
    done = time.perf_counter()
    return Run(load=loaded - started, work=done - loaded, articles=len(docs),
               sentences=sum(1 for doc in docs for _ in doc.sents),
               tokens=sum(len(doc) for doc in docs))


def measure_communique(settings: Settings, articles: Sequence[Article]) -> Run:
    from ..pipeline import Coder

    gc.collect()
    started = time.perf_counter()
    coder = Coder(settings)
    loaded = time.perf_counter()
    stages: dict[str, float] = {}
    counts = {"sentences": 0, "tokens": 0}
    guarded = GuardedCoder(coder)
    with timed_stages(coder, stages, counts):
        for start in range(0, len(articles), settings.batch_size):
            guarded.code_batch(articles[start:start + settings.batch_size])
    done = time.perf_counter()
    stages["clean"] = clean_time(articles)
    _split_rest(stages, done - loaded)
    return Run(load=loaded - started, work=done - loaded, articles=len(articles),
               stages=stages, crashed=tuple(r.article_id for r in guarded.crashed), **counts)


def clean_time(articles: Sequence[Article]) -> float:
    started = time.perf_counter()
    for article in articles:
        clean(article.text)
    return time.perf_counter() - started


def _split_rest(stages: dict[str, float], work: float) -> None:
    """Turn the timed calls into the reported stages (see the module docstring)."""
    rest = max(work - stages["clean"] - stages["parse"] - stages["actors"], 0.0)
    stages["events+dates+places"] = rest
    stages["other"] = max(rest - stages["events"] - stages["dates"] - stages["places"], 0.0)


@contextmanager
def timed_stages(coder: Any, stages: dict[str, float], counts: dict[str, int]) -> Iterator[None]:
    """Wrap the coder's stage objects in timers for the duration; put them back after."""
    originals = {attribute: getattr(coder, attribute) for attribute, _, _ in TIMED_CALLS}
    for attribute, method, stage in TIMED_CALLS:
        stages[stage] = 0.0
        setattr(coder, attribute, _Timed(originals[attribute], method, stage, stages,
                                         counts if stage == "parse" else None))
    try:
        yield
    finally:
        for attribute, original in originals.items():
            setattr(coder, attribute, original)


class _Timed:
    """Stands in for a stage object: one method is timed, everything else passes through.

    A result that is an iterator is consumed inside the timer (the coder consumes it
    whole anyway), so lazy stages are charged for their work.
    """

    def __init__(self, inner: Any, method: str, stage: str, stages: dict[str, float],
                 counts: dict[str, int] | None = None) -> None:
        self._inner, self._method, self._stage, self._stages = inner, method, stage, stages
        self._counts = counts

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._inner, name)
        return self._timed(value) if name == self._method else value

    def _timed(self, call: Callable) -> Callable:
        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            result = call(*args, **kwargs)
            if isinstance(result, Iterator):
                result = list(result)
            self._stages[self._stage] += time.perf_counter() - started
            if self._counts is not None:
                _count_parsed(result, self._counts)
            return result
        return timed


def _count_parsed(parsed: list, counts: dict[str, int]) -> None:
    for sentences in parsed:
        counts["sentences"] += len(sentences)
        counts["tokens"] += sum(len(s.tokens) for s in sentences)


def measure(texts: Sequence[str], settings: Settings, repeat: int = 3, source: str = "",
            progress: Callable[[str], None] | None = None) -> SpeedReport:
    """Run both measurements ``repeat`` times, alternating which goes first."""
    from .corpus import CORPUS_DATE

    _import_both()
    articles = [Article(id=f"story-{n}", text=text, date=CORPUS_DATE)
                for n, text in enumerate(texts, 1)]
    runs: dict[str, list[Run]] = {"spacy": [], "communique": []}
    rss_communique = 0
    for round_ in range(repeat):
        order = ("communique", "spacy") if round_ % 2 == 0 else ("spacy", "communique")
        for name in order:
            run = (measure_communique(settings, articles) if name == "communique"
                   else measure_spacy(settings.model, texts))
            runs[name].append(run)
            if name == "communique" and not rss_communique:
                rss_communique = peak_rss()
            if progress:
                progress(f"round {round_ + 1}/{repeat}: {name} load {run.load:.2f} s, "
                         f"work {run.work:.2f} s")
    return SpeedReport(source=source, model=settings.model, repeat=repeat,
                       spacy=runs["spacy"], communique=runs["communique"],
                       rss_communique=rss_communique, rss_peak=peak_rss())


def _import_both() -> None:
    """Import spaCy and the pipeline up front, so that neither first load pays for it."""
    import spacy  # noqa: F401

    from .. import pipeline  # noqa: F401


def format_speed(report: SpeedReport) -> str:
    s, c = report.spacy, report.communique
    lines = [f"speed: {s[0].articles} stories from {report.source}, model {report.model}, "
             f"{report.repeat} round(s), medians", "",
             f"{'':<26}{'spaCy alone':>14}{'communique':>14}"]
    rows = [("load s, first run", lambda r: r[0].load, ".2f"),
            ("load s, median", lambda r: report.median(r, lambda x: x.load), ".2f"),
            ("work s", lambda r: report.median(r, lambda x: x.work), ".2f"),
            ("articles/s", lambda r: report.rate(r, "articles"), ".1f"),
            ("articles/s incl. 1st load", lambda r: report.rate(r, "articles", True), ".1f"),
            ("sentences/s", lambda r: report.rate(r, "sentences"), ".1f"),
            ("tokens/s", lambda r: report.rate(r, "tokens"), ".0f")]
    for label, pick, spec in rows:
        lines.append(f"{label:<26}{pick(s):>14{spec}}{pick(c):>14{spec}}")
    lines += ["", "communique stages          s   share"]
    work = report.median(c, lambda r: r.work)
    for name in STAGES + DETAIL:
        label = f"  {name}" if name in DETAIL else name
        seconds = report.stage(name)
        lines.append(f"{label:<22}{seconds:>8.2f}{seconds / work if work else 0:>8.1%}")
    lines += ["", f"ratio communique/spaCy articles/s: {report.ratio():.2f} "
              f"(incl. load {report.ratio(True):.2f})",
              f"peak RSS: {report.rss_communique / 2**20:.0f} MB after the first communique "
              f"run, {report.rss_peak / 2**20:.0f} MB for the whole process"]
    crashed = c[0].crashed
    if crashed:
        lines += ["", f"crashed the coder: {len(crashed)} ({', '.join(crashed)}); their batch "
                  "was coded again one article at a time, which the times include"]
    return "\n".join(lines)


def speed_figures(report: SpeedReport) -> dict:
    def side(runs: list[Run]) -> dict:
        return {"first_load_s": round(runs[0].load, 3),
                "load_s": round(report.median(runs, lambda r: r.load), 3),
                "work_s": round(report.median(runs, lambda r: r.work), 3),
                "articles_per_s": round(report.rate(runs, "articles"), 2),
                "articles_per_s_with_load": round(report.rate(runs, "articles", True), 2),
                "sentences_per_s": round(report.rate(runs, "sentences"), 2),
                "tokens_per_s": round(report.rate(runs, "tokens"), 1)}

    return {"stories": report.spacy[0].articles, "model": report.model,
            "repeat": report.repeat, "spacy": side(report.spacy),
            "communique": {**side(report.communique),
                           "stages_s": {n: round(report.stage(n), 3) for n in STAGES + DETAIL}},
            "ratio": round(report.ratio(), 3), "ratio_with_load": round(report.ratio(True), 3),
            "peak_rss_communique_mb": round(report.rss_communique / 2**20, 1),
            "peak_rss_mb": round(report.rss_peak / 2**20, 1),
            "crashed": list(report.communique[0].crashed)}
