"""Writes YouTube recordings (``streamer-app/raw-youtube/1``) of made-up sessions, and their exact totals.

Each response is a ``liveChatMessages.list`` page shaped like the fixtures (fixtures/README.md),
with pages overlapping the way the API's can (the last messages of a page come again at the
top of the next), recipients' ``giftMembershipReceivedEvent`` messages after each gifting, and
optionally damaged lines and malformed messages. ``expected_totals`` counts from the messages
alone, independently of the app's mapper: every id once.
"""

from __future__ import annotations

import gzip
import json
import random
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

CHAT = "Cg0KC3JlY29yZGVkLTAx"
START = datetime(2026, 12, 6, 15, 0, tzinfo=timezone.utc)
CURRENCIES = ("USD", "EUR", "JPY", "GBP", "BRL")


@dataclass
class Made:
    path: Path
    messages: list[dict[str, Any]] = field(default_factory=list)  # every distinct message, in order
    malformed: int = 0
    damaged_lines: int = 0


def _author(n: int) -> dict[str, Any]:
    cid = f"UC{n:022d}"
    return {"channelId": cid, "channelUrl": f"http://www.youtube.com/channel/{cid}", "displayName": f"@viewer{n}",
            "profileImageUrl": "", "isVerified": False, "isChatOwner": False, "isChatSponsor": False,
            "isChatModerator": False}


def _message(i: int, rng: random.Random, t: datetime) -> list[dict[str, Any]]:
    who = rng.randrange(60)
    base = {"kind": "youtube#liveChatMessage", "etag": f"e{i}", "id": f"LCC.rec{i}", "authorDetails": _author(who)}
    sn: dict[str, Any] = {"liveChatId": CHAT, "authorChannelId": base["authorDetails"]["channelId"],
                          "publishedAt": t.isoformat().replace("+00:00", "Z"), "hasDisplayContent": True,
                          "displayMessage": ""}
    roll = rng.random()
    if roll < 0.6:
        sn.update(type="textMessageEvent", textMessageDetails={"messageText": f"message {i}"})
    elif roll < 0.8:
        cur = rng.choice(CURRENCIES)
        sn.update(type="superChatEvent", superChatDetails={
            "amountMicros": str(rng.choice((1, 2, 5, 10, 20, 50, 100)) * 1_000_000), "currency": cur,
            "amountDisplayString": cur, "userComment": "", "tier": 1})
    elif roll < 0.88:
        sn.update(type="superStickerEvent", superStickerDetails={
            "superStickerMetadata": {"stickerId": "s", "altText": "sticker", "altTextLanguage": "en"},
            "amountMicros": str(rng.choice((1, 2, 5)) * 990_000), "currency": rng.choice(CURRENCIES),
            "amountDisplayString": "", "tier": 1})
    elif roll < 0.95:
        sn.update(type="newSponsorEvent", newSponsorDetails={"memberLevelName": "Member", "isUpgrade": False})
    else:
        n = rng.choice((1, 5, 10, 20))
        sn.update(type="membershipGiftingEvent",
                  membershipGiftingDetails={"giftMembershipsCount": n, "giftMembershipsLevelName": "Member"})
        out = [{**base, "snippet": sn}]
        for k in range(min(n, 3)):  # the recipients' messages: never counted again
            r = {"kind": "youtube#liveChatMessage", "etag": f"e{i}r{k}", "id": f"LCC.rec{i}r{k}",
                 "authorDetails": _author(100 + k),
                 "snippet": {"type": "giftMembershipReceivedEvent", "liveChatId": CHAT,
                             "authorChannelId": f"UC{100 + k:022d}", "publishedAt": sn["publishedAt"],
                             "hasDisplayContent": True, "displayMessage": "",
                             "giftMembershipReceivedDetails": {"memberLevelName": "Member",
                                                               "gifterChannelId": sn["authorChannelId"],
                                                               "associatedMembershipGiftingMessageId": base["id"]}}}
            out.append(r)
        return out
    return [{**base, "snippet": sn}]


def write_recording(path: Path, n: int, seed: int = 1, junk: bool = False, per_page: int = 20,
                    overlap: int = 3, ended: bool = True) -> Made:
    rng = random.Random(seed)
    made = Made(Path(path))
    msgs: list[dict[str, Any]] = []
    for i in range(n):
        msgs.extend(_message(i, rng, START + timedelta(seconds=i * 0.5)))
    made.messages = msgs
    lines = [json.dumps({"format": "streamer-app/raw-youtube/1", "creator": "@recorded", "live_chat_id": CHAT,
                         "started_at": START.isoformat()})]
    at, t = 0, 0.0
    while at < len(msgs):
        page = msgs[max(0, at - overlap):at + per_page]
        if junk and rng.random() < 0.1:
            page = page + [{"kind": "youtube#liveChatMessage", "id": f"LCC.bad{at}",
                            "snippet": {"type": "superChatEvent", "superChatDetails": {"currency": "USD"}},
                            "authorDetails": _author(1)}]
            made.malformed += 1
        at += per_page
        last = at >= len(msgs)
        response = {"kind": "youtube#liveChatMessageListResponse", "etag": f"p{at}", "nextPageToken": f"tok{at}",
                    "pollingIntervalMillis": 2000, "pageInfo": {"totalResults": len(page), "resultsPerPage": len(page)},
                    "items": page}
        if last and ended:
            response["offlineAt"] = (START + timedelta(seconds=n * 0.5 + 1)).isoformat().replace("+00:00", "Z")
        lines.append(json.dumps({"t": round(t, 3), "response": response}))
        if junk and rng.random() < 0.05:
            lines.append('{"t": 1.0, "respo')  # a damaged line: skipped, counted
            made.damaged_lines += 1
        t += 2.0
    data = ("\n".join(lines) + "\n").encode()
    Path(path).write_bytes(gzip.compress(data) if str(path).endswith(".gz") else data)
    return made


def expected_totals(messages: list[dict[str, Any]]) -> dict[str, Any]:
    """What the messages say, each id once: paid counts by kind, money by currency, comments."""
    kinds: Counter[str] = Counter()
    paid: Counter[str] = Counter()
    gifted = 0
    comments = 0
    seen: set[str] = set()
    for m in messages:
        if m["id"] in seen:
            continue
        seen.add(m["id"])
        sn = m["snippet"]
        if sn["type"] == "textMessageEvent":
            comments += 1
        elif sn["type"] in ("superChatEvent", "superStickerEvent"):
            d = sn["superChatDetails" if sn["type"] == "superChatEvent" else "superStickerDetails"]
            kinds["super_chat" if sn["type"] == "superChatEvent" else "super_sticker"] += 1
            paid[d["currency"]] += int(d["amountMicros"])
        elif sn["type"] == "newSponsorEvent":
            kinds["membership"] += 1
        elif sn["type"] == "membershipGiftingEvent":
            kinds["gift_memberships"] += 1
            gifted += sn["membershipGiftingDetails"]["giftMembershipsCount"]
    return {"kinds": dict(kinds), "paid_micros": dict(paid), "gifted_memberships": gifted, "comments": comments}
