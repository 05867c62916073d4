"""A drop-in, faster replacement for spaCy's rule-based ``lemmatizer`` pipe.

spaCy's Lemmatizer walks the Doc through Python ``Token`` objects: for each token it calls
``rule_lemmatize`` (which builds a few Token views and looks up its own cache keyed by
(ORTH, POS, MORPH)) and sets ``token.lemma_``, one token at a time: about a tenth of the
run time. Yet in "rule" mode a token's lemma depends on its ORTH, POS and MORPH alone, so
this component reads those columns with one ``Doc.to_array``, looks each combination up in
a dict of lemma hashes, calls spaCy's own ``rule_lemmatize`` only on a miss (the logic
stays spaCy's), and writes LEMMA back with one ``Doc.from_array``.

On a miss, ``rule_lemmatize`` runs with the wrapped lemmatizer's tables and
``is_base_form``, except that the word lists of ``lemma_index`` are held as frozensets:
rule_lemmatize only asks whether a form is ``in`` such a list (and whether the list is
empty), which a set answers the same, in a hash lookup instead of a scan of up to 57,000
words (~0.1 ms a miss otherwise). The loaded lemmatizer itself is left as it was.

It gives exactly the lemmatizer's result: only tokens without a lemma are lemmatised
(lemmas set by the attribute ruler are kept) unless ``overwrite``; a token without a POS
goes to spaCy every time, so its warning (W108) is raised as spaCy raises it. A lemmatizer
it does not replicate (another mode, its own ``rule_lemmatize`` or ``__call__``, an
``is_base_form`` that may look at more than POS and MORPH) makes it refuse, and the caller
keeps spaCy's pipe.
"""

from __future__ import annotations

from typing import Any, Callable, Iterable, Optional

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.errors import Errors
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.lookups import Lookups, Table
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc, Token

FACTORY = "communique_lemmatizer"
READ = (ORTH, POS, MORPH, LEMMA)  # the columns read, in this order
WRITTEN = (LEMMA,)  # the only column written back: nothing else is touched
MAX_CACHED = 200_000  # distinct (orth, pos, morph) kept; then the cache restarts
TABLES = ("lemma_rules", "lemma_exc", "lemma_index")  # what rule_lemmatize reads
# is_base_form implementations known to look at the token's POS and MORPH only
BASE_FORM_BY_POS_AND_MORPH = (Lemmatizer.is_base_form, EnglishLemmatizer.is_base_form)


class UnsupportedLemmatizer(ValueError):
    """The lemmatizer does something this component does not replicate."""


def check_supported(lemmatizer: Any) -> None:
    """Raise UnsupportedLemmatizer unless the lemma of a token is spaCy's rule-based one,
    a function of its (ORTH, POS, MORPH) alone."""
    if not isinstance(lemmatizer, Lemmatizer):
        raise UnsupportedLemmatizer(f"{type(lemmatizer).__name__} is not a spaCy Lemmatizer")
    if lemmatizer.mode != "rule":
        raise UnsupportedLemmatizer(f"mode {lemmatizer.mode!r} is not supported, only 'rule'")
    cls = type(lemmatizer)
    if cls.__call__ is not Lemmatizer.__call__:
        raise UnsupportedLemmatizer(f"{cls.__name__} has its own __call__")
    if cls.rule_lemmatize is not Lemmatizer.rule_lemmatize:
        raise UnsupportedLemmatizer(f"{cls.__name__} has its own rule_lemmatize")
    if getattr(lemmatizer.lemmatize, "__func__", None) is not Lemmatizer.rule_lemmatize:
        raise UnsupportedLemmatizer("the lemmatize method is not rule_lemmatize")
    if getattr(lemmatizer.is_base_form, "__func__", None) not in BASE_FORM_BY_POS_AND_MORPH:
        raise UnsupportedLemmatizer(f"{cls.__name__} has its own is_base_form")


class _Solver:
    """What spaCy's ``rule_lemmatize`` reads from its lemmatizer (its cache, lookups and
    ``is_base_form``), with the word lists of ``lemma_index`` as frozensets."""

    rule_lemmatize = Lemmatizer.rule_lemmatize  # spaCy's own code, unchanged

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.cache: dict = {}  # rule_lemmatize's own, bounded with ours
        self.is_base_form = lemmatizer.is_base_form  # bound to the lemmatizer
        self.lookups = Lookups()
        for name in lemmatizer.lookups.tables:
            table = lemmatizer.lookups.get_table(name)
            if name == "lemma_index":
                table = _as_sets(table)
            self.lookups.set_table(name, table)


def _as_sets(table: Table) -> Table:
    """The table with each list of strings as a frozenset (the table itself if any value
    is not such a list)."""
    if not all(isinstance(words, (list, tuple)) and all(isinstance(w, str) for w in words)
               for words in table.values()):
        return table
    return Table(name=table.name, data={key: frozenset(words)  # keys: already hashes
                                        for key, words in table.items()})


class FastLemmatizer:
    """Sets the lemmas of a rule-mode spaCy Lemmatizer, cached by (orth, pos, morph)."""

    def __init__(self, lemmatizer: Lemmatizer, name: Optional[str] = None) -> None:
        check_supported(lemmatizer)
        self.lemmatizer = lemmatizer  # spaCy's: the tables, settings, is_base_form
        self.vocab = lemmatizer.vocab
        self.name = name or lemmatizer.name
        self._cache: dict[tuple[int, int, int], int] = {}  # key -> lemma hash
        self._tables: tuple = ()  # the lemmatizer's tables the cache was built from
        self._solver: Optional[_Solver] = None

    @property
    def mode(self) -> str:
        return self.lemmatizer.mode

    @property
    def overwrite(self) -> bool:
        return self.lemmatizer.overwrite

    @overwrite.setter
    def overwrite(self, value: bool) -> None:
        self.lemmatizer.overwrite = value

    @property
    def lookups(self):
        return self.lemmatizer.lookups

    def use(self, lemmatizer: Lemmatizer) -> None:
        """Wrap another (loaded) lemmatizer instead: its tables and settings."""
        check_supported(lemmatizer)
        self.lemmatizer = lemmatizer
        self.vocab = lemmatizer.vocab
        self._reset()

    def _reset(self) -> None:
        """Forget everything worked out from the lemmatizer's tables."""
        self._cache.clear()
        self._tables = ()
        self._solver = None

    def _current_tables(self) -> tuple:
        lookups = self.lemmatizer.lookups
        return (lookups,) + tuple(lookups.get_table(name, None) for name in TABLES)

    def __call__(self, doc: Doc) -> Doc:
        lemmatizer = self.lemmatizer
        if doc.vocab is not self.vocab:  # cached hashes belong to our StringStore
            return lemmatizer(doc)
        if not lemmatizer._validated:
            lemmatizer._validate_tables(Errors.E1004)
        error_handler = lemmatizer.get_error_handler()
        try:
            tables = self._current_tables()
            if len(tables) != len(self._tables) or any(
                    a is not b for a, b in zip(tables, self._tables)):  # new or reloaded
                self._reset()
                self._tables = tables
            if len(doc):
                self._lemmatize(doc)
            return doc
        except Exception as e:
            error_handler(self.name, self, [doc], e)

    def _lemmatize(self, doc: Doc) -> None:
        get = self._cache.get
        rows = doc.to_array(READ).tolist()
        if self.lemmatizer.overwrite:
            lemmas = [get((orth, pos, morph)) for orth, pos, morph, _ in rows]
        else:
            lemmas = [lemma or get((orth, pos, morph)) for orth, pos, morph, lemma in rows]
        # a miss is None; 0 (the empty lemma) is a cached value like any other
        for i, lemma in enumerate(lemmas):
            if lemma is None:
                orth, pos, morph, _ = rows[i]
                lemmas[i] = self._miss(doc[i], (orth, pos, morph))
        doc.from_array(WRITTEN, numpy.array(lemmas, dtype=numpy.uint64))

    def _miss(self, token: Token, key: tuple[int, int, int]) -> int:
        """The lemma hash spaCy gives the token, as its ``token.lemma_ = ...`` sets it."""
        if self._solver is None:
            self._solver = _Solver(self.lemmatizer)
        value = self.vocab.strings.add(self._solver.rule_lemmatize(token)[0])
        # Not cached: a token without POS (spaCy warns on every one of them), and any
        # lemma met inside a memory zone (its string may be dropped when the zone ends).
        if key[1] and not self.vocab.in_memory_zone:
            if len(self._cache) >= MAX_CACHED:
                self._cache.clear()
                self._solver.cache.clear()
            self._cache[key] = value
        return value

    # The rest is spaCy's lemmatizer's: loading, saving, scoring, error handling.

    def initialize(self, get_examples: Optional[Callable[[], Iterable[Any]]] = None, *,
                   nlp: Optional[Language] = None, lookups: Any = None) -> None:
        self.lemmatizer.initialize(get_examples, nlp=nlp, lookups=lookups)
        self._reset()

    def score(self, examples, **kwargs):
        return self.lemmatizer.score(examples, **kwargs)

    def get_error_handler(self):
        return self.lemmatizer.get_error_handler()

    def set_error_handler(self, error_handler) -> None:
        self.lemmatizer.set_error_handler(error_handler)

    def to_disk(self, path, *, exclude=()):
        self.lemmatizer.to_disk(path, exclude=exclude)

    def from_disk(self, path, *, exclude=()) -> "FastLemmatizer":
        self.lemmatizer.from_disk(path, exclude=exclude)
        self._reset()
        return self

    def to_bytes(self, *, exclude=()) -> bytes:
        return self.lemmatizer.to_bytes(exclude=exclude)

    def from_bytes(self, bytes_data: bytes, *, exclude=()) -> "FastLemmatizer":
        self.lemmatizer.from_bytes(bytes_data, exclude=exclude)
        self._reset()
        return self


@Language.factory(FACTORY, default_config={"mode": "rule", "overwrite": False})
def make_fast_lemmatizer(nlp: Language, name: str, mode: str,
                         overwrite: bool) -> FastLemmatizer:
    """Around the language's own lemmatizer (its tables come with initialize/from_disk)."""
    inner = nlp.create_pipe("lemmatizer", name=name,
                            config={"mode": mode, "overwrite": overwrite})
    return FastLemmatizer(inner, name)


def replace_lemmatizer(nlp: Language, name: str = "lemmatizer") -> bool:
    """Swap the pipeline's rule-based Lemmatizer for the fast component, under the same
    name and at the same place, keeping the loaded lemmatizer (tables, settings) inside;
    False (spaCy's pipe kept) if the lemmatizer is not supported."""
    lemmatizer = nlp.get_pipe(name)
    try:
        check_supported(lemmatizer)
    except UnsupportedLemmatizer:
        return False
    config = {"mode": lemmatizer.mode, "overwrite": lemmatizer.overwrite}
    fast = nlp.replace_pipe(name, FACTORY, config=config)
    fast.use(lemmatizer)
    return True
