"""The registries of actions: what a rule can react to and what it can do (one row each).

``EVENT_KINDS`` lists ``when.event`` values with the filters each accepts; ``ACTION_TYPES``
lists ``do[].type`` values with their fields. The validator (``rules.validate_rule``), the
window's editor, docs/ACTIONS.md and the tests all loop over these rows, so a new kind is
a row here plus its executor in ``executors.EXECUTORS`` (docs/ARCHITECTURE.md).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class FieldSpec:
    """One field of a filter or an action.

    ``kind``: ``text`` (non-empty string), ``template`` (text with ``{placeholders}`` from
    ``TEMPLATE_KEYS``), ``url`` (http or https), ``media`` (a file name inside the data
    folder's ``media/``), ``int``, ``number``, ``bool``, ``choice`` (one of ``choices``),
    ``object`` (a JSON object). ``low``/``high`` bound numbers (inclusive).
    """

    name: str
    kind: str
    label: str
    required: bool = False
    default: Any = None
    choices: tuple[str, ...] = ()
    low: float | None = None
    high: float | None = None
    help: str = ""


@dataclass(frozen=True)
class EventKind:
    """A ``when.event`` value: the update it comes from and the filters it accepts."""

    key: str
    label: str
    filters: tuple[FieldSpec, ...] = ()
    help: str = ""


@dataclass(frozen=True)
class ActionType:
    """A ``do[].type`` value and its fields (its executor: ``executors.EXECUTORS[key]``)."""

    key: str
    label: str
    fields: tuple[FieldSpec, ...] = field(default_factory=tuple)
    help: str = ""


# What a template may name: "Thanks {user} for {gift}!" (unknown names are refused when saving).
TEMPLATE_KEYS: tuple[str, ...] = (
    "user", "handle", "gift", "units", "coins", "total", "recipient", "platform", "threshold",
    "event", "rule", "months",
)

_PLATFORM = FieldSpec("platform", "choice", QT_TRANSLATE_NOOP("Actions", "Platform"),
                      choices=("tiktok", "twitch", "youtube"),
                      help=QT_TRANSLATE_NOOP("Actions", "Only events from this platform (any when left out)"))
_GIFT_FILTERS = (
    FieldSpec("min_coins", "int", QT_TRANSLATE_NOOP("Actions", "At least (coins)"), low=0, high=10_000_000,
              help=QT_TRANSLATE_NOOP("Actions", "The counted gift's coins: units x price, as in its ledger row")),
    FieldSpec("gift_id", "int", QT_TRANSLATE_NOOP("Actions", "Gift id"), low=0, high=2**63 - 1,
              help=QT_TRANSLATE_NOOP("Actions", "Only this gift (any when left out)")),
    _PLATFORM,
    FieldSpec("recipient", "choice", QT_TRANSLATE_NOOP("Actions", "Recipient"), default="any", choices=("any", "host"),
              help=QT_TRANSLATE_NOOP("Actions", "host: only gifts to you, not to guests on screen")),
)

EVENT_KINDS: tuple[EventKind, ...] = (
    EventKind("gift", QT_TRANSLATE_NOOP("Actions", "A gift"), _GIFT_FILTERS,
              QT_TRANSLATE_NOOP("Actions", "Once per counted gift (a ledger row): a streak fires once, at its end")),
    EventKind("follow", QT_TRANSLATE_NOOP("Actions", "A follow"), (_PLATFORM,)),
    EventKind("share", QT_TRANSLATE_NOOP("Actions", "A share"), (_PLATFORM,)),
    EventKind("subscribe", QT_TRANSLATE_NOOP("Actions", "A subscription"), (_PLATFORM,)),
    EventKind("like_total", QT_TRANSLATE_NOOP("Actions", "Every N likes"), (
        FieldSpec("every", "int", QT_TRANSLATE_NOOP("Actions", "Every (likes)"), required=True,
                  low=1, high=1_000_000_000,
                  help=QT_TRANSLATE_NOOP("Actions", "Fires each time the room's like total passes a multiple of this")),
        _PLATFORM,
    )),
    EventKind("first_gift", QT_TRANSLATE_NOOP("Actions", "A viewer's first gift"), _GIFT_FILTERS,
              QT_TRANSLATE_NOOP("Actions", "A viewer's first gift to you")),
    EventKind("threshold_reached", QT_TRANSLATE_NOOP("Actions", "A payout threshold reached"), (
        FieldSpec("threshold", "text", QT_TRANSLATE_NOOP("Actions", "Threshold name"),
                  help=QT_TRANSLATE_NOOP("Actions", "Only this threshold (any when left out)")),
    ), QT_TRANSLATE_NOOP("Actions", "Once per threshold per session")),
    EventKind("timer_end", QT_TRANSLATE_NOOP("Actions", "The subathon timer ended"), ()),
)

ACTION_TYPES: tuple[ActionType, ...] = (
    ActionType("sound", QT_TRANSLATE_NOOP("Actions", "Play a sound"), (
        FieldSpec("file", "media", QT_TRANSLATE_NOOP("Actions", "Sound file"), required=True,
                  help=QT_TRANSLATE_NOOP("Actions", "A file in the data folder's media/ folder")),
        FieldSpec("volume", "number", QT_TRANSLATE_NOOP("Actions", "Volume"), default=1.0, low=0, high=1),
    ), QT_TRANSLATE_NOOP("Actions", "Played by the media overlay page (and the window): once per counted gift, never per tap")),
    ActionType("tts", QT_TRANSLATE_NOOP("Actions", "Speak a text"), (
        FieldSpec("text", "template", QT_TRANSLATE_NOOP("Actions", "Text"), required=True,
                  help=QT_TRANSLATE_NOOP("Actions", 'e.g. "Thanks {user} for {gift}!"')),
        FieldSpec("voice", "text", QT_TRANSLATE_NOOP("Actions", "Voice"),
                  help=QT_TRANSLATE_NOOP("Actions", "A voice name the system knows (the default when left out)")),
    )),
    ActionType("overlay_media", QT_TRANSLATE_NOOP("Actions", "Show an image, GIF or video"), (
        FieldSpec("file", "media", QT_TRANSLATE_NOOP("Actions", "Media file"), required=True,
                  help=QT_TRANSLATE_NOOP("Actions", "A file in the data folder's media/ folder")),
        FieldSpec("seconds", "number", QT_TRANSLATE_NOOP("Actions", "Shown for (s)"), default=5.0, low=0.5, high=600),
        FieldSpec("volume", "number", QT_TRANSLATE_NOOP("Actions", "Volume"), default=1.0, low=0, high=1),
    )),
    ActionType("obs", QT_TRANSLATE_NOOP("Actions", "An OBS request"), (
        FieldSpec("request", "text", QT_TRANSLATE_NOOP("Actions", "Request"), required=True,
                  help=QT_TRANSLATE_NOOP("Actions", "An obs-websocket 5 request type, e.g. SetCurrentProgramScene")),
        FieldSpec("data", "object", QT_TRANSLATE_NOOP("Actions", "Request data"), default={},
                  help=QT_TRANSLATE_NOOP("Actions", 'e.g. {"sceneName": "Lion"}')),
    )),
    ActionType("webhook", QT_TRANSLATE_NOOP("Actions", "Call a webhook"), (
        FieldSpec("url", "url", QT_TRANSLATE_NOOP("Actions", "URL"), required=True),
        FieldSpec("format", "choice", QT_TRANSLATE_NOOP("Actions", "Format"), default="json",
                  choices=("json", "discord"),
                  help=QT_TRANSLATE_NOOP("Actions", 'json: {"rule": name, "event": {...}}; discord: {"content": text}')),
        FieldSpec("text", "template", QT_TRANSLATE_NOOP("Actions", "Discord text"),
                  default="{user} sent {gift} x{units} ({coins} coins)"),
        FieldSpec("timeout", "number", QT_TRANSLATE_NOOP("Actions", "Timeout (s)"), default=10.0, low=0.5, high=60),
    )),
    ActionType("timer_add", QT_TRANSLATE_NOOP("Actions", "Add time to the timer"), (
        FieldSpec("seconds", "number", QT_TRANSLATE_NOOP("Actions", "Seconds"), required=True,
                  low=-86_400, high=86_400),
    )),
    ActionType("alert", QT_TRANSLATE_NOOP("Actions", "Show a custom alert"), (
        FieldSpec("text", "template", QT_TRANSLATE_NOOP("Actions", "Text"), required=True),
        FieldSpec("seconds", "number", QT_TRANSLATE_NOOP("Actions", "Shown for (s)"), default=5.0, low=0.5, high=60),
    )),
)

EVENTS_BY_KEY: dict[str, EventKind] = {k.key: k for k in EVENT_KINDS}
ACTIONS_BY_KEY: dict[str, ActionType] = {a.key: a for a in ACTION_TYPES}

# Other names a hand-written file may use for a field (obs-websocket's own requestType and
# requestData, a Discord switch, "template" or "path"): read as the field they name, and
# written back under that name when the editor saves.
ALIASES: dict[str, dict[str, str]] = {
    "obs": {"requestType": "request", "requestData": "data"},
    "webhook": {"discord": "format"},
    "tts": {"template": "text"},
    "alert": {"template": "text", "message": "text"},
    "sound": {"path": "file"},
    "overlay_media": {"path": "file"},
}
