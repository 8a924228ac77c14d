"""Estimated earnings: rates, payout thresholds and projections.

No official conversion is published, so every rate is a setting with a documented
default (DESIGN.md section 1) and each session stores the rates it was computed with.
Money is computed with ``Decimal`` so totals are exact to the cent, whatever the sum.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta, timezone
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from ..i18n import QT_TRANSLATE_NOOP
from .events import PLATFORMS

PLATFORM_NAMES = {"tiktok": "TikTok", "twitch": "Twitch", "youtube": "YouTube"}
BASE_CURRENCY = "USD"  # TikTok pays out in US dollars
DAILY_WITHDRAWAL_CAP_USD = Decimal(1000)
PAYOUT_WITHIN_DAYS = 15
UNITS = ("money", "diamonds", "coins")
CENT = Decimal("0.01")


class RateError(ValueError):
    """A refused rate or amount, in English; ``template`` (marked, context "Settings") and ``values``
    let the settings say it in the creator's language (core stays free of the catalogs' I/O)."""

    def __init__(self, template: str, **values: object) -> None:
        super().__init__(template.format(**values))
        self.template, self.values = template, values


def _dec(value: object, name: str, positive: bool = True, **whose: object) -> Decimal:
    """``value`` as a Decimal, or RateError naming ``name`` (``whose``: what the settings name it by)."""
    try:
        d = Decimal(str(value))
    except (InvalidOperation, ValueError):
        raise RateError(QT_TRANSLATE_NOOP("Settings", "{name} must be a number, not {value}"),
                        name=name, value=repr(value), **whose) from None
    if not d.is_finite():
        raise RateError(QT_TRANSLATE_NOOP("Settings", "{name} must be a finite number, not {value}"),
                        name=name, value=repr(value), **whose)
    if positive and d <= 0:
        raise RateError(QT_TRANSLATE_NOOP("Settings", "{name} must be greater than zero, not {value}"),
                        name=name, value=value, **whose)
    if not positive and d < 0:
        raise RateError(QT_TRANSLATE_NOOP("Settings", "{name} must not be negative, not {value}"),
                        name=name, value=value, **whose)
    return d


# The rates that are shares (of what a viewer paid): between 0 and 1.
_SHARES = ("twitch_sub_share", "youtube_paid_share", "youtube_membership_share")
# Rates that must be positive numbers, checked and normalised to Decimal at construction.
_DECIMALS = (
    "diamonds_per_coin", "usd_per_diamond", "usd_to_currency", "viewer_usd_per_coin", "usd_per_bit",
    "twitch_tier1_usd", "twitch_tier2_usd", "twitch_tier3_usd", "youtube_membership_usd", *_SHARES,
)
ExchangeRates = tuple[tuple[str, Decimal], ...]


def _code(value: object, what: str) -> str:
    cur = str(value).strip().upper()
    if not (len(cur) == 3 and cur.isalpha()):
        raise RateError(QT_TRANSLATE_NOOP("Settings", "{name} must be a three-letter code such as USD or EUR, not {value}"),
                        name=what, value=repr(value))
    return cur


def parse_exchange_rates(value: object) -> ExchangeRates:
    """The user's exchange rates: "EUR=1.08, JPY=0.0064" (one unit of each currency in the
    display currency), a mapping or pairs; sorted by code, each rate a positive Decimal."""
    if isinstance(value, str):
        pairs: list[tuple[object, object]] = []
        for part in value.replace(";", ",").split(","):
            if part.strip():
                code, sep, rate_text = part.partition("=")
                if not sep:
                    raise RateError(QT_TRANSLATE_NOOP("Settings", "write each exchange rate as CODE=rate, like EUR=1.08, "
                                                                  "not {value}"), value=repr(part.strip()))
                pairs.append((code, rate_text.strip()))
    elif isinstance(value, Mapping):
        pairs = list(value.items())
    else:
        pairs = [tuple(p) for p in value]  # type: ignore[attr-defined]
    rates: dict[str, Decimal] = {}
    for given, rate in pairs:
        c = _code(given, QT_TRANSLATE_NOOP("Settings", "an exchange rate's currency"))
        if c in rates:
            raise RateError(QT_TRANSLATE_NOOP("Settings", "the exchange rate of {code} is given twice"), code=c)
        rates[c] = _dec(rate, f"the exchange rate of {c}", code=c)
    return tuple(sorted(rates.items()))


def exchange_rates_text(rates: ExchangeRates) -> str:
    return ", ".join(f"{c}={r}" for c, r in rates)


@dataclass(frozen=True)
class RateProfile:
    """The conversion rates a session's estimates use.

    TikTok (DESIGN.md section 1):

    * ``diamonds_per_coin``: creators receive about half of the coin value (0.5).
    * ``usd_per_diamond``: USD 0.01 per diamond, so a coin earns about USD 0.005.
    * ``currency`` and ``usd_to_currency``: display currency and the user's own
      exchange rate (no network look-ups).
    * ``viewer_usd_per_coin``: what viewers pay per coin in the app (about 0.0143).

    Twitch and YouTube (docs/ECONOMICS.md cites each default):

    * ``usd_per_bit``: what the streamer earns per Bit cheered (USD 0.01).
    * ``twitch_tier{1,2,3}_usd``: sub prices (4.99, 9.99, 24.99) and ``twitch_sub_share``,
      the streamer's share of them (0.5, the standard split; gifted subs too).
    * ``youtube_paid_share``: the creator's share of Super Chats and Super Stickers (0.7);
      ``youtube_membership_share`` of memberships (0.7), priced ``youtube_membership_usd``
      when the message does not say (4.99, the usual first level).
    * ``exchange_rates``: the user's own rates from other currencies (a Super Chat's) to the
      display currency; an amount in a currency without one stays unconverted, never dropped.
    """

    diamonds_per_coin: Decimal = Decimal("0.5")
    usd_per_diamond: Decimal = Decimal("0.01")
    currency: str = BASE_CURRENCY
    usd_to_currency: Decimal = Decimal("1")
    viewer_usd_per_coin: Decimal = Decimal("0.0143")
    usd_per_bit: Decimal = Decimal("0.01")
    twitch_tier1_usd: Decimal = Decimal("4.99")
    twitch_tier2_usd: Decimal = Decimal("9.99")
    twitch_tier3_usd: Decimal = Decimal("24.99")
    twitch_sub_share: Decimal = Decimal("0.5")
    youtube_paid_share: Decimal = Decimal("0.7")
    youtube_membership_share: Decimal = Decimal("0.7")
    youtube_membership_usd: Decimal = Decimal("4.99")
    exchange_rates: ExchangeRates = ()

    def __post_init__(self) -> None:
        for name in _DECIMALS:
            object.__setattr__(self, name, _dec(getattr(self, name), name.replace("_", " ")))
        if self.diamonds_per_coin > 1:
            raise RateError(QT_TRANSLATE_NOOP(
                "Settings", "diamonds per coin must be at most 1 (a creator never gets more than the coins)"))
        for name in _SHARES:
            if getattr(self, name) > 1:
                raise RateError(QT_TRANSLATE_NOOP("Settings", "{name} is a share: at most 1 (0.5 is 50 %), not {value}"),
                                name=name.replace("_", " "), value=getattr(self, name))
        object.__setattr__(self, "currency", _code(self.currency, "currency"))
        object.__setattr__(self, "exchange_rates", parse_exchange_rates(self.exchange_rates))

    def check_limits(self) -> None:
        """Refuse rates far above any real one (ValueError): checked where rates are typed in
        (the settings), not where a session's stored rates are read back, so a value that was
        accepted once never stops the ledger from opening."""
        # Low enough that no sum of coins overflows the cent rounding.
        for name, most in (("usd_per_diamond", 1), ("viewer_usd_per_coin", 1), ("usd_to_currency", 10**9),
                           ("usd_per_bit", 1), ("twitch_tier1_usd", 1000), ("twitch_tier2_usd", 1000),
                           ("twitch_tier3_usd", 1000), ("youtube_membership_usd", 1000)):
            if getattr(self, name) > most:
                raise RateError(QT_TRANSLATE_NOOP("Settings", "{name} must be at most {most}, not {value}"),
                                name=name.replace("_", " "), most=f"{most:,}", value=getattr(self, name))
        for code, rate in self.exchange_rates:
            if rate > 10**9:
                raise RateError(QT_TRANSLATE_NOOP("Settings", "the exchange rate of {code} must be at most "
                                                              "1,000,000,000, not {value}"), code=code, value=rate)

    def diamonds(self, coins: int) -> Decimal:
        return coins * self.diamonds_per_coin

    def usd(self, coins: int) -> Decimal:
        return coins * self.diamonds_per_coin * self.usd_per_diamond

    def earnings(self, coins: int) -> Decimal:
        """Estimated earnings in the display currency, rounded to the cent."""
        return (self.usd(coins) * self.usd_to_currency).quantize(CENT, ROUND_HALF_UP)

    def viewers_spent(self, coins: int) -> Decimal:
        return (coins * self.viewer_usd_per_coin * self.usd_to_currency).quantize(CENT, ROUND_HALF_UP)

    def sub_usd(self, tier: str) -> Decimal:
        """The price of one Twitch sub of ``tier`` ("1000", "2000", "3000"; anything else: tier 1,
        as Twitch Prime subs pay as tier 1)."""
        return {"2000": self.twitch_tier2_usd, "3000": self.twitch_tier3_usd}.get(tier, self.twitch_tier1_usd)

    def to_display(self, amount: Decimal, currency: str) -> Decimal | None:
        """``amount`` of ``currency`` in the display currency, exactly (not rounded); None when
        no rate is known for it (the caller keeps it as unconverted)."""
        if currency == self.currency:
            return amount
        if currency == BASE_CURRENCY:
            return amount * self.usd_to_currency
        rate = dict(self.exchange_rates).get(currency)
        return None if rate is None else amount * rate

    def to_dict(self) -> dict[str, Any]:
        d = {k: str(v) for k, v in asdict(self).items()}
        d["exchange_rates"] = exchange_rates_text(self.exchange_rates)
        return d

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "RateProfile":
        known = {k: d[k] for k in cls.__dataclass_fields__ if k in d}
        return cls(**known)


def calibrated_diamonds_per_coin(session_coins: int, reported_diamonds: object) -> Decimal:
    """The real diamonds-per-coin of a stream, from the diamonds TikTok reported for it."""
    if session_coins <= 0:
        raise ValueError("the session has no coins to calibrate against")
    diamonds = _dec(reported_diamonds, QT_TRANSLATE_NOOP("Settings", "reported diamonds"), positive=False)
    rate = (diamonds / session_coins).quantize(Decimal("0.0001"), ROUND_HALF_UP)
    if rate > 1:
        raise ValueError(
            f"{diamonds} diamonds for {session_coins} coins would be more than one diamond per coin; "
            "check the number TikTok reported"
        )
    return rate


@dataclass(frozen=True)
class Threshold:
    """A payout threshold or goal: ``amount`` in ``unit`` (money is in ``currency``)."""

    name: str
    amount: Decimal
    unit: str = "money"
    currency: str = BASE_CURRENCY
    platform: str = "tiktok"  # whose payout it is: Twitch's and YouTube's are in money

    def __post_init__(self) -> None:
        if not isinstance(self.name, str) or not self.name.strip():
            raise RateError(QT_TRANSLATE_NOOP("Settings", "a threshold needs a name (text)"))
        if self.platform not in PLATFORMS:
            raise RateError(QT_TRANSLATE_NOOP("Settings", "the platform of {threshold} must be one of {known}, not {value}"),
                            threshold=repr(self.name), known=", ".join(PLATFORMS), value=repr(self.platform))
        if self.platform != "tiktok" and self.unit != "money":
            raise RateError(QT_TRANSLATE_NOOP("Settings", "{threshold} is a {platform} threshold: its unit is money "
                                                          "(coins and diamonds are TikTok's)"),
                            threshold=repr(self.name), platform=PLATFORM_NAMES[self.platform])
        object.__setattr__(self, "amount", _dec(self.amount, f"the amount of {self.name!r}", threshold=repr(self.name)))
        if self.unit not in UNITS:
            raise RateError(QT_TRANSLATE_NOOP("Settings", "unit must be one of {known}, not {value}"),
                            known=", ".join(UNITS), value=repr(self.unit))
        cur = self.currency.strip().upper() if isinstance(self.currency, str) else ""
        if not (len(cur) == 3 and cur.isalpha()) and self.unit != "money":
            cur = BASE_CURRENCY  # a coin or diamond threshold has no use for one
        if not (len(cur) == 3 and cur.isalpha()):
            raise RateError(QT_TRANSLATE_NOOP("Settings", "the currency of {threshold} must be a three-letter code such "
                                                          "as USD, not {value}"),
                            threshold=repr(self.name), value=repr(self.currency))
        object.__setattr__(self, "currency", cur)

    def in_coins(self, rates: RateProfile) -> Decimal:
        """The threshold expressed as coins received, for comparing and charting."""
        if self.unit == "coins":
            return self.amount
        if self.unit == "diamonds":
            return self.amount / rates.diamonds_per_coin
        usd = self.amount
        if self.currency != BASE_CURRENCY:
            if self.currency != rates.currency:
                raise RateError(QT_TRANSLATE_NOOP("Settings", "{threshold} is in {currency}; only {base} and the "
                                                              "display currency {display} can be converted"),
                                threshold=repr(self.name), currency=self.currency, base=BASE_CURRENCY,
                                display=rates.currency)
            usd = self.amount / rates.usd_to_currency
        return usd / (rates.diamonds_per_coin * rates.usd_per_diamond)

    def label(self) -> str:
        if self.platform != "tiktok":
            return f"{self.name} ({PLATFORM_NAMES[self.platform]}): {self.currency} {self.amount:,.2f}"
        if self.unit == "money":
            return f"{self.name}: {self.currency} {self.amount:,.2f}"
        return f"{self.name}: {self.amount:,.0f} {self.unit}"

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "amount": str(self.amount), "unit": self.unit, "currency": self.currency,
                "platform": self.platform}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "Threshold":
        return cls(d["name"], d["amount"], d.get("unit", "money"), d.get("currency", BASE_CURRENCY),
                   d.get("platform", "tiktok"))


DEFAULT_THRESHOLDS = (
    Threshold("First cash-out", Decimal(1000), "coins"),
    Threshold("Withdrawal minimum", Decimal(100), "money", "USD"),
    Threshold("My goal", Decimal(250), "money", "USD"),
    # Twitch pays once the balance reaches USD 50 (most payout methods; USD 100 by wire), since its
    # 2022 roll-out (docs/ECONOMICS.md cites it); YouTube pays through AdSense at USD 100 (or the
    # local equivalent, e.g. EUR 70, GBP 60).
    Threshold("Twitch payout minimum", Decimal(50), "money", "USD", "twitch"),
    Threshold("YouTube (AdSense) payment threshold", Decimal(100), "money", "USD", "youtube"),
)


def tiktok_thresholds(thresholds: Iterable[Threshold]) -> list[Threshold]:
    """The thresholds measured in coins and diamonds: TikTok's (the others count their own income)."""
    return [t for t in thresholds if t.platform == "tiktok"]


@dataclass(frozen=True)
class ThresholdProgress:
    threshold: Threshold
    target_coins: Decimal
    fraction: float  # 0..1
    reached: bool
    projected_at: datetime | None  # None: reached, or no recent income to project from

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.threshold.to_dict(),
            "target_coins": float(self.target_coins),
            "progress": round(self.fraction, 4),
            "reached": self.reached,
            "projected_date": self.projected_at.date().isoformat() if self.projected_at else None,
        }


@dataclass(frozen=True)
class Balance:
    """The balance since the last withdrawal: its coins, and the diamonds and USD they earned,
    each session's coins at the rates that session was computed with (a calibrated stream keeps
    its own diamonds per coin; valuing every coin at today's rate would rewrite the past)."""

    coins: int = 0
    diamonds: Decimal = Decimal(0)
    usd: Decimal = Decimal(0)

    @classmethod
    def at(cls, coins: int, rates: RateProfile) -> "Balance":
        return cls(coins, rates.diamonds(coins), rates.usd(coins))

    def __add__(self, other: "Balance") -> "Balance":
        return Balance(self.coins + other.coins, self.diamonds + other.diamonds, self.usd + other.usd)

    def __sub__(self, other: "Balance") -> "Balance":
        return Balance(self.coins - other.coins, self.diamonds - other.diamonds, self.usd - other.usd)


@dataclass(frozen=True)
class PayoutPlan:
    """Where the balance since the last withdrawal stands against each threshold."""

    balance_coins: int
    balance_diamonds: Decimal
    balance_money: Decimal  # display currency
    coins_per_day: float  # the recent rate projections use
    progress: list[ThresholdProgress] = field(default_factory=list)
    withdrawal_days: int = 0  # days the daily cap needs to withdraw the balance
    payout_within_days: int = PAYOUT_WITHIN_DAYS
    daily_cap: Decimal = DAILY_WITHDRAWAL_CAP_USD


def plan_payouts(
    balance: "Balance | int",
    rates: RateProfile,
    thresholds: Iterable[Threshold],
    coins_per_day: float,
    now: datetime | None = None,
) -> PayoutPlan:
    """Progress and projected date for each threshold at ``coins_per_day``.

    ``balance`` is a ``Balance`` (or coins, all at ``rates``). A threshold in coins counts
    coins, one in diamonds counts the diamonds each session earned, one in money counts the
    USD each session earned; each is then measured in coins at today's ``rates`` (its
    ``target_coins``), which is how far ahead today's gifts have to carry it.
    """
    if not isinstance(balance, Balance):
        balance = Balance.at(balance, rates)
    now = now or datetime.now(timezone.utc)
    held = {
        "coins": Decimal(balance.coins),
        "diamonds": balance.diamonds / rates.diamonds_per_coin,
        "money": balance.usd / (rates.diamonds_per_coin * rates.usd_per_diamond),
    }
    progress = []
    for t in tiktok_thresholds(thresholds):  # Twitch's and YouTube's: platform_payouts
        target = t.in_coins(rates)
        have = held[t.unit]
        reached = have >= target
        when = None
        if not reached and coins_per_day > 0:
            days = float(target - have) / coins_per_day
            if days < 365 * 20:
                when = now + timedelta(days=days)
        fraction = 1.0 if target <= 0 else min(1.0, float(have / target))
        progress.append(ThresholdProgress(t, target, fraction, reached, when))
    return PayoutPlan(
        balance_coins=balance.coins,
        balance_diamonds=balance.diamonds,
        balance_money=(balance.usd * rates.usd_to_currency).quantize(CENT, ROUND_HALF_UP),
        coins_per_day=coins_per_day,
        progress=progress,
        withdrawal_days=math.ceil(balance.usd / DAILY_WITHDRAWAL_CAP_USD) if balance.usd > 0 else 0,
    )


def recent_coins_per_day(daily_coins: Mapping[Any, int], now: datetime, days: int = 14) -> float:
    """Average coins per calendar day over the last ``days`` days (days without streams count)."""
    start = (now - timedelta(days=days)).date()
    total = sum(c for d, c in daily_coins.items() if d > start)
    return float(total / days)


@dataclass(frozen=True)
class PlatformProgress:
    """A Twitch or YouTube payout threshold against that platform's estimated balance (in USD)."""

    threshold: Threshold
    target_usd: Decimal
    balance_usd: Decimal
    fraction: float
    reached: bool

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.threshold.to_dict(), "target_coins": None, "target_usd": str(self.target_usd.quantize(CENT)),
            "balance_usd": str(self.balance_usd.quantize(CENT, ROUND_HALF_UP)),
            "progress": round(self.fraction, 4), "reached": self.reached, "projected_date": None,
        }


def platform_payouts(balances_usd: Mapping[str, Decimal], thresholds: Iterable[Threshold],
                     rates: RateProfile) -> list[PlatformProgress]:
    """Each Twitch or YouTube threshold against its platform's balance (estimated USD since the last
    recorded withdrawal). A threshold in another currency than USD or the display currency is
    refused as ``Threshold.in_coins`` refuses it (the settings check both)."""
    out = []
    for t in thresholds:
        if t.platform == "tiktok":
            continue
        target = t.amount
        if t.currency != BASE_CURRENCY:
            if t.currency != rates.currency:
                raise ValueError(f"{t.name!r} is in {t.currency}; only {BASE_CURRENCY} and the display "
                                 f"currency {rates.currency} can be converted")
            target = t.amount / rates.usd_to_currency
        have = balances_usd.get(t.platform, Decimal(0))
        out.append(PlatformProgress(t, target, have, 1.0 if target <= 0 else min(1.0, float(have / target)),
                                    have >= target))
    return out
