"""The alert queue: which gift alerts are shown, in what order, and what folds into a summary.

Pure and Qt-free so the desktop alert window and the browser overlay follow the same
rules. It consumes the engine's JSON-ready updates ("gift" and "streak", see
engine.Engine) and keeps the queue honest under bursts:

* **ordered**: alerts are shown in the order they arrived;
* **combos merged**: a streak is one alert whose counter grows live (even while it is
  on screen) and settles when it ends; a repeat of the same gift by the same viewer
  that is still waiting merges into the waiting alert;
* **min-coins filter**: an alert below ``min_coins`` is not shown (a streak appears
  once its running value reaches the minimum);
* **a cap**: at most ``max_queue`` alerts wait; beyond that, the smallest waiting
  alerts fold into one summary card ("+37 more gifts, 1,204 coins") at the end of the
  queue, instead of a backlog of minutes. Top-tier gifts are never folded;
* **actions' alerts** (an actions.json ``alert``, update type "alert") are cards of their
  own: in arrival order, held for the rule's seconds, never merged or folded;
* **Twitch and YouTube income** (a "paid" update: Bits, subs, Super Chats, memberships) is
  a gift card of the creator's, one per message, never merged and never below the minimum:
  its value in coins is the creator's share at MONEY_PER_COIN, as the overlay's alerts.js
  reckons it, so its tier (and a big Super Chat's celebration) follows what it earns.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

# Tier thresholds in coins: 0 small, 1 medium, 2 big, 3 celebration.
TIER_COINS = (0, 100, 1000, 10000)
# Seconds an alert holds on screen, by tier, when nothing waits behind it.
HOLD_S = (2.5, 4.0, 6.0, 9.0)
MIN_HOLD_S = 1.2
# What a coin earns at the default rates (0.5 diamonds x 0.01): a paid message's share in coins.
MONEY_PER_COIN = 0.005


def tier_of(coins: int) -> int:
    tier = 0
    for i, limit in enumerate(TIER_COINS):
        if coins >= limit:
            tier = i
    return tier


@dataclass
class Alert:
    """One card. ``kind`` is "gift", "summary" or "custom" (an action's alert: ``name`` is its text)."""

    kind: str
    seq: int
    key: tuple[object, ...] = ()  # merge identity: (user id, gift id, group id or "msg")
    user_id: str = ""
    name: str = ""  # the viewer as the creator knows them
    gift_id: int = 0
    gift_name: str = ""
    coins_each: int = 0
    units: int = 0
    image: str = ""
    live: bool = False  # a streak still growing
    summary_coins: int = 0  # summary cards: coins folded in
    senders: set[str] = field(default_factory=set)  # summary cards: distinct viewers folded in
    seconds: float = 0.0  # custom cards: the rule's hold time
    platform: str = ""  # paid cards: twitch or youtube (its mark is drawn where a gift's icon is)
    paid: bool = False  # a Twitch or YouTube paid message: ``gift_name`` is its label ("500 Bits")

    @property
    def coins(self) -> int:
        return self.units * self.coins_each if self.kind == "gift" else self.summary_coins

    @property
    def tier(self) -> int:
        return tier_of(self.coins) if self.kind == "gift" else 0

    def text(self) -> str:
        if self.kind == "custom":
            return self.name
        if self.kind == "summary":
            return f"+{self.units:,} more gifts, {self.summary_coins:,} coins"
        return f"{self.name} sent {self.units:,} {self.gift_name}"


class AlertQueue:
    """Feed it engine updates with ``push``; the view takes alerts with ``next``."""

    def __init__(self, min_coins: int = 1, max_queue: int = 8) -> None:
        self.reset(min_coins, max_queue)

    def reset(self, min_coins: int = 1, max_queue: int = 8) -> None:
        """Start over (a new source): nothing from before is shown, with these limits."""
        self.min_coins = max(0, int(min_coins))
        self.max_queue = max(1, int(max_queue))
        self.waiting: list[Alert] = []  # gift alerts in arrival order
        self.summary: Alert | None = None  # folded alerts, shown after the waiting ones
        self.current: Alert | None = None
        self._seq = itertools.count(1)
        self._streaks: dict[tuple[object, ...], Alert] = {}  # streak alerts waiting or on screen, by identity
        self._folded: dict[tuple[object, ...], int] = {}  # streaks folded into the summary: units folded so far
        self._retired: dict[tuple[object, ...], int] = {}  # streaks whose card already left while still growing
        self.shown = 0
        self.filtered = 0

    # -- input -------------------------------------------------------------------------
    def push(self, update: Mapping[str, Any]) -> Alert | None:
        """Apply one engine update; returns the alert it created or changed, if any."""
        kind = update.get("type")
        if kind == "streak":
            return self._streak(update)
        if kind == "gift":
            return self._gift(update)
        if kind == "paid":
            return self._paid(update)
        if kind == "alert" and update.get("text"):
            seq = next(self._seq)
            alert = Alert(kind="custom", seq=seq, key=("custom", seq), name=str(update["text"]),
                          gift_name=str(update.get("rule", "")), seconds=float(update.get("seconds") or HOLD_S[1]))
            self._enqueue(alert)
            return alert
        return None

    def _streak(self, u: Mapping[str, Any]) -> Alert | None:
        user, gift = u["user"], u["gift"]
        key = (str(user["id"]), int(gift["id"]), u.get("group_id", 0))
        count = int(u["count"])
        ended = bool(u.get("ended", False))
        alert = self._streaks.get(key)
        if alert is not None:
            alert.units = max(alert.units, count)
            alert.live = not ended
            return alert
        if key in self._folded:
            return self._grow_folded(key, count, int(gift["coins"]))
        if key in self._retired:
            self._retired[key] = max(self._retired[key], count)
            return None
        if count * int(gift["coins"]) < self.min_coins:
            return None  # may still cross the minimum as it grows
        alert = self._new_gift_alert(key, user, gift, count)
        alert.live = not ended
        self._streaks[key] = alert
        self._enqueue(alert)
        return alert

    def _gift(self, u: Mapping[str, Any]) -> Alert | None:
        user, gift = u["user"], u["gift"]
        units = int(u["units"])
        uid, gid = str(user["id"]), int(gift["id"])
        if u.get("streak"):
            # The counted end of a streak: settle its card at the total the ledger counted.
            group = u.get("group_id")

            def same(key: tuple[object, ...]) -> bool:  # the same streak: viewer, gift and (when given) group
                return key[0] == uid and key[1] == gid and group in (None, key[2])

            for key, alert in list(self._streaks.items()):
                if same(key):
                    alert.live = False
                    alert.units = max(alert.units, units)
                    if alert is not self.current:
                        self._streaks.pop(key)
                    return alert
            for key in [k for k in self._folded if same(k)]:
                return self._grow_folded(key, max(self._folded[key], units), int(gift["coins"]), final=True)
            for key in [k for k in self._retired if same(k)]:
                self._retired.pop(key)
                return None
            # A streak whose live updates were never seen, or stayed under the minimum: a card now.
        if units * int(gift["coins"]) < self.min_coins:
            self.filtered += 1
            return None
        key = (uid, gid, "msg")
        for alert in self.waiting:
            if alert.key == key:  # the same viewer sent the same gift again: one card
                alert.units += units
                return alert
        alert = self._new_gift_alert(key, user, gift, units)
        self._enqueue(alert)
        return alert

    def _paid(self, u: Mapping[str, Any]) -> Alert:
        user = u.get("user") or {}
        try:
            share = float(u.get("earnings") or 0)
        except ValueError:
            share = 0.0
        seq = next(self._seq)
        alert = Alert(kind="gift", seq=seq, key=("paid", seq), user_id=str(user.get("id", "")),
                      name=user.get("name") or user.get("nickname") or user.get("handle") or "Someone",
                      gift_name=str(u.get("label") or "Support"), coins_each=round(share / MONEY_PER_COIN),
                      units=1, platform=str(u.get("platform") or ""), paid=True)
        self._enqueue(alert)
        return alert

    def _grow_folded(self, key: tuple[object, ...], count: int, coins_each: int, final: bool = False) -> Alert:
        delta = max(0, count - self._folded[key])
        s = self._summary()
        s.units += delta
        s.summary_coins += delta * coins_each
        if final:
            self._folded.pop(key)
        else:
            self._folded[key] = max(self._folded[key], count)
        return s

    def _new_gift_alert(self, key: tuple[object, ...], user: Mapping[str, Any], gift: Mapping[str, Any],
                        units: int) -> Alert:
        return Alert(
            kind="gift", seq=next(self._seq), key=key, user_id=str(user.get("id", "")),
            name=user.get("name") or user.get("nickname") or user.get("handle") or "Someone",
            gift_id=int(gift["id"]), gift_name=gift.get("name", "Gift"), coins_each=int(gift["coins"]),
            units=units, image=gift.get("image", ""),
        )

    def _enqueue(self, alert: Alert) -> None:
        self.waiting.append(alert)
        top = TIER_COINS[-1]
        while len(self.waiting) > self.max_queue:
            # Fold the smallest waiting alert (the oldest among equals); never a top-tier one.
            # By index: list.remove() would compare dataclasses field by field, which in a
            # gift storm cost more than the rest of the queue together.
            vi, vc = -1, top
            for i, a in enumerate(self.waiting):
                c = a.units * a.coins_each
                if c < vc and a.kind != "custom":  # an action's alert is never folded
                    vi, vc = i, c
            if vi < 0:
                break
            self._fold(self.waiting.pop(vi))

    def _summary(self) -> Alert:
        if self.summary is None:
            self.summary = Alert(kind="summary", seq=next(self._seq))
        return self.summary

    def _fold(self, alert: Alert) -> None:
        s = self._summary()
        s.units += alert.units
        s.summary_coins += alert.coins
        s.senders.add(alert.user_id)
        if self._streaks.get(alert.key) is alert:
            # A folded streak keeps counting into the summary while it grows, and its counted gift
            # (which follows even an ended streak's last update) settles it there, not on a card of
            # its own. (Only live ones were remembered: an ended streak folded at once came back
            # as a second card, and the summary's coins counted it twice.)
            self._streaks.pop(alert.key)
            self._folded[alert.key] = alert.units

    # -- output ------------------------------------------------------------------------
    def next(self) -> Alert | None:
        """The next alert to show (it becomes ``current``), or None when nothing waits."""
        if self.waiting:
            self.current = self.waiting.pop(0)
        elif self.summary is not None:
            self.current, self.summary = self.summary, None
        else:
            self.current = None
        if self.current is not None:
            self.shown += 1
        return self.current

    def done(self) -> None:
        """The current alert finished its exit."""
        cur = self.current
        if cur is not None and self._streaks.get(cur.key) is cur:
            self._streaks.pop(cur.key)
            if cur.live:  # its card left while it still grew: absorb the rest silently
                self._retired[cur.key] = cur.units
        self.current = None

    def hold_seconds(self, alert: Alert) -> float:
        """How long ``alert`` stays: by tier, shorter when others wait (a burst drains fast)."""
        if alert.kind == "custom":
            return alert.seconds
        if alert.kind != "gift":
            return HOLD_S[1]
        base = HOLD_S[alert.tier]
        if alert.tier >= 2:
            return base  # big gifts always get their moment
        backlog = len(self)
        return max(MIN_HOLD_S, base / (1 + backlog / 2))

    def __len__(self) -> int:
        return len(self.waiting) + (1 if self.summary else 0)
