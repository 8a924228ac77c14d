"""One line that says what a rule does, for the actions editor's list: "Lion → sound roar.mp3 · OBS scene Lion";
and the editor's other words about rules ("rule 3 'Lion'", "3 rules").

Each piece is a phrase of its own in the catalogs, with what it wraps as a placeholder
("{what} of {coins}+ coins"), so every language orders the words its own way.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ..actions.types import ACTIONS_BY_KEY, EVENTS_BY_KEY
from .obs_form import choice_for
from .translation import shown as translated
from .widgets import num

Catalog = list[tuple[int, str, int]]


def _subject(event: str, when: dict, catalog: Catalog) -> str:
    """What arrives: a gift (by name when the rule names one), or the event itself."""
    gid = when.get("gift_id")
    if gid is not None:
        name = next((n for g, n, _c in catalog if g == gid), None)
        name = name or QCoreApplication.translate("ActionsEditor", "gift {id}").format(id=gid)
        if event == "first_gift":
            return QCoreApplication.translate("ActionsEditor", "First {gift}").format(gift=name)
        return name
    if event == "gift":
        return QCoreApplication.translate("ActionsEditor", "A gift")
    if event == "first_gift":
        return QCoreApplication.translate("ActionsEditor", "A first gift")
    return translated("Actions", EVENTS_BY_KEY[event].label)


def describe_when(when: Any, catalog: Catalog) -> str:
    if not isinstance(when, dict) or when.get("event") not in EVENTS_BY_KEY:
        return QCoreApplication.translate("ActionsEditor", "(no event)")
    event = when["event"]
    if event == "like_total":
        every = when.get("every")
        if not isinstance(every, int):
            return translated("Actions", EVENTS_BY_KEY[event].label)
        return QCoreApplication.translate("ActionsEditor", "Every {count} likes").format(count=num(every))
    words = _subject(event, when, catalog)
    if isinstance(when.get("min_coins"), int):
        words = QCoreApplication.translate("ActionsEditor", "{what} of {coins}+ coins").format(
            what=words, coins=num(when["min_coins"]))
    if when.get("recipient") == "host":
        words = QCoreApplication.translate("ActionsEditor", "{what} to you").format(what=words)
    if when.get("platform"):
        words = QCoreApplication.translate("ActionsEditor", "{what} on {platform}").format(
            what=words, platform=str(when["platform"]).capitalize())
    if when.get("threshold"):
        words = QCoreApplication.translate("ActionsEditor", "{what} ({threshold})").format(
            what=words, threshold=when["threshold"])
    return words[0].upper() + words[1:]


def _obs(action: dict) -> str:
    choice, names = choice_for(str(action.get("request", "")), action.get("data"))
    scene, source = names.get("scene", ""), names.get("source", "")
    if choice == "scene":
        return QCoreApplication.translate("ActionsEditor", "OBS scene {name}").format(name=scene)
    if choice == "show":
        return QCoreApplication.translate("ActionsEditor", "OBS show {name}").format(name=source)
    if choice == "hide":
        return QCoreApplication.translate("ActionsEditor", "OBS hide {name}").format(name=source)
    if choice == "restart":
        return QCoreApplication.translate("ActionsEditor", "OBS restart {name}").format(name=source)
    if choice == "text":
        return QCoreApplication.translate("ActionsEditor", "OBS text {name}").format(name=source)
    return f"OBS {action.get('request') or '?'}"


def describe_action(action: Any) -> str:
    if not isinstance(action, dict) or action.get("type") not in ACTIONS_BY_KEY:
        return "?"
    t = action["type"]
    if t == "sound":
        return QCoreApplication.translate("ActionsEditor", "sound {file}").format(file=action.get("file") or "?")
    if t == "overlay_media":
        return QCoreApplication.translate("ActionsEditor", "show {file}").format(file=action.get("file") or "?")
    if t in ("tts", "alert"):
        text = str(action.get("text") or "")
        text = text[:28] + ("…" if len(text) > 28 else "")
        if t == "tts":
            return QCoreApplication.translate("ActionsEditor", "say “{text}”").format(text=text)
        return QCoreApplication.translate("ActionsEditor", "alert “{text}”").format(text=text)
    if t == "obs":
        return _obs(action)
    if t == "webhook":
        return "Discord" if action.get("format") == "discord" else QCoreApplication.translate("ActionsEditor", "webhook")
    if t == "timer_add":
        s = action.get("seconds")
        shown = f"+{s:g}" if isinstance(s, (int, float)) and s >= 0 else f"{s}"
        return QCoreApplication.translate("ActionsEditor", "timer {seconds} s").format(seconds=shown)
    return translated("Actions", ACTIONS_BY_KEY[t].label)


def summary(rule: dict, catalog: Catalog) -> str:
    do = rule.get("do") or []
    what = " · ".join(describe_action(a) for a in do) if do else \
        QCoreApplication.translate("ActionsEditor", "(nothing yet)")
    return f"{describe_when(rule.get('when'), catalog)} → {what}"


def rule_count(n: int) -> str:
    """"1 rule", "3 rules" (the catalogs keep no plural forms: one and many are two texts)."""
    if n == 1:
        return QCoreApplication.translate("ActionsEditor", "1 rule")
    return QCoreApplication.translate("ActionsEditor", "{count} rules").format(count=num(n))


def empty_text() -> str:
    return QCoreApplication.translate("ActionsEditor", "No rules yet. Click Add to make one: for example, when a Lion "
                                                       "arrives, play roar.mp3 and switch OBS to the Lion scene.")


def rule_name(index: int, rule: Any) -> str:
    """``rule 3 'Lion'`` in the window's language (``index`` counts from 0; people count from 1)."""
    name = rule.get("name") if isinstance(rule, dict) else None
    if isinstance(name, str) and name:
        return QCoreApplication.translate("ActionsEditor", "rule {number} '{name}'").format(number=index + 1, name=name)
    return QCoreApplication.translate("ActionsEditor", "rule {number}").format(number=index + 1)
