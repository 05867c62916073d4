"""A Coder stand-in for benchmarks: a batch that crashes is re-coded one article at a time.

``Coder.code_batch`` turns the errors it expects into Rejections, but an unexpected
exception (a bug) stops the whole batch. A benchmark should still score the rest, and
show the bug: the article that crashes becomes a Rejection whose reason starts with
``crashed:``, and is listed in ``crashed``.
"""

from __future__ import annotations

import logging
from typing import Any, Sequence

from ..model import Article, Rejection

log = logging.getLogger(__name__)


class GuardedCoder:
    """Wraps a Coder; ``code_batch`` never raises, ``crashed`` lists what did."""

    def __init__(self, coder: Any) -> None:
        self.coder = coder
        self.crashed: list[Rejection] = []

    def code_batch(self, articles: Sequence[Article]) -> list:
        try:
            return self.coder.code_batch(articles)
        except Exception:  # noqa: BLE001 - re-coded one by one below to find the culprit
            log.debug("a batch of %d crashed; coding it one by one", len(articles),
                      exc_info=True)
            return [self._code_one(article) for article in articles]

    def _code_one(self, article: Article) -> Any:
        try:
            return self.coder.code_batch([article])[0]
        except Exception as error:  # noqa: BLE001 - a bug in the coder, reported as such
            log.warning("%s crashed the coder: %s: %s", article.id, type(error).__name__, error)
            rejection = Rejection(origin=article.origin or article.id, article_id=article.id,
                                  reason=f"crashed: {type(error).__name__}: {error}",
                                  stage="code", raw=article.text[:10_000])
            self.crashed.append(rejection)
            return rejection


def crash_lines(coder: GuardedCoder) -> list[str]:
    """One line per crashed article, for the end of a report."""
    if not coder.crashed:
        return []
    return ["", f"crashed the coder ({len(coder.crashed)}; scored as coding nothing):"] + [
        f"  {r.article_id}: {r.reason}" for r in coder.crashed]
