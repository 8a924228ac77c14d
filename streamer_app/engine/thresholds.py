"""Payout thresholds crossed during a session: a ``threshold`` update once per threshold per session.

The balance since the last withdrawal is the other sessions' (``Engine.balance_base``, each
at its own rates) plus this session's coins. At the session's start each threshold becomes
"this session's coins at which it is reached"; after that a counted gift costs one
comparison (``Engine._counted``). Thresholds already reached when the session started (or
resumed) never fire again in it.
"""

from __future__ import annotations

import math
from decimal import Decimal
from typing import TYPE_CHECKING

from ..core.economics import Balance, RateProfile, Threshold
from ..core.snapshot import ThresholdUpdate

if TYPE_CHECKING:
    from .engine import Engine


class ThresholdWatch:
    """The thresholds still ahead, by the session coins that reach each (engine loop only)."""

    def __init__(self, ahead: list[tuple[int, Threshold]] | None = None) -> None:
        self.ahead = sorted(ahead or [], key=lambda a: a[0])
        self.next_at: float = self.ahead[0][0] if self.ahead else math.inf

    @classmethod
    def of(cls, engine: Engine) -> ThresholdWatch:
        """The watch for ``engine``'s session, once it is open (its balance, rates and coins known)."""
        return cls.start(engine.settings.thresholds, engine.balance_base, engine.rates, engine.tallies.coins)

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
        return cls(ahead)

    def crossed(self, session_coins: int, ts: float, base_coins: int) -> list[ThresholdUpdate]:
        """The updates for every threshold ``session_coins`` reaches now (each once)."""
        out: list[ThresholdUpdate] = []
        while self.ahead and self.ahead[0][0] <= session_coins:
            _, t = self.ahead.pop(0)
            out.append({"type": "threshold", "ts": ts, "threshold": t.to_dict(),
                        "balance_coins": base_coins + session_coins})
        self.next_at = self.ahead[0][0] if self.ahead else math.inf
        return out
