"""One summary model, built from the store, that every export format renders.

Two kinds share one interface (``Summary``): a ``SessionSummary`` (one broadcast; its
JSON is the contract of DESIGN.md section 4) and a ``RangeSummary`` (every session that
started within a span of UTC days, with per-session rows). Renderers (CSV, HTML,
Markdown, PNG) only use the shared interface, so each format works for both.
"""

from __future__ import annotations

from abc import ABC, abstractmethod

from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta, timezone
from decimal import ROUND_HALF_UP, Decimal

from ..core.economics import (
    CENT, Balance, PayoutPlan, PlatformProgress, RateProfile, Threshold, plan_payouts, platform_payouts,
    recent_coins_per_day,
)
from ..core.platform_income import PaidTally
from ..core.snapshot import GifterRow, GiftRow, GuestsPayload, gift_rows, gifter_rows, guests
from ..core.tallies import Tallies
from ..store.income_queries import paid_by_session, platform_balances_usd
from ..store.queries import Reader, SessionRow
from .periods import month_of, week_of  # noqa: F401  (their old home: still importable from here)
from ..i18n import translate
from .locale_fmt import day
from .platform_summary import platform_totals, session_earnings, session_row_extra, supporters_json

SESSION_FORMAT = "streamer-app/session-summary/1"
RANGE_FORMAT = "streamer-app/range-summary/1"


def iso(ts: float | None) -> str | None:
    if ts is None:
        return None
    return datetime.fromtimestamp(ts, timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


def _num(d: Decimal) -> float | int:
    """A JSON number: integral values as int, others as float rounded to the cent."""
    return int(d) if d == d.to_integral_value() else float(round(d, 2))


@dataclass(frozen=True)
class Gap:
    """A span when the connection was down: totals may miss gifts sent then."""

    session_id: int
    from_ts: float
    to_ts: float
    reason: str

    @property
    def seconds(self) -> float:
        return max(0.0, self.to_ts - self.from_ts)


class Summary(ABC):
    """What every renderer needs; implemented by ``SessionSummary`` and ``RangeSummary``."""

    kind: str
    tallies: Tallies
    rates: RateProfile
    thresholds: tuple[Threshold, ...]
    balance: Balance  # since the last withdrawal, each session at its own rates
    coins_per_day: float
    carried: Balance  # the balance since the last withdrawal when the period began
    platform_balances: dict[str, Decimal]  # Twitch's and YouTube's, in USD since the last withdrawal
    generated_at: datetime

    # -- implemented by each kind ----------------------------------------------------
    @property
    @abstractmethod
    def sessions(self) -> list[SessionRow]: ...

    @property
    @abstractmethod
    def period(self) -> tuple[float, float]:
        """(start, end) in POSIX seconds."""

    @property
    @abstractmethod
    def title(self) -> str: ...

    @abstractmethod
    def all_gaps(self) -> list[Gap]: ...

    @abstractmethod
    def to_json(self) -> dict: ...

    @abstractmethod
    def paid_of(self, session_id: int) -> PaidTally:
        """A session's Twitch and YouTube figures (empty for TikTok)."""

    # -- shared -----------------------------------------------------------------------
    def plan(self) -> PayoutPlan:
        return plan_payouts(self.balance, self.rates, self.thresholds, self.coins_per_day, now=self.generated_at)

    def platform_plan(self) -> list[PlatformProgress]:
        """Twitch's and YouTube's payout thresholds against their balances since the last withdrawal
        (those of platforms this summary has sessions of, or a balance on)."""
        shown = [t for t in self.thresholds if t.platform in self.platforms or self.platform_balances.get(t.platform)]
        return platform_payouts(self.platform_balances, shown, self.rates)

    @property
    def earnings(self) -> Decimal:
        """Estimated earnings: each session at the rates it was computed with, TikTok's coins and the
        other platforms' income (what has an exchange rate) summed exactly and rounded once."""
        if len(self.sessions) == 1:
            s = replace(self.sessions[0], coins=self.tallies.coins)
            return session_earnings(s, self.paid_of(s.id))[0].quantize(CENT, ROUND_HALF_UP)
        exact = sum((session_earnings(s, self.paid_of(s.id))[0] for s in self.sessions), Decimal(0))
        return exact.quantize(CENT, ROUND_HALF_UP)

    @property
    def platforms(self) -> set[str]:
        return {s.platform for s in self.sessions}

    @property
    def diamonds(self) -> Decimal:
        if len(self.sessions) == 1:
            return self.rates.diamonds(self.tallies.coins)
        return sum((s.rates.diamonds(s.coins) for s in self.sessions), Decimal(0))

    @property
    def viewers_spent(self) -> Decimal:
        if len(self.sessions) == 1:
            return self.rates.viewers_spent(self.tallies.coins)
        exact = sum((s.coins * s.rates.viewer_usd_per_coin * s.rates.usd_to_currency for s in self.sessions),
                    Decimal(0))
        return exact.quantize(CENT, ROUND_HALF_UP)

    @property
    def currency(self) -> str:
        return self.rates.currency

    @property
    def creators(self) -> list[str]:
        seen: list[str] = []
        for s in self.sessions:
            if s.creator and s.creator not in seen:
                seen.append(s.creator)
        return seen

    def activity(self) -> dict[str, int]:
        """Follows, shares, likes, comments, subscribes and peak viewers over the sessions."""
        ss = self.sessions
        return {
            "follows": sum(s.follows for s in ss), "shares": sum(s.shares for s in ss),
            "likes": sum(s.likes for s in ss), "comments": sum(s.comments for s in ss),
            "subscribes": sum(s.subscribes for s in ss) + self.tallies.paid.subs + self.tallies.paid.memberships,
            "peak_viewers": max((s.peak_viewers for s in ss), default=0),
        }

    def session_rows(self) -> list[dict]:
        """One row per session: what the per-session CSV and tables show."""
        rows = []
        for s in self.sessions:
            rows.append({
                "id": s.id, "source": s.source, "creator": s.creator, "room_id": s.room_id,
                "started_at": iso(s.started_at), "ended_at": iso(s.ended_at), "end_reason": s.end_reason,
                "coins": s.coins, "diamonds": _num(s.rates.diamonds(s.coins)), "gifts": s.gifts,
                "unique_gifters": s.gifters,
                "estimated_earnings": _num(session_earnings(s, self.paid_of(s.id))[0].quantize(CENT, ROUND_HALF_UP)),
                "currency": s.rates.currency, "follows": s.follows, "shares": s.shares, "likes": s.likes,
                "comments": s.comments, "peak_viewers": s.peak_viewers, **session_row_extra(s, self.paid_of(s.id)),
            })
        return rows

    def payout_json(self, plan: PayoutPlan) -> dict:
        return {
            "balance_coins": plan.balance_coins,
            "balance_diamonds": _num(plan.balance_diamonds),
            "balance_money": _num(plan.balance_money),
            "coins_per_day": round(plan.coins_per_day, 2),
            "daily_withdrawal_cap_usd": int(plan.daily_cap),
            "withdrawal_days": plan.withdrawal_days,
            "payout_within_days": plan.payout_within_days,
        }

    def gifters_json(self) -> list[GifterRow]:
        return gifter_rows(self.tallies)

    def guests_json(self) -> GuestsPayload:
        """Gifts to guests (multi-guest and co-host LIVEs): their income, apart from the creator's."""
        return guests(self.tallies)

    def gifts_json(self) -> list[GiftRow]:
        return gift_rows(self.tallies)


@dataclass
class SessionSummary(Summary):
    session: SessionRow
    tallies: Tallies
    rates: RateProfile
    thresholds: tuple[Threshold, ...]
    gaps: list[tuple[float, float, str]]
    balance: Balance  # since the last withdrawal, each session at its own rates
    coins_per_day: float
    generated_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))
    carried: Balance = Balance()  # the balance since the last withdrawal when the session started
    platform_balances: dict[str, Decimal] = field(default_factory=dict)  # USD since the last withdrawal

    kind = "session"

    @property
    def sessions(self) -> list[SessionRow]:
        return [self.session]

    @property
    def period(self) -> tuple[float, float]:
        s = self.session
        end = s.ended_at if s.ended_at is not None else max(s.last_ts or s.started_at, s.started_at)
        return s.started_at, end

    @property
    def title(self) -> str:
        s = self.session
        who = s.creator or translate("Report", "Session")
        return translate("Report", "{creator} · LIVE {date}").format(creator=who, date=day(s.started, "%d %b %Y"))

    def all_gaps(self) -> list[Gap]:
        return [Gap(self.session.id, a, b, why) for a, b, why in self.gaps]

    def paid_of(self, session_id: int) -> PaidTally:
        return self.tallies.paid

    def to_json(self) -> dict:
        s, t, r = self.session, self.tallies, self.rates
        plan = self.plan()
        return {
            "format": SESSION_FORMAT,
            "session": {
                "id": s.id, "source": s.source, "creator": s.creator, "room_id": s.room_id,
                "started_at": iso(s.started_at), "ended_at": iso(s.ended_at), "end_reason": s.end_reason,
                "platform": s.platform,
            },
            "totals": {
                "coins": t.coins,
                "diamonds": _num(r.diamonds(t.coins)),
                "gifts": t.gifts,
                "unique_gifters": t.unique_gifters,
                "estimated_earnings": _num(self.earnings),
                "currency": r.currency,
                "viewers_spent": _num(r.viewers_spent(t.coins)),
                "closed_without_end": t.closed_without_end,
                "follows": s.follows, "shares": s.shares, "likes": s.likes, "comments": s.comments,
                "subscribes": s.subscribes + t.paid.subs + t.paid.memberships, "peak_viewers": s.peak_viewers,
                "first_gifts": t.first_gifts,
                **platform_totals(self),
            },
            "top_gifters": self.gifters_json(),
            **supporters_json(self),
            "gifts": self.gifts_json(),
            "to_guests": self.guests_json(),
            "timeline": [{"t": iso(b), "coins": p[0], "gifts": p[1]} for b, p in sorted(t.timeline.items())],
            "rates": r.to_dict(),
            "thresholds": [p.to_dict() for p in plan.progress] + [p.to_dict() for p in self.platform_plan()],
            "payout": self.payout_json(plan),
            "gaps": [{"from": iso(a), "to": iso(b), "reason": why} for a, b, why in self.gaps],
        }


@dataclass
class RangeSummary(Summary):
    first_day: date
    last_day: date  # inclusive
    session_list: list[SessionRow]
    tallies: Tallies
    rates: RateProfile  # the most recent session's (or the settings' when the range is empty)
    thresholds: tuple[Threshold, ...]
    gap_list: list[Gap]
    balance: Balance  # since the last withdrawal, each session at its own rates
    coins_per_day: float
    generated_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))
    carried: Balance = Balance()
    paid_by_session: dict[int, PaidTally] = field(default_factory=dict)
    platform_balances: dict[str, Decimal] = field(default_factory=dict)  # USD since the last withdrawal

    kind = "range"

    def paid_of(self, session_id: int) -> PaidTally:
        return self.paid_by_session.get(session_id) or PaidTally()

    @property
    def sessions(self) -> list[SessionRow]:
        return self.session_list

    @property
    def period(self) -> tuple[float, float]:
        start = datetime.combine(self.first_day, datetime.min.time(), timezone.utc).timestamp()
        return start, start + ((self.last_day - self.first_day).days + 1) * 86400.0

    @property
    def title(self) -> str:
        who = ", ".join(self.creators) or translate("Report", "All sessions")
        first = datetime.combine(self.first_day, datetime.min.time(), timezone.utc)
        if self.first_day == self.last_day:
            return f"{who} · {day(first, '%d %b %Y')}"
        last = datetime.combine(self.last_day, datetime.min.time(), timezone.utc)
        return f"{who} · {day(first, '%d %b', 'd MMM')} – {day(last, '%d %b %Y')}"

    def all_gaps(self) -> list[Gap]:
        return self.gap_list

    def distinct_rates(self) -> list[RateProfile]:
        out: list[RateProfile] = []
        for s in self.session_list:
            if s.rates not in out:
                out.append(s.rates)
        return out or [self.rates]

    def to_json(self) -> dict:
        t = self.tallies
        plan = self.plan()
        currencies = {s.rates.currency for s in self.session_list} or {self.rates.currency}
        return {
            "format": RANGE_FORMAT,
            "range": {"from": self.first_day.isoformat(), "to": self.last_day.isoformat(), "timezone": "UTC"},
            "totals": {
                "sessions": len(self.session_list),
                "coins": t.coins,
                "diamonds": _num(self.diamonds),
                "gifts": t.gifts,
                "unique_gifters": t.unique_gifters,
                # Each session is estimated at its own rates; mixed currencies cannot be added.
                "estimated_earnings": _num(self.earnings) if len(currencies) == 1 else None,
                "currency": self.rates.currency if len(currencies) == 1 else None,
                "viewers_spent": _num(self.viewers_spent) if len(currencies) == 1 else None,
                "closed_without_end": t.closed_without_end,
                "first_gifts": t.first_gifts,
                **self.activity(),
                **platform_totals(self),
            },
            "sessions": self.session_rows(),
            "top_gifters": self.gifters_json(),
            **supporters_json(self),
            "gifts": self.gifts_json(),
            "to_guests": self.guests_json(),
            "daily": [
                {"date": d.isoformat(), "coins": c, "gifts": n} for d, (c, n) in sorted(daily_totals(t).items())
            ],
            "rates": [r.to_dict() for r in self.distinct_rates()],
            "thresholds": [p.to_dict() for p in plan.progress] + [p.to_dict() for p in self.platform_plan()],
            "payout": self.payout_json(plan),
            "gaps": [
                {"session_id": g.session_id, "from": iso(g.from_ts), "to": iso(g.to_ts), "reason": g.reason}
                for g in self.gap_list
            ],
        }


def daily_totals(t: Tallies) -> dict[date, tuple[int, int]]:
    """(coins, gift units) per UTC day, from the timeline buckets."""
    out: dict[date, list[int]] = {}
    for b, (c, n) in t.timeline.items():
        d = datetime.fromtimestamp(b, timezone.utc).date()
        acc = out.setdefault(d, [0, 0])
        acc[0] += c
        acc[1] += n
    return {d: (v[0], v[1]) for d, v in out.items()}


def _balance(reader: Reader, before: float, now: datetime) -> tuple[Balance, Balance, float]:
    """(balance since the last withdrawal, the part of it before ``before``, recent coins per day).

    One scan of the ledger instead of three; the recent rate goes through
    ``recent_coins_per_day`` so its definition (the last 14 calendar days, UTC) stays in one place.
    """
    since = reader.last_withdrawal_ts()
    first_day = (now - timedelta(days=14)).date() + timedelta(days=1)
    recent_from = datetime.combine(first_day, datetime.min.time(), timezone.utc).timestamp()
    balance, carried, recent = reader.balance_figures(since, before, recent_from)
    return balance, carried, recent_coins_per_day({first_day: recent}, now)


def build_session_summary(
    reader: Reader, ref: int | str, thresholds: tuple[Threshold, ...], now: datetime | None = None,
    detail: bool = True, tallies: bool = True,
) -> SessionSummary:
    """The summary of session ``ref`` (an id or 'last'); raises LookupError if there is none.

    ``detail=False`` computes only what the CSV export uses (totals per gifter and per
    session): no gift types, timeline or payout balance, which saves seconds at 1M gifts.
    ``tallies=False`` (with ``detail=False``) reads no ledger totals at all: an outline that
    names the sessions and their rates, for writing the ledger CSV while the totals are summed.
    """
    session = reader.session_header(ref)
    if session is None:
        raise LookupError("there are no sessions yet" if ref == "last" else f"there is no session {ref}")
    now = now or datetime.now(timezone.utc)
    totals = reader.aggregate_tallies([session.id], gifters_only=not detail) if tallies or detail else Tallies()
    session = replace(session, coins=totals.coins, gifts=totals.gifts, gifters=totals.unique_gifters)
    balance, carried, per_day = _balance(reader, session.started_at, now) if detail else (Balance(), Balance(), 0.0)
    return SessionSummary(
        session=session,
        tallies=totals,
        rates=session.rates,
        thresholds=thresholds,
        gaps=reader.gaps(session.id),
        balance=balance,
        coins_per_day=per_day,
        generated_at=now,
        carried=carried,
        platform_balances=platform_balances_usd(reader.conn, reader.last_withdrawal_ts()) if detail else {},
    )


def build_range_summary(
    reader: Reader,
    first_day: date,
    last_day: date,
    thresholds: tuple[Threshold, ...],
    default_rates: RateProfile,
    now: datetime | None = None,
    detail: bool = True,
    tallies: bool = True,
) -> RangeSummary:
    """Every session that started from ``first_day`` through ``last_day`` (UTC days, inclusive).

    Raises LookupError when no session started in the range.
    """
    if last_day < first_day:
        raise ValueError(f"the range ends ({last_day}) before it starts ({first_day})")
    start = datetime.combine(first_day, datetime.min.time(), timezone.utc).timestamp()
    end = datetime.combine(last_day + timedelta(days=1), datetime.min.time(), timezone.utc).timestamp()
    outline = not (tallies or detail)  # see build_session_summary: no ledger totals
    sessions = reader.sessions_between_with_totals(start, end, with_totals=not outline)
    if not sessions:
        raise LookupError(f"no session started between {first_day} and {last_day} (UTC)")
    now = now or datetime.now(timezone.utc)
    ids = [s.id for s in sessions]
    balance, carried, per_day = _balance(reader, sessions[0].started_at, now) if detail else (Balance(), Balance(), 0.0)
    gaps = [Gap(sid, a, b, why) for sid in ids for a, b, why in reader.gaps(sid)]
    return RangeSummary(
        first_day=first_day,
        last_day=last_day,
        session_list=sessions,
        tallies=Tallies() if outline else reader.aggregate_tallies(ids, gifters_only=not detail),
        rates=sessions[-1].rates if sessions else default_rates,
        thresholds=thresholds,
        gap_list=gaps,
        balance=balance,
        coins_per_day=per_day,
        generated_at=now,
        carried=carried,
        paid_by_session={} if outline else paid_by_session(reader.conn, ids),
        platform_balances=platform_balances_usd(reader.conn, reader.last_withdrawal_ts()) if detail else {},
    )

