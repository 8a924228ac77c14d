"""Normalized events: what every source yields and the engine consumes.

Sources (TikTok, replay, demo) translate their own messages into these plain,
immutable records, so nothing past ``sources/`` knows where an event came from.
Times are stream time: POSIX seconds (float) as stamped by the source.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from enum import Enum
from typing import Any


@dataclass(frozen=True, slots=True)
class User:
    """A viewer. ``user_id`` is TikTok's numeric id as a string (stable across renames)."""

    user_id: str
    handle: str = ""  # the @handle without the "@" (TikTok's display_id)
    nickname: str = ""
    avatar_url: str = ""

    @property
    def label(self) -> str:
        """The name a creator recognises: nickname, else @handle, else the id."""
        return self.nickname or (f"@{self.handle}" if self.handle else self.user_id)


@dataclass(frozen=True, slots=True)
class Gift:
    """A catalog entry: ``coins`` is the price of one unit in coins (a Rose is 1)."""

    gift_id: int
    name: str
    coins: int
    image_url: str = ""


# Not frozen, but never assigned to after creation: one is built per gift message, and a
# frozen dataclass's __init__ (object.__setattr__ per field) costs about four times as much.
@dataclass(slots=True)
class GiftEvent:
    """One gift message as TikTok sent it (before the count-once rule). Read-only by convention.

    ``streakable`` is TikTok's ``gift.type == 1``. For streakable gifts
    ``repeat_count`` is the running count of the streak and ``repeat_end`` marks
    its last message; for the others ``repeat_count`` units are sent at once.
    """

    ts: float
    msg_id: int
    user: User
    gift: Gift
    repeat_count: int
    repeat_end: bool
    streakable: bool
    group_id: int = 0
    # Who received it: None for the host (TikTok's empty ``to_user``, or id 0, or the room
    # owner's id); another user in multi-guest and co-host LIVEs, whose income it is.
    recipient: User | None = None
    first_gift: bool = False  # TikTok's ``is_first_sent``: the viewer's first gift to this creator


@dataclass(frozen=True, slots=True)
class FollowEvent:
    ts: float
    user: User
    msg_id: int = 0  # TikTok's message id: a resent follow (a reconnect, a replay) counts once


@dataclass(frozen=True, slots=True)
class ShareEvent:
    ts: float
    user: User
    msg_id: int = 0


@dataclass(frozen=True, slots=True)
class LikeEvent:
    """``count`` likes just sent by ``user``; ``room_total`` is the stream's running total."""

    ts: float
    user: User
    count: int
    room_total: int


@dataclass(frozen=True, slots=True)
class CommentEvent:
    ts: float
    user: User
    text: str
    msg_id: int = 0


@dataclass(frozen=True, slots=True)
class ViewerCountEvent:
    ts: float
    viewers: int


@dataclass(frozen=True, slots=True)
class SubscribeEvent:
    ts: float
    user: User
    months: int = 1
    msg_id: int = 0


@dataclass(frozen=True, slots=True)
class BattleScore:
    """One side of a LIVE Match: the creator on that side and their battle points.

    Points are TikTok's battle score, not coins or diamonds: show them as a score, never as money.
    """

    user: User
    points: int


@dataclass(frozen=True, slots=True)
class BattleEvent:
    """The score of a LIVE Match (battle) as it stands now; ``ended`` marks its final score.

    ``scores`` has one entry per creator in the match, in TikTok's order; the host's side is the
    one whose ``user.user_id`` is the room owner's id (``SourceInfo.extra["host_user_id"]``).
    """

    ts: float
    battle_id: int
    scores: tuple[BattleScore, ...]
    ended: bool = False
    msg_id: int = 0


PLATFORMS = ("tiktok", "twitch", "youtube")


def platform_msg_id(platform: str, message_id: str) -> int:
    """A platform's text message id (a Twitch EventSub UUID, a YouTube message id) as the
    positive 63-bit integer the count-once machinery keys on: the same id always gives the
    same number, and ids of different platforms never meet (the platform is hashed in)."""
    digest = hashlib.blake2b(f"{platform}:{message_id}".encode(), digest_size=8).digest()
    return (int.from_bytes(digest, "big") >> 1) or 1


@dataclass(frozen=True, slots=True)
class PaidEvent:
    """Income on a platform other than TikTok, counted once by ``msg_id`` (DESIGN.md section 1).

    ``kind`` is one of ``bits`` (``units`` Bits cheered), ``sub`` (one subscription,
    ``tier`` "1000"/"2000"/"3000"), ``resub`` (an announced resubscription: one sub),
    ``gift_subs`` (``units`` subs gifted by ``user``), ``super_chat`` / ``super_sticker``
    (``amount_micros`` of ``currency`` paid by the viewer, before the platform's share),
    ``membership`` (one new member) and ``gift_memberships`` (``units`` memberships gifted
    by ``user``). ``message_id`` is the platform's own id, kept as text in the ledger;
    ``msg_id`` is ``platform_msg_id(platform, message_id)``. User ids carry their platform
    as a prefix ("twitch:1234", "youtube:UC...") so they never meet TikTok's.
    """

    ts: float
    msg_id: int
    message_id: str
    platform: str  # "twitch" or "youtube"
    kind: str
    user: User
    units: int = 1
    tier: str = ""
    amount_micros: int = 0
    currency: str = ""
    text: str = ""


@dataclass(frozen=True, slots=True)
class RaidEvent:
    """Another channel sent its viewers here (Twitch ``channel.raid``)."""

    ts: float
    user: User  # the raiding broadcaster
    viewers: int
    msg_id: int = 0


class ConnectionState(str, Enum):
    """Where a source's connection stands; the UI and headless mode show it in words."""

    CONNECTING = "connecting"
    LIVE = "live"
    RECONNECTING = "reconnecting"
    WAITING_FOR_LIVE = "waiting_for_live"
    RATE_LIMITED = "rate_limited"
    PAUSED = "paused"
    ENDED = "ended"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class ConnectionStateEvent:
    """A change of connection state.

    ``message`` is one plain sentence for the creator; ``retry_at`` is the POSIX
    time of the next attempt when one is scheduled (for a countdown).
    ``gap_from``/``gap_to`` are set when the source knows it missed a span.
    """

    ts: float
    state: ConnectionState
    message: str = ""
    retry_at: float | None = None
    gap_from: float | None = None
    gap_to: float | None = None


@dataclass(frozen=True, slots=True)
class StreamEndEvent:
    """The broadcast (or replay, or demo) is over; open streaks are closed."""

    ts: float
    reason: str = ""


@dataclass(frozen=True, slots=True)
class SourceInfo:
    """Identifies the broadcast a source delivers: a session is (kind, room_id)."""

    kind: str  # "tiktok", "replay", "demo", "twitch" or "youtube"
    room_id: str
    creator: str  # "@handle"
    started_at: float
    extra: dict[str, Any] = field(default_factory=dict)


Event = (
    GiftEvent
    | FollowEvent
    | ShareEvent
    | LikeEvent
    | CommentEvent
    | ViewerCountEvent
    | SubscribeEvent
    | BattleEvent
    | PaidEvent
    | RaidEvent
    | ConnectionStateEvent
    | StreamEndEvent
)
