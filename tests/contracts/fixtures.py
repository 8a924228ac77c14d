"""Recordings of other platforms written by hand from the platforms' published examples.

Twitch: https://dev.twitch.tv/docs/eventsub/handling-websocket-events/ (session_welcome,
session_keepalive, notification) and https://dev.twitch.tv/docs/eventsub/eventsub-subscription-types/
(channel.cheer, channel.subscribe, channel.subscription.gift, channel.subscription.message).
YouTube: https://developers.google.com/youtube/v3/live/docs/liveChatMessages/list (the list
response) and https://developers.google.com/youtube/v3/live/docs/liveChatMessages (the
resource: superChatDetails, superStickerDetails; amountMicros is a string, as for every
unsigned long in Google's JSON).

They are written independently of the sources' code, as DESIGN.md section 4 describes the
formats, so the sources are checked against the contract rather than against themselves.
"""

from __future__ import annotations

import json
from pathlib import Path

CHANNEL_ID = "1337"
STARTED = "2026-11-20T18:00:00+00:00"


def _twitch_notification(message_id: str, sub_type: str, event: dict, at: str) -> dict:
    return {
        "metadata": {"message_id": message_id, "message_type": "notification", "message_timestamp": at,
                     "subscription_type": sub_type, "subscription_version": "1"},
        "payload": {
            "subscription": {"id": f"sub-{sub_type}", "status": "enabled", "type": sub_type, "version": "1",
                             "cost": 0, "condition": {"broadcaster_user_id": CHANNEL_ID},
                             "transport": {"method": "websocket", "session_id": "AQoQILE98gtqShGmLD7AM6yJThAB"},
                             "created_at": "2026-11-20T18:00:00.000000000Z"},
            "event": event,
        },
    }


def _viewer(uid: str, login: str) -> dict:
    return {"user_id": uid, "user_login": login, "user_name": login.title(),
            "broadcaster_user_id": CHANNEL_ID, "broadcaster_user_login": "cooler_user",
            "broadcaster_user_name": "Cooler_User"}


def write_twitch(path: Path) -> dict:
    """A Twitch session; returns the totals it must give: bits and subs."""
    at = "2026-11-20T18:00:0{}.000000000Z"
    messages = [
        (0.2, {"metadata": {"message_id": "96a3f3b5-5dec-4eed-908e-e11ee657416c", "message_type": "session_welcome",
                            "message_timestamp": at.format(0)},
               "payload": {"session": {"id": "AQoQILE98gtqShGmLD7AM6yJThAB", "status": "connected",
                                       "connected_at": at.format(0), "keepalive_timeout_seconds": 10,
                                       "reconnect_url": None}}}),
        (1.0, _twitch_notification("befa7b53-d79d-478f-86b9-120f112b044e", "channel.cheer",
                                   {**_viewer("1234", "cool_user"), "is_anonymous": False, "message": "pogchamp",
                                    "bits": 1000}, at.format(1))),
        # The same notification again (Twitch may resend one): counted once.
        (1.5, _twitch_notification("befa7b53-d79d-478f-86b9-120f112b044e", "channel.cheer",
                                   {**_viewer("1234", "cool_user"), "is_anonymous": False, "message": "pogchamp",
                                    "bits": 1000}, at.format(1))),
        (2.0, {"metadata": {"message_id": "84c1e79a-2a4b-4c13-ba0b-4312293e9308", "message_type": "session_keepalive",
                            "message_timestamp": at.format(2)}, "payload": {}}),
        # A gift of 2 subs: one channel.subscription.gift (total 2) and 2 channel.subscribe with is_gift.
        (3.0, _twitch_notification("7c3a1d3e-0a0b-4b4e-9a55-1f1f7d0e0001", "channel.subscription.gift",
                                   {**_viewer("5678", "generous_gifter"), "total": 2, "tier": "1000",
                                    "cumulative_total": 284, "is_anonymous": False}, at.format(3))),
        (3.1, _twitch_notification("7c3a1d3e-0a0b-4b4e-9a55-1f1f7d0e0002", "channel.subscribe",
                                   {**_viewer("9001", "lucky_one"), "tier": "1000", "is_gift": True}, at.format(3))),
        (3.2, _twitch_notification("7c3a1d3e-0a0b-4b4e-9a55-1f1f7d0e0003", "channel.subscribe",
                                   {**_viewer("9002", "lucky_two"), "tier": "1000", "is_gift": True}, at.format(3))),
        (4.0, _twitch_notification("7c3a1d3e-0a0b-4b4e-9a55-1f1f7d0e0004", "channel.subscribe",
                                   {**_viewer("9003", "new_sub"), "tier": "1000", "is_gift": False}, at.format(4))),
        (5.0, _twitch_notification("7c3a1d3e-0a0b-4b4e-9a55-1f1f7d0e0005", "channel.subscription.message",
                                   {**_viewer("9004", "loyal_fan"), "tier": "2000",
                                    "message": {"text": "Love the stream! FevziGG", "emotes": []},
                                    "cumulative_months": 15, "streak_months": 1, "duration_months": 6},
                                   at.format(5))),
    ]
    header = {"format": "streamer-app/raw-twitch/1", "creator": "cooler_user", "channel_id": CHANNEL_ID,
              "started_at": STARTED}
    with open(path, "w", encoding="utf-8") as f:
        f.write(json.dumps(header) + "\n")
        for t, message in messages:
            f.write(json.dumps({"t": t, "message": message}) + "\n")
    return {"bits": 1000, "subs": 4}


def _yt_message(mid: str, kind: str, details_key: str | None, details: dict | None, author: str,
                text: str = "") -> dict:
    snippet: dict = {"type": kind, "liveChatId": "Cg0KC2xpdmVfY2hhdF9pZA", "authorChannelId": author,
                     "publishedAt": "2026-11-20T18:00:05.000Z", "hasDisplayContent": True, "displayMessage": text}
    if details_key:
        snippet[details_key] = details
    if kind == "textMessageEvent":
        snippet["textMessageDetails"] = {"messageText": text}
    return {"kind": "youtube#liveChatMessage", "etag": f"etag-{mid}", "id": mid, "snippet": snippet,
            "authorDetails": {"channelId": author, "channelUrl": f"http://www.youtube.com/channel/{author}",
                              "displayName": f"Viewer {author[-3:]}", "profileImageUrl": "",
                              "isVerified": False, "isChatOwner": False, "isChatSponsor": False,
                              "isChatModerator": False}}


def write_youtube(path: Path) -> dict:
    """A YouTube session with overlapping pages; returns what viewers paid, per currency."""
    chat = _yt_message("LCC.chat-1", "textMessageEvent", None, None, "UCviewer000001", "hello!")
    super_chat = _yt_message("LCC.superchat-1", "superChatEvent", "superChatDetails",
                             {"amountMicros": "5000000", "currency": "USD", "amountDisplayString": "$5.00",
                              "userComment": "great stream", "tier": 2}, "UCviewer000002", "great stream")
    sticker = _yt_message("LCC.sticker-1", "superStickerEvent", "superStickerDetails",
                          {"superStickerMetadata": {"stickerId": "sticker-1", "altText": "A happy corgi",
                                                    "language": "en"},
                           "amountMicros": "2000000", "currency": "EUR", "amountDisplayString": "€2.00",
                           "tier": 1}, "UCviewer000003")

    def page(token: str, items: list[dict]) -> dict:
        return {"kind": "youtube#liveChatMessageListResponse", "etag": f"etag-{token}", "nextPageToken": token,
                "pollingIntervalMillis": 2000,
                "pageInfo": {"totalResults": len(items), "resultsPerPage": len(items)}, "items": items}

    header = {"format": "streamer-app/raw-youtube/1", "creator": "Cooler Channel",
              "live_chat_id": "Cg0KC2xpdmVfY2hhdF9pZA", "started_at": STARTED}
    with open(path, "w", encoding="utf-8") as f:
        f.write(json.dumps(header) + "\n")
        f.write(json.dumps({"t": 1.0, "response": page("page-2", [chat, super_chat])}) + "\n")
        # The next page overlaps the first by one message: it counts once.
        f.write(json.dumps({"t": 3.0, "response": page("page-3", [super_chat, sticker])}) + "\n")
    return {"paid_messages": 2, "paid": {"USD": "5", "EUR": "2"}}
