"""Which rules an engine update sets off: compiled once, asked on the engine loop for every update.

Cheap by construction (docs/BENCHMARKS.md, benchmarks/bench_actions.py: the goal is 5 us per
counted gift with 100 rules): rules are indexed by the update's type, gift rules by gift
id, and within one index entry sorted by ``min_coins``, so a gift finds its rules with a
couple of dict look-ups and one bisect, whatever the number of rules. Cooldowns and the
global rate limit (``Gate``) are counted in stream time: a recording sets off the same
actions flat out as in real time.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Callable

from .rules import Rule

# An update's matches: (when.event, the rules, what the event adds to the update).
Match = tuple[str, tuple[Rule, ...], "dict[str, Any] | None"]
LIKE_CROSSINGS_MAX = 10  # a like update that jumps many multiples fires at most this often per rule
# Twitch and YouTube income arrives as "paid" updates (platform-core); these kinds are subscriptions
# (a gift of N subs counts for the gifter), so they set off ``subscribe`` rules.
PAID_SUB_KINDS = frozenset({"sub", "resub", "membership", "gift_subs", "gift_memberships"})
GIFT_CACHE_MAX = 4096  # remembered answers for (gift, coins, recipient, platform, first gift)


@dataclass
class _Group:
    """Gift rules of one gift id (or any), platform (or any) and recipient filter, by min_coins."""

    platform: str | None
    host_only: bool
    keys: list[int] = field(default_factory=list)
    rules: list[Rule] = field(default_factory=list)


def _gift_index(rules: Sequence[Rule]) -> dict[int | None, list[_Group]]:
    index: dict[int | None, list[_Group]] = {}
    for r in rules:
        f = r.filters
        groups = index.setdefault(f.get("gift_id"), [])
        platform, host_only = f.get("platform"), f.get("recipient", "any") == "host"
        g = next((g for g in groups if g.platform == platform and g.host_only == host_only), None)
        if g is None:
            g = _Group(platform, host_only)
            groups.append(g)
        at = bisect.bisect_right(g.keys, f.get("min_coins", 0))
        g.keys.insert(at, f.get("min_coins", 0))
        g.rules.insert(at, r)
    return index


def _gift_rules(index: dict[int | None, list[_Group]], gift_id: int, coins: int, platform: str,
                host: bool) -> list[Rule]:
    found: list[Rule] = []
    for groups in (index.get(gift_id), index.get(None)):
        if groups:
            for g in groups:
                if (g.platform is None or g.platform == platform) and (host or not g.host_only):
                    n = bisect.bisect_right(g.keys, coins)
                    if n:
                        found += g.rules[:n]
    return found


class Matcher:
    """The enabled ``rules`` compiled; ``match(update)`` gives what they set off (engine loop only).

    ``platform`` is the source's, for updates that do not name theirs. ``like_total`` is the
    room's like total already seen (a resumed session's), so only new multiples fire.
    """

    def __init__(self, rules: Sequence[Rule], platform: str = "tiktok") -> None:
        live = [r for r in rules if r.enabled]
        self.rules = tuple(live)
        self.platform = platform
        self.like_total = 0
        self.cooldowns = any(r.cooldown for r in live)  # the gate has per-rule work only then
        # A stream has few distinct (gift, coins, recipient, platform, first) combinations: a
        # gift's answer is looked up once and then remembered (the rules never change in a Matcher).
        self._gift_cache: dict[tuple[Any, ...], tuple[Match, ...]] = {}
        by_event: dict[str, list[Rule]] = {}
        for r in live:
            by_event.setdefault(r.event, []).append(r)
        self._gifts = _gift_index(by_event.get("gift", []))
        self._firsts = _gift_index(by_event.get("first_gift", []))
        self._simple = {k: tuple(by_event.get(k, ())) for k in ("follow", "share", "subscribe", "timer_end")}
        self._likes = tuple(by_event.get("like_total", ()))
        self._like_floor, self._like_next = 0, 0  # nothing known yet: the first like update looks
        self._thresholds = tuple(by_event.get("threshold_reached", ()))
        # The update types worth looking at: nothing else costs more than one dict miss.
        table: dict[str, Callable[[Mapping[str, Any]], Sequence[Match] | None]] = {}
        if self._gifts or self._firsts:
            table["gift"] = self._gift
        for kind in ("follow", "share", "subscribe"):
            if self._simple[kind]:
                table[kind] = self._activity
        if self._simple["subscribe"]:
            table["paid"] = self._paid
        if self._likes:
            table["like"] = self._like
        if self._thresholds:
            table["threshold"] = self._threshold
        if self._simple["timer_end"]:
            table["timer_end"] = self._timer_end
        self.table = table

    def match(self, update: Mapping[str, Any]) -> Sequence[Match] | None:
        fn = self.table.get(update.get("type"))  # type: ignore[arg-type]
        return fn(update) if fn is not None else None

    def _gift(self, u: Mapping[str, Any]) -> tuple[Match, ...] | None:
        if "test" in u:
            return None  # the overlay's pretend gift is not a gift
        key = (u["gift"]["id"], u["coins"], u["to"] is None, u.get("platform") or self.platform, u["first_gift"])
        found = self._gift_cache.get(key)
        if found is None:
            if len(self._gift_cache) >= GIFT_CACHE_MAX:
                self._gift_cache.clear()
            found = self._gift_cache[key] = self._gift_matches(*key)
        return found or None

    def _gift_matches(self, gift_id: int, coins: int, host: bool, platform: str, first: bool) -> tuple[Match, ...]:
        out: list[Match] = []
        if self._gifts:
            found = _gift_rules(self._gifts, gift_id, coins, platform, host)
            if found:
                out.append(("gift", tuple(found), None))
        if self._firsts and first:
            found = _gift_rules(self._firsts, gift_id, coins, platform, host)
            if found:
                out.append(("first_gift", tuple(found), None))
        return tuple(out)

    def _activity(self, u: Mapping[str, Any]) -> list[Match] | None:
        platform = u.get("platform") or self.platform
        kind = u["type"]
        found = tuple(r for r in self._simple[kind] if r.filters.get("platform", platform) == platform)
        return [(kind, found, None)] if found else None

    def _paid(self, u: Mapping[str, Any]) -> list[Match] | None:
        if u.get("kind") not in PAID_SUB_KINDS:
            return None
        platform = u.get("platform") or self.platform
        found = tuple(r for r in self._simple["subscribe"] if r.filters.get("platform", platform) == platform)
        return [("subscribe", found, None)] if found else None

    def _like(self, u: Mapping[str, Any]) -> list[Match] | None:
        total, last = u.get("room_total", 0), self.like_total
        if total <= last:
            return None  # totals only grow; an older or equal one sets nothing off
        self.like_total = total
        if last >= self._like_floor and total < self._like_next:
            return None  # no multiple passed (most like updates): one comparison, not one per rule
        platform = u.get("platform") or self.platform
        out: list[Match] = []
        for r in self._likes:
            if r.filters.get("platform", platform) != platform:
                continue
            every = r.filters["every"]
            first, upto = last // every + 1, total // every
            for k in range(max(first, upto - LIKE_CROSSINGS_MAX + 1), upto + 1):
                out.append(("like_total", (r,), {"total": k * every, "room_total": total, "every": every}))
        # The next total at which any rule's multiple is passed, valid from ``total`` on.
        self._like_floor = total
        self._like_next = min((total // r.filters["every"] + 1) * r.filters["every"] for r in self._likes)
        return out or None

    def _threshold(self, u: Mapping[str, Any]) -> list[Match] | None:
        name = (u.get("threshold") or {}).get("name")
        found = tuple(r for r in self._thresholds if r.filters.get("threshold", name) == name)
        return [("threshold_reached", found, None)] if found else None

    def _timer_end(self, u: Mapping[str, Any]) -> list[Match] | None:
        return [("timer_end", self._simple["timer_end"], None)]


class Gate:
    """Per-rule cooldowns and the global rate limit, in stream time (engine loop only).

    ``per_second`` firings a second on average, bursts of up to ``burst``; 0 turns the limit off.
    """

    def __init__(self, per_second: float = 10.0, burst: int = 30) -> None:
        self.per_second = per_second
        self.burst = float(max(1, burst))
        self.tokens = self.burst
        self.at: float | None = None
        self.last_fired: dict[int, float] = {}  # id(rule) -> stream time it last fired
        self.cooled = 0  # firings a cooldown skipped
        self.limited = 0  # firings the rate limit skipped

    def admit_all(self, found: Sequence[Match], ts: float, cooldowns: bool) -> Sequence[Match]:
        """``found`` without what a cooldown or the rate limit holds back (``cooldowns``: any rule has one)."""
        if not cooldowns and self.per_second > 0:
            # The usual case: no cooldowns, tokens enough for everything; ``found`` goes on as it is.
            self._refill(ts)
            n = 0
            for m in found:
                n += len(m[1])
            if self.tokens >= n:
                self.tokens -= n
                return found
        out: list[Match] = []
        for kind, rules, extra in found:
            rules = self.admit(rules, ts, cooldowns)
            if rules:
                out.append((kind, rules, extra))
        return out

    def _refill(self, ts: float) -> None:
        """Tokens earned since the last firing's stream time (an earlier ``ts`` earns none)."""
        if self.at is None or ts > self.at:
            if self.at is not None:
                self.tokens = min(self.burst, self.tokens + (ts - self.at) * self.per_second)
            self.at = ts

    def admit(self, rules: tuple[Rule, ...], ts: float, cooldowns: bool = True) -> tuple[Rule, ...]:
        out = rules
        if cooldowns and any(r.cooldown for r in rules):
            kept = []
            for r in rules:
                if r.cooldown:
                    last = self.last_fired.get(id(r))
                    if last is not None and 0 <= ts - last < r.cooldown:
                        self.cooled += 1
                        continue
                    self.last_fired[id(r)] = ts
                kept.append(r)
            out = tuple(kept)
        if self.per_second > 0 and out:
            self._refill(ts)
            allowed = int(self.tokens)
            if allowed < len(out):
                self.limited += len(out) - allowed
                out = out[:allowed]
            self.tokens -= len(out)
        return out
