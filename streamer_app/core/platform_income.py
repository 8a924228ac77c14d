"""Twitch and YouTube income: what the counted paid messages add up to, and what they earn.

Each platform's income is counted in its own unit (DESIGN.md section 1, "Other platforms"):
Bits, subs (by tier), memberships, and Super Chat / Super Sticker amounts in the viewer's own
currency. Money is derived from those at a session's ``RateProfile``, exactly (``Decimal``),
and only in the end rounded to the cent. An amount in a currency the user gave no exchange
rate for is never dropped: it is kept, listed as unconverted, with one sentence saying so.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from .economics import CENT, RateProfile
from .events import PLATFORMS, PaidEvent

MICROS = Decimal(1_000_000)
# Kinds whose units are subscriptions (Twitch subs, YouTube memberships): they also count in
# the session's subscribes tally.
SUB_KINDS = frozenset({"sub", "resub", "gift_subs"})
MEMBERSHIP_KINDS = frozenset({"membership", "gift_memberships"})
PAID_MESSAGE_KINDS = frozenset({"super_chat", "super_sticker"})
KINDS = frozenset({"bits"}) | SUB_KINDS | MEMBERSHIP_KINDS | PAID_MESSAGE_KINDS


def decimal_text(d: Decimal) -> str:
    """An exact amount as plain decimal text without trailing zeros: "1.99", "350", never "3.5E+2"."""
    return format(d.normalize(), "f")


def units_of(event: PaidEvent) -> int:
    """The units a paid message brings: one for a single sub or membership, else its ``units``."""
    return 1 if event.kind in ("sub", "resub", "membership") else max(0, event.units)


def subscriptions_in(event: PaidEvent) -> int:
    """Subscriptions (Twitch subs and YouTube memberships) a paid message brings; 0 for Bits and Super Chats."""
    return units_of(event) if event.kind in SUB_KINDS or event.kind in MEMBERSHIP_KINDS else 0


@dataclass(slots=True)
class PlatformSupporter:
    """One viewer's support on Twitch or YouTube (the counterpart of a TikTok gifter)."""

    user_id: str
    handle: str
    nickname: str
    bits: int = 0
    subs: int = 0  # subs and memberships bought or gifted
    paid: dict[str, int] = field(default_factory=dict)  # currency -> micros (Super Chats, Stickers)
    messages: int = 0  # paid messages of any kind


@dataclass(slots=True)
class PaidTally:
    """Running figures of counted paid messages (one session, or several summed). O(1) per message."""

    messages: int = 0  # counted paid messages of every kind
    bits: int = 0
    subs: int = 0  # Twitch subs: bought, announced resubs and gifted
    gifted_subs: int = 0
    subs_by_tier: dict[str, int] = field(default_factory=dict)
    memberships: int = 0  # YouTube memberships: new and gifted
    gifted_memberships: int = 0
    memberships_priced: dict[str, int] = field(default_factory=dict)  # currency -> micros, when a message says
    memberships_unpriced: int = 0  # priced at the rate profile's youtube_membership_usd
    paid_messages: int = 0  # Super Chats and Super Stickers
    paid: dict[str, int] = field(default_factory=dict)  # currency -> micros the viewers paid
    supporters: dict[str, PlatformSupporter] = field(default_factory=dict)

    def add(self, e: PaidEvent) -> None:
        units = units_of(e)
        self.messages += 1
        kind = e.kind
        supporter = self._supporter(e)
        supporter.messages += 1
        if kind == "bits":
            self.bits += units
            supporter.bits += units
        elif kind in SUB_KINDS:
            self.subs += units
            supporter.subs += units
            tier = e.tier or "1000"
            self.subs_by_tier[tier] = self.subs_by_tier.get(tier, 0) + units
            if kind == "gift_subs":
                self.gifted_subs += units
        elif kind in MEMBERSHIP_KINDS:
            self.memberships += units
            supporter.subs += units
            if kind == "gift_memberships":
                self.gifted_memberships += units
            if e.amount_micros > 0 and e.currency:
                _add_micros(self.memberships_priced, e.currency, e.amount_micros)
            else:
                self.memberships_unpriced += units
        elif kind in PAID_MESSAGE_KINDS:
            self.paid_messages += 1
            if e.amount_micros > 0 and e.currency:
                _add_micros(self.paid, e.currency, e.amount_micros)
                _add_micros(supporter.paid, e.currency, e.amount_micros)

    def _supporter(self, e: PaidEvent) -> PlatformSupporter:
        u = e.user
        s = self.supporters.get(u.user_id)
        if s is None:
            s = self.supporters[u.user_id] = PlatformSupporter(u.user_id, u.handle, u.nickname)
        elif u.handle or u.nickname:
            s.handle, s.nickname = u.handle or s.handle, u.nickname or s.nickname
        return s

    def merge(self, other: "PaidTally") -> None:
        """Add another session's figures (a night's report, several sources at once)."""
        self.messages += other.messages
        self.bits += other.bits
        self.subs += other.subs
        self.gifted_subs += other.gifted_subs
        self.memberships += other.memberships
        self.gifted_memberships += other.gifted_memberships
        self.memberships_unpriced += other.memberships_unpriced
        self.paid_messages += other.paid_messages
        for mine, theirs in ((self.subs_by_tier, other.subs_by_tier), (self.paid, other.paid),
                             (self.memberships_priced, other.memberships_priced)):
            for k, v in theirs.items():
                mine[k] = mine.get(k, 0) + v
        for uid, s in other.supporters.items():
            m = self.supporters.get(uid)
            if m is None:
                m = self.supporters[uid] = PlatformSupporter(uid, s.handle, s.nickname)
            m.bits, m.subs, m.messages = m.bits + s.bits, m.subs + s.subs, m.messages + s.messages
            for cur, micros in s.paid.items():
                _add_micros(m.paid, cur, micros)

    def paid_amounts(self) -> list[tuple[str, Decimal]]:
        """What viewers paid in Super Chats and Super Stickers, per currency (before YouTube's share)."""
        return [(cur, Decimal(micros) / MICROS) for cur, micros in sorted(self.paid.items())]

    def top_supporters(self, n: int | None = 10) -> list[PlatformSupporter]:
        """By Bits plus subs and paid messages, so the order is stable without exchange rates."""
        ranked = sorted(self.supporters.values(), key=lambda s: (-s.bits, -s.subs, -s.messages, s.user_id))
        return ranked if n is None else ranked[:n]


def _add_micros(into: dict[str, int], currency: str, micros: int) -> None:
    cur = currency.strip().upper()
    into[cur] = into.get(cur, 0) + micros


@dataclass(frozen=True)
class PlatformEarnings:
    """What paid messages earn the creator: ``money`` in the display currency (exact, not rounded)
    and the creator's share of amounts in currencies without an exchange rate (``unconverted``)."""

    money: Decimal = Decimal(0)
    usd: Decimal = Decimal(0)  # the part earned in US dollars (Bits, subs, unpriced memberships)
    unconverted: tuple[tuple[str, Decimal], ...] = ()

    @property
    def rounded(self) -> Decimal:
        return self.money.quantize(CENT, ROUND_HALF_UP)

    def message(self, display_currency: str) -> str | None:
        """One sentence about the amounts left unconverted, or None when there are none."""
        if not self.unconverted:
            return None
        amounts = ", ".join(f"{cur} {amount:,.2f}" for cur, amount in self.unconverted)
        codes = ", ".join(f"{cur}=..." for cur, _ in self.unconverted)
        return (f"No exchange rate to {display_currency} for {', '.join(c for c, _ in self.unconverted)}: "
                f"{amounts} (your share) is kept and listed as unconverted, not in the estimated earnings. "
                f"Add {codes} to your exchange rates in Settings > Twitch and YouTube.")


def platform_earnings(t: PaidTally, rates: RateProfile) -> PlatformEarnings:
    """The creator's estimated earnings from ``t`` at ``rates`` (DESIGN.md section 1)."""
    usd = t.bits * rates.usd_per_bit
    usd += sum((n * rates.sub_usd(tier) for tier, n in t.subs_by_tier.items()), Decimal(0)) * rates.twitch_sub_share
    usd += t.memberships_unpriced * rates.youtube_membership_usd * rates.youtube_membership_share
    money = usd * rates.usd_to_currency
    unconverted: dict[str, Decimal] = {}
    for amounts, share in ((t.paid, rates.youtube_paid_share), (t.memberships_priced, rates.youtube_membership_share)):
        for cur, micros in amounts.items():
            mine = Decimal(micros) / MICROS * share
            shown = rates.to_display(mine, cur)
            if shown is None:
                unconverted[cur] = unconverted.get(cur, Decimal(0)) + mine
            else:
                money += shown
    return PlatformEarnings(money, usd, tuple(sorted(unconverted.items())))


def total_earnings(coins: int, paid: PaidTally, rates: RateProfile) -> tuple[Decimal, PlatformEarnings]:
    """(a session's estimated earnings in the display currency rounded to the cent, its platform part):
    TikTok's coins and the other platforms' income, summed exactly before the one rounding."""
    platform = platform_earnings(paid, rates)
    exact = rates.usd(coins) * rates.usd_to_currency + platform.money
    return exact.quantize(CENT, ROUND_HALF_UP), platform


def sum_paid(tallies: Iterable[PaidTally]) -> PaidTally:
    total = PaidTally()
    for t in tallies:
        total.merge(t)
    return total


def event_earnings(e: PaidEvent, rates: RateProfile) -> PlatformEarnings:
    """What one paid message earns the creator (for its alert and feed line): the same valuation as
    ``platform_earnings`` of a tally holding only it, without building one (one per message)."""
    kind, units = e.kind, units_of(e)
    money = e.amount_micros > 0 and bool(e.currency)
    if kind == "bits":
        usd = units * rates.usd_per_bit
    elif kind in SUB_KINDS:
        usd = units * rates.sub_usd(e.tier or "1000") * rates.twitch_sub_share
    elif kind in MEMBERSHIP_KINDS and not money:
        usd = units * rates.youtube_membership_usd * rates.youtube_membership_share
    elif money and (kind in MEMBERSHIP_KINDS or kind in PAID_MESSAGE_KINDS):
        share = rates.youtube_membership_share if kind in MEMBERSHIP_KINDS else rates.youtube_paid_share
        cur = e.currency.strip().upper()
        mine = Decimal(e.amount_micros) / MICROS * share
        shown = rates.to_display(mine, cur)
        return PlatformEarnings(shown) if shown is not None else PlatformEarnings(unconverted=((cur, mine),))
    else:
        return PlatformEarnings()
    return PlatformEarnings(usd * rates.usd_to_currency, usd)


def describe(e: PaidEvent) -> str:
    """A paid message in a few words for the feed and alerts: "500 Bits", "5 gifted subs (Tier 1)",
    "Super Chat EUR 5.00". The platform's mark is drawn beside it by each view."""
    kind = e.kind
    units = units_of(e)
    tier = f"Tier {e.tier[0]}" if e.tier[:1] in ("1", "2", "3") else ""
    if kind == "bits":
        return f"{units:,} Bit{'s' if units != 1 else ''}"
    if kind in ("sub", "resub"):
        word = "New sub" if kind == "sub" else "Resub"
        return f"{word} ({tier})" if tier else word
    if kind == "gift_subs":
        return f"{units:,} gifted sub{'s' if units != 1 else ''}" + (f" ({tier})" if tier else "")
    if kind in ("super_chat", "super_sticker"):
        word = "Super Chat" if kind == "super_chat" else "Super Sticker"
        if e.amount_micros > 0 and e.currency:
            return f"{word} {e.currency.upper()} {Decimal(e.amount_micros) / MICROS:,.2f}"
        return word
    if kind == "membership":
        return "New member"
    if kind == "gift_memberships":
        return f"{units:,} gifted membership{'s' if units != 1 else ''}"
    return kind.replace("_", " ")


def platform_of(kind: str, extra: dict[str, object] | None = None) -> str:
    """The platform a source's broadcast is on: ``extra["platform"]`` when the source says (a
    replay of a Twitch or YouTube recording), else its kind when that is a platform, else TikTok
    (TikTok live, its replays and the demo)."""
    named = (extra or {}).get("platform")
    if isinstance(named, str) and named in PLATFORMS:
        return named
    return kind if kind in PLATFORMS else "tiktok"


def in_words(t: PaidTally) -> str:
    """A session's Twitch and YouTube figures in one line ("1,000 Bits | 6 subs (5 gifted) | 3 Super
    Chats and Stickers: EUR 1.50, USD 5.00"), for the terminal; empty when there are none."""
    parts = []
    if t.bits:
        parts.append(f"{t.bits:,} Bits")
    if t.subs:
        parts.append(f"{t.subs:,} subs" + (f" ({t.gifted_subs:,} gifted)" if t.gifted_subs else ""))
    if t.paid_messages:
        amounts = ", ".join(f"{c} {a:,.2f}" for c, a in t.paid_amounts())
        parts.append(f"{t.paid_messages:,} Super Chats and Stickers" + (f": {amounts}" if amounts else ""))
    if t.memberships:
        parts.append(f"{t.memberships:,} memberships" + (f" ({t.gifted_memberships:,} gifted)"
                                                         if t.gifted_memberships else ""))
    return " | ".join(parts)
