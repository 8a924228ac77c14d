"""The gift ledger as CSV lines, made by SQLite: the SQL side of ``export/csv_export.py``.

At a million rows, making a Python object per value costs more than everything else
together, so SQLite builds each line itself from small temporary tables of ready-made CSV
fragments (the exporter quotes and values them: viewer, gift, money, and here the time text
of each second) and hands over whole time slices as UTF-8 bytes. The exporter decides how
big a slice may be and who makes it; this module only knows the tables and the queries.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from typing import Iterable, Iterator, Sequence


@dataclass
class Fragments:
    """Ready-made CSV fragments for everything that repeats, and the span of the rows."""

    ids: list[int]
    span: int  # money keys pack (coins, closed flag, session id) as (coins * 2 + closed) * span + id
    money: list[tuple[int, str]] = field(default_factory=list)
    viewers: list[tuple[str, str]] = field(default_factory=list)
    int_users: bool = False  # every viewer id is an integer's own text: join on the integer
    every_viewer: bool = False  # viewers straight from the users table, by SQL (``viewers`` holds the odd ones)
    gifts: list[tuple[int, str]] = field(default_factory=list)
    seconds: list[tuple[int, int, int]] | None = None  # (session, first, last UTC second); None: format each row's time
    first_ts: float | None = None
    last_ts: float | None = None


@dataclass(frozen=True)
class Slice:
    lo: float | None  # ts >= lo (None: from the start)
    hi: float | None  # ts < hi (None: to the end)
    rows: int


_MAX_MONEY = 20_000  # money fragments made for every (coins, closed flag, session) before asking SQLite which occur


def _marks(ids: list[int]) -> str:
    return ",".join("?" * len(ids))


def ledger_count(conn: sqlite3.Connection, ids: list[int]) -> int:
    """Gifts in the ledger of sessions ``ids``."""
    return int(conn.execute(f"SELECT COUNT(*) FROM ledger WHERE +session_id IN ({_marks(ids)})", ids).fetchone()[0])


def money_keys(conn: sqlite3.Connection, ids: list[int]) -> Iterator[tuple[int, int, int]]:
    """(session id, coins, closed flag) for at least every combination in the rows.

    The distinct coin amounts alone cost half a scan for the three columns (an integer per row
    into the distinct set instead of a record), and every session and flag is then assumed;
    the few fragments never used cost nothing. Past ``_MAX_MONEY`` (many sessions each with
    many amounts) SQLite lists the combinations that really occur.
    """
    marks = _marks(ids)
    coins = [c for (c,) in conn.execute(f"SELECT DISTINCT coins FROM ledger WHERE +session_id IN ({marks})", ids)]
    if len(coins) * 2 * len(ids) <= _MAX_MONEY:
        return ((sid, c, cwe) for sid in ids for c in coins for cwe in (0, 1))
    return iter(conn.execute(
        f"SELECT DISTINCT session_id, coins, closed_without_end != 0 FROM ledger WHERE +session_id IN ({marks})", ids,
    ).fetchall())


# A viewer whose id, handle and nickname the csv module writes as they are (no quotes, no
# formula guard) gets its fragment from SQLite's || alone; the others go through the csv module.
_PLAIN_CELL = "instr({c}, ',') + instr({c}, '\"') + instr({c}, char(10)) + instr({c}, char(13)) = 0"
_PLAIN_USER = " AND ".join(
    [_PLAIN_CELL.format(c=c) for c in ("user_id", "handle", "nickname")]
    + [f"substr({c}, 1, 1) NOT IN ('=', '+', '-', '@', char(9))" for c in ("handle", "nickname")])
# CAST round trip: exactly the ids that are the decimal text of a 64-bit integer
_INT_ID = "CAST(CAST(user_id AS INTEGER) AS TEXT) = user_id"


def viewers(conn: sqlite3.Connection, odd_only: bool = False) -> list[tuple[str, str, str]]:
    """(user id, handle, nickname) of every viewer, or only of those SQLite cannot write plainly."""
    if odd_only:
        return conn.execute(f"SELECT user_id, handle, nickname FROM users WHERE NOT ({_PLAIN_USER})").fetchall()
    return conn.execute("SELECT user_id, handle, nickname FROM users").fetchall()


def integer_viewer_ids(conn: sqlite3.Connection) -> bool:
    """True when every viewer's id is the decimal text of a 64-bit integer."""
    return bool(conn.execute(f"SELECT NOT EXISTS (SELECT 1 FROM users WHERE NOT ({_INT_ID}))").fetchone()[0] == 1)


def gift_names(conn: sqlite3.Connection) -> Iterable[tuple[int, str]]:
    return conn.execute("SELECT gift_id, name FROM gifts")


def install(conn: sqlite3.Connection, f: Fragments) -> None:
    """The fragments as temporary tables of ``conn`` (each connection has its own)."""
    drop_temp(conn)
    conn.execute("CREATE TEMP TABLE export_money (k INTEGER PRIMARY KEY, frag TEXT)")
    conn.execute("CREATE TEMP TABLE export_gifts (gift_id INTEGER PRIMARY KEY, frag TEXT)")
    tables: list[tuple[str, Sequence[tuple[object, str]]]] = [("export_money", f.money), ("export_gifts", f.gifts)]
    if f.int_users:
        # The text is kept and compared too, so a row whose id only casts to a known number
        # (a newer viewer's '007', say) falls back as an unknown viewer does.
        conn.execute("CREATE TEMP TABLE export_users (k INTEGER PRIMARY KEY, user_id TEXT, frag TEXT)")
        conn.execute("INSERT INTO temp.export_users SELECT CAST(json_extract(value, '$[0]') AS INTEGER), "
                     "json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(?)",
                     (json.dumps(f.viewers, ensure_ascii=False),))
        if f.every_viewer:
            conn.execute("INSERT INTO temp.export_users SELECT CAST(user_id AS INTEGER), user_id, "
                         f"user_id || ',' || handle || ',' || nickname || ',' FROM users WHERE {_PLAIN_USER}")
    else:
        conn.execute("CREATE TEMP TABLE export_users (user_id TEXT PRIMARY KEY, frag TEXT) WITHOUT ROWID")
        tables.append(("export_users", f.viewers))
        if f.every_viewer:
            conn.execute("INSERT INTO temp.export_users SELECT user_id, "
                         f"user_id || ',' || handle || ',' || nickname || ',' FROM users WHERE {_PLAIN_USER}")
    for name, rows in tables:
        # One statement per table from a JSON array rather than a Python step per row.
        conn.execute(f"INSERT INTO temp.{name} SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(?)",
                     (json.dumps(rows, ensure_ascii=False),))
    if f.seconds is not None:
        _install_seconds(conn, f)


def _install_seconds(conn: sqlite3.Connection, f: Fragments) -> None:
    conn.execute("CREATE TEMP TABLE export_seconds (k INTEGER PRIMARY KEY, frag TEXT)")
    for sid, first, last in f.seconds or ():
        # SQLite writes each second's text itself: the same function that formats a row's
        # time (datetime(ts, 'unixepoch')), no Python call per second. Keyed by second and
        # session, the text carries the session id too: one value fewer to format per row.
        conn.execute("INSERT OR IGNORE INTO temp.export_seconds WITH RECURSIVE s(k) AS "
                     "(SELECT ? UNION ALL SELECT k + 1 FROM s WHERE k < ?) "
                     "SELECT k * ? + ?, datetime(k, 'unixepoch') || ',' || ? || ',' FROM s",
                     (first, last, f.span, sid, sid))


def drop_temp(conn: sqlite3.Connection) -> None:
    for name in ("export_money", "export_users", "export_gifts", "export_seconds"):
        conn.execute(f"DROP TABLE IF EXISTS temp.{name}")


# Concatenation, not printf: printf parses its format for every row (about a quarter of the
# time of a slice). Every part is non-NULL (a NULL would drop the whole line).
_LINE = (
    "{time_text} || COALESCE(u.frag, {unknown_user}) || COALESCE(g.frag, l.gift_id || ',Gift ' || l.gift_id || ',') "
    "|| l.units || ',' || l.coins_each || ',' || m.frag"
)
_FROM = (
    "FROM ledger l LEFT JOIN temp.export_users u ON {user_on} "
    "LEFT JOIN temp.export_gifts g ON g.gift_id = l.gift_id "
    "JOIN temp.export_money m ON m.k = (l.coins * 2 + (l.closed_without_end != 0)) * ? + l.session_id "
)
# A viewer missing from the users table: its id (quoted as the csv module would), no names.
_UNKNOWN_USER = ("CASE WHEN " + _PLAIN_CELL.format(c="l.user_id") + " THEN l.user_id || ',,,' "
                 "ELSE '\"' || replace(l.user_id, '\"', '\"\"') || '\",,,' END")
_USER_ON = {True: "u.k = CAST(l.user_id AS INTEGER) AND u.user_id = l.user_id", False: "u.user_id = l.user_id"}


def _from(f: Fragments) -> str:
    return _FROM.format(user_on=_USER_ON[f.int_users])


# From SQLite 3.44 an aggregate takes its own ORDER BY; before, group_concat follows the order of
# the subquery that feeds it (the tests compare the result with a plain rendering).
_ORDERED_AGGREGATE = sqlite3.sqlite_version_info >= (3, 44, 0)


def _where(f: Fragments, lo: float | None, hi: float | None) -> tuple[str, list[object]]:
    where = f"l.session_id IN ({','.join('?' * len(f.ids))})"
    params: list[object] = list(f.ids)
    if lo is not None:
        where, params = where + " AND l.ts >= ?", params + [lo]
    if hi is not None:
        where, params = where + " AND l.ts < ?", params + [hi]
    return where, params


def _time_sql(f: Fragments) -> tuple[str, str]:
    if f.seconds is not None:
        return "s.frag", f"JOIN temp.export_seconds s ON s.k = {_SECOND} * {int(f.span)} + l.session_id "
    return "COALESCE(datetime(l.ts, 'unixepoch'), '') || ',' || l.session_id || ','", ""


def slice_block(conn: sqlite3.Connection, f: Fragments, sl: Slice) -> tuple[bytes, int] | None:
    """A whole slice as one block, made by SQLite in one step.

    One row per slice, not per gift: no Python object per gift at all.
    """
    time_text, time_join = _time_sql(f)
    where, params = _where(f, sl.lo, sl.hi)
    line = _LINE.format(time_text=time_text, unknown_user=_UNKNOWN_USER)
    if _ORDERED_AGGREGATE:
        sql = (f"SELECT CAST(group_concat({line}, char(13, 10) ORDER BY l.ts, l.id) AS BLOB) "
               f"{_from(f)}{time_join}WHERE {where}")
    else:
        sql = (f"SELECT CAST(group_concat(line, char(13, 10)) AS BLOB) FROM (SELECT {line} AS line "
               f"{_from(f)}{time_join}WHERE {where} ORDER BY l.ts, l.id)")
    (blob,) = conn.execute(sql, [f.span, *params]).fetchone()
    return None if blob is None else (blob + b"\r\n", sl.rows)


def slice_rows(conn: sqlite3.Connection, f: Fragments, sl: Slice, chunk: int) -> Iterator[tuple[bytes, int]]:
    """A slice too big to hold as one block (many gifts within a moment), streamed in chunks."""
    time_text, time_join = _time_sql(f)
    where, params = _where(f, sl.lo, sl.hi)
    cur = conn.execute(
        # cast to a BLOB so Python receives the UTF-8 bytes as they are
        f"SELECT CAST({_LINE.format(time_text=time_text, unknown_user=_UNKNOWN_USER)} AS BLOB) {_from(f)}{time_join}WHERE {where} "
        "ORDER BY l.ts, l.id",
        [f.span, *params],
    )
    while rows := cur.fetchmany(chunk):
        yield b"\r\n".join([r[0] for r in rows]) + b"\r\n", len(rows)


def slices(conn: sqlite3.Connection, f: Fragments, total: int, per_slice: int, probes: int) -> list[Slice]:
    """Consecutive time ranges of at most ``per_slice`` gifts where the times allow it.

    The gifts per range (``probes`` equal ranges) are counted on the (session_id, ts) index,
    which is cheap; a range that still holds more (a burst within one probe) becomes a slice
    of its own, for the caller to stream instead of holding it whole.
    """
    if total <= per_slice or f.first_ts is None or f.last_ts is None or f.last_ts <= f.first_ts:
        return [Slice(None, None, total)]
    step = (f.last_ts - f.first_ts) / probes
    edges = [None] + [f.first_ts + step * i for i in range(1, probes)] + [None]
    found: list[Slice] = []
    lo, rows, cut = None, 0, 0
    for a, b in zip(edges, edges[1:]):
        where, params = _where(f, a, b)
        n = conn.execute(f"SELECT COUNT(*) FROM ledger l WHERE {where}", params).fetchone()[0]
        # The last slices are half size: two connections share the slices, and the one that
        # finishes first then waits for the other's last slice less long.
        target = per_slice if total - cut > 2 * per_slice else per_slice // 2
        if rows and rows + n > target:
            found.append(Slice(lo, a, rows))
            lo, cut, rows = a, cut + rows, 0
        rows += n
    found.append(Slice(lo, None, rows))
    return found


# The UTC second that SQLite's datetime(ts, 'unixepoch') shows, in its own arithmetic (it rounds
# to the millisecond on the Julian-day scale, then drops the milliseconds); tests check they agree.
_SECOND = "(CAST(l.ts * 1000.0 + 210866760000000.0 + 0.5 AS INTEGER) - 210866760000000) / 1000"
def span_and_seconds(conn: sqlite3.Connection, f: Fragments, max_seconds: int) -> None:
    """Set the first and last gift time, and the time text of every second in between.

    A rowid look-up per row costs less than parsing and formatting a date per row; past
    ``max_seconds`` seconds in all (a session left running for days) each row's time is
    formatted instead (``f.seconds`` stays None).
    """
    seconds: list[tuple[int, int, int]] = []
    count = 0  # rows of the seconds table
    too_many = False
    for sid in f.ids:
        # MIN and MAX in separate subqueries: each alone is one index look-up, together a scan.
        lo_ts, hi_ts = conn.execute(
            "SELECT (SELECT MIN(ts) FROM ledger WHERE session_id = :sid), "
            "(SELECT MAX(ts) FROM ledger WHERE session_id = :sid)", {"sid": sid}).fetchone()
        if lo_ts is None:  # no gifts in this session
            continue
        f.first_ts = lo_ts if f.first_ts is None else min(f.first_ts, lo_ts)
        f.last_ts = hi_ts if f.last_ts is None else max(f.last_ts, hi_ts)
        first, last = conn.execute(
            "SELECT " + ", ".join(_SECOND.replace("l.ts", "?") for _ in range(2)), (lo_ts, hi_ts)).fetchone()
        if too_many or first < 0 or count + last - first + 1 > max_seconds:
            too_many = True
            continue
        seconds.append((sid, first, last))
        count += last - first + 1
    if not too_many:
        f.seconds = seconds


__all__ = ["Fragments", "Slice", "drop_temp", "gift_names", "install", "integer_viewer_ids", "ledger_count",
           "money_keys", "slice_block", "slice_rows", "slices", "span_and_seconds", "viewers"]
