"""Readers for the PETRARCH2 actor and agent dictionary syntax.

Used by ``scripts/build_actors.py`` to compile the packaged tables; nothing here
runs when coding articles. The syntax is documented in PETRARCH2's
``dictionaries-format.rst``; the points that matter here:

* ``#`` starts a comment; blank lines are skipped.
* An actor record is a primary phrase, optional ``+`` synonyms and optional
  code lines ``[CODE]``, ``[CODE >YYMMDD]``, ``[CODE <YYMMDD]`` or
  ``[CODE YYMMDD-YYMMDD]`` (bounds inclusive; YY <= 30 means 20YY; a lone
  date, which the Phoenix files use a few times, is read as ``>date``). Codes may
  also follow the primary phrase on its own line, several to a line.
  ``[---]`` is the null code.
* ``_`` joins words; a phrase ending in ``_`` is *stopped* (matches the word
  exactly), otherwise it is a *stem* (the last word may carry a suffix).
* An agent line is ``PHRASE {PLURAL} [~CODE]`` or ``[CODE~]``; without ``{}``
  the regular plural is made, ``{}`` means none. ``!NAME! = A, B`` defines a
  substitution set that ``!NAME!`` in later phrases expands to (no plurals).

Departures from PETRARCH2, each deliberate: a record with no code at all takes
the codes of the next record that has some (in the Phoenix files such records
are alternative spellings written as separate primaries, e.g. ``U.N._``); a
malformed date drops that one restriction with a warning instead of aborting;
10-digit dates such as ``1920030320`` (a stray ``19``) keep their last 8 digits.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Iterable, Iterator

from .tables import Rule as CodeRule

NULL_CODE = "---"
_CODE = re.compile(r"^(?:[A-Z0-9]{3,}|---)$")
_BRACKET = re.compile(r"\[([^\]]*)\]")
_MARKER_DEF = re.compile(r"^!(\w+)!\s*=\s*(.+)$")


@dataclass(frozen=True, slots=True)
class Phrase:
    text: str  # words separated by single spaces, as written (upper case)
    stem: bool  # True unless the phrase ended with "_"


@dataclass(frozen=True, slots=True)
class ActorRecord:
    phrases: tuple[Phrase, ...]
    rules: tuple[CodeRule, ...]
    comment: str
    line: int  # line of the primary phrase, 1-based


@dataclass(frozen=True, slots=True)
class AgentRecord:
    text: str
    code: str  # "~GOV" (appended to the actor's code) or "IGO~" (prepended)
    plural: bool
    line: int


def strip_comment(line: str) -> tuple[str, str]:
    body, _, comment = line.partition("#")
    return body.strip(), comment.strip()


def parse_date(raw: str) -> str:
    """YYMMDD or YYYYMMDD (PETRARCH rules) as an ISO date; ValueError if invalid."""
    digits = raw.strip()
    if not digits.isdigit() or len(digits) in (7,) or len(digits) < 6:
        raise ValueError(f"bad date {raw!r}")
    if len(digits) == 10 and digits[2:4] in ("19", "20"):
        digits = digits[2:]
    if len(digits) == 6:
        year = int(digits[:2])
        digits = f"{2000 + year if year <= 30 else 1900 + year}{digits[2:]}"
    return dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:8])).isoformat()


def parse_restriction(text: str) -> tuple[str, str]:
    """``>d``, ``<d``, ``d-d`` or "" as (start, end) ISO dates."""
    text = text.replace(" ", "")
    if not text:
        return "", ""
    if text[0] == ">":
        return parse_date(text[1:]), ""
    if text[0] == "<":
        return "", parse_date(text[1:])
    first, sep, last = text.partition("-")
    if not sep:
        return parse_date(first), ""  # a lone date is read as a start date
    return parse_date(first), parse_date(last)


def parse_code(inner: str) -> CodeRule:
    """The inside of one ``[...]``: a code and an optional date restriction."""
    code, _, restriction = inner.strip().partition(" ")
    if not _CODE.match(code):
        raise ValueError(f"bad code {code!r}")
    start, end = parse_restriction(restriction)
    return CodeRule(code, start, end)


def parse_phrase(raw: str) -> Phrase | None:
    raw = raw.strip()
    if not raw or "\ufffd" in raw:
        return None
    text = " ".join(raw.replace("_", " ").split())
    return Phrase(text.upper(), stem=not raw.endswith("_")) if text else None


class _Block:
    """The record being read: phrases so far, codes so far."""

    def __init__(self, line: int, comment: str) -> None:
        self.line, self.comment = line, comment
        self.phrases: list[Phrase] = []
        self.rules: list[CodeRule] = []


def _codes_on(body: str, lineno: int, warnings: list[str]) -> list[CodeRule]:
    rules = []
    for inner in _BRACKET.findall(body):
        try:
            rules.append(parse_code(inner))
        except ValueError as exc:
            warnings.append(f"line {lineno}: {exc}; restriction skipped")
    return rules


def _blocks(lines: Iterable[str], warnings: list[str]) -> Iterator[_Block]:
    block: _Block | None = None
    for lineno, raw in enumerate(lines, 1):
        body, comment = strip_comment(raw)
        if not body:
            continue
        if body[0] == "[":
            if block is not None:
                block.rules.extend(_codes_on(body, lineno, warnings))
            continue
        if body[0] != "+":
            if block is not None:
                yield block
            block = _Block(lineno, comment)
        phrase = parse_phrase(body.lstrip("+").split("[", 1)[0])
        if phrase is not None and block is not None:
            block.phrases.append(phrase)
        if block is not None:
            block.rules.extend(_codes_on(body, lineno, warnings))
    if block is not None:
        yield block


def parse_actors(lines: Iterable[str], warnings: list[str] | None = None) -> list[ActorRecord]:
    """Parse an actor dictionary; problems are appended to ``warnings``."""
    warnings = [] if warnings is None else warnings
    records: list[ActorRecord] = []
    waiting: list[_Block] = []
    for block in _blocks(lines, warnings):
        if not block.rules:
            waiting.append(block)
            continue
        for item in (*waiting, block):
            records.append(ActorRecord(tuple(item.phrases), tuple(block.rules), item.comment,
                                       item.line))
        waiting = []
    for item in waiting:
        name = item.phrases[0].text if item.phrases else "?"
        warnings.append(f"line {item.line}: no code for {name}")
    return records


def regular_plural(text: str) -> str:
    """PETRARCH's plural of the last word: Y -> IES, S -> SES, otherwise + S."""
    if text.endswith("Y"):
        return text[:-1] + "IES"
    if text.endswith("S"):
        return text + "ES"
    return text + "S"


def expand_markers(text: str, sets: dict[str, list[str]]) -> list[str]:
    """Every substitution of the ``!NAME!`` markers in ``text``.

    A marker glued between letters (``AD!MINIST!RATION``, left by a search and
    replace in the Phoenix file) is put back as its bare name.
    """
    match = re.search(r"!(\w+)!", text)
    if match is None:
        return [text]
    before, after, name = text[: match.start()], text[match.end():], match.group(1)
    if before[-1:].isalpha() and after[:1].isalpha():
        return expand_markers(before + name + after, sets)
    if name not in sets:
        raise KeyError(name)
    return [out for item in sets[name] for out in expand_markers(before + item + after, sets)]


def _agent_forms(body: str, sets: dict[str, list[str]]) -> list[tuple[str, bool]]:
    phrase = body.split("[", 1)[0]
    if "!" in phrase:
        return [(text, False) for text in expand_markers(phrase, sets)]
    if "{" in phrase:
        root, _, rest = phrase.partition("{")
        plural = rest.split("}", 1)[0]
        return [(root, False)] + ([(plural, True)] if plural.strip() else [])
    if phrase.strip().endswith("_"):
        return [(phrase, False)]
    return [(phrase, False), (regular_plural(phrase.strip()), True)]


def parse_agents(lines: Iterable[str], warnings: list[str] | None = None) -> list[AgentRecord]:
    """Parse an agent dictionary into one record per phrase form (plurals included)."""
    warnings = [] if warnings is None else warnings
    sets: dict[str, list[str]] = {}
    records: list[AgentRecord] = []
    for lineno, raw in enumerate(lines, 1):
        body, _ = strip_comment(raw)
        marker = _MARKER_DEF.match(body)
        if marker:
            sets[marker.group(1)] = [item.strip() for item in marker.group(2).split(",")]
            continue
        if body:
            records.extend(_agent_line(body, lineno, sets, warnings))
    return records


def _agent_line(body: str, lineno: int, sets: dict[str, list[str]],
                warnings: list[str]) -> list[AgentRecord]:
    code = re.split(r"[\]}]", body.rsplit("[", 1)[1], maxsplit=1)[0].strip() if "[" in body else ""
    if "~" not in code or not _CODE.match(code.replace("~", "")):
        warnings.append(f"line {lineno}: agent without a valid ~code; skipped")
        return []
    try:
        forms = _agent_forms(body, sets)
    except KeyError as exc:
        warnings.append(f"line {lineno}: undefined substitution set !{exc.args[0]}!; skipped")
        return []
    out = []
    for text, plural in forms:
        phrase = parse_phrase(text)
        if phrase is not None:
            out.append(AgentRecord(phrase.text, code, plural, lineno))
    return out
