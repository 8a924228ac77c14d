"""Simulated Twitch and YouTube streams, to see multistreaming with no account anywhere.

Each is a ``DemoSource`` (same clock, same speed rules) whose events are a platform's:
Twitch cheers (Bits), subscriptions at three tiers, announced resubscriptions and gifted
subs; YouTube Super Chats and Super Stickers in several currencies, new and gifted
memberships; follows, chat, a raid, a drifting viewer count. As on the real platforms a
message now and then arrives twice (EventSub redelivers, YouTube pages overlap): the
count-once rule keeps it from counting twice. Seeded: a seed always gives the same stream.
Users and message ids are invented; ids carry the platform (core/events.PaidEvent).
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterator

from ..i18n import QT_TRANSLATE_NOOP
from ..core import events as ev
from .demo import FIRST_NAMES, DemoSource, Timeline, weighted_pick

# What viewers send and how often (relative weights), per platform: (kind, units, tier, weight).
TWITCH_INCOME = (("bits", 100, "", 30), ("bits", 500, "", 8), ("bits", 1000, "", 4), ("bits", 5000, "", 1),
                 ("sub", 1, "1000", 12), ("sub", 1, "2000", 2), ("sub", 1, "3000", 1), ("resub", 1, "1000", 8),
                 ("gift_subs", 1, "1000", 4), ("gift_subs", 5, "1000", 3), ("gift_subs", 10, "1000", 1))
# Super Chat tiers in a few currencies (whole units of that currency), and how often each comes.
SUPER_CHATS = (("USD", 2, 20), ("USD", 5, 14), ("USD", 10, 8), ("USD", 20, 4), ("USD", 100, 1), ("EUR", 5, 8),
               ("EUR", 10, 4), ("GBP", 5, 4), ("JPY", 500, 5), ("JPY", 10000, 1), ("BRL", 10, 5), ("BRL", 50, 2))
YOUTUBE_INCOME = (("super_chat", 1, 55), ("super_sticker", 1, 12), ("membership", 1, 14),
                  ("gift_memberships", 5, 4), ("gift_memberships", 10, 2), ("gift_memberships", 20, 1))
_NAMES = FIRST_NAMES[:26]  # the TikTok demo's first names (26 of them: a seed keeps its viewers)
_WORDS = ("Plays", "TV", "GG", "Live", "Pixel", "Byte", "Nova", "Fox", "Wave", "Moon")
_CHAT = ("PogChamp", "hi from chat!", "that was close", "GG", "LUL", "what rank are you?", "hype!!", "<3 <3",
         "first time catching you live", "the overlay looks clean")
DEMO_CHANNEL = {"twitch": ("twitch:90000001", "demo_creator", "Demo Creator"),
                "youtube": ("youtube:UCdemoCreator000000000000", "@democreator", "Demo Creator")}


class PlatformDemoSource(DemoSource):
    """A seeded simulated ``platform`` ("twitch" or "youtube") stream; see ``DemoSource`` for the clock."""

    def __init__(self, platform: str, seed: int = 1, duration: float = 1800.0, speed: float = 1.0,
                 start: float | None = None, intensity: float = 1.0) -> None:
        if platform not in ("twitch", "youtube"):
            raise ValueError(f"no demo for {platform!r}: twitch or youtube")
        super().__init__(seed=seed, duration=duration, speed=speed, start=start, intensity=intensity)
        self.kind = platform  # a session of this platform (its own, beside TikTok's)
        self.platform = platform

    async def start(self) -> ev.SourceInfo:
        info = await super().start()
        user_id, handle, _ = DEMO_CHANNEL[self.platform]
        return ev.SourceInfo(kind=self.platform, room_id=f"demo-{self.platform}-seed{self.seed}-{int(self.start_ts)}",
                             creator=handle, started_at=info.started_at,
                             extra={"platform": self.platform, "demo": True, "seed": self.seed,
                                    "duration": self.duration, "host_user_id": user_id})

    def generate(self) -> Iterator[ev.Event]:  # a platform's events, on the same clock
        rng = random.Random(f"demo-{self.platform}-{self.seed}")
        t0, end = self.start_ts, self.start_ts + self.duration
        crowd = [self._viewer(rng, i) for i in range(150)]
        timeline = Timeline(end)
        self._income(rng, crowd, timeline.push, t0, end)
        self._chat(rng, crowd, timeline.push, t0, end)
        yield from timeline.drain(QT_TRANSLATE_NOOP("EndReasons", "The demo Twitch stream ended") if self.platform == "twitch"
                                  else QT_TRANSLATE_NOOP("EndReasons", "The demo YouTube stream ended"))

    def _viewer(self, rng: random.Random, i: int) -> ev.User:
        name = f"{rng.choice(_NAMES)}{rng.choice(_WORDS)}{rng.randrange(10, 99)}"
        if self.platform == "twitch":
            return ev.User(f"twitch:{41_000_000 + i * 7919}", name.lower(), name)
        return ev.User(f"youtube:UC{rng.getrandbits(100):025x}"[:34], f"@{name.lower()}", name)

    def _message_id(self, rng: random.Random) -> str:
        h = f"{rng.getrandbits(128):032x}"
        if self.platform == "twitch":  # EventSub message ids are UUIDs
            return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
        return "LCC." + h  # YouTube's liveChatMessage ids are opaque text

    def _income(self, rng: random.Random, crowd: list[ev.User], push, t0: float, end: float) -> None:
        table = TWITCH_INCOME if self.platform == "twitch" else tuple((k, u, "", w) for k, u, w in YOUTUBE_INCOME)
        weights = list(itertools.accumulate(row[3] for row in table))
        t = t0 + rng.uniform(2.0, 6.0)
        while t < end:
            kind, units, tier, _ = weighted_pick(rng, table, weights)
            user = crowd[int(rng.paretovariate(1.2)) % len(crowd)]  # a few regulars pay most
            currency, micros = "", 0
            if kind in ("super_chat", "super_sticker"):
                sc = [s for s in SUPER_CHATS if kind == "super_chat" or s[1] <= 20 or s[0] == "JPY"]
                sw = list(itertools.accumulate(s[2] for s in sc))
                currency, amount, _ = weighted_pick(rng, sc, sw)
                micros = amount * 1_000_000
            message_id = self._message_id(rng)
            e = ev.PaidEvent(t, ev.platform_msg_id(self.platform, message_id), message_id, self.platform, kind, user,
                             units=units, tier=tier, amount_micros=micros, currency=currency,
                             text=rng.choice(_CHAT) if kind in ("super_chat", "resub") else "")
            push(e)
            if self.faults and rng.random() < 0.04:  # redelivered (EventSub) or on two pages (YouTube)
                push(ev.PaidEvent(t + rng.uniform(0.5, 4), e.msg_id, e.message_id, e.platform, e.kind, e.user,
                                  e.units, e.tier, e.amount_micros, e.currency, e.text))
            t += rng.expovariate(self.intensity / 14.0)

    def _chat(self, rng: random.Random, crowd: list[ev.User], push, t0: float, end: float) -> None:
        t, viewers, n = t0, rng.randint(20, 60), 0
        raid_at = t0 + rng.uniform(60, 600)
        while t < end:
            t += rng.expovariate(0.5)
            n += 1
            user = crowd[rng.randrange(len(crowd))]
            msg_id = ev.platform_msg_id(self.platform, f"activity-{self.seed}-{n}")
            if rng.random() < 0.8:
                push(ev.CommentEvent(t, user, rng.choice(_CHAT), msg_id))
            else:
                push(ev.FollowEvent(t, user, msg_id))
        if self.platform == "twitch" and raid_at < end:
            push(ev.RaidEvent(raid_at, ev.User("twitch:55500001", "friendly_streamer", "Friendly Streamer"),
                              rng.randint(12, 80), ev.platform_msg_id("twitch", f"raid-{self.seed}")))
        t = t0
        while t < end:
            viewers = max(3, viewers + rng.randint(-3, 4))
            push(ev.ViewerCountEvent(t, viewers))
            t += 5.0
