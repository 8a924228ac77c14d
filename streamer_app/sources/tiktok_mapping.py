"""TikTokLive's events -> our normalized events (core/events.py).

Only plain proto fields are read (DESIGN.md section 3): betterproto2 caches class
metadata, so whether a message decodes into TikTokLive's "Extended" classes depends
on what was decoded first, and the Extended helpers (``user.unique_id``,
``gift.streakable``) may be missing. Plain fields are always there.

The same mapping serves a live connection and a replay, and both feed it the events
TikTokLive's own parse path produced. It never raises: an odd message is counted in
``skipped`` and logged once per kind, and the stream goes on.
"""

from __future__ import annotations

import logging
from collections import Counter
from typing import Any

from ..core import events as ev

log = logging.getLogger(__name__)

_primed = False


def prime_event_metadata() -> None:
    """Build every TikTokLive event class's betterproto metadata before anything decodes.

    A subclass (``GiftEvent``) inherits its parent's cached ``_betterproto_meta`` if the
    parent (``WebcastGiftMessage``) was used first, which silently changes the classes
    nested fields decode into. Priming the event classes first makes decoding the same
    whatever a test or the app touched before.
    """
    global _primed
    if _primed:
        return
    from TikTokLive.events import custom_events
    from TikTokLive.events.proto_events import EVENT_MAPPINGS

    classes = list(EVENT_MAPPINGS.values())
    classes += [getattr(custom_events, n) for n in ("FollowEvent", "ShareEvent", "LiveEndEvent",
                                                    "LivePauseEvent", "LiveUnpauseEvent", "SuperFanEvent",
                                                    "SuperFanJoinEvent", "SuperFanBoxEvent")]
    for cls in classes:
        try:
            cls._betterproto  # noqa: B018 - the access itself builds and caches the metadata
        except Exception:  # a class the library cannot describe must not stop us
            log.debug("could not prime %s", cls.__name__, exc_info=True)
    _primed = True


def _first_url(image: Any) -> str:
    urls = getattr(image, "url_list", None) if image is not None else None
    return urls[0] if urls else ""


def _user(u: Any) -> ev.User:
    if u is None:
        return ev.User("0")
    return ev.User(
        user_id=str(u.id or 0),
        handle=u.display_id or "",
        nickname=u.nickname or "",
        avatar_url=_first_url(u.avatar_thumb),
    )


def _ts(common: Any, fallback: float) -> float:
    """TikTok stamps messages in milliseconds since the epoch; 0 means not stamped."""
    ms = getattr(common, "create_time", 0) if common is not None else 0
    return ms / 1000.0 if ms else fallback


def _msg_id(common: Any) -> int:
    return int(getattr(common, "msg_id", 0) or 0) if common is not None else 0


class TikTokMapper:
    """Turns TikTokLive event objects into normalized events; keeps counts of what it skipped.

    ``now`` is the stream time to use for messages TikTok did not stamp.
    """

    def __init__(self) -> None:
        self.skipped: Counter[str] = Counter()  # kind of odd message -> how many
        self.mapped = 0
        self.last_ts = 0.0
        self._gift_cache: dict[tuple, ev.Gift] = {}
        self._user_cache: dict[tuple, ev.User] = {}

    def map(self, event: Any, now: float = 0.0) -> list[ev.Event]:
        """The normalized events for one TikTokLive event ([] for the ones we do not use)."""
        name = type(event).__name__
        handler = _HANDLERS.get(name)
        if handler is None:
            return []
        try:
            out = handler(self, event, now)
        except Exception as exc:  # a message with a shape we did not expect
            self._skip(f"{name}: {type(exc).__name__}")
            return []
        if out:
            self.mapped += len(out)
            ts = out[-1].ts
            if ts > self.last_ts:
                self.last_ts = ts
        return out

    def _skip(self, kind: str) -> None:
        if not self.skipped[kind]:
            log.warning("skipped an unexpected TikTok message (%s); further ones are only counted", kind)
        self.skipped[kind] += 1

    def user(self, u: Any) -> ev.User:
        # Users repeat all stream long; reuse the record while its plain fields match.
        if u is None:
            return ev.User("0")
        key = (u.id, u.display_id, u.nickname)
        cached = self._user_cache.get(key)
        if cached is None:
            cached = _user(u)
            if len(self._user_cache) > 50_000:
                self._user_cache.clear()
            self._user_cache[key] = cached
        return cached

    # -- one handler per TikTokLive event class --------------------------------------------
    def _gift(self, e: Any, now: float) -> list[ev.Event]:
        g = e.gift
        if g is None:
            self._skip("GiftEvent without gift")
            return []
        gift_id = g.id or e.gift_id
        key = (gift_id, g.name, g.diamond_count)
        gift = self._gift_cache.get(key)
        if gift is None:
            gift = self._gift_cache[key] = ev.Gift(gift_id, g.name or f"Gift {gift_id}",
                                                   max(0, g.diamond_count or 0), _first_url(g.image))
        c = e.common  # read once: this runs for every gift message
        if c is None:
            ts, msg_id = now, 0
        else:
            ms = c.create_time  # milliseconds since the epoch; 0 means not stamped
            ts = ms / 1000.0 if ms else now
            msg_id = int(c.msg_id or 0)
        return [ev.GiftEvent(ts, msg_id, self.user(e.user), gift, max(0, e.repeat_count or 0),
                             bool(e.repeat_end), g.type == 1, int(e.group_id or 0))]

    def _like(self, e: Any, now: float) -> list[ev.Event]:
        return [ev.LikeEvent(_ts(e.common, now), self.user(e.user), max(0, e.count or 0), max(0, e.total or 0))]

    def _comment(self, e: Any, now: float) -> list[ev.Event]:
        return [ev.CommentEvent(_ts(e.common, now), self.user(e.user), e.content or "", _msg_id(e.common))]

    def _follow(self, e: Any, now: float) -> list[ev.Event]:
        return [ev.FollowEvent(_ts(e.common, now), self.user(e.user), _msg_id(e.common))]

    def _share(self, e: Any, now: float) -> list[ev.Event]:
        return [ev.ShareEvent(_ts(e.common, now), self.user(e.user), _msg_id(e.common))]

    def _viewers(self, e: Any, now: float) -> list[ev.Event]:
        return [ev.ViewerCountEvent(_ts(e.common, now), max(0, e.total or 0))]

    def _subscribe(self, e: Any, now: float) -> list[ev.Event]:
        return [ev.SubscribeEvent(_ts(e.common, now), self.user(e.user), max(1, e.sub_month or 1),
                                  _msg_id(e.common))]

    def _end(self, e: Any, now: float) -> list[ev.Event]:
        return [ev.StreamEndEvent(_ts(e.common, now), "The creator ended the LIVE")]

    def _pause(self, e: Any, now: float) -> list[ev.Event]:
        return [ev.ConnectionStateEvent(_ts(e.common, now), ev.ConnectionState.PAUSED,
                                        "The creator paused the LIVE; waiting for it to continue")]

    def _unpause(self, e: Any, now: float) -> list[ev.Event]:
        return [ev.ConnectionStateEvent(_ts(e.common, now), ev.ConnectionState.LIVE, "The LIVE continues")]


# Keyed by class name: TikTokLive emits FollowEvent/ShareEvent and LiveEndEvent/LivePauseEvent
# *beside* the SocialEvent/ControlEvent they came from, so only the specific ones are mapped.
_HANDLERS = {
    "GiftEvent": TikTokMapper._gift,
    "LikeEvent": TikTokMapper._like,
    "CommentEvent": TikTokMapper._comment,
    "FollowEvent": TikTokMapper._follow,
    "ShareEvent": TikTokMapper._share,
    "RoomUserSeqEvent": TikTokMapper._viewers,
    "SubNotifyEvent": TikTokMapper._subscribe,
    "LiveEndEvent": TikTokMapper._end,
    "LivePauseEvent": TikTokMapper._pause,
    "LiveUnpauseEvent": TikTokMapper._unpause,
}
