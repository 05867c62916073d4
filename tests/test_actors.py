"""Tests for communique.actors: dictionary reading, tables, and coding mentions."""

from __future__ import annotations

import datetime as dt
import importlib.util
from dataclasses import replace
from pathlib import Path

import pytest

from communique.actors import ActorCoder
from communique.actors.codes import compose, country_of, make_actor, sector_of
from communique.actors.petrarch import parse_actors, parse_agents
from communique.actors.tables import default_data_dir, load_tables
from communique.model import Mention, ParsedSentence

from helpers import make_sentence, parse_sentences

ROOT = Path(__file__).parents[1]
D2011, D2015 = dt.date(2011, 3, 10), dt.date(2015, 6, 1)
D2018, D2021 = dt.date(2018, 3, 1), dt.date(2021, 6, 16)


@pytest.fixture(scope="module")
def coder() -> ActorCoder:
    return ActorCoder()


def code(coder: ActorCoder, *sentences: ParsedSentence,
         on: dt.date = D2015) -> list[tuple[Mention, ...]]:
    numbered = [replace(s, index=i) for i, s in enumerate(sentences)]
    return list(coder.code_article(numbered, on))


def codes(mentions: tuple[Mention, ...]) -> dict[str, str]:
    return {m.actor.text: m.actor.code for m in mentions}


def only(coder: ActorCoder, text: str, on: dt.date = D2015, **kw) -> dict[str, str]:
    return codes(code(coder, make_sentence(text, **kw), on=on)[0])


# ---- the PETRARCH dictionary syntax -------------------------------------------------------

def test_actors_parse_synonyms_stems_and_comments():
    text = """# header comment
AFGHANISTAN_  [AFG]
+AFGHAN_   # a demonym
+KABUL
"""
    (record,) = parse_actors(text.splitlines())
    assert [(p.text, p.stem) for p in record.phrases] == [
        ("AFGHANISTAN", False), ("AFGHAN", False), ("KABUL", True)]
    assert [(r.code, r.start, r.end) for r in record.rules] == [("AFG", "", "")]


def test_actors_parse_date_restrictions():
    text = """VLADIMIR_PUTIN_  # CountryInfo.txt
+PUTIN_
\t[RUSELI 700101-990809]
\t[RUSGOV >080508]
\t[USAGOV > 130701]
\t[SUNRUS <911225]
\t[IRQOCC 1920030320-20060520]
\t[RUSELI]
"""
    (record,) = parse_actors(text.splitlines())
    assert [(r.code, r.start, r.end) for r in record.rules] == [
        ("RUSELI", "1970-01-01", "1999-08-09"), ("RUSGOV", "2008-05-08", ""),
        ("USAGOV", "2013-07-01", ""), ("SUNRUS", "", "1991-12-25"),
        ("IRQOCC", "2003-03-20", "2006-05-20"), ("RUSELI", "", "")]


def test_actors_parse_several_codes_on_the_primary_line_and_bad_dates():
    warnings: list[str] = []
    text = ("JAVIER_DE_CUELLAR_\t[IGOUNO 820101-911231] [ELI]# IGOrulers.txt\n"
            "X_ [ABC 2004017] [s]\n")
    (first,) = parse_actors(text.splitlines(), warnings)  # X_ is left with no valid code
    assert [r.code for r in first.rules] == ["IGOUNO", "ELI"]
    assert len(warnings) == 3 and "2004017" in warnings[0] and "no code for X" in warnings[2]


def test_actors_parse_record_without_codes_takes_the_next_records_codes():
    text = ("U.N._\n\nUN_SECRETARY_GENERAL\n+UNSG\n\t[IGOUNO]\n"
            "JEAN_MARIE_GUEHENNO_\t[IGOUNO 000101-080801] [---]\n")
    un, secretary, guehenno = parse_actors(text.splitlines())
    assert un.phrases[0].text == "U.N." and [r.code for r in un.rules] == ["IGOUNO"]
    assert [r.code for r in guehenno.rules] == ["IGOUNO", "---"]


def test_agents_parse_plurals_codes_and_substitution_sets():
    text = """!PERSON! = MAN, MEN, WOMAN
!MINIST! = MINISTER, MINISTRY
POLICE!PERSON!  [~COP]
POLICE {} [~COP]   # no plural
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]
SECURITY [~COP]
PEACEKEEPING_TROOPS {} [IGO~]
FOREIGN_!MINIST! [~GOV]
AD!MINIST!RATIVE_BODY [~GOV]
NO_CODE_HERE
"""
    warnings: list[str] = []
    rows = {(a.text, a.code, a.plural) for a in parse_agents(text.splitlines(), warnings)}
    assert {("POLICEMAN", "~COP", False), ("POLICEMEN", "~COP", False), ("POLICE", "~COP", False),
            ("ATTORNEY GENERAL", "~GOVATG", False), ("ATTORNEYS GENERAL", "~GOVATG", True),
            ("SECURITY", "~COP", False), ("SECURITIES", "~COP", True),
            ("PEACEKEEPING TROOPS", "IGO~", False), ("FOREIGN MINISTER", "~GOV", False),
            ("FOREIGN MINISTRY", "~GOV", False), ("ADMINISTRATIVE BODY", "~GOV", False)} <= rows
    assert ("POLICES", "~COP", True) not in rows
    assert len(warnings) == 1


def _build_script():
    path = ROOT / "scripts" / "build_actors.py"
    spec = importlib.util.spec_from_file_location("build_actors", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_build_actors_kinds_and_later_definitions_win():
    build = _build_script()
    countries = parse_actors([
        "RUSSIAN_FEDERATION_ [RUS]", "+RUSSIAN", "+MOSCOW_",
        "BORIS_YELTSIN_  # CountryInfo.txt", "\t[RUSGOV 910710-991231]"])
    supplement = parse_actors(["KREMLIN_  # kind: seat", "\t[RUSGOV]", "MOSCOW_", "\t[RUSGOV]"])
    sources = [("countries", countries), ("communique", supplement)]
    rows = build.actor_rows(sources, frozenset({"MOSCOW"}))
    assert rows["RUSSIAN"][1:] == ("*", "countries:1", "country", "RUS")
    assert rows["BORIS YELTSIN"][3:] == ("person", "RUSGOV:1991-07-10:1999-12-31")
    assert rows["KREMLIN"][3] == "seat"
    assert rows["MOSCOW"][2:] == ("communique:3", "org", "RUSGOV")


def test_build_actors_packaged_tables_are_small_sorted_and_attributed():
    for name in ("actors.tsv", "agents.tsv"):
        path = default_data_dir() / name
        lines = path.read_text(encoding="utf-8").splitlines()
        assert "petrarch2@676801cd9cb2924bbbad09f86d15c9323e7097bf" in lines[0]
        keys = [line.split("\t", 1)[0] for line in lines[3:]]
        assert keys == sorted(keys) and len(keys) == len(set(keys))
        assert path.stat().st_size < 5_000_000
    assert "Open Event Data Alliance" in (ROOT / "NOTICE").read_text()


# ---- codes ----------------------------------------------------------------------------------

@pytest.mark.parametrize("code, country, sector", [
    ("RUSGOV", "RUS", "GOV"), ("RUS", "RUS", None), ("RUSGOVMED", "RUS", "GOV"),
    ("IGOUNO", None, None), ("IGOUNOMED", None, "MED"), ("MED", None, "MED"),
    ("NGOHRIAMN", None, "HRI"), ("PSEREBHMS", "PSE", "REB"), ("SCGSRB", "SCG", None),
])
def test_actors_codes_split_into_country_and_sector(code, country, sector):
    assert (country_of(code), sector_of(code)) == (country, sector)
    assert make_actor("x", code).country == country


def test_actors_codes_compose_agents():
    assert compose("RUS", "~COP") == "RUSCOP"
    assert compose("BGD", "IGO~") == "IGOBGD"


# ---- tables and leaders.csv ----------------------------------------------------------------

def test_actors_tables_load():
    tables = load_tables.__wrapped__(str(default_data_dir()))
    assert len(tables.names) > 30_000 and "POLICE" in tables.agents


TINY_ACTORS = """# tiny
key\tmatch\trecord\tkind\tcodes
VLADIMIR PUTIN\t=\tc:1\tperson\tRUSELI:1970-01-01:1999-08-09;RUSGOV:2008-05-08:;RUSELI
PRESIDENT PUTIN\t=\tc:1\tperson\tRUSELI:1970-01-01:1999-08-09;RUSGOV:2008-05-08:;RUSELI
JOE BIDEN\t=\tc:2\tperson\tUSAGOV:2009-01-20:;USAELI
RUSSIA\t=\tc:3\tcountry\tRUS
ALBIN KURTI\t=\tc:4\torg\tKSVOPP
"""
TINY_LEADERS = """name,aliases,code,role,country,start,end
Vladimir Putin,Putin,RUSGOV,head_of_state,RUS,2012-05-07,
Joe Biden,Biden;Joseph Biden,USAGOV,vice_president,USA,2009-01-20,2017-01-20
Joe Biden,Biden;Joseph Biden,USAGOV,head_of_state,USA,2021-01-20,2025-01-20
Volodymyr Zelenskyy,Zelensky,UKRGOV,head_of_state,UKR,2019-05-20,
Russia,,XYZGOV,head_of_state,XYZ,2014-01-01,
Albin Kurti,Kurti,KSVGOV,head_of_government,KSV,2021-03-22,
"""


@pytest.fixture
def tiny_coder(tmp_path: Path) -> ActorCoder:
    (tmp_path / "actors.tsv").write_text(TINY_ACTORS)
    (tmp_path / "agents.tsv").write_text("key\tcode\tnumber\nPOLICE\t~COP\ts\n")
    (tmp_path / "leaders.csv").write_text(TINY_LEADERS)
    return ActorCoder(tmp_path)


@pytest.mark.parametrize("text, on, expected", [
    ("Joe Biden spoke", D2011, "USAGOV"),       # the dictionary, before 2014
    ("Joe Biden spoke", D2015, "USAGOV"),       # leaders.csv: vice president
    ("Joe Biden spoke", D2018, "USA"),          # leaders.csv: out of office
    ("Biden spoke", D2021, "USAGOV"),           # an alias known only to leaders.csv
    ("Zelensky spoke", D2018, "UKR"),           # not yet president
    ("Zelensky spoke", D2021, "UKRGOV"),
    ("President Putin spoke", D2021, "RUSGOV"),  # same record as "Vladimir Putin"
    ("Russia spoke", D2021, "RUS"),             # a leader name that is a country is ignored
    ("Albin Kurti spoke", D2021, "KSVGOV"),     # a person the dictionary files as an org
])
def test_actors_leaders_csv_takes_precedence_after_2014(tiny_coder, text, on, expected):
    mentions = tiny_coder.code_article([make_sentence(text)], on)[0]
    assert mentions[0].actor.code == expected


# ---- names -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, on, expected", [
    ("Putin spoke", D2011, "RUSGOV"),
    ("Putin spoke", D2021, "RUSGOV"),
    ("Biden spoke", D2011, "USAGOV"),
    ("Zelensky spoke", D2018, "UKR"),
    ("Zelensky spoke", D2021, "UKRGOV"),
    ("Russians protested", D2015, "RUS"),
    ("The United States agreed", D2015, "USA"),
    ("Hamas fired rockets", D2015, "PSEREBHMS"),
    ("NATO warned", D2015, "IGOWSTNAT"),
    ("Boris Yeltsin spoke", D2015, "RUS"),  # outside every dated role
    ("President Boris Yeltsin spoke", D2015, "RUSGOV"),  # ... but the text gives the title
])
def test_actors_names_resolved_at_the_article_date(coder, text, on, expected):
    (mentions,) = code(coder, make_sentence(text, ents={"Putin": "PERSON"}), on=on)
    assert mentions[0].actor.code == expected


def test_actors_names_are_case_aware(coder):
    assert only(coder, "they told us it was over") == {}
    assert only(coder, "The US told us", deps={"US": "nsubj"}) == {"The US": "USA"}


@pytest.mark.parametrize("text, ents, expected", [
    ("Talks resume on May 5", {"May 5": "DATE"}, {}),
    ("Chad Smith spoke", {"Chad Smith": "PERSON"}, {}),
    ("Chad closed its border", {"Chad": "GPE"}, {"Chad": "TCD", "its": "TCD"}),
    ("Hunter Biden spoke", {"Hunter Biden": "PERSON"}, {}),
    ("Bosnian Serbs marched", {"Bosnian Serbs": "PERSON"}, {"Bosnian Serbs": "BIH"}),
    ("pro-Russian gunmen fired", {}, {"gunmen": "UAF"}),
])
def test_actors_one_word_names_are_checked_against_entities(coder, text, ents, expected):
    assert only(coder, text, ents=ents) == expected


# ---- composition -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Russian police detained dozens", {"Russian police": "RUSCOP"}),
    ("Nigerian protesters marched", {"Nigerian protesters": "NGAOPP"}),
    ("Syrian rebels attacked", {"Syrian rebels": "SYRREB"}),
    ("Israeli troops withdrew", {"Israeli troops": "ISRMIL"}),
    ("the Chinese premier visited", {"Chinese premier": "CHNGOV"}),
    ("the Russian leader said", {"Russian leader": "RUSGOV"}),
    ("the foreign minister of France said", {"foreign minister of France": "FRAGOV"}),
    ("Senior Hungarian and Romanian officials agreed",
     {"Hungarian and Romanian officials": "ROUGOV"}),
    ("Bangladeshi peacekeeping troops arrived", {"Bangladeshi peacekeeping troops": "BGD"}),
])
def test_actors_country_and_agent_compose(coder, text, expected):
    assert only(coder, text) == expected


def test_actors_coordinated_nationalities_give_two_mentions_over_one_span(coder):
    (mentions,) = code(coder, make_sentence("Senior Hungarian and Romanian officials agreed"))
    spans = {(m.start, m.end, m.actor.code) for m in mentions}
    assert spans == {(1, 5, "HUNGOV"), (1, 5, "ROUGOV")}


@pytest.mark.parametrize("text, person, expected", [
    ("French foreign minister Jean-Yves Le Drian said", "Jean-Yves Le Drian",
     {"French foreign minister Jean-Yves Le Drian": "FRAGOV"}),
    ("France's foreign minister Laurent Fabius said", "Laurent Fabius",
     {"France's foreign minister Laurent Fabius": "FRAGOV"}),
    ("then US Vice President Mike Pence said", "Mike Pence",
     {"US Vice President Mike Pence": "USAGOV"}),
    ("Russian President Vladimir Putin said", "Vladimir Putin",
     {"Russian President Vladimir Putin": "RUSGOV"}),
    ("former President Ahmed Diallo spoke", "Ahmed Diallo",
     {"former President Ahmed Diallo": "ELI"}),
    ("former Russian President Dmitry Ivanov spoke", "Dmitry Ivanov",
     {"Russian President Dmitry Ivanov": "RUSELI"}),
])
def test_actors_title_and_nationality_need_no_dictionary_entry(coder, text, person, expected):
    (mentions,) = code(coder, make_sentence(text, ents={person: "PERSON"}), on=D2021)
    assert codes(mentions) == expected
    assert mentions[0].kind in ("title", "name")


def test_actors_a_titled_person_is_remembered_by_surname(coder):
    first = make_sentence("French foreign minister Jean-Yves Le Drian arrived",
                          ents={"Jean-Yves Le Drian": "PERSON"})
    second = make_sentence("Le Drian said the talks failed", ents={"Le Drian": "PERSON"})
    assert codes(code(coder, first, second)[1]) == {"Le Drian": "FRAGOV"}


def test_actors_a_bare_agent_takes_the_countries_of_the_sentence_or_story(coder):
    first = make_sentence("Nigeria faced protests", deps={"Nigeria": "nsubj"})
    second = make_sentence("Police said dozens were arrested")
    assert codes(code(coder, first, second)[1]) == {"Police": "NGACOP"}
    assert only(coder, "Nigerian police fired tear gas at protesters") == {
        "Nigerian police": "NGACOP", "protesters": "NGAOPP"}
    lagos = make_sentence("Police fired tear gas in Lagos", deps={"Lagos": ("pobj", "in")})
    assert codes(code(coder, lagos)[0]) == {"Police": "NGACOP", "Lagos": "NGA"}
    assert only(coder, "Police arrested dozens") == {"Police": "COP"}


# ---- metonyms ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, word, expected", [
    ("Moscow rejected the plan", "Moscow", "RUSGOV"),
    ("Washington rejected the plan", "Washington", "USAGOV"),
    ("Beijing rejected the plan", "Beijing", "CHNGOV"),
    ("Kyiv rejected the plan", "Kyiv", "UKRGOV"),
    ("Kiev rejected the plan", "Kiev", "UKRGOV"),
    ("the Kremlin rejected the plan", "Kremlin", "RUSGOV"),
    ("the White House rejected the plan", "White", "USAGOV"),
    ("the Pentagon rejected the plan", "Pentagon", "USAMIL"),
    ("Downing Street rejected the plan", "Downing", "GBRGOV"),
    ("Brussels rejected the plan", "Brussels", "IGOEUREEC"),  # the EU, not Belgium
])
def test_actors_capitals_and_seats_used_as_actors_code_the_government(coder, text, word, expected):
    (mentions,) = code(coder, make_sentence(text, deps={word: "nsubj"}))
    assert [(m.actor.code, m.kind) for m in mentions] == [(expected, "metonym")]


def test_actors_a_capital_naming_a_place_noun_is_a_place(coder):
    sentence = make_sentence("The exchange happened at Doha airport",
                             deps={"airport": ("pobj", "at"), "Doha": ("compound", "airport")})
    (mentions,) = code(coder, sentence)
    assert [(m.actor.text, m.actor.code) for m in mentions] == [("Doha", "QAT")]


def test_actors_a_capital_after_a_place_preposition_is_a_place(coder):
    sentence = make_sentence("Talks were held in Moscow", deps={"Moscow": ("pobj", "in")})
    (mentions,) = code(coder, sentence)
    assert [(m.actor.text, m.actor.code, m.kind) for m in mentions] == [
        ("Moscow", "RUS", "metonym")]


# ---- pronouns and descriptions ------------------------------------------------------------------

def test_actors_pronouns_refer_to_the_latest_compatible_actor(coder):
    first = make_sentence("Biden met Putin", deps={"Biden": "nsubj"})
    second = make_sentence("He said the talks were useful")
    third = make_sentence("Iran said its troops would stay", deps={"its": "poss"})
    results = code(coder, first, second, third, on=D2021)
    assert [(m.actor.text, m.actor.code, m.kind) for m in results[1]] == [
        ("He", "USAGOV", "pronoun")]
    assert codes(results[2]) == {"Iran": "IRN", "its": "IRN", "troops": "IRNMIL"}


def test_actors_the_president_is_the_latest_person_in_government(coder):
    first = make_sentence("Putin met the envoy", deps={"Putin": "nsubj"})
    second = make_sentence("The president said the talks were useful")
    (mention,) = code(coder, first, second, on=D2021)[1]
    found = (mention.actor.text, mention.actor.code, mention.kind)
    assert found == ("president", "RUSGOV", "description")


@pytest.mark.parametrize("phrase, expected", [
    ("The two sides", {"RUS", "UKR"}), ("Both countries", {"RUS", "UKR"}),
    ("The two powers", {"RUS", "UKR"}), ("The two governments", {"RUSGOV", "UKRGOV"}),
])
def test_actors_the_two_sides_are_the_last_two_countries(coder, phrase, expected):
    first = make_sentence("Russia and Ukraine traded accusations")
    second = make_sentence(f"{phrase} met on Monday")
    mentions = code(coder, first, second)[1]
    assert {m.actor.code for m in mentions} == expected
    spans = {(m.start, m.end, m.kind) for m in mentions}
    assert spans == {(0, len(phrase.split()), "description")}


def test_actors_the_two_governments_are_parties_not_describing_words(coder):
    first = make_sentence("Shmyhal thanked Japan for rebuilding the grid hit by Russian strikes",
                          deps={"Shmyhal": "nsubj", "Japan": "dobj",
                                "Russian": ("amod", "strikes")},
                          pos={"strikes": "NOUN"}, ents={"Shmyhal": "PERSON"})
    second = make_sentence("The two governments signed documents")
    mentions = code(coder, first, second, on=D2021)[1]
    assert {m.actor.country for m in mentions} == {"UKR", "JPN"}


def test_actors_the_other_side_is_the_party_that_is_not_the_subject(coder):
    first = make_sentence("Russia and Ukraine traded accusations")
    second = make_sentence("Ukraine accused the other side of shelling", deps={"Ukraine": "nsubj"})
    assert codes(code(coder, first, second)[1]) == {"Ukraine": "UKR", "the other side": "RUS"}


# ---- news agencies ------------------------------------------------------------------------------

@pytest.mark.parametrize("agency", [
    "Interfax", "TASS", "Xinhua", "Reuters", "AP", "AFP", "RIA Novosti", "Yonhap", "IRNA", "KCNA",
    "Al Jazeera", "BBC", "CNN", "the Associated Press",
])
def test_actors_news_agencies_have_sector_med(coder, agency):
    (mentions,) = code(coder, make_sentence(f"{agency} reported the attack"))
    assert mentions and mentions[0].actor.sector == "MED"


# ---- API and edge cases -------------------------------------------------------------------------

def test_actors_public_api_and_mention_shape(coder):
    import communique.actors as actors

    assert actors.__all__ == ["ActorCoder"]
    sentence = make_sentence("Russia's foreign minister met Chinese officials", start=40)
    (mentions,) = code(coder, sentence)
    first = mentions[0]
    assert (first.start, first.end, first.kind) == (0, 4, "agent")
    assert first.actor == make_actor("Russia's foreign minister", "RUSGOV")


def test_actors_empty_and_headline_sentences(coder):
    empty = ParsedSentence(index=0, start=0, end=0, text="", tokens=())
    headline = make_sentence("RUSSIA WARNS UKRAINE OVER BORDER", 1)
    results = code(coder, empty, headline)
    assert results[0] == () and codes(results[1]) == {"RUSSIA": "RUS", "UKRAINE": "UKR"}


# ---- end to end with the real model -------------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize("text, on, expected", [
    ("Russian President Vladimir Putin met U.S. President Joe Biden in Geneva.", D2021,
     {"RUSGOV", "USAGOV", "CHE"}),
    ("Putin said the sanctions would fail.", D2011, {"RUSGOV"}),
    ("Nigerian police fired tear gas at protesters in Lagos.", D2021, {"NGACOP", "NGAOPP", "NGA"}),
    ("The Kremlin said Washington had rejected the offer, Interfax reported.", D2021,
     {"RUSGOV", "USAGOV", "RUSMED"}),
])
def test_actors_model_end_to_end(coder, text, on, expected):
    sentences = parse_sentences(text)
    found = {m.actor.code for mentions in coder.code_article(sentences, on) for m in mentions}
    assert found == expected


@pytest.mark.model
def test_actors_model_article_context(coder):
    text = ("Russia and Ukraine resumed talks in Istanbul on Tuesday. "
            "The two sides agreed to exchange prisoners, Russian President Vladimir Putin said. "
            "He added that police would guard the crossing.")
    results = coder.code_article(parse_sentences(text), D2021)
    assert {m.actor.code for m in results[1] if m.kind == "description"} == {"RUS", "UKR"}
    assert {(m.actor.text, m.actor.code) for m in results[2]} >= {("He", "RUSGOV")}


# ---- armed groups named again by description ---------------------------------------------------

@pytest.mark.parametrize("phrase, word", [
    ("The militants burned houses", "militants"), ("The insurgents burned houses", "insurgents"),
    ("The jihadists burned houses", "jihadists"), ("The rebels burned houses", "rebels"),
    ("The militia burned houses", "militia"), ("The group abducted schoolgirls", "group"),
    ("The militant group abducted schoolgirls", "group"),
])
def test_actors_definite_descriptions_of_armed_groups_are_the_latest_group(coder, phrase, word):
    first = make_sentence("Boko Haram attacked a village in Nigeria",
                          deps={"Nigeria": ("pobj", "in")})
    between = make_sentence("Residents fled to the forest")
    mentions = code(coder, first, between, make_sentence(phrase))[2]
    found = [(m.actor.code, m.kind) for m in mentions if word in m.actor.text]
    assert found == [("NGAREB", "description")]


def test_actors_the_group_is_the_latest_organisation_and_undescribed_roles_keep_context(coder):
    first = make_sentence("Amnesty International criticised the police")
    second = make_sentence("The group said the police used live ammunition")
    assert codes(code(coder, first, second)[1])["The group"] == "NGOHRIAMN"
    alone = make_sentence("The rebels attacked the town")
    assert codes(code(coder, alone)[0]) == {"rebels": "REB"}
    assert only(coder, "The group of seven met") == {}


# ---- military hardware and units ----------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Israeli aircraft struck the camp", {"Israeli aircraft": "ISRMIL"}),
    ("Israeli jets struck the camp", {"Israeli jets": "ISRMIL"}),
    ("Israeli warplanes struck the camp", {"Israeli warplanes": "ISRMIL"}),
    ("Israeli drones struck the camp", {"Israeli drones": "ISRMIL"}),
    ("Israeli tanks shelled the camp", {"Israeli tanks": "ISRMIL"}),
    ("Israeli warships shelled the camp", {"Israeli warships": "ISRMIL"}),
    ("Israeli artillery shelled the camp", {"Israeli artillery": "ISRMIL"}),
    ("Russian border guards detained the sailors", {"Russian border guards": "RUSMIL"}),
    ("A think tank criticised the plan", {}),
])
def test_actors_nationality_and_military_hardware_is_the_military(coder, text, expected):
    assert only(coder, text) == expected


def test_actors_a_role_noun_qualifying_its_units_or_positions_names_the_role(coder):
    sentence = make_sentence(
        "Nigerian Air Force jets struck insurgent hideouts",
        deps={"jets": ("nsubj", "struck"), "Force": ("compound", "jets"),
              "insurgent": ("compound", "hideouts"), "hideouts": ("dobj", "struck")},
        pos={"struck": "VERB"}, ents={"Nigerian Air Force": "ORG"})
    assert codes(code(coder, sentence)[0]) == {
        "Nigerian Air Force jets": "NGAMIL", "insurgent hideouts": "NGAREB"}
    station = make_sentence("Gunmen attacked a police station",
                            deps={"police": ("compound", "station")})
    assert "police" not in codes(code(coder, station)[0])


# ---- bodies named with a country -----------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("South Korea's National Security Council condemned the launch",
     {"South Korea's National Security Council": "KORGOV"}),
    ("The US State Department demanded the release", {"The US State Department": "USAGOV"}),
    ("Mali's military - led government closed the border",
     {"Mali's military - led government": "MLIGOV"}),
    ("Sudan's army - backed government reopened the crossing",
     {"Sudan's army - backed government": "SDNGOV"}),
    ("Mali's junta closed the border", {"Mali's junta": "MLIGOV"}),
    ("Iranian authorities arrested him", {"Iranian authorities": "IRNGOV"}),
    ("Sudanese authorities arrested him", {"Sudanese authorities": "SDNGOV"}),
    ("Egypt's foreign ministry welcomed the truce", {"Egypt's foreign ministry": "EGYGOV"}),
    ("A Kremlin spokesman denied it", {"Kremlin spokesman": "RUSGOV"}),
    ("Human rights groups condemned the arrests", {"Human rights groups": "NGOHRI"}),
])
def test_actors_bodies_named_with_their_country(coder, text, expected):
    assert only(coder, text, pos={"led": "VERB", "backed": "VERB"}) == expected


def test_actors_places_backers_and_coordinated_owners(coder):
    zimbabwe = make_sentence("Opposition groups in Zimbabwe protested",
                             deps={"Opposition": ("compound", "groups"),
                                   "in": ("prep", "groups"), "Zimbabwe": ("pobj", "in")})
    assert codes(code(coder, zimbabwe)[0]) == {"Opposition groups": "ZWEOPP", "Zimbabwe": "ZWE"}
    talks = code(coder, make_sentence("Egypt hosted Israeli and Islamic Jihad delegations"))[0]
    assert {m.actor.code for m in talks if "delegations" in m.actor.text} == {"ISRGOV", "PSEREB"}
    residents = make_sentence("Residents of southern Israel returned",
                              pos={"southern": "ADJ", "returned": "VERB"})
    assert codes(code(coder, residents)[0]) == {"Residents of southern Israel": "ISRCVL"}
    fighters = make_sentence("Fighters from the paramilitary Rapid Support Forces looted it",
                             deps={"from": ("prep", "Fighters")},
                             pos={"paramilitary": "ADJ", "looted": "VERB"})
    assert codes(code(coder, fighters)[0])[
        "Fighters from the paramilitary Rapid Support Forces"] == "SDNMIL"


# ---- agents whose country cannot be told ---------------------------------------------------------

def test_actors_closing_attribution_after_several_countries_takes_no_country(coder):
    text = "Ethiopia's prime minister and Sudan's leader did not meet in Djibouti, diplomats said"
    sentence = make_sentence(text, deps={"diplomats": ("nsubj", "said")})
    assert codes(code(coder, sentence)[0])["diplomats"] == "GOV"
    one = make_sentence("Nigerian police fired tear gas, officials said",
                        deps={"officials": ("nsubj", "said")})
    assert codes(code(coder, one)[0])["officials"] == "NGAGOV"
    text = "The EU could impose sanctions on the junta, diplomats in Brussels said"
    brussels = make_sentence(text,
                             deps={"diplomats": ("nsubj", "said"), "in": ("prep", "diplomats"),
                                   "Brussels": ("pobj", "in")})
    assert codes(code(coder, brussels)[0])["diplomats"] == "GOV"
    assert only(coder, "Western governments condemned the annexation by Russia") == {
        "governments": "GOV", "Russia": "RUS"}


def test_actors_a_possessive_pronoun_gives_its_role_noun_a_country(coder):
    recall = make_sentence("Biden criticised Putin , prompting Russia to recall its ambassador",
                           deps={"Biden": "nsubj", "its": ("poss", "ambassador")})
    assert codes(code(coder, recall, on=D2021)[0])["ambassador"] == "RUSGOV"


# ---- pronouns in reported speech and possessives -------------------------------------------------

def test_actors_the_subject_of_what_was_said_is_the_speaker(coder):
    sentence = make_sentence(
        "Police told protesters they had arrested 87 people",
        deps={"Police": ("nsubj", "told"), "protesters": ("dobj", "told"),
              "they": ("nsubj", "arrested"), "arrested": ("ccomp", "told")},
        pos={"arrested": "VERB"})
    first = make_sentence("Nigeria faced protests", deps={"Nigeria": "nsubj"})
    assert codes(code(coder, first, sentence)[1])["they"] == "NGACOP"
    we = make_sentence("Iranian officials said we will respond",
                       deps={"officials": ("nsubj", "said"), "we": ("nsubj", "respond"),
                             "respond": ("ccomp", "said")}, pos={"respond": "VERB"})
    assert codes(code(coder, we)[0])["we"] == "IRNGOV"


def test_actors_a_possessive_prefers_the_subject_of_its_clause(coder):
    sentence = make_sentence(
        "Tokyo lodged a protest with Pyongyang through its embassy",
        deps={"Tokyo": ("nsubj", "lodged"), "through": ("prep", "lodged"),
              "embassy": ("pobj", "through"), "its": ("poss", "embassy")},
        pos={"lodged": "VERB"})
    found = codes(code(coder, sentence)[0])
    assert (found["its"], found["embassy"]) == ("JPNGOV", "JPNGOV")


def test_actors_it_quoting_is_the_news_agency(coder):
    first = make_sentence("KCNA said the launch was a response", deps={"KCNA": "nsubj"})
    second = make_sentence("It quoted Kim Yo Jong", deps={"It": ("nsubj", "quoted")},
                           ents={"Kim Yo Jong": "PERSON"})
    second = replace(second, tokens=tuple(replace(t, lemma="quote") if t.text == "quoted" else t
                                          for t in second.tokens))
    assert codes(code(coder, first, second)[1])["It"] == "PRKMED"


# ---- ISO country codes ---------------------------------------------------------------------------

def test_actors_legacy_country_codes_become_iso():
    from communique.actors.codes import LEGACY_COUNTRIES, iso_country
    from communique.actors.resolve import code_on

    assert iso_country("ANGREB") == "AGOREB" and iso_country("TMP") == "TLS"
    assert iso_country("IGOUNO") == "IGOUNO" and iso_country("NGOHRI") == "NGOHRI"
    names = load_tables(str(default_data_dir())).names
    for day in ("1995-01-01", "2015-06-01"):
        codes_on = {code_on(entry, day) or "" for entry in names.values()}
        assert not {c for c in codes_on if c[:3] in LEGACY_COUNTRIES}
    assert not {c for e in names.values() if (c := code_on(e, "2015-06-01") or "")[:3] == "SCG"}


@pytest.mark.parametrize("on, expected", [
    (dt.date(2005, 1, 1), {"Serbia and Montenegro": "SCG", "UNITA": "AGOREB", "East Timor": "TLS"}),
    (D2015, {"Serbia": "SRB", "Montenegro": "MNE", "UNITA": "AGOREB", "East Timor": "TLS"}),
])
def test_actors_federations_past_their_dates_are_read_as_their_members(coder, on, expected):
    sentence = make_sentence("Serbia and Montenegro , UNITA and East Timor met")
    assert codes(code(coder, sentence, on=on)[0]) == expected


# ---- the classes above with the real model -------------------------------------------------------

@pytest.mark.model
def test_actors_model_armed_groups_hardware_and_bodies(coder):
    text = ("Boko Haram fighters attacked a village in Borno state. "
            "Nigerian Air Force jets struck insurgent hideouts on Monday. "
            "In April 2014, the group abducted 276 schoolgirls from Chibok. "
            "South Korea's National Security Council condemned the launch. "
            "Israeli aircraft struck rocket launchers in Gaza.")
    results = [{(m.actor.text, m.actor.code) for m in ms}
               for ms in coder.code_article(parse_sentences(text), D2021)]
    assert ("Nigerian Air Force jets", "NGAMIL") in results[1]
    assert ("the group", "NGAREB") in results[2]
    assert ("South Korea's National Security Council", "KORGOV") in results[3]
    assert ("Israeli aircraft", "ISRMIL") in results[4]
    backed = coder.code_article(parse_sentences("Iranian-backed militias attacked it."), D2021)
    assert {(m.actor.text, m.actor.code) for m in backed[0]} == {
        ("militias", "UAF")}  # the backer is no party to what the militias do


@pytest.mark.model
def test_actors_model_speakers_possessives_and_attributions(coder):
    text = ("Nigerian police fired tear gas at protesters in Abuja. "
            "Police said on Friday they had arrested 87 people in Lagos. "
            "Tokyo had lodged a protest with Pyongyang through its embassy in Beijing. "
            "Ethiopia's prime minister and the head of Sudan's sovereign council did not meet "
            "in Djibouti on Sunday, diplomats said.")
    results = [{(m.actor.text, m.actor.code) for m in ms}
               for ms in coder.code_article(parse_sentences(text), D2021)]
    assert ("they", "NGACOP") in results[1]
    assert {("its", "JPNGOV"), ("embassy", "JPNGOV")} <= results[2]
    assert ("diplomats", "GOV") in results[3]




@pytest.mark.model
@pytest.mark.parametrize("text", [
    "UN Secretary-General Kofi Annan called for a ceasefire.",
    "U.N. Secretary-General Boutros Boutros-Ghali flew to Sarajevo on Sunday.",
])
def test_actors_model_a_person_named_after_an_international_office_holds_it(coder, text):
    mentions = coder.code_article(parse_sentences(text), D2021)[0]
    assert [m.actor.code for m in mentions][:1] == ["IGOUNO"], codes(mentions)
    assert "ELI" not in {m.actor.code for m in mentions}, codes(mentions)


@pytest.mark.model
@pytest.mark.parametrize("text, people, code", [
    ("Thousands of ethnic Serbs in northern Kosovo blocked roads on Monday.", "Serbs", "KSV"),
    ("Several thousand ethnic Hungarians marched in Romania on Sunday.", "Hungarians", "ROU"),
    ("The Russians of eastern Estonia are demanding language rights.", "Russians", "EST"),
    ("Ethnic Uzbeks fled across the border after clashes in Kyrgyzstan.", "Uzbeks", "UZB"),
    ("Two Serbian policemen were killed in Kosovo.", "Serbian policemen", "SRBCOP"),
])
def test_actors_model_a_minority_is_coded_by_the_country_it_lives_in(coder, text, people, code):
    mentions = coder.code_article(parse_sentences(text), D2021)[0]
    assert codes(mentions)[people] == code, codes(mentions)


@pytest.mark.model
def test_actors_model_a_surname_tagged_as_a_common_noun_is_the_person_met_before(coder):
    text = ("Guatemalan President Jimmy Morales expelled the UN anti-corruption commission. "
            "Morales later accused the commission of meddling.")
    results = coder.code_article(parse_sentences(text), D2018)
    assert ("Morales", "GTMGOV") in {(m.actor.text, m.actor.code) for m in results[1]}


@pytest.mark.model
@pytest.mark.parametrize("text, code", [
    ("Fighters of the Free Papua Movement attacked a police post in Intan Jaya.", "IDNREB"),
    ("The Kosovo Liberation Army ambushed a police patrol near Pec.", "KSVREB"),
    ("FDLR rebels raided a village in North Kivu.", "RWAREB"),
    ("The Karen National Union accused the junta of air strikes.", "MMRREB"),
])
def test_actors_model_armed_groups_take_the_country_they_fight_in(coder, text, code):
    mentions = coder.code_article(parse_sentences(text), D2021)[0]
    assert code in {m.actor.code for m in mentions}, codes(mentions)


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Kyrgyz and Tajik forces exchanged fire along the border.", {"KGZMIL", "TJKMIL"}),
    ("Israel and Palestinian militants traded fire overnight.", {"ISR", "PSEUAF"}),
])
def test_actors_model_coordinated_demonyms_share_their_role_noun(coder, text, expected):
    mentions = coder.code_article(parse_sentences(text), D2021)[0]
    assert {m.actor.code for m in mentions} == expected, codes(mentions)


@pytest.mark.model
def test_actors_model_an_object_pronoun_is_not_its_verbs_subject(coder):
    text = ("Two Kenyan aid workers arrived in Baidoa on Monday. "
            "Al-Shabaab fighters seized them at a checkpoint.")
    results = coder.code_article(parse_sentences(text), D2021)
    assert ("them", "SOMREB") not in {(m.actor.text, m.actor.code) for m in results[1]}


@pytest.mark.model
def test_actors_model_a_union_of_people_is_one_body_that_says_it(coder):
    text = "Kenya's doctors' union said on Monday that it would end its boycott of clinics."
    mentions = coder.code_article(parse_sentences(text), D2021)[0]
    assert ("it", "KENHLH") in {(m.actor.text, m.actor.code) for m in mentions}, codes(mentions)


@pytest.mark.model
@pytest.mark.parametrize("text, word, code", [
    ("Ukraine's Energy Minister Olena Dovhanyuk resigned on Monday. Parliament had "
     "accused Dovhanyuk of hiding the losses.", "Dovhanyuk", "UKRGOV"),
    ("Chile's Mining Minister Aurelio Casteneda Ruiz met investors on Friday. Casteneda Ruiz "
     "promised lower royalties.", "Casteneda Ruiz", "CHLGOV"),
])
def test_actors_model_an_unknown_name_after_a_title_is_remembered(coder, text, word, code):
    mentions = coder.code_article(parse_sentences(text), D2021)[1]
    assert codes(mentions).get(word) == code, codes(mentions)


@pytest.mark.model
def test_actors_model_foreign_bodies_are_not_the_story_country(coder):
    mentions = coder.code_article(parse_sentences(
        "Serbia's president accused foreign intelligence services of stirring up the protests."),
        D2021)[0]
    assert codes(mentions).get("foreign intelligence services") == "SPY", codes(mentions)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Farmers blocked two bridges over the Sava river near Zagreb on Monday.",
    "Troops crossed the Niger River at dawn.",
    "The Paris-based Committee to Protect Journalists condemned the arrest.",  # where it sits
])
def test_actors_model_a_river_or_a_seat_is_no_country(coder, text):
    mentions = coder.code_article(parse_sentences(text), D2021)[0]
    assert not {"MDG", "NER", "FRA", "FRAGOV"} & {m.actor.code for m in mentions}, \
        codes(mentions)


@pytest.mark.model
def test_actors_model_a_court_described_by_its_seat_is_the_court_named_before(coder):
    sentences = parse_sentences("The International Criminal Court issued a warrant for the "
                                "general. The Hague-based court said he must surrender.")
    mentions = coder.code_article(sentences, D2021)[1]
    assert codes(mentions).get("court", "").startswith("IGO"), codes(mentions)


@pytest.mark.model
def test_actors_model_colombias_eln_is_a_colombian_rebel_group(coder):
    mentions = coder.code_article(parse_sentences(
        "Colombia suspended peace talks with the ELN after a car bomb in Bogota."), D2021)[0]
    assert codes(mentions).get("ELN") == "COLREB", codes(mentions)


@pytest.mark.model
@pytest.mark.parametrize("text, word, code", [
    ("The EU imposed sanctions on Russian banks on Friday.", "Russian banks", "RUSBUS"),
    ("Rioters looted Chinese-owned shops in Honiara.", "Chinese-owned shops", "CHNBUS"),
    ("Israeli troops raided a village in the West Bank.", "West Bank", "PSE"),
])
def test_actors_model_businesses_named_by_their_trade(coder, text, word, code):
    mentions = coder.code_article(parse_sentences(text), D2021)[0]
    assert codes(mentions).get(word) == code, codes(mentions)


@pytest.mark.model
def test_actors_model_a_possessive_in_a_clause_with_no_actor_is_the_main_subjects(coder):
    mentions = coder.code_article(parse_sentences(
        "Romania expelled a Russian diplomat after drone debris fell on its soil."),
        D2021)[0]
    assert [m.actor.code for m in mentions if m.actor.text == "its"] == ["ROU"], \
        codes(mentions)
