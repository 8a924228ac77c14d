"""Payout thresholds crossed during a session: a ``threshold`` update once per threshold per session.

The balance since the last withdrawal is the other sessions' (``Engine.balance_base``, each
at its own rates) plus this session's coins. When the session opens, each threshold becomes
"this session's coins at which it is reached"; the watch is then one of the engine's
publishers, and a counted gift to the creator costs it one addition and one comparison.
Thresholds already reached when the session started (or resumed) never fire again in it.
"""

from __future__ import annotations

import math
from decimal import Decimal
from typing import TYPE_CHECKING

from ..core.economics import Balance, RateProfile, Threshold
from ..core.snapshot import ThresholdUpdate, Update

if TYPE_CHECKING:
    from .engine import Engine


class ThresholdWatch:
    """The thresholds still ahead, by the session coins that reach each (engine loop only)."""

    def __init__(self, ahead: list[tuple[int, Threshold]] | None = None, coins: int = 0,
                 engine: Engine | None = None) -> None:
        self.ahead = sorted(ahead or [], key=lambda a: a[0])
        self.next_at: float = self.ahead[0][0] if self.ahead else math.inf
        self.coins = coins  # this session's coins (the creator's, as Tallies counts them)
        self.engine = engine

    @classmethod
    def of(cls, engine: Engine) -> ThresholdWatch:
        """The watch for ``engine``'s session, once it is open (its balance, rates and coins known)."""
        watch = cls.start(engine.settings.thresholds, engine.balance_base, engine.rates, engine.tallies.coins)
        watch.engine = engine
        return watch

    @classmethod
    def start(cls, thresholds: tuple[Threshold, ...], base: Balance, rates: RateProfile,
              session_coins: int) -> ThresholdWatch:
        """``session_coins`` already counted (a resumed session): what they reached is not new."""
        per_coin = rates.diamonds_per_coin * rates.usd_per_diamond
        held = {"coins": Decimal(base.coins), "diamonds": base.diamonds / rates.diamonds_per_coin,
                "money": base.usd / per_coin}
        ahead: list[tuple[int, Threshold]] = []
        for t in thresholds:
            try:
                need = t.in_coins(rates) - held[t.unit]
            except (ValueError, ArithmeticError, KeyError):
                continue  # a currency the rates cannot convert: the planner says so already
            at = max(0, math.ceil(need))
            if at > session_coins:
                ahead.append((at, t))
        return cls(ahead, session_coins)

    def publish(self, update: Update) -> None:
        """The engine's publisher hook: a counted gift to the creator moves the session's coins on."""
        if update.get("type") != "gift" or update.get("to") is not None or "test" in update:
            return
        self.coins += update["coins"]
        if self.coins >= self.next_at and self.engine is not None:
            for crossed in self.crossed(self.coins, update["ts"], self.engine.balance_base.coins):
                self.engine._publish(crossed)

    def crossed(self, session_coins: int, ts: float, base_coins: int) -> list[ThresholdUpdate]:
        """The updates for every threshold ``session_coins`` reaches now (each once)."""
        out: list[ThresholdUpdate] = []
        while self.ahead and self.ahead[0][0] <= session_coins:
            _, t = self.ahead.pop(0)
            out.append({"type": "threshold", "ts": ts, "threshold": t.to_dict(),
                        "balance_coins": base_coins + session_coins})
        self.next_at = self.ahead[0][0] if self.ahead else math.inf
        return out

    def __repr__(self) -> str:
        return f"ThresholdWatch(next_at={self.next_at}, coins={self.coins})"

