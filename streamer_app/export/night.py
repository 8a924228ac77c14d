"""A night's report: the sessions that ran together (multistreaming), as one summary per platform.

``streamer-app export night`` (or ``night:ID``) takes the latest session (or session ID) and
every session whose time overlaps it, and through those, theirs: the TikTok, Twitch and
YouTube sessions of one evening, each kept as its own session. The report is a range
summary over them (the same renderers, the sessions table naming each platform) whose JSON
adds ``night`` and a ``platforms`` breakdown: each platform's sessions, counts and
estimated earnings, and their sum in the display currency when the currencies agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from decimal import ROUND_HALF_UP, Decimal

from ..core.economics import CENT, Balance, RateProfile, Threshold
from ..core.multistream import PLATFORM_NAMES
from ..core.tallies import Tallies
from ..store.queries import Reader, SessionRow
from ..store.income_queries import paid_by_session, platform_balances_usd
from ..i18n import translate
from .locale_fmt import day
from .platform_summary import session_earnings
from .summary import Gap, RangeSummary, _balance, _num

OPEN_END = float("inf")  # a session still open overlaps everything after its start


def _overlaps(a: SessionRow, b: SessionRow) -> bool:
    a_end = a.ended_at if a.ended_at is not None else OPEN_END
    b_end = b.ended_at if b.ended_at is not None else OPEN_END
    return a.started_at <= b_end and b.started_at <= a_end


def night_of(sessions: list[SessionRow], anchor: SessionRow) -> list[SessionRow]:
    """``anchor`` and every session overlapping it, directly or through another, by start time."""
    night = [anchor]
    grew = True
    while grew:
        grew = False
        for s in sessions:
            if s not in night and any(_overlaps(s, n) for n in night):
                night.append(s)
                grew = True
    return sorted(night, key=lambda s: (s.started_at, s.id))


@dataclass
class NightSummary(RangeSummary):
    anchor_id: int = 0

    @property
    def title(self) -> str:
        when = day(datetime.fromtimestamp(self.session_list[0].started_at, timezone.utc), "%d %b %Y")
        names = ", ".join(dict.fromkeys(PLATFORM_NAMES[s.platform] for s in self.session_list))
        return translate("Report", "Night of {date} · {platforms}").format(date=when, platforms=names)

    def platform_rows(self) -> list[dict]:
        """One row per platform: its sessions, what it counted and its estimated earnings."""
        rows: dict[str, dict] = {}
        for s in self.session_list:
            p = s.platform
            row = rows.setdefault(p, {"platform": p, "sessions": [], "coins": 0, "gifts": 0, "unique_gifters": 0,
                                      "bits": 0, "subs": 0, "paid_messages": 0, "memberships": 0,
                                      "estimated_earnings": Decimal(0), "currency": s.rates.currency})
            paid = self.paid_of(s.id)
            row["sessions"].append(s.id)
            row["coins"] += s.coins
            row["gifts"] += s.gifts
            row["unique_gifters"] += s.gifters
            row["bits"] += paid.bits
            row["subs"] += paid.subs
            row["paid_messages"] += paid.paid_messages
            row["memberships"] += paid.memberships
            if row["currency"] == s.rates.currency:  # Twitch's and YouTube's income too, at the session's rates
                row["estimated_earnings"] += session_earnings(s, paid)[0]
        return [{**r, "estimated_earnings": _num(r["estimated_earnings"].quantize(CENT, ROUND_HALF_UP))}
                for r in rows.values()]

    def to_json(self) -> dict:
        out = super().to_json()
        rows = self.platform_rows()
        currencies = {r["currency"] for r in rows}
        out["night"] = {"anchor_session": self.anchor_id, "sessions": [s.id for s in self.session_list],
                        "from": out["range"]["from"], "to": out["range"]["to"]}
        out["platforms"] = rows
        out["totals"]["platforms_estimated_earnings"] = (
            _num(sum((Decimal(str(r["estimated_earnings"])) for r in rows), Decimal(0))) if len(currencies) == 1 else None)
        return out


def build_night_summary(reader: Reader, ref: int | str, thresholds: tuple[Threshold, ...],
                        default_rates: RateProfile, now: datetime | None = None, detail: bool = True,
                        tallies: bool = True) -> NightSummary:
    """The night of session ``ref`` (an id or 'last'); LookupError when there is no such session.

    ``detail`` and ``tallies`` as for ``build_session_summary`` (the CSV export's lighter reads).
    """
    anchor = reader.session_header(ref)
    if anchor is None:
        raise LookupError("there are no sessions yet" if ref == "last" else f"there is no session {ref}")
    outline = not (tallies or detail)
    everyone = reader.sessions_between_with_totals(0.0, OPEN_END, with_totals=not outline)
    night = night_of(everyone, next(s for s in everyone if s.id == anchor.id))
    ids = [s.id for s in night]
    now = now or datetime.now(timezone.utc)
    balance, carried, per_day = _balance(reader, night[0].started_at, now) if detail else (Balance(), Balance(), 0.0)
    return NightSummary(
        first_day=datetime.fromtimestamp(night[0].started_at, timezone.utc).date(),
        last_day=datetime.fromtimestamp(night[-1].started_at, timezone.utc).date(),
        session_list=night,
        tallies=Tallies() if outline else reader.aggregate_tallies(ids, gifters_only=not detail),
        rates=night[-1].rates or default_rates,
        thresholds=thresholds,
        gap_list=[Gap(sid, a, b, why) for sid in ids for a, b, why in reader.gaps(sid)],
        balance=balance,
        coins_per_day=per_day,
        generated_at=now,
        carried=carried,
        paid_by_session={} if outline else paid_by_session(reader.conn, ids),
        platform_balances=platform_balances_usd(reader.conn, reader.last_withdrawal_ts()) if detail else {},
        anchor_id=anchor.id,
    )
