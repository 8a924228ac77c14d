"""Read queries on the ledger file: sessions, tallies rebuilt from the ledger, history.

Readers use their own connections (WAL lets them run beside the writer).
"""

from __future__ import annotations

import json
import sqlite3
import threading
from dataclasses import dataclass
from datetime import datetime, timezone
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Callable

from ..core.counting import CountedGift, Streak, StreakKey
from ..core.economics import Balance, RateProfile
from ..core.events import Gift, PaidEvent, User
from ..core.tallies import Tallies
from .database import connect
from .income_queries import paid_messages, paid_tally, with_platform_money


@dataclass(frozen=True)
class SessionRow:
    id: int
    source: str
    room_id: str
    creator: str
    started_at: float
    ended_at: float | None
    end_reason: str | None
    rates: RateProfile
    follows: int
    shares: int
    likes: int
    comments: int
    subscribes: int
    peak_viewers: int
    reported_diamonds: float | None
    platform: str = "tiktok"  # the platform the broadcast was on (tiktok, twitch, youtube)
    raids: int = 0
    coins: int = 0
    gifts: int = 0
    gifters: int = 0
    last_ts: float | None = None
    platform_money: Decimal = Decimal(0)  # Twitch's or YouTube's income, display currency, exact (sessions())

    @property
    def estimated_earnings(self) -> Decimal:
        """Coins and platform income at the session's own rates, rounded once to the cent."""
        return (self.rates.usd(self.coins) * self.rates.usd_to_currency + self.platform_money).quantize(
            Decimal("0.01"), ROUND_HALF_UP)

    @property
    def started(self) -> datetime:
        return datetime.fromtimestamp(self.started_at, timezone.utc)


_SESSION_COLS = (
    "s.id, s.source, s.room_id, s.creator, s.started_at, s.ended_at, s.end_reason, s.rates, s.follows, "
    "s.shares, s.likes, s.comments, s.subscribes, s.peak_viewers, s.reported_diamonds, s.platform, s.raids"
)
_TOTALS = (
    "(SELECT COALESCE(SUM(coins), 0) FROM ledger WHERE session_id = s.id), "
    "(SELECT COALESCE(SUM(units), 0) FROM ledger WHERE session_id = s.id), "
    "(SELECT COUNT(DISTINCT user_id) FROM ledger WHERE session_id = s.id), "
    "(SELECT MAX(ts) FROM ledger WHERE session_id = s.id)"
)


# A counted gift's columns, the same in ``ledger`` and ``guest_gifts`` (l), with its sender (u) and gift (g).
_GIFT_COLUMNS = (
    "SELECT l.ts, l.msg_id, l.user_id, COALESCE(u.handle, ''), COALESCE(u.nickname, ''), "
    "l.gift_id, COALESCE(g.name, 'Gift ' || l.gift_id), l.coins_each, COALESCE(g.image_url, ''), "
    "l.units, l.streak_key, l.units_to, l.closed_without_end, l.first_gift "
)


def _session(row: Sequence[Any]) -> SessionRow:
    vals = list(row)
    vals[7] = RateProfile.from_dict(json.loads(vals[7]))
    return SessionRow(*vals)


class Reader:
    """A read connection to the ledger file."""

    def __init__(self, path: Path, conn: sqlite3.Connection | None = None) -> None:
        self.path = Path(path)
        self.conn = conn or connect(self.path, check_same_thread=False)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Reader":
        return self

    def __exit__(self, *exc: object) -> None:
        self.conn.close()

    # -- sessions -------------------------------------------------------------------
    def sessions(self) -> list[SessionRow]:
        rows = self.conn.execute(
            f"SELECT {_SESSION_COLS}, {_TOTALS} FROM sessions s ORDER BY s.started_at, s.id"
        ).fetchall()
        return with_platform_money(self.conn, [_session(r) for r in rows])

    def session(self, ref: int | str) -> SessionRow | None:
        """A session by id, or 'last' for the most recently started one."""
        if ref == "last":
            row = self.conn.execute(
                f"SELECT {_SESSION_COLS}, {_TOTALS} FROM sessions s ORDER BY s.started_at DESC, s.id DESC LIMIT 1"
            ).fetchone()
        else:
            row = self.conn.execute(
                f"SELECT {_SESSION_COLS}, {_TOTALS} FROM sessions s WHERE s.id = ?", (int(ref),)
            ).fetchone()
        return _session(row) if row else None

    # Exports read sessions without the per-row _TOTALS subqueries: at a million ledger rows
    # COUNT(DISTINCT user_id) alone takes seconds, and the export computes its totals anyway.
    def session_header(self, ref: int | str) -> SessionRow | None:
        """Like ``session`` but without ledger totals (coins, gifts, gifters are 0; last_ts is set)."""
        last = "MAX(ts)"
        if ref == "last":
            row = self.conn.execute(
                f"SELECT {_SESSION_COLS}, 0, 0, 0, (SELECT {last} FROM ledger WHERE session_id = s.id) "
                "FROM sessions s ORDER BY s.started_at DESC, s.id DESC LIMIT 1"
            ).fetchone()
        else:
            row = self.conn.execute(
                f"SELECT {_SESSION_COLS}, 0, 0, 0, (SELECT {last} FROM ledger WHERE session_id = s.id) "
                "FROM sessions s WHERE s.id = ?", (int(ref),)
            ).fetchone()
        return _session(row) if row else None

    def sessions_between_with_totals(self, start: float, end: float, with_totals: bool = True) -> list[SessionRow]:
        """The sessions in a time range, with every session's totals from one scan of the ledger
        (``with_totals=False``: none, as ``session_header`` gives them)."""
        heads = self.conn.execute(
            f"SELECT {_SESSION_COLS}, 0, 0, 0, NULL FROM sessions s WHERE s.started_at >= ? AND s.started_at < ? "
            "ORDER BY s.started_at, s.id",
            (start, end),
        ).fetchall()
        if not heads or not with_totals:
            return [_session(h) for h in heads]
        ids = [h[0] for h in heads]
        totals = {r[0]: r[1:] for r in self.conn.execute(
            "SELECT session_id, SUM(coins), SUM(units), COUNT(DISTINCT user_id), MAX(ts) FROM ledger "
            f"WHERE +session_id IN ({','.join('?' * len(ids))}) GROUP BY session_id", ids,
        )}
        return [_session(tuple(h[:-4]) + tuple(totals.get(h[0], (0, 0, 0, None)))) for h in heads]

    def gaps(self, session_id: int) -> list[tuple[float, float, str]]:
        return self.conn.execute(
            "SELECT from_ts, to_ts, reason FROM gaps WHERE session_id = ? ORDER BY from_ts", (session_id,)
        ).fetchall()

    # -- the ledger -------------------------------------------------------------------
    def ledger(self, session_ids: list[int], batch: int = 50_000) -> Iterator[CountedGift]:
        """Counted gifts in time order, as ``CountedGift`` (streamed in batches)."""
        marks = ",".join("?" * len(session_ids))
        cur = self.conn.execute(
            _GIFT_COLUMNS + "FROM ledger l LEFT JOIN users u ON u.user_id = l.user_id "
            "LEFT JOIN gifts g ON g.gift_id = l.gift_id "
            f"WHERE l.session_id IN ({marks}) ORDER BY l.ts, l.id",
            session_ids,
        )
        users: dict[tuple[str, str, str], User] = {}
        gifts: dict[tuple[int, str, int], Gift] = {}
        while rows := cur.fetchmany(batch):
            for ts, msg_id, uid, handle, nick, gid, gname, each, img, units, skey, upto, cwe, first in rows:
                ukey = (uid, handle, nick)
                user = users.get(ukey) or users.setdefault(ukey, User(uid, handle, nick))
                gkey = (gid, gname, each)
                gift = gifts.get(gkey) or gifts.setdefault(gkey, Gift(gid, gname, each, img))
                yield CountedGift(ts, msg_id or 0, user, gift, units, skey, upto, bool(cwe), first_gift=bool(first))

    def guest_gifts(self, session_ids: list[int]) -> list[CountedGift]:
        """Gifts to guests (multi-guest and co-host LIVEs) in time order, each with its recipient."""
        marks = ",".join("?" * len(session_ids))
        rows = self.conn.execute(
            _GIFT_COLUMNS + ", l.recipient_id, COALESCE(r.handle, ''), COALESCE(r.nickname, '') "
            "FROM guest_gifts l LEFT JOIN users u ON u.user_id = l.user_id "
            "LEFT JOIN gifts g ON g.gift_id = l.gift_id LEFT JOIN users r ON r.user_id = l.recipient_id "
            f"WHERE l.session_id IN ({marks}) ORDER BY l.ts, l.id",
            session_ids,
        ).fetchall()
        return [
            CountedGift(ts, msg_id or 0, User(uid, handle, nick), Gift(gid, gname, each, img), units, skey, upto,
                        bool(cwe), User(rid, rhandle, rnick), bool(first))
            for ts, msg_id, uid, handle, nick, gid, gname, each, img, units, skey, upto, cwe, first, rid, rhandle, rnick
            in rows
        ]

    def battle_scores(self, session_id: int) -> list[tuple[int, str, str, str, int, bool]]:
        """(battle id, user id, handle, nickname, points, ended) of each LIVE Match side, in time order."""
        return self.conn.execute(
            "SELECT b.battle_id, b.user_id, COALESCE(u.handle, ''), COALESCE(u.nickname, ''), b.points, b.ended "
            "FROM battle_scores b LEFT JOIN users u ON u.user_id = b.user_id WHERE b.session_id = ? "
            "ORDER BY b.ts, b.battle_id, b.user_id", (session_id,)).fetchall()

    def tallies(self, session_ids: list[int]) -> Tallies:
        """Tallies rebuilt from the ledger (the live tallies must equal these)."""
        t = Tallies()
        for g in self.ledger(session_ids):
            t.add(g)
        for g in self.guest_gifts(session_ids):
            t.add(g)
        t.paid = paid_tally(self.conn, session_ids)
        return t

    def paid_messages(self, session_ids: list[int]) -> list[PaidEvent]:
        """Twitch and YouTube paid messages (Bits, subs, Super Chats, ...) in time order."""
        return paid_messages(self.conn, session_ids)

    def aggregate_tallies(self, session_ids: list[int], gifters_only: bool = False) -> Tallies:
        """The same tallies as ``tallies`` (gift counts and sums), computed by SQLite's aggregates.

        Exports use this: at a million ledger rows a Python loop over ``CountedGift`` takes
        seconds, GROUP BY in C a fraction of that. Tests check both paths agree.
        """
        from ..core.tallies import GifterTally

        t = Tallies()
        if not session_ids:
            return t
        t.paid = paid_tally(self.conn, session_ids)  # few rows next to a TikTok ledger: a Python loop is fine
        marks = ",".join("?" * len(session_ids))
        # The unary + keeps SQLite off the (session_id, ts) index: for a session that is a good
        # part of the file, one sequential scan beats a million index-then-row lookups (~3x).
        where = f"+l.session_id IN ({marks})"
        gifters_sql = (
            "SELECT a.user_id, COALESCE(u.handle, ''), COALESCE(u.nickname, ''), a.c, a.n FROM "
            f"(SELECT l.user_id, SUM(l.coins) AS c, SUM(l.units) AS n FROM ledger l WHERE {where} GROUP BY l.user_id) a "
            "LEFT JOIN users u ON u.user_id = a.user_id"
        )
        if gifters_only:  # the CSV export needs no gift types or timeline: skip their sort
            for uid, handle, nick, c, n in self.conn.execute(gifters_sql, session_ids):
                t.gifters[uid] = GifterTally(uid, handle, nick, c, n)
            t.coins = sum(g.coins for g in t.gifters.values())
            t.gifts = sum(g.gifts for g in t.gifters.values())
            for g in self.guest_gifts(session_ids):
                t.add(g)
            return t
        # Each GROUP BY below sorts every row; the per-gifter one runs on a second read
        # connection in a thread meanwhile (SQLite releases the GIL), so on two cores the
        # two sorts take the time of the longer one.
        gifter_rows = self._side_query(gifters_sql, session_ids)
        firsts = self._gifts_and_timeline(t, where, session_ids)
        for uid, handle, nick, c, n in gifter_rows():
            t.gifters[uid] = GifterTally(uid, handle, nick, c, n)
        for gid, first in firsts.items():
            name, each, img = self.conn.execute(
                "SELECT COALESCE(g.name, 'Gift ' || l.gift_id), l.coins_each, COALESCE(g.image_url, '') "
                "FROM ledger l LEFT JOIN gifts g ON g.gift_id = l.gift_id WHERE l.id = ?", (first,),
            ).fetchone()
            t.by_gift[gid].name, t.by_gift[gid].coins_each, t.by_gift[gid].image_url = name, each, img
        for g in self.guest_gifts(session_ids):  # few: a Python loop is fine
            t.add(g)
        return t

    def _gifts_and_timeline(self, t: Tallies, where: str, session_ids: list[int]) -> dict[int, int]:
        """Gift types, timeline and totals into ``t`` in one pass; returns each gift's first ledger row id.

        The catalog price is per gift id; a gift re-priced mid-stream keeps its first price here,
        as in ``Tallies.add`` (first counted row wins), via MIN(l.id). One sort by (gift, time
        bucket) gives the gift types, the timeline and the totals: each GROUP BY over a million
        rows is a sort, so one fewer saves about a third of the time.
        """
        from ..core.tallies import TIMELINE_BUCKET_S, GiftTally

        firsts: dict[int, int] = {}
        for gid, b, c, n, first, cwe, first_gifts in self.conn.execute(
            f"SELECT l.gift_id, CAST(l.ts / {TIMELINE_BUCKET_S} AS INTEGER) * {TIMELINE_BUCKET_S} AS b, "
            f"SUM(l.coins), SUM(l.units), MIN(l.id), SUM(l.closed_without_end), SUM(l.first_gift) "
            f"FROM ledger l WHERE {where} GROUP BY l.gift_id, b", session_ids,
        ):
            gift = t.by_gift.get(gid)
            if gift is None:
                gift = t.by_gift[gid] = GiftTally(gid, "", 0)
                firsts[gid] = first
            else:
                firsts[gid] = min(firsts[gid], first)
            gift.count += n
            gift.coins += c
            point = t.timeline.get(b)
            if point is None:
                t.timeline[b] = [c, n]
            else:
                point[0] += c
                point[1] += n
            t.coins += c
            t.gifts += n
            t.closed_without_end += cwe
            t.first_gifts += first_gifts
        return firsts

    def _side_query(self, sql: str, params: list[Any]) -> Callable[[], list[Any]]:
        """Start ``sql`` on a second read connection in a thread; the result is a call away.

        Falls back to running it here, on the reader's own connection, when the file cannot be
        opened a second time (an in-memory or vanished database).
        """
        result: dict[str, object] = {}

        def run() -> None:
            try:
                conn = connect(self.path, readonly=True, check_same_thread=False)
                try:
                    result["rows"] = conn.execute(sql, params).fetchall()
                finally:
                    conn.close()
            except Exception as exc:  # handed to the caller, who runs the query itself
                result["error"] = exc

        if not self.path.is_file():
            return lambda: self.conn.execute(sql, params).fetchall()
        worker = threading.Thread(target=run, name="reader-side-query", daemon=True)
        worker.start()

        def rows() -> list[Any]:
            worker.join()
            if "rows" in result:
                return result["rows"]  # type: ignore[return-value]
            return self.conn.execute(sql, params).fetchall()

        return rows

    def balance_figures(self, since: float, before: float, recent_from: float) -> tuple[Balance, Balance, int]:
        """In one scan: the balance since ``since`` (the last withdrawal), the part of it from
        before ``before``, and the coins from ``recent_from`` on (for the recent daily rate; a
        withdrawal does not change how fast a creator earns, so those count from before it too)."""
        rows = self.conn.execute(
            "SELECT session_id, COALESCE(SUM(CASE WHEN ts > ?1 THEN coins END), 0), "
            "COALESCE(SUM(CASE WHEN ts > ?1 AND ts < ?2 THEN coins END), 0), "
            "COALESCE(SUM(CASE WHEN ts >= ?3 THEN coins END), 0) FROM ledger WHERE ts > MIN(?1, ?3) "
            "GROUP BY session_id",
            (since, before, recent_from),
        ).fetchall()
        balance = self._valued({sid: coins for sid, coins, _, _ in rows})
        return balance, self._valued({sid: before for sid, _, before, _ in rows}), sum(r[3] for r in rows)

    def coins_by_gifter_and_session(self, session_ids: list[int]) -> list[tuple[str, int, int]]:
        """(user id, session id, coins) for the given sessions."""
        marks = ",".join("?" * len(session_ids))
        return self.conn.execute(
            f"SELECT user_id, session_id, SUM(coins) FROM ledger WHERE session_id IN ({marks}) "
            "GROUP BY user_id, session_id", tuple(session_ids)).fetchall()

    def balance_without(self, session_id: int, since: float, rates: RateProfile) -> Balance:
        """What a view of one session adds to its own coins to show the balance since ``since``
        (the last withdrawal): the other sessions' coins since then, each at its own rates, less
        this session's coins from before it (a withdrawal recorded during a session)."""
        others = self.conn.execute(
            "SELECT session_id, SUM(coins) FROM ledger WHERE ts > ? AND session_id != ? GROUP BY session_id",
            (since, session_id),
        ).fetchall()
        before = self.conn.execute("SELECT COALESCE(SUM(coins), 0) FROM ledger WHERE session_id = ? AND ts <= ?",
                                   (session_id, since)).fetchone()[0]
        return self._valued(dict(others)) - Balance.at(int(before), rates)

    def _valued(self, coins_by_session: dict[int, int]) -> Balance:
        total = Balance()
        if not coins_by_session:
            return total
        rates = dict(self.conn.execute("SELECT id, rates FROM sessions").fetchall())  # a few per day
        for sid, coins in coins_by_session.items():
            total += Balance.at(int(coins), RateProfile.from_dict(json.loads(rates[sid])))
        return total

    def counter_state(
        self, session_id: int, streak_limit: int = 50_000
    ) -> tuple[Iterable[int], dict[StreakKey, Streak], Iterable[StreakKey]]:
        """What a resumed session's counter needs: (all msg ids, recent streaks, older streak keys).

        Open streaks and the most recent settled ones come whole; older settled streaks
        only as keys (the counter asks for one if it comes back).
        """
        ids = (r[0] for r in self.conn.execute("SELECT msg_id FROM seen_messages WHERE session_id = ?", (session_id,)))
        streak_rows = self.conn.execute(
            _STREAK_SELECT + "WHERE s.session_id = ? ORDER BY s.open DESC, s.last_ts DESC LIMIT ?",
            (session_id, streak_limit),
        ).fetchall()
        streaks: dict[StreakKey, Streak] = {(r[0], r[1], r[2]): _streak(r) for r in streak_rows}
        older: Iterable[StreakKey] = ()
        if len(streak_rows) == streak_limit:
            older = (
                (r[0], r[1], r[2]) for r in self.conn.execute(
                    "SELECT user_id, gift_id, group_id FROM streaks WHERE session_id = ?", (session_id,))
                if (r[0], r[1], r[2]) not in streaks
            )
        return ids, streaks, older

    def msg_id_known(self, session_id: int, msg_id: int) -> bool:
        return self.conn.execute(
            "SELECT 1 FROM seen_messages WHERE session_id = ? AND msg_id = ?", (session_id, msg_id)
        ).fetchone() is not None

    def streak(self, session_id: int, key: StreakKey) -> Streak | None:
        r = self.conn.execute(
            _STREAK_SELECT + "WHERE s.session_id = ? AND s.streak_key = ?",
            (session_id, f"{key[0]}:{key[1]}:{key[2]}"),
        ).fetchone()
        return _streak(r) if r else None

    # -- across sessions ----------------------------------------------------------------
    def withdrawals(self) -> list[tuple[int, float, str, str, str]]:
        return self.conn.execute("SELECT id, ts, amount, currency, note FROM withdrawals ORDER BY ts").fetchall()

    def last_withdrawal_ts(self) -> float:
        row = self.conn.execute("SELECT MAX(ts) FROM withdrawals").fetchone()
        return row[0] or 0.0

    def coins_since(self, ts: float) -> int:
        return int(self.conn.execute("SELECT COALESCE(SUM(coins), 0) FROM ledger WHERE ts > ?", (ts,)).fetchone()[0])

    def gift_catalog(self) -> list[tuple[int, str, int]]:
        """Every gift seen on any stream (id, name, coins each), cheapest first: the actions
        editor's gift picker offers them."""
        rows = self.conn.execute("SELECT gift_id, name, coins FROM gifts ORDER BY coins, name").fetchall()
        return [(int(r[0]), str(r[1]), int(r[2])) for r in rows]


_STREAK_SELECT = (
    "SELECT s.user_id, s.gift_id, s.group_id, s.counted, s.max_seen, s.last_ts, s.last_msg_id, s.open, "
    "COALESCE(u.handle, ''), COALESCE(u.nickname, ''), COALESCE(g.name, 'Gift ' || s.gift_id), "
    "COALESCE(g.coins, 0), COALESCE(g.image_url, ''), "
    "s.recipient_id, COALESCE(r.handle, ''), COALESCE(r.nickname, ''), s.first_gift "
    "FROM streaks s LEFT JOIN users u ON u.user_id = s.user_id LEFT JOIN gifts g ON g.gift_id = s.gift_id "
    "LEFT JOIN users r ON r.user_id = s.recipient_id "
)


def _streak(r: Sequence[Any]) -> Streak:
    user = User(r[0], r[8], r[9])
    gift = Gift(r[1], r[10], r[11], r[12])
    recipient = None if r[13] is None else User(r[13], r[14], r[15])
    return Streak(user, gift, r[2], counted=r[3], max_seen=r[4], last_ts=r[5], last_msg_id=r[6], open=bool(r[7]),
                  recipient=recipient, first_gift=bool(r[16]))
