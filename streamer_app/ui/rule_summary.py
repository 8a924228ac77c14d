"""One line that says what a rule does, for the actions editor's list: "Lion → sound roar.mp3 · OBS scene Lion"."""

from __future__ import annotations

from typing import Any

from ..actions.types import ACTIONS_BY_KEY, EVENTS_BY_KEY
from ..core import formatting as fmt
from .obs_form import choice_for

Catalog = list[tuple[int, str, int]]


def describe_when(when: Any, catalog: Catalog) -> str:
    if not isinstance(when, dict) or when.get("event") not in EVENTS_BY_KEY:
        return "(no event)"
    event = when["event"]
    if event == "like_total":
        every = when.get("every")
        return f"Every {fmt.count(every)} likes" if isinstance(every, int) else "Every N likes"
    words = {"gift": "a gift", "first_gift": "a first gift"}.get(event, EVENTS_BY_KEY[event].label.lower())
    gid = when.get("gift_id")
    if gid is not None:
        name = next((n for g, n, _c in catalog if g == gid), f"gift {gid}")
        words = f"{'first ' if event == 'first_gift' else ''}{name}"
    if isinstance(when.get("min_coins"), int):
        words += f" of {fmt.count(when['min_coins'])}+ coins"
    if when.get("recipient") == "host":
        words += " to you"
    if when.get("platform"):
        words += f" on {str(when['platform']).capitalize()}"
    if when.get("threshold"):
        words += f" ({when['threshold']})"
    return words[0].upper() + words[1:]


def describe_action(action: Any) -> str:
    if not isinstance(action, dict) or action.get("type") not in ACTIONS_BY_KEY:
        return "?"
    t = action["type"]
    if t == "sound":
        return f"sound {action.get('file') or '?'}"
    if t == "overlay_media":
        return f"show {action.get('file') or '?'}"
    if t in ("tts", "alert"):
        text = str(action.get("text") or "")
        return f"{'say' if t == 'tts' else 'alert'} “{text[:28]}{'…' if len(text) > 28 else ''}”"
    if t == "obs":
        choice, names = choice_for(str(action.get("request", "")), action.get("data"))
        return {"scene": f"OBS scene {names.get('scene', '')}", "show": f"OBS show {names.get('source', '')}",
                "hide": f"OBS hide {names.get('source', '')}", "restart": f"OBS restart {names.get('source', '')}",
                "text": f"OBS text {names.get('source', '')}"}.get(choice, f"OBS {action.get('request') or '?'}")
    if t == "webhook":
        return "Discord" if action.get("format") == "discord" else "webhook"
    if t == "timer_add":
        s = action.get("seconds")
        return f"timer +{s:g} s" if isinstance(s, (int, float)) and s >= 0 else f"timer {s} s"
    return ACTIONS_BY_KEY[t].label.lower()


def summary(rule: dict, catalog: Catalog) -> str:
    do = rule.get("do") or []
    what = " · ".join(describe_action(a) for a in do) if do else "(nothing yet)"
    return f"{describe_when(rule.get('when'), catalog)} → {what}"
