"""Tests for communique.clean: junk removal, segment kinds and offsets into the raw text."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from communique.clean import clean
from communique.model import CleanText

REUTERS_STYLE = """Russia and US swap prisoners in Abu Dhabi

By Jane Doe, Reuters
Published 3 hours ago
Share this article
Share on Facebook
Tweet

Loading...

In this file image, Russian President Vladimir Putin speaks in Moscow on March 10, 2011.
Reuters Archive

MOSCOW, Dec 8 (Reuters) - Russia freed U.S. basketball star Brittney Griner on Thursday \
in exchange for arms dealer Viktor Bout. The swap took place at Abu Dhabi airport, officials said.

READ MORE: Ukraine war: what we know on day 288

Advertisement

Exchange of cybercriminals
The two countries also discussed the exchange of cybercriminals, according to a person \
familiar with the talks.

Russia's share of the global wheat market rose to 20% last year, and officials said \
cookies and other exports were unaffected.

In this file image, Russian President Vladimir Putin speaks in Moscow on March 10, 2011.

FILE PHOTO: U.S. basketball player Brittney Griner is escorted before a court hearing in \
Khimki outside Moscow, Russia July 27, 2022. REUTERS/Evgenia Novozhenina/File Photo

Subscribe to our newsletter
We use cookies to improve your experience. By continuing to browse you agree.
Click here to read our live coverage

The White House said it would continue to work for the release of Paul Whelan.

Related Topics
Russia
Vladimir Putin
More on this story
US and Russia trade prisoners
Published 2 days ago
Home | World | Politics
Copyright 2022 Reuters. All rights reserved.
"""

BBC_STYLE = """Biden and Xi hold first in-person talks
Image copyright Getty Images
Image caption Mr Biden and Mr Xi shook hands before the talks in Bali
US President Joe Biden and China's Xi Jinping have met in Bali, Indonesia, ahead of the G20.
The two leaders spoke for more than three hours, the White House said.
What happens next?
Analysts say the meeting could ease tensions over Taiwan. But Beijing warned
that Washington must not cross its "red line" on the island, according to state
media.
BALI, INDONESIA - NOVEMBER 14: U.S. President Joe Biden meets Chinese President Xi Jinping.
AFP/Getty Images
(Photo: AP)
(Photo: Chinese President Xi Jinping gestures during a meeting in Bali on Monday)
Pictured: Xi Jinping arrives in Bali on Monday.
Media playback is unsupported on your device
Xi warned Biden not to interfere in China's internal affairs. - AFP
Mr Biden waves to reporters in Bali on Monday. - AFP
By Monday, the two sides had agreed to resume climate talks.
Updated: 14:02 BST
* * *
Sign up for our morning newsletter
Follow us on Twitter
More on this story
Biden to meet Xi at G20
Published 1 day ago
"""

JUNK_LINES = {
    "READ MORE: Ukraine war: what we know on day 288": "related-link",
    "Related: Putin's new year speech": "related-link",
    "Click here to read our live coverage": "related-link",
    "Loading...": "loading",
    "Loading\u2026": "loading",
    "Advertisement": "advertisement",
    "Story continues below advertisement": "advertisement",
    "Share this article": "share",
    "Share on Facebook": "share",
    "Tweet": "share",
    "Subscribe to our newsletter": "subscribe",
    "Sign up for our daily briefing": "subscribe",
    "We use cookies to give you the best experience on our website.": "cookie",
    "Accept all cookies": "cookie",
    "Reuters Archive": "photo-credit",
    "AFP/Getty Images": "photo-credit",
    "(Photo: AP)": "photo-credit",
    "Image copyright Reuters": "photo-credit",
    "Maxim Shemetov/Reuters": "photo-credit",
    "Photo by Jane Doe/AFP via Getty Images": "photo-credit",
    "By Jane Doe, Reuters": "byline",
    "By JANE DOE and JOHN SMITH in Moscow": "byline",
    "By Staff Writer | Updated 2 hours ago": "byline",
    "By Jane Doe - Updated 14:02 BST": "byline",
    "Published 3 hours ago": "byline",
    "Updated: 14:02 BST": "byline",
    "Wed 10 Mar 2021 14.02 GMT": "byline",
    "Reporting by Jane Doe; Editing by John Smith": "byline",
    "Home | World | Politics": "navigation",
    "Copyright 2021 The Associated Press. All rights reserved.": "navigation",
    "Tags: Russia, Ukraine, NATO": "navigation",
    "* * *": "empty",
    "\u2014": "empty",
    "Correction: An earlier version of this report gave the wrong vote count.": "correction",
    "Clarification - the minister spoke on Monday, not Sunday.": "correction",
    "Editor's note: This story has been updated with comment from the ministry.": "correction",
    "This story was corrected on 3 May 2024 to fix the name of the envoy.": "correction",
    "A previous version of this article said the army seized 30 villages.": "correction",
    "Brent crude 81.20 -0.4%": "market",
    "FTSE 100 8,120.55 (+1.25%)": "market",
    "EUR/USD 1.0841 +0.12%": "market",
    "Slide 3 of 12": "gallery",
    "4/9": "gallery",
    "Video duration 01:47": "gallery",
    "Listen to this article": "loading",
    "6 min read": "loading",
    "Advertisement - scroll to continue reading": "advertisement",
    "Photos: the week in Kyiv": "related-link",
    "In pictures: Hong Kong votes": "related-link",
    "Podcast: inside the Sahel's new alliance": "related-link",
    "About the author: Lena Vogel edits the foreign desk.": "byline",
    "Tomas Berg covers the Baltic states for Nordic Post. He previously worked in Riga.": "byline",
    "Lena Vogel is our Berlin correspondent, based in Berlin since 2019.": "byline",
    "The week's best analysis, straight to your inbox every Monday. Enter your email": "subscribe",
    "Photo 3 of 7: Rebels parade through Goma after taking the city in 2012.": "gallery",
    "Serie A: Roma 1-1 Napoli": "scores",
    "Kenya 24 - 17 Uganda": "scores",
    "Opinion | Why the border deal will not last": "related-link",
    "Episode 31: the coup that wasn't": "related-link",
    "Sponsored: Retire in the sun with our bond fund": "related-link",
    "By Sports Desk | Published 2 hours ago": "byline",
    "Live updates | Published 10 September 2023": "navigation",
    "Airbus SE (AIR.PA) EUR162.40 -1.2%": "market",
    "Teck Resources (TECK.B) C$55.10 +9.0%": "market",
    "Our Standards: The Trust Principles.": "navigation",
    "Also on Global Wire: China sanctions US defence firms": "related-link",
    "Up next: Putin meets Xi in Beijing": "related-link",
    "Must watch - Ukrainian drone hits Moscow tower": "related-link",
    "If you have been affected by the issues raised in this story, support is available "
    "from Victim Support on 0808 168 9111.": "subscribe",
    "If you or someone you know is struggling, call the Samaritans on 116 123.": "subscribe",
}

BODY_LINES = (
    "Russia's share of the market rose to 20% last year, the ministry said.",
    "Share prices in Moscow fell sharply on Monday after the announcement.",
    "The regulator said cookies used by the site breached privacy rules.",
    "By Monday, Russia had withdrawn most of its troops from the border.",
    "By 2030 the country hopes to double its exports to China.",
    "Advertisement revenue at state media fell, the report said.",
    "Loading of grain resumed at the port of Odesa on Tuesday.",
    "Published figures showed inflation at 12%, the central bank said.",
    "About 100 people were killed.",
    "Xi warned Biden not to interfere in China's internal affairs. - AFP",
    "Photo-ops with Putin are rare, aides said.",
    "Image, not substance, matters in this campaign, he said.",
    "Corrections officers in the state prison went on strike on Monday.",
    "The note to the ambassador said troops had crossed the border.",
    "Editors at the state broadcaster were dismissed on Friday.",
    "Brent crude rose 1.2% on Monday after the attack on the tanker.",
    "Three of the 12 hostages were freed on Sunday, the army said.",
    "Comments by the minister angered Beijing, diplomats said.",
    "Alsu Petrova is a journalist for a radio station who has been jailed since 2023.",
    "Ali Hassan is the new interior minister, the presidency said on Monday.",
    "Parliament voted 120-35 to approve the treaty on Tuesday.",
    "Image 3 of the leaked set shows troops near the border, the ministry said.",
    "Opinion polls show the ruling party ahead before Sunday's vote.",
    "If you have been affected by the floods, the minister said, the state will help.",
    "Police | the ministry said | fired tear gas at students in Dhaka on Monday.",
)

CAPTION_LINES = (
    "In this file image, Russian President Vladimir Putin speaks in Moscow on March 10, 2011.",
    "In this photo taken on Jan. 5, 2020, protesters march in Baghdad.",
    "This handout picture released by the Kremlin shows Putin at a meeting.",
    "FILE PHOTO: Russian President Vladimir Putin attends a meeting in Moscow, March 10, 2011.",
    "Pictured: Xi Jinping arrives in Bali on Monday.",
    "(Photo: Chinese President Xi Jinping gestures during a meeting in Bali on Monday)",
    "MOSCOW, RUSSIA - MARCH 10: Russian President Vladimir Putin speaks during a meeting.",
    "Kyiv, Ukraine, 24 February 2022 - Residents look on as smoke rises. Photo: Jane Doe",
    "Russian President Vladimir Putin speaks in Moscow, Russia, March 10, 2011. "
    "REUTERS/Maxim Shemetov",
    "Mr Biden waves to reporters in Bali on Monday (Reuters)",
    "Image caption Mr Biden and Mr Xi shook hands before the talks",
)

SENTENCES = (
    "Russia and Ukraine agreed to a ceasefire on Tuesday, officials said.",
    "The minister said the talks would resume next week in Geneva.",
    "Russia's share of the market rose to 20% last year.",
    "Protesters gathered outside the parliament building in Tbilisi.",
    "\u201cWe will respond,\u201d the spokesman said.",
    "By Monday, Russia had withdrawn most of its troops.",
)


def _layout(result: CleanText) -> list[tuple[str, str]]:
    """(stripped text, kind or 'drop:<reason>') for every segment and dropped span, in order."""
    items = [(s.start, s.end, s.kind) for s in result.segments]
    items += [(d.start, d.end, "drop:" + d.reason) for d in result.dropped]
    return [(result.text[a:b], label) for a, b, label in sorted(items)]


def _wrap(line: str) -> str:
    return f"Headline about talks\n\nThe talks ended on Monday.\n\n{line}\n\nThe talks resumed."


def _assert_invariants(result: CleanText, text: str) -> None:
    assert result.text is text
    previous_end = 0
    for s in result.segments:
        piece = text[s.start : s.end]
        assert piece and piece.strip() == piece
        assert previous_end <= s.start <= s.end <= len(text)
        previous_end = s.end
    assert [s.paragraph for s in result.segments] == list(range(len(result.segments)))
    spans = sorted(
        [(s.start, s.end) for s in result.segments] + [(d.start, d.end) for d in result.dropped]
    )
    for (_, end), (start, _) in zip(spans, spans[1:]):
        assert end <= start
    for d in result.dropped:
        assert 0 <= d.start < d.end <= len(text)


def test_clean_reuters_style_article():
    result = clean(REUTERS_STYLE)
    _assert_invariants(result, REUTERS_STYLE)
    assert _layout(result) == [
        ("Russia and US swap prisoners in Abu Dhabi", "headline"),
        ("By Jane Doe, Reuters", "drop:byline"),
        ("Published 3 hours ago", "drop:byline"),
        ("Share this article", "drop:share"),
        ("Share on Facebook", "drop:share"),
        ("Tweet", "drop:share"),
        ("Loading...", "drop:loading"),
        (CAPTION_LINES[0], "caption"),
        ("Reuters Archive", "drop:photo-credit"),
        ("MOSCOW, Dec 8 (Reuters) -", "drop:dateline"),
        (REUTERS_STYLE.split("\n\n")[4].split(" - ", 1)[1], "body"),
        ("READ MORE: Ukraine war: what we know on day 288", "drop:related-link"),
        ("Advertisement", "drop:advertisement"),
        ("Exchange of cybercriminals", "subheading"),
        (REUTERS_STYLE.split("\n\n")[7].split("\n")[1], "body"),
        (REUTERS_STYLE.split("\n\n")[8], "body"),
        (CAPTION_LINES[0], "drop:duplicate"),
        (REUTERS_STYLE.split("\n\n")[10], "caption"),
        ("Subscribe to our newsletter", "drop:subscribe"),
        ("We use cookies to improve your experience. By continuing to browse you agree.",
         "drop:cookie"),
        ("Click here to read our live coverage", "drop:related-link"),
        ("The White House said it would continue to work for the release of Paul Whelan.",
         "body"),
        ("Related Topics", "drop:navigation"),
        ("Russia", "drop:navigation"),
        ("Vladimir Putin", "drop:navigation"),
        ("More on this story", "drop:navigation"),
        ("US and Russia trade prisoners", "drop:navigation"),
        ("Published 2 days ago", "drop:byline"),
        ("Home | World | Politics", "drop:navigation"),
        ("Copyright 2022 Reuters. All rights reserved.", "drop:navigation"),
    ]


def test_clean_single_newline_article():
    result = clean(BBC_STYLE)
    _assert_invariants(result, BBC_STYLE)
    lines = BBC_STYLE.splitlines()
    assert _layout(result) == [
        (lines[0], "headline"),
        (lines[1], "drop:photo-credit"),
        (lines[2], "caption"),
        (lines[3], "body"),
        (lines[4], "body"),
        ("What happens next?", "subheading"),
        ("\n".join(lines[6:9]), "body"),
        (lines[9], "caption"),
        ("AFP/Getty Images", "drop:photo-credit"),
        ("(Photo: AP)", "drop:photo-credit"),
        (lines[12], "caption"),
        (lines[13], "caption"),
        (lines[14], "drop:loading"),
        (lines[15], "body"),
        (lines[16], "caption"),
        (lines[17], "body"),
        ("Updated: 14:02 BST", "drop:byline"),
        ("* * *", "drop:empty"),
        ("Sign up for our morning newsletter", "drop:subscribe"),
        ("Follow us on Twitter", "drop:subscribe"),
        ("More on this story", "drop:navigation"),
        ("Biden to meet Xi at G20", "drop:navigation"),
        ("Published 1 day ago", "drop:byline"),
    ]


def test_clean_crlf_matches_lf():
    lf, crlf = clean(REUTERS_STYLE), clean(REUTERS_STYLE.replace("\n", "\r\n"))
    assert [label for _, label in _layout(crlf)] == [label for _, label in _layout(lf)]
    assert [text for text, _ in _layout(crlf)] == [
        text.replace("\n", "\r\n") for text, _ in _layout(lf)
    ]


@pytest.mark.parametrize(("line", "reason"), JUNK_LINES.items())
def test_clean_drops_junk_line(line, reason):
    assert (line, "drop:" + reason) in _layout(clean(_wrap(line)))


@pytest.mark.parametrize("line", BODY_LINES)
def test_clean_keeps_body_line_that_mentions_junk_words(line):
    assert (line, "body") in _layout(clean(_wrap(line)))


@pytest.mark.parametrize("line", CAPTION_LINES)
def test_clean_keeps_caption(line):
    assert (line, "caption") in _layout(clean(_wrap(line)))


def test_clean_subheading_stays_separate():
    text = "Prisoner swap agreed\n\nThe swap happened on Thursday.\nExchange of cybercriminals\n" \
           "The two sides also discussed hackers."
    assert _layout(clean(text))[1:] == [
        ("The swap happened on Thursday.", "body"),
        ("Exchange of cybercriminals", "subheading"),
        ("The two sides also discussed hackers.", "body"),
    ]


def test_clean_duplicate_captions_collapse():
    caption = "FILE PHOTO: Putin speaks in Moscow, Russia, March 10, 2011. REUTERS/Maxim Shemetov"
    text = f"Putin speaks\n\n{caption}\n{caption}\n\nHe spoke on Monday.\n\n {caption}\u00a0\n"
    assert _layout(clean(text)) == [
        ("Putin speaks", "headline"),
        (caption, "caption"),
        (caption, "drop:duplicate"),
        ("He spoke on Monday.", "body"),
        (caption, "drop:duplicate"),
    ]


def test_clean_whitespace_normalised_duplicates_collapse():
    text = "Talks end\n\nThe talks  ended\u00a0on Monday.\n\nThe talks ended on\u200b Monday."
    assert [label for _, label in _layout(clean(text))] == ["headline", "body", "drop:duplicate"]


def test_clean_multi_sentence_paragraph_is_one_segment():
    text = "Talks end\n\nThe talks ended. Both sides left Geneva. A new round is due in May.\n"
    assert _layout(clean(text))[1] == (text.split("\n\n")[1].strip(), "body")


def test_clean_hard_wrapped_paragraph_is_one_segment():
    para = ("Russian President Vladimir Putin said on Tuesday that the country would\n"
            "Respond to any attack, and that talks with Kyiv had\nstalled.")
    assert _layout(clean(f"Putin warns West\n\n{para}\n\nHe did not elaborate.")) == [
        ("Putin warns West", "headline"),
        (para, "body"),
        ("He did not elaborate.", "body"),
    ]


@pytest.mark.parametrize("text", ["", " ", "\n\n\n", "\r\n \t\u00a0\u200b\n", "\x00\x01\x7f"])
def test_clean_empty_or_blank_text(text):
    result = clean(text)
    assert result.text is text and result.segments == ()


def test_clean_single_line_is_body():
    text = "Russia said on Monday it would hold talks with Ukraine in Istanbul next week"
    assert _layout(clean(text)) == [(text, "body")]


def test_clean_unicode_and_control_characters():
    russian = "\u0420\u043e\u0441\u0441\u0438\u044f \u0437\u0430\u044f\u0432\u0438\u043b\u0430."
    text = ("\ufeff\u200bPutin\u00a0visits\u2009Paris\u200b\r\n\r\n"
            "\u201cWe will respond,\u201d he said.\x00\x07 \u2028Advertisement\u00a0\n"
            + russian)
    result = clean(text)
    _assert_invariants(result, text)
    assert _layout(result) == [
        ("Putin\u00a0visits\u2009Paris", "headline"),
        ("\u201cWe will respond,\u201d he said.", "body"),
        ("Advertisement", "drop:advertisement"),
        (russian, "body"),
    ]


def test_clean_trailing_navigation_dropped_but_short_last_line_kept():
    text = "Talks end\n\nThe talks ended.\n\nMore to follow\n\nRelated Topics\nRussia\nUkraine war"
    assert _layout(clean(text))[2:] == [
        ("More to follow", "subheading"),
        ("Related Topics", "drop:navigation"),
        ("Russia", "drop:navigation"),
        ("Ukraine war", "drop:navigation"),
    ]


def test_clean_long_text_is_linear():
    text = "\n\n".join(REUTERS_STYLE.replace("Russia", f"Russia {i}") for i in range(700))
    assert len(text) > 1_000_000
    started = time.perf_counter()
    result = clean(text)
    assert time.perf_counter() - started < 10
    assert len(result.segments) > 4000
    one_line = "Russia said the talks went well. " * 40_000
    assert [s.kind for s in clean(one_line).segments] == ["body"]


JUNK_OR_SENTENCE = st.one_of(
    st.sampled_from(tuple(JUNK_LINES)),
    st.sampled_from(SENTENCES + CAPTION_LINES + BODY_LINES),
    st.text(max_size=60),
)
SEPARATORS = st.sampled_from(["\n", "\n\n", "\r\n", "\r\n\r\n", " \n\u00a0\n", "\r", "\u2028"])
ARTICLES = st.lists(st.tuples(JUNK_OR_SENTENCE, SEPARATORS), max_size=30).map(
    lambda parts: "".join(line + sep for line, sep in parts)
)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_clean_never_raises_on_any_text(text):
    _assert_invariants(clean(text), text)


@settings(max_examples=200, deadline=None)
@given(ARTICLES)
def test_clean_article_mix_invariants(text):
    result = clean(text)
    _assert_invariants(result, text)
    dropped = {(d.start, d.end) for d in result.dropped if d.reason != "duplicate"}
    for d in result.dropped:
        piece = text[d.start : d.end]
        assert piece and piece.strip() == piece
    for sentence in SENTENCES:
        at = text.find(sentence)
        if at >= 0:
            assert (at, at + len(sentence)) not in dropped


@pytest.mark.parametrize(("line", "dateline"), [
    ("MOSCOW, March 10 (Reuters) - Russia said it would expel two diplomats.",
     "MOSCOW, March 10 (Reuters) -"),
    ("BRUSSELS/MOSCOW (Eurasia Report) - The EU imposed sanctions.",
     "BRUSSELS/MOSCOW (Eurasia Report) -"),
    ("GENEVA \u2014 The talks began on Monday.", "GENEVA \u2014"),
])
def test_clean_cuts_dateline_off_body(line, dateline):
    layout = _layout(clean(_wrap(line)))
    assert (dateline, "drop:dateline") in layout
    assert (line[len(dateline):].strip(), "body") in layout


@pytest.mark.parametrize("line", [
    "The US - Russia talks began on Monday.",
    "NATO: allies meet in Brussels on Tuesday.",
])
def test_clean_keeps_sentence_that_is_not_a_dateline(line):
    assert (line, "body") in _layout(clean(_wrap(line)))


def test_clean_gallery_caption_after_counter_dropped():
    text = ("Talks resume\n\nThe talks resumed on Monday.\n\nGallery 1 of 3\n"
            "Soldiers patrol the border near Tiraspol in May 2019.\n\n"
            "Envoys will meet again on Friday, officials said.")
    assert _layout(clean(text))[2:] == [
        ("Gallery 1 of 3", "drop:gallery"),
        ("Soldiers patrol the border near Tiraspol in May 2019.", "drop:gallery"),
        ("Envoys will meet again on Friday, officials said.", "body"),
    ]


def test_clean_undated_line_after_gallery_counter_is_kept_as_a_caption():
    text = ("Talks resume\n\nThe talks resumed on Monday.\n\nSlide 3 of 12\n"
            "Russia and Ukraine agreed to a ceasefire on Tuesday, officials said.\n\n"
            "Envoys will meet again on Friday, officials said.")
    assert _layout(clean(text))[2:] == [
        ("Slide 3 of 12", "drop:gallery"),
        ("Russia and Ukraine agreed to a ceasefire on Tuesday, officials said.", "caption"),
        ("Envoys will meet again on Friday, officials said.", "body"),
    ]


def test_clean_headlines_under_list_header_dropped_until_a_sentence():
    text = ("Vote count begins\n\nCounting began on Sunday.\n\nMost popular\n"
            "Army chief sacked after coup rumours\nMinister resigns over bribery claims\n"
            "Observers said the count was orderly.")
    assert _layout(clean(text))[2:] == [
        ("Most popular", "drop:navigation"),
        ("Army chief sacked after coup rumours", "drop:list"),
        ("Minister resigns over bribery claims", "drop:list"),
        ("Observers said the count was orderly.", "body"),
    ]


def test_clean_comment_section_dropped_to_the_end():
    text = ("Ceasefire holds\n\nThe ceasefire held on Sunday.\n\nThe UN welcomed it.\n\n"
            "12 comments\nreader_77 5 hours ago\nThe army will attack again next week, "
            "mark my words.")
    layout = _layout(clean(text))
    assert layout[:3] == [
        ("Ceasefire holds", "headline"),
        ("The ceasefire held on Sunday.", "body"),
        ("The UN welcomed it.", "body"),
    ]
    assert all(kind == "drop:comments" for _, kind in layout[3:]) and len(layout) == 6


def test_clean_comment_header_near_the_top_is_not_a_comment_section():
    text = "Comments (3)\n\nPolice detained two activists on Monday.\n\nThey were freed later."
    assert ("Police detained two activists on Monday.", "body") in _layout(clean(text))


def test_clean_one_line_gallery_caption_leaves_the_next_line():
    text = ("Junta revokes permits\n\nThe junta revoked the permits on Monday.\n\n"
            "Photo 2 of 5: Troops parade in Niamey in August 2023.\n"
            "The mining ministry said the firms had 30 days to appeal.")
    assert _layout(clean(text))[2:] == [
        ("Photo 2 of 5: Troops parade in Niamey in August 2023.", "drop:gallery"),
        ("The mining ministry said the firms had 30 days to appeal.", "body"),
    ]
