"""The one writer: every change to the ledger file goes through this thread.

Callers queue operations and go on; the writer drains whatever has queued, applies it
in one transaction and commits (group commit: one fsync for many gifts, and a gift
is committed within milliseconds when the stream is quiet). After each commit it
reports how far the ledger is durable. If a commit fails (disk full, read-only
file), the batch is kept in memory, the failure is reported once in plain words,
and the writer retries until it succeeds or is stopped: nothing is dropped.
"""

from __future__ import annotations

import itertools
import logging
import queue
import sqlite3
import threading
import time
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from collections.abc import Sequence
from typing import Any, Callable

from ..core.counting import CountedGift, Streak, StreakKey
from ..core.events import BattleEvent, PaidEvent
from ..core.subathon import TimerState
from .database import _explain, connect, open_database
from .folder_lock import FolderLock, lock_for_writing
from .operations import apply_operation
from .operations import open_or_create_session as open_or_create_session  # its callers hold a writer
from .refused import REFUSED_FILENAME as REFUSED_FILENAME, Refused, append_refused
from .rows import RowCollector, _Rows
from .subathon import TimerLogEntry

log = logging.getLogger(__name__)

MAX_BATCH = 20_000
RETRY_S = 1.0
# Group commit window: while gifts keep coming, commits are at least this far apart, so a
# burst shares one fsync instead of paying one per handful of gifts. A gift on a quiet
# stream still commits at once (the window only applies right after a commit), and
# operations someone waits for (``call``, ``flush``, ``stop``) never wait for it.
COMMIT_INTERVAL_S = 0.05


@dataclass(frozen=True, slots=True)
class CommitReport:
    """Sent after each successful commit: everything submitted so far up to ``seq`` is durable."""

    seq: int
    gifts: int  # ledger rows written in this commit
    pending: int  # operations still queued


@dataclass(slots=True)
class _Op:
    kind: str
    args: tuple[Any, ...]
    future: Future[Any] | None = None
    rows: int = 0  # ledger, de-duplication and streak rows it carries (backlog accounting)
    seq: int = 0  # its number, as returned to the caller who submitted it


class LedgerWriter:
    """Owns the write connection. Start it, submit operations, stop it to flush."""

    def __init__(
        self,
        path: Path,
        on_commit: Callable[[CommitReport], None] | None = None,
        on_problem: Callable[[str | None], None] | None = None,
    ) -> None:
        self.path = Path(path)
        self.on_commit = on_commit
        self.on_problem = on_problem  # a sentence, or None once writing works again
        self._queue: queue.SimpleQueue[_Op | None] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._seq = itertools.count(1)  # numbers operations as they are submitted
        self._rows = RowCollector()  # the catalog as last written
        self.problem: str | None = None
        self.committed_seq = 0
        # Rows submitted and rows committed; each counter is written by one thread only.
        self._queued_rows = 0
        self._committed_rows = 0
        self._last_commit = 0.0  # time.monotonic() after the last commit
        self._folder_lock: FolderLock | None = None
        self.refused_rows = 0  # rows a constraint refused, set aside in refused_path
        self.refused_path = self.path.with_name(REFUSED_FILENAME)

    @property
    def backlog(self) -> int:
        """Rows (gifts, message ids, streak states) submitted but not yet committed."""
        return self._queued_rows - self._committed_rows

    # -- lifecycle ------------------------------------------------------------------
    def start(self) -> None:
        """Open (and migrate) the database on the writer thread; raises its StoreError here."""
        # Held for as long as this writer may write: 'restore' refuses to swap the file meanwhile.
        self._folder_lock = lock_for_writing(self.path.parent)
        ready: Future[None] = Future()
        self._thread = threading.Thread(target=self._run, args=(ready,), name="ledger-writer", daemon=True)
        self._thread.start()
        try:
            ready.result()
        except BaseException:
            self._release_folder()
            raise

    def stop(self, timeout: float | None = None) -> bool:
        """Flush everything queued, then close. False if it could not finish in time."""
        if self._thread is None:
            return True
        self._queue.put(None)
        self._thread.join(timeout)
        alive = self._thread.is_alive()
        if not alive:
            self._thread = None
            self._release_folder()
        return not alive

    def _release_folder(self) -> None:
        if self._folder_lock is not None:
            self._folder_lock.release()
            self._folder_lock = None

    # -- operations (any thread) -----------------------------------------------------
    def write_counted(
        self,
        session_id: int,
        gifts: list[CountedGift],
        msg_ids: Sequence[int] = (),
        streaks: Sequence[tuple[StreakKey, Streak | None]] = (),
        timer: TimerState | None = None,
    ) -> int:
        """Counted gifts with the counter state that explains them, as one operation.

        One operation lands in one commit, so after a crash the ledger, the de-duplication
        state and the subathon timer (``timer``: with the time these gifts added) always agree.
        """
        rows = len(gifts) + len(msg_ids) + len(streaks)
        self._queued_rows += rows
        return self._put("counted", session_id, gifts, msg_ids, streaks, timer, rows=rows)

    def write_paid(self, session_id: int, paid: list[PaidEvent], msg_ids: list[int],
                   timer: TimerState | None = None) -> int:
        """Counted Twitch and YouTube paid messages with their message ids, as one operation (one
        commit: after a crash a paid row and its de-duplication are both there or both not)."""
        rows = len(paid) + len(msg_ids)
        self._queued_rows += rows
        return self._put("paid", session_id, paid, msg_ids, timer, rows=rows)

    def update_session(self, session_id: int, msg_ids: list[int] | None = None, *,
                       timer: TimerState | None = None, **fields: Any) -> int:
        """Set session fields; ``msg_ids`` (the messages those counts now include) are marked seen
        in the same transaction, so a count and its de-duplication (and its ``timer``) never part."""
        return self._put("session", session_id, fields, msg_ids or [], timer)

    def write_timer(self, timer: TimerState, entry: TimerLogEntry | None = None) -> int:
        """The subathon timer's state after a change the creator made (logged as ``entry``)."""
        return self._put("timer", timer, entry)

    def add_gap(self, session_id: int, from_ts: float, to_ts: float, reason: str) -> int:
        return self._put("gap", session_id, from_ts, to_ts, reason)

    def write_battle(self, session_id: int, battle: BattleEvent) -> int:
        """A LIVE Match score as it stands (points, never money): the latest per side is kept."""
        return self._put("battle", session_id, battle)

    def call(self, fn: Callable[[sqlite3.Connection], Any]) -> Any:
        """Run ``fn(conn)`` on the writer thread inside its transaction; wait for the result."""
        fut: Future[Any] = Future()
        self._put("call", fn, future=fut)
        return fut.result()

    def flush(self, timeout: float | None = None) -> bool:
        """Wait until everything submitted so far is committed; False if not within ``timeout``.

        Engines that share this writer (several sources at once) end with a flush, not a stop:
        the others still write.
        """
        if self._thread is None:
            return True
        fut: Future[Any] = Future()
        self._put("call", lambda conn: None, future=fut)
        try:
            fut.result(timeout)
        except TimeoutError:  # (concurrent.futures' TimeoutError is the built-in one since 3.11)
            return False
        return True

    def _put(self, kind: str, *args: Any, future: Future[Any] | None = None, rows: int = 0) -> int:
        seq = next(self._seq)  # itertools.count is atomic under the GIL: no lock on the hot path
        self._queue.put(_Op(kind, args, future, rows, seq))
        return seq

    # -- the thread ------------------------------------------------------------------
    def _run(self, ready: Future[None]) -> None:
        try:
            db = open_database(self.path)
        except Exception as exc:  # handed to start()'s caller
            ready.set_exception(exc)
            return
        self._conn = db.conn
        ready.set_result(None)
        stopping = False
        batch: list[_Op] = []
        while True:
            if not batch:
                op = self._queue.get()
                if op is None:
                    break
                batch.append(op)
                if op.future is None:
                    # A burst: let more gifts join this commit (group commit window).
                    wait = self._last_commit + COMMIT_INTERVAL_S - time.monotonic()
                    if wait > 0:
                        time.sleep(wait)
            while len(batch) < MAX_BATCH:
                try:
                    op = self._queue.get_nowait()
                except queue.Empty:
                    break
                if op is None:
                    stopping = True
                    break
                batch.append(op)
            if not self._commit(self._conn, batch):
                time.sleep(RETRY_S)  # stop(timeout) decides how long a failing disk is waited for
                self._reconnect()
                continue
            batch = []
            if stopping:
                break
        self._conn.close()

    def _reconnect(self) -> None:
        """After an I/O failure SQLite's connection state is suspect: start from a fresh one."""
        try:
            self._conn.close()
        except sqlite3.Error:
            pass
        try:
            self._conn = connect(self.path, check_same_thread=False)
        except Exception as exc:  # still failing: keep the old (closed) handle, retry later
            log.warning("ledger: reconnect failed: %s", exc)

    def _commit(self, conn: sqlite3.Connection, batch: list[_Op]) -> bool:
        # Operations are queued and committed in order: this commit makes all up to here durable
        # (taken before a refused row may shorten the batch).
        upto = batch[-1].seq if batch else self.committed_seq
        try:
            if conn.in_transaction:  # left over from a failed attempt
                conn.execute("ROLLBACK")
            conn.execute("BEGIN IMMEDIATE")
            gifts, results = self._apply(conn, batch)
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            try:
                conn.execute("ROLLBACK")
            except sqlite3.Error:
                pass
            # The in-memory catalog caches may hold rows that were rolled back.
            self._rows.forget()
            if isinstance(exc, sqlite3.OperationalError) or "full" in str(exc).lower():
                self._report_problem(_explain(self.path, exc) + " Gifts are kept in memory until writing works.")
                return False
            # A constraint refused a row (the ledger's unique streak span is the last guard
            # against counting a streak twice). Set aside exactly the rows it refuses, so every
            # other row of the batch, and every batch after it, is still saved.
            log.error("ledger write refused (%s); finding the refused rows", exc)
            if not self._set_aside_refused(conn, batch):
                return False
            self._report_problem(
                f"the ledger refused {self.refused_rows} row(s) as inconsistent; they are set aside in "
                f"{self.refused_path.name} and everything else is saved")
            return self._commit(conn, batch)  # the rest at once: nothing is wrong with the disk
        self._committed(batch, upto, gifts, results)
        return True

    def _apply(self, conn: sqlite3.Connection, batch: list[_Op]) -> tuple[int, list[tuple[Future[Any], Any]]]:
        """Every operation of the batch inside the open transaction: (ledger rows, call results)."""
        gifts = 0
        results: list[tuple[Future[Any], Any]] = []
        rows = _Rows()
        for op in batch:
            if op.kind == "counted":
                self._rows.collect(rows, *op.args[:4])
                if op.args[4] is not None:  # the latest state wins, written with these rows
                    rows.timer = op.args[4]
                continue
            if op.kind == "refused":  # set aside by _set_aside_refused
                continue
            gifts += rows.flush(conn)  # keep order: earlier gifts land before this operation
            if op.kind != "call":
                apply_operation(conn, op.kind, op.args)
                continue
            # A failing call fails its caller only, not the gifts batched with it.
            conn.execute("SAVEPOINT call_op")
            try:
                value = op.args[0](conn)
                if isinstance(value, sqlite3.Cursor):
                    value = value.fetchall()  # a live cursor would hold a lock past COMMIT
            except Exception as exc:
                conn.execute("ROLLBACK TO call_op")
                value = exc
            conn.execute("RELEASE call_op")
            if op.future is not None:
                results.append((op.future, value))
        gifts += rows.flush(conn)
        return gifts, results

    def _committed(self, batch: list[_Op], upto: int, gifts: int, results: list[tuple[Future[Any], Any]]) -> None:
        """After COMMIT: answer the callers, account for the rows, tell the listeners."""
        self._last_commit = time.monotonic()
        for fut, value in results:
            if isinstance(value, Exception):
                fut.set_exception(value)
            else:
                fut.set_result(value)
        self.committed_seq = upto
        self._committed_rows += sum(op.rows for op in batch)
        if self.problem is not None and not self.refused_rows:
            self._report_problem(None)  # (refused rows stay reported: the creator should look at them)
        if self.on_commit is not None:
            try:
                self.on_commit(CommitReport(self.committed_seq, gifts, self._queue.qsize()))
            except Exception:
                log.exception("commit listener failed")

    def _set_aside_refused(self, conn: sqlite3.Connection, batch: list[_Op]) -> int:
        """Take out of ``batch`` each row a constraint refuses; returns how many.

        The batch is tried again row by row in savepoints that are kept as they succeed,
        so two rows of one batch that conflict with each other (neither alone with the
        file) are caught too: the later one is set aside. A refused ledger row is written
        to ``refused_path`` and the log, and its operation goes on without it: its
        message ids, streak states and the other gifts are still saved with the retry.
        """
        refused: list[Refused] = []
        try:
            conn.execute("BEGIN IMMEDIATE")
            for i, op in enumerate(batch):
                if op.kind == "counted":
                    kept = self._try_rows(conn, op, refused)
                    if kept is not None:
                        sid, _, msg_ids, streaks, timer = op.args
                        batch[i] = _Op(op.kind, (sid, kept, msg_ids, streaks, timer), op.future, op.rows, op.seq)
                elif op.kind in ("session", "gap", "battle", "paid") and not self._try_op(conn, op, refused):
                    batch[i] = _Op("refused", (), op.future, op.rows, op.seq)
            conn.execute("ROLLBACK")
        except sqlite3.Error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            return 0  # an I/O problem: the retry reports it
        finally:
            self._rows.forget()
        if refused:
            self.refused_rows += len(refused)
            append_refused(self.refused_path, refused)
        return len(refused)

    def _try_rows(self, conn: sqlite3.Connection, op: _Op, refused: list[Refused]) -> list[CountedGift] | None:
        """Apply an operation's rows one by one; its gifts without the refused ones, or None if all went in."""
        sid, gifts, msg_ids, streaks, _ = op.args
        kept: list[CountedGift] = []
        for g in gifts:
            conn.execute("SAVEPOINT one_row")
            try:
                rows = _Rows()
                self._rows.collect(rows, sid, [g], (), ())
                rows.flush(conn)
                kept.append(g)
            except sqlite3.IntegrityError as exc:
                conn.execute("ROLLBACK TO one_row")
                refused.append((sid, g, str(exc)))
            conn.execute("RELEASE one_row")
        rows = _Rows()
        self._rows.collect(rows, sid, [], msg_ids, streaks)
        rows.flush(conn)
        return None if len(kept) == len(gifts) else kept

    def _try_op(self, conn: sqlite3.Connection, op: _Op, refused: list[Refused]) -> bool:
        conn.execute("SAVEPOINT one_op")
        try:
            apply_operation(conn, op.kind, op.args)
            ok = True
        except sqlite3.IntegrityError as exc:
            conn.execute("ROLLBACK TO one_op")
            refused.append((op.args[0], f"{op.kind} {op.args[1:]!r}", str(exc)))
            ok = False
        conn.execute("RELEASE one_op")
        return ok

    def _report_problem(self, text: str | None) -> None:
        if text == self.problem:
            return
        self.problem = text
        (log.warning if text else log.info)("ledger: %s", text or "writing works again")
        if self.on_problem is not None:
            try:
                self.on_problem(text)
            except Exception:
                log.exception("problem listener failed")
