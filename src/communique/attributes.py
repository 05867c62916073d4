"""A drop-in, faster replacement for spaCy's ``attribute_ruler`` pipe.

spaCy's AttributeRuler runs a Matcher over every Doc: with the English model's ~180 rules
(tag map, pronoun and auxiliary exceptions) that is about a quarter of the parse time, and
almost every token yields a match that is applied through a Python ``Span``. Yet the rules
only test a token's TAG, LOWER, DEP and IS_SPACE (a few look at two tokens), so which rules
fire on a token depends on those four values alone: they are worked out once per distinct
combination, cached, and the attributes are written back with one ``Doc.from_array``.

The component is built from the loaded model's own rules and gives exactly the ruler's
result: every rule is tested on the tokens as the tagger and parser left them, then the
rules are applied in order, a later one overriding an earlier one. A rule it does not
replicate (another token attribute, an operator such as ``OP`` or ``>=``, extension
attributes) makes it refuse, and the caller keeps spaCy's ruler.
"""

from __future__ import annotations

import re
from typing import Any, Iterable

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.strings import StringStore, get_string_id
from spacy.tokens import Doc
from spacy.tokens._retokenize import normalize_token_attrs
from spacy.vocab import Vocab

FACTORY = "communique_attribute_ruler"
MATCHED = ("TAG", "LOWER", "DEP", "IS_SPACE")  # what a rule may test, in this column order
MATCHED_IDS = (TAG, LOWER, DEP, IS_SPACE)
SETTABLE = (POS, MORPH, LEMMA, DEP, TAG)  # what a rule may set
MAX_CACHED = 200_000  # distinct (tag, lower, dep, is_space) kept; then the cache restarts

Check = tuple[int, str, Any]  # (column, "==" | "IN" | "NOT_IN" | "REGEX", value)


class UnsupportedPatterns(ValueError):
    """The ruler's patterns use something this component does not replicate."""


class FastAttributeRuler:
    """Sets the attributes of an AttributeRuler's patterns without the Matcher."""

    def __init__(self, vocab: Vocab, patterns: Iterable[dict[str, Any]]) -> None:
        self.vocab = vocab
        self.patterns = list(patterns)  # as given, like AttributeRuler.patterns
        self._specs: list[list[Check]] = []  # every token of every pattern, as checks
        # a token spec is only tested on tokens whose TAG (else LOWER, else DEP) it accepts
        self._index: tuple[dict[int, list[int]], ...] = ({}, {}, {})
        self._always: list[int] = []  # specs with no TAG, LOWER or DEP to index them by
        self._single: dict[int, int] = {}  # spec of a one-token pattern -> its rule
        self._multi: list[tuple[tuple[int, ...], int, int]] = []  # (specs, index, rule)
        attrs = []
        for number, rule in enumerate(self.patterns):
            if not isinstance(rule, dict) or set(rule) - {"patterns", "attrs", "index"}:
                raise UnsupportedPatterns(f"rule {number} is not supported: {rule!r}")
            attrs.append(self._normalised(rule.get("attrs", {})))
            index = rule.get("index", 0)
            for pattern in rule.get("patterns", ()):
                if not isinstance(index, int) or not -len(pattern) <= index < len(pattern):
                    raise UnsupportedPatterns(f"rule {number}: index {index!r} is out of range")
                specs = tuple(self._spec(token) for token in pattern)
                if len(specs) == 1:
                    self._single[specs[0]] = number
                else:
                    self._multi.append((specs, index % len(specs), number))
        self._columns = tuple(attr for attr in SETTABLE if any(attr in a for a in attrs))
        self._rules = [tuple((self._columns.index(attr), value) for attr, value in a.items())
                       for a in attrs]  # per rule: (column, value) to write
        self._starts = 0  # bitmask of the specs that begin a multi-token pattern
        for specs, _, _ in self._multi:
            self._starts |= 1 << specs[0]
        self._cache: dict[tuple[int, ...], tuple[tuple[int, ...], int]] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc) or not self._columns:
            return doc
        found = [self._lookup(tuple(row)) for row in doc.to_array(MATCHED_IDS).tolist()]
        fired = [rules for rules, _ in found]
        if self._multi:
            self._add_multi(fired, [passed for _, passed in found])
        shape = (len(doc), len(self._columns))
        values = doc.to_array(self._columns).reshape(shape).tolist()
        for row, rules in zip(values, fired):
            for number in rules:
                for column, value in self._rules[number]:
                    row[column] = value
        doc.from_array(self._columns, numpy.array(values, dtype=numpy.uint64))
        return doc

    def _lookup(self, values: tuple[int, ...]) -> tuple[tuple[int, ...], int]:
        """For one (tag, lower, dep, is_space): the one-token rules that fire, in order,
        and the bitmask of the token specs it passes."""
        cached = self._cache.get(values)
        if cached is None:
            candidates = set(self._always)
            for column, index in enumerate(self._index):
                candidates.update(index.get(values[column], ()))
            strings = self.vocab.strings
            passed = [n for n in candidates if _passes(self._specs[n], values, strings)]
            rules = tuple(sorted({self._single[n] for n in passed if n in self._single}))
            if len(self._cache) >= MAX_CACHED:
                self._cache.clear()
            cached = self._cache[values] = (rules, sum(1 << n for n in passed))
        return cached

    def _add_multi(self, fired: list[tuple[int, ...]], passed: list[int]) -> None:
        """Add the rules of multi-token patterns to the tokens they set, in rule order."""
        extra: dict[int, set[int]] = {}
        for start, mask in enumerate(passed):
            if not mask & self._starts:
                continue
            for specs, index, number in self._multi:
                if start + len(specs) <= len(passed) and all(
                        passed[start + k] >> spec & 1 for k, spec in enumerate(specs)):
                    extra.setdefault(start + index, set()).add(number)
        for i, numbers in extra.items():
            fired[i] = tuple(sorted(numbers.union(fired[i])))

    def _normalised(self, attrs: dict[str, Any]) -> dict[int, int]:
        """A rule's attributes as spaCy's ruler stores them (ids, hashes, morph keys)."""
        if "_" in attrs:
            raise UnsupportedPatterns("extension attributes are not supported")
        normed = normalize_token_attrs(self.vocab, dict(attrs))
        if set(normed) - set(SETTABLE):
            raise UnsupportedPatterns(f"setting {sorted(attrs)} is not supported")
        return normed

    def _spec(self, token: dict[str, Any]) -> int:
        """Compile and index one token of a pattern (a Matcher dict); its number."""
        if not isinstance(token, dict):
            raise UnsupportedPatterns(f"token pattern {token!r} is not supported")
        number = len(self._specs)
        checks = [check for attr, value in token.items() for check in self._checks(attr, value)]
        self._specs.append(checks)
        positive = [check for check in checks if check[0] < 3 and check[1] in ("==", "IN")]
        if not positive:
            self._always.append(number)
            return number
        column, op, wanted = min(positive, key=lambda check: check[0])  # TAG, else LOWER...
        for key in ([wanted] if op == "==" else wanted):
            self._index[column].setdefault(key, []).append(number)
        return number

    def _checks(self, attr: Any, value: Any) -> list[Check]:
        """The conditions of one ``attr: value`` of a token spec, read as the Matcher does."""
        name = attr.upper() if isinstance(attr, str) else attr
        if name == "IS_SPACE" and isinstance(value, bool):
            return [(3, "==", int(value))]
        if name not in MATCHED[:3]:
            raise UnsupportedPatterns(f"token attribute {attr!r}: {value!r} is not supported")
        column = MATCHED.index(name)
        if isinstance(value, str):
            return [(column, "==", self.vocab.strings.add(value))]
        if not isinstance(value, dict) or not value:
            raise UnsupportedPatterns(f"{attr!r}: {value!r} is not supported")
        checks = []
        for op, arg in value.items():
            op = op.upper() if isinstance(op, str) else op
            if op in ("IN", "NOT_IN") and isinstance(arg, (list, tuple)) and all(
                    isinstance(item, str) for item in arg):
                checks.append((column, op, frozenset(get_string_id(item) for item in arg)))
            elif op == "REGEX" and isinstance(arg, str):
                checks.append((column, op, re.compile(arg)))
            else:
                raise UnsupportedPatterns(f"{attr!r}: {{{op!r}: {arg!r}}} is not supported")
        return checks


def _passes(checks: list[Check], values: tuple[int, ...], strings: StringStore) -> bool:
    for column, op, wanted in checks:
        value = values[column]
        if op == "==":
            if value != wanted:
                return False
        elif op == "IN":
            if value not in wanted:
                return False
        elif op == "NOT_IN":
            if value in wanted:
                return False
        elif wanted.search(strings[value]) is None:  # REGEX, on the string as spaCy does
            return False
    return True


@Language.factory(FACTORY, default_config={"patterns": []})
def make_fast_attribute_ruler(nlp: Language, name: str,
                              patterns: list[dict[str, Any]]) -> FastAttributeRuler:
    return FastAttributeRuler(nlp.vocab, patterns)


def replace_attribute_ruler(nlp: Language, name: str = "attribute_ruler") -> bool:
    """Swap the pipeline's AttributeRuler for the fast component, under the same name and
    at the same place; False (spaCy's ruler kept) if its patterns are not supported."""
    ruler = nlp.get_pipe(name)
    if not isinstance(ruler, AttributeRuler):
        return False
    patterns = ruler.patterns
    try:
        FastAttributeRuler(nlp.vocab, patterns)
    except UnsupportedPatterns:
        return False
    nlp.replace_pipe(name, FACTORY, config={"patterns": patterns})
    return True
