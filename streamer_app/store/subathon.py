"""The subathon timer's row and log: the SQL of core/subathon.py's saved state.

The writer (store/writer.py) calls ``save_timer`` inside the transaction of the gifts,
follows and subs that changed the timer; ``load_timer`` reads it back at start.
"""

from __future__ import annotations

import sqlite3
from typing import NamedTuple

from ..core.subathon import STATUSES, TimerState

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
