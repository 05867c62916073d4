"""Tests for communique.discard: non-political stories and sentences (no model)."""

from __future__ import annotations

import pytest

from communique.discard import STORY_HITS_NEEDED, Discards, obituary


@pytest.fixture(scope="module")
def discards() -> Discards:
    return Discards()


FOOTBALL = ("Ghana beat Nigeria 2-1 in Kumasi on Sunday to keep their World Cup hopes alive. "
            "The Black Stars striker scored a goal in each half before the Super Eagles "
            "goalkeeper saved a late penalty.")
QATAR = ("Amnesty International said thousands of migrant workers had died in Qatar since it "
         "won the right to host the World Cup. Qatar's government rejected the report.")


def test_discard_football_report_is_discarded(discards):
    reason = discards.story_reason(FOOTBALL)
    assert reason is not None and reason.startswith("non-political story: ")


def test_discard_political_story_mentioning_world_cup_once_is_kept(discards):
    assert discards.story_reason(QATAR) is None


def test_discard_story_needs_distinct_phrases(discards):
    assert STORY_HITS_NEEDED == 3
    text = "The World Cup was awarded to Qatar. Critics of the WORLD CUP vote were ignored."
    assert discards.story_reason(text) is None  # one phrase twice, in any case


def test_discard_story_phrases_match_whole_words(discards):
    assert discards.story_reason("The strikers' union and the goalkeepers' association met.") \
        is None


def test_discard_hunger_striker_story_is_kept(discards):
    text = ("Bahrain's jailed activist, a hunger striker since February, was taken to hospital "
            "as rights groups used the World Cup in Qatar to press for his release.")
    assert discards.story_reason(text) is None


def test_discard_world_cup_rights_story_naming_fifa_is_kept(discards):
    text = ("Amnesty International urged FIFA to compensate the families of migrant workers who "
            "died building World Cup stadiums in Qatar.")
    assert discards.story_reason(text) is None


def test_discard_half_year_figures_are_not_sport(discards):
    text = ("Iran said it had enriched more uranium in the first half of the year than in the "
            "second half of 2020.")
    assert discards.story_reason(text) is None


@pytest.mark.parametrize("sentence", [
    "The match ended in a goalless draw.",
    "Nigeria lost the qualifier after the FOOTBALL federation changed coaches.",
])
def test_discard_sentence_phrase_drops_sentence(discards, sentence):
    assert discards.drops_sentence(sentence)


@pytest.mark.parametrize("sentence", [
    "Police fired tear gas at protesters in Lagos.",
    "Russia said it would hand over criminals to the United States.",
    "",
    # Words PETRARCH2 discards that political news uses too.
    "The ruling party won the election by a landslide.",
    "Japan sent a medical team to help survivors of the typhoon.",
    "WFP trucks delivered high-energy biscuits to 12,000 families.",
    "The president, a champion of press freedom, pardoned the journalists.",
    "The two sides ended marathon talks in Doha without a deal.",
    "The United States pledged $500 million to fight Ebola in Guinea.",
])
def test_discard_political_sentence_is_kept(discards, sentence):
    assert not discards.drops_sentence(sentence)


def test_discard_custom_rows():
    custom = Discards(rows=(("cricket", "story"), ("test match", "story"),
                            ("recipe", "sentence")), story_hits=2)
    assert custom.story_reason("The cricket test match was rained off.") == \
        "non-political story: cricket, test match"
    assert custom.story_reason("Cricket diplomacy: India and Pakistan met.") is None
    assert custom.story_reason("The World Cup striker scored a goal.") is None  # not default
    assert custom.drops_sentence("Here is a RECIPE for omelette.")
    assert not custom.drops_sentence("Ghana beat Nigeria in the World Cup.")


def test_discard_custom_rows_with_regex_characters_are_literal():
    custom = Discards(rows=(("u.s. open", "story"), ("(live)", "story"), ("a+b", "sentence")),
                      story_hits=2)
    assert custom.story_reason("The U.S. Open (live) coverage.") is not None
    assert custom.story_reason("The US1 Open live coverage.") is None
    assert custom.drops_sentence("a+b") and not custom.drops_sentence("aab")


def test_discard_custom_rows_without_sentence_phrases_drop_nothing():
    custom = Discards(rows=(("cricket", "story"), ("test match", "story")))
    assert not custom.drops_sentence("Russia attacked Ukraine.")


def test_discard_no_rows_discard_no_story():
    assert Discards(rows=()).story_reason("Ghana beat Nigeria in the World Cup.") is None


@pytest.mark.parametrize("text", [
    "Pakistan were 250 for three at stumps on day two of the Test match, the batsman "
    "reaching his century before the bowler took two late wickets.",
    "The K-pop group announced a 30-date world tour; fans queued overnight and the first "
    "concert sold out within minutes.",
])
def test_discard_cricket_and_music_stories_are_discarded(discards, text):
    assert discards.story_reason(text) is not None


def test_discard_politics_with_one_sports_word_is_kept(discards):
    text = ("The president awarded a medal to the soldiers who freed the hostages, and "
            "thousands of supporters cheered outside the palace.")
    assert discards.story_reason(text) is None


@pytest.mark.parametrize("text", [
    ("Sri Lanka beat India by six wickets in the first one-day international in Colombo. The "
     "spinner took four for 31 and the all-rounder hit an unbeaten 78 in the run chase."),
    ("Sabalenka came back from losing the first set to beat Gauff, saving a match point in "
     "the tie-break of the second set before breaking serve twice in the third set."),
    ("The miner's shareholders will vote on the hostile bid in June. First-quarter profit "
     "rose 12%, beating analysts' forecasts, and the board raised the dividend."),
    ("A 41-year-old man was found guilty at Bristol Crown Court of murdering his neighbour. "
     "Detective Inspector Sarah Hale said the victim had suffered years of domestic abuse."),
])
def test_discard_sport_company_and_crime_stories_are_discarded(discards, text):
    assert discards.story_reason(text) is not None


@pytest.mark.parametrize("text", [
    ("The government vetoed the Chinese state firm's takeover bid for the port operator, "
     "citing national security, and Beijing's commerce ministry protested."),
    ("Prosecutors charged the former interior minister with manslaughter over the deaths of "
     "protesters shot by police in the capital in March."),
])
def test_discard_political_stories_naming_one_business_or_court_phrase_are_kept(discards, text):
    assert discards.story_reason(text) is None


@pytest.mark.parametrize("sentence", [
    "Pakistan crushed England by 152 runs in Multan on Friday.",
    "Bangladesh levelled the series with a four-wicket win in Chattogram.",
    "Spain beat Croatia 3-0 in Berlin on Saturday.",
    "Sinner defeated Medvedev 6-3, 7-6(4) in the final.",
    "Morocco's attack tore through the Portuguese defence in the second half.",
    "Arsenal made a second offer for the Brazilian winger on Monday.",
    "Ghana beat Angola with a stoppage-time winner in Kumasi.",
    "Kenya's Faith Kipyegon won gold in Budapest, beating Ethiopia's Gudaf Tsegay.",
    "Egypt will host Algeria in Cairo on Friday in front of 75,000 fans.",
])
def test_discard_match_results_and_players_drop_the_sentence(discards, sentence):
    assert discards.drops_sentence(sentence)


@pytest.mark.parametrize("sentence", [
    "The Supreme Court ruled 6-3 that the president had immunity.",
    "Parliament voted 79-0 to remove the interior minister.",
    "Inflation slowed in the second half of the year, the central bank said.",
    "The talks are the first in a series of meetings between the two sides.",
    "Russian forces crushed the uprising in Grozny in 1995.",
])
def test_discard_votes_rulings_and_series_of_talks_are_not_results(discards, sentence):
    assert not discards.drops_sentence(sentence)


@pytest.mark.parametrize("text, expected", [
    ("Former minister Jan Kowalski has died at the age of 88, his family said. He is "
     "survived by two sons.", True),
    ("OBITUARY\n\nThe general, who led the 1974 coup, died on Monday. He was 91.", True),
    ("A student shot by police during the protest died in hospital on Monday. He was 19.",
     False),
])
def test_discard_an_obituary_needs_two_of_its_signs(text, expected):
    assert obituary(text) is expected
