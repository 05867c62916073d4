"""The CAMEO code table: names, PLOVER categories, quad classes and Goldstein values."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources

from ..errors import DictionaryError


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    name: str
    plover: str | None
    plover_mode: str | None
    context: str | None
    quad_class: int
    goldstein: float


@cache
def cameo_table() -> dict[str, CameoCode]:
    """Every CAMEO code in the packaged table (built by scripts/build_events.py)."""
    path = resources.files("communique") / "data" / "cameo.tsv"
    table = {}
    with path.open(encoding="utf-8") as handle:
        for line_no, row in enumerate(csv.DictReader(handle, delimiter="\t"), start=2):
            try:
                table[row["code"]] = CameoCode(
                    code=row["code"], name=row["name"], plover=row["plover"] or None,
                    plover_mode=row["mode"] or None, context=row["context"] or None,
                    quad_class=int(row["quad_class"]), goldstein=float(row["goldstein"]))
            except (KeyError, ValueError) as error:
                raise DictionaryError(f"bad row: {error}", str(path), line_no) from None
    return table


def lookup(code: str) -> CameoCode:
    """The entry for a code, falling back to its parent (1823 → 182 → 18)."""
    table = cameo_table()
    for length in range(len(code), 1, -1):
        if code[:length] in table:
            entry = table[code[:length]]
            return entry if length == len(code) else _renamed(entry, code)
    raise KeyError(f"unknown CAMEO code {code!r}")


def _renamed(entry: CameoCode, code: str) -> CameoCode:
    return CameoCode(code, entry.name, entry.plover, entry.plover_mode, entry.context,
                     entry.quad_class, entry.goldstein)


def plover_of(code: CameoCode, modality: str, word: str = "") -> str | None:
    """The event's PLOVER category. An announced retreat ('would withdraw its troops') is a
    concession: the PLOVER manual codes RETREAT + future as CONCEDE. Some acts it files by
    how they are told (``TOLD_AS``); ``word`` is the lemma of the event's word."""
    if code.plover == "RETREAT" and modality == "planned":
        return "CONCEDE"
    return next((category for prefix, words, category in TOLD_AS
                 if code.code.startswith(prefix) and word in words), code.plover)


# (CAMEO code prefixes, the words that tell the act, its PLOVER category), from the
# manual's potential ambiguities: "declarations (but not implementations) of ceasefires"
# are CONCEDE, where a truce held or observed is a RETREAT; "formal pardons, acquittals,
# and amnesties" are CONCEDE, the actual release a RETREAT; "cancellation of meetings
# are REJECT", not a reduction of relations; an ambassador summoned to hear a grievance is
# ACCUSE 'disapprove', not a meeting.
TOLD_AS = (
    ("0871", frozenset({"declare", "announce", "proclaim", "agree", "sign", "accept",
                        "offer", "reach", "call", "order",
                        "pledge", "promise", "vow"}), "CONCEDE"),  # 'pledged to lay
    # down their arms': a truce promised, not yet held
    ("084", frozenset({"pardon", "amnesty", "acquit"}), "CONCEDE"),
    (("160", "164"), frozenset({"cancel", "postpone", "call", "scrap", "skip"}), "REJECT"),
    ("04", frozenset({"summon"}), "ACCUSE"),  # "summoning an in-country ambassador to
    # present such grievances is just coded ACCUSE, not CONSULT"
)


# PLOVER categories whose events need a recipient ("Requires recipient: Yes" in the PLOVER
# manual): cooperation, aid and sanctions with nobody named on the other side are not coded.
NEEDS_RECIPIENT = frozenset({"COOPERATE", "AID", "SANCTION"})
