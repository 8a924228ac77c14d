"""The settings registry: one row for every setting, and each row's refusals carry its path."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import fields, is_dataclass

import pytest

from streamer_app import settings as sm
from streamer_app.settings_fields import BY_PATH, FIELDS, value_at, with_values

NESTED_AS_A_WHOLE = {"thresholds"}  # one row for the table, not one per threshold


def _leaf_paths(obj, prefix=""):
    for f in fields(obj):
        path = prefix + f.name
        value = getattr(obj, f.name)
        if is_dataclass(value) and path not in NESTED_AS_A_WHOLE:
            yield from _leaf_paths(value, path + ".")
        else:
            yield path


def test_every_setting_has_exactly_one_row_and_every_row_a_setting():
    paths = [f.path for f in FIELDS]
    assert len(paths) == len(set(paths))
    assert sorted(paths) == sorted(_leaf_paths(sm.Settings()))


def test_every_row_says_what_it_is():
    for f in FIELDS:
        assert f.label and f.help, f.path
        assert not (f.limits or f.choices) or f.error, f"{f.path}: limits or choices without a refusal sentence"
        assert (f.widget in ("choice", "ticks")) == bool(f.choices), f.path


def test_the_defaults_pass_every_row():
    s = sm.Settings().with_token()
    assert sm.problems(s, typed=True) == []
    assert sm.validate(s) == s


@pytest.mark.parametrize("row", [f for f in FIELDS if f.limits], ids=lambda f: f.path)
def test_a_value_beyond_a_limit_is_refused_with_the_settings_path(row):
    lo, hi = row.limits
    for bad in ([lo - 1] if lo is not None else []) + ([hi + 1] if hi is not None else []) + [float("nan")]:
        s = with_values(sm.Settings(), {row.path: bad})
        with pytest.raises(sm.SettingsError) as caught:
            sm.validate(s)
        exc = caught.value
        assert exc.key == row.path and str(exc) == f"{row.prefix}: {exc.sentence}"
        assert str(exc).startswith(row.path.split(".")[0])  # what the settings fuzz test relies on


@pytest.mark.parametrize("row", [f for f in FIELDS if f.choices], ids=lambda f: f.path)
def test_a_value_outside_the_choices_is_refused_with_the_settings_path(row):
    bad = ("nonsense",) if isinstance(value_at(sm.Settings(), row.path), tuple) else "nonsense"
    with pytest.raises(sm.SettingsError) as caught:
        sm.validate(with_values(sm.Settings(), {row.path: bad}))
    assert caught.value.key == row.path and str(caught.value).startswith(row.path)


def test_file_errors_carry_the_key_of_the_setting_at_fault():
    cases = {
        "alerts.volume": {"alerts": {"volume": "loud"}},
        "overlay_port": {"overlay_port": 80},
        "rates.currency": {"rates": {"currency": "dollars"}},
        "thresholds": {"thresholds": [{"name": "a", "amount": -1}]},
    }
    for key, raw in cases.items():
        with pytest.raises(sm.SettingsError) as caught:
            sm.from_dict(raw)
        assert caught.value.key == key, (key, str(caught.value))


def test_typed_rules_apply_to_typed_values_only():
    """A folder with no format ticked is refused in the dialog, but a file holding it still loads."""
    s = with_values(sm.Settings(), {"auto_export_dir": "exports", "auto_export_formats": ()})
    assert sm.validate(s) == s
    with pytest.raises(sm.SettingsError) as caught:
        sm.validate(s, typed=True)
    assert caught.value.key == "auto_export_formats"


def test_parsers_explain_what_was_typed():
    assert BY_PATH["alerts.volume"].parse(" 70 ") == 70
    assert BY_PATH["alerts.tts_blocked_words"].parse("a, b,,c ") == ("a", "b", "c")
    assert BY_PATH["rates.currency"].parse("eur") == "EUR"
    for path, typed, sentence in (("alerts.volume", "loud", "not a whole number"),
                                  ("rates.diamonds_per_coin", "2", "at most 1"),
                                  ("rates.usd_to_currency", "x", "is not a number")):
        with pytest.raises(ValueError, match=sentence):
            BY_PATH[path].parse(typed)


def test_settings_and_their_registry_import_no_qt():
    code = "import sys, streamer_app.settings; print(any(n.startswith('PySide6') for n in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.stdout.strip() == "False", out.stderr
