"""End to end: scraped articles in, the events a careful human coder would record out.

The sixteen sample articles in ``tests/data/articles`` (see its README) carry junk lines,
old photo captions and non-political stories on purpose. Hard guarantees hold for every
article; the quality ratchet pins recall and precision to ``tests/data/floors.json``.
Behaviour that is expected but not produced yet is marked ``xfail(strict=True)``: when
it starts to pass, the test fails, and the marker must go.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from communique.bench.articles import ArticleScore, load_cases, score_case
from communique.clean import clean
from communique.config import Settings
from communique.events import cameo_table, lookup
from communique.events.cameo import TOLD_AS
from communique.model import MODALITIES, PRECISIONS, Article, Event, Rejection
from communique.pipeline import code_articles

pytestmark = pytest.mark.model

TESTS = Path(__file__).parent
ARTICLES = TESTS / "data" / "articles"
FLOORS = TESTS / "data" / "floors.json"
GOLD = TESTS.parent.parent / "shared" / "data" / "gold" / "plover_gsr.jsonl"
CASES = {case.name: case for case in load_cases(ARTICLES)}
NON_POLITICAL = ("football_ghana_nigeria", "recipe_spanish_omelette", "weather_storm_gerda",
                 "bordeaux_early_harvest",
                 "cricket_pakistan_england_multan", "popstar_asia_tour_dates",
                 "mining_hostile_takeover_bid", "murder_trial_verdict_leeds",
                 "football_transfer_war_of_words", "football_morocco_spain_siege",
                 "lyon_hostile_bid_league_sanctions", "baltic_mitten_crab_study",
                 "milan_divorce_court_battle", "celebrity_footballer_lagos_visit")
PUTIN = "putin_biden_summit"
RAISE_MARGIN = 0.05  # a figure this far above its floor means the floor should go up

JUNK_LINE = re.compile(
    r"^[ \t]*(?:READ MORE:.*|Loading\.\.\.|Advertisement|Share this article|"
    r"Subscribe to our newsletter|We use cookies.*|Home \|.*|Listen to this article|"
    r"(?:Watch|WATCH|Listen|Photos|Correction|Editor's note) ?[:|] .*|Gallery \d+ of \d+|"
    r"Comments \(\d+\)|Join the conversation|\d\d:\d\d GMT|Video duration .*|"
    r"Image \d+ of \d+: .*|(?:Episode \d+|Sponsored): .*|Opinion \| .*|"
    r"Advertisement · Scroll to continue|Comments \(\d+\) \| Sort by: .*|Newsletter: .*|"
    r"Sign up for our .*newsletter.*|Also read: .*|Related coverage|Most read)[ \t]*$", re.M)
CREDIT_LINE = re.compile(r"^.*\. (?:Reuters Archive|AFP/Getty Images|.{0,40}via Reuters)$",
                         re.M)
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|" \
         r"November|December)"


@pytest.fixture(scope="module")
def coded(coder) -> dict[str, tuple[Event, ...]]:
    """Every sample article coded once, by name."""
    return {name: coder.code(case.article) for name, case in CASES.items()}


def _overlaps(event: Event, start: int, end: int) -> bool:
    return event.evidence.start < end and start < event.evidence.end


def _caption_spans(text: str) -> list[tuple[int, int]]:
    """Captions as cleaning labels them, and any line ending in a photo credit."""
    spans = [(s.start, s.end) for s in clean(text).segments if s.kind == "caption"]
    return spans + [m.span() for m in CREDIT_LINE.finditer(text)]


def _states_date(caption: str, date: dt.date, published: dt.date) -> bool:
    """Does the caption write this date ("March 10, 2011", "10 March 2011", "Feb. 1,
    2022")?"""
    month, day = f"(?:{date.strftime('%B')}|{date.strftime('%b')})", date.day
    for m in re.finditer(rf"\b(?:{month}\.? {day}\b|{day} {month}\b)(?:,? (\d{{4}}))?",
                         caption):
        if int(m.group(1) or published.year) == date.year:
            return True
    return False


def _describe(event: Event) -> str:
    return (f"{event.cameo} {event.source and event.source.code}->"
            f"{event.target and event.target.code} {event.modality} {event.date} "
            f"| {event.evidence.sentence[:80]}")


def _check_offsets(text: str, events: tuple[Event, ...]) -> None:
    for event in events:
        assert 0 <= event.evidence.start < event.evidence.end <= len(text), _describe(event)
        assert text[event.evidence.start:event.evidence.end] == event.evidence.sentence


# Hard guarantees: every sample article.

@pytest.mark.parametrize("name", CASES)
def test_pipeline_evidence_lies_in_kept_text(name, coded):
    cleaned = clean(CASES[name].article.text)
    for event in coded[name]:
        assert any(s.start <= event.evidence.start and event.evidence.end <= s.end
                   for s in cleaned.segments), f"evidence outside kept text: {_describe(event)}"
        dropped = [d for d in cleaned.dropped if _overlaps(event, d.start, d.end)]
        assert not dropped, f"evidence in dropped {dropped[0].reason}: {_describe(event)}"


@pytest.mark.parametrize("name", CASES)
def test_pipeline_never_codes_junk_lines(name, coded):
    text = CASES[name].article.text
    junk = [m.span() for m in JUNK_LINE.finditer(text)]
    assert junk, "every sample article carries junk lines"
    for event in coded[name]:
        assert not any(_overlaps(event, a, b) for a, b in junk), _describe(event)


@pytest.mark.parametrize("name", CASES)
def test_pipeline_evidence_offsets_slice_the_original_text(name, coded):
    _check_offsets(CASES[name].article.text, coded[name])


@pytest.mark.parametrize("name", NON_POLITICAL)
def test_pipeline_non_political_articles_yield_no_events(name, coded):
    assert coded[name] == (), [_describe(e) for e in coded[name]]


@pytest.mark.parametrize("name", CASES)
def test_pipeline_caption_events_take_the_caption_date(name, coded):
    article = CASES[name].article
    for start, end in _caption_spans(article.text):
        for event in coded[name]:
            if _overlaps(event, start, end):
                assert _states_date(article.text[start:end], event.date, article.date), \
                    f"caption event not dated by its caption: {_describe(event)}"


@pytest.mark.parametrize("name", CASES)
def test_pipeline_events_validate(name, coded):
    table = cameo_table()
    for event in coded[name]:
        code = lookup(event.cameo)
        assert event.cameo in table, _describe(event)
        assert (event.cameo_name, event.quad_class, event.goldstein) == \
            (code.name, code.quad_class, code.goldstein), _describe(event)
        told = {category for prefix, _, category in TOLD_AS if event.cameo.startswith(prefix)}
        announced = {"CONCEDE"} if code.plover == "RETREAT" else set()  # 'will withdraw'
        assert event.plover in {code.plover} | told | announced, _describe(event)
        assert event.quad_class in (1, 2, 3, 4)
        assert -10 <= event.goldstein <= 10
        assert 0 <= event.confidence <= 1
        assert event.modality in MODALITIES and event.date_precision in PRECISIONS
        assert event.mentions >= 1 and event.article_id == name


@pytest.mark.parametrize("name", CASES)
def test_pipeline_event_ids_unique_and_stable(name, coded, coder):
    ids = [e.event_id for e in coded[name]]
    assert len(ids) == len(set(ids))
    assert [e.event_id for e in coder.code(CASES[name].article)] == ids


def test_pipeline_coding_twice_gives_identical_events(coded, coder):
    again = {name: coder.code(case.article) for name, case in CASES.items()}
    assert again == coded


def test_pipeline_batch_and_order_do_not_change_events(coded, coder):
    names = list(CASES)[::-1]
    results = coder.code_batch([CASES[n].article for n in names])
    assert {n: r[1] for n, r in zip(names, results)} == coded


# The Putin–Biden sample (examples/putin_biden_summit.txt, published 2021-06-14).

def _between(event: Event, source: str, target: str) -> bool:
    return (event.source is not None and event.target is not None
            and event.source.code[:3] == source and event.target.code[:3] == target)


def test_pipeline_putin_sample_is_the_example():
    example = TESTS.parent / "examples" / "putin_biden_summit.txt"
    assert example.read_text(encoding="utf-8") == CASES[PUTIN].article.text
    assert CASES[PUTIN].article.date == dt.date(2021, 6, 14)


def test_pipeline_putin_conditional_offer_dated_sunday(coded):
    offers = [e for e in coded[PUTIN] if _between(e, "RUS", "USA") and e.cameo[:2] == "03"
              and e.modality == "conditional"]
    assert offers, [_describe(e) for e in coded[PUTIN]]
    assert {e.date for e in offers} == {dt.date(2021, 6, 13)}  # "on Sunday", not publication
    assert all("hand over cyber criminals" in e.evidence.sentence for e in offers)


@pytest.mark.parametrize("source,target", [("RUS", "USA"), ("USA", "RUS")])
def test_pipeline_putin_planned_meeting_in_geneva(coded, source, target):
    meetings = [e for e in coded[PUTIN] if _between(e, source, target)
                and (e.cameo == "036" or e.cameo[:2] == "04")
                and "scheduled to meet in Geneva" in e.evidence.sentence]
    assert len(meetings) == 1, [_describe(e) for e in coded[PUTIN]]
    meeting = meetings[0]
    assert (meeting.modality, meeting.date, meeting.date_precision) == \
        ("planned", dt.date(2021, 6, 16), "day")
    assert meeting.location is not None and meeting.location.country == "CHE"


def test_pipeline_putin_caption_keeps_its_2011_date_and_counts_once(coded):
    text = CASES[PUTIN].article.text
    caption = "In this file image, then-US Vice President Joe Biden meets"
    first, second = text.index(caption), text.rindex(caption)
    assert first < second  # the caption appears twice
    from_caption = [e for e in coded[PUTIN] if caption in e.evidence.sentence]
    assert all(e.date == dt.date(2011, 3, 10) for e in from_caption)
    assert all(e.evidence.start == first for e in from_caption)  # the repeat adds nothing
    assert len({(e.source, e.target, e.cameo) for e in from_caption}) == len(from_caption)


def test_pipeline_putin_nothing_from_read_more(coded):
    text = CASES[PUTIN].article.text
    start = text.index("READ MORE:")
    end = text.index("\n", start)
    assert not [e for e in coded[PUTIN] if _overlaps(e, start, end)]
    assert not [e for e in coded[PUTIN] if "Navalny" in e.evidence.sentence]


def test_pipeline_putin_killer_remark_dated_march(coded):
    remarks = [e for e in coded[PUTIN] if _between(e, "USA", "RUS") and e.cameo[:2] == "11"]
    assert remarks, [_describe(e) for e in coded[PUTIN]]
    assert {(e.date, e.date_precision) for e in remarks} == {(dt.date(2021, 3, 1), "month")}


def test_pipeline_putin_recall_of_ambassador(coded):
    recalls = [e for e in coded[PUTIN] if _between(e, "RUS", "USA") and e.cameo == "161"]
    assert [(e.modality, e.date, e.date_precision) for e in recalls] == \
        [("asserted", dt.date(2021, 3, 1), "month")]


def test_pipeline_putin_offer_is_made_by_the_russian_government(coded):
    offers = [e for e in coded[PUTIN] if e.modality == "conditional" and e.cameo[:2] == "03"]
    assert [(e.source.code, e.target.country) for e in offers] == [("RUSGOV", "USA")]


@pytest.mark.parametrize("text, source", [
    ("Iran's foreign minister said on Monday that Iran would release the detained British sailors.",
     "IRNGOV"),
    # Not the speaker's own country, or not a government speaker: left as named.
    ("Iran's foreign minister said on Monday that Iraq would release the detained British sailors.",
     "IRQ"),
    ("An Iranian opposition leader said on Monday that Iran would release the British sailors.",
     "IRN"),
])
def test_pipeline_a_government_speaks_for_its_country(coder, make_article, text, source):
    events = [e for e in coder.code(make_article(text, date=dt.date(2024, 3, 4)))
              if e.cameo.startswith(("08", "03"))]
    assert [e.source.code for e in events] == [source], [_describe(e) for e in events]


def test_pipeline_putin_killer_remark_denounces_putin(coded):
    remarks = [e for e in coded[PUTIN] if "believed Putin was a" in e.evidence.sentence
               and e.cameo[:2] == "11"]
    assert [(e.cameo, e.source.code, e.target.code) for e in remarks] == \
        [("111", "USAGOV", "RUSGOV")]


# Minimal texts: regressions, and known faults (xfail).

def test_pipeline_clock_time_in_brackets_is_not_a_year(coder, make_article):
    article = make_article("Israel and Islamic Jihad agreed to the truce, which took effect "
                           "at 10 p.m. (1900 GMT) on Saturday.", date=dt.date(2023, 5, 14))
    events = coder.code(article)
    assert events and {(e.date, e.date_precision) for e in events} == \
        {(dt.date(2023, 5, 13), "day")}


def test_pipeline_possessive_country_owns_its_council(coder, make_article):
    article = make_article("South Korea's National Security Council condemned North Korea's "
                           "launch on Thursday.", date=dt.date(2023, 3, 17))
    events = coder.code(article)
    assert [(e.source.code[:3], e.target.code[:3]) for e in events] == [("KOR", "PRK")]


def test_pipeline_agreeing_to_halt_firing_is_not_an_attack(coder, make_article):
    article = make_article("India and Pakistan agreed to halt firing along the Kashmir "
                           "frontier on Thursday.", date=dt.date(2021, 2, 26))
    events = coder.code(article)
    assert events and all(e.quad_class != 4 for e in events), [_describe(e) for e in events]


def test_pipeline_undated_caption_with_credit_is_not_coded(coder, make_article):
    article = make_article(
        "Germany and France hold talks\n\n"
        "The foreign ministers of Germany and France met in Paris on Monday.\n\n"
        "Russian President Vladimir Putin meets Chinese President Xi Jinping in Beijing. "
        "Reuters Archive\n\nGermany said on Tuesday it would send more aid.\n")
    events = coder.code(article)
    assert not [e for e in events if "Xi Jinping" in e.evidence.sentence]


# The quality ratchet.

def _check_floor(group: str, name: str, figure: float, floors: dict) -> None:
    floor = floors[group][name]
    where = f"{FLOORS.name} [{group!r}][{name!r}]"
    assert figure >= floor, (
        f"{group} {name} {figure:.4f} fell below its floor {floor} in {where}: fix the "
        f"regression, or lower the floor on purpose (and say why in the commit)")
    assert figure < floor + RAISE_MARGIN, (
        f"{group} {name} {figure:.4f} is well above its floor {floor}: raise {where} to "
        f"{int(figure * 100) / 100:.2f} so the gain is kept")


def test_pipeline_quality_ratchet_on_sample_articles(coded):
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    score = ArticleScore()
    for name, case in CASES.items():
        score_case(case, coded[name], score)
    _check_floor("articles", "recall", score.recall, floors)
    _check_floor("articles", "precision", score.precision, floors)
    ceiling, found = floors["articles"]["violations"], len(score.violations)
    assert found <= ceiling, (
        f"{found} events from forbidden sentences, more than the {ceiling} pinned in "
        f"{FLOORS.name}: fix them, or raise the pinned count on purpose:\n"
        + "\n".join(score.violations))
    assert found == ceiling, (
        f"only {found} events from forbidden sentences now: lower 'violations' in "
        f"{FLOORS.name} to {found} so the gain is kept")


@pytest.mark.skipif(not GOLD.exists(), reason=f"no public gold file at {GOLD}")
def test_pipeline_quality_ratchet_on_gold_tune_split(coder):
    from communique.bench.accuracy import evaluate, read_gold

    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    overall = evaluate(coder, read_gold(GOLD, "tune")).overall
    assert overall.records > 0
    for name, hits in (("type", overall.type_ok), ("source", overall.source_ok),
                       ("target", overall.target_ok)):
        _check_floor("gold_tune", name, overall.rate(hits), floors)


# Properties.

SENTENCES = (
    "Russian President Vladimir Putin said on Sunday that Russia would hand over cyber "
    "criminals to the United States if Washington agreed to extradite suspects.",
    "The Russian leader and Biden are scheduled to meet in Geneva on June 16.",
    "The European Union on Friday imposed sanctions on eight Russian officials.",
    "Nigerian police fired tear gas at demonstrators in Abuja and Lagos on Thursday.",
    "Israeli aircraft struck Islamic Jihad rocket launchers across the Gaza Strip.",
    "Militants fired more than 100 rockets at southern Israel on Friday.",
    "Mali's military-led government on Monday ordered the French ambassador to leave.",
    "India and Pakistan have agreed to strictly observe a ceasefire along the Line of Control.",
    "Japan's chief cabinet secretary said Tokyo had lodged a protest with Pyongyang.",
    "A Kremlin spokesman told reporters on Monday that Moscow had \"no illusions\".",
    "\"We will not negotiate under threat,\" the minister said.",
    "Heavy rain is expected across the west of the country this weekend.",
    "Whisk the eggs with a pinch of salt and pour them over the potatoes.",
)
JUNK = (
    "READ MORE: Moscow court bans Navalny's political network as 'extremist'",
    "READ MORE: China and Russia sign energy deal",
    "Loading...",
    "Advertisement",
    "Share this article",
    "Subscribe to our newsletter",
    "We use cookies to personalise content and ads. Manage preferences",
    "Home | World | Politics",
)
PEOPLE = ("Russian President Vladimir Putin", "US President Joe Biden",
          "Chinese President Xi Jinping", "French President Emmanuel Macron",
          "German Chancellor Angela Merkel")
CREDITS = ("AFP/Getty Images", "Reuters Archive", "KCNA via Reuters")
SEPARATORS = ("\n\n", "\n\n\n", "\r\n\r\n", "\n \n")


@st.composite
def captions(draw):
    """A dated file-photo caption: (text, date)."""
    a, b = draw(st.lists(st.sampled_from(PEOPLE), min_size=2, max_size=2, unique=True))
    day = draw(st.dates(dt.date(1995, 1, 1), dt.date(2020, 12, 31)))
    city = draw(st.sampled_from(("Moscow", "Beijing", "Paris", "Geneva")))
    text = (f"In this file photo, {a} meets {b} in {city} on {day:%B} {day.day}, {day.year}."
            f" {draw(st.sampled_from(CREDITS))}")
    return text, day


@st.composite
def scraped(draw):
    """A scraped article of paragraphs, junk lines and dated captions, and their spans."""
    blocks = draw(st.lists(st.one_of(
        st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=3).map(
            lambda s: ("body", " ".join(s), None)),
        st.sampled_from(JUNK).map(lambda j: ("junk", j, None)),
        captions().map(lambda c: ("caption", c[0], c[1]))), min_size=1, max_size=8))
    text, spans = "", []
    for kind, block, day in blocks:
        if text:
            text += draw(st.sampled_from(SEPARATORS))
        spans.append((kind, len(text), len(text) + len(block), day))
        text += block
    return text, spans


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text())
def test_pipeline_code_never_raises_on_any_text(coder, make_article, text):
    _check_offsets(text, coder.code(make_article(text)))


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(article=scraped())
def test_pipeline_mixed_scraped_articles(coder, make_article, article):
    text, spans = article
    events = coder.code(make_article(text))
    _check_offsets(text, events)
    for kind, start, end, day in spans:
        inside = [e for e in events if _overlaps(e, start, end)]
        if kind == "junk":
            assert not inside, [_describe(e) for e in inside]
        elif kind == "caption":
            assert all(e.date == day for e in inside), [_describe(e) for e in inside]


@settings(max_examples=30, deadline=None)
@given(kinds=st.lists(st.booleans(), max_size=7), batch_size=st.integers(1, 4))
def test_pipeline_code_articles_keeps_order_and_passes_rejections(coder, kinds, batch_size):
    items = [Article(id=f"a{i}", text=SENTENCES[i % len(SENTENCES)], date=dt.date(2021, 6, 14))
             if is_article else Rejection(origin=f"in.jsonl:{i}", reason="not JSON")
             for i, is_article in enumerate(kinds)]
    results = list(code_articles(items, Settings(batch_size=batch_size), coder=coder))
    assert len(results) == len(items)
    for item, result in zip(items, results):
        if isinstance(item, Rejection):
            assert result is item
        else:
            assert result[0] is item and result[1] == coder.code(item)


def test_pipeline_ruled_out_under_despite_does_not_crash_regression(coder, make_article):
    """A negating verb whose complement was known but uncoded once raised AttributeError."""
    article = make_article("Nkrumah has ruled out any political changes despite growing calls "
                           "to allow opposition parties to compete in next year's elections.")
    assert isinstance(coder.code(article), tuple)


def test_pipeline_one_failing_article_becomes_a_rejection(coder, make_article, monkeypatch):
    good = make_article("Russian President Vladimir Putin met US President Joe Biden in Geneva "
                        "on Wednesday.", id="good")
    bad = make_article("Israeli troops attacked Hamas positions in Gaza on Monday.", id="bad")
    real = coder.events.code_sentence

    def fragile(sentence, mentions):
        if "Israeli" in sentence.text:
            raise RuntimeError("stage failed")
        return real(sentence, mentions)

    monkeypatch.setattr(coder.events, "code_sentence", fragile)
    first, second = coder.code_batch([good, bad])
    assert first[0] is good and first[1]
    assert isinstance(second, Rejection) and second.article_id == "bad"
    assert second.stage == "code" and "RuntimeError: stage failed" in second.reason


def test_pipeline_attack_on_an_unnamed_target_is_aimed_at_the_gazetteers_country(
        coder, make_article):
    article = make_article("Sudanese paramilitaries shelled a displacement camp in El Fasher "
                           "on Sunday.", date=dt.date(2024, 6, 10))
    events = coder.code(article)
    assert [(e.source.code[:3], e.target.code, e.location.country) for e in events] == \
        [("SDN", "SDN", "SDN")], [_describe(e) for e in events]


def test_pipeline_meetings_take_no_place_as_target(coder, make_article):
    article = make_article("Armenian and Azerbaijani negotiators met in Almaty on Friday.",
                           date=dt.date(2024, 5, 12))
    events = coder.code(article)
    assert events and all(e.target is None or e.target.country != "KAZ" for e in events), \
        [_describe(e) for e in events]


def test_pipeline_caption_place_is_no_target(coder, make_article):
    article = make_article("Colombia's army resumed patrols\n\nIn this file photo, a Colombian "
                           "soldier patrols a rural road in Arauca province on March 3, 2022. "
                           "Reuters Archive\n\nThe army said on Tuesday it had resumed patrols.",
                           date=dt.date(2023, 6, 8))
    events = coder.code(article)
    assert not any(e.date == dt.date(2022, 3, 3) for e in events), \
        [_describe(e) for e in events]


@pytest.mark.parametrize("text, source, target", [
    ("A roadside bomb near the town of Samarra on Sunday killed one U.S. soldier.",
     "IRQUAF", "USAMIL"),
    ("Five soldiers died in an Israeli airstrike near Damascus.", "ISR", "SYRMIL"),
])
def test_pipeline_violence_by_no_one_named_is_by_unidentified_forces_there(
        coder, make_article, text, source, target):
    events = coder.code(make_article(text))
    assert any(e.source and e.source.code == source and e.target and e.target.code == target
               and e.cameo.startswith(("18", "19")) for e in events), events


@pytest.mark.parametrize("text", [
    "Two people died in a stampede in Lagos.",
    "The former president died on Tuesday at the age of 88.",
    "Ten migrants died in a fire at a detention centre in Tripoli.",
])
def test_pipeline_deaths_without_violence_are_no_events(coder, make_article, text):
    assert coder.code(make_article(text)) == ()


@pytest.mark.parametrize("text, source, target", [
    ("An American journalist was detained in Moscow on Friday.", "RUSCOP", "USAMED"),
    ("Venezuela's opposition leader was arrested on Monday.", "VENCOP", "VENOPP"),
])
def test_pipeline_arrests_by_no_one_named_are_by_the_police_there(
        coder, make_article, text, source, target):
    events = coder.code(make_article(text))
    assert any(e.cameo.startswith("173") and e.source and e.source.code == source
               and e.target and e.target.code == target for e in events), events


@pytest.mark.parametrize("text, source, target", [
    ("Egypt's former interior minister was sentenced on Sunday to seven years in prison for "
     "graft.", "EGYJUD", "EGYELI"),
    ("Two Iranian journalists were convicted of spying for Israel.", "IRNJUD", "IRNMED"),
    ("Two Iraqi men have been convicted of the 2016 bombing in Karrada.", "IRQJUD", "IRQPPL"),
    ("Pakistan's former prime minister has been sentenced to ten years in prison, the "
     "interior ministry said on Monday.", "PAKJUD", "PAKELI"),
])
def test_pipeline_convictions_by_no_court_named_are_by_the_courts_there(
        coder, make_article, text, source, target):
    events = coder.code(make_article(text))
    assert any(e.cameo == "116" and e.plover == "SANCTION" and e.source
               and e.source.code == source and e.target and e.target.code == target
               for e in events), events


def test_pipeline_a_curfew_lifted_by_no_one_named_is_lifted_by_the_authorities_there(
        coder, make_article):
    events = coder.code(make_article("The curfew in Conakry was lifted on Saturday."))
    assert [(e.cameo, e.plover, e.source.code, e.target.code) for e in events] == [
        ("0813", "CONCEDE", "GINGOV", "GIN")], events


def test_pipeline_asylum_granted_by_no_one_named_is_granted_by_the_country_it_is_in(
        coder, make_article):
    events = coder.code(make_article("Three Belarusian journalists were granted asylum in "
                                     "Lithuania on Friday."))
    assert any(e.cameo == "075" and e.plover == "AID" and e.source.code == "LTUGOV"
               and e.target.country == "BLR" for e in events), events


def test_pipeline_a_country_lifting_its_own_curfew_is_coded(coder, make_article):
    events = coder.code(make_article("Bolivia lifted the nationwide curfew on Thursday."))
    assert [(e.cameo, e.plover, e.source.code, e.target.code) for e in events] == [
        ("0813", "CONCEDE", "BOL", "BOL")], events


def test_pipeline_mediation_between_sides_is_not_between_the_mediators_own(coder, make_article):
    events = coder.code(make_article(
        "Venezuela's opposition leader was arrested on Monday. Brazil's foreign ministry said "
        "Brasilia would be willing to mediate between the government and the opposition."))
    mediation = [e for e in events if e.cameo.startswith(("039", "045"))]
    assert mediation and {e.target.code for e in mediation} == {"VENGOV", "VENOPP"}, events


def test_pipeline_sanctions_on_nobody_named_are_not_coded(coder, make_article):
    events = coder.code(make_article("The US imposed new sanctions on Thursday."))
    assert not any(e.plover == "SANCTION" for e in events), events
    events = coder.code(make_article("The US imposed new sanctions on Iran on Thursday."))
    assert any(e.plover == "SANCTION" and e.target.code == "IRN" for e in events), events


def test_pipeline_the_court_is_the_court_named_before(coder):
    import datetime as dt

    from communique.nlp import parse_texts
    text = ("The European Court of Human Rights ordered Turkey to release Demirtas. "
            "The court said his detention was political.")
    sentences = parse_texts(coder.parser, [text])[0]
    mentions = coder.actors.code_article(sentences, dt.date(2020, 12, 22))
    assert [(m.actor.text, m.actor.code) for m in mentions[1]] == [
        ("The court", "IGOEURCOEJUD")]


@pytest.mark.parametrize("text, day, code", [
    ("The AKP criticised the decision.", "2015-06-01", "TURGOV"),
    ("The Democratic Alliance criticised the decision.", "2023-05-01", "ZAFOPP"),
    ("Fidesz criticised the decision.", "2009-05-01", "HUNOPP"),
    ("Fidesz criticised the decision.", "2015-05-01", "HUNGOV"),
])
def test_pipeline_political_parties_in_and_out_of_government(coder, text, day, code):
    from communique.nlp import parse_texts

    sentences = parse_texts(coder.parser, [text])[0]
    mentions = coder.actors.code_article(sentences, dt.date.fromisoformat(day))[0]
    assert mentions[0].actor.code == code


@pytest.mark.model
def test_pipeline_a_place_in_kosovo_is_the_cameo_actor_ksv(coder, make_article):
    events = coder.code(make_article("Unidentified gunmen attacked a police station near "
                                     "Pristina on Monday.", date=dt.date(2022, 12, 27)))
    assert [e.target.code for e in events if e.target] == ["KSV"], events


@pytest.mark.model
def test_pipeline_an_investigation_by_nobody_named_is_by_the_places_investigators(
        coder, make_article):
    events = coder.code(make_article("Two Chinese students were placed under investigation "
                                     "in Japan for photographing a naval base.",
                                     date=dt.date(2023, 7, 20)))
    assert any(e.cameo.startswith("09") and e.source and e.source.code == "JPNJUD"
               for e in events), events


@pytest.mark.parametrize("text, expected", [
    # Both sides of one country, no place named: the event happens in that country.
    ("Honduran police detained dozens of opposition supporters on Friday.", "HND"),
    # A material act with no target: where the actor is.
    ("North Korea fired a ballistic missile into the sea on Thursday.", "PRK"),
    # Across a border, or only words: no place is guessed.
    ("Japan's foreign minister criticised North Korea on Thursday.", None),
    ("Bolivia's president accused the opposition on Wednesday of plotting a coup.", None),
    # People are expelled from where they are.
    ("Hungary deported 40 Syrian migrants on Monday.", "HUN"),
])
def test_pipeline_a_domestic_event_without_a_place_happens_at_home(coder, make_article,
                                                                    text, expected):
    events = coder.code(make_article(text, date=dt.date(2024, 3, 2)))
    assert events, text
    assert {e.location.country if e.location else None for e in events} == {expected}, \
        [_describe(e) for e in events]


def test_pipeline_a_statements_place_is_where_it_was_said_not_what_it_is_about(
        coder, make_article):
    article = make_article("Armenia's foreign ministry on Thursday accused Azerbaijani forces "
                           "of shelling a school in Jermuk.", date=dt.date(2024, 3, 2))
    accusations = [e for e in coder.code(article) if e.cameo.startswith("11")]
    assert accusations, "the accusation is coded"
    assert all(e.location is None for e in accusations), [_describe(e) for e in accusations]
    said = make_article("Armenia's foreign minister accused Azerbaijan of aggression in a "
                        "speech in Geneva on Thursday.", date=dt.date(2024, 3, 2))
    assert {e.location.country for e in coder.code(said) if e.location} == {"CHE"}


def test_pipeline_a_place_in_a_clause_about_someone_is_not_the_events(coder, make_article):
    article = make_article("The Taliban released two American citizens on Tuesday in exchange "
                           "for an Afghan man who had been serving a life sentence in the "
                           "United States.", date=dt.date(2024, 5, 15))
    released = [e for e in coder.code(article) if e.cameo.startswith("084")]
    assert released and all(e.location is None or e.location.country != "USA"
                            for e in released), [_describe(e) for e in released]


@pytest.mark.parametrize("text, cameo, expected", [
    # A visit happens where the visitor goes.
    ("Ivorian President Alassane Ouattara will visit Accra next month.", "0", "GHA"),
    # A place of what happened before or after is not the event's.
    ("Lithuania downgraded relations with Russia in April 2022, expelling the Russian "
     "ambassador after the killings of civilians in the Ukrainian town of Bucha.", "16", None),
    ("Kuwait's emir flew to the Saudi city of Jeddah on Tuesday, a day after Saudi Arabia "
     "and Bahrain severed diplomatic relations with Qatar.", "16", None),
])
def test_pipeline_an_events_place_is_where_it_happened(coder, make_article, text, cameo,
                                                       expected):
    events = [e for e in coder.code(make_article(text, date=dt.date(2024, 5, 15)))
              if e.cameo.startswith(cameo)]
    assert events, text
    assert {e.location.country if e.location else None for e in events} == {expected}, \
        [_describe(e) for e in events]


def test_pipeline_a_side_known_by_its_sector_is_of_the_country_where_it_acted(
        coder, make_article):
    article = make_article("Thousands of farmers blocked roads into Brussels with tractors on "
                           "Thursday to protest against EU trade deals.",
                           date=dt.date(2024, 2, 2))
    protests = [e for e in coder.code(article) if e.plover == "PROTEST"]
    assert protests and all(e.source.code == "BELAGR" for e in protests), \
        [_describe(e) for e in protests]


def test_pipeline_troops_withdrawing_are_not_placed_at_home(coder, make_article):
    article = make_article("The Taliban seized power in August 2021 as US-led forces withdrew "
                           "after 20 years of war.", date=dt.date(2024, 5, 15))
    withdrawals = [e for e in coder.code(article) if e.cameo.startswith("087")]
    assert withdrawals and all(e.location is None for e in withdrawals), \
        [_describe(e) for e in withdrawals]


def test_pipeline_a_paragraph_telling_history_keeps_its_date(coder, make_article):
    article = make_article(
        "Ceasefire holds in the Caucasus\n\n"
        "Azerbaijani and Armenian officials met in Brussels on Thursday.\n\n"
        "A war in the early 1990s killed about 30,000 people. Armenian forces occupied seven "
        "districts around the region. Azerbaijan has promised to respect the truce.",
        date=dt.date(2023, 9, 22))
    occupied = [e for e in coder.code(article) if e.cameo.startswith("192")]
    assert [(e.date.year, e.date_precision) for e in occupied] == [(1990, "year")], \
        [_describe(e) for e in occupied]
    promised = [e for e in coder.code(article) if "promised" in e.evidence.sentence]
    assert all(e.date == dt.date(2023, 9, 22) for e in promised)


def test_pipeline_an_undated_act_takes_the_day_its_paragraph_reports(coder, make_article):
    article = make_article(
        "Lithuania expels three Russian diplomats\n\n"
        "Loading...\n\n"
        "Foreign Minister Gabrielius Landsbergis accused Russia's military intelligence of "
        "recruiting the arsonists. \"This was sabotage planned in Moscow,\" he told reporters "
        "in Vilnius on Tuesday.\n\n"
        "Russia will respond, the Kremlin said. A court jailed two of the men in 2023, and "
        "prosecutors charged a third man on Monday.",
        date=dt.date(2024, 11, 14))
    events = coder.code(article)
    accused = [e for e in events if "Landsbergis" in e.evidence.sentence]
    assert accused and all(e.date == dt.date(2024, 11, 12) for e in accused), \
        [_describe(e) for e in accused]
    # Two days in one paragraph: no guess, the undated act keeps the publication day.
    said = [e for e in events if "respond" in e.evidence.sentence]
    assert all(e.date != dt.date(2024, 11, 11) for e in said), [_describe(e) for e in said]


OBITUARY = """Former Kenyan vice-president Joseph Mwangi dies at 91

NAIROBI, Oct 9 (East Africa Wire) - Joseph Mwangi, who served as Kenya's vice-president in the
1990s, died on Wednesday in Nairobi, his family said. He was 91.

Uganda's President Yoweri Museveni will visit Nairobi for the funeral on Saturday, his office
said.

As foreign minister he accused Uganda of arming rebels on the border and expelled two
Ugandan diplomats from Nairobi.

He is survived by his wife and six children.
"""


def test_pipeline_an_obituarys_undated_life_story_is_not_news_of_the_day(coder, make_article):
    events = coder.code(make_article(OBITUARY, date=dt.date(2025, 10, 10)))
    assert not any(e.target and e.target.country == "UGA" for e in events), events
    assert any(e.source and e.source.country == "UGA" for e in events), events  # the funeral


def test_pipeline_the_same_deed_outside_an_obituary_is_news(coder, make_article):
    text = ("Kenya's foreign minister accused Uganda of arming rebels on the border and "
            "expelled two Ugandan diplomats from Nairobi. He was 61 when he took office.")
    events = coder.code(make_article(text))
    assert any(e.target and e.target.country == "UGA" for e in events), events


@pytest.mark.parametrize("text", [
    "Three men were jailed for nine years for smuggling heroin through the port.",
    "A woman was arrested after a fight outside a nightclub.",
])
def test_pipeline_events_between_nobody_nameable_are_not_coded(coder, make_article, text):
    assert coder.code(make_article(text)) == ()


def test_pipeline_companies_dealing_with_companies_or_courts_are_not_politics(
        coder, make_article):
    assert coder.code(make_article(
        "Boeing sued Airbus in a Delaware court on Tuesday over a patent dispute.")) == ()
    events = coder.code(make_article(
        "Exxon sued the Venezuelan government over the seizure of its oil fields."))
    assert any(e.target and e.target.code == "VENGOV" for e in events), events


@pytest.mark.parametrize("text", [
    "During his presidency, Chavez expelled American diplomats from Caracas.",
    "Years earlier, Pakistan had tested nuclear weapons in response to India's tests.",
    "The late king, who ruled for 70 years, once hosted Nixon at Balmoral.",
])
def test_pipeline_a_deed_of_an_unnamed_past_time_is_not_news_of_the_day(
        coder, make_article, text):
    assert coder.code(make_article(text)) == ()


def test_pipeline_a_deed_of_a_named_past_time_keeps_its_date(coder, make_article):
    events = coder.code(make_article(
        "During his presidency, Venezuela's president expelled the US ambassador in "
        "September 2008."))
    assert events and all(e.date == dt.date(2008, 9, 1) for e in events), events


@pytest.mark.parametrize("text", [
    "Chinese tech giant Tencent took a 5% stake in the French video game maker on Monday.",
    "The South Korean chipmaker sued the Taiwanese chipmaker in a Delaware court.",
])
def test_pipeline_a_company_named_by_its_trade_is_no_state(coder, make_article, text):
    events = coder.code(make_article(text))
    assert not any(e.source and e.source.code in ("CHN", "KOR") for e in events), events


def test_pipeline_role_nouns_found_out_of_text_order_make_valid_mentions(coder, make_article):
    """'the leader of the National Union of Women Physicians': the role nouns come from two
    passes out of text order, and the group merged from them crashed the coder."""
    article = make_article('The killings were well-planned and are definitely associated '
                           'with government security forces," said the leader of the '
                           'National Union of Women Physicians.')
    explained = coder.explain(article)
    assert all(m.start < m.end for found in explained.mentions for m in found)
