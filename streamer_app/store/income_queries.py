"""Read queries on Twitch and YouTube income (``platform_income``, schema step m003)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal
from typing import Any

from ..core.economics import RateProfile
from ..core.events import PaidEvent, User, platform_msg_id
from ..core.platform_income import PaidTally, platform_earnings


def paid_messages(conn: sqlite3.Connection, session_ids: Sequence[int], since: float | None = None) -> list[PaidEvent]:
    """The counted paid messages of the sessions in time order, as the ``PaidEvent`` each was
    (``since``: only those after that time)."""
    if not session_ids:
        return []
    after, params = ("", list(session_ids)) if since is None else (" AND p.ts > ?", [*session_ids, since])
    marks = ",".join("?" * len(session_ids))
    rows = conn.execute(
        "SELECT p.ts, p.message_id, s.platform, p.kind, p.user_id, COALESCE(u.handle, ''), "
        "COALESCE(u.nickname, ''), COALESCE(u.avatar_url, ''), p.units, p.tier, p.amount_micros, p.currency, p.text "
        "FROM platform_income p JOIN sessions s ON s.id = p.session_id LEFT JOIN users u ON u.user_id = p.user_id "
        f"WHERE p.session_id IN ({marks}){after} ORDER BY p.ts, p.id", params,
    ).fetchall()
    return [
        PaidEvent(ts, platform_msg_id(platform, mid), mid, platform, kind, User(uid, handle, nick, avatar), units,
                  tier, micros, currency, text)
        for ts, mid, platform, kind, uid, handle, nick, avatar, units, tier, micros, currency, text in rows
    ]


def paid_tally(conn: sqlite3.Connection, session_ids: Sequence[int], since: float | None = None) -> PaidTally:
    """The sessions' Twitch and YouTube figures, rebuilt from their rows (the live tally must equal it)."""
    t = PaidTally()
    for e in paid_messages(conn, session_ids, since):
        t.add(e)
    return t


def paid_by_session(conn: sqlite3.Connection, session_ids: Sequence[int]) -> dict[int, PaidTally]:
    """Each session's figures apart (each is valued at its own rates); sessions without any are left out."""
    out: dict[int, PaidTally] = {}
    for sid in session_ids:
        if conn.execute("SELECT 1 FROM platform_income WHERE session_id = ? LIMIT 1", (sid,)).fetchone():
            out[sid] = paid_tally(conn, [sid])
    return out


def platform_balances_usd(conn: sqlite3.Connection, since: float) -> dict[str, Decimal]:
    """Each platform's estimated earnings after ``since`` (the last recorded withdrawal), in USD, each
    session at its own rates: what its payout threshold is measured against. Amounts without an
    exchange rate are left out (they are listed as unconverted where they are shown)."""
    out: dict[str, Decimal] = {}
    for sid, platform, rates_json in conn.execute(
        "SELECT s.id, s.platform, s.rates FROM sessions s WHERE EXISTS "
        "(SELECT 1 FROM platform_income p WHERE p.session_id = s.id AND p.ts > ?)", (since,),
    ).fetchall():
        rates = RateProfile.from_dict(json.loads(rates_json))
        money = platform_earnings(paid_tally(conn, [sid], since), rates).money
        out[platform] = out.get(platform, Decimal(0)) + money / rates.usd_to_currency
    return out


def with_platform_money(conn: sqlite3.Connection, sessions: list[Any]) -> list[Any]:
    """``SessionRow``s with ``platform_money`` set: their Twitch and YouTube income in their display
    currency, at their own rates (a few sessions have any: one query for which, then theirs)."""
    having = {r[0] for r in conn.execute("SELECT DISTINCT session_id FROM platform_income")}
    return [replace(s, platform_money=platform_earnings(paid_tally(conn, [s.id]), s.rates).money)
            if s.id in having else s for s in sessions]
