"""communique: raw news text in, dated and located CAMEO/PLOVER political events out."""

import logging

from .config import Settings, load_settings
from .errors import CommuniqueError, ConfigError, InputError
from .model import Actor, Article, Event, Rejection

__version__ = "0.1.0"

from .api import EventStore, code, code_text  # noqa: E402 - needs __version__ above
from .api import open_store as open  # noqa: E402,A001 - communique.open(db), as documented

__all__ = [
    "Actor",
    "Article",
    "CommuniqueError",
    "ConfigError",
    "Event",
    "EventStore",
    "InputError",
    "Rejection",
    "Settings",
    "__version__",
    "code",
    "code_text",
    "load_settings",
    "open",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
