"""The engine: one source through the count-once rule into the ledger and out to publishers.

Runs on one asyncio loop (the main loop in headless mode, a dedicated thread beside
the window). Publishers are called on that loop with small JSON-ready dicts
("updates", documented in docs/PROTOCOL.md); ``snapshot()`` gives the whole
picture for a newly connected view. Neither touches the database: the ledger
writer has its own thread, and the reader is used only at start.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from collections.abc import AsyncIterator
from typing import Any, Callable

from ..core import events as ev
from ..core.counting import CountedGift, GiftCounter, StreakUpdate
from ..core.economics import Balance, RateProfile
from ..core.in_flight import InFlightHistory
from ..core.snapshot import (
    BattlePayload, GiftUpdate, SessionPayload, Snapshot, StatePayload, StreakUpdatePayload,
    build_snapshot, gift_payload, user_payload,
)
from ..core.tallies import Tallies
from ..settings import Settings
from ..sources.base import Source
from ..store.database import DB_FILENAME, StoreError, _explain
from ..store.queries import Reader
from ..store.writer import CommitReport, LedgerWriter, open_or_create_session
from ..core.platform_income import platform_of
from ..i18n import QT_TRANSLATE_NOOP
from .handlers import HANDLERS, SESSION_COUNTS
from .ledger_feed import PERSIST_EVERY as PERSIST_EVERY, LedgerFeed  # PERSIST_EVERY: benchmarks and tests read it here
from .own_commits import OwnCommits
from .paid import PaidQueue
from .payloads import PayloadCache, TopGifter
from .publishing import Publisher as Publisher, Publishing  # Publisher: thread.py imports it from here
from .store_history import StoreHistory
from .subathon import EngineTimer
from .thresholds import ThresholdWatch

log = logging.getLogger(__name__)


TICK_S = 1.0  # how often stream time advances without messages (idle streaks close)
# Backpressure: when the writer is this many rows behind, intake pauses until it is back
# under LEDGER_BACKLOG_RESUME. Nothing is dropped: a live source buffers its messages.
LEDGER_BACKLOG_MAX = 20_000
LEDGER_BACKLOG_RESUME = 5_000
BACKLOG_CHECK_EVERY = 64  # events between two looks at the backlog
BACKLOG_LOG_EVERY_S = 30.0


@dataclass
class RunResult:
    session_id: int
    resumed: bool
    reason: str
    tallies: Tallies
    duplicates: int
    committed: bool  # False if the ledger could not be flushed before exit


# Kept under their old names: views and tests build the same payloads with them.
user_dict = user_payload
gift_dict = gift_payload


class Engine(LedgerFeed, Publishing):
    """Run with ``await engine.run()``; stop with ``engine.request_stop()`` from the loop."""

    def __init__(
        self,
        source: Source,
        data_dir: Path,
        settings: Settings,
        on_commit: Callable[[CommitReport], None] | None = None,
        writer: LedgerWriter | None = None,
    ) -> None:
        self.source = source
        self.data_dir = Path(data_dir)
        self.settings = settings
        self.rates: RateProfile = settings.rates
        self.tallies = Tallies()
        self.publishers: list[Publisher] = []
        self.info: ev.SourceInfo | None = None
        self.session_id: int | None = None
        self.resumed = False
        self.state: StatePayload = {"state": ev.ConnectionState.CONNECTING.value, "message": "Starting", "retry_at": None}
        self.stream_time = 0.0
        self.duplicates = 0
        self.gaps: list[tuple[float, float]] = []
        self.ledger_problem: str | None = None
        self.battle: BattlePayload | None = None  # the latest LIVE Match score (points, not money)
        self.committed_gifts = 0
        self.balance_base = Balance()  # since the last withdrawal, in other sessions (at their rates)
        self.balance_since = 0.0
        self._external_on_commit = on_commit
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop = asyncio.Event()
        self.db_path = self.data_dir / DB_FILENAME
        # A writer given is shared (engine/multistream.py): its owner starts, stops and reports it.
        self._writer = writer or LedgerWriter(self.db_path, on_commit=self._on_commit_thread,
                                              on_problem=self._on_problem_thread)
        self._own = OwnCommits() if writer is not None else None
        self.claim: Callable[[ev.SourceInfo], None] | None = None  # set by a multistream
        self._reader: Reader | None = None
        self._open_for_the_run = contextlib.ExitStack()  # the session's Reader, closed when the run ends
        self._counter = GiftCounter()  # replaced by the session's own, with its history, at open
        self._in_flight = InFlightHistory()
        self._session_dirty: dict[str, Any] = {}
        self._activity_ids: list[int] = []  # message ids behind the counts in _session_dirty
        self._unwritten: list[CountedGift] = []  # counted, not yet handed to the writer
        self._paid = PaidQueue()  # Twitch and YouTube paid messages, likewise
        self._persist_scheduled = False
        self._since_persist = 0  # gift messages since the counter state went to the writer
        self.ledger_backlog = 0  # rows the writer was behind when intake last paused
        self._backlog_logged_at = float("-inf")
        payloads = PayloadCache()  # publisher dicts, built once per user and gift record
        self._user_dict, self._gift_dict = payloads.user, payloads.gift
        self.timer = EngineTimer(self, settings.timer.rules())  # the subathon timer (engine/subathon.py)
        self._crown = TopGifter()

    # -- wiring -----------------------------------------------------------------------
    def request_stop(self) -> None:
        """Ask the run to finish: open streaks are closed and everything is committed."""
        self._stop.set()

    # -- the run -----------------------------------------------------------------------
    async def run(self) -> RunResult:
        self._loop = asyncio.get_running_loop()
        if self._own is None:  # (a shared writer runs already)
            await asyncio.to_thread(self._writer.start)  # opening may migrate; StoreError propagates
        reason = QT_TRANSLATE_NOOP("EndReasons", "stopped")
        committed = True
        try:
            self.info = await self._start_source()
            if self.info is not None and self.claim is not None:
                self.claim(self.info)  # raises when another engine already runs this session
            if self.info is None:
                reason = QT_TRANSLATE_NOOP("EndReasons", "stopped before the source started")
                return RunResult(0, False, reason, self.tallies, 0, True)
            await asyncio.to_thread(self._open_session, self.info)
            self._publish({"type": "session", **self.session_info()})
            self.timer.session_opened()  # (a timer that ran out while the app was down ends now, once)
            reason = await self._pump()
        finally:
            try:
                await self.source.aclose()
            except Exception:
                log.exception("closing the source failed")
            if self.session_id is not None:
                for g in self._counter.close_all():
                    self._counted(g)
                self._persist_counter_state()
                fields: dict[str, Any] = {**self._session_fields(), "end_reason": reason,
                                          "ended_at": max(self.stream_time, self.info.started_at if self.info else 0)}
                self._writer.update_session(self._sid, None, **fields)
            committed = await asyncio.to_thread(self._writer.stop if self._own is None else self._writer.flush, 30.0)
            self._open_for_the_run.close()
            self._publish({"type": "end", "reason": reason, "committed": committed})
        return RunResult(self.session_id or 0, self.resumed, reason, self.tallies, self.duplicates, committed)

    def _relay_early_states(self) -> None:
        """Show states a source reports before ``start()`` returns (connecting, waiting for
        live, rate limited): sources with an ``on_state`` hook call it then, as nobody reads
        ``events()`` yet. The source's own listener (e.g. headless printing) still runs."""
        if not hasattr(self.source, "on_state"):
            return
        previous = self.source.on_state

        def relay(e: ev.ConnectionStateEvent) -> None:
            self.state = {"state": e.state.value, "message": e.message, "retry_at": e.retry_at}
            self._publish({"type": "state", "ts": e.ts, **self.state})
            if previous is not None:
                previous(e)

        self.source.on_state = relay

    async def _start_source(self) -> ev.SourceInfo | None:
        self._relay_early_states()
        start = asyncio.ensure_future(self.source.start())
        stop = asyncio.ensure_future(self._stop.wait())
        done, _ = await asyncio.wait({start, stop}, return_when=asyncio.FIRST_COMPLETED)
        if start in done:
            stop.cancel()
            return start.result()
        start.cancel()
        return None

    def _open_session(self, info: ev.SourceInfo) -> None:
        """On a worker thread: find or create the session and restore its state."""
        try:
            sid, resumed = self._writer.call(
                lambda conn: open_or_create_session(
                    conn, info.kind, info.room_id, info.creator, info.started_at, self.rates.to_dict(),
                    platform_of(info.kind, info.extra))
            )
        except sqlite3.Error as exc:  # e.g. a database on a read-only mount: one sentence, not a traceback
            raise StoreError(_explain(self.db_path, exc)) from None
        self.session_id, self.resumed = sid, resumed
        self._reader = self._open_for_the_run.enter_context(Reader(self.db_path))
        self._in_flight = InFlightHistory(StoreHistory(self._reader, sid))
        counter = GiftCounter(idle_close_s=self.settings.idle_close_s, history=self._in_flight)
        self.balance_since = self._reader.last_withdrawal_ts()
        if resumed:
            session = self._reader.session(sid)
            if session is not None:
                # A resumed session keeps the rates it was started with.
                self.rates = session.rates
            ids, streaks, older_keys = self._reader.counter_state(sid)
            counter.restore(ids, streaks, older_keys)
            self.tallies = self._reader.tallies([sid])  # gifts and paid messages, from the ledger
            for name in SESSION_COUNTS if session is not None else ():
                setattr(self.tallies, name, getattr(session, name))
            self.gaps = [(a, b) for a, b, _ in self._reader.gaps(sid)]
            self.committed_gifts = self.tallies.gifts
        self.balance_base = self._reader.balance_without(sid, self.balance_since, self.rates)
        self.add_publisher(ThresholdWatch.of(self))  # "threshold" updates as counted gifts cross them
        self._counter = counter
        self._crown.restore(self.tallies)
        # A replay's session is its platform's (a Twitch or YouTube replay's SourceInfo says so): the
        # source object says whether it replays.
        replay = "replay" in (info.kind, getattr(self.source, "kind", None))
        self.timer.restore(self._reader.conn, not replay or self.settings.timer.count_replays)

    async def _pump(self) -> str:
        """Feed events until the source ends or a stop is requested; returns why it ended.

        Events are consumed with a plain ``async for`` (no task per event: a gift burst
        costs the loop nothing extra); a stop request cancels the consumer, and a ticker
        moves stream time on while the source is quiet.
        """
        events = self.source.events()
        consumer = asyncio.ensure_future(self._consume(events))
        stop = asyncio.ensure_future(self._stop.wait())
        ticker = asyncio.ensure_future(self._ticker())
        try:
            await asyncio.wait({consumer, stop}, return_when=asyncio.FIRST_COMPLETED)
            if consumer.done():
                return consumer.result()
            return QT_TRANSLATE_NOOP("EndReasons", "stopped")
        finally:
            for task in (consumer, stop, ticker):
                task.cancel()
            await asyncio.gather(consumer, ticker, return_exceptions=True)
            aclose = getattr(events, "aclose", None)
            if aclose is not None:
                try:
                    await aclose()
                except Exception:
                    log.debug("closing the event stream failed", exc_info=True)

    async def _consume(self, events: AsyncIterator[ev.Event]) -> str:
        writer = self._writer
        n = 0
        async for event in events:
            ended = self.handle(event)
            if ended:
                return ended
            n += 1
            if n >= BACKLOG_CHECK_EVERY:
                n = 0
                if writer.backlog > LEDGER_BACKLOG_MAX and writer.problem is None:
                    await self._wait_for_ledger()
        return QT_TRANSLATE_NOOP("EndReasons", "source ended")

    async def _wait_for_ledger(self) -> None:
        """Pause intake while the ledger writer catches up (bounded memory when flat out).

        Only while writing works: a failing disk is reported on its own, and the counted
        gifts wait in memory for it as before (pausing would not help it catch up).
        """
        self._persist_gift_state()
        writer = self._writer
        self.ledger_backlog = writer.backlog
        now = time.monotonic()
        if now - self._backlog_logged_at >= BACKLOG_LOG_EVERY_S:
            self._backlog_logged_at = now
            log.info("ledger is behind by %d rows (gifts, message ids, streaks); pausing intake until it "
                     "catches up. Nothing is dropped: the source keeps its messages meanwhile", self.ledger_backlog)
        while writer.backlog > LEDGER_BACKLOG_RESUME and writer.problem is None:
            await asyncio.sleep(0.005)
        self.ledger_backlog = 0

    async def _ticker(self) -> None:
        while True:
            await asyncio.sleep(TICK_S)
            self._tick()

    def _tick(self) -> None:
        """Advance stream time while the source is quiet, and persist what changed."""
        now = self.source.now()
        if now > self.stream_time:
            self.stream_time = now
            for g in self._counter.advance(now):
                self._counted(g)
        self.timer.tick()
        self._persist_counter_state()

    # -- one event -----------------------------------------------------------------------
    def handle(self, event: ev.Event) -> str | None:
        """Apply one event; returns a reason when it ends the session."""
        assert self.session_id is not None, "handle() before the session opened"
        if event.ts > self.stream_time:
            self.stream_time = event.ts
            for g in self._counter.advance(event.ts):
                self._counted(g)
            if self._unwritten:
                self._gift_state_changed()
        handler = HANDLERS.get(type(event))
        return handler(self, event) if handler is not None else None

    def _counted(self, g: CountedGift) -> None:
        self.tallies.add(g)
        self._unwritten.append(g)
        if g.recipient is None and self.timer.collecting:  # (a guest's gift is their income, not the creator's)
            self.timer.credit(coins=g.units * g.gift.coins, cause="coins")
        if self.publishers:  # no dicts to build when nobody listens (headless without overlay)
            update: GiftUpdate = {
                "type": "gift", "ts": g.ts, "user": self._user_dict(g.user), "gift": self._gift_dict(g.gift),
                "units": g.units, "coins": g.units * g.gift.coins,
                "streak": g.streak_key is not None or g.units_to > 0,
                "group_id": g.group_id, "closed_without_end": g.closed_without_end,
                "to": None if g.recipient is None else self._user_dict(g.recipient),
                "first_gift": g.first_gift, "top_gifter": self._crown.sent(g, self.tallies),
            }
            self._publish(update)

    def _streak(self, s: StreakUpdate) -> None:
        update: StreakUpdatePayload = {
            "type": "streak", "ts": s.ts, "user": self._user_dict(s.user), "gift": self._gift_dict(s.gift),
            "group_id": s.group_id, "count": s.count, "ended": s.ended,
            "to": None if s.recipient is None else self._user_dict(s.recipient),
        }
        self._publish(update)

    # -- the subathon timer (engine loop; engine/subathon.py) -----------------------------------------
    def add_timer_seconds(self, seconds: float, cause: str) -> None:
        """Add (negative: take away) time on the subathon timer: the actions' ``timer_add``."""
        self.timer.command("adjust", seconds, cause)

    # -- views ---------------------------------------------------------------------------
    def session_info(self) -> SessionPayload:
        info = self.info
        return {
            "id": self.session_id, "source": info.kind if info else "", "creator": info.creator if info else "",
            "room_id": info.room_id if info else "", "started_at": info.started_at if info else None,
            "resumed": self.resumed, "platform": platform_of(info.kind, info.extra) if info else "tiktok",
        }

    def snapshot(self, top: int = 10) -> Snapshot:
        """Everything a view needs to draw itself from scratch (engine loop only)."""
        t = self.tallies
        return build_snapshot(
            t, self.rates, session=self.session_info(), state=self.state, stream_time=self.stream_time,
            wall_time=time.time(), gifts_per_minute=round(t.gifts_per_minute(self.stream_time), 1),
            committed_gifts=self.committed_gifts, balance=self.balance_base, balance_since=self.balance_since,
            gaps=[list(g) for g in self.gaps], battle=self.battle, timer=self.timer.payload(),
            ledger_problem=self.ledger_problem, ledger_backlog=self.ledger_backlog, duplicates=self.duplicates, top=top,
        )
