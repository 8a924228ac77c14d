"""What the ledger writer does with each kind of operation but counted gifts and calls.

The writer (store/writer.py) batches, commits, retries and sets refused rows aside; these
are the statements of one operation, run inside its open transaction.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from .rows import BATTLE_SCORES, SEEN, USERS, write_paid_rows, write_rows
from .subathon import save_timer


def apply_operation(conn: sqlite3.Connection, kind: str, args: tuple[Any, ...]) -> None:
    """A session update, a gap, a battle score or paid messages (operations other than counted
    gifts and calls)."""
    if kind == "session":
        sid, fields, msg_ids, timer = args
        if fields:
            cols = ", ".join(f"{k} = ?" for k in fields)
            conn.execute(f"UPDATE sessions SET {cols} WHERE id = ?", [*fields.values(), sid])
        if msg_ids:
            write_rows(conn, SEEN, msg_ids, (sid,))
        if timer is not None:  # with the time those follows and subs added
            save_timer(conn, timer)
    elif kind == "timer":
        save_timer(conn, *args)
    elif kind == "gap":
        conn.execute("INSERT INTO gaps (session_id, from_ts, to_ts, reason) VALUES (?, ?, ?, ?)", args)
    elif kind == "paid":
        sid, paid, msg_ids, timer = args
        write_paid_rows(conn, sid, paid, msg_ids)
        if timer is not None:  # with the time those subs and memberships added
            save_timer(conn, timer)
    elif kind == "battle":
        sid, b = args
        named = {s.user.user_id: s.user for s in b.scores if s.user.handle or s.user.nickname}
        write_rows(conn, USERS, [v for u in named.values() for v in (u.user_id, u.handle, u.nickname, u.avatar_url)])
        scores = [v for s in b.scores for v in (b.battle_id, s.user.user_id, s.points, b.ts, int(b.ended))]
        write_rows(conn, BATTLE_SCORES, scores, (sid,))


def open_or_create_session(
    conn: sqlite3.Connection, source: str, room_id: str, creator: str, started_at: float, rates: dict[str, Any],
    platform: str = "tiktok",
) -> tuple[int, bool]:
    """(session id, resumed). A session is (source, room id): reconnecting continues it.
    ``platform`` is the platform the broadcast is on (a replay: its recording's)."""
    row = conn.execute(
        "SELECT id FROM sessions WHERE source = ? AND room_id = ?", (source, room_id)
    ).fetchone()
    if row:
        conn.execute("UPDATE sessions SET ended_at = NULL, end_reason = NULL WHERE id = ?", (row[0],))
        return row[0], True
    cur = conn.execute(
        "INSERT INTO sessions (source, room_id, creator, started_at, rates, platform) VALUES (?, ?, ?, ?, ?, ?)",
        (source, room_id, creator, started_at, json.dumps(rates), platform),
    )
    assert cur.lastrowid is not None
    return cur.lastrowid, False
