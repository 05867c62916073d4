"""Boilerplate and junk removal for scraped news text, with offsets into the raw text.

``clean(text)`` never edits the text. It splits it into lines, drops junk lines,
groups the rest into paragraphs and labels each paragraph as one Segment:
``headline`` (the first line, when title-like), ``subheading`` (a short unpunctuated
line in the body), ``caption`` (photo captions, kept so that a later stage can date
them by their own date or drop them) or ``body``. Junk becomes a Dropped with a reason:

- ``related-link``   "READ MORE: <headline>", "Related: ...", "Click here to ..."
- ``loading``        "Loading...", "Media playback is unsupported on your device"
- ``advertisement``  "Advertisement", "Story continues below advertisement"
- ``share``          "Share this article", "Share on Facebook", "Tweet", "Email"
- ``subscribe``      "Subscribe to our newsletter", "Sign up ...", "Follow us on ...", and a
                     newsletter box's pitch ("... delivered every Friday. Enter your email")
- ``cookie``         "We use cookies ...", "Accept all cookies"
- ``photo-credit``   "Reuters Archive", "AFP/Getty Images", "(Photo: AP)", "Image copyright ..."
- ``byline``         "By Jane Doe, Reuters", "Published 3 hours ago", "Updated: 14:02 BST",
                     date-only lines, "Reporting by ...; Editing by ...", and author bios
                     ("About the author: ...", "Jane Doe covers ... She previously ...")
- ``navigation``     "Home | World | Politics", "Related Topics", "Copyright 2021 ...", and
                     the run of short lines that ends the article once such a line is reached
- ``duplicate``      a paragraph equal, after whitespace normalisation, to an earlier one
- ``dateline``       "MOSCOW, June 14 (Reuters) -" at the start of a body paragraph: the
                     place names where it was filed, not an actor
- ``empty``          a line with no letter or digit ("* * *", "---")
- ``correction``     "Correction: ...", "Editor's note: ...", "This article was amended on ...":
                     notes about the article, whose verbs report no new event
- ``market``         ticker lines such as "Brent crude 81.20 -0.4%"
- ``gallery``        "Gallery 2 of 6" and "Video duration 02:14" counters, and the caption
                     line after one when it dates itself (an older event; an undated line
                     there is kept as a caption); "Image 1 of 4: <caption>" on one line
- ``scores``         sports results such as "Premier League: Arsenal 2-1 Chelsea"
- ``comments``       a reader-comment header ("Comments (48)", "Join the conversation") and
                     every line after it
- ``list``           the short, unpunctuated headlines under a "Most read", "Trending",
                     "Key events", "Sport", "Markets", "More election coverage" or "You may
                     also be interested in" header
- ``box``            (found by ``boxes.py``, as are the next three) a box beside the
                     story, from its header ("Timeline", "Key facts",
                     "Factbox", "In numbers", "What we know so far", "Q&A", "On this day",
                     "Transcript", "Infographic", "Provisional results"; where blank lines
                     part the story, also "Why it matters", "What's next", "Background",
                     "Explained", with every line up to the next blank line) through the
                     box-like lines after it (bullets, "1994: ...", "150,000 - dead",
                     "Turnout: 66%", questions with answers, table rows, short lines): past
                     events, figures and hypotheticals, no news of the day
- ``timeline``       two or more lines in a row that open with a date ("1994: Russia
                     brokers a ceasefire", "March 2025 - ..."), with no header
- ``transcript``     the turns of a podcast or broadcast transcript ("MEI LIN: ...") when
                     speakers take turns, and its stage directions ("[MUSIC]")
- ``social``         an embedded post: its frame ("View this post on Instagram", "Skip X
                     post", "End of Instagram post", "This content is provided by X"), its
                     signature ("- Name (@handle) June 2, 2025") with the text above it, and
                     lines only a post holds (pic.twitter.com links, trailing hashtags)

Paragraphs: a blank line always separates them. A single newline separates them too,
unless the line before it is unfinished (no final punctuation, and either long or
followed by a lower-case start), which is how hard-wrapped text looks. Each kept
paragraph is one segment, and ``paragraph`` is its position among the kept segments.

Junk patterns are anchored at line start or end and only tried on short lines, so a
sentence that merely mentions "share" or "cookies" stays. Every check looks at a
bounded window of a line, so time is linear in the length of the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .boxes import mark_boxes, mark_posts, mark_runs
from .lineshapes import BULLET as _BULLET, DATE as _DATE, last_char as _last_char
from .model import CleanText, Dropped, Segment

__all__ = ["clean"]

_BREAK = re.compile(r"\r\n|[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_EDGE = re.compile(r"[\s\x00-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u2060\ufeff]")
_LEAD = re.compile(_EDGE.pattern + "*")
_NORMAL = str.maketrans(
    {
        **{c: " " for c in [*range(0x20), *range(0x7F, 0xA0)]},
        **dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u200e\u200f\u2060\ufeff")),
        **dict.fromkeys(map(ord, "\u2018\u2019\u201a\u201b\u2032"), "'"),
        **dict.fromkeys(map(ord, "\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033"), '"'),
        **dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"), "-"),
        ord("\u2026"): "...",
    }
)
_ALNUM = re.compile(r"[^\W_]")
_MAX_JUNK = 600  # longer lines are never junk

_AGENCY = (
    r"\b(?i:reuters|afp|ap|associated press|getty(?: images)?|epa(?:-efe)?|efe|"
    r"xinhua(?: news agency)?|(?:itar-)?tass|sputnik|ria novosti|anadolu(?: agency)?|"
    r"bloomberg|shutterstock|alamy|pa(?: media| wire| images)?|press association|"
    r"sopa images|nurphoto|lightrocket|zuma(?: wire| press)?|pool|handout|"
    r"kyodo|yonhap|kcna|wireimage|imago|dpa|upi|ansa|sipa(?: usa)?|abaca|"
    r"jiji(?: press)?|irna|wikimedia commons)\b"
)
_NAME = r"[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}"
_PHOTO_WORD = (r"(?i:photo(?:graph)?|image|picture|pic|credit|source|photo credit|image source|"
               r"graphic|chart)s?")
_CREDIT_UNIT = (
    rf"(?:{_NAME} ?/ ?)?{_AGENCY}"
    r"(?: (?i:archive|file|photos?|pictures|images|pool|handout))*"
    rf"(?: ?/ ?{_NAME})?(?: ?/ ?(?i:file(?: photo)?))?"
)
_CREDIT_LINE = re.compile(
    rf"^(?=.{{0,150}}$)\(?(?:{_PHOTO_WORD}(?i: by)? ?[:,]? ?)?"
    rf"{_CREDIT_UNIT}(?:(?: ?[/|,;] ?| (?i:via|and|for) ){_CREDIT_UNIT})*\)?\.?$"
)
_CREDIT_TAIL = re.compile(
    rf"(?:\((?:{_PHOTO_WORD}(?i: by)? ?: ?[^()]{{1,60}}|[^()]{{0,40}}{_AGENCY}[^()]{{0,40}})\)"
    rf"|(?:^|\s)- ?(?:{_PHOTO_WORD}(?i: by)? ?:? ?)?(?:{_NAME} ?/ ?)?{_AGENCY}[^.]{{0,40}}"
    rf"|{_AGENCY} ?/ ?{_NAME}(?: ?/ ?(?i:file(?: photo)?))?)\.?$"
)
_PHOTO_CREDIT_TAIL = re.compile(  # "... in Beijing. Reuters Archive", "... AFP/Getty Images"
    rf"[.!?]\s+(?=[^.]*\b(?i:archive|file|photos?|pictures|images|pool|handout|getty|epa|"
    rf"shutterstock|alamy)\b){_CREDIT_UNIT}\.?$"
)
_LABELLED_CREDIT_TAIL = re.compile(  # "... near Kobani, 2019. Image: AFP"
    rf"[.!?]\s+(?i:photo(?:graph)?|image|picture|pic)s?(?i: by)? ?: ?"
    rf"(?:{_CREDIT_UNIT}|{_NAME}(?: ?/ ?{_NAME}){{1,2}})\.?$"
)
# "Police use water cannon on protesters. File photo": a sentence labelled as an old photo.
_FILE_PHOTO_TAIL = re.compile(
    r"[.!?]\s+\(?(?i:file|archive|handout|undated) (?i:photo(?:graph)?|image|picture|pic)s?\)?\.?$")
# "Police patrol a street in Nairobi. AFP": one short sentence, then a bare agency credit.
_BARE_CREDIT_TAIL = re.compile(rf"^(?=.{{0,250}}$)[^.!?]+[.!?]\s+{_CREDIT_UNIT}\.?$")
_PHOTO_LABEL = re.compile(rf"^\(?{_PHOTO_WORD}(?i: by)? ?[:,] ?(.{{1,60}}?)\)?$")

_PLACE = r"[A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*){0,3}"
_LOC_DATE = re.compile(rf"^{_PLACE}(?:, ?{_PLACE}){{0,2}} ?[,-] ?{_DATE} ?([:-])")

_CAPTION_START = re.compile(
    r"^(?:in this (?:[\w-]+ ){0,4}?(?:photo(?:graph)?|image|picture|pic|handout|video|"
    r"screen ?grab|still|frame)\b"
    r"|(?:this|an?(?: (?:1[89]|20)\d\d| file| handout| undated)?) (?:[\w-]+ ){0,3}?"
    r"(?:photo(?:graph)?|image|picture|handout|video grab|screen ?grab)"
    r",? (?:taken|released|provided|made available|obtained|shows|distributed|posted|"
    r"shared|from|dated|issued)\b"
    r"|(?:file|handout|pool|archive|undated) (?:photo(?:graph)?|image|picture|pic)s?\b"
    r"|\(file(?: photo| image| picture)?\) |file(?: photo| image| picture)? ?[-–—:] "
    r"|(?:pictured|photo(?:graph)?|image|picture|caption|image caption|media caption)"
    r"(?: ?[:|]| - )"
    r"|(?:image|media) caption\b"
    r"|\((?:photo|image|picture)s? ?:)",
    re.I,
)
_CAPTION_CUE = re.compile(
    r"\b(?:photo(?:graph)?s?|pictured|pictures?|images?|file|handout|poses?|gestures?|"
    r"looks? on|attends?|arrives?|speaks?|walks?|waves?|listens?|smiles?|stands?|sits?|"
    r"shakes? hands|holds?|(?:is|are) seen|meets?|greets?|visits?|addresses|inspects?|"
    r"reviews?|delivers?)\b",
    re.I,
)

_JUNK_PATTERNS = tuple(
    (reason, re.compile(pattern, re.I))
    for reason, pattern in (
        ("cookie", r"^(?:we(?: and our (?:\w+ )?partners)? use cookies|(?:this|our) "
         r"(?:web)?site uses cookies|by (?:continuing to (?:use|browse)|using) (?:this|our) "
         r"(?:web)?site|(?:accept|reject|allow|manage|customi[sz]e) (?:all |our )?cookies|"
         r"cookies? (?:policy|settings|preferences|notice|consent)|(?:accept|accept all|"
         r"reject all|i accept|i agree|got it|manage (?:preferences|options))\W*$)"),
        ("subscribe", r"^(?:(?=.{0,160}$).*\b(?:enter your email|(?:straight )?(?:to|in) your "
         r"inbox|delivered (?:daily|weekly|every \w+))\b|subscribe\b|sign up\b|newsletter\b|"
         r"get (?:our|the) [\w ]{0,40}"
         r"newsletter|join (?:our|the) [\w ]{0,30}(?:newsletter|mailing list)|(?:follow|like)"
         r" us\b|download (?:our|the) [\w ]{0,20}app\b|already a (?:subscriber|member)|become"
         r" a (?:member|subscriber)|register (?:now|for free)|sign in\b|log ?in\b|create an?"
         r" (?:free )?account|support (?:our|independent) journalism|(?:click|tap) here\b"
         r".{0,80}\b(?:subscribe|sign up|newsletter|register)|(?=.{0,250}$)if you(?:'ve| have)"
         r" been affected by\b.*\b(?:help|support|advice)\b.{0,20}\bavailable\b|"
         r"(?=.{0,250}$)if you (?:or someone you know )?(?:are|is|need)\b.*\b(?:helpline|"
         r"samaritans|hotline)\b|(?=.{0,160}$)[\w .'&-]{1,40} on (?:telegram|whatsapp|google news|"
         r"youtube|instagram|tiktok)\b ?[:|-]|(?=.{0,160}$).*\bjoin [\d,.]+k? (?:readers|"
         r"subscribers|followers)\b|donate (?:to|now|today)\b|support us\W*$)"),
        ("loading", r"^(?:(?:loading|please wait|video loading)(?: (?:video|content|comments"
         r"|player|more))?\W*$|media playback is|this video can|your browser does not support"
         r"|show key events only|pinned(?: post)?\W*$|live reporting by\b|refresh(?: the page)?\W*$"
         r"|play video\b|listen to this (?:article|story)(?:\W+\d{1,2} min(?:ute)?s?)?\W*$|\d{1,2} min(?:ute)?s?(?: listen|"
         r" read)?\W*$)"),
        ("advertisement", r"^(?:(?:advertisement|advert|ad) ?[-|:] ?scroll (?:down )?to "
         r"continue(?: reading)?\W*$|advertisement|advertising|advert|ads?|sponsored(?: content|"
         r" post| links?)?|paid (?:content|post|partner content)|promoted(?: content| stories)?"
         r"|(?:story|article) continues below(?: (?:the )?advertisement)?|continue reading "
         r"(?:the )?main story|scroll (?:down )?to continue(?: with content| reading)?|skip "
         r"advert(?:isement)?|ad feedback|remove ads)\W*$"),
        ("related-link", r"^(?:(?:read more|read next|read also|also read|see also|related|"
         r"related (?:stories|story|articles?|coverage|content|links?|news|reading|videos?)|"
         r"in pictures|gallery|galleries|photos|videos|podcast|episode \d+|opinion|sponsored|"
         r"sidebar|quiz|poll|infographic|interactive|"
         r"recommended(?: for you| reading)?|more(?: stories| news)?|watch|listen|must read|"
         r"don't miss|editor's picks?|top stories|trending(?: now)?|most read|also on "
         r"[\w ]{1,30}|up next|must (?:watch|see)|you (?:may|"
         r"might) also like|further reading|more from [\w ]{1,30}|catch up(?: on| with)?"
         r"(?: [\w' ]{1,40})?|icymi|in case you missed it|in other news) ?(?::|>|\||- )|\[(?:podcast|video|audio|watch|"
         r"listen|gallery|photos?|live|interactive)\]|(?:read "
         r"more|read the full (?:story|article)|continue reading|see more|show more|load "
         r"more|view comments)\W*$|(?:click|tap) here\b)"),
        ("correction", r"^(?:(?:correction|corrections|clarification|editor'?s'? note|"
         r"note to readers) ?[:-]|this (?:article|story|report|piece) (?:was|has been) "
         r"(?:amended|corrected|updated|edited)\b|an? (?:earlier|previous) version of this "
         r"(?:article|story|report|piece)\b|this transcript (?:was|has been|is|may)\b|this "
         r"(?:story|article|report|coverage|series) (?:was|is) (?:produced|supported|funded|"
         r"made possible) (?:with|by|through|in partnership)\b)"),
        ("market", r"^(?=.{0,80}$)[\w&./'() -]{1,40} (?:[a-z]{1,3}\$|[a-z]{3}|[$\u20ac\u00a3])?"
         r"\d[\d,]*(?:\.\d+)? "
         r"\(?[+-]\d+(?:\.\d+)?%\)?$"),
        ("gallery", r"^(?:(?:(?:gallery|image|photo|picture|slide)s? )?\d{1,3} ?(?:of|/) ?"
         r"\d{1,3}|video duration \d{1,2}:\d{2}(?::\d{2})?)$|^(?:gallery|image|photo|picture|"
         r"slide)s? \d{1,3} (?:of|/) \d{1,3} ?[:.|-] "),
        ("scores", r"^(?=.{0,80}$)(?:[\w .'-]{1,30}: )?[\w.' -]{2,30}[a-z.] \d{1,3} ?- ?\d{1,3} "
         r"[\w.' -]{2,30}$"),
        ("navigation", r"^(?:(?:copyright|\(c\)|©) ?(?:©|\(c\))? ?(?:19|20)\d\d\b|(?:tags|"
         r"topics|related topics|filed under|categories|keywords|sections?|our standards) ?:|"
         r"skip to "
         r"(?:main )?content|back to top|jump to\b|.{0,150}\ball rights reserved\b|"
         r"acquire licensing rights|(?=.{0,200}$).*\b(?:click|tap) (?:on|to|here)\b)"),
        ("photo-credit", r"^(?:(?:image|photo|picture|video)(?: copyright| source| credit)s?\b"
         r".{0,100}$|©.{0,80}$|(?:file|handout|pool) (?:photo|image|picture)s?\W*$)"),
        ("byline", r"^(?:\(?(?:additional )?(?:reporting|writing|editing|compiled|research) by\b"
         r"|(?=.{0,200}$).*\bcontributed (?:to (?:this|the) (?:report|story|article)|"
         r"reporting)\b"
         r"|(?:published|updated|last updated|posted|first published|(?:last )?modified)\b"
         r"(?=.{0,80}$)(?=.*(?:\d|\bago\b|\byesterday\b|\btoday\b|\bjust now\b)).*[^.]$"
         rf"|(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?,? )?{_DATE}"
         r"(?:,? (?:at )?\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?(?: [a-z]{2,4})?)?$"
         r"|\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?(?: [a-z]{2,4})?$"
         r"|\d+ (?:min(?:ute)?s?|hours?|hrs?|days?|weeks?) (?:ago|read)$"
         r"|\d{4}-\d{2}-\d{2}(?:[t ]\d{2}:\d{2}(?::\d{2})?\S*)?$"
         r"|about the author\b|(?-i:[A-Z][\w'-]+(?: [A-Z][\w'-]+){1,2}) (?:is|covers|reports on"
         r"|writes about)\b(?=.{0,250}$)(?=.*\b(?:based in|previously|follow (?:him|her|them) on"
         r"|has (?:covered|reported)|joined (?:the )?(?-i:[A-Z]))))"),
    )
)
_SHARE_CORE = frozenset(
    "share tweet facebook twitter whatsapp linkedin email print pinterest reddit "
    "telegram messenger flipboard tumblr bluesky".split()
)
_SHARE_WORDS = _SHARE_CORE | frozenset(
    "this the article story page on via to with by link copy copied options icon button "
    "opens in new window save mail e sms x vk threads sharing shares or a comments".split()
)
_NAV_LINES = frozenset(
    item.strip()
    for item in """home|news|world|politics|business|sport|sports|tech|technology|science|
    health|entertainment|culture|opinion|video|videos|live|menu|search|sections|more|
    top stories|latest|latest news|features|related topics|related|more on this story|
    more on this topic|tags|topics|terms of use|terms and conditions|terms of service|
    privacy policy|privacy|contact us|about us|advertise|advertise with us|careers|
    accessibility|comments|view comments|most read|most popular|trending|next|previous|
    next article|previous article|next story|close|main menu|site map|sitemap|help|faq|
    follow us|editor's picks|world news|uk|us|europe|asia|africa|middle east|americas|
    australia|around the bbc|related content|more stories|you may also like|live updates|
    live blog|as it happened""".split("|")
)
_NAV_SEP = re.compile(r" ?[|›•·] ?| > | / ")
_LETTERS = re.compile(r"[a-z]+")
_BY = re.compile(r"^(?:by|written by|reported by|words by|story by|text by) (.+)$", re.I)
_BYLINE_SEPARATOR = re.compile(r"\s+[|•·]\s+|\s+[-–—]\s+(?=(?i:updated|published|posted)\b)")
_BY_LINKS = frozenset("and in of the for at with de van von der al bin la le da du".split())
_WORD = re.compile(r"[^\W_][\w.'-]*")
_COMMENTS = re.compile(
    r"^(?:(?:reader |user )?comments? ?\(\d+\)|\d+ (?:reader )?comments?|reader comments|"
    r"(?:join|start) the (?:conversation|discussion)(?: below)?|have your say\b(?=.{0,160}$).*|"
    r"show \d+ comments|"
    r"view (?:all )?\d+ comments)\W*$",
    re.I,
)
_LIST_HEADER = re.compile(
    r"^(?:most (?:read|popular|viewed|shared|watched)(?: in [\w ]{1,25})?|"
    r"trending(?: now| stories| in [\w ]{1,25})?|top stories|"
    r"related(?: stories| articles| coverage)?|more (?:stories|news|opinion|analysis|features)|"
    r"more [\w ]{1,25} coverage|also read|read also|recommended reading|"
    r"more (?:from|in|on(?! this\b)) [\w ]{1,30}|you (?:may|might) also "
    r"(?:like|be interested in|have missed)|see also|further reading|in other news|"
    r"editor'?s picks?|recommended(?: for you)?|popular now|latest (?:news|stories)|"
    r"key (?:events|moments)|catch up|from (?:our|the) partners|(?:more )?(?:sport|sports|markets)(?: news)?|"
    r"market data|"
    r"(?:live )?scores|results|fixtures)\W*$",
    re.I,
)
_NAV_RUN_MARKERS = frozenset(
    {"navigation", "related-link", "share", "subscribe", "cookie", "advertisement", "loading"}
)


@dataclass(frozen=True, slots=True)
class _Line:
    start: int  # offsets of the stripped line in the original text
    end: int
    text: str  # normalised: invisibles removed, quotes and dashes plain, spaces collapsed
    gap: bool  # a blank line comes before it


def clean(text: str) -> CleanText:
    """Split ``text`` into kept segments and dropped junk; the text itself is unchanged."""
    lines = _split_lines(text)
    reasons = [_junk_reason(line.text) for line in lines]
    mark_posts(lines, reasons)
    mark_runs(lines, reasons)
    mark_boxes(lines, reasons)
    captions = _mark_blocks(lines, reasons)
    _mark_trailing_navigation(lines, reasons)
    dropped = [Dropped(start=ln.start, end=ln.end, reason=r) for ln, r in zip(lines, reasons) if r]
    segments = [_without_dateline(text, s, dropped)
                for s in _segments(lines, _group(lines, reasons), dropped, captions)]
    dropped.sort(key=lambda d: d.start)
    return CleanText(text=text, segments=tuple(segments), dropped=tuple(dropped))


def _split_lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    gap = False
    for a, b in _raw_lines(text):
        start, end = _strip_span(text, a, b)
        if start == end:
            gap = bool(lines)
            continue
        lines.append(_Line(start, end, _normalise(text[start:end]), gap))
        gap = False
    return lines


def _raw_lines(text: str):
    pos = 0
    for m in _BREAK.finditer(text):
        yield pos, m.start()
        pos = m.end()
    yield pos, len(text)


def _strip_span(text: str, a: int, b: int) -> tuple[int, int]:
    a = _LEAD.match(text, a, b).end()
    while b > a and _EDGE.match(text, b - 1):
        b -= 1
    return a, b


def _normalise(s: str) -> str:
    return " ".join(s.translate(_NORMAL).split())


def _junk_reason(t: str) -> str | None:
    if not _ALNUM.search(t):
        return "empty"
    if len(t) > _MAX_JUNK:
        return None
    for reason, pattern in _JUNK_PATTERNS:
        if pattern.search(t):
            return reason
    if _is_share(t):
        return "share"
    if _is_navigation(t):
        return "navigation"
    if _is_byline(t):
        return "byline"
    if _is_photo_credit(t):
        return "photo-credit"
    return _junk_parts(t)


def _junk_parts(t: str) -> str | None:
    """'By Sports Desk | Published 2 hours ago', 'Live updates | Updated 14:02': a line of
    bar-separated pieces that are each junk is junk, for the first piece's reason."""
    parts = [p.strip() for p in t.split("|")] if "|" in t and len(t) <= 200 else ()
    if len(parts) < 2 or not all(parts):
        return None
    reasons = [_junk_reason(p) for p in parts]
    return reasons[0] if all(reasons) else None


def _is_share(t: str) -> bool:
    words = _LETTERS.findall(t.lower()) if len(t) <= 100 else ()
    return bool(words) and _SHARE_WORDS.issuperset(words) and not _SHARE_CORE.isdisjoint(words)


def _is_navigation(t: str) -> bool:
    if t.lower().strip(" :.>»") in _NAV_LINES:
        return True
    items = [item for item in _NAV_SEP.split(t) if item.strip()] if len(t) <= 200 else ()
    return len(items) >= 3 and all(len(item.split()) <= 4 for item in items)


def _is_byline(t: str) -> bool:
    """'By Jane Doe', 'By Staff Writer | Updated 2 hours ago' (the name before a separator)."""
    t = _BYLINE_SEPARATOR.split(t, maxsplit=1)[0]
    m = _BY.match(t) if len(t) <= 120 else None
    words = _WORD.findall(m.group(1)) if m else ()
    return bool(words) and words[0][0].isupper() and all(
        w[0].isupper() or w.lower() in _BY_LINKS for w in words
    )


def _is_photo_credit(t: str) -> bool:
    if _CREDIT_LINE.match(t):
        return True
    m = _PHOTO_LABEL.match(t)
    words = _WORD.findall(m.group(1)) if m else ()
    return 0 < len(words) <= 6 and words[0][0].isupper() and all(
        w[0].isupper() or w.lower() in _BY_LINKS or w.lower() == "via" for w in words)


def _mark_blocks(lines: list[_Line], reasons: list[str | None]) -> set[int]:
    """Junk that spans lines: a gallery caption after its counter, the headlines listed
    under a "Most read" header, and a comment section with everything after it. Returns
    the lines after a counter that are kept, as captions: a caption that dates itself
    shows an older event and is dropped; one that does not may be a sentence of the story,
    so it stays, as a caption (whose events need a date of their own)."""
    counters = [r == "gallery" and len(ln.text.split()) <= 4 for ln, r in zip(lines, reasons)]
    captions: set[int] = set()
    for i, line in enumerate(lines):
        if i >= 3 and _COMMENTS.match(line.text):
            for j in range(i, len(lines)):
                reasons[j] = "comments"
            return captions
        if i + 1 >= len(lines) or reasons[i + 1]:
            continue
        if counters[i] and _DATED.search(lines[i + 1].text):
            reasons[i + 1] = "gallery"
        elif counters[i]:
            captions.add(i + 1)
        elif _LIST_HEADER.match(line.text):
            j = i + 1
            while j < len(lines) and not reasons[j] and _is_listed(lines[j].text):
                reasons[j] = "list"
                j += 1
    return captions


_DATED = re.compile(r"\b(?:(?:1[89]|20)\d\d|(?:January|February|March|April|May|June|July|"
                    r"August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|"
                    r"Aug|Sept?|Oct|Nov|Dec)\b)")


def _is_listed(t: str) -> bool:
    return len(t) <= 120 and t.count(" ") < 18 and _last_char(t) not in ".!?:"


def _mark_trailing_navigation(lines: list[_Line], reasons: list[str | None]) -> None:
    """Drop the run of junk and short lines that ends the article, from its first marker."""
    first = None
    for i in range(len(lines) - 1, -1, -1):
        if reasons[i] in _NAV_RUN_MARKERS:
            first = i
        elif reasons[i] is None and not _is_short(lines[i].text):
            break
    for i in range(first if first is not None else len(lines), len(lines)):
        reasons[i] = reasons[i] or "navigation"


def _is_short(t: str) -> bool:
    return len(t) <= 120 and t.count(" ") < 15 and _last_char(t) not in ".!"


def _group(lines: list[_Line], reasons: list[str | None]) -> list[tuple[int, int]]:
    """Group kept lines into paragraphs, as (first, last) line indices."""
    units: list[list[int]] = []
    prev: int | None = None
    for i, line in enumerate(lines):
        if reasons[i]:
            prev = None
        elif prev is not None and _continues(lines[prev], line, _loose(lines, units)):
            units[-1][1] = prev = i
        else:
            units.append([i, i])
            prev = i
    return [(first, last) for first, last in units]


def _loose(lines: list[_Line], units: list[list[int]]) -> bool:
    """May the open paragraph take an upper-case next line? Not a headline or caption."""
    first, last = units[-1]
    headline_slot = len(units) == 1 and first == last
    return not headline_slot and not _CAPTION_START.match(lines[first].text)


def _continues(a: _Line, b: _Line, loose: bool) -> bool:
    """Is ``b`` the next line of the same paragraph as ``a`` (hard-wrapped text)?"""
    if b.gap or _last_char(a.text) in ".!?:" or _CREDIT_TAIL.search(a.text[-160:]):
        return False
    if _CAPTION_START.match(b.text) or _BULLET.match(b.text):
        return False
    return b.text[0].islower() or (loose and a.text.count(" ") >= 10)


_DATELINE = re.compile(
    r"(?:[A-Z][A-Z'.\-]{2,}(?:[ /][A-Z][A-Z'.\-]+)*(?:,\s*[A-Za-z0-9 .]{1,30})?\s*)?"
    r"(?:\([A-Za-z .'&-]{2,40}\)\s*)?[-\u2013\u2014]{1,2}\s+(?=\S)")


def _without_dateline(text: str, segment: Segment, dropped: list[Dropped]) -> Segment:
    """'MOSCOW (Reuters) - Russia said ...': the dateline names no actor; cut it off."""
    match = _DATELINE.match(text, segment.start, segment.end)
    if segment.kind != "body" or not match or match.end() - segment.start < 4:
        return segment
    cut = segment.start + len(text[segment.start:match.end()].rstrip())
    dropped.append(Dropped(start=segment.start, end=cut, reason="dateline"))
    return Segment(start=match.end(), end=segment.end, kind="body", paragraph=segment.paragraph)


def _segments(
    lines: list[_Line], units: list[tuple[int, int]], dropped: list[Dropped],
    captions: set[int],
) -> list[Segment]:
    segments: list[Segment] = []
    seen: set[str] = set()
    for index, (first, last) in enumerate(units):
        start, end = lines[first].start, lines[last].end
        key = " ".join(line.text for line in lines[first : last + 1])
        if key in seen:
            dropped.append(Dropped(start=start, end=end, reason="duplicate"))
            continue
        seen.add(key)
        kind = "caption" if first in captions else _kind(
            key, single=first == last, first=index == 0, more=last + 1 < len(lines))
        segments.append(Segment(start=start, end=end, kind=kind, paragraph=len(segments)))
    return segments


def _kind(t: str, *, single: bool, first: bool, more: bool) -> str:
    if _is_caption(t):
        return "caption"
    if single and first and more and _is_headline(t):
        return "headline"
    if single and not first and _is_subheading(t):
        return "subheading"
    return "body"


def _is_caption(t: str) -> bool:
    head = t[:300]
    if _CAPTION_START.match(head):
        return True
    dateline = _LOC_DATE.match(head)
    if dateline and dateline.group(1) == ":":
        return True
    if len(t) <= 400 and (_PHOTO_CREDIT_TAIL.search(t[-160:])
                          or _LABELLED_CREDIT_TAIL.search(t[-120:])
                          or _FILE_PHOTO_TAIL.search(t[-40:])) \
            or _BARE_CREDIT_TAIL.match(t):
        return True
    described = len(t) <= 400 and _CAPTION_CUE.search(head)
    return bool(described and (dateline or _CREDIT_TAIL.search(t[-160:])))


def _is_headline(t: str) -> bool:
    return len(t) <= 200 and t.count(" ") < 25 and _title_start(t) and _last_char(t) not in ".,;:"


def _is_subheading(t: str) -> bool:
    return len(t) <= 80 and t.count(" ") < 10 and _title_start(t) and _last_char(t) not in ".,;:!"


def _title_start(t: str) -> bool:
    s = t.lstrip("\"'([")
    return bool(s) and not s[0].islower()
