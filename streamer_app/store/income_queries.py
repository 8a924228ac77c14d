"""Read queries on Twitch and YouTube income (``platform_income``, schema step m003)."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from ..core.events import PaidEvent, User, platform_msg_id
from ..core.platform_income import PaidTally


def paid_messages(conn: sqlite3.Connection, session_ids: Sequence[int]) -> list[PaidEvent]:
    """The counted paid messages of the sessions in time order, as the ``PaidEvent`` each was."""
    if not session_ids:
        return []
    marks = ",".join("?" * len(session_ids))
    rows = conn.execute(
        "SELECT p.ts, p.message_id, s.platform, p.kind, p.user_id, COALESCE(u.handle, ''), "
        "COALESCE(u.nickname, ''), COALESCE(u.avatar_url, ''), p.units, p.tier, p.amount_micros, p.currency, p.text "
        "FROM platform_income p JOIN sessions s ON s.id = p.session_id LEFT JOIN users u ON u.user_id = p.user_id "
        f"WHERE p.session_id IN ({marks}) ORDER BY p.ts, p.id", list(session_ids),
    ).fetchall()
    return [
        PaidEvent(ts, platform_msg_id(platform, mid), mid, platform, kind, User(uid, handle, nick, avatar), units,
                  tier, micros, currency, text)
        for ts, mid, platform, kind, uid, handle, nick, avatar, units, tier, micros, currency, text in rows
    ]


def paid_tally(conn: sqlite3.Connection, session_ids: Sequence[int]) -> PaidTally:
    """The sessions' Twitch and YouTube figures, rebuilt from their rows (the live tally must equal it)."""
    t = PaidTally()
    for e in paid_messages(conn, session_ids):
        t.add(e)
    return t
