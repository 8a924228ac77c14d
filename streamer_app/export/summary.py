"""One summary model, built from the store, that every export format renders."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from decimal import Decimal

from ..core.economics import RateProfile, Threshold, plan_payouts, recent_coins_per_day
from ..core.tallies import Tallies
from ..store.queries import Reader, SessionRow

SESSION_FORMAT = "streamer-app/session-summary/1"


def iso(ts: float | None) -> str | None:
    if ts is None:
        return None
    return datetime.fromtimestamp(ts, timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


def _num(d: Decimal) -> float | int:
    """A JSON number: integral values as int, others as float rounded to the cent."""
    return int(d) if d == d.to_integral_value() else float(round(d, 2))


@dataclass
class SessionSummary:
    session: SessionRow
    tallies: Tallies
    rates: RateProfile
    thresholds: tuple[Threshold, ...]
    gaps: list[tuple[float, float, str]]
    balance_coins: int
    coins_per_day: float
    generated_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    def to_json(self) -> dict:
        s, t, r = self.session, self.tallies, self.rates
        plan = plan_payouts(self.balance_coins, r, self.thresholds, self.coins_per_day, now=self.generated_at)
        return {
            "format": SESSION_FORMAT,
            "session": {
                "id": s.id, "source": s.source, "creator": s.creator, "room_id": s.room_id,
                "started_at": iso(s.started_at), "ended_at": iso(s.ended_at), "end_reason": s.end_reason,
            },
            "totals": {
                "coins": t.coins,
                "diamonds": _num(r.diamonds(t.coins)),
                "gifts": t.gifts,
                "unique_gifters": t.unique_gifters,
                "estimated_earnings": _num(r.earnings(t.coins)),
                "currency": r.currency,
                "viewers_spent": _num(r.viewers_spent(t.coins)),
                "closed_without_end": t.closed_without_end,
                "follows": s.follows, "shares": s.shares, "likes": s.likes, "comments": s.comments,
                "subscribes": s.subscribes, "peak_viewers": s.peak_viewers,
            },
            "top_gifters": [
                {"user_id": g.user_id, "handle": g.handle, "nickname": g.nickname, "coins": g.coins, "gifts": g.gifts}
                for g in t.top_gifters(None)
            ],
            "gifts": [
                {"gift_id": g.gift_id, "name": g.name, "coins_each": g.coins_each, "count": g.count, "coins": g.coins}
                for g in t.gifts_by_type()
            ],
            "timeline": [{"t": iso(b), "coins": p[0], "gifts": p[1]} for b, p in sorted(t.timeline.items())],
            "rates": r.to_dict(),
            "thresholds": [p.to_dict() for p in plan.progress],
            "payout": {
                "balance_coins": plan.balance_coins,
                "balance_diamonds": _num(plan.balance_diamonds),
                "balance_money": _num(plan.balance_money),
                "coins_per_day": round(plan.coins_per_day, 2),
                "daily_withdrawal_cap_usd": int(plan.daily_cap),
                "withdrawal_days": plan.withdrawal_days,
                "payout_within_days": plan.payout_within_days,
            },
            "gaps": [{"from": iso(a), "to": iso(b), "reason": why} for a, b, why in self.gaps],
        }


def build_session_summary(
    reader: Reader, ref: int | str, thresholds: tuple[Threshold, ...], now: datetime | None = None
) -> SessionSummary:
    """The summary of session ``ref`` (an id or 'last'); raises LookupError if there is none."""
    session = reader.session(ref)
    if session is None:
        raise LookupError("there are no sessions yet" if ref == "last" else f"there is no session {ref}")
    now = now or datetime.now(timezone.utc)
    since = reader.last_withdrawal_ts()
    return SessionSummary(
        session=session,
        tallies=reader.tallies([session.id]),
        rates=session.rates,
        thresholds=thresholds,
        gaps=reader.gaps(session.id),
        balance_coins=reader.coins_since(since),
        coins_per_day=recent_coins_per_day(reader.daily_coins(since), now),
        generated_at=now,
    )
