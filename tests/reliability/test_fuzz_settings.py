"""Fuzzing settings.from_dict: any JSON object gives valid Settings or a SettingsError naming the setting.

A settings file is edited by hand, synced between computers and sometimes damaged.
Whatever it holds, loading it must end in one of two ways: settings that pass
validation, or a SettingsError whose sentence starts with the setting at fault
(``overlay_port: ...``, ``alerts.volume: ...``), so the window or the command line
can show one clear line. Any other exception type is a crash and fails here.
"""

from __future__ import annotations

import json
from dataclasses import fields

from hypothesis import HealthCheck, example, given, settings, strategies as st

from streamer_app import settings as settings_mod
from streamer_app.settings import AlertSettings, Settings, SettingsError, from_dict, to_dict

from .conftest import tally, trials

FIELDS = [f.name for f in fields(Settings)]
ALERT_FIELDS = [f.name for f in fields(AlertSettings)]
# Groups of plain values, each an object in the file (issue 17: the subathon timer, the like goal).
PLAIN_GROUPS = {"timer": [f.name for f in fields(settings_mod.TimerSettings)],
                "likes": [f.name for f in fields(settings_mod.LikeGoalSettings)]}
RATE_FIELDS = list(settings_mod.RateProfile.__dataclass_fields__)

json_scalars = st.one_of(st.none(), st.booleans(), st.integers(-2**70, 2**70),
                         st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=40),
                         st.sampled_from(["", "0", "-1", "1e400", "NaN", "Infinity", "@ok_handle", "#00b140",
                                          "chroma", "1280x720", "json", "USD", "EUR", "coins", "money", "diamonds"]))
json_values = st.recursive(json_scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=10), inner, max_size=4)), max_leaves=8)


def _near_valid(names: list[str], values):
    """Objects whose keys are mostly real names, so the fuzzer reaches the per-setting checks."""
    return st.dictionaries(st.one_of(st.sampled_from(names), st.text(max_size=12)), values, max_size=len(names))


thresholds = st.lists(st.one_of(
    json_values,
    st.fixed_dictionaries({"name": json_scalars, "amount": json_scalars},
                          optional={"unit": json_scalars, "currency": json_scalars})), max_size=4)
settings_objects = st.one_of(
    st.dictionaries(st.text(max_size=12), json_values, max_size=6),
    _near_valid(FIELDS, json_values),
    st.fixed_dictionaries({}, optional={
        "rates": st.one_of(json_values, _near_valid(RATE_FIELDS, json_scalars)),
        "thresholds": st.one_of(json_values, thresholds),
        "alerts": st.one_of(json_values, _near_valid(ALERT_FIELDS, json_values)),
        **{name: st.one_of(json_values, _near_valid(names, json_scalars)) for name, names in PLAIN_GROUPS.items()},
        **{name: json_values for name in FIELDS if name not in ("rates", "thresholds", "alerts", *PLAIN_GROUPS)},
    }),
)
PREFIXES = tuple(FIELDS) + tuple(f"alerts.{a}" for a in ALERT_FIELDS) + tuple(
    f"{group}.{name}" for group, names in PLAIN_GROUPS.items() for name in names)


def _check(obj: dict) -> None:
    try:
        s = from_dict(obj)
    except SettingsError as exc:
        msg = str(exc)
        assert msg.startswith(PREFIXES), f"the message does not name the setting: {msg!r}"
        # The key routes it to the setting's field in the window; "rates"/"alerts" when the object itself is wrong.
        assert exc.key in settings_mod.BY_PATH or exc.key in ("rates", "alerts", *PLAIN_GROUPS), (exc.key, msg)
        assert "\n" not in msg and len(msg) < 400, msg
        tally("settings objects refused with a reason")
        return
    # Accepted: the result is valid and survives the round trip through the file format.
    assert isinstance(s, Settings)
    assert settings_mod.validate(s) == s
    assert from_dict(json.loads(json.dumps(to_dict(s)))) == s
    tally("settings objects accepted")


@settings(max_examples=trials(150, 20_000), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(settings_objects)
@example({"thresholds": [{"name": None, "amount": 1.0}]})  # found by the long run: tracebacks once
@example({"thresholds": [{"name": "0", "amount": 1, "currency": None}]})
@example({"thresholds": [{"name": "Goal", "amount": 5, "currency": "EUR"}]})  # not the display currency
def test_any_json_object_is_valid_settings_or_one_sentence_naming_the_setting(obj):
    # Only what json.loads can produce: the settings file is JSON.
    try:
        obj = json.loads(json.dumps(obj))
    except ValueError:
        return
    _check(obj)


@settings(max_examples=trials(100, 5_000), deadline=None)
@given(st.sampled_from(FIELDS), json_values)
def test_one_bad_value_over_good_settings(name, value):
    """A good file with one value replaced: refused naming that setting, or accepted."""
    good = to_dict(Settings().with_token())
    good[name] = value
    try:
        from_dict(json.loads(json.dumps(good)))
    except SettingsError as exc:
        assert str(exc).startswith(name), (name, value, str(exc))
        tally("settings objects refused with a reason")
    else:
        tally("settings objects accepted")


def test_a_damaged_settings_file_is_one_sentence(tmp_path):
    (tmp_path / settings_mod.SETTINGS_FILE).write_bytes(b'{"overlay_port": 80,')
    try:
        settings_mod.load(tmp_path)
    except SettingsError as exc:
        assert "is not valid JSON" in str(exc)
    else:
        raise AssertionError("a damaged settings file was accepted")
