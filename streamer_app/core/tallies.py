"""Running totals of a session, built from counted gifts (and rebuildable from the ledger)."""

from __future__ import annotations

import heapq
from collections.abc import Iterable
from dataclasses import dataclass, field

from .counting import CountedGift
from .events import PaidEvent
from .platform_income import PaidTally

TIMELINE_BUCKET_S = 10  # resolution of the earnings timeline (a 3 h stream: 1,080 points)


@dataclass(slots=True)
class GifterTally:
    user_id: str
    handle: str
    nickname: str
    coins: int = 0
    gifts: int = 0


@dataclass(slots=True)
class GiftTally:
    gift_id: int
    name: str
    coins_each: int
    image_url: str = ""
    count: int = 0
    coins: int = 0


# What one guest of a multi-guest or co-host LIVE received (their income, not the creator's):
# the same figures as a gifter's, keyed by the guest.
GuestTally = GifterTally


@dataclass(slots=True)
class Tallies:
    """Totals, per gifter, per gift and over time. Pure; O(1) per counted gift."""

    coins: int = 0
    gifts: int = 0  # units
    gifters: dict[str, GifterTally] = field(default_factory=dict)
    by_gift: dict[int, GiftTally] = field(default_factory=dict)
    # bucket start (POSIX seconds, multiple of TIMELINE_BUCKET_S) -> [coins, units]
    timeline: dict[int, list[int]] = field(default_factory=dict)
    closed_without_end: int = 0
    follows: int = 0
    shares: int = 0
    comments: int = 0
    likes: int = 0  # the room's running total as last reported
    subscribes: int = 0
    viewers: int = 0
    peak_viewers: int = 0
    first_gifts: int = 0  # viewers whose first gift to this creator came tonight
    # Gifts to guests, by recipient: kept apart, never in any figure above.
    guests: dict[str, GuestTally] = field(default_factory=dict)
    # Twitch and YouTube income (Bits, subs, memberships, Super Chats): counted paid messages.
    paid: PaidTally = field(default_factory=PaidTally)
    raids: int = 0

    def add_paid(self, e: PaidEvent) -> None:
        self.paid.add(e)

    @property
    def all_subscribes(self) -> int:
        """Subscriptions of every platform: TikTok's subscribe messages, Twitch subs (gifted ones
        included) and YouTube memberships. ``subscribes`` alone is TikTok's, saved per session;
        the others are rebuilt from the ledger's paid rows."""
        return self.subscribes + self.paid.subs + self.paid.memberships

    @property
    def guest_coins(self) -> int:
        return sum(g.coins for g in self.guests.values())

    @property
    def guest_gifts(self) -> int:
        return sum(g.gifts for g in self.guests.values())

    def guests_by_coins(self) -> list[GuestTally]:
        return sorted(self.guests.values(), key=lambda g: (-g.coins, g.user_id))

    def _add_guest(self, g: CountedGift) -> None:
        r = g.recipient
        assert r is not None
        guest = self.guests.get(r.user_id)
        if guest is None:
            guest = self.guests[r.user_id] = GuestTally(r.user_id, r.handle, r.nickname)
        elif r.nickname or r.handle:
            guest.handle, guest.nickname = r.handle or guest.handle, r.nickname or guest.nickname
        guest.coins += g.units * g.gift.coins
        guest.gifts += g.units

    def add(self, g: CountedGift) -> None:
        if g.recipient is not None:  # a guest's income (DESIGN.md section 1, "Who received a gift")
            self._add_guest(g)
            return
        if g.first_gift:
            self.first_gifts += 1
        coins = g.units * g.gift.coins
        self.coins += coins
        self.gifts += g.units
        u = g.user
        gifter = self.gifters.get(u.user_id)
        if gifter is None:
            gifter = self.gifters[u.user_id] = GifterTally(u.user_id, u.handle, u.nickname)
        elif u.nickname or u.handle:
            gifter.handle, gifter.nickname = u.handle or gifter.handle, u.nickname or gifter.nickname
        gifter.coins += coins
        gifter.gifts += g.units
        gift = self.by_gift.get(g.gift.gift_id)
        if gift is None:
            gift = self.by_gift[g.gift.gift_id] = GiftTally(
                g.gift.gift_id, g.gift.name, g.gift.coins, g.gift.image_url
            )
        gift.count += g.units
        gift.coins += coins
        bucket = int(g.ts // TIMELINE_BUCKET_S) * TIMELINE_BUCKET_S
        point = self.timeline.get(bucket)
        if point is None:
            self.timeline[bucket] = [coins, g.units]
        else:
            point[0] += coins
            point[1] += g.units
        if g.closed_without_end:
            self.closed_without_end += 1

    @property
    def unique_gifters(self) -> int:
        return len(self.gifters)

    def top_gifters(self, n: int | None = 10) -> list[GifterTally]:
        """By coins descending; ties by gifts, then user id, so the order is stable."""
        gifters: Iterable[GifterTally] = self.gifters.values()
        if n is not None and len(self.gifters) > 4 * n:
            # Only gifters at or above the n-th highest coin total can rank in the top n: sort
            # those, not all of them (the window asks for a snapshot 10 times a second; sorting
            # 2,000 gifters' tuple keys each time was most of the engine thread's snapshot cost).
            floor = heapq.nlargest(n, [g.coins for g in gifters])[-1] if n > 0 else float("inf")
            gifters = [g for g in gifters if g.coins >= floor]
        ranked = sorted(gifters, key=lambda g: (-g.coins, -g.gifts, g.user_id))
        return ranked if n is None else ranked[:n]

    def gifts_by_type(self) -> list[GiftTally]:
        return sorted(self.by_gift.values(), key=lambda g: (-g.coins, g.gift_id))

    def gifts_per_minute(self, now: float, window_s: float = 300.0) -> float:
        """Gift units per minute over the last ``window_s`` seconds of stream time."""
        start = now - window_s
        units = sum(p[1] for b, p in self.timeline.items() if b + TIMELINE_BUCKET_S > start and b <= now)
        return units * 60.0 / window_s

    def cumulative_timeline(self) -> list[tuple[int, int]]:
        """(bucket end time, cumulative coins) in time order."""
        total = 0
        out = []
        for bucket in sorted(self.timeline):
            total += self.timeline[bucket][0]
            out.append((bucket + TIMELINE_BUCKET_S, total))
        return out
