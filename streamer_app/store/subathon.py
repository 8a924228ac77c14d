"""The subathon timer's row and log: the SQL of core/subathon.py's saved state.

The writer (store/writer.py) calls ``save_timer`` inside the transaction of the gifts,
follows and subs that changed the timer; ``load_timer`` reads it back at start.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Callable, NamedTuple

from ..i18n import translate
from ..core.subathon import STATUSES, TimerState
from .database import DB_FILENAME, StoreError, _explain, open_database
from .folder_lock import RUNNING, lock_for_restore

_COLUMNS = "status, remaining_s, ends_at, added_s, capped_s, coins, subs, follows, updated_at"


class TimerLogEntry(NamedTuple):
    """One change the creator made (or the end): logged beside the state it led to."""

    ts: float
    kind: str  # start, pause, resume, reset, adjust, end
    seconds: float = 0.0
    cause: str = ""


def save_timer(conn: sqlite3.Connection, state: TimerState, entry: TimerLogEntry | None = None) -> None:
    """Replace the timer's row (and log ``entry``) inside the caller's transaction."""
    conn.execute(
        f"INSERT OR REPLACE INTO subathon_timer (id, {_COLUMNS}) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (state.status, state.remaining_s, state.ends_at, state.added_s, state.capped_s, state.coins, state.subs,
         state.follows, state.updated_at),
    )
    if entry is not None:
        conn.execute("INSERT INTO timer_log (ts, kind, seconds, cause, remaining_s) VALUES (?, ?, ?, ?, ?)",
                     (entry.ts, entry.kind, entry.seconds, entry.cause,
                      state.remaining_s if state.ends_at is None else max(0.0, state.ends_at - entry.ts)))


def load_timer(conn: sqlite3.Connection) -> TimerState | None:
    """The saved timer, or None when there is none yet (or the row is damaged: logged by the caller)."""
    try:
        row = conn.execute(f"SELECT {_COLUMNS} FROM subathon_timer WHERE id = 1").fetchone()
    except sqlite3.OperationalError:  # a database from before m004 opened read-only
        return None
    if row is None or row[0] not in STATUSES:
        return None
    status, remaining, ends_at, added, capped, coins, subs, follows, updated = row
    try:
        return TimerState(status, float(remaining), None if ends_at is None else float(ends_at), float(added),
                          float(capped), int(coins), int(subs), int(follows), float(updated))
    except (TypeError, ValueError):
        return None


def timer_log(conn: sqlite3.Connection, limit: int = 100) -> list[TimerLogEntry]:
    """The latest changes, newest first."""
    rows = conn.execute("SELECT ts, kind, seconds, cause FROM timer_log ORDER BY id DESC LIMIT ?", (limit,))
    return [TimerLogEntry(*r) for r in rows]


def change_saved_timer(data_dir: Path, change: Callable[[TimerState | None], tuple[TimerState, TimerLogEntry] | None]
                       ) -> TimerState | None:
    """Change the saved timer while no streamer-app runs on ``data_dir`` (the command line).

    ``change`` gets the saved state (None: never saved) and returns the new state and its log
    entry, or None to change nothing; returns the state saved now. A running app keeps the
    timer in memory and saves it with its income, so a change made beside it would be lost:
    the folder's exclusive lock (store/folder_lock.py) refuses then, in one sentence.
    """
    try:
        lock = lock_for_restore(data_dir)
    except StoreError as exc:
        if str(exc) == RUNNING:
            raise StoreError(translate("Store", "streamer-app is running on this data folder: use the timer panel in "
                                                "its window (or stop "
                    "it first)")) from None
        raise
    try:
        db = open_database(Path(data_dir) / DB_FILENAME)
        try:
            conn = db.conn
            conn.execute("BEGIN IMMEDIATE")
            result = change(load_timer(conn))
            if result is not None:
                save_timer(conn, *result)
            conn.execute("COMMIT")
            return result[0] if result is not None else load_timer(conn)
        except sqlite3.Error as exc:
            raise StoreError(translate("Store", "the timer could not be saved: {problem}").format(
                problem=_explain(Path(data_dir) / DB_FILENAME, exc))) from None
        finally:
            if db.conn.in_transaction:
                db.conn.execute("ROLLBACK")
            db.conn.close()
    finally:
        if lock is not None:
            lock.release()
