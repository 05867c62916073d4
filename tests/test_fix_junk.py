"""Junk, non-political text and old events dated to today: boxes beside the story
(timelines, fact boxes, Q&A, results tables), transcripts, embedded posts, wire
boilerplate, anniversaries ('ten years ago today'), 'then-' titles, and the
vocabulary of science, crime and company stories."""

from __future__ import annotations

import datetime as dt

import pytest

from communique.clean import clean
from communique.dates import bygone, caption_date
from communique.discard import Discards
from communique.model import Article, CleanText, ParsedSentence, Token


def _layout(result: CleanText) -> list[tuple[str, str]]:
    items = [(s.start, s.end, s.kind) for s in result.segments]
    items += [(d.start, d.end, "drop:" + d.reason) for d in result.dropped]
    return [(result.text[a:b], label) for a, b, label in sorted(items)]


def _kept(text: str) -> list[str]:
    return [t for t, label in _layout(clean(text)) if not label.startswith("drop:")]


def _story(*middle: str) -> str:
    return "\n\n".join(["Armenia accuses Azerbaijan of border shooting",
                        "Armenia accused Azerbaijani troops on Tuesday of firing on a village.",
                        *middle,
                        "The foreign ministers will meet in Abu Dhabi on Friday, officials said."])


def test_clean_timeline_box_is_dropped_and_the_story_goes_on():
    text = _story("TIMELINE: Three decades of conflict\n"
                  "1988: Fighting erupts over Nagorno-Karabakh.\n"
                  "1994: Russia brokers a ceasefire after a war that killed 30,000 people.\n"
                  "September 2023: Azerbaijan seizes the rest of Karabakh.")
    kept = _kept(text)
    assert not any("Russia brokers" in t or "TIMELINE" in t for t in kept)
    assert any(t.startswith("The foreign ministers will meet") for t in kept)


def test_clean_dated_lines_in_a_row_are_a_timeline_without_header():
    text = _story("1994: Russia brokers a ceasefire.", "2020: Azerbaijan recaptures territory.")
    layout = _layout(clean(text))
    assert ("1994: Russia brokers a ceasefire.", "drop:timeline") in layout
    assert ("2020: Azerbaijan recaptures territory.", "drop:timeline") in layout


def test_clean_a_single_dated_line_is_kept():
    line = "2020: the year Azerbaijan recaptured territory, officials recalled."
    assert line in _kept(_story(line))


@pytest.mark.parametrize("box", [
    "KEY FACTS\nArmenia: population 3 million\nBorder: about 1,000 km",
    "Factbox: Malaria in numbers\n- 263 million cases in 2023\n- 597,000 deaths",
    "IN NUMBERS\n150,000 - estimated dead since April 2023\n12 million - forced from homes",
    "WHAT WE KNOW SO FAR\n- Talks are expected to open on April 21\n- The RSF has not replied",
    "Q&A: Why has the war lasted so long?\nWhy did it start? The army and the RSF fell out "
    "over plans to merge their forces, and fighting erupted in April 2023.",
    "ON THIS DAY\n1962: Algeria declares independence from France",
    "PROVISIONAL RESULTS (148 of 156 constituencies)\nHichilema | UPND | 2,310,442 | 58.1\n"
    "Turnout: 66.4%",
])
def test_clean_boxes_beside_the_story_are_dropped(box):
    kept = _kept(_story(box))
    assert not any(line in kept for line in box.split("\n"))
    assert len(kept) == 3


def test_clean_box_ends_at_a_sentence_of_the_story():
    text = _story("KEY FACTS\nArmenia: population 3 million",
                  "Azerbaijan's defence ministry denied that its soldiers had opened fire.")
    assert "Azerbaijan's defence ministry denied that its soldiers had opened fire." \
        in _kept(text)


def test_clean_a_results_sentence_is_not_a_box_header():
    line = "Results are expected on Friday, the electoral commission said."
    assert line in _kept(_story(line))


def test_clean_transcript_turns_are_dropped():
    text = _story("MEI LIN: Let's imagine China declares a quarantine of Taiwan.",
                  "DR PAUL HARRIS: Then one mistake could start a war.",
                  "MEI LIN: And Japan would be drawn in?", "[MUSIC]")
    layout = _layout(clean(text))
    assert sum(label == "drop:transcript" for _, label in layout) == 4


def test_clean_digest_datelines_are_not_a_transcript():
    lines = ["KYIV: Russia fired 40 missiles at Ukrainian cities overnight, officials said.",
             "GAZA: Israeli air strikes killed 12 people, medics said.",
             "BEIJING: China condemned the new US tariffs on Tuesday."]
    kept = _kept(_story(*lines))
    assert all(line in kept for line in lines)


def test_clean_embedded_post_with_its_signature_is_dropped():
    post = ("Belarus keeps escalating. We will respond firmly. pic.twitter.com/Zk2Lr9QwXa\n"
            "\u2014 Donald Tusk (@donaldtusk) June 2, 2025")
    text = _story(post, "Skip X post",
                  "View this post on Instagram\nA post shared by Border Guard (@guard)\n"
                  "Border guards detained four men near Krynki. #border #security\n"
                  "End of Instagram post",
                  "This content is provided by X. It may use cookies.")
    layout = _layout(clean(text))
    assert sum(label == "drop:social" for _, label in layout) == 8
    assert len(_kept(text)) == 3


def test_clean_post_frame_ends_only_at_its_own_platform():
    text = _story("Skip X post",
                  "Belarus's foreign ministry called the accusation a provocative fantasy.",
                  "End of Instagram post")
    assert "Belarus's foreign ministry called the accusation a provocative fantasy." \
        in _kept(text)


def test_clean_sentence_naming_a_handle_is_kept():
    line = ("The ministry wrote on X (@MFA_Ukraine) that it had summoned the Hungarian "
            "ambassador over remarks made by the foreign minister in Budapest on Monday.")
    assert line in _kept(_story(line))


@pytest.mark.parametrize(("line", "reason"), [
    ("(Reporting by Kiyoshi Tanaka in Tokyo; Editing by Ed Davies)", "byline"),
    ("Associated Press writer Derek Gatopoulos in Athens contributed to this report.",
     "byline"),
    ("Listen to this article \u00b7 4 min", "loading"),
    ("This transcript was generated automatically and may contain errors.", "correction"),
    ("This story was produced with support from the Horn Reporting Fund.", "correction"),
    ("Vistula News on Telegram: join 120,000 readers for breaking news alerts", "subscribe"),
    ("Acquire Licensing Rights, opens new tab", "navigation"),
    ("ELECTION 2026 LIVE RESULTS MAP: Click on a province to see how it voted",
     "navigation"),
    ("[Podcast] The Weekly - Episode 212: What if Beijing blockades Taiwan?",
     "related-link"),
    ("Sidebar: How the gang became France's most feared", "related-link"),
    ("Source: Official Journal of the EU | Graphic: Continental Press/M. Duarte",
     "photo-credit"),
    ("Show key events only", "loading"),
    ("Pinned post", "loading"),
])
def test_clean_drops_more_junk_lines(line, reason):
    assert (line, "drop:" + reason) in _layout(clean(_story(line)))


@pytest.mark.parametrize("header", ["More election coverage", "You may also be interested in:",
                                    "Trending in Business", "Most viewed in Health",
                                    "More from Six Nations", "Key moments", "Catch up"])
def test_clean_headlines_under_more_list_headers_are_dropped(header):
    layout = _layout(clean(_story(f"{header}\nRomania summons Russian ambassador over drone")))
    assert ("Romania summons Russian ambassador over drone", "drop:list") in layout


def test_clean_have_your_say_opens_the_comments():
    text = _story() + ("\n\nHave your say: Was the coach right? Join the conversation below."
                       "\n\nVladT: Russia should be thrown out of the tournament.")
    layout = _layout(clean(text))
    assert ("Have your say: Was the coach right? Join the conversation below.",
            "drop:comments") in layout
    assert ("VladT: Russia should be thrown out of the tournament.", "drop:comments") in layout


def test_clean_caption_with_plural_subject_is_a_caption():
    line = ("Greek Prime Minister Kyriakos Mitsotakis, left, and Turkish President Recep "
            "Tayyip Erdogan shake hands in Ankara, Turkey, Tuesday, Jan. 27, 2026. "
            "(AP Photo/Burhan Ozbilici)")
    assert (line, "caption") in _layout(clean(_story(line)))


@pytest.mark.parametrize(("text", "date", "precision"), [
    ("Ten years ago today, Greek voters rejected the bailout.", "2015-07-05", "day"),
    ("On this day 30 years ago, the army seized power.", "1995-07-05", "day"),
    ("Five years ago this month, troops crossed the border.", "2020-07-01", "month"),
    ("20 years ago yesterday, the treaty was signed.", "2005-07-04", "day"),
])
def test_dates_anniversary_is_that_day_years_back(text, date, precision):
    found = caption_date(text, dt.date(2025, 7, 5))
    assert found is not None
    assert (found.date.isoformat(), found.precision) == (date, precision)


def test_dates_anniversary_of_a_leap_day():
    found = caption_date("One year ago today, the ceasefire began.", dt.date(2025, 3, 1))
    assert found is not None and found.date == dt.date(2024, 3, 1)
    found = caption_date("Five years ago today, the ceasefire began.", dt.date(2024, 2, 29))
    assert found is not None and found.date == dt.date(2019, 2, 28)


def test_dates_plain_years_ago_stays_a_year():
    found = caption_date("Ten years ago, voters rejected the bailout.", dt.date(2025, 7, 5))
    assert found is not None and (found.date, found.precision) == (dt.date(2015, 1, 1), "year")


def _sentence(text: str) -> ParsedSentence:
    words = text.split()
    tokens, pos = [], 0
    for i, word in enumerate(words):
        tokens.append(Token(i=i, text=word, lemma=word.lower(), pos="VERB" if i == 3 else "X",
                            tag="VBD" if i == 3 else "NN", dep="ROOT" if i == 3 else "dep",
                            head=3, start=pos, ent_type="", ent_iob="O"))
        pos += len(word) + 1
    return ParsedSentence(index=0, text=text, start=0, end=len(text), tokens=tuple(tokens))


@pytest.mark.parametrize(("text", "past"), [
    ("then-Finance Minister Varoufakis accused the IMF of terrorism", True),
    ("the then prime minister rejected the plan outright", True),
    ("and then President Ruto flew to Addis Ababa", False),
])
def test_dates_then_title_places_a_deed_in_the_past(text, past):
    assert bygone(_sentence(text), 3) is past


@pytest.fixture(scope="module")
def discards() -> Discards:
    return Discards()


@pytest.mark.parametrize("text", [
    "Researchers reported in The Lancet that the vaccine attacks the parasite at two stages "
    "of its life cycle, while mosquitoes resist common insecticides.",
    "Three suspects were charged with murder and will appear before an investigating judge; "
    "police seized cannabis resin and said the drug gang recruited teenagers as hitmen.",
    "Ryanair's shares fell 2% as the budget airline accused Wizz of dumping seats, and the "
    "competition watchdog said it would look at fares.",
])
def test_discard_science_crime_and_company_stories(discards, text):
    assert discards.story_reason(text) is not None


def test_discard_sanctions_story_naming_a_share_fall_is_kept(discards):
    text = ("The European Union imposed sanctions on Gazprom on Monday, and the company's "
            "shares fell 5%. Russia condemned the measures and vowed to retaliate.")
    assert discards.story_reason(text) is None


@pytest.mark.model
def test_pipeline_anniversary_event_keeps_its_own_day(coder):
    article = Article(id="anniversary", date=dt.date(2025, 7, 5), text=(
        "Greeks remember the bailout referendum\n\n"
        "Ten years ago today, Greek voters rejected the terms of an international bailout, "
        "defying the European Union.\n\n"
        "In the days before the vote, then-Finance Minister Yanis Varoufakis accused the "
        "European Union of terrorism.\n\n"
        "Several thousand opposition supporters marched in Athens on Saturday."))
    events = coder.code(article)
    assert events
    old = [e for e in events if "Ten years ago" in e.evidence.sentence
           or "Varoufakis" in e.evidence.sentence]
    assert old and all(e.date.year == 2015 for e in old)


@pytest.mark.model
def test_pipeline_no_event_from_timeline_or_transcript(coder):
    article = Article(id="boxes", date=dt.date(2025, 8, 19), text=(
        "Armenia accuses Azerbaijan of border shooting\n\n"
        "Armenia accused Azerbaijan on Tuesday of firing on a village in Syunik.\n\n"
        "TIMELINE\n1994: Russia brokers a ceasefire between Armenia and Azerbaijan.\n"
        "2020: Azerbaijan attacks Armenian forces in Karabakh.\n\n"
        "HOST: Would Russia send troops to Armenia?\n\nGUEST: Moscow could deploy soldiers.\n\n"
        "HOST: And Iran?\n\n"
        "The foreign ministers will meet in Abu Dhabi on Friday."))
    sentences = {e.evidence.sentence for e in coder.code(article)}
    assert not any("Russia brokers" in s or "attacks Armenian" in s or "Moscow could" in s
                   for s in sentences)
