"""Tests for communique.config: defaults < COMMUNIQUE_* environment < overrides."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from communique.config import SETTINGS, Settings, load_settings
from communique.errors import CommuniqueError, ConfigError


def test_config_defaults_without_environment():
    assert load_settings(environ={}) == Settings()


def test_config_declared_defaults_match_the_dataclass():
    declared = {s.name: s.default for s in SETTINGS}
    fields = {f.name: f.default for f in dataclasses.fields(Settings)}
    assert declared == fields
    assert all(s.help for s in SETTINGS)


def test_config_reads_os_environ_by_default(monkeypatch):
    monkeypatch.setenv("COMMUNIQUE_BATCH_SIZE", "7")
    assert load_settings().batch_size == 7


def test_config_environment_beats_defaults():
    settings = load_settings(environ={
        "COMMUNIQUE_MODEL": "en_core_web_md", "COMMUNIQUE_BATCH_SIZE": "8",
        "COMMUNIQUE_NER": "yes", "COMMUNIQUE_MIN_CONFIDENCE": "0.25",
        "COMMUNIQUE_MAX_CHARS": "5000", "COMMUNIQUE_KEEP_UNDATED_CAPTIONS": "on",
    })
    assert settings == Settings(model="en_core_web_md", batch_size=8, ner=True,
                                min_confidence=0.25, max_chars=5000,
                                keep_undated_captions=True)


def test_config_overrides_beat_environment():
    environ = {"COMMUNIQUE_BATCH_SIZE": "8", "COMMUNIQUE_NER": "true"}
    settings = load_settings(environ=environ, batch_size=16, ner=False)
    assert (settings.batch_size, settings.ner) == (16, False)


def test_config_none_override_leaves_setting_unset():
    environ = {"COMMUNIQUE_BATCH_SIZE": "8"}
    assert load_settings(environ=environ, batch_size=None).batch_size == 8
    assert load_settings(environ={}, batch_size=None, model=None) == Settings()


def test_config_other_environment_variables_are_ignored():
    environ = {"COMMUNIQUE_UNKNOWN": "1", "BATCH_SIZE": "3", "communique_batch_size": "3"}
    assert load_settings(environ=environ) == Settings()


@pytest.mark.parametrize("raw, expected", [
    ("1", True), ("TRUE", True), ("Yes", True), ("on", True),
    ("0", False), ("false", False), ("NO", False), ("off", False),
])
def test_config_boolean_spellings(raw, expected):
    assert load_settings(environ={"COMMUNIQUE_NER": raw}).ner is expected


@pytest.mark.parametrize("variable, raw", [
    ("COMMUNIQUE_BATCH_SIZE", "many"),
    ("COMMUNIQUE_BATCH_SIZE", "1.5"),
    ("COMMUNIQUE_NER", "maybe"),
    ("COMMUNIQUE_NER", ""),
    ("COMMUNIQUE_MIN_CONFIDENCE", "high"),
    ("COMMUNIQUE_MAX_CHARS", "1e6"),
])
def test_config_bad_environment_value_names_the_variable(variable, raw):
    with pytest.raises(ConfigError) as caught:
        load_settings(environ={variable: raw})
    assert variable in str(caught.value) and repr(raw) in str(caught.value)
    assert isinstance(caught.value, CommuniqueError)


@pytest.mark.parametrize("variable, raw", [
    ("COMMUNIQUE_MIN_CONFIDENCE", "1.5"),
    ("COMMUNIQUE_BATCH_SIZE", "0"),
    ("COMMUNIQUE_MAX_CHARS", "-1"),
])
def test_config_out_of_range_environment_value_raises(variable, raw):
    with pytest.raises(ConfigError):
        load_settings(environ={variable: raw})


@pytest.mark.parametrize("variable, raw", [
    ("COMMUNIQUE_MIN_CONFIDENCE", "1.5"),
    ("COMMUNIQUE_BATCH_SIZE", "0"),
])
def test_config_out_of_range_environment_value_names_the_variable(variable, raw):
    with pytest.raises(ConfigError, match=variable):
        load_settings(environ={variable: raw})


def test_config_unknown_override_raises():
    with pytest.raises(ConfigError, match="unknown setting 'batchsize'"):
        load_settings(environ={}, batchsize=8)


def test_config_unknown_override_raises_even_when_none():
    with pytest.raises(ConfigError, match="unknown setting"):
        load_settings(environ={}, colour=None)


@pytest.mark.parametrize("overrides, message", [
    ({"batch_size": 0}, "batch_size"),
    ({"min_confidence": -0.1}, "min_confidence"),
    ({"min_confidence": 1.01}, "min_confidence"),
    ({"max_chars": 0}, "max_chars"),
])
def test_config_bad_override_value_raises(overrides, message):
    with pytest.raises(ConfigError, match=message):
        load_settings(environ={}, **overrides)


def test_config_wrongly_typed_override_raises_config_error():
    with pytest.raises(ConfigError):
        load_settings(environ={}, batch_size="8")


def test_config_settings_are_frozen_and_picklable():
    settings = load_settings(environ={"COMMUNIQUE_NER": "1"})
    with pytest.raises(dataclasses.FrozenInstanceError):
        settings.ner = False
    assert pickle.loads(pickle.dumps(settings)) == settings
    with pytest.raises(TypeError):
        Settings("en_core_web_sm")  # keyword-only
