"""The registries of actions: what a rule can react to and what it can do (one row each).

``EVENT_KINDS`` lists ``when.event`` values with the filters each accepts; ``ACTION_TYPES``
lists ``do[].type`` values with their fields. The validator (``rules.validate_rule``), the
window's editor, docs/ACTIONS.md and the tests all loop over these rows, so a new kind is
a row here plus its executor in ``executors.EXECUTORS`` (docs/ARCHITECTURE.md).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


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

_PLATFORM = FieldSpec("platform", "choice", "Platform", choices=("tiktok", "twitch", "youtube"),
                      help="Only events from this platform (any when left out)")
_GIFT_FILTERS = (
    FieldSpec("min_coins", "int", "At least (coins)", low=0, high=10_000_000,
              help="The counted gift's coins: units x price, as in its ledger row"),
    FieldSpec("gift_id", "int", "Gift id", low=0, high=2**63 - 1, help="Only this gift (any when left out)"),
    _PLATFORM,
    FieldSpec("recipient", "choice", "Recipient", default="any", choices=("any", "host"),
              help="host: only gifts to you, not to guests on screen"),
)

EVENT_KINDS: tuple[EventKind, ...] = (
    EventKind("gift", "A gift", _GIFT_FILTERS, "Once per counted gift (a ledger row): a streak fires once, at its end"),
    EventKind("follow", "A follow", (_PLATFORM,)),
    EventKind("share", "A share", (_PLATFORM,)),
    EventKind("subscribe", "A subscription", (_PLATFORM,)),
    EventKind("like_total", "Every N likes", (
        FieldSpec("every", "int", "Every (likes)", required=True, low=1, high=1_000_000_000,
                  help="Fires each time the room's like total passes a multiple of this"),
        _PLATFORM,
    )),
    EventKind("first_gift", "A viewer's first gift", _GIFT_FILTERS, "A viewer's first gift to you"),
    EventKind("threshold_reached", "A payout threshold reached", (
        FieldSpec("threshold", "text", "Threshold name", help="Only this threshold (any when left out)"),
    ), "Once per threshold per session"),
    EventKind("timer_end", "The subathon timer ended", ()),
)

ACTION_TYPES: tuple[ActionType, ...] = (
    ActionType("sound", "Play a sound", (
        FieldSpec("file", "media", "Sound file", required=True, help="A file in the data folder's media/ folder"),
        FieldSpec("volume", "number", "Volume", default=1.0, low=0, high=1),
    ), "Played by the media overlay page (and the window): once per counted gift, never per tap"),
    ActionType("tts", "Speak a text", (
        FieldSpec("text", "template", "Text", required=True, help='e.g. "Thanks {user} for {gift}!"'),
        FieldSpec("voice", "text", "Voice", help="A voice name the system knows (the default when left out)"),
    )),
    ActionType("overlay_media", "Show an image, GIF or video", (
        FieldSpec("file", "media", "Media file", required=True, help="A file in the data folder's media/ folder"),
        FieldSpec("seconds", "number", "Shown for (s)", default=5.0, low=0.5, high=600),
        FieldSpec("volume", "number", "Volume", default=1.0, low=0, high=1),
    )),
    ActionType("obs", "An OBS request", (
        FieldSpec("request", "text", "Request", required=True,
                  help="An obs-websocket 5 request type, e.g. SetCurrentProgramScene"),
        FieldSpec("data", "object", "Request data", default={}, help='e.g. {"sceneName": "Lion"}'),
    )),
    ActionType("webhook", "Call a webhook", (
        FieldSpec("url", "url", "URL", required=True),
        FieldSpec("format", "choice", "Format", default="json", choices=("json", "discord"),
                  help='json: {"rule": name, "event": {...}}; discord: {"content": text}'),
        FieldSpec("text", "template", "Discord text", default="{user} sent {gift} x{units} ({coins} coins)"),
        FieldSpec("timeout", "number", "Timeout (s)", default=10.0, low=0.5, high=60),
    )),
    ActionType("timer_add", "Add time to the timer", (
        FieldSpec("seconds", "number", "Seconds", required=True, low=-86_400, high=86_400),
    )),
    ActionType("alert", "Show a custom alert", (
        FieldSpec("text", "template", "Text", required=True),
        FieldSpec("seconds", "number", "Shown for (s)", default=5.0, low=0.5, high=60),
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
