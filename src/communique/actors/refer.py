"""What the parse says a pronoun or a description refers to.

* "the group", "the militant group" (``group_phrases``) -> the nearest organisation,
  armed group first; "the militants", "the rebels", "the insurgents" -> the nearest
  armed group (``same_group``), such as "Boko Haram" (NGAREB) two sentences back;
  "the rights group", "the opposition" -> the nearest one of that role.
* A pronoun that is the subject of what someone said refers to the speaker when they
  agree: "Police said they had arrested 87 people" -> the police (``speaker``).
* A possessive pronoun prefers the subject of its own clause: "Tokyo lodged a protest
  with Pyongyang through its embassy" -> Tokyo (``clause_subject``).
* "..., two diplomats said" closing a sentence that names several parties
  (``unattributed``): the speakers' country cannot be told, so they get none.
"""

from __future__ import annotations

import re
from typing import Callable

from ..model import ParsedSentence, Token
from .codes import country_of, sector_of
from .compose import BACKING, HYPHENS, Found

ARMED = frozenset({"REB", "UAF", "INS", "SEP"})
GROUPISH = ARMED | {"OPP", "PTY", "HRI", "RAD"}
GROUP_NOUNS = frozenset({"group", "groups", "outfit", "faction", "movement", "organisation",
                         "organization", "network"})
ARMED_WORDS = frozenset("militant armed rebel insurgent jihadist islamist extremist terrorist "
                        "terror separatist radical paramilitary guerrilla hardline".split())
SPEECH_VERBS = frozenset("say tell add state announce claim insist warn confirm deny argue "
                         "note explain vow pledge promise threaten believe hope fear expect "
                         "maintain stress acknowledge admit declare report "
                         "said says told added".split())  # forms, for unlemmatised text
SUBJECTS = ("nsubj", "nsubjpass")
VERB_POS = frozenset({"VERB", "AUX"})


def group_phrases(sentence: ParsedSentence) -> list[tuple[int, int]]:
    """ "the group", "the militant group", "the jihadist movement" (not "the group of")."""
    tokens, out = sentence.tokens, []
    for t in tokens:
        if t.text.lower() != "the":
            continue
        j = _after_backer(tokens, t.i + 1)
        start = j
        while j < len(tokens) and j - start <= 1 and tokens[j].text in ARMED_WORDS:
            j += 1
        if j < len(tokens) and tokens[j].text in GROUP_NOUNS and not _of_follows(tokens, j):
            out.append((t.i, j + 1))
    return out


def _after_backer(tokens: tuple[Token, ...], j: int) -> int:
    """Past 'Iran-backed' in 'the Iran-backed group' (the group, not its backer)."""
    if j + 2 < len(tokens) and tokens[j + 1].text in HYPHENS \
            and tokens[j + 2].text.lower() in BACKING:
        return j + 3
    return j


BODY_NOUNS = frozenset({"bloc", "alliance", "body", "grouping", "union"})
BODY_WORDS = frozenset("regional military western trade economic political continental "
                       "european african asian arab atlantic global world international".split())
MEMBERSHIP = re.compile(r"\d+-(?:member|nation|country|state)", re.I)  # 'the 15-nation bloc'


def body_phrases(sentence: ParsedSentence) -> list[tuple[int, int]]:
    """ "the bloc", "the regional body", "the Western alliance": an international
    organisation named before (``body_antecedent``)."""
    tokens, out = sentence.tokens, []
    for t in tokens:
        if t.text.lower() != "the":
            continue
        j = t.i + 1
        while j < len(tokens) and j - t.i <= 2 and (tokens[j].text.lower() in BODY_WORDS
                                                    or MEMBERSHIP.fullmatch(tokens[j].text)):
            j += 1
        if j == t.i + 1 and MEMBERSHIP.fullmatch("".join(x.text for x in tokens[j:j + 3])):
            j += 3  # 'the 15-nation bloc' in three tokens: '15', '-', 'nation'
        if j < len(tokens) and tokens[j].text.lower() in BODY_NOUNS \
                and (tokens[j].pos == "NOUN" or tokens[j].text.islower()) \
                and not _of_follows(tokens, j):  # 'the 27-member [bloc]' tagged PROPN
            out.append((t.i, j + 1))
    return out


def body_antecedent(start: int, end: int, candidates: list[Found]) -> list[Found]:
    found = _nearest(candidates, lambda f: f.code.startswith("IGO") and not f.person)
    return [Found(start, end, found.code, "description")] if found else []


# Nouns by which a text takes up a country it has named: 'North Korea fired a missile.
# [The country] also ...', 'warplanes flew around [the island]', 'praised [the kingdom]'.
COUNTRY_NOUNS = frozenset({"country", "nation", "kingdom", "island", "emirate", "republic"})
# Words before them that make the phrase some other country or no one country.
NOT_THE_NAMED = frozenset({"other", "same", "whole", "entire", "host", "home", "neighbouring",
                           "neighboring", "each", "every", "any", "a", "an", "this", "that"})


def country_phrases(sentence: ParsedSentence) -> list[tuple[int, int]]:
    """ "the country", "the Gulf kingdom", "the island nation", "the war-torn country" (not
    "the country of 40 million", "the other country"): a country named before
    (``country_antecedent``)."""
    tokens, out = sentence.tokens, []
    for t in tokens:
        if t.text.lower() != "the":
            continue
        for j in range(t.i + 1, min(t.i + 6, len(tokens))):
            word = tokens[j]
            if word.text.lower() in NOT_THE_NAMED or word.tag in ("CD", "POS", "NNS"):
                break
            if word.text.lower() in COUNTRY_NOUNS and word.tag == "NN" \
                    and not _of_follows(tokens, j) and _modifiers_only(tokens[t.i + 1:j]):
                nested = j + 1 < len(tokens) and tokens[j + 1].text.lower() in COUNTRY_NOUNS
                out.append((t.i, j + 2 if nested else j + 1))  # 'the island [nation]'
                break
    return out


def _modifiers_only(between: tuple[Token, ...]) -> bool:
    """'Gulf', 'war - torn', 'Balkan': words that only qualify the noun after them."""
    return all(b.dep in ("amod", "compound", "punct", "npadvmod", "advmod", "nmod")
               and b.tag not in ("CD", "POS") for b in between)


def country_antecedent(start: int, end: int, candidates: list[Found],
                       not_country: str | None = None) -> list[Found]:
    """The latest country named by its own name ('North Korea', 'Beijing'), else the
    latest one a body or role names ('Mali's junta'), else a person's; not a reporter's,
    other than ``not_country``: the subject of the clause whose object the phrase is
    ('Beijing warned [the country]' is not China)."""
    def fits(found: Found) -> bool:
        country = country_of(found.code)
        return not found.plural and country is not None \
            and country != not_country and sector_of(found.code) != "MED"
    found = _nearest(candidates, lambda f: fits(f) and not f.person and len(f.code) == 3
                     and f.kind in ("name", "metonym")) \
        or _nearest(candidates, lambda f: fits(f) and not f.person) \
        or _nearest(candidates, fits)  # 'Kenya's government spokesman said [the country]'
    return [Found(start, end, country_of(found.code), "description")] if found else []


def _of_follows(tokens: tuple[Token, ...], j: int) -> bool:
    return j + 1 < len(tokens) and tokens[j + 1].text.lower() == "of"


def is_armed(code: str) -> bool:
    return sector_of(code) in ARMED


def _groupish(found: Found) -> bool:
    if found.person or found.place:
        return False
    return groupish_code(found)


def groupish_code(found: Found) -> bool:
    """An armed or political group's, or an organisation's code (a spokesman's too)."""
    return sector_of(found.code) in GROUPISH or found.code[:3] in ("NGO", "IGO")


def _nearest(candidates: list[Found], test: Callable[[Found], bool]) -> Found | None:
    return next((f for f in candidates if test(f)), None)


def group_antecedent(start: int, end: int, candidates: list[Found]) -> list[Found]:
    """ "the group": the nearest armed group, else the nearest organisation."""
    found = _nearest(candidates, lambda f: is_armed(f.code) and not f.person) \
        or _nearest(candidates, _groupish)
    return [Found(start, end, found.code, "description")] if found else []


def same_group(start: int, end: int, role: str, plural: bool,
               candidates: list[Found]) -> Found | None:
    """ "the militants", "the rebels": the nearest armed group; "the rights group": the
    nearest human-rights group. None for roles that are not groups (``GROUPISH``)."""
    if role[:3] in ("NGO", "IGO") and sector_of(role):
        return _same_organisation(start, end, role, plural, candidates)
    if role not in GROUPISH:
        return None
    same = (lambda c: c in ARMED) if role in ARMED else (lambda c: c == role)
    found = _nearest(candidates, lambda f: same(sector_of(f.code)) and not f.person)
    return Found(start, end, found.code, "description", plural=plural) if found else None


def _same_organisation(start: int, end: int, role: str, plural: bool,
                       candidates: list[Found]) -> Found | None:
    """ "the aid group" (NGODEV): the nearest aid group named before, whatever its country
    ("a French aid group", FRANGODEV)."""
    kind, sector = role[:3], sector_of(role)
    found = _nearest(candidates, lambda f: not f.person and sector_of(f.code) == sector
                     and kind in (f.code[:3], f.code[3:6]))
    return Found(start, end, found.code, "description", plural=plural) if found else None


def same_court(start: int, end: int, candidates: list[Found]) -> Found | None:
    """ "the court", "the Strasbourg-based court": the nearest court named before."""
    found = _nearest(candidates, lambda f: "JUD" in f.code and not f.person)
    return Found(start, end, found.code, "description") if found else None


MINISTRY_NOUNS = frozenset({"ministry", "ministries"})


def same_ministry(start: int, end: int, candidates: list[Found]) -> Found | None:
    """ "the ministry", "the foreign ministry": the nearest government body a role noun
    named before ("Bangladesh's foreign ministry"), not a country the sentence names."""
    found = _nearest(candidates, lambda f: sector_of(f.code) == "GOV" and not f.person
                     and f.kind in ("agent", "description"))
    return Found(start, end, found.code, "description") if found else None


def definite(sentence: ParsedSentence, start: int) -> bool:
    """ "the rebels": the article before the phrase, or its first word ("The court")."""
    tokens = sentence.tokens
    return tokens[start].text.lower() == "the" or start > 0 and tokens[start - 1].text.lower() == "the" \
        or any(c.dep == "det" and c.text.lower() == "the"  # 'the Strasbourg-based [court]'
               for c in sentence.children(start))


def speaker(token: Token, sentence: ParsedSentence, candidates: list[Found],
            agrees: Callable[[Found], bool]) -> Found | None:
    """The subject of the speech verb whose complement has ``token`` as its subject, or
    as the owner of its subject ('WFP said [its] trucks had delivered food')."""
    tokens = sentence.tokens
    if token.dep == "poss" and 0 <= token.head < len(tokens) \
            and tokens[token.head].dep in SUBJECTS:
        token = tokens[token.head]
    if token.dep not in SUBJECTS or not 0 <= token.head < len(tokens):
        return None
    verb = tokens[token.head]
    if verb.dep != "ccomp" or not 0 <= verb.head < len(tokens):
        return None
    said = tokens[verb.head]
    if not _speech(said):
        return None
    subjects = _dependents(sentence, said.i, SUBJECTS)
    return _covering(subjects, candidates, agrees) \
        or _modifying_speaker(token, sentence, subjects, candidates) \
        or _compound_speaker(token, sentence, subjects, candidates)


def _compound_speaker(token: Token, sentence: ParsedSentence, subjects: list[int],
                      candidates: list[Found]) -> Found | None:
    """'Mali and Burkina Faso said [they] would ...': 'they' for speakers named one by one;
    the first of them (the event's sources take in the others)."""
    if token.text.lower() != "they":
        return None
    compound = [i for i in subjects if any(t.head == i and t.dep == "conj" and t.i != i
                                           for t in sentence.tokens)]
    return _covering(compound, candidates, lambda f: not f.place)


# The pronoun a speaker noun of that number is taken up by: 'truckers ... they'.
NUMBER_TAGS = {"they": ("NNS", "NNPS"), "it": ("NN",)}
MODIFIER_DEPS = frozenset({"amod", "compound", "poss", "nmod"})


def _modifying_speaker(token: Token, sentence: ParsedSentence, subjects: list[int],
                       candidates: list[Found]) -> Found | None:
    """'Bolivian truckers said [they] would ...', 'a Kenyan union said [it] would ...': the
    speaker is a noun no actor names, of the pronoun's number; the actor that modifies it
    ('Bolivian', 'Kenyan') is who speaks."""
    tags = NUMBER_TAGS.get(token.text.lower(), ())
    for i in subjects:
        if sentence.tokens[i].tag not in tags:
            continue
        found = _nearest(candidates, lambda f: not (f.person or f.place) and any(
            _modifies(sentence, t, i) for t in sentence.tokens[f.start:f.end]))
        if found is not None:
            return found
    return None


def _modifies(sentence: ParsedSentence, token: Token, head: int) -> bool:
    """'[Bolivian] truckers', '[Bolivian] truckers' unions': a modifier of the noun, or of
    a noun that modifies it."""
    for _ in range(2):
        if token.dep not in MODIFIER_DEPS or token.head == token.i:
            return False
        if token.head == head:
            return True
        token = sentence.tokens[token.head]
    return False


def _speech(token: Token) -> bool:
    return bool({token.lemma.lower(), token.text.lower()} & SPEECH_VERBS)


def clause_subject(token: Token, sentence: ParsedSentence, candidates: list[Found],
                   agrees: Callable[[Found], bool]) -> Found | None:
    """For a possessive pronoun: the subject of the nearest verb above it, if it agrees;
    when that subject is no actor ('after missile debris fell on [its] territory'), the
    subject of the verb above that one ('Moldova expelled ... after ...')."""
    verb = token
    for _ in range(3):
        verb = _verb_above(sentence, verb)
        if verb is None:
            return None
        subjects = _dependents(sentence, verb.i, SUBJECTS)
        found = _covering(subjects, candidates, agrees)
        if found is not None or not subjects or any(
                f.start <= i < f.end for i in subjects for f in candidates):
            return found  # no subject of its own ('prompting Russia to recall [its]'): the
    return None  # nearest actor decides


def _verb_above(sentence: ParsedSentence, token: Token) -> Token | None:
    tokens, seen, current = sentence.tokens, set(), token
    while current.i not in seen and 0 <= current.head < len(tokens):
        seen.add(current.i)
        current = tokens[current.head]
        if current.pos in VERB_POS:
            return current
    return None


def _dependents(sentence: ParsedSentence, head: int, deps: tuple[str, ...]) -> list[int]:
    return [t.i for t in sentence.tokens if t.head == head and t.i != head and t.dep in deps]


def _covering(indexes: list[int], candidates: list[Found],
              agrees: Callable[[Found], bool]) -> Found | None:
    for i in indexes:
        found = _nearest(candidates, lambda f: f.start <= i < f.end)
        if found is not None and agrees(found):
            return found
    return None


def unattributed(sentence: ParsedSentence, span: tuple[int, int], others: list[Found]) -> bool:
    """ "..., diplomats said." after a sentence naming several parties."""
    tokens = sentence.tokens
    start, end = span
    last = tokens[end - 1]
    if last.dep not in SUBJECTS or not 0 <= last.head < len(tokens):
        return False
    said = tokens[last.head]
    if not _speech(said) or said.i < end:
        return False
    before = [t for t in tokens[max(0, start - 3):start] if t.pos == "PUNCT"]
    return bool(before) and len(_parties(others)) >= 2


def _parties(founds: list[Found]) -> set[str]:
    out = set()
    for found in founds:
        if sector_of(found.code) == "MED":
            continue
        out.add(country_of(found.code) or found.code[:6])
    return out
