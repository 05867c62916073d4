"""Lookup keys: the one normalisation shared by the table builder and the coder.

A phrase and a run of tokens match when their keys are equal. The key is the
upper-cased text with accents removed, cut into *pieces*: runs of letters and
digits, plus single symbols such as ``(`` ``,`` ``&`` or ``/``. Full stops,
hyphens and apostrophes separate pieces but are not pieces themselves, so
``U.S.`` and ``U. S.`` match, ``Al-Jazeera`` matches ``Al Jazeera``, and the
result does not depend on where the tokenizer splits ``Ki-moon`` or ``d'Ivoire``.

Changing this module changes every key: rebuild the tables afterwards
(``python scripts/build_actors.py``).
"""

from __future__ import annotations

import re
import unicodedata

KEY_VERSION = "1"  # how phrases are keyed; the table headers record it
_PIECE = re.compile(r"[^\W_]+|[^\w\s.\-'\u2018\u2019`\u00b4]")


def fold(text: str) -> str:
    """Upper case without accents: ``Côte`` -> ``COTE``."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).upper()


def pieces(text: str) -> list[str]:
    return _PIECE.findall(fold(text))


def key(text: str) -> str:
    """The lookup key of a phrase: its pieces joined by single spaces."""
    return " ".join(pieces(text))


# Words of a title before a name ("President Joe Biden"), never part of the name.
TITLE_WORDS = frozenset({"PRESIDENT", "MINISTER", "PREMIER", "LEADER", "CHANCELLOR", "KING",
                         "QUEEN", "EMIR", "SULTAN", "MONARCH", "SECRETARY", "GOVERNOR",
                         "AMBASSADOR", "ENVOY", "SPOKESMAN", "SPOKESWOMAN", "SPOKESPERSON",
                         "COMMANDER", "CHIEF", "PRINCE"})
# Words of a force's proper name ("the Indian Army", "the Philippine Coast Guard"): a
# nationality before them names the force's country, not part of a person's name.
FORCE_WORDS = frozenset({"ARMY", "NAVY", "AIR", "FORCE", "FORCES", "COAST", "GUARD",
                         "GUARDS", "MARINES", "MARINE", "POLICE", "MILITARY", "GENDARMERIE"})
