"""CAMEO actor codes: splitting a code into country and sector.

A CAMEO actor code is a run of 3-letter chunks: an optional country (or region)
code, or an international prefix (``IGO``, ``NGO``, ``MNC`` ...), then role and
organisation chunks: ``RUSGOV``, ``NGAREB``, ``IGOUNOHLHWHO``, ``MED``.

* ``country`` is the first chunk unless that chunk is an international prefix
  or a role: ``RUSGOV`` -> ``RUS``; ``IGOUNO``, ``NGOHRIAMN`` and ``MED`` -> None.
  Region codes (``AFR``, ``EUR`` ...) count as countries, as in PETRARCH output.
* Country codes are ISO 3166 alpha-3. ``LEGACY_COUNTRIES`` maps the older CAMEO
  and KEDS country codes that differ from ISO to their ISO code; the table builder
  applies it to the first chunk of every code, so ``ANGREB`` is stored as ``AGOREB``.
  Codes of states that no longer exist (``SUN``, ``YUG``, ``DDR``, ``CSK``, ``SCG``)
  were ISO codes in their day and stay, limited to their dates by the dictionary.
* ``sector`` is the first role chunk anywhere in the code, or None:
  ``RUSGOVMED`` -> ``GOV``, ``IGOUNOMED`` -> ``MED``, ``IGOUNO`` -> None.
"""

from __future__ import annotations

import datetime as dt

from ..model import Actor

# Roles of the CAMEO actor codebook (domestic and primary/secondary roles).
ROLES = frozenset(
    "COP GOV INS JUD MIL OPP PTY REB SEP SPY UAF AGR BUS CRM CVL DEV EDU ELI ENV "
    "HLH HRI LAB LEG MED REF MOD RAD SET UNK PPL ATG".split()
)
INTERNATIONAL = frozenset("IGO NGO NGM MNC IMG UIS INT".split())
# Legacy CAMEO/KEDS country codes -> ISO 3166 alpha-3.
LEGACY_COUNTRIES = {
    "ANG": "AGO",  # Angola
    "TMP": "TLS",  # East Timor (ISO until 2002; CAMEO kept it)
    "JAP": "JPN",  # Japan
    "ITL": "ITA",  # Italy
    "VTN": "VNM",  # Vietnam
    "ROM": "ROU",  # Romania (ISO until 2002)
    "ZAR": "COD",  # Zaire / DR Congo (ISO until 1997)
}

# States that no longer exist, and the day each ended: none of them acts today.
FORMER_STATES = {
    "SUN": dt.date(1991, 12, 26),  # Soviet Union
    "DDR": dt.date(1990, 10, 3),  # East Germany
    "CSK": dt.date(1993, 1, 1),  # Czechoslovakia
    "YUG": dt.date(2003, 2, 4),  # Yugoslavia
    "SCG": dt.date(2006, 6, 5),  # Serbia and Montenegro
}


def outlived(code: str | None, day: dt.date) -> bool:
    """Whether the code is of a state that had ended by ``day``."""
    end = FORMER_STATES.get(code[:3]) if code else None
    return end is not None and day >= end


def chunks(code: str) -> list[str]:
    return [code[i:i + 3] for i in range(0, len(code), 3)]


def country_of(code: str) -> str | None:
    head = code[:3]
    if len(head) < 3 or head in INTERNATIONAL or head in ROLES:
        return None
    return head


def sector_of(code: str) -> str | None:
    for part in chunks(code)[0 if country_of(code) is None else 1:]:
        if part in ROLES:
            return part
    return None


def iso_country(code: str) -> str:
    """The code with a legacy country prefix replaced by its ISO code: ``ANGREB`` -> ``AGOREB``."""
    head = code[:3]
    return LEGACY_COUNTRIES[head] + code[3:] if head in LEGACY_COUNTRIES else code


def make_actor(text: str, code: str) -> Actor:
    return Actor(text=text, code=code, country=country_of(code), sector=sector_of(code))


def compose(country_code: str, agent_code: str) -> str:
    """Join an actor code and an agent code (``~GOV`` appends, ``IGO~`` prepends)."""
    if agent_code.startswith("~"):
        return country_code + agent_code[1:]
    if agent_code.endswith("~"):
        return agent_code[:-1] + country_code
    return country_code + agent_code


def bare(agent_code: str) -> str:
    """An agent code used without any actor: ``~COP`` -> ``COP``."""
    return agent_code.strip("~")
