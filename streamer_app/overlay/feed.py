"""The overlay feed: engine updates numbered, remembered for a while, fanned out to sockets.

Pure asyncio, no aiohttp: the server hands each connected page a ``Subscriber`` and
this module decides what it receives (docs/PROTOCOL.md). Every delta is encoded to
JSON once and the same text goes to every page, so five pages cost little more than
one. A page that reconnects within ``HISTORY_S`` seconds resumes from its last
sequence number out of the history buffer, so nothing is lost or repeated; anything
older gets a fresh snapshot instead.
"""

from __future__ import annotations

import asyncio
import json
import logging
import secrets
import time
from collections import deque
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Callable

if TYPE_CHECKING:  # (types only: nothing more to import at start-up)
    from ..core.snapshot import Update

log = logging.getLogger(__name__)

PROTOCOL_VERSION = 1
HISTORY_S = 60.0  # deltas kept for resuming (the promise is 30 s; twice that for slack)
HISTORY_MAX = 50_000  # ...but never more than this many (a 1,000 gifts/s burst stays bounded)
MAX_PENDING = 20_000  # a page this far behind is closed; it resumes or re-snapshots
TOTALS_INTERVAL_S = 0.1  # totals/leaderboard deltas at most 10 per second (snapshot() costs)
RECENT_MAX = 40  # feed-worthy updates included in a snapshot (the feed page's backlog)
FEED_TYPES = frozenset({"gift", "follow", "share", "subscribe", "comment", "paid", "raid"})
# Updates that change totals or the leaderboard (and so schedule a throttled refresh).
TOTALS_TRIGGERS = frozenset({"gift", "viewers", "follow", "share", "like", "comment", "subscribe", "end", "ledger",
                             "paid", "raid"})
# Engine snapshot keys a page can use; the rest (timeline, rates detail) stays home.
# totals, top_gifters and gifts are the creator's own income: gifts to guests are only in to_guests.
SNAPSHOT_KEYS = ("session", "state", "viewers", "totals", "top_gifters", "gifts", "balance", "rates", "gaps",
                 "to_guests", "first_gifts", "battle", "timer", "ledger_problem", "platforms")  # platforms: several sources

_dumps = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, default=str).encode


def empty_snapshot() -> dict[str, Any]:
    """What pages see before any engine was attached: the one snapshot shape, all zeros."""
    from ..core.snapshot import empty_snapshot as empty

    return trim_snapshot(empty())


def _parts(parts: Any) -> list[dict[str, Any]] | None:
    """The per-platform breakdown pages draw (core/multistream.PlatformPart, without each
    session's whole totals); None for a single source."""
    if not parts:
        return None
    return [{k: p.get(k) for k in ("platform", "session_id", "creator", "state", "earnings", "currency", "coins",
                                    "gifts")} for p in parts]


def trim_snapshot(snap: Mapping[str, Any]) -> dict[str, Any]:
    out = {k: snap[k] for k in SNAPSHOT_KEYS if k in snap}
    out["platforms"] = _parts(snap.get("platforms"))  # every page gets the key: None for one source
    return out


class Subscriber:
    """One connected page: the deltas waiting to be sent and a wake-up for its sender task."""

    __slots__ = ("pending", "wake", "closed", "overflowed", "acked", "label")

    def __init__(self, label: str = "") -> None:
        self.pending: list[str] = []
        self.wake = asyncio.Event()
        self.closed = False
        self.overflowed = False
        self.acked = 0
        self.label = label

    def push(self, text: str) -> None:
        if self.closed or self.overflowed:
            return
        self.pending.append(text)
        if len(self.pending) > MAX_PENDING:
            # Too slow to keep up: stop queueing; the server closes it and the page resumes.
            self.overflowed = True
            self.pending.clear()
        self.wake.set()

    def take(self) -> list[str]:
        items, self.pending = self.pending, []
        self.wake.clear()
        return items


class Feed:
    """Numbers engine updates, keeps a bounded history, and serves snapshots and resumes.

    ``snapshot_source`` returns the current engine snapshot (or None when no engine is
    attached); it is called at most every ``TOTALS_INTERVAL_S`` for throttled totals.
    All methods run on the server's (= the engine's) loop.
    """

    def __init__(self, config: dict | None = None, clock: Callable[[], float] = time.monotonic) -> None:
        self.epoch = secrets.token_hex(8)  # a new server means new numbers: pages re-snapshot
        self.seq = 0
        self.config = dict(config or {})
        self.history: deque[tuple[int, float, str]] = deque()
        self.recent: deque[Update] = deque(maxlen=RECENT_MAX)
        self.subscribers: set[Subscriber] = set()
        self.snapshot_source: Callable[[], dict | None] = lambda: None
        self._clock = clock
        self._last_snapshot: dict = empty_snapshot()
        self._last_totals: Any = None
        self._last_board: Any = None
        self._totals_handle: asyncio.Handle | None = None
        self._totals_at = 0.0

    # -- input ---------------------------------------------------------------------------
    def publish(self, update: Update, refresh_totals: bool = True) -> int:
        """Append one update as the next delta and queue it for every page; returns its seq."""
        self.seq += 1
        seq = self.seq
        text = '{"seq":%d,"update":%s}' % (seq, _dumps(update))
        now = self._clock()
        h = self.history
        h.append((seq, now, text))
        cutoff = now - HISTORY_S
        while len(h) > HISTORY_MAX or h[0][1] < cutoff:
            h.popleft()
        kind = update.get("type")
        if kind in FEED_TYPES:
            self.recent.append(update)
        for sub in self.subscribers:
            sub.push(text)
        if refresh_totals and kind in TOTALS_TRIGGERS:
            self.schedule_totals()
        return seq

    def reset(self) -> None:
        """A new engine (or session): pages replace their whole picture."""
        self._last_snapshot = self._fresh_snapshot()
        self._last_totals = self._totals_of(self._last_snapshot)
        self._last_board = self._last_snapshot.get("top_gifters")
        self.publish({"type": "reset", "snapshot": self._last_snapshot}, refresh_totals=False)

    # -- throttled totals ---------------------------------------------------------------------
    def schedule_totals(self) -> None:
        if self._totals_handle is not None:
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # published outside a loop (a plain unit test): refresh now
            self.emit_totals()
            return
        delay = max(0.0, self._totals_at + TOTALS_INTERVAL_S - self._clock())
        self._totals_handle = loop.call_later(delay, self.emit_totals)

    def cancel_totals(self) -> None:
        if self._totals_handle is not None:
            self._totals_handle.cancel()
            self._totals_handle = None

    def emit_totals(self) -> None:
        """Publish totals and leaderboard deltas if they changed since the last ones."""
        self._totals_handle = None
        self._totals_at = self._clock()
        snap = self._fresh_snapshot()
        self._last_snapshot = snap
        totals = self._totals_of(snap)
        if totals != self._last_totals:
            self._last_totals = totals
            self.publish({"type": "totals", **totals}, refresh_totals=False)
        board = snap.get("top_gifters")
        if board != self._last_board:
            self._last_board = board
            self.publish({"type": "leaderboard", "top_gifters": board}, refresh_totals=False)

    @staticmethod
    def _totals_of(snap: dict) -> dict:
        return {"totals": snap.get("totals"), "balance": snap.get("balance"), "viewers": snap.get("viewers"),
                "state": snap.get("state"), "to_guests": snap.get("to_guests"), "first_gifts": snap.get("first_gifts"),
                "platforms": _parts(snap.get("platforms"))}

    def _fresh_snapshot(self) -> dict:
        try:
            snap = self.snapshot_source()
        except Exception:  # a snapshot failure must not take the feed down
            log.exception("engine snapshot failed; keeping the last one")
            return self._last_snapshot
        return trim_snapshot(snap) if snap is not None else self._last_snapshot

    # -- pages ---------------------------------------------------------------------------
    def subscribe(self, sub: Subscriber, epoch: str | None = None, since: int | None = None) -> str:
        """Register ``sub`` and return its first message: a resume header or a snapshot.

        The missed deltas of a resume are queued on ``sub`` right away, in order; since
        this runs without awaiting, no delta can slip in between.
        """
        self.subscribers.add(sub)
        sub.pending.clear()
        if epoch == self.epoch and since is not None and 0 <= since <= self.seq:
            oldest = self.history[0][0] if self.history else self.seq + 1
            if since >= oldest - 1:
                missed = [text for seq, _, text in self.history if seq > since]
                for text in missed:
                    sub.push(text)
                return _dumps({"v": PROTOCOL_VERSION, "type": "resume", "epoch": self.epoch, "seq": since,
                               "missed": len(missed), "config": self.config})
        snap = self._fresh_snapshot()
        return _dumps({
            "v": PROTOCOL_VERSION, "type": "snapshot", "epoch": self.epoch, "seq": self.seq,
            "resumed": False, "data": snap, "recent": list(self.recent), "config": self.config,
        })

    def unsubscribe(self, sub: Subscriber) -> None:
        sub.closed = True
        sub.wake.set()
        self.subscribers.discard(sub)


def deltas_frame(items: list[str]) -> str:
    """One WebSocket text frame carrying already-encoded deltas, oldest first."""
    return '{"v":%d,"type":"deltas","deltas":[%s]}' % (PROTOCOL_VERSION, ",".join(items))
