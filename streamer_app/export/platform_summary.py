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
from ..i18n import translate
from ..core.platform_income import PaidTally, PlatformEarnings, decimal_text, platform_earnings
from ..core.snapshot import paid_amounts, supporter_rows
from ..store.queries import SessionRow
from .locale_fmt import count, english, joined, money

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
    number: str = ""  # the headline's figure alone ("12,345"), for layouts that set it apart (the card)

    @property
    def unit(self) -> str:
        """The headline without its figure: "coins", "Super Chat・Sticker 件"."""
        return " ".join(self.headline.replace(self.number, "", 1).split()) if self.number else self.headline


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
        headline, figures = _platform_words(platform, summary, ss, paid)
        number = count(_headline_value(platform, summary, ss, paid))
        out.append(PlatformLine(platform, PLATFORM_NAMES[platform], headline, figures, money, len(ss), number))
    return out


def _amount(amount: Decimal, currency: str) -> str:
    """What viewers paid in one currency: "BRL 100.00" in English, the locale's money elsewhere."""
    return f"{currency} {amount:,.2f}" if english() else money(amount, currency)


def _counted(n: int, one: str, many: str) -> str:
    """``one`` or ``many`` (both marked, "{count} sub" / "{count} subs") with the locale's figure."""
    return (one if n == 1 else many).format(count=count(n))


def _headline_value(platform: str, summary: Summary, ss: list[SessionRow], paid: PaidTally) -> int:
    if platform == "tiktok":
        return summary.tallies.coins if summary.kind == "session" else sum(s.coins for s in ss)
    return paid.bits if platform == "twitch" else paid.paid_messages


def _platform_words(platform: str, summary: Summary, ss: list[SessionRow], paid: PaidTally) -> tuple[str, list[str]]:
    """A platform's headline figure and its other figures, in the creator's language."""
    if platform == "tiktok":
        coins = _headline_value(platform, summary, ss, paid)
        return _counted(coins, translate("Report", "{count} coin"), translate("Report", "{count} coins")), []
    if platform == "twitch":
        subs = _counted(paid.subs, translate("Report", "{count} sub"), translate("Report", "{count} subs"))
        if paid.gifted_subs:
            subs = translate("Report", "{subs} ({count} gifted)").format(subs=subs, count=count(paid.gifted_subs))
        return _counted(paid.bits, translate("Report", "{count} Bit"), translate("Report", "{count} Bits")), [subs]
    headline = _counted(paid.paid_messages, translate("Report", "{count} Super Chat and Stickers"),
                        translate("Report", "{count} Super Chats and Stickers"))
    amounts = joined([_amount(a, c) for c, a in paid.paid_amounts()]) or translate("Report", "no paid messages")
    return headline, [amounts, _counted(paid.memberships, translate("Report", "{count} membership"),
                                        translate("Report", "{count} memberships"))]


def unconverted_note(summary: Summary) -> str | None:
    """The sentence about amounts without an exchange rate, or None."""
    left = unconverted(session_earnings(s, summary.paid_of(s.id))[1] for s in summary.sessions)
    if not left:
        return None
    if english():  # the same sentence as the JSON's unconverted_message
        return PlatformEarnings(unconverted=tuple(left)).message(summary.currency)
    return translate(
        "Report", "No exchange rate to {currency} for {codes}: {amounts} (your share) is kept and listed as "
        "unconverted, not in the estimated earnings. Add {rates} to your exchange rates in Settings > Twitch and "
        "YouTube.").format(currency=summary.currency, codes=joined([c for c, _ in left]),
                           amounts=joined([_amount(a, c) for c, a in left]), rates=joined([f"{c}=..." for c, _ in left]))
