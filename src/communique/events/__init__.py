"""The event stage: CAMEO-coded events from parsed sentences and their actor mentions."""

from .cameo import CameoCode, cameo_table, lookup
from .coder import EventCoder
from .verbs import VerbDictionary

__all__ = ["CameoCode", "EventCoder", "VerbDictionary", "cameo_table", "lookup"]
