"""A simulated stream that feels real, for trying the app with no TikTok account.

A crowd of viewers with a few big gifters; streaks of cheap gifts that grow and end
(and, as on TikTok, sometimes lose their end or get resent); a "battle" minute every
so often when gifts flood in; follows, likes, comments, shares and a drifting viewer
count. Everything is drawn from one seeded random generator, so a seed always gives
the same stream, whatever the speed.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
import math
import random
import time
from dataclasses import dataclass
from typing import AsyncIterator

from ..core import events as ev

# Public prices (DESIGN.md section 1); ids are ours, art is drawn by us (assets/overlay/gifts).
CATALOG: tuple[tuple[int, str, int, bool, str], ...] = (
    # gift_id, name, coins, streakable, art slug
    (1, "Rose", 1, True, "rose"),
    (2, "TikTok", 1, True, "tiktok"),
    (3, "Finger Heart", 5, True, "finger-heart"),
    (4, "Perfume", 20, True, "perfume"),
    (5, "Doughnut", 30, True, "doughnut"),
    (6, "Applause", 50, False, "applause"),
    (7, "Hand Hearts", 100, False, "hand-hearts"),
    (8, "Dynamic Duo", 100, False, "dynamic-duo"),
    (9, "Corgi", 299, False, "corgi"),
    (10, "Money Gun", 500, False, "money-gun"),
    (11, "Director's Chair", 500, False, "directors-chair"),
    (12, "Galaxy", 1000, False, "galaxy"),
    (13, "Lion Dance", 2000, False, "lion-dance"),
    (14, "Lion", 29999, False, "lion"),
    (15, "TikTok Universe", 44999, False, "universe"),
)
GIFTS = {gid: ev.Gift(gid, name, coins, f"gifts/{slug}.svg") for gid, name, coins, _, slug in CATALOG}
STREAKABLE = {gid for gid, _, _, streak, _ in CATALOG if streak}

_FIRST = ("Ava", "Leo", "Mia", "Kai", "Zoe", "Noah", "Luna", "Eli", "Ivy", "Omar", "Nia", "Theo", "Maya", "Finn",
          "Aria", "Ezra", "Lena", "Jude", "Rosa", "Sami", "Yuki", "Iris", "Milo", "Nora", "Ravi", "Tess", "Axel",
          "Cleo", "Dani", "Hana", "Jonas", "Lila", "Marco", "Priya", "Quinn", "Sofia", "Tomas", "Uma", "Vera", "Wes")
_LAST = ("star", "beats", "gamer", "vibes", "art", "moon", "fox", "wave", "cloud", "pixel", "rider", "sky",
         "nova", "bloom", "byte", "coffee", "dreams", "flow", "glow", "jazz")
_COMMENTS = ("hiii 👋", "love this stream!", "first time here", "can you say hi to me?", "🔥🔥🔥", "what game is this?",
             "lets goooo", "you're so funny 😂", "greetings from Brazil 🇧🇷", "how long are you live today?",
             "W stream", "tap tap tap ❤️", "the music is fire", "battle time!!", "gg", "❤️❤️❤️", "hello from Spain",
             "can we get 1k likes?", "sending roses 🌹", "this is my favorite stream")


@dataclass
class _Viewer:
    user: ev.User
    wealth: float  # relative spending: most near 1, a few whales far above


def _crowd(rng: random.Random, n: int) -> list[_Viewer]:
    out = []
    names = set()
    for i in range(n):
        while True:
            first, last = rng.choice(_FIRST), rng.choice(_LAST)
            handle = f"{first.lower()}{'_' if rng.random() < 0.5 else '.'}{last}{rng.randrange(10, 999)}"
            if handle not in names:
                names.add(handle)
                break
        nickname = first if rng.random() < 0.5 else f"{first} {last.title()}"
        if rng.random() < 0.15:
            nickname += rng.choice((" ✨", " 🌙", " 🎮", " 💜", " 🔥"))
        wealth = rng.paretovariate(1.3)
        out.append(_Viewer(ev.User(str(7_000_000_000_000_000_000 + rng.randrange(10**15)), handle, nickname), wealth))
    # A few big gifters, as every stream has.
    for v in rng.sample(out, k=min(4, n)):
        v.wealth *= 25
    return out


class DemoSource:
    """A seeded simulated stream of ``duration`` stream seconds at ``speed`` x real time (0: flat out)."""

    kind = "demo"

    def __init__(
        self,
        seed: int = 1,
        duration: float = 1800.0,
        speed: float = 1.0,
        start: float | None = None,
        crowd: int = 400,
        intensity: float = 1.0,
        faults: bool = True,
    ) -> None:
        if duration <= 0:
            raise ValueError("the demo duration must be positive")
        if speed < 0:
            raise ValueError("speed must be 0 (as fast as possible) or more")
        self.seed, self.duration, self.speed = seed, float(duration), float(speed)
        self.start_ts = float(start if start is not None else time.time())
        self.intensity = intensity
        self.faults = faults
        self._crowd_size = crowd
        self._wall0 = 0.0
        self._sim_now = self.start_ts
        self._closed = False

    async def start(self) -> ev.SourceInfo:
        self._wall0 = time.monotonic()
        return ev.SourceInfo(
            kind="demo",
            room_id=f"demo-seed{self.seed}-{int(self.start_ts)}",
            creator="@demo.creator",
            started_at=self.start_ts,
            extra={"seed": self.seed, "duration": self.duration},
        )

    def now(self) -> float:
        if self.speed == 0:
            return self._sim_now
        return min(self.start_ts + (time.monotonic() - self._wall0) * self.speed, self.start_ts + self.duration)

    async def aclose(self) -> None:
        self._closed = True

    async def events(self) -> AsyncIterator[ev.Event]:
        n = 0
        for event in self.generate():
            if self._closed:
                return
            self._sim_now = event.ts
            if self.speed > 0:
                due = self._wall0 + (event.ts - self.start_ts) / self.speed
                delay = due - time.monotonic()
                if delay > 0:
                    await asyncio.sleep(delay)
            else:
                n += 1
                if n % 256 == 0:
                    await asyncio.sleep(0)  # let the loop breathe (overlay, signals, Ctrl-C)
            yield event

    # -- the simulation (pure: a seed gives the same events) ------------------------------
    def generate(self):
        """All events of the stream in time order."""
        rng = random.Random(self.seed)
        crowd = _crowd(rng, self._crowd_size)
        weights = list(itertools.accumulate(v.wealth for v in crowd))
        msg_ids = itertools.count(rng.randrange(10**17, 9 * 10**17), 1)
        heap: list[tuple[float, int, ev.Event]] = []
        order = itertools.count()
        t0, end = self.start_ts, self.start_ts + self.duration

        def push(e: ev.Event) -> None:
            if e.ts <= end:
                heapq.heappush(heap, (e.ts, next(order), e))

        # Battles: a minute of frenzy every 8 to 15 minutes.
        battles = []
        t = t0 + rng.uniform(120, 300)
        while t < end:
            battles.append((t, t + 60))
            t += rng.uniform(480, 900)

        def rate_at(ts: float) -> float:
            """Gift starts per second: a slow build-up, waves, and battles."""
            warm = min(1.0, (ts - t0) / 180 + 0.4)
            wave = 1.0 + 0.4 * math.sin((ts - t0) / 97.0)
            battle = 6.0 if any(a <= ts < b for a, b in battles) else 1.0
            return 0.3 * warm * wave * battle * self.intensity

        def pick_viewer() -> _Viewer:
            return crowd[min(len(crowd) - 1, _bisect(weights, rng.random() * weights[-1]))]

        def pick_gift(v: _Viewer) -> ev.Gift:
            # Richer viewers reach for pricier gifts; everyone mostly sends cheap ones.
            r = rng.random() ** (1.0 / (1.0 + 0.25 * math.log1p(v.wealth)))
            if r < 0.55:
                return GIFTS[rng.choice((1, 1, 1, 2, 3))]
            if r < 0.88:
                return GIFTS[rng.choice((3, 4, 5, 6))]
            if r < 0.993:
                return GIFTS[rng.choice((7, 8, 9, 10, 11))]
            if r < 0.99985:
                return GIFTS[rng.choice((12, 12, 12, 13))]
            return GIFTS[rng.choice((14, 15))]

        # Gifts. The first one comes within seconds: whoever starts the app on the demo should
        # see an alert and a counted gift before deciding whether it works (at the build-up's
        # rate the first gift took 17 s on average, sometimes a minute).
        t = t0 + rng.uniform(1.0, 2.5)
        while t < end:
            v = pick_viewer()
            gift = pick_gift(v)
            if gift.gift_id in STREAKABLE:
                self._streak(rng, v.user, gift, t, msg_ids, push)
            else:
                units = 1 if rng.random() < 0.85 else rng.choice((2, 3, 5, 10))
                e = ev.GiftEvent(t, next(msg_ids), v.user, gift, units, False, False, 0)
                push(e)
                if self.faults and rng.random() < 0.02:  # TikTok resends now and then
                    push(ev.GiftEvent(t + rng.uniform(0.2, 3), e.msg_id, e.user, e.gift, units, False, False, 0))
            t += rng.expovariate(rate_at(t))

        # Follows, shares, likes, comments, viewers, subscriptions
        likes_total = 0
        t = t0
        viewers = rng.randint(40, 90)
        while t < end:
            t += rng.expovariate(1.2)
            if t >= end:
                break
            v = crowd[rng.randrange(len(crowd))]
            r = rng.random()
            if r < 0.45:
                n = rng.randint(1, 15)
                likes_total += n
                push(ev.LikeEvent(t, v.user, n, likes_total))
            elif r < 0.80:
                push(ev.CommentEvent(t, v.user, rng.choice(_COMMENTS)))
            elif r < 0.91:
                push(ev.FollowEvent(t, v.user))
            elif r < 0.97:
                push(ev.ShareEvent(t, v.user))
            elif r < 0.975:
                push(ev.SubscribeEvent(t, v.user, rng.randint(1, 6)))
        t = t0
        while t < end:
            in_battle = any(a <= t < b for a, b in battles)
            target = 140 + 60 * math.sin((t - t0) / 400.0) + (80 if in_battle else 0)
            viewers = max(5, int(viewers + (target - viewers) * 0.15 + rng.gauss(0, 4)))
            push(ev.ViewerCountEvent(t, viewers))
            t += 5.0

        while heap:
            yield heapq.heappop(heap)[2]
        yield ev.StreamEndEvent(end, "The demo stream ended")

    def _streak(self, rng, user, gift, t, msg_ids, push) -> None:
        """One combo: messages 1..n a few hundred ms apart, then the end (usually)."""
        group_id = rng.randrange(1, 2**40) if rng.random() < 0.9 else 0
        n = max(1, int(rng.paretovariate(1.6)))
        if gift.coins == 1:
            n = min(n * rng.choice((1, 2, 5)), 299)
        else:
            n = min(n, 60)
        ts = t
        for count in range(1, n):
            push(ev.GiftEvent(ts, next(msg_ids), user, gift, count, False, True, group_id))
            ts += rng.uniform(0.12, 0.45)
        r = rng.random() if self.faults else 1.0
        if r < 0.03:
            # The end never comes (a known TikTok fault): the idle rule closes it.
            push(ev.GiftEvent(ts, next(msg_ids), user, gift, n, False, True, group_id))
            return
        end = ev.GiftEvent(ts, next(msg_ids), user, gift, n, True, True, group_id)
        push(end)
        if r < 0.06:
            push(end.__class__(ts + rng.uniform(0.1, 2), end.msg_id, user, gift, n, True, True, group_id))
        elif r < 0.08 and group_id:
            # The end again under a new message id: the high-water mark keeps it from counting twice.
            push(ev.GiftEvent(ts + rng.uniform(0.1, 2), next(msg_ids), user, gift, n, True, True, group_id))


def _bisect(acc: list[float], x: float) -> int:
    lo, hi = 0, len(acc)
    while lo < hi:
        mid = (lo + hi) // 2
        if acc[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo
