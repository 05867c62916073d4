"""Background and reasons told inside a sentence that holds the news: what began a span
lasting to now ('since ... in 1996'), a relation held since long ago, an antecedent's
record dated to a year in a set-off relative clause, and the reason an act gives in a
'saying' clause. Sentences written for these tests, not taken from any gold file."""

from __future__ import annotations

import pytest

from helpers import plover_events

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, news, background", [
    ("Turkish President Recep Tayyip Erdogan arrived in Athens on Thursday, his first "
     "visit since Greece and Turkey nearly went to war over an islet in 1996.",
     ("CONSULT", "TUR", "GRC"), "ASSAULT"),
    ("Lithuania expelled two Belarusian diplomats on Friday, the latest in a series of "
     "expulsions since Minsk cracked down on protesters in 2020.",
     ("SANCTION", "LTU", "BLR"), "COERCE"),
    ("Germany, which imposed sanctions on Iran in March 2019, urged Tehran on Tuesday to "
     "free the detained journalists.", ("REQUEST", "DEU", "IRN"), "SANCTION"),
])
def test_background_beside_the_news_is_not_coded(coder, text, news, background):
    found = plover_events(coder, text)
    assert news in found
    assert not any(kind == background for kind, _, _ in found)


def test_a_relation_held_since_a_past_year_is_not_an_event(coder):
    found = plover_events(coder, "Japan, which has quarrelled with China over the islands "
                                 "since 2012, summoned the Chinese ambassador on Monday.")
    assert found == {("ACCUSE", "JPN", "CHN")}


def test_a_deed_dated_to_a_day_of_this_year_after_since_is_still_coded(coder):
    found = plover_events(coder, "Kosovo Serbs have blocked the roads since April 10, when "
                                 "Kosovo police arrested a former Serb officer.")
    assert any(kind == "COERCE" and source == "KSV" for kind, source, _ in found)


def test_a_set_off_relative_clause_dated_to_a_day_is_still_news(coder):
    found = plover_events(coder, "Iraq, which expelled the Turkish ambassador on Tuesday, "
                                 "called for an emergency Arab League meeting.")
    assert ("SANCTION", "IRQ", "TUR") in found


@pytest.mark.parametrize("text, news, reason", [
    ("Putin rejected a Ukrainian proposal for a ceasefire on Friday, saying Russia would "
     "keep fighting until Kyiv withdrew its troops.", "REJECT", "THREATEN"),
    ("Vucic rejected the European Parliament's resolution, saying Brussels was interfering "
     "in Serbia's internal affairs.", "REJECT", "AID"),
])
def test_the_reason_a_saying_clause_gives_for_an_act_is_no_second_event(coder, text, news,
                                                                       reason):
    found = plover_events(coder, text)
    assert any(kind == news for kind, _, _ in found)
    assert not any(kind == reason for kind, _, _ in found)


def test_an_accusation_beside_a_rejection_is_still_coded(coder):
    found = plover_events(coder, "Hungary rejected the EU proposal on Tuesday and accused "
                                 "Brussels of blackmail.")
    assert {("REJECT", "HUN", "IGO"), ("ACCUSE", "HUN", "IGO")} <= found


def test_a_caption_labelled_file_photo_at_its_end_is_not_coded(coder):
    text = ("Chad closes border with Sudan\n\n"
            "Chad closed its eastern border with Sudan on Monday, the government said.\n\n"
            "Riot police use water cannon against demonstrators in N'Djamena. File photo\n\n"
            "The closure follows weeks of fighting in Darfur.")
    found = plover_events(coder, text)
    assert any(source == "TCD" and target == "SDN" for _, source, target in found)
    assert not any(kind == "ASSAULT" or target == "TCD" for kind, _, target in found)


def test_a_deed_during_a_span_of_past_years_does_not_take_the_publication_date(coder):
    import datetime as dt

    from communique.model import Article

    events = coder.code(Article(id="t", date=dt.date(2024, 3, 4), text=(
        "Eritrea sided with Ethiopian federal forces during the 2020-2022 war in Tigray, "
        "officials recalled.")))
    assert not any(e.date == dt.date(2024, 3, 4) for e in events)


def test_a_toll_counted_up_to_now_with_has_since_is_not_an_event(coder):
    import datetime as dt

    from communique.model import Article

    events = coder.code(Article(id="t", date=dt.date(2024, 5, 1), text=(
        "Sudan's army retakes Khartoum\n\n"
        "The fighting began in April 2023, when the Rapid Support Forces attacked army "
        "bases in Khartoum.\n\n"
        "The paramilitary's campaign has since killed more than 20,000 civilians, "
        "according to the United Nations.")))
    assert any("attacked army bases" in e.evidence.sentence for e in events)
    assert not any("has since killed" in e.evidence.sentence for e in events)


@pytest.mark.parametrize("text, source, target", [
    ("Kenya's foreign ministry summoned Uganda's high commissioner on Monday to protest "
     "the detention of two Kenyan activists in Kampala.", "KEN", "UGA"),
    ("Chile summoned the Argentine ambassador to complain about remarks by President "
     "Javier Milei.", "CHL", "ARG"),
])
def test_a_summons_to_protest_is_one_accusation(coder, text, source, target):
    import datetime as dt

    from communique.model import Article

    events = coder.code(Article(id="t", date=dt.date(2024, 5, 1), text=text))
    accusations = [e for e in events if e.plover == "ACCUSE"]
    assert [(e.cameo, e.source.code[:3], e.target.code[:3]) for e in accusations] == [
        ("040", source, target)]


@pytest.mark.parametrize("text, news, old", [
    ("Ethiopia's government released 70 opposition politicians on Tuesday, nearly a year "
     "after they were arrested in a crackdown.", "RETREAT", "COERCE"),
    ("Belarus freed an American teacher on Friday, two years after border guards detained "
     "him near Grodno.", "RETREAT", "COERCE"),
])
def test_a_deed_years_apart_from_the_news_is_background(coder, text, news, old):
    found = plover_events(coder, text)
    assert any(kind == news for kind, _, _ in found)
    assert not any(kind == old for kind, _, _ in found)


def test_a_deed_days_apart_from_the_news_is_still_coded(coder):
    found = plover_events(coder, "Kenya recalled its envoy from Juba on Friday, two days "
                                 "after South Sudanese troops shelled a Kenyan border post.")
    assert {("SANCTION", "KEN", "SSD"), ("ASSAULT", "SSD", "KEN")} <= found
