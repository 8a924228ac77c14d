"""actions.json: one clear message per field, broken files refused with line and reason, atomic saves."""

from __future__ import annotations

import json

import pytest

from streamer_app.actions.executors import EXECUTORS
from streamer_app.actions.rules import (
    FieldProblem, Rule, RulesError, fire_rule, load_rules, parse_rule, render, sample_event, save_rules,
    validate_rule,
)
from streamer_app.actions.types import ACTION_TYPES, EVENT_KINDS, TEMPLATE_KEYS


def rule(**over):
    base = {"name": "Lion", "enabled": True, "when": {"event": "gift", "gift_id": 6064},
            "do": [{"type": "sound", "file": "roar.mp3"}, {"type": "obs", "request": "SetCurrentProgramScene",
                                                          "data": {"sceneName": "Lion"}}]}
    base.update(over)
    return base


def action(**fields):
    return rule(do=[fields])


@pytest.mark.parametrize("given, path, message", [
    (rule(name=""), "name", "must be a non-empty text"),
    (rule(enabled="yes"), "enabled", "must be true or false"),
    (rule(cooldown=-1), "cooldown", "must be at least 0"),
    (rule(cooldown="soon"), "cooldown", "must be a number"),
    (rule(colour="red"), "colour", "is not a field of a rule (its fields: name, enabled, cooldown, when, do)"),
    (rule(when={"event": "raid"}), "when.event", "must be one of gift, follow, share, subscribe, like_total, "
                                                 "first_gift, threshold_reached, timer_end"),
    (rule(when={}), "when.event", "is missing"),
    (rule(when="gift"), "when", 'must be an object like {"event": "gift"}'),
    (rule(when={"event": "gift", "min_coin": 5}), "when.min_coin",
     "is not a field of a gift event (its fields: min_coins, gift_id, platform, recipient)"),
    (rule(when={"event": "gift", "min_coins": -5}), "when.min_coins", "must be at least 0"),
    (rule(when={"event": "gift", "min_coins": 2.5}), "when.min_coins", "must be a whole number"),
    (rule(when={"event": "gift", "recipient": "guest"}), "when.recipient", "must be one of any, host"),
    (rule(when={"event": "gift", "platform": "kick"}), "when.platform", "must be one of tiktok, twitch, youtube"),
    (rule(when={"event": "like_total"}), "when.every", "is missing"),
    (rule(when={"event": "like_total", "every": 0}), "when.every", "must be at least 1"),
    (rule(when={"event": "follow", "min_coins": 5}), "when.min_coins",
     "is not a field of a follow event (its fields: platform)"),
    (rule(do=[]), "do", 'must be a list of at least one action, like [{"type": "sound", "file": "roar.mp3"}]'),
    (rule(do=["roar"]), "do[0]", "must be an object with a type"),
    (action(type="explode"), "do[0].type", "must be one of sound, tts, overlay_media, obs, webhook, timer_add, alert"),
    (action(type="webhook", url="ftp://example.com/x"), "do[0].url", "must be http(s)"),
    (action(type="webhook", url="https://example.com/x", format="slack"), "do[0].format",
     "must be one of json, discord"),
    (action(type="sound"), "do[0].file", "is missing"),
    (action(type="sound", file="../settings.json"), "do[0].file",
     "must be a file name inside the media/ folder (like roar.mp3), without .."),
    (action(type="sound", file="/etc/passwd"), "do[0].file",
     "must be a file name inside the media/ folder (like roar.mp3), not a path"),
    (action(type="sound", file="C:\\x.mp3"), "do[0].file",
     "must be a file name inside the media/ folder (like roar.mp3), not a path"),
    (action(type="sound", file="roar.mp3", volume=2), "do[0].volume", "must be at most 1"),
    (action(type="timer_add", seconds="60"), "do[0].seconds", "must be a number"),
    (action(type="timer_add", seconds=float("nan")), "do[0].seconds", "must be a number"),
    (action(type="obs", request="SetCurrentProgramScene", data="Lion"), "do[0].data",
     'must be a JSON object, like {"sceneName": "Lion"}'),
    (action(type="tts", text="Thanks {usr}!"), "do[0].text",
     "names {usr}, which is not known: use " + ", ".join("{" + k + "}" for k in TEMPLATE_KEYS)),
    (action(type="tts", text="Thanks {user!"), "do[0].text",
     "has a brace that is not closed: write {user} for a value, {{ or }} for a brace itself"),
    (action(type="tts", text="{coins:q}"), "do[0].text", "cannot be filled in: keep to {name} or {name:,}"),
    (action(type="alert", text="hi", colour="red"), "do[0].colour",
     "is not a field of an alert action (its fields: text, seconds)"),
])
def test_each_field_has_its_own_message(given, path, message):
    assert FieldProblem(path, message) in validate_rule(given)
    assert parse_rule(given)[0] is None


def test_a_valid_rule_round_trips():
    r, problems = parse_rule(rule(cooldown=30))
    assert problems == [] and r is not None
    assert r.filters == {"gift_id": 6064} and r.cooldown == 30.0
    assert [a.type for a in r.actions] == ["sound", "obs"]
    assert r.actions[0].value("volume") == 1.0  # the default from the registry row
    assert parse_rule(r.to_dict())[0] == r


def test_a_broken_file_is_refused_with_its_line_and_column(tmp_path):
    path = tmp_path / "actions.json"
    path.write_text('{"rules": [\n  {"name": "Lion",\n   "when": {"event": "gift"}\n  }\n  {"name": "x"}\n]}')
    rules, problems = load_rules(path)
    assert rules == []
    assert problems == ["actions.json is not valid JSON: line 5, column 3: Expecting ',' delimiter. "
                        "No actions run until it is fixed."]
    path.write_text('[{"name": "Lion"}]')
    assert load_rules(path)[1] == ['actions.json line 1: must be an object {"rules": [...]}. '
                                   "No actions run until it is fixed."]
    path.write_bytes(b'{"rules": [\xff]}')
    assert "could not be read" in load_rules(path)[1][0]
    assert load_rules(tmp_path / "none.json") == ([], [])


def test_a_rule_with_a_bad_field_is_off_and_the_others_run(tmp_path):
    path = tmp_path / "actions.json"
    good = rule(name="Good")
    bad = action(type="webhook", url="ftp://x")
    bad["name"] = "Webhook"
    third = rule(name="Lion", do=[{"type": "webhook", "url": "mailto:me"}])
    path.write_text(json.dumps({"rules": [good, bad, third]}))
    rules, problems = load_rules(path)
    assert [r.name for r in rules] == ["Good"]
    assert problems == ["rule 2 'Webhook': do[0].url must be http(s) (this rule is off until it is fixed)",
                        "rule 3 'Lion': do[0].url must be http(s) (this rule is off until it is fixed)"]


def test_save_validates_then_writes_atomically(tmp_path):
    path = tmp_path / "actions.json"
    r = parse_rule(rule())[0]
    save_rules(path, [r])
    assert load_rules(path) == ([r], [])
    before = path.read_text()
    with pytest.raises(RulesError) as err:
        save_rules(path, [r, action(type="webhook", url="nope")])
    assert err.value.problems == ["rule 2 'Lion': do[0].url must be http(s)"]
    assert path.read_text() == before  # the refused save changed nothing
    assert not (tmp_path / "actions.json.tmp").exists()


def test_every_event_kind_has_a_sample_and_every_action_type_an_executor():
    assert set(EXECUTORS) == {a.key for a in ACTION_TYPES}
    for kind in EVENT_KINDS:
        event = sample_event(kind.key)
        assert event["event"] == kind.key and event["platform"] == "tiktok"
        json.dumps(event)  # what a webhook posts
    with pytest.raises(LookupError):
        sample_event("raid")


def test_templates_name_the_event():
    gift = sample_event("gift")
    assert render("Thanks {user} for {gift} x{units} ({coins} coins)!", gift, "Lion") == \
        "Thanks Sample Viewer for Lion x1 (29999 coins)!"
    assert render("{threshold} reached: {total}", sample_event("threshold_reached")) == "First cash-out reached: 1000"
    assert render("{total} likes!", sample_event("like_total")) == "1000 likes!"
    assert render("{coins:,} coins", gift) == "29,999 coins"
    assert render("{gift:>}}", gift) == "{gift:>}}"  # cannot be filled: shown as written, never raises


def test_fire_rule_without_a_runner_says_so():
    r = parse_rule(rule())[0]
    assert isinstance(r, Rule)
    assert fire_rule(r).startswith("Actions are not running")


def test_the_reference_lists_every_event_and_action_type():
    from tests.conftest import ROOT

    doc = (ROOT / "docs" / "ACTIONS.md").read_text(encoding="utf-8")
    for row in (*EVENT_KINDS, *ACTION_TYPES):
        assert f"`{row.key}`" in doc, row.key
    for key in TEMPLATE_KEYS:
        assert "{" + key + "}" in doc, key


def test_other_names_for_fields_are_read_as_theirs():
    r, problems = parse_rule(rule(do=[
        {"type": "obs", "requestType": "SetCurrentProgramScene", "requestData": {"sceneName": "Lion"}},
        {"type": "webhook", "url": "https://discord.com/api/webhooks/1/x", "discord": True},
        {"type": "tts", "template": "Thanks {user}!"}, {"type": "sound", "path": "roar.mp3"}]))
    assert problems == [] and r is not None
    assert [a.to_dict() for a in r.actions] == [
        {"type": "obs", "request": "SetCurrentProgramScene", "data": {"sceneName": "Lion"}},
        {"type": "webhook", "url": "https://discord.com/api/webhooks/1/x", "format": "discord"},
        {"type": "tts", "text": "Thanks {user}!"}, {"type": "sound", "file": "roar.mp3"}]
    both = validate_rule(rule(do=[{"type": "sound", "file": "a.mp3", "path": "b.mp3"}]))
    assert [p.path for p in both] == ["do[0].path"]
