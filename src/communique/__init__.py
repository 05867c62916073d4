"""communique: raw news text in, dated and located CAMEO/PLOVER political events out."""

import logging

from .config import Settings, load_settings
from .errors import CommuniqueError, ConfigError, InputError
from .model import Actor, Article, Event, Rejection

__version__ = "0.1.0"
__all__ = [
    "Actor",
    "Article",
    "CommuniqueError",
    "ConfigError",
    "Event",
    "InputError",
    "Rejection",
    "Settings",
    "__version__",
    "load_settings",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
