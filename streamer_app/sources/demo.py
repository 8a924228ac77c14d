"""A simulated stream that feels real, for trying the app with no TikTok account.

A crowd of viewers with a few big gifters; streaks of cheap gifts that grow and end
(and, as on TikTok, sometimes lose their end or get resent); a "battle" minute every
so often when gifts flood in, with LIVE Match scores; multi-guest stretches when two
guests on screen receive a share of the gifts; viewers' first gifts; follows, likes,
comments, shares and a drifting viewer count. Everything is drawn from generators seeded
by the seed, so a seed always gives the same stream, whatever the speed.
"""

from __future__ import annotations

import bisect
import heapq
import itertools
import math
import random
import time
from dataclasses import dataclass
from typing import AsyncIterator, Callable, Iterator, Sequence, TypeVar

from ..i18n import QT_TRANSLATE_NOOP
from ..core import events as ev
from .pacing import Pacer

T = TypeVar("T")

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

# The demo's creator, its two guests in multi-guest stretches and its LIVE Match rival: all
# invented. The host's id is what a TikTok source reads from room info.
DEMO_HOST = ev.User("6900000000000000000", "demo.creator", "Demo Creator")
GUESTS = (ev.User("6900000000000000101", "guest.mia", "Guest Mia"),
          ev.User("6900000000000000102", "guest.leo", "Guest Leo"))
RIVAL = ev.User("6900000000000000201", "rival.creator", "Rival Creator")

FIRST_NAMES = ("Ava", "Leo", "Mia", "Kai", "Zoe", "Noah", "Luna", "Eli", "Ivy", "Omar", "Nia", "Theo", "Maya", "Finn",
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
            first, last = rng.choice(FIRST_NAMES), rng.choice(_LAST)
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
        self._pacer = Pacer(self.speed)  # started again by start()
        self._sim_now = self.start_ts
        self._closed = False

    async def start(self) -> ev.SourceInfo:
        self._pacer = Pacer(self.speed)
        return ev.SourceInfo(
            kind="demo",
            room_id=f"demo-seed{self.seed}-{int(self.start_ts)}",
            creator="@" + DEMO_HOST.handle,
            started_at=self.start_ts,
            extra={"seed": self.seed, "duration": self.duration, "host_user_id": DEMO_HOST.user_id},
        )

    def now(self) -> float:
        if self.speed == 0:
            return self._sim_now
        return min(self.start_ts + (time.monotonic() - self._pacer.wall0) * self.speed, self.start_ts + self.duration)

    @property
    def skipped_messages(self) -> dict[str, int]:
        """Nothing to skip: the demo makes its events whole (the Source protocol asks)."""
        return {}

    async def aclose(self) -> None:
        self._closed = True

    async def events(self) -> AsyncIterator[ev.Event]:
        for event in self.generate():
            if self._closed:
                return
            self._sim_now = event.ts
            await self._pacer.wait_for(event.ts - self.start_ts)
            yield event

    # -- the simulation (pure: a seed gives the same events) ------------------------------
    def generate(self):
        """All events of the stream in time order."""
        rng = random.Random(self.seed)
        # Guests, first gifts and battle scores draw from their own generator, so adding them
        # left every gift, comment and like of a seed where it was.
        extra = random.Random(f"demo-guests-{self.seed}")
        crowd = _crowd(rng, self._crowd_size)
        weights = list(itertools.accumulate(v.wealth for v in crowd))
        msg_ids = itertools.count(rng.randrange(10**17, 9 * 10**17), 1)
        t0, end = self.start_ts, self.start_ts + self.duration
        timeline = Timeline(end)

        # Battles: a minute of frenzy every 8 to 15 minutes.
        battles = []
        t = t0 + rng.uniform(120, 300)
        while t < end:
            battles.append((t, t + 60))
            t += rng.uniform(480, 900)
        sim = _Sim(rng, extra, crowd, weights, msg_ids, timeline.push, battles, _guest_stretches(extra, t0, end))
        host_gifts = self._gifts(sim, t0, end)
        self._activity(sim, t0, end)
        self._battle_scores(sim, host_gifts)
        yield from timeline.drain(QT_TRANSLATE_NOOP("EndReasons", "The demo stream ended"))

    def _gifts(self, sim: "_Sim", t0: float, end: float) -> list[tuple[float, int]]:
        """Every gift of the stream; returns (time, coins) of those sent to the host."""
        rng = sim.rng
        battles = sim.battles

        def rate_at(ts: float) -> float:
            """Gift starts per second: a slow build-up, waves, and battles."""
            warm = min(1.0, (ts - t0) / 180 + 0.4)
            wave = 1.0 + 0.4 * math.sin((ts - t0) / 97.0)
            battle = 6.0 if any(a <= ts < b for a, b in battles) else 1.0
            return 0.3 * warm * wave * battle * self.intensity

        to_host: list[tuple[float, int]] = []
        # The first gift comes within seconds: whoever starts the app on the demo should
        # see an alert and a counted gift before deciding whether it works (at the build-up's
        # rate the first gift took 17 s on average, sometimes a minute).
        t = t0 + rng.uniform(1.0, 2.5)
        while t < end:
            v = sim.pick_viewer()
            gift = sim.pick_gift(v)
            to, first = sim.recipient(t), sim.first_gift(v)
            if gift.gift_id in STREAKABLE:
                units = self._streak(rng, v.user, gift, t, sim.msg_ids, sim.push, to, first)
            else:
                units = 1 if rng.random() < 0.85 else rng.choice((2, 3, 5, 10))
                e = ev.GiftEvent(t, next(sim.msg_ids), v.user, gift, units, False, False, 0, to, first)
                sim.push(e)
                if self.faults and rng.random() < 0.02:  # TikTok resends now and then
                    sim.push(ev.GiftEvent(t + rng.uniform(0.2, 3), e.msg_id, e.user, e.gift, units, False, False, 0,
                                          to, first))
            if to is None:
                to_host.append((t, units * gift.coins))
            t += rng.expovariate(rate_at(t))
        return to_host

    def _activity(self, sim: "_Sim", t0: float, end: float) -> None:
        """Follows, shares, likes, comments, subscriptions, and a drifting viewer count."""
        rng, crowd, push = sim.rng, sim.crowd, sim.push
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
            in_battle = any(a <= t < b for a, b in sim.battles)
            target = 140 + 60 * math.sin((t - t0) / 400.0) + (80 if in_battle else 0)
            viewers = max(5, int(viewers + (target - viewers) * 0.15 + rng.gauss(0, 4)))
            push(ev.ViewerCountEvent(t, viewers))
            t += 5.0

    def _battle_scores(self, sim: "_Sim", host_gifts: list[tuple[float, int]]) -> None:
        """LIVE Match scores for each battle minute: the host's points follow the coins of the
        gifts sent to them meanwhile (as TikTok's do), the rival's a race of their own."""
        extra = sim.extra
        times = [t for t, _ in host_gifts]  # in time order: gifts are drawn one after the other
        running = list(itertools.accumulate((coins for _, coins in host_gifts), initial=0))

        def coins_between(a: float, b: float) -> int:
            return running[bisect.bisect_left(times, b)] - running[bisect.bisect_left(times, a)]

        for a, b in sim.battles:
            battle_id = extra.randrange(10**15, 10**16)
            pace = extra.uniform(0.5, 1.5)  # the rival's crowd, richer or poorer than ours
            rival = 0
            ts = a
            while True:
                ended = ts >= b
                host = coins_between(a, ts)
                rival = max(rival, int(host * pace + extra.uniform(-0.1, 0.1) * host))
                sim.push(ev.BattleEvent(ts, battle_id, (ev.BattleScore(DEMO_HOST, host), ev.BattleScore(RIVAL, rival)),
                                        ended))
                if ended:
                    break
                ts = min(b, ts + 5.0)

    def _streak(self, rng, user, gift, t, msg_ids, push, to=None, first=False) -> int:
        """One combo: messages 1..n a few hundred ms apart, then the end (usually); returns n."""
        group_id = rng.randrange(1, 2**40) if rng.random() < 0.9 else 0
        n = max(1, int(rng.paretovariate(1.6)))
        if gift.coins == 1:
            n = min(n * rng.choice((1, 2, 5)), 299)
        else:
            n = min(n, 60)
        ts = t
        for count in range(1, n):
            push(ev.GiftEvent(ts, next(msg_ids), user, gift, count, False, True, group_id, to, first))
            ts += rng.uniform(0.12, 0.45)
        r = rng.random() if self.faults else 1.0
        if r < 0.03:
            # The end never comes (a known TikTok fault): the idle rule closes it.
            push(ev.GiftEvent(ts, next(msg_ids), user, gift, n, False, True, group_id, to, first))
            return n
        end = ev.GiftEvent(ts, next(msg_ids), user, gift, n, True, True, group_id, to, first)
        push(end)
        if r < 0.06:
            push(ev.GiftEvent(ts + rng.uniform(0.1, 2), end.msg_id, user, gift, n, True, True, group_id, to, first))
        elif r < 0.08 and group_id:
            # The end again under a new message id: the high-water mark keeps it from counting twice.
            push(ev.GiftEvent(ts + rng.uniform(0.1, 2), next(msg_ids), user, gift, n, True, True, group_id, to,
                              first))
        return n


def _guest_stretches(extra: random.Random, t0: float, end: float) -> list[tuple[float, float]]:
    """Multi-guest stretches: the first within a few minutes (a short demo shows one), then
    one every 10 to 20 minutes, each a few minutes long."""
    out = []
    t = t0 + extra.uniform(40, 150)
    while t < end:
        length = extra.uniform(180, 420)
        out.append((t, t + length))
        t += length + extra.uniform(600, 1200)
    return out


class _Sim:
    """What the parts of one simulated stream share: the generators, the crowd, the schedule."""

    def __init__(self, rng: random.Random, extra: random.Random, crowd: list[_Viewer], weights: list[float],
                 msg_ids: Iterator[int], push: Callable[[ev.Event], None], battles: list[tuple[float, float]],
                 stretches: list[tuple[float, float]]) -> None:
        self.rng, self.extra, self.crowd, self.weights = rng, extra, crowd, weights
        self.msg_ids, self.push, self.battles, self.stretches = msg_ids, push, battles, stretches
        self._gifted: set[str] = set()

    def pick_viewer(self) -> _Viewer:
        rng, weights = self.rng, self.weights
        return weighted_pick(rng, self.crowd, weights)

    def pick_gift(self, v: _Viewer) -> ev.Gift:
        # Richer viewers reach for pricier gifts; everyone mostly sends cheap ones.
        rng = self.rng
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

    def recipient(self, t: float) -> ev.User | None:
        """While guests are on screen about a third of the gifts go to them, Mia a little more."""
        if not any(a <= t < b for a, b in self.stretches) or self.extra.random() >= 0.35:
            return None
        return GUESTS[0] if self.extra.random() < 0.6 else GUESTS[1]

    def first_gift(self, v: _Viewer) -> bool:
        """A viewer's first gift of the stream is, for some, their first to this creator ever."""
        if v.user.user_id in self._gifted:
            return False
        self._gifted.add(v.user.user_id)
        return self.extra.random() < 0.3


def weighted_pick(rng: random.Random, items: Sequence[T], cum_weights: Sequence[float]) -> T:
    """One of ``items``, each as likely as its weight (``cum_weights``: the running sums): one draw of ``rng``."""
    return items[min(len(items) - 1, bisect.bisect_left(cum_weights, rng.random() * cum_weights[-1]))]


class Timeline:
    """A simulated stream's events, made part by part and handed out in time order up to ``end``."""

    def __init__(self, end: float) -> None:
        self.end = end
        self._heap: list[tuple[float, int, ev.Event]] = []
        self._order = itertools.count()  # equal times keep the order they were made in

    def push(self, e: ev.Event) -> None:
        if e.ts <= self.end:
            heapq.heappush(self._heap, (e.ts, next(self._order), e))

    def drain(self, reason: str) -> Iterator[ev.Event]:
        """Every event in time order, then the stream's end (``reason``)."""
        while self._heap:
            yield heapq.heappop(self._heap)[2]
        yield ev.StreamEndEvent(self.end, reason)
