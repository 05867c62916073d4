"""Shapes of lines in scraped text that the cleaner and the box finder share: month
names, short dates, bullets, and a line's last real character."""

from __future__ import annotations

import re

MONTH = (
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
DATE = rf"(?:{MONTH} \d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}} {MONTH})(?:,? \d{{4}})?"
BULLET = re.compile(r"^(?:[-*•●▪◦]|\d{1,2}[.)]) ")
CLOSERS = "\"')]}*"


def last_char(t: str) -> str:
    """The last character of a line before closing quotes, brackets and stars."""
    s = t.rstrip(CLOSERS + " ")
    return s[-1] if s else " "
