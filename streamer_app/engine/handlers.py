"""What the engine does with each kind of event: one function per kind, one row each in ``HANDLERS``.

``Engine.handle`` moves stream time on (closing idle streaks), then looks the event's kind
up here. Adding a kind of event is its dataclass in core/events.py, a function here and a
row in ``HANDLERS`` (docs/ARCHITECTURE.md).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, Callable

from ..core import events as ev
from ..core.platform_income import MICROS, decimal_text, describe, event_earnings, subscriptions_in
from ..core.snapshot import BattlePayload, BattleUpdate, PaidUpdate, user_payload

if TYPE_CHECKING:
    from .engine import Engine

log = logging.getLogger(__name__)

ACTIVITY_FLUSH_EVERY = 4096  # comments, follows, ... between two saves of their counts and ids

# Viewer actions counted per session (tally and session field, update type); like gifts,
# each message counts once (by its id).
ACTIVITY: dict[type, tuple[str, str]] = {
    ev.CommentEvent: ("comments", "comment"),
    ev.FollowEvent: ("follows", "follow"),
    ev.ShareEvent: ("shares", "share"),
    ev.SubscribeEvent: ("subscribes", "subscribe"),
    ev.RaidEvent: ("raids", "raid"),
}
# The session counts saved in the sessions table (the rest is rebuilt from the ledger).
SESSION_COUNTS = ("follows", "shares", "likes", "comments", "subscribes", "peak_viewers", "raids")

# Activity that adds time to the subathon timer: update type -> the income's name in TimerRules.
TIMED = {"follow": "follows", "subscribe": "subs"}


def on_gift(engine: Engine, event: ev.GiftEvent) -> None:
    result = engine._counter.process(event)
    if result.duplicate:
        engine.duplicates += 1
    # The streak's own update goes first: the feed, the alert queue and the overlay
    # settle a streak's line or card when its counted gift follows, and a streak update
    # after that would start a second one.
    if result.streak is not None and engine.publishers:
        engine._streak(result.streak)
    for g in result.counted:
        engine._counted(g)
    engine._gift_state_changed()


def on_activity(engine: Engine,
                event: ev.CommentEvent | ev.FollowEvent | ev.ShareEvent | ev.SubscribeEvent | ev.RaidEvent) -> None:
    """A comment, follow, share, subscription or raid: counted once by its message id."""
    if event.msg_id:
        if not engine._counter.first_seen(event.msg_id):
            return  # resent (a reconnect, a recording replayed again): counted once
        engine._activity_ids.append(event.msg_id)
    field, kind = ACTIVITY[type(event)]
    value = getattr(engine.tallies, field) + 1
    setattr(engine.tallies, field, value)
    engine._session_dirty[field] = value
    timed = False
    if kind in TIMED and engine.timer.collecting:
        timed = engine.timer.credit(**{TIMED[kind]: 1}, cause=TIMED[kind])
    update = {"type": kind, "ts": event.ts, "user": user_payload(event.user)}
    if isinstance(event, ev.CommentEvent):
        update["text"] = event.text
    elif isinstance(event, ev.SubscribeEvent):
        update["months"] = event.months
    elif isinstance(event, ev.RaidEvent):
        update["viewers"] = event.viewers
    engine._publish(update)
    if timed or len(engine._activity_ids) >= ACTIVITY_FLUSH_EVERY:
        # Time a follow or sub added is saved with its message id, in one operation: a crash
        # never keeps the time without the follow, or the follow without its time.
        # Saved well before the counter's memory of recent ids lets go of these (timing
        # never changes a count, even when ticks are rare under a flat-out replay).
        engine._flush_session_fields()


def on_paid(engine: Engine, event: ev.PaidEvent) -> None:
    """Bits, a sub, gifted subs, a Super Chat or Sticker, a membership: counted once by the
    platform's message id (also after a crash and a replay: the id is saved with its row)."""
    if not engine._counter.first_seen(event.msg_id):
        engine.duplicates += 1
        return
    engine.tallies.add_paid(event)
    engine._paid.add(event)
    engine._gift_state_changed()  # to the writer at the end of this turn of the loop, with the gifts
    value = event_earnings(event, engine.rates)
    if value.unconverted and engine._paid.first_unconverted(value.unconverted[0][0]):
        log.warning("%s", value.message(engine.rates.currency))  # once per currency and run; the total says it too
    if not engine.publishers:
        return
    paid = event.amount_micros > 0 and bool(event.currency)
    update: PaidUpdate = {
        "type": "paid", "ts": event.ts, "platform": event.platform, "kind": event.kind,
        "user": engine._user_dict(event.user), "units": event.units, "tier": event.tier,
        "amount": decimal_text(event.amount_micros / MICROS) if paid else None, "currency": event.currency.upper(),
        "text": event.text, "label": describe(event), "subscribes": subscriptions_in(event),
        "earnings": None if value.unconverted else str(value.rounded), "earnings_currency": engine.rates.currency,
    }
    engine._publish(update)


def on_viewers(engine: Engine, event: ev.ViewerCountEvent) -> None:
    t = engine.tallies
    t.viewers = event.viewers
    if event.viewers > t.peak_viewers:
        t.peak_viewers = event.viewers
        engine._session_dirty["peak_viewers"] = t.peak_viewers
    engine._publish({"type": "viewers", "ts": event.ts, "viewers": event.viewers})


def on_like(engine: Engine, event: ev.LikeEvent) -> None:
    # ``room_total`` is the room's running total (TikTok's per-viewer counts are unreliable).
    engine.tallies.likes = max(engine.tallies.likes, event.room_total)
    engine._session_dirty["likes"] = engine.tallies.likes
    engine._publish({"type": "like", "ts": event.ts, "user": user_payload(event.user),
                   "count": event.count, "room_total": event.room_total})


def on_state(engine: Engine, event: ev.ConnectionStateEvent) -> None:
    engine.state = {"state": event.state.value, "message": event.message, "retry_at": event.retry_at}
    engine._publish({"type": "state", "ts": event.ts, **engine.state})
    if event.gap_from is not None and event.gap_to is not None and event.gap_to > event.gap_from:
        engine.gaps.append((event.gap_from, event.gap_to))
        engine._persist_gift_state()  # keep the writer's order: earlier gifts first
        engine._writer.add_gap(engine._sid, event.gap_from, event.gap_to, event.message)
        engine._publish({"type": "gap", "from": event.gap_from, "to": event.gap_to, "reason": event.message})


def on_end(engine: Engine, event: ev.StreamEndEvent) -> str:
    for g in engine._counter.close_all(event.ts):
        engine._counted(g)
    engine._persist_counter_state()
    engine.state = {"state": ev.ConnectionState.ENDED.value, "message": event.reason or "The stream ended",
                  "retry_at": None}
    engine._publish({"type": "state", "ts": event.ts, **engine.state})
    return event.reason or "stream ended"


def battle(engine: Engine, b: ev.BattleEvent) -> None:
    """A LIVE Match score: saved and shown as points, never as money."""
    payload: BattlePayload = {
        "battle_id": b.battle_id, "ended": b.ended, "ts": b.ts,
        "scores": [{"user": engine._user_dict(s.user), "points": s.points} for s in b.scores],
    }
    engine.battle = payload
    engine._persist_gift_state()  # keep the writer's order: earlier gifts first
    engine._writer.write_battle(engine._sid, b)
    update: BattleUpdate = {"type": "battle", "battle_id": b.battle_id, "ended": b.ended, "ts": b.ts,
                            "scores": payload["scores"]}
    engine._publish(update)


# What the engine does with each kind of event: one row per kind (DESIGN.md section 2).
HANDLERS: dict[type, Callable[["Engine", Any], str | None]] = {
    ev.GiftEvent: on_gift,
    **{kind: on_activity for kind in ACTIVITY},
    ev.ViewerCountEvent: on_viewers,
    ev.LikeEvent: on_like,
    ev.ConnectionStateEvent: on_state,
    ev.BattleEvent: battle,
    ev.PaidEvent: on_paid,
    ev.StreamEndEvent: on_end,
}
