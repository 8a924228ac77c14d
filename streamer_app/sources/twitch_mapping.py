"""Twitch EventSub messages -> normalized events, the same for a live connection and a replay.

Income follows DESIGN.md section 1 ("Other platforms"):

- ``channel.cheer``: ``bits`` Bits (a ``PaidEvent`` of kind ``bits``).
- ``channel.subscribe`` with ``is_gift`` false: one sub at its tier (kind ``sub``). With
  ``is_gift`` true it is one of the N recipients of a gift the ``channel.subscription.gift``
  message already counted for the gifter: it adds nothing.
- ``channel.subscription.gift``: ``total`` subs for the gifter (kind ``gift_subs``).
- ``channel.subscription.message``: an announced resubscription, one sub (kind ``resub``).

Every event is keyed by the EventSub envelope's ``metadata.message_id`` (Twitch resends a
message with the same id when unsure it arrived), so the engine counts it once. Message
shapes: https://dev.twitch.tv/docs/eventsub/eventsub-subscription-types/ and
https://dev.twitch.tv/docs/eventsub/eventsub-reference/ .
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import datetime
from typing import Any, Callable

from ..core import events as ev

PLATFORM = "twitch"
ANONYMOUS = ev.User(user_id="twitch:anonymous", handle="", nickname="Anonymous")

# Twitch stamps times with nanoseconds (RFC 3339); Python reads at most microseconds.
_FRACTION = re.compile(r"(\.\d{6})\d+")


def parse_time(text: Any) -> float | None:
    """An EventSub timestamp as POSIX seconds, or None when it is not one."""
    if not isinstance(text, str) or not text:
        return None
    try:
        return datetime.fromisoformat(_FRACTION.sub(r"\1", text).replace("Z", "+00:00")).timestamp()
    except ValueError:
        return None


def twitch_user(event: dict, prefix: str = "user") -> ev.User:
    """The viewer named by ``<prefix>_id/_login/_name``; Anonymous when Twitch hides them."""
    uid = event.get(f"{prefix}_id")
    if event.get("is_anonymous") or not uid:
        return ANONYMOUS
    return ev.User(user_id=f"twitch:{uid}", handle=str(event.get(f"{prefix}_login") or ""),
                   nickname=str(event.get(f"{prefix}_name") or ""))


class BadMessage(ValueError):
    """A message whose shape is not what Twitch documents: skipped and counted by kind."""


def _int(value: Any, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise BadMessage(what)
    try:
        n = int(value)
    except ValueError:
        raise BadMessage(what) from None
    if n < 0:
        raise BadMessage(what)
    return n


class TwitchMapper:
    """Turns one EventSub message (the JSON object as received) into normalized events.

    ``skipped`` counts, by kind, the notifications that could not be read. Session messages
    (welcome, keepalive, reconnect, revocation) map to nothing here: the connection
    handles them.
    """

    def __init__(self) -> None:
        self.skipped: Counter[str] = Counter()
        self.gifted_recipients = 0  # channel.subscribe is_gift events, counted in their gift
        self.last_ts = 0.0

    def map(self, message: Any, received: float) -> list[ev.Event]:
        if not isinstance(message, dict) or not isinstance(message.get("metadata"), dict):
            self.skipped["malformed message"] += 1
            return []
        meta = message["metadata"]
        if meta.get("message_type") != "notification":
            return []
        payload = message.get("payload")
        event = payload.get("event") if isinstance(payload, dict) else None
        sub_type = meta.get("subscription_type") or (payload or {}).get("subscription", {}).get("type")
        message_id = meta.get("message_id")
        if not isinstance(event, dict) or not isinstance(message_id, str) or not message_id:
            self.skipped["malformed notification"] += 1
            return []
        mapper = _MAPPERS.get(str(sub_type))
        if mapper is None:
            self.skipped[f"unexpected {sub_type}"] += 1
            return []
        ts = parse_time(meta.get("message_timestamp")) or received
        self.last_ts = max(self.last_ts, ts)
        try:
            return mapper(self, event, ts, message_id)
        except (BadMessage, AttributeError, TypeError):
            self.skipped[f"malformed {sub_type}"] += 1
            return []


def _paid(ts: float, message_id: str, kind: str, user: ev.User, **kw: Any) -> ev.PaidEvent:
    return ev.PaidEvent(ts=ts, msg_id=ev.platform_msg_id(PLATFORM, message_id), message_id=message_id,
                        platform=PLATFORM, kind=kind, user=user, **kw)


def _tier(event: dict) -> str:
    tier = str(event.get("tier") or "")
    if tier not in ("1000", "2000", "3000"):
        raise BadMessage("tier")
    return tier


def _cheer(m: TwitchMapper, e: dict, ts: float, mid: str) -> list[ev.Event]:
    bits = _int(e.get("bits"), "bits")
    return [_paid(ts, mid, "bits", twitch_user(e), units=bits, text=str(e.get("message") or ""))]


def _subscribe(m: TwitchMapper, e: dict, ts: float, mid: str) -> list[ev.Event]:
    tier = _tier(e)
    if e.get("is_gift"):
        m.gifted_recipients += 1  # counted once, for the gifter, by channel.subscription.gift
        return []
    return [_paid(ts, mid, "sub", twitch_user(e), units=1, tier=tier)]


def _gift(m: TwitchMapper, e: dict, ts: float, mid: str) -> list[ev.Event]:
    total = _int(e.get("total"), "total")
    if total == 0:
        raise BadMessage("total")
    return [_paid(ts, mid, "gift_subs", twitch_user(e), units=total, tier=_tier(e))]


def _resub(m: TwitchMapper, e: dict, ts: float, mid: str) -> list[ev.Event]:
    msg = e.get("message")
    text = str(msg.get("text") or "") if isinstance(msg, dict) else ""
    return [_paid(ts, mid, "resub", twitch_user(e), units=1, tier=_tier(e), text=text)]


def _follow(m: TwitchMapper, e: dict, ts: float, mid: str) -> list[ev.Event]:
    return [ev.FollowEvent(ts, twitch_user(e), msg_id=ev.platform_msg_id(PLATFORM, mid))]


def _raid(m: TwitchMapper, e: dict, ts: float, mid: str) -> list[ev.Event]:
    return [ev.RaidEvent(ts, twitch_user(e, "from_broadcaster_user"), viewers=_int(e.get("viewers"), "viewers"),
                         msg_id=ev.platform_msg_id(PLATFORM, mid))]


def _chat(m: TwitchMapper, e: dict, ts: float, mid: str) -> list[ev.Event]:
    msg = e.get("message")
    if not isinstance(msg, dict):
        raise BadMessage("message")
    return [ev.CommentEvent(ts, twitch_user(e, "chatter_user"), str(msg.get("text") or ""),
                            msg_id=ev.platform_msg_id(PLATFORM, mid))]


_MAPPERS: dict[str, Callable[[TwitchMapper, dict, float, str], list[ev.Event]]] = {
    "channel.cheer": _cheer,
    "channel.subscribe": _subscribe,
    "channel.subscription.gift": _gift,
    "channel.subscription.message": _resub,
    "channel.follow": _follow,
    "channel.raid": _raid,
    "channel.chat.message": _chat,
}
