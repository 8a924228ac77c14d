"""The engine's hand-off to the ledger writer: what was counted, in the order it happened.

A mixin of ``Engine`` (engine/engine.py), which keeps the wiring and the run; the handlers
(engine/handlers.py) count, and call these to queue what they counted. Counted gifts, the
counter's message ids and streak marks, paid messages, session counts and the subathon
timer's state go to the one writer (store/writer.py) in the order they were counted, each
batch in one operation, so the ledger never commits a total without what explains it.
Until the writer commits a batch, ``InFlightHistory`` answers the counter's questions about it.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any, Callable

from ..core.counting import CountedGift, GiftCounter
from ..core.in_flight import InFlightHistory
from ..core.snapshot import Update
from ..core.tallies import Tallies
from ..store.writer import CommitReport, LedgerWriter
from .handlers import SESSION_COUNTS
from .own_commits import OwnCommits
from .paid import PaidQueue

if TYPE_CHECKING:
    from .subathon import EngineTimer

# Gifts go to the writer once per turn of the loop (one operation for a burst, not one per
# gift), and at the latest after this many gift messages when a source never yields.
PERSIST_EVERY = 256


class LedgerFeed:
    """Queues what the engine counted for the ledger writer, and hears back from it."""

    # Set by Engine.__init__ (and _open_session for the counter, history and session id).
    session_id: int | None
    tallies: Tallies
    timer: EngineTimer
    committed_gifts: int
    ledger_problem: str | None
    _loop: asyncio.AbstractEventLoop | None
    _writer: LedgerWriter
    _own: OwnCommits | None
    _counter: GiftCounter
    _in_flight: InFlightHistory
    _paid: PaidQueue
    _unwritten: list[CountedGift]
    _session_dirty: dict[str, Any]
    _activity_ids: list[int]
    _persist_scheduled: bool
    _since_persist: int
    _external_on_commit: Callable[[CommitReport], None] | None
    _publish: Callable[[Update], None]

    @property
    def _sid(self) -> int:
        assert self.session_id is not None, "the session is not open yet"
        return self.session_id

    def _gift_state_changed(self) -> None:
        """Hand the counter's changes to the writer once this turn of the loop is over.

        A burst of gifts then becomes one writer operation, built once, instead of one per
        gift. Nothing is reported committed before the writer commits it, so the deferral
        changes only how the same rows are grouped.
        """
        self._since_persist += 1
        if self._since_persist >= PERSIST_EVERY or self._loop is None:
            self._persist_gift_state()
        elif not self._persist_scheduled:
            self._persist_scheduled = True
            self._loop.call_soon(self._persist_gift_state)

    def _persist_gift_state(self, with_timer: bool = True) -> None:
        """Queue the counter's changes right behind the gifts they explain (same commit), and the
        timer's state with the time they added (unless the caller's next operation carries it)."""
        self._persist_scheduled = False  # a scheduled call that finds nothing left is harmless
        self._since_persist = 0
        if self.session_id is None:
            return
        c, writer = self._counter, self._writer
        dirty = c.take_dirty_streaks()
        timer = self.timer.take_dirty() if with_timer else None
        if self._unwritten or c.new_msg_ids or dirty or timer is not None:
            seq = writer.write_counted(self._sid, self._unwritten, c.new_msg_ids, dirty, timer)
            if self._own is not None:
                self._own.sent(seq, len(self._unwritten))
            # Until the writer commits them, the counter's questions about these are answered here.
            self._in_flight.sent(seq, c.new_msg_ids, dirty)
            self._unwritten = []
            c.new_msg_ids = []
        self._paid.flush(writer, self._sid, self._in_flight, self.timer)
        self._in_flight.committed(writer.committed_seq)

    def _persist_counter_state(self) -> None:
        self._persist_gift_state()
        if self._session_dirty:
            self._flush_session_fields()

    def _flush_session_fields(self) -> None:
        self._persist_gift_state(with_timer=False)  # keep the writer's order: earlier gifts first
        # The timer's state (with the time of these follows and subs) goes with their message ids.
        seq = self._writer.update_session(self._sid, self._activity_ids, timer=self.timer.take_dirty(),
                                          **self._session_dirty)
        self._in_flight.sent(seq, self._activity_ids)
        self._session_dirty, self._activity_ids = {}, []

    def _session_fields(self) -> dict[str, int]:
        return {name: getattr(self.tallies, name) for name in SESSION_COUNTS}

    @property
    def refused_rows(self) -> int:
        """Ledger rows a constraint refused this run (set aside beside the database, never lost)."""
        return self._writer.refused_rows

    # -- the writer's callbacks (writer thread) ---------------------------------------------------
    def _on_commit_thread(self, report: CommitReport) -> None:
        self.committed_gifts += report.gifts if self._own is None else self._own.committed(report.seq)
        if self._external_on_commit is not None:
            self._external_on_commit(report)

    def _on_problem_thread(self, text: str | None) -> None:
        loop = self._loop
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(self._set_ledger_problem, text)

    def _set_ledger_problem(self, text: str | None) -> None:
        self.ledger_problem = text
        self._publish({"type": "ledger", "problem": text})
