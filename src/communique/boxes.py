"""Boxes beside the story in scraped text, which the cleaner drops whole: timelines and
fact boxes, explainers, results tables and transcripts (a header line and the box-like
lines after it, or a run of dated lines or speaker turns with no header), and embedded
social-media posts (their frame lines, the post's signature and its text).

Each ``mark_*`` function takes the cleaner's lines (``.text``, ``.gap``: a blank line
before it) and their junk reasons, and fills in a reason for the lines it finds."""

from __future__ import annotations

import re
from collections import Counter
from typing import Protocol, Sequence

from .lineshapes import BULLET, DATE, MONTH, last_char


class Line(Protocol):
    text: str
    gap: bool


# Boxes beside the story: a header line opens a box of past events, figures, questions
# and answers or a transcript, and every box-like line after it belongs to the box.
_BOX_HEADER = re.compile(
    r"^(?=.{1,90}$)\W{0,2}(?:timeline|chronology|key (?:dates|facts|figures)|fast facts|"
    r"quick facts|facts? ?(?:box|file|sheet)|the facts|at a glance|by the numbers|"
    r"(?:[\w' ]{1,40} )?in (?:numbers|figures)|what we know(?: so far)?|what we don't know|"
    r"q ?& ?a|questions and answers|explainer|on this day|this day in history|"
    r"(?:podcast |full |episode |interview )?transcript|infographic|interactive|"
    r"(?:(?:provisional|preliminary|partial|final|official|full|live|election) )+results)"
    r"(?![\w'-])(?:[^.!]*[^.!\s])?$",
    re.I,
)
# Explainer headers over a block of prose ('Why it matters' and a paragraph of background):
# a box only where blank lines part the story, so that the block has an end; in text with
# no blank lines, 'What happens next?' is a sub-heading over the story's next paragraph.
_BLOCK_HEADER = re.compile(
    r"^(?=.{1,60}$)\W{0,2}(?:why (?:it|this) matters|what(?:'s| is| comes| happens) next|"
    r"the big picture|key (?:takeaways|points)|what (?:you need )?to know|need to know|"
    r"the bottom line|between the lines|go deeper|(?:the )?background|the backstory|context|"
    r"explained|how we got here|(?:the )?history)\W{0,2}$",
    re.I,
)
_EXPLAINER_WORDS = (r"why (?:it|this) matters|what(?:'s| is| comes| happens) next|the big picture|"
                    r"the bottom line|between the lines|go deeper|(?:the )?background|the backstory|"
                    r"context|explained|explainer|how we got here|in numbers|by the numbers")
# 'Why it matters: Serbia could block ...', 'The background: relations have been tense
# since ...': an explainer's label and its text on one line.
_LABELLED_EXPLAINER = re.compile(rf"^\W{{0,2}}(?:{_EXPLAINER_WORDS}) ?: \S", re.I)
# 'WHAT IS SOMALILAND?', 'HOW DID WE GET HERE?': an explainer's question in capitals, over
# the paragraph that answers it.
_QUESTION_HEADER = re.compile(
    r"^(?=.{4,60}$)(?:WHAT|WHO|WHY|HOW|WHERE|WHEN|WHICH|IS|ARE|CAN|COULD|WILL|DOES|DID)\b"
    r"[^a-z]*\?$")
_BLOCK_LINES = 12  # a box's block is short; more lines with no blank one are unspaced text
_YEARISH = rf"(?:(?:early |mid-?|late )?(?:{MONTH} )?(?:\d{{1,2}} )?(?:{MONTH} )?(?:1[5-9]|20)\d\ds?"
_DATE_LABEL = re.compile(
    rf"^{_YEARISH}|{MONTH} \d{{1,2}}(?:st|nd|rd|th)?(?:,? (?:1[5-9]|20)\d\d)?)"
    r" ?(?:[:|]|[-\u2013\u2014] ) ?\S"
)
_FIGURE_LABEL = re.compile(
    r"^(?:about |some |over |more than |nearly |almost )?\$?\d[\d,.]*%?"
    r"(?: ?(?:million|billion|bn|m|k|km|sq km|per ?cent|percent))? ?(?:[:|]|[-\u2013\u2014] ) ?\S",
    re.I,
)
_LABEL = re.compile(r"^[A-Z][\w'()/&. -]{0,30}: \S")
_QUESTION = re.compile(r"^(?:[QA][:.] |[A-Z][^.?!]{2,90}\? \S)")
_SPEAKER = re.compile(r"^((?:(?:DR|MR|MRS|MS|PROF|SEN|REP)\.? )?[A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+){0,3}): \S")
_STAGE = re.compile(r"^\[[A-Za-z ]{2,30}\]$")  # '[MUSIC]', '[CROSSTALK]' in a transcript


def _boxed(t: str) -> bool:
    """A line as boxes hold them: a bullet, a date, figure or name label ('1994: ...',
    '150,000 - dead', 'Turnout: 66%'), a question with its answer, a table row, or a short
    unfinished line."""
    return bool(BULLET.match(t) or _DATE_LABEL.match(t) or _FIGURE_LABEL.match(t)
                or _LABEL.match(t) or _QUESTION.match(t) or _STAGE.match(t)
                or t.count("|") >= 2 or (len(t.split()) <= 8 and last_char(t) not in ".!"
                                         and not t[0].islower()))


def mark_boxes(lines: Sequence[Line], reasons: list[str | None]) -> None:
    """Timelines, fact boxes, explainers, 'On this day', results tables and transcripts:
    the header line and the box-like lines after it. Their past events and hypotheticals
    are no news of the day, so the box goes as a whole. Where blank lines part the
    story's paragraphs, every line up to the next blank line is the box's too, however
    long ('Key facts' over full sentences, 'Why it matters' over a paragraph)."""
    spaced = any(line.gap for line in lines)
    i = 0
    while i < len(lines):
        text = lines[i].text
        if not reasons[i] and _LABELLED_EXPLAINER.match(text):
            reasons[i] = "box"
        asked = spaced and bool(_QUESTION_HEADER.match(text))
        if reasons[i] or not (_BOX_HEADER.match(text) or spaced and _BLOCK_HEADER.match(text)
                              or asked):
            i += 1
            continue
        reasons[i] = "box"
        i += 1
        if asked and i < len(lines) and lines[i].gap:  # the answer, after a blank line
            reasons[i] = reasons[i] or "box"
            i += 1
        block_end = min(i + _BLOCK_LINES, len(lines))
        while spaced and i < block_end and not lines[i].gap:  # the box's own block of lines
            reasons[i] = reasons[i] or "box"
            i += 1
        while i < len(lines) and (reasons[i] or _boxed(lines[i].text)) \
                and not (spaced and _QUESTION_HEADER.match(lines[i].text)):  # the next box's
            reasons[i] = reasons[i] or "box"
            i += 1


def mark_runs(lines: Sequence[Line], reasons: list[str | None]) -> None:
    """A timeline with no header (two or more lines in a row that open with a date:
    '1994: Russia brokers a ceasefire') and a transcript with no header (three or more
    turns, by two or more speakers, one of whom speaks twice: 'MEI LIN: ...'; a digest's
    datelines, 'KYIV: ...', 'GAZA: ...', name each place once)."""
    dated = [not r and bool(_DATE_LABEL.match(ln.text)) for ln, r in zip(lines, reasons)]
    for i, is_dated in enumerate(dated):
        if is_dated and (i > 0 and dated[i - 1] or i + 1 < len(dated) and dated[i + 1]):
            reasons[i] = "timeline"
    turns = {i: m.group(1) for i, ln in enumerate(lines)
             if not reasons[i] and (m := _SPEAKER.match(ln.text))}
    speakers = Counter(turns.values())
    if len(turns) < 3 or len(speakers) < 2 or max(speakers.values()) < 2:
        return
    for i, line in enumerate(lines):
        if i in turns or not reasons[i] and _STAGE.match(line.text):
            reasons[i] = "transcript"


# Embedded social-media posts: the frame lines around them, the post's signature
# ('— Donald Tusk (@donaldtusk) June 2, 2025') with the post text just above it, and
# lines that only a post holds (a pic.twitter.com link, a trail of hashtags).
_POST_FRAME = re.compile(
    r"^(?:view (?:this|the full) post on|view on (?:x|twitter|instagram|facebook|tiktok)\b|"
    r"a post shared by\b|(?:skip|end of) (?:the )?(?:\w+ )?(?:x|twitter|instagram|facebook|"
    r"tiktok|youtube|bluesky|threads|telegram|truth social) (?:post|content|video)\b|"
    r"allow (?:x|twitter|instagram|facebook|tiktok|youtube|bluesky) content\b|"
    r"this (?:content|post|embed) (?:is|was) (?:provided|hosted|imported) (?:by|from)\b|"
    r"embedded content from\b|(?:posted|shared) (?:on|to) (?:x|twitter|instagram|facebook|"
    r"tiktok|bluesky|truth social)\W*$)",
    re.I,
)
_PLATFORM = r"(x|twitter|instagram|facebook|tiktok|youtube|bluesky|threads|telegram)"
_POST_OPENS = re.compile(rf"^(?:view (?:this|the full) post on {_PLATFORM}|skip (?:the )?"
                         rf"(?:\w+ )?{_PLATFORM} (?:post|content|video)\b)", re.I)
_SIGNATURE = re.compile(rf"^- ?[^()]{{1,60}}\(@\w{{1,30}}\)(?: {DATE})?\.?$")
_POST_MARK = re.compile(r"\bpic\.twitter\.com/\w|\bhttps?://t\.co/\w|(?:#\w+ ?){2,}$|"
                        r"^(?=.{0,120}$).*\(@\w{1,30}\)")


def _post_marked(t: str) -> bool:
    return len(t) <= 400 and ("#" in t or "(@" in t or "t.co/" in t or "twitter.com" in t) \
        and _POST_MARK.search(t) is not None


def mark_posts(lines: Sequence[Line], reasons: list[str | None]) -> None:
    for i, line in enumerate(lines):
        if reasons[i]:
            continue
        if _POST_FRAME.match(line.text) or _post_marked(line.text):
            reasons[i] = "social"
        if _SIGNATURE.match(line.text):
            reasons[i] = "social"
            j = i - 1  # the post's text, up to the blank line before it
            while j >= 0 and not reasons[j] and not lines[j + 1].gap:
                reasons[j] = "social"
                j -= 1
        if opens := _POST_OPENS.match(line.text):  # up to 'End of <the same platform> post'
            platform = (opens.group(1) or opens.group(2)).lower()
            ends = re.compile(rf"^end of (?:the )?(?:\w+ )?{platform} (?:post|content|video)\b",
                              re.I)
            end = next((k for k in range(i + 1, min(i + 8, len(lines)))
                        if ends.match(lines[k].text)), None)
            for k in range(i + 1, end or i):
                reasons[k] = reasons[k] or "social"
