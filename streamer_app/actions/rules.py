"""actions.json: the creator's rules, "when this event (with these filters), do these things".

The API the window's editor and the runner share (Qt-free, cheap to import):

- ``Rule`` / ``Action``: one validated rule and one of its actions (frozen dataclasses;
  ``Rule.to_dict()`` gives back the JSON object, ``parse_rule(dict)`` builds one).
- ``load_rules(path) -> (rules, problems)``: a missing file is no rules and no problem; a
  file that is not JSON, or not ``{"rules": [...]}``, is refused whole with its line,
  column and reason; a rule that breaks a field is left out with one sentence per field
  (``rule 3 'Lion': do[0].url must be http(s)``) and the other rules still run. Nothing
  raises: the app runs with what is valid and shows the problems.
- ``validate_rule(dict) -> list[FieldProblem]``: the problems of one rule, each with the
  field's ``path`` (``name``, ``enabled``, ``cooldown``, ``when.event``, ``when.min_coins``,
  ``do``, ``do[0].type``, ``do[0].url``; ``do[i]`` counts from 0 as in the JSON list) and
  a ``message`` that reads after it ("must be http(s)"). ``validate_field(...)`` checks
  one field alone (for an editor's live check).
- ``save_rules(path, rules)``: validates, then writes atomically (a crash leaves the old file).
- ``sample_event(kind)``: a realistic event of that kind for the editor's "test" button.
- ``fire_rule(rule, event)``: run a rule's actions now (no filters, no cooldown) on the
  running actions runner; returns a sentence saying what happened.
- ``render(template, event, rule_name)``: a template such as "Thanks {user} for {gift}!".

Events handed to actions are plain JSON dicts: ``{"event": kind, "platform": ..., "ts": ...}``
plus the update's fields (``user``, ``gift``, ``units``, ``coins``, ``to``, ``first_gift``
for gifts; ``total`` for like_total; ``threshold`` for threshold_reached). docs/ACTIONS.md
lists them; the webhook posts them as ``{"rule": name, "event": {...}}``.
"""

from __future__ import annotations

import json
import math
import os
import string
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from ..i18n import QT_TRANSLATE_NOOP, translate
from .problems import FieldProblem, Why
from .types import ACTIONS_BY_KEY, ALIASES, EVENT_KINDS, EVENTS_BY_KEY, TEMPLATE_KEYS, FieldSpec

ACTIONS_FILENAME = "actions.json"
MEDIA_DIRNAME = "media"
RULE_KEYS = ("name", "enabled", "cooldown", "when", "do")


@dataclass(frozen=True)
class Action:
    """One thing a rule does: ``type`` (a key of ``types.ACTION_TYPES``) and its fields as written."""

    type: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def value(self, name: str) -> Any:
        """A field's value, or its default from the action type's row."""
        if name in self.params:
            return self.params[name]
        for spec in ACTIONS_BY_KEY[self.type].fields:
            if spec.name == name:
                return spec.default
        raise KeyError(f"{self.type} has no field {name!r}")

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.type, **self.params}


@dataclass(frozen=True)
class Rule:
    """A validated rule. ``filters`` are ``when``'s fields but ``event``; ``cooldown`` in seconds."""

    name: str
    event: str
    filters: Mapping[str, Any] = field(default_factory=dict)
    actions: tuple[Action, ...] = ()
    enabled: bool = True
    cooldown: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"name": self.name, "enabled": self.enabled}
        if self.cooldown:
            d["cooldown"] = self.cooldown
        d["when"] = {"event": self.event, **self.filters}
        d["do"] = [a.to_dict() for a in self.actions]
        return d


class RulesError(ValueError):
    """Rules that cannot be saved; ``problems`` are the sentences."""

    def __init__(self, problems: Sequence[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = list(problems)


# -- one field ---------------------------------------------------------------------------------
def _is_number(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def _range_problem(spec: FieldSpec, v: float) -> Why | None:
    if spec.low is not None and v < spec.low:
        return Why(QT_TRANSLATE_NOOP("Actions", "{field} must be at least {low}"), low=f"{spec.low:g}")
    if spec.high is not None and v > spec.high:
        return Why(QT_TRANSLATE_NOOP("Actions", "{field} must be at most {high}"), high=f"{spec.high:g}")
    return None


def template_problem(text: str) -> Why | None:
    """Why a template cannot be rendered (an unknown ``{name}``, a stray brace), or None."""
    unclosed = Why(QT_TRANSLATE_NOOP("Actions", "{field} has a brace that is not closed: write {example} for a value, "
                                                "{braces} for a brace itself"), example="{user}", braces="{{ or }}")
    try:
        names = [f for _, f, _, _ in string.Formatter().parse(text) if f is not None]
    except ValueError:
        return unclosed
    for n in names:
        if n not in TEMPLATE_KEYS:
            return Why(QT_TRANSLATE_NOOP("Actions", "{field} names {name}, which is not known: use {known}"),
                       name="{" + n + "}", known=", ".join("{" + k + "}" for k in TEMPLATE_KEYS))
    try:  # a format spec that no value fits ("{coins:q}") shows only when filled in
        text.format_map(template_values(sample_event("gift")))
    except (ValueError, KeyError, IndexError, AttributeError, TypeError):
        if text.count("{") != text.count("}"):
            return unclosed
        return Why(QT_TRANSLATE_NOOP("Actions", "{field} cannot be filled in: keep to {plain} or {commas}"),
                   plain="{name}", commas="{name:,}")
    return None


def media_problem(name: str) -> Why | None:
    """Why ``name`` cannot be a file of the data folder's media/ folder (traversal, absolute), or None."""
    if "\\" in name or name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        return Why(QT_TRANSLATE_NOOP("Actions", "{field} must be a file name inside the media/ folder (like roar.mp3), "
                                                "not a path"))
    parts = PurePosixPath(name).parts
    if not parts or any(p in ("..", ".") for p in parts):
        return Why(QT_TRANSLATE_NOOP("Actions", "{field} must be a file name inside the media/ folder (like roar.mp3), "
                                                "without .."))
    return None


def validate_field(spec: FieldSpec, value: Any) -> Why | None:
    """The message for ``value`` in the field ``spec`` (reads after its path), or None when it is fine."""
    k = spec.kind
    if k in ("text", "template", "url", "media", "choice"):
        if not isinstance(value, str) or not value.strip():
            return _not_empty()
        if k == "template":
            return template_problem(value)
        if k == "url":
            low = value.strip().lower()
            if not (low.startswith("http://") or low.startswith("https://")) or len(low.split("//", 1)[1]) < 1:
                return Why(QT_TRANSLATE_NOOP("Actions", "{field} must be http(s)"))
            return None
        if k == "media":
            return media_problem(value)
        if k == "choice" and value not in spec.choices:
            return Why(QT_TRANSLATE_NOOP("Actions", "{field} must be one of {known}"), known=", ".join(spec.choices))
        return None
    if k == "int":
        if not isinstance(value, int) or isinstance(value, bool):
            return Why(QT_TRANSLATE_NOOP("Actions", "{field} must be a whole number"))
        return _range_problem(spec, value)
    if k == "number":
        if not _is_number(value):
            return Why(QT_TRANSLATE_NOOP("Actions", "{field} must be a number"))
        return _range_problem(spec, float(value))
    if k == "bool":
        return None if isinstance(value, bool) else _true_or_false()
    if k == "object":
        return None if isinstance(value, dict) else Why(
            QT_TRANSLATE_NOOP("Actions", "{field} must be a JSON object, like {example}"), example='{"sceneName": "Lion"}')
    return Why("{field} has an unknown kind {kind}", kind=repr(k))  # a registry row's mistake, caught by its test


def _a(noun: str) -> str:
    return ("an " if noun[0] in "aeiou" else "a ") + noun


def _not_empty() -> Why:
    return Why(QT_TRANSLATE_NOOP("Actions", "{field} must be a non-empty text"))


def _true_or_false() -> Why:
    return Why(QT_TRANSLATE_NOOP("Actions", "{field} must be true or false"))


def _missing() -> Why:
    return Why(QT_TRANSLATE_NOOP("Actions", "{field} is missing"))


def _not_a_field(what: str, known: str, action: bool) -> Why:
    """An unknown key: the English names the event or action (``is not a field of a gift event``)."""
    english = f"is not a field of {what} (its fields: {known})"
    if action:
        return Why(QT_TRANSLATE_NOOP("Actions", "{field} is not a field of this action (its fields: {known})"),
                   english, known=known)
    return Why(QT_TRANSLATE_NOOP("Actions", "{field} is not a field of this event (its fields: {known})"),
               english, known=known)


def _fields_problems(prefix: str, specs: Sequence[FieldSpec], given: Mapping[str, Any],
                     skip: tuple[str, ...], what: str) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    by_name = {s.name: s for s in specs}
    for key, value in given.items():
        if key in skip:
            continue
        spec = by_name.get(key)
        if spec is None:
            known = ", ".join(by_name) or "none"
            problems.append(FieldProblem(f"{prefix}.{key}", _not_a_field(what, known, prefix != "when")))
            continue
        msg = validate_field(spec, value)
        if msg:
            problems.append(FieldProblem(f"{prefix}.{key}", msg))
    for spec in specs:
        if spec.required and spec.name not in given:
            problems.append(FieldProblem(f"{prefix}.{spec.name}", _missing()))
    return problems


# -- one rule ----------------------------------------------------------------------------------
def _when_problems(when: Any) -> list[FieldProblem]:
    if not isinstance(when, dict):
        return [FieldProblem("when", Why(QT_TRANSLATE_NOOP("Actions", "{field} must be an object like {example}"),
                                         example='{"event": "gift"}'))]
    event = when.get("event")
    kind = EVENTS_BY_KEY.get(event) if isinstance(event, str) else None
    if kind is None:
        known = ", ".join(k.key for k in EVENT_KINDS)
        return [FieldProblem("when.event", _missing() if event is None else
                             Why(QT_TRANSLATE_NOOP("Actions", "{field} must be one of {known}"), known=known))]
    return _fields_problems("when", kind.filters, when, ("event",), _a(f"{event} event"))


def canonical_action(action: dict[str, Any]) -> dict[str, Any]:
    """``action`` with its fields under their own names (``types.ALIASES``), when those are free."""
    aliases = ALIASES.get(action.get("type"), {})  # type: ignore[arg-type]
    if not aliases or not any(k in action for k in aliases):
        return action
    out: dict[str, Any] = {}
    for k, v in action.items():
        name = aliases.get(k, k)
        if name != k and name in action:
            out[k] = v  # both written: the alias is then an unknown field, and refused by name
            continue
        if k == "discord" and isinstance(v, bool):  # "discord": true is the Discord format
            v = "discord" if v else "json"
        out[name] = v
    return out


def _do_problems(do: Any) -> list[FieldProblem]:
    if not isinstance(do, list) or not do:
        return [FieldProblem("do", Why(QT_TRANSLATE_NOOP("Actions", "{field} must be a list of at least one action, "
                                                                "like {example}"),
                                       example='[{"type": "sound", "file": "roar.mp3"}]'))]
    problems: list[FieldProblem] = []
    for i, action in enumerate(do):
        path = f"do[{i}]"
        if not isinstance(action, dict):
            problems.append(FieldProblem(path, Why(QT_TRANSLATE_NOOP("Actions", "{field} must be an object with a type"))))
            continue
        action = canonical_action(action)
        kind = action.get("type")
        row = ACTIONS_BY_KEY.get(kind) if isinstance(kind, str) else None
        if row is None:
            known = ", ".join(ACTIONS_BY_KEY)
            problems.append(FieldProblem(f"{path}.type", _missing() if kind is None else
                                         Why(QT_TRANSLATE_NOOP("Actions", "{field} must be one of {known}"), known=known)))
            continue
        problems += _fields_problems(path, row.fields, action, ("type",), _a(f"{kind} action"))
    return problems


def validate_rule(rule: Any) -> list[FieldProblem]:
    """Every problem of one rule as a JSON object (empty when it is valid)."""
    if not isinstance(rule, dict):
        return [FieldProblem("rule", Why(QT_TRANSLATE_NOOP("Actions", "{field} must be an object with name, when and do")))]
    problems: list[FieldProblem] = []
    name = rule.get("name")
    if not isinstance(name, str) or not name.strip():
        problems.append(FieldProblem("name", _not_empty()))
    if "enabled" in rule and not isinstance(rule["enabled"], bool):
        problems.append(FieldProblem("enabled", _true_or_false()))
    if "cooldown" in rule:
        msg = validate_field(FieldSpec("cooldown", "number", "Cooldown (s)", low=0, high=86_400), rule["cooldown"])
        if msg:
            problems.append(FieldProblem("cooldown", msg))
    for key in rule:
        if key not in RULE_KEYS:
            problems.append(FieldProblem(key, Why(QT_TRANSLATE_NOOP("Actions", "{field} is not a field of a rule (its "
                                                                            "fields: {known})"), known=", ".join(RULE_KEYS))))
    return problems + _when_problems(rule.get("when")) + _do_problems(rule.get("do"))


def parse_rule(rule: Any) -> tuple[Rule | None, list[FieldProblem]]:
    """A ``Rule`` from its JSON object, or None and the problems."""
    problems = validate_rule(rule)
    if problems:
        return None, problems
    when = rule["when"]
    return Rule(
        name=rule["name"].strip(), event=when["event"],
        filters={k: v for k, v in when.items() if k != "event"},
        actions=tuple(Action(a["type"], {k: v for k, v in canonical_action(a).items() if k != "type"})
                      for a in rule["do"]),
        enabled=rule.get("enabled", True), cooldown=float(rule.get("cooldown", 0)),
    ), []


def rule_label(index: int, rule: Any) -> str:
    """``rule 3 'Lion'`` (``index`` counts from 0; people count from 1)."""
    name = rule.get("name") if isinstance(rule, dict) else None
    return f"rule {index + 1} '{name}'" if isinstance(name, str) and name else f"rule {index + 1}"


# -- the file ----------------------------------------------------------------------------------
def parse_rules_text(text: str, filename: str = ACTIONS_FILENAME) -> tuple[list[Rule], list[str]]:
    """``load_rules`` on text already read."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        return [], [f"{filename} is not valid JSON: line {exc.lineno}, column {exc.colno}: {exc.msg}. "
                    "No actions run until it is fixed."]
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        return [], [f'{filename} line 1: must be an object {{"rules": [...]}}. No actions run until it is fixed.']
    rules: list[Rule] = []
    problems: list[str] = []
    names: set[str] = set()
    for i, raw in enumerate(data["rules"]):
        rule, found = parse_rule(raw)
        if rule is None:
            problems += [f"{rule_label(i, raw)}: {p} (this rule is off until it is fixed)" for p in found]
            continue
        if rule.name in names:
            problems.append(f"{rule_label(i, raw)}: name is used by an earlier rule (kept both; rename one)")
        names.add(rule.name)
        rules.append(rule)
    return rules, problems


def load_rules(path: Path) -> tuple[list[Rule], list[str]]:
    """The valid rules of ``path`` and one sentence per problem; never raises."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (FileNotFoundError, NotADirectoryError):  # no file (or no data folder yet): no rules
        return [], []
    except (OSError, UnicodeDecodeError) as exc:
        return [], [f"{path.name} could not be read: {exc}. No actions run until it is fixed."]
    return parse_rules_text(text, path.name)


def save_rules(path: Path, rules: Sequence[Rule | Mapping[str, Any]]) -> None:
    """Validate every rule, then write ``{"rules": [...]}`` atomically; raises ``RulesError``."""
    dicts = [r.to_dict() if isinstance(r, Rule) else dict(r) for r in rules]
    problems = [f"{rule_label(i, d)}: {p}" for i, d in enumerate(dicts) for p in validate_rule(d)]
    if problems:
        raise RulesError(problems)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump({"rules": dicts}, f, indent=2, ensure_ascii=False)
        f.write("\n")
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def actions_path(data_dir: Path) -> Path:
    return Path(data_dir) / ACTIONS_FILENAME


# -- events and templates ------------------------------------------------------------------------
_SAMPLE_USER = {"id": "7000000000000000001", "handle": "sample_viewer", "nickname": "Sample Viewer",
                "name": "Sample Viewer", "avatar": ""}
_SAMPLE_GIFT = {"id": 6064, "name": "Lion", "coins": 29999, "image": ""}


def sample_event(kind: str) -> dict[str, Any]:
    """A realistic event of ``kind`` (a ``when.event`` value) for the editor's "test" button."""
    if kind not in EVENTS_BY_KEY:
        raise LookupError(f"there is no event {kind!r}: choose one of {', '.join(EVENTS_BY_KEY)}")
    base: dict[str, Any] = {"event": kind, "platform": "tiktok", "ts": 0.0, "sample": True}
    if kind in ("gift", "first_gift"):
        return {**base, "user": dict(_SAMPLE_USER), "gift": dict(_SAMPLE_GIFT), "units": 1, "coins": 29999,
                "streak": False, "to": None, "first_gift": kind == "first_gift"}
    if kind in ("follow", "share"):
        return {**base, "user": dict(_SAMPLE_USER)}
    if kind == "subscribe":
        return {**base, "user": dict(_SAMPLE_USER), "months": 1}
    if kind == "like_total":
        return {**base, "total": 1000}
    if kind == "threshold_reached":
        return {**base, "threshold": {"name": "First cash-out", "amount": "1000", "unit": "coins"}}
    return base  # timer_end


class _Values(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return ""


def template_values(event: Mapping[str, Any], rule_name: str = "") -> dict[str, Any]:
    """What ``{user}``, ``{gift}``, ... stand for in ``event``."""
    user = event.get("user") or {}
    gift = event.get("gift") or {}
    to = event.get("to")
    threshold = event.get("threshold") or {}
    return _Values(
        user=user.get("name", ""), handle=user.get("handle", ""), gift=gift.get("name", ""),
        units=event.get("units", ""), coins=event.get("coins", ""),
        total=event.get("total", threshold.get("amount", "")),
        recipient=to.get("name", "") if isinstance(to, Mapping) else "you",
        platform=event.get("platform", ""), threshold=threshold.get("name", ""),
        event=event.get("event", ""), rule=rule_name, months=event.get("months", ""),
    )


def render(template: str, event: Mapping[str, Any], rule_name: str = "") -> str:
    """``template`` filled from ``event``; a template that cannot be filled is shown as written."""
    try:
        return template.format_map(template_values(event, rule_name))
    except (ValueError, KeyError, IndexError, AttributeError, TypeError):
        return template


def fire_rule(rule: Rule, event: Mapping[str, Any] | None = None) -> str:
    """Run ``rule``'s actions now with ``event`` (its sample when None), skipping filters and
    cooldowns, on the running actions runner. Returns what happened, as a sentence."""
    from .runner import active_runner  # the runner imports this module

    runner = active_runner()
    if runner is None:
        return translate("Actions", "Actions are not running (start a stream, the demo or a replay with actions first).")
    return runner.fire_rule(rule, dict(event) if event is not None else sample_event(rule.event))
