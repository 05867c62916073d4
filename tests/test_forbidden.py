"""Sentences that must yield no event, and the real news beside them that still must.

Classes: explainer boxes whose lines are full sentences ('Key facts', 'Why it matters',
'What's next'), headline lists under 'Also read', an author's thought experiments,
counterfactuals and habits, 'the following year' counted from the wrong time, and
non-political stories (science reports, divorce cases) in the words of politics.
"""

from __future__ import annotations

import datetime as dt

import pytest

from communique.clean import clean
from communique.discard import Discards, opinion


def _kept(text: str) -> str:
    cleaned = clean(text)
    return " ".join(text[s.start:s.end] for s in cleaned.segments)


@pytest.mark.parametrize("header", ["Key facts", "Why it matters", "What's next",
                                    "What happens next", "The big picture"])
def test_forbidden_a_box_header_takes_its_block_of_full_sentences(header):
    text = ("Chad closes border with Sudan after clashes\n\n"
            "Chad closed its eastern border with Sudan on Friday after fighting spilled "
            "into the town of Adre, the government said.\n\n"
            f"{header}\n"
            "Chad and Sudan restored diplomatic ties in 2010 after years of proxy war.\n"
            "Sudan accused Chad of arming rebels in 2008.\n\n"
            "Aid agencies warned that thousands of refugees were stranded at the crossing.")
    kept = _kept(text)
    assert "restored diplomatic ties in 2010" not in kept
    assert "accused Chad of arming rebels" not in kept
    assert "Chad closed its eastern border" in kept
    assert "Aid agencies warned" in kept  # after the blank line, the story goes on


def test_forbidden_a_box_block_needs_blank_lines_in_the_story():
    """Text with no blank lines at all has no blocks: only box-shaped lines go."""
    text = ("Chad closes border with Sudan\n"
            "Key facts\n"
            "Chad closed its eastern border with Sudan on Friday after fighting spilled "
            "into the town of Adre, the government said.")
    assert "Chad closed its eastern border" in _kept(text)


def test_forbidden_headlines_under_also_read_are_dropped():
    text = ("Chad closes border with Sudan\n\n"
            "Chad closed its eastern border with Sudan on Friday, the government said.\n\n"
            "Also read:\n"
            "Sudan's army chief visits Moscow for arms talks\n"
            "Libya expels Chadian traders from Kufra\n\n"
            "Aid agencies warned that thousands of refugees were stranded.")
    kept = _kept(text)
    assert "visits Moscow" not in kept and "expels Chadian traders" not in kept
    assert "Aid agencies warned" in kept


@pytest.mark.parametrize("text", [
    "Imagine that Chinese warships surround Taiwan's main port one night and cut it off.",
    "Suppose Iran closes the Strait of Hormuz to tankers for a month.",
    "Had Spain recognised Kosovo in 2008, Serbia would have recalled its ambassador.",
    "Should Turkey block Sweden's bid again, Washington would freeze the fighter jet deal.",
    "Ministers in Brussels routinely condemn Belarus for its treatment of migrants.",
    "Pyongyang has repeatedly threatened to strike US bases on Guam.",
])
def test_forbidden_imagined_counterfactual_and_habitual_acts_are_no_events(
        coder, make_article, text):
    assert coder.code(make_article(text)) == ()


@pytest.mark.parametrize("text", [
    "Should Iran strike Israel again, Washington would respond, the Pentagon said on Monday.",
    "Chinese warships surrounded Taiwan's main port on Monday, Taipei said.",
])
def test_forbidden_reported_conditions_and_real_acts_are_still_coded(
        coder, make_article, text):
    assert coder.code(make_article(text)) != ()


def test_forbidden_the_following_year_counts_from_the_year_told_before(coder, make_article):
    events = coder.code(make_article(
        "Georgian and Armenian geologists surveyed the valley in 2019, but the work stopped "
        "after Azerbaijan attacked Armenia the following year."))
    assert events and all(e.date == dt.date(2020, 1, 1) for e in events), events


@pytest.mark.parametrize("text", [
    "Japanese knotweed has invaded riverbanks across Wales, according to a paper published "
    "in the journal Biological Conservation. The lead author said native species were being "
    "choked, and called for the invasive species to be treated as an emergency.",
    "A Paris court ordered a banker to pay his ex-wife 12 million euros. His former wife "
    "accused him of hiding money, and the alimony is among the largest in France.",
])
def test_forbidden_science_reports_and_divorce_cases_are_not_political(text):
    assert Discards().story_reason(text) is not None


def test_forbidden_a_study_cited_in_political_news_keeps_the_story():
    text = ("Russia accused Ukraine on Monday of shelling the Zaporizhzhia plant, and a study "
            "in the journal Nature warned of the risks.")
    assert Discards().story_reason(text) is None


OPINION_PIECE = (
    "Opinion: Europe is sleepwalking into a Balkan crisis\n\n"
    "By Ana Petrovic\n\n"
    "If the talks fail, Belgrade would close the crossings and Pristina would appeal to "
    "NATO within days.\n\n"
    "Serbia would then demand that the European Union suspend Kosovo's visa deal.\n\n"
    "On Tuesday, Serbia expelled a Kosovar journalist from Belgrade.\n\n"
    "The views expressed in this article are the author's own.")


def test_forbidden_an_opinion_pieces_speculation_is_no_event(coder, make_article):
    events = coder.code(make_article(OPINION_PIECE))
    sentences = {e.evidence.sentence for e in events}
    assert not any("would" in s for s in sentences), events
    assert any("expelled a Kosovar journalist" in s for s in sentences), events


def test_forbidden_a_news_story_with_an_opinion_link_is_no_opinion_piece():
    assert opinion(OPINION_PIECE)
    assert not opinion("Serbia expels Kosovar journalist\n\nSerbia expelled a journalist on "
                       "Tuesday.\n\nOpinion | Europe is sleepwalking into a Balkan crisis")


def test_forbidden_the_same_would_in_news_is_still_coded(coder, make_article):
    events = coder.code(make_article(
        "Serbia says it will demand EU action on Kosovo\n\nSerbia would demand that the "
        "European Union suspend Kosovo's visa deal, President Aleksandar Vucic said on "
        "Monday."))
    assert events, events


@pytest.mark.parametrize("header", ["Background", "The background", "Explained", "Context"])
def test_forbidden_a_background_block_is_a_box(header):
    text = ("Niger and Benin reopen their border\n\n"
            "Niger reopened its border with Benin on Monday, the interior ministry said.\n\n"
            f"{header}\n"
            "Niger closed the border after the 2023 coup and accused Benin of hosting "
            "French troops.\n\n"
            "Traders in Malanville welcomed the decision.")
    kept = _kept(text)
    assert "accused Benin of hosting" not in kept
    assert "Niger reopened its border" in kept and "Traders in Malanville" in kept


def test_forbidden_a_habit_reported_by_a_speaker_is_no_accusation(coder, make_article):
    events = coder.code(make_article(
        "Analysts say the two neighbours have long been rivals, and both governments "
        "routinely accuse each other of arming rebels."))
    assert events == (), events


@pytest.mark.parametrize("text, year", [
    ("Chile and Peru fought Bolivia in the War of the Pacific.", 1879),
    ("Argentina invaded the islands at the start of the Falklands War.", 1982),
])
def test_forbidden_a_named_old_war_is_never_today(coder, make_article, text, year):
    events = coder.code(make_article(text))
    assert events and all(e.date.year == year for e in events), events


@pytest.mark.parametrize("text", [
    "Soviet tanks rolled into Prague and crushed the reform movement.",
    "East Germany expelled two West German journalists.",
])
def test_forbidden_an_undated_act_of_a_former_state_is_not_today(coder, make_article, text):
    assert coder.code(make_article(text)) == ()


def test_forbidden_a_dated_act_of_a_former_state_keeps_its_date(coder, make_article):
    events = coder.code(make_article("Soviet troops crushed the uprising in Budapest in 1956."))
    assert events and all(e.date == dt.date(1956, 1, 1) for e in events), events


@pytest.mark.parametrize("text", [
    "Review: the new war film follows British commandos as they invade occupied Norway. "
    "Starring Ellen Vik, it opened in 900 cinemas on Friday.",
    "India's grandmaster attacked on the kingside with the white pieces and won the "
    "tie-break to take the chess title from his Chinese rival.",
])
def test_forbidden_film_reviews_and_chess_matches_are_not_political(text):
    assert Discards().story_reason(text) is not None


@pytest.mark.parametrize("caption, year", [
    ("A 2018 photo shows Indian soldiers blocking a Chinese patrol near Doklam.", 2018),
    ("Kurdish fighters attack a Turkish convoy near Afrin, 2018. Image: AFP", 2018),
])
def test_forbidden_an_old_caption_takes_its_own_year(coder, make_article, caption, year):
    text = ("India and China hold border talks\n\n"
            "Indian and Chinese commanders met on Monday for talks on the disputed border, "
            f"India's army said.\n\n{caption}\n\nBoth sides agreed to keep talking.")
    events = [e for e in coder.code(make_article(text)) if e.evidence.sentence in caption]
    assert events and all(e.date.year == year for e in events), events


@pytest.mark.parametrize("line", [
    "Catch up on our Ukraine coverage: Russia launches its biggest drone attack of the war",
    "ICYMI: Zelensky calls Orban pro-Russian in Davos speech",
    "In other news: Romania expels Russian military attache",
])
def test_forbidden_catch_up_lines_are_links(line):
    text = ("Hungary blocks EU aid for Ukraine\n\n"
            "Hungary blocked an EU aid package for Ukraine on Thursday, diplomats said.\n\n"
            f"{line}\n\n"
            "The European Commission said it would look for other ways to fund Kyiv.")
    kept = _kept(text)
    assert line not in kept and "The European Commission said" in kept


def test_forbidden_a_fare_war_between_airlines_is_not_political():
    assert Discards().story_reason(
        "Gulf carriers cut fares as price war deepens. Emirates accused Qatar Airways of "
        "dumping seats to win market share.") is not None


@pytest.mark.parametrize("text", [
    "The embassy has stayed shut since Rwanda expelled Burundi's ambassador.",
    "The feud dates back to when Peru seized Ecuador's border posts.",
])
def test_forbidden_the_act_that_began_a_lasting_state_is_undated(coder, make_article, text):
    assert coder.code(make_article(text)) == ()


def test_forbidden_a_since_clause_with_its_own_day_keeps_it(coder, make_article):
    events = coder.code(make_article("Israel has struck Gaza since Hamas attacked on Monday."))
    assert events and all(e.date == dt.date(2021, 6, 14) for e in events), events


@pytest.mark.parametrize("text", [
    "A French surfer was attacked by a shark off the coast of Reunion on Saturday.",
    "Two Zambian fishermen were killed by a hippo on the Zambezi.",
    "Asian hornets have invaded beehives across northern Spain.",
])
def test_forbidden_animals_are_no_actors(coder, make_article, text):
    assert coder.code(make_article(text)) == ()


def test_forbidden_a_killing_by_police_is_still_coded(coder, make_article):
    assert coder.code(make_article("Three protesters were killed by police in Nairobi on "
                                   "Tuesday, witnesses said."))
