"""TikTokLive's events -> our normalized events (core/events.py).

Only plain proto fields are read (DESIGN.md section 3): betterproto2 caches class
metadata, so whether a message decodes into TikTokLive's "Extended" classes depends
on what was decoded first, and the Extended helpers (``user.unique_id``,
``gift.streakable``) may be missing. Plain fields are always there.

The same mapping serves a live connection and a replay, and both feed it the events
TikTokLive's own parse path produced. It never raises: an odd message is counted in
``skipped`` and logged once per kind, and the stream goes on.

Who received a gift (DESIGN.md section 1): ``to_user`` names the recipient; empty, id 0 or
the room owner's id means the host. The source tells the mapper the owner's id
(``host_user_id``); without it nobody can tell a guest from the host, so every gift counts
as the host's and the gifts that did name someone are counted in ``unattributed_recipients``.
"""

from __future__ import annotations

import logging
from collections import Counter
from typing import Any

from ..i18n import QT_TRANSLATE_NOOP
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


def clean_user_id(value: Any) -> str | None:
    """A TikTok user id as text, or None for a missing, empty or zero one (from JSON or a proto)."""
    text = str(value).strip() if value is not None else ""
    return text if text and text != "0" else None


def host_id_from_room_info(info: Any) -> str | None:
    """The room owner's user id in TikTok's room info (``client.room_info``), or None.

    The owner is an object with ``id_str`` and ``id`` (ids pass 2**53, so the text form is
    preferred); ``owner_user_id`` repeats it at the top level.
    """
    if not isinstance(info, dict):
        return None
    owner: dict[str, Any] = info["owner"] if isinstance(info.get("owner"), dict) else {}
    for value in (owner.get("id_str"), owner.get("id"), info.get("owner_user_id_str"), info.get("owner_user_id")):
        uid = clean_user_id(value)
        if uid is not None and uid.isdigit():
            return uid
    return None


# TikTokLive 7.0.1's LinkMicBattleBattleAction and LinkMicArmiesTriggerReason values.
_BATTLE_OPEN, _BATTLE_FINISH, _BATTLE_CUT_SHORT = 4, 5, 6
_ARMIES_BATTLE_END = 2


def _msg_id(common: Any) -> int:
    return int(getattr(common, "msg_id", 0) or 0) if common is not None else 0


class TikTokMapper:
    """Turns TikTokLive event objects into normalized events; keeps counts of what it skipped.

    ``now`` is the stream time to use for messages TikTok did not stamp.
    """

    def __init__(self, host_user_id: str | None = None) -> None:
        self.skipped: Counter[str] = Counter()  # kind of odd message -> how many
        self.mapped = 0
        self.last_ts = 0.0
        # The room owner's TikTok user id, set by the source (room info live, the header in a
        # replay). None: unknown, and then no gift can be told to be a guest's.
        self.host_user_id: str | None = clean_user_id(host_user_id)
        self.unattributed_recipients = 0  # gifts naming a recipient while the host was unknown
        self._gift_cache: dict[tuple, ev.Gift] = {}
        self._user_cache: dict[tuple, ev.User] = {}
        self._anchors: dict[str, ev.User] = {}  # creators in LIVE Matches, by id (names come once)

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
                             bool(e.repeat_end), g.type == 1, int(e.group_id or 0),
                             self.recipient(e), bool(e.is_first_sent))]

    def recipient(self, e: Any) -> ev.User | None:
        """Who a gift message was sent to: None for the host, else the guest (see the module doc)."""
        to = e.to_user
        if to is not None and to.id:
            user = self.user(to)
        else:
            # Some messages name the guest only in the to_member_* fields.
            member = str(e.to_member_id_int) if e.to_member_id_int else (e.to_member_id or "").strip()
            if not member or member == "0":
                return None
            user = ev.User(member, "", e.to_member_nickname or "")
        if self.host_user_id is None:
            self.unattributed_recipients += 1
            return None
        return None if user.user_id == self.host_user_id else user

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
        return [ev.StreamEndEvent(_ts(e.common, now), QT_TRANSLATE_NOOP("EndReasons", "The creator ended the LIVE"))]

    def _pause(self, e: Any, now: float) -> list[ev.Event]:
        return [ev.ConnectionStateEvent(_ts(e.common, now), ev.ConnectionState.PAUSED,
                                        "The creator paused the LIVE; waiting for it to continue")]

    def _unpause(self, e: Any, now: float) -> list[ev.Event]:
        return [ev.ConnectionStateEvent(_ts(e.common, now), ev.ConnectionState.LIVE, "The LIVE continues")]

    # -- LIVE Match (battles): points are scores, never coins ----------------------------------
    def _battle(self, e: Any, now: float) -> list[ev.Event]:
        """A match opens (every side at its score so far, usually 0) or finishes (final scores)."""
        for wrapper in e.anchors_info or ():
            info = wrapper.value.user if wrapper.value is not None else None
            if info is not None and info.user_id:
                self._remember_anchor(ev.User(str(info.user_id), info.display_id or "", info.nick_name or "",
                                              _first_url(info.avatar_thumb)))
        action = int(e.action or 0)
        if action == _BATTLE_OPEN:
            ended = False
        elif action in (_BATTLE_FINISH, _BATTLE_CUT_SHORT):
            ended = True
        else:  # invitations, refusals, quitting: no score to show
            return []
        results = e.battle_result or {}
        order = [w.key for w in e.anchors_info or ()]
        order += [uid for uid in results if uid not in order]
        points = {uid: max(0, int(results[uid].score or 0)) if uid in results else 0 for uid in order}
        return self._battle_event(e, now, points, ended)

    def _armies(self, e: Any, now: float) -> list[ev.Event]:
        """A score update during a match: each creator's points (``hostscore``), by their id."""
        points = {uid: max(0, int(a.hostscore or 0)) for uid, a in (e.armies or {}).items() if a is not None}
        if not points:  # team matches (2 vs 2) send the creators' scores per team instead
            points = {u.user_id: max(0, int(u.score or 0)) for t in e.team_armies or () for u in t.team_user or ()}
        if not points:
            return []
        return self._battle_event(e, now, points, int(e.trigger_reason or 0) == _ARMIES_BATTLE_END)

    def _battle_event(self, e: Any, now: float, points: dict[int, int], ended: bool) -> list[ev.Event]:
        scores = [ev.BattleScore(self._anchor(uid), p) for uid, p in points.items() if uid]
        # The host's side first, so a display can read "us vs them" without looking ids up.
        scores.sort(key=lambda s: s.user.user_id != self.host_user_id)
        if not scores:
            return []
        return [ev.BattleEvent(_ts(e.common, now), int(e.battle_id or 0), tuple(scores), ended, _msg_id(e.common))]

    def _remember_anchor(self, user: ev.User) -> None:
        if len(self._anchors) > 1000:  # a day of matches against ever new rivals: stay bounded
            self._anchors.clear()
        self._anchors[user.user_id] = user

    def _anchor(self, uid: int) -> ev.User:
        return self._anchors.get(str(uid)) or ev.User(str(uid))


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
    "LinkMicBattleEvent": TikTokMapper._battle,
    "LinkMicArmiesEvent": TikTokMapper._armies,
}
