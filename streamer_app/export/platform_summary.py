"""The Twitch and YouTube part of summaries: the keys DESIGN.md section 4 adds per platform.

Twitch sessions add ``totals.bits`` and ``totals.subs``; YouTube sessions add
``totals.paid_messages`` and ``totals.paid [{currency, amount}]`` (what viewers paid, before
YouTube's share). Every session's ``totals.estimated_earnings`` (in ``totals.currency``)
includes them, valued at the session's own rates; an amount in a currency without an
exchange rate is listed in ``totals.unconverted`` and named in ``totals.unconverted_message``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ..core.economics import PLATFORM_NAMES
from ..core.formatting import count, plural
from ..core.platform_income import PaidTally, PlatformEarnings, decimal_text, platform_earnings
from ..core.snapshot import paid_amounts, supporter_rows
from ..store.queries import SessionRow

if TYPE_CHECKING:
    from .summary import Summary


def session_earnings(s: SessionRow, paid: PaidTally) -> tuple[Decimal, PlatformEarnings]:
    """(the session's estimated earnings, exact and unrounded, its platform part) at its own rates."""
    platform = platform_earnings(paid, s.rates)
    return s.rates.usd(s.coins) * s.rates.usd_to_currency + platform.money, platform


def unconverted(parts: Iterable[PlatformEarnings]) -> list[tuple[str, Decimal]]:
    out: dict[str, Decimal] = {}
    for p in parts:
        for cur, amount in p.unconverted:
            out[cur] = out.get(cur, Decimal(0)) + amount
    return sorted(out.items())


def platform_keys(platforms: set[str], paid: PaidTally) -> dict[str, Any]:
    """The per-platform totals for sessions of ``platforms`` (nothing for TikTok alone)."""
    out: dict[str, Any] = {}
    if "twitch" in platforms:
        out.update({"bits": paid.bits, "subs": paid.subs, "gifted_subs": paid.gifted_subs,
                    "subs_by_tier": dict(sorted(paid.subs_by_tier.items()))})
    if "youtube" in platforms:
        out.update({"paid_messages": paid.paid_messages, "paid": paid_amounts(paid),
                    "memberships": paid.memberships, "gifted_memberships": paid.gifted_memberships})
    return out


def unconverted_keys(platforms: set[str], parts: Iterable[PlatformEarnings], currency: str) -> dict[str, Any]:
    """``unconverted`` and its sentence, for summaries with YouTube sessions (amounts in many currencies)."""
    if "youtube" not in platforms:
        return {}
    left = unconverted(parts)
    sentence = PlatformEarnings(unconverted=tuple(left)).message(currency)
    return {"unconverted": [{"currency": c, "amount": decimal_text(a)} for c, a in left],
            "unconverted_message": sentence}


def platform_totals(summary: Summary) -> dict[str, Any]:
    """The keys Twitch and YouTube sessions add to a summary's ``totals`` (none for TikTok alone)."""
    ps = summary.platforms
    if not ps - {"tiktok"}:
        return {}
    parts = [session_earnings(s, summary.paid_of(s.id))[1] for s in summary.sessions]
    return {**platform_keys(ps, summary.tallies.paid), **unconverted_keys(ps, parts, summary.currency),
            "raids": sum(s.raids for s in summary.sessions)}


def supporters_json(summary: Summary) -> dict[str, Any]:
    """Twitch and YouTube supporters (Bits, subs, paid messages): the counterpart of top gifters."""
    return {"supporters": supporter_rows(summary.tallies.paid)} if summary.platforms - {"tiktok"} else {}


def amounts_text(amounts: list[dict[str, str]]) -> str:
    """[{currency, amount}] in one spreadsheet cell: "EUR 5 USD 2.5"."""
    return " ".join(f"{a['currency']} {a['amount']}" for a in amounts)


def session_row_extra(s: SessionRow, paid: PaidTally) -> dict[str, Any]:
    """The per-session columns added at the end of the sessions table (CSV keeps its old columns first)."""
    _, platform = session_earnings(s, paid)
    return {
        "platform": s.platform, "bits": paid.bits, "subs": paid.subs, "memberships": paid.memberships,
        "paid_messages": paid.paid_messages,
        "paid": paid_amounts(paid),
        "unconverted": [{"currency": c, "amount": decimal_text(a)} for c, a in platform.unconverted], "raids": s.raids,
    }



# Each platform's mark colour (the brand colours creators recognise at a glance).
MARKS = {"tiktok": "#fe2c55", "twitch": "#9146ff", "youtube": "#ff0033"}


@dataclass(frozen=True)
class PlatformLine:
    """One platform's part of a summary, for the reports' per-platform breakdown."""

    platform: str
    name: str  # "Twitch"
    headline: str  # its main figure: "12,345 coins", "1,000 Bits", "3 Super Chats and Stickers"
    figures: list[str]  # the rest, in words
    earnings: Decimal  # estimated, in the summary's display currency (exact; round when shown)
    sessions: int


def platform_breakdown(summary: Summary) -> list[PlatformLine]:
    """The summary's income per platform, in the order TikTok, Twitch, YouTube (only those present)."""
    out = []
    for platform in ("tiktok", "twitch", "youtube"):
        ss = [s for s in summary.sessions if s.platform == platform]
        if not ss:
            continue
        paid = PaidTally()
        for s in ss:
            paid.merge(summary.paid_of(s.id))
        money = sum((session_earnings(s, summary.paid_of(s.id))[0] for s in ss), Decimal(0))
        if platform == "tiktok":
            coins = summary.tallies.coins if summary.kind == "session" else sum(s.coins for s in ss)
            headline, figures = f"{count(coins)} coins", []
        elif platform == "twitch":
            headline = f"{count(paid.bits)} Bits"
            gifted = f" ({count(paid.gifted_subs)} gifted)" if paid.gifted_subs else ""
            figures = [f"{plural(paid.subs, 'sub')}{gifted}"]
        else:
            headline = f"{plural(paid.paid_messages, 'Super Chat')} and Stickers"
            figures = [", ".join(f"{c} {a:,.2f}" for c, a in paid.paid_amounts()) or "no paid messages",
                       plural(paid.memberships, "membership")]
        out.append(PlatformLine(platform, PLATFORM_NAMES[platform], headline, figures, money, len(ss)))
    return out


def unconverted_note(summary: Summary) -> str | None:
    """The sentence about amounts without an exchange rate, or None."""
    left = unconverted(session_earnings(s, summary.paid_of(s.id))[1] for s in summary.sessions)
    return PlatformEarnings(unconverted=tuple(left)).message(summary.currency)
