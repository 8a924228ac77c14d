"""What crosses from the engine to its views: typed payloads, and the one snapshot builder.

A snapshot is everything a view needs to draw itself from scratch: the window's dashboard,
the history view (a past session, rebuilt from the ledger), the overlay pages (before any
engine is attached, an empty one) all get theirs from ``build_snapshot``, so the shape is
written once. The summary export shares its rows (``gifter_rows``, ``gift_rows``,
``guests``). docs/PROTOCOL.md describes the same keys for overlay pages.

TypedDicts, not dataclasses: snapshots and updates are sent as JSON to overlay pages, and
a dict costs nothing to serialise there.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, NotRequired, TypedDict

from .economics import Balance, RateProfile
from .events import Gift, User
from .platform_income import MICROS, PaidTally, decimal_text, total_earnings
from .tallies import Tallies


# Any update views receive: one of the TypedDicts below, or the small ones docs/PROTOCOL.md lists
# (viewers, like, comment, follow, share, subscribe, state, gap, session, end, ledger, timer, timer_end).
Update = Mapping[str, Any]


class UserPayload(TypedDict):
    id: str
    handle: str
    nickname: str
    name: str
    avatar: str


class GiftPayload(TypedDict):
    id: int
    name: str
    coins: int
    image: str


class SessionPayload(TypedDict):
    id: int | None
    source: str
    creator: str
    room_id: str
    started_at: float | None
    resumed: bool
    platform: str  # tiktok, twitch or youtube


class StatePayload(TypedDict):
    state: str
    message: str
    retry_at: float | None


class GifterRow(TypedDict):
    user_id: str
    handle: str
    nickname: str
    coins: int
    gifts: int


class RankedGifterRow(GifterRow):
    share: float  # of the creator's coins


class GiftRow(TypedDict):
    gift_id: int
    name: str
    coins_each: int
    count: int
    coins: int


class GiftTypeRow(GiftRow):
    image: str


class GuestsPayload(TypedDict):
    """Gifts to guests (multi-guest and co-host LIVEs): their income, never in the creator's figures."""

    coins: int
    gifts: int
    by_guest: list[GifterRow]


class BattleScorePayload(TypedDict):
    user: UserPayload
    points: int  # battle points: a score, never money


class BattlePayload(TypedDict):
    battle_id: int
    ended: bool
    ts: float | None
    scores: list[BattleScorePayload]


class GiftUpdate(TypedDict):
    """A gift the rule counted (one ledger row), as views receive it."""

    type: Literal["gift"]
    ts: float
    user: UserPayload
    gift: GiftPayload
    units: int
    coins: int
    streak: bool
    group_id: int  # which of a viewer's streaks of this gift it settles (two can run at once)
    closed_without_end: bool
    to: UserPayload | None  # a guest who received it (their income, not the creator's); None: the host
    first_gift: bool
    top_gifter: bool  # sent by the viewer who tops tonight's leaderboard (with this gift): the crown


class StreakUpdatePayload(TypedDict):
    """A streak growing on screen (``ended`` once its end arrived); never a total."""

    type: Literal["streak"]
    ts: float
    user: UserPayload
    gift: GiftPayload
    group_id: int
    count: int
    ended: bool
    to: UserPayload | None


class ThresholdUpdate(TypedDict):
    """A payout threshold the balance since the last withdrawal reached (once per threshold per session)."""

    type: Literal["threshold"]
    ts: float
    threshold: dict[str, Any]  # Threshold.to_dict(): name, amount (decimal text), unit, currency
    balance_coins: int


class MediaUpdate(TypedDict):
    """An action's picture, video, sound or speech (actions/executors.py) for the ``media`` page."""

    type: Literal["media"]
    kind: str  # image, video, sound or tts
    rule: str
    ts: float
    file: NotRequired[str]  # a file of the data folder's media/ (not for tts)
    seconds: NotRequired[float]
    volume: NotRequired[float]  # 0..1
    text: NotRequired[str]  # tts
    voice: NotRequired[str | None]


class ActionAlertUpdate(TypedDict):
    """An actions.json ``alert``: a card of its own on the alerts page and in the window."""

    type: Literal["alert"]
    text: str
    seconds: float
    rule: str
    ts: float
    user: UserPayload | None  # the event's viewer, when it has one
class PaidUpdate(TypedDict):
    """A Twitch or YouTube paid message counted once (one ``platform_income`` row), as views receive it."""

    type: Literal["paid"]
    ts: float
    platform: str  # twitch or youtube: views draw the platform's mark
    kind: str  # bits, sub, resub, gift_subs, super_chat, super_sticker, membership, gift_memberships
    user: UserPayload
    units: int  # Bits, or subs / memberships it brings
    tier: str
    amount: str | None  # what the viewer paid (decimal text in ``currency``); None when not money
    currency: str
    text: str  # the viewer's message
    label: str  # "500 Bits", "5 gifted subs (Tier 1)", "Super Chat EUR 5.00"
    subscribes: int  # subscriptions it brings (subs, memberships; gifted ones for the gifter)
    earnings: str | None  # the creator's estimated share in the display currency; None: no exchange rate
    earnings_currency: str


class BattleUpdate(BattlePayload):
    type: Literal["battle"]


class TimerPayload(TypedDict):
    """The subathon timer (core/subathon.py): ``remaining_s`` as of ``wall_time`` (POSIX seconds).

    A running timer counts down from there (``ends_at`` is the moment it reaches zero); the
    rules say what income adds. Seconds may be fractional.
    """

    status: str  # idle, running, paused or ended
    remaining_s: float
    ends_at: float | None
    wall_time: float
    added_s: float
    capped_s: float
    coins: int
    subs: int
    follows: int
    cap_s: float | None
    start_s: float
    seconds_per_coin: float
    seconds_per_sub: float
    seconds_per_follow: float


class TimerUpdate(TimerPayload):
    """The timer changed: ``change_s`` seconds were added (negative: taken away) because of ``cause``."""

    type: Literal["timer"]
    change_s: float
    cause: str  # coins, subs, follows, start, pause, resume, reset, adjust, end, rules, or an action's name


class TimerEndUpdate(TypedDict):
    """Sent once when a running timer reaches zero (actions' ``timer_end`` rules fire from it)."""

    type: Literal["timer_end"]
    ts: float  # wall clock when the engine saw it (after a restart: later than ended_at)
    ended_at: float
    added_s: float
    coins: int
    subs: int
    follows: int


class BalancePayload(TypedDict):
    since: float
    base_coins: int
    coins: int
    base_diamonds: str
    base_usd: str


class SupporterRow(TypedDict):
    """A Twitch or YouTube supporter: Bits, subs or memberships (gifted ones too) and paid messages."""

    user_id: str
    handle: str
    nickname: str
    bits: int
    subs: int
    paid: list[dict[str, str]]  # [{currency, amount}] of Super Chats and Stickers
    messages: int


class Snapshot(TypedDict):
    session: SessionPayload | None
    state: StatePayload
    stream_time: float
    wall_time: float
    viewers: int
    totals: dict[str, Any]  # figures by name (see build_snapshot); money as decimal text
    top_gifters: list[RankedGifterRow]
    gifts: list[GiftTypeRow]
    timeline: list[tuple[int, int]]
    balance: BalancePayload
    rates: dict[str, str]
    gaps: list[list[float]]
    to_guests: GuestsPayload
    supporters: list[SupporterRow]  # Twitch and YouTube (empty for TikTok)
    first_gifts: int
    battle: BattlePayload | None
    timer: TimerPayload | None
    ledger_problem: str | None
    ledger_backlog: int
    duplicates: int


def user_payload(u: User) -> UserPayload:
    return {"id": u.user_id, "handle": u.handle, "nickname": u.nickname, "name": u.label, "avatar": u.avatar_url}


def gift_payload(g: Gift) -> GiftPayload:
    return {"id": g.gift_id, "name": g.name, "coins": g.coins, "image": g.image_url}


def gifter_rows(t: Tallies, top: int | None = None) -> list[GifterRow]:
    return [{"user_id": g.user_id, "handle": g.handle, "nickname": g.nickname, "coins": g.coins, "gifts": g.gifts}
            for g in t.top_gifters(top)]


def gift_rows(t: Tallies) -> list[GiftRow]:
    return [{"gift_id": g.gift_id, "name": g.name, "coins_each": g.coins_each, "count": g.count, "coins": g.coins}
            for g in t.gifts_by_type()]


def guests(t: Tallies) -> GuestsPayload:
    return {
        "coins": t.guest_coins, "gifts": t.guest_gifts,
        "by_guest": [{"user_id": g.user_id, "handle": g.handle, "nickname": g.nickname, "coins": g.coins,
                      "gifts": g.gifts} for g in t.guests_by_coins()],
    }


def paid_amounts(p: PaidTally) -> list[dict[str, str]]:
    """[{currency, amount}] of Super Chats and Stickers, amounts as decimal text (before YouTube's share)."""
    return [{"currency": cur, "amount": decimal_text(amount)} for cur, amount in p.paid_amounts()]


def supporter_rows(p: PaidTally, top: int | None = None) -> list[SupporterRow]:
    return [{"user_id": s.user_id, "handle": s.handle, "nickname": s.nickname, "bits": s.bits, "subs": s.subs,
             "paid": [{"currency": c, "amount": decimal_text(m / MICROS)} for c, m in sorted(s.paid.items())],
             "messages": s.messages} for s in p.top_supporters(top)]


def platform_totals(t: Tallies, rates: RateProfile) -> dict[str, Any]:
    """The figures every snapshot and summary carries: total estimated earnings (TikTok's coins
    and the other platforms' income in the display currency) and each platform's own units."""
    earnings, platform = total_earnings(t.coins, t.paid, rates)
    p = t.paid
    return {
        "earnings": str(earnings), "bits": p.bits, "subs": p.subs, "gifted_subs": p.gifted_subs,
        "memberships": p.memberships, "gifted_memberships": p.gifted_memberships,
        "paid_messages": p.paid_messages, "paid": paid_amounts(p), "paid_income_messages": p.messages,
        "platform_earnings": str(platform.rounded),
        "unconverted": [{"currency": c, "amount": decimal_text(a)} for c, a in platform.unconverted],
        "unconverted_message": platform.message(rates.currency),
        "subscribes": t.all_subscribes, "raids": t.raids, "supporters_count": len(p.supporters),
    }


def snapshot_totals(t: Tallies, rates: RateProfile, gifts_per_minute: float = 0.0, committed_gifts: int = 0,
                    extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """The snapshot's ``totals``: the creator's figures valued at ``rates``, each platform's, and ``extra``."""
    totals: dict[str, Any] = {
        "coins": t.coins, "diamonds": float(rates.diamonds(t.coins)), "earnings": str(rates.earnings(t.coins)),
        "currency": rates.currency, "gifts": t.gifts, "unique_gifters": t.unique_gifters,
        "gifts_per_minute": gifts_per_minute,
        "follows": t.follows, "shares": t.shares, "likes": t.likes, "comments": t.comments,
        "subscribes": t.subscribes, "peak_viewers": t.peak_viewers, "closed_without_end": t.closed_without_end,
        "committed_gifts": committed_gifts,
    }
    totals.update(platform_totals(t, rates))
    totals.update(extra or {})
    return totals


def _balance(t: Tallies, balance: Balance, since: float) -> BalancePayload:
    """The balance since the last withdrawal: other sessions' (``balance``) and this one's coins."""
    return {"since": since, "base_coins": balance.coins, "coins": balance.coins + t.coins,
            "base_diamonds": str(balance.diamonds), "base_usd": str(balance.usd)}


def build_snapshot(
    t: Tallies,
    rates: RateProfile,
    *,
    session: SessionPayload | None = None,
    state: StatePayload | None = None,
    stream_time: float = 0.0,
    wall_time: float = 0.0,
    gifts_per_minute: float = 0.0,
    committed_gifts: int = 0,
    balance: Balance = Balance(),
    balance_since: float = 0.0,
    gaps: list[list[float]] | None = None,
    battle: BattlePayload | None = None,
    timer: TimerPayload | None = None,
    viewers: int | None = None,
    ledger_problem: str | None = None,
    ledger_backlog: int = 0,
    duplicates: int = 0,
    top: int = 10,
    totals_extra: dict[str, Any] | None = None,
) -> Snapshot:
    """The snapshot of tallies ``t`` valued at ``rates``.

    ``viewers`` defaults to the tallies' current count; ``totals_extra`` adds figures to
    ``totals`` (the history view's ``gifts_per_minute_label``).
    """
    total = t.coins or 1
    return {
        "session": session,
        "state": state or {"state": "idle", "message": "Waiting for a stream", "retry_at": None},
        "stream_time": stream_time,
        "wall_time": wall_time,
        "viewers": t.viewers if viewers is None else viewers,
        "totals": snapshot_totals(t, rates, gifts_per_minute, committed_gifts, totals_extra),
        "top_gifters": [{**row, "share": round(row["coins"] / total, 4)} for row in gifter_rows(t, top)],
        "gifts": [{"gift_id": g.gift_id, "name": g.name, "coins_each": g.coins_each, "count": g.count,
                   "coins": g.coins, "image": g.image_url} for g in t.gifts_by_type()],
        "timeline": t.cumulative_timeline(),
        "balance": _balance(t, balance, balance_since),
        "rates": rates.to_dict(),
        "gaps": gaps or [],
        "to_guests": guests(t),
        "supporters": supporter_rows(t.paid, top),
        "first_gifts": t.first_gifts,
        "battle": battle,
        "timer": timer,
        "ledger_problem": ledger_problem,
        "ledger_backlog": ledger_backlog,  # rows behind while intake is paused, else 0
        "duplicates": duplicates,
    }


def empty_snapshot() -> Snapshot:
    """What a view shows before any stream: every key, all zeros."""
    return build_snapshot(Tallies(), RateProfile())
