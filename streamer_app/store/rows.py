"""Many rows in one statement: how the writer spells its inserts (group commit's other half).

``_Rows`` gathers the rows of many queued operations by table; ``flush`` writes each table
with a few ``INSERT ... VALUES (...), (...), ...`` statements instead of one per row.
"""

from __future__ import annotations

import functools
import itertools
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..core.counting import CountedGift, Streak, StreakKey, streak_key_text
from ..core.events import Gift, PaidEvent, User
from ..core.subathon import TimerState
from .subathon import save_timer


@dataclass(frozen=True)
class RowShape:
    """How rows of one table are spelled in a many-row statement (see ``write_rows``).

    ``row`` is one row's SQL: ``{0}``, ``{1}``, ... stand for its own ``width`` parameters
    and may appear more than once or inside expressions; ``?1`` to ``?shared`` are bound
    once for the whole statement (a session id).
    """

    head: str
    row: str
    width: int
    tail: str = ""
    shared: int = 0


_LEDGER_HEAD = ("INSERT INTO ledger (session_id, ts, msg_id, user_id, gift_id, units, coins_each, coins, "
                "streak_key, units_to, closed_without_end, first_gift) VALUES ")
# Most rows are plain gifts: six parameters instead of twelve. Binding parameters holds the
# GIL (about 0.2 us each here) while SQLite's own insert does not, so fewer of them is what
# lets the writer's work overlap the engine's on another core.
LEDGER_GIFT = RowShape(_LEDGER_HEAD, "(?1, {0}, {1}, {2}, {3}, {4}, {5}, {4} * {5}, NULL, 0, 0, 0)", 6, shared=1)
LEDGER_STREAK_GIFT = RowShape(
    _LEDGER_HEAD, "(?1, {0}, {1}, {2}, {3}, {4}, {5}, {4} * {5}, {6}, {7}, {8}, {9})", 10, shared=1)
GUEST_GIFT = RowShape(
    "INSERT INTO guest_gifts (session_id, ts, msg_id, user_id, gift_id, units, coins_each, coins, "
    "streak_key, units_to, closed_without_end, first_gift, recipient_id) VALUES ",
    "(?1, {0}, {1}, {2}, {3}, {4}, {5}, {4} * {5}, {6}, {7}, {8}, {9}, {10})", 11, shared=1)
BATTLE_SCORES = RowShape(
    "INSERT OR REPLACE INTO battle_scores (session_id, battle_id, user_id, points, ts, ended) VALUES ",
    "(?1, {0}, {1}, {2}, {3}, {4})", 5, shared=1)
# A paid message that came back under the same platform id is the same message: ignored, not
# refused (the count-once rule already let it through only once; this is its last guard).
PLATFORM_INCOME = RowShape(
    "INSERT OR IGNORE INTO platform_income (session_id, ts, message_id, kind, user_id, units, tier, "
    "amount_micros, currency, text) VALUES ", "(?1, {0}, {1}, {2}, {3}, {4}, {5}, {6}, {7}, {8})", 9, shared=1)
SEEN = RowShape("INSERT OR IGNORE INTO seen_messages (session_id, msg_id) VALUES ", "(?1, {0})", 1, shared=1)
USERS = RowShape(
    "INSERT INTO users (user_id, handle, nickname, avatar_url) VALUES ", "({0}, {1}, {2}, {3})", 4,
    " ON CONFLICT(user_id) DO UPDATE SET handle = excluded.handle, nickname = excluded.nickname, "
    "avatar_url = CASE WHEN excluded.avatar_url != '' THEN excluded.avatar_url ELSE avatar_url END",
)
GIFTS = RowShape(
    "INSERT INTO gifts (gift_id, name, coins, image_url) VALUES ", "({0}, {1}, {2}, {3})", 4,
    " ON CONFLICT(gift_id) DO UPDATE SET name = excluded.name, coins = excluded.coins, image_url = excluded.image_url",
)
STREAK_DELETES = RowShape(
    "DELETE FROM streaks WHERE (session_id, streak_key) IN (VALUES ", "(?1, {0})", 1, ")", shared=1)
STREAK_UPSERTS = RowShape(
    "INSERT OR REPLACE INTO streaks (session_id, streak_key, user_id, gift_id, group_id, counted, max_seen, "
    "last_ts, last_msg_id, open, recipient_id, first_gift) VALUES ",
    "(?1, {0}, {1}, {2}, {3}, {4}, {5}, {6}, {7}, {8}, {9}, {10})", 11, shared=1)


def write_paid_rows(conn: sqlite3.Connection, session_id: int, paid: Sequence[PaidEvent], msg_ids: list[int]) -> None:
    """Paid messages (Twitch, YouTube), their senders and their message ids, in the writer's transaction."""
    named = {e.user.user_id: e.user for e in paid}
    write_rows(conn, USERS, [v for u in named.values() for v in (u.user_id, u.handle, u.nickname, u.avatar_url)])
    write_rows(conn, PLATFORM_INCOME, [
        v for e in paid for v in (e.ts, e.message_id, e.kind, e.user.user_id, e.units, e.tier, e.amount_micros,
                                  e.currency.strip().upper(), e.text)], (session_id,))
    write_rows(conn, SEEN, msg_ids, (session_id,))


class _Rows:
    """The rows of many operations, written with a few statements per table (group commit)."""

    def __init__(self) -> None:
        # Runs of ledger rows in arrival order: (session id, shape, flat parameters).
        self.ledger: list[tuple[int, RowShape, list[Any]]] = []
        self.users: dict[str, tuple[str, str, str, str]] = {}
        self.gifts: dict[int, tuple[int, str, int, str]] = {}
        self.seen: dict[int, list[int]] = {}  # session id -> message ids
        self.streaks: dict[tuple[int, str], tuple[Any, ...] | None] = {}  # (session id, streak key) -> row or None
        self.timer: TimerState | None = None  # the subathon timer with the time these rows added

    def flush(self, conn: sqlite3.Connection) -> int:
        """Write what was collected; returns the number of ledger rows."""
        if self.users:
            write_rows(conn, USERS, list(itertools.chain.from_iterable(self.users.values())))
        if self.gifts:
            write_rows(conn, GIFTS, list(itertools.chain.from_iterable(self.gifts.values())))
        written = 0
        for session_id, shape, params in self.ledger:
            write_rows(conn, shape, params, (session_id,))
            written += len(params) // shape.width
        for session_id, msg_ids in self.seen.items():
            write_rows(conn, SEEN, msg_ids, (session_id,))
        by_session: dict[int, tuple[list[str], list[Any]]] = {}
        for (session_id, text), row in self.streaks.items():
            deletes, upserts = by_session.setdefault(session_id, ([], []))
            if row is None:
                deletes.append(text)
            else:
                upserts.extend(row)
        for session_id, (deletes, upserts) in by_session.items():
            if deletes:
                write_rows(conn, STREAK_DELETES, deletes, (session_id,))
            if upserts:
                write_rows(conn, STREAK_UPSERTS, upserts, (session_id,))
        if self.timer is not None:
            save_timer(conn, self.timer)
        self.__init__()  # type: ignore[misc]  # (cheaper than a fresh object per batch, same state)
        return written


# About 2,000 parameters a statement: SQLite 3.40 takes time to prepare a many-row VALUES
# statement that grows faster than its length (256 ledger rows: 11 ms, 512: 40 ms, once per
# connection and size), and each statement costs the writer one or two waits for the GIL.
PARAMS_PER_STATEMENT = 2048


def write_rows(conn: sqlite3.Connection, shape: RowShape, params: list[Any], shared: tuple[Any, ...] = ()) -> None:
    """Rows as ``head row, row, ... tail`` statements instead of executemany.

    ``params`` holds the rows' parameters one after another (``shape.width`` each);
    ``shared`` the statement's own (``?1``...). executemany steps SQLite once per row and
    needs the GIL back after every step; while the engine thread is busy counting a burst,
    each hand-back can wait for Python's thread switch interval (5 ms by default), so 2,000
    new gifters took 1.5 s to write. One statement of many rows does the same work with one
    hand-back and is about twice as fast even alone (benchmarks/bench_ledger.py). Chunk
    sizes are powers of two, so only a dozen statement texts per shape are ever prepared
    (sqlite3's statement cache keeps them). Rows apply in order with the same constraint
    checks as one statement per row.
    """
    width = shape.width
    limit = min(PARAMS_PER_STATEMENT, conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) - shape.shared) // width
    chunk = 1 << (max(1, limit).bit_length() - 1)  # largest power of two that fits
    total = len(params) // width
    start = 0
    while start < total:
        n = min(chunk, total - start)
        n = 1 << (n.bit_length() - 1)
        conn.execute(_values_sql(shape, n), [*shared, *params[start * width:(start + n) * width]])
        start += n


@functools.lru_cache(maxsize=128)
def _values_sql(shape: RowShape, n: int) -> str:
    first = shape.shared + 1
    rows = [
        shape.row.format(*[f"?{first + i * shape.width + k}" for k in range(shape.width)])
        for i in range(n)
    ]
    return shape.head + ", ".join(rows) + shape.tail


class RowCollector:
    """Turns the writer's operations into rows, and remembers the catalog it has written.

    The catalog is kept by the very User/Gift objects: the mapper reuses one object per
    viewer and gift, so an identity check skips almost every catalog row.
    """

    def __init__(self) -> None:
        self.known_users: dict[str, User] = {}
        self.known_gifts: dict[int, Gift] = {}

    def forget(self) -> None:
        """After a rollback: the catalog rows remembered may not be in the file."""
        self.known_users.clear()
        self.known_gifts.clear()

    def collect(self, rows: _Rows, session_id: int, gifts: Sequence[CountedGift], msg_ids: Sequence[int],
                streaks: Sequence[tuple[StreakKey, Streak | None]]) -> None:
        """Add one operation's gifts, message ids and streak states to ``rows``, with the catalog
        rows (users, gifts) they need that were not written already."""
        # A streak's gift and sender join the catalog as soon as the streak is saved, so a
        # restart restores it with its real price even if nothing of it was counted yet.
        known_users, known_gifts = self.known_users, self.known_gifts
        runs = rows.ledger
        run = runs[-1] if runs and runs[-1][0] == session_id else None
        for g in gifts:
            u, gf = g.user, g.gift
            if known_users.get(u.user_id) is not u:
                self.catalog_user(rows, u)
            if known_gifts.get(gf.gift_id) is not gf:
                self.catalog_gift(rows, gf)
            values: tuple[Any, ...]
            if g.recipient is not None:  # a guest's income: its own table, never the creator's sums
                r = g.recipient
                if known_users.get(r.user_id) is not r:
                    self.catalog_user(rows, r)
                shape, values = GUEST_GIFT, (
                    g.ts, g.msg_id or None, u.user_id, gf.gift_id, g.units, gf.coins,
                    g.streak_key, g.units_to, int(g.closed_without_end), int(g.first_gift), r.user_id,
                )
            elif g.streak_key is None and not g.units_to and not g.closed_without_end and not g.first_gift:
                shape, values = LEDGER_GIFT, (g.ts, g.msg_id or None, u.user_id, gf.gift_id, g.units, gf.coins)
            else:
                shape, values = LEDGER_STREAK_GIFT, (
                    g.ts, g.msg_id or None, u.user_id, gf.gift_id, g.units, gf.coins,
                    g.streak_key, g.units_to, int(g.closed_without_end), int(g.first_gift),
                )
            if run is None or run[1] is not shape:  # a new run keeps the rows in order
                run = (session_id, shape, [])
                runs.append(run)
            run[2].extend(values)
        for _, st in streaks:
            if st is not None:
                if known_users.get(st.user.user_id) is not st.user:
                    self.catalog_user(rows, st.user)
                if st.recipient is not None and known_users.get(st.recipient.user_id) is not st.recipient:
                    self.catalog_user(rows, st.recipient)
                if known_gifts.get(st.gift.gift_id) is not st.gift:
                    self.catalog_gift(rows, st.gift)
        if msg_ids:
            rows.seen.setdefault(session_id, []).extend(msg_ids)
        for key, st in streaks:
            # Only a streak's latest state in this batch needs writing.
            text = streak_key_text(key)
            rows.streaks[(session_id, text)] = None if st is None else (
                text, key[0], key[1], key[2], st.counted, st.max_seen, st.last_ts, st.last_msg_id, int(st.open),
                None if st.recipient is None else st.recipient.user_id, int(st.first_gift),
            )

    def catalog_user(self, rows: _Rows, u: User) -> None:
        known = self.known_users.get(u.user_id)
        if known == u:  # the same record in another object: remember this one
            self.known_users[u.user_id] = u
        elif known is None or u.handle or u.nickname:
            # (A record without names, e.g. a bare id, never overwrites names we have.)
            self.known_users[u.user_id] = u
            rows.users[u.user_id] = (u.user_id, u.handle, u.nickname, u.avatar_url)

    def catalog_gift(self, rows: _Rows, gf: Gift) -> None:
        if self.known_gifts.get(gf.gift_id) != gf:
            rows.gifts[gf.gift_id] = (gf.gift_id, gf.name, gf.coins, gf.image_url)
        self.known_gifts[gf.gift_id] = gf
