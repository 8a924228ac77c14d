"""YouTube live chat responses to normalized events (DESIGN.md section 1, "Other platforms").

One ``liveChatMessages.list`` response (the JSON object exactly as received, live or from a
recording) goes in; comments, paid events and the end of the chat come out. The fields are
the documented ones of the liveChatMessage resource
(https://developers.google.com/youtube/v3/live/docs/liveChatMessages#resource):

- ``textMessageEvent`` -> CommentEvent;
- ``superChatEvent`` / ``superStickerEvent`` -> PaidEvent ``super_chat`` / ``super_sticker``
  with ``amountMicros`` and ``currency`` as paid (before YouTube's share);
- ``newSponsorEvent`` -> PaidEvent ``membership``;
- ``membershipGiftingEvent`` -> PaidEvent ``gift_memberships`` (``giftMembershipsCount``) for the
  gifter; the recipients' ``giftMembershipReceivedEvent`` messages are the same purchase seen
  from each recipient and are not counted again;
- ``chatEndedEvent``, or a response with ``offlineAt``, ends the chat.

Every message counts once by its id, here (pages overlap: the same message can come again)
and in the engine (persisted, so it holds across restarts). A message that lacks what its
type needs is skipped and counted in ``skipped``; the chat goes on.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ..i18n import QT_TRANSLATE_NOOP
from ..core import events as ev

log = logging.getLogger(__name__)

PLATFORM = "youtube"
MALFORMED = "malformed YouTube message"
_CURRENCY_RE = re.compile(r"^[A-Z]{3}$")  # an ISO 4217 code; unknown codes pass (the economics say so)
PAID_KINDS = {"superChatEvent": "super_chat", "superStickerEvent": "super_sticker"}
# Types that carry nothing to count or show (moderation, polls, YouTube's own notices). A
# milestone ("member for N months") is an announcement of a renewal, not a new purchase.
QUIET_TYPES = frozenset({
    "tombstone", "messageDeletedEvent", "messageRetractedEvent", "userBannedEvent", "pollEvent",
    "sponsorOnlyModeStartedEvent", "sponsorOnlyModeEndedEvent", "memberMilestoneChatEvent",
    "giftMembershipReceivedEvent", "fanFundingEvent", "giftEvent",
})


class Malformed(ValueError):
    """A message lacks a field its type needs."""


@dataclass(frozen=True, slots=True)
class Page:
    """What a response says about the next request."""

    next_page_token: str | None
    polling_ms: int | None
    ended: bool  # offlineAt is set, or a chatEndedEvent came


def user_of(item: dict[str, Any]) -> ev.User:
    author = item.get("authorDetails")
    author = author if isinstance(author, dict) else {}
    channel = author.get("channelId") or item["snippet"].get("authorChannelId")
    if not isinstance(channel, str) or not channel:
        raise Malformed("no author channel id")
    shown = author.get("displayName")
    name = shown if isinstance(shown, str) else ""
    # Display names are "@handle" on channels that have one: keep it as the handle too.
    handle = name[1:] if name.startswith("@") else ""
    avatar = author.get("profileImageUrl")
    return ev.User(f"youtube:{channel}", handle=handle, nickname=name, avatar_url=avatar if isinstance(avatar, str) else "")


def parse_time(text: Any, fallback: float) -> float:
    """An RFC 3339 time from YouTube as POSIX seconds; ``fallback`` when it is missing or odd."""
    if not isinstance(text, str):
        return fallback
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()
    except ValueError:
        return fallback


def _micros(details: dict[str, Any]) -> tuple[int, str]:
    try:
        amount = int(details["amountMicros"])  # uint64 as a JSON string (discovery document)
    except (KeyError, TypeError, ValueError):
        raise Malformed("no amountMicros") from None
    currency = details.get("currency")
    if amount < 0 or not isinstance(currency, str) or not _CURRENCY_RE.match(currency):
        raise Malformed("bad amount or currency")
    return amount, currency


class YouTubeMapper:
    """Maps responses to events, counting every message once by its id."""

    def __init__(self) -> None:
        self.seen: set[str] = set()
        self.bad: set[str] = set()  # ids of malformed messages, skipped and counted once
        self.skipped: dict[str, int] = {}
        self.duplicates = 0  # messages that came again on an overlapping page
        self.last_ts = 0.0

    def map_response(self, response: Any, received: float) -> tuple[list[ev.Event], Page]:
        """The events of one response (oldest first) and what it says about the next request."""
        if not isinstance(response, dict):
            self._skip(MALFORMED)
            return [], Page(None, None, False)
        out: list[ev.Event] = []
        ended = False
        items = response.get("items")
        for item in items if isinstance(items, list) else ():
            try:
                event = self._map_item(item, received)
            except (Malformed, TypeError, AttributeError, ValueError) as exc:  # odd shapes too: never fatal
                bad_id = item.get("id") if isinstance(item, dict) else None
                if isinstance(bad_id, str) and bad_id in self.bad:
                    continue  # the same broken message on an overlapping page: counted once
                if isinstance(bad_id, str):
                    self.bad.add(bad_id)
                log.debug("skipped a YouTube message: %s", exc)
                self._skip(MALFORMED)
                continue
            if isinstance(event, ev.StreamEndEvent):
                ended = True
            elif event is not None:
                out.append(event)
        token = response.get("nextPageToken")
        polling = response.get("pollingIntervalMillis")
        if response.get("offlineAt"):
            ended = True
        if ended:
            end_ts = max(self.last_ts, parse_time(response.get("offlineAt"), max(self.last_ts, received)))
            out.append(ev.StreamEndEvent(end_ts, QT_TRANSLATE_NOOP("EndReasons", "the YouTube live chat ended")))
        return out, Page(token if isinstance(token, str) and token else None,
                         polling if isinstance(polling, int) and polling >= 0 else None, ended)

    def _skip(self, kind: str) -> None:
        self.skipped[kind] = self.skipped.get(kind, 0) + 1

    def _map_item(self, item: Any, received: float) -> ev.Event | None:
        if not isinstance(item, dict) or not isinstance(item.get("id"), str) or not item["id"]:
            raise Malformed("no message id")
        snippet = item.get("snippet")
        kind = snippet.get("type") if isinstance(snippet, dict) else None
        if not isinstance(kind, str) or not isinstance(snippet, dict):
            raise Malformed("no snippet type")
        message_id = item["id"]
        if message_id in self.seen:
            self.duplicates += 1
            return None
        if kind == "chatEndedEvent":
            self.seen.add(message_id)
            return ev.StreamEndEvent(received, QT_TRANSLATE_NOOP("EndReasons", "the YouTube live chat ended"))
        if kind in QUIET_TYPES or kind not in _BUILDERS:
            self.seen.add(message_id)
            return None
        ts = parse_time(snippet.get("publishedAt"), received)
        event = _BUILDERS[kind](message_id, ts, user_of(item), snippet)
        self.seen.add(message_id)  # only once it mapped: a malformed one stays countable if resent whole
        self.last_ts = max(self.last_ts, ts)
        return event


def _msg_id(message_id: str) -> int:
    return ev.platform_msg_id(PLATFORM, message_id)


def _text(message_id: str, ts: float, user: ev.User, snippet: dict[str, Any]) -> ev.Event:
    details = snippet.get("textMessageDetails") or {}
    text = details.get("messageText") if isinstance(details, dict) else None
    if not isinstance(text, str):
        shown = snippet.get("displayMessage")
        text = shown if isinstance(shown, str) else ""
    return ev.CommentEvent(ts, user, text, msg_id=_msg_id(message_id))


def _paid(message_id: str, ts: float, user: ev.User, snippet: dict[str, Any]) -> ev.Event:
    kind = snippet["type"]
    details = snippet.get("superChatDetails" if kind == "superChatEvent" else "superStickerDetails")
    if not isinstance(details, dict):
        raise Malformed(f"{kind} without its details")
    amount, currency = _micros(details)
    if kind == "superChatEvent":
        text = details.get("userComment")
    else:
        meta = details.get("superStickerMetadata")
        text = meta.get("altText") if isinstance(meta, dict) else ""
    return ev.PaidEvent(ts, _msg_id(message_id), message_id, PLATFORM, PAID_KINDS[kind], user,
                        amount_micros=amount, currency=currency, text=text if isinstance(text, str) else "")


def _membership(message_id: str, ts: float, user: ev.User, snippet: dict[str, Any]) -> ev.Event:
    details = snippet.get("newSponsorDetails") or {}
    level = details.get("memberLevelName") if isinstance(details, dict) else ""
    return ev.PaidEvent(ts, _msg_id(message_id), message_id, PLATFORM, "membership", user,
                        text=str(level or ""))


def _gifting(message_id: str, ts: float, user: ev.User, snippet: dict[str, Any]) -> ev.Event:
    details = snippet.get("membershipGiftingDetails")
    count = details.get("giftMembershipsCount") if isinstance(details, dict) else None
    if isinstance(count, str) and count.isdigit():
        count = int(count)
    if not isinstance(count, int) or isinstance(count, bool) or count < 1:
        raise Malformed("membershipGiftingEvent without giftMembershipsCount")
    level = details.get("giftMembershipsLevelName") if isinstance(details, dict) else ""
    return ev.PaidEvent(ts, _msg_id(message_id), message_id, PLATFORM, "gift_memberships", user,
                        units=count, text=str(level or ""))


_BUILDERS = {
    "textMessageEvent": _text,
    "superChatEvent": _paid,
    "superStickerEvent": _paid,
    "newSponsorEvent": _membership,
    "membershipGiftingEvent": _gifting,
}
