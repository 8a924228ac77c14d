"""CSV exports: the gift ledger, per gifter and per session, for spreadsheets and accountants.

One ``-o PATH`` gives three files: PATH (the ledger, one row per counted gift),
PATH-gifters.csv (gifts to guests in rows of their own, export/guests.py) and
PATH-sessions.csv (PATH's ``.csv`` suffix is dropped before the dash). They are UTF-8 with a byte-order mark, because Excel only reads UTF-8 (emoji
and accented nicknames) correctly with it, and LibreOffice and Python's
``encoding="utf-8-sig"`` take it in stride. Times are UTC as ``YYYY-MM-DD HH:MM:SS``,
which both spreadsheets recognise as a date-time. Text cells that a spreadsheet would
run as a formula (starting with = + - @ or a tab/CR) get a leading apostrophe.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import queue
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Callable, Iterator

from ..store.database import connect
from ..store.queries import Reader
from .guests import GUEST_COLUMNS, guest_gifters
from .output import Progress, atomic_open, check_target
from .summary import Summary

ENCODING = "utf-8-sig"
BOM = "\ufeff".encode("utf-8")
LEDGER_HEADER = [
    "time_utc", "session_id", "gifter_id", "handle", "nickname", "gift_id", "gift_name", "units",
    "coins_each", "coins", "diamonds", "estimated_earnings", "currency", "closed_without_end",
]
# Gifts to guests (export/guests.py): rows of their own, the recipient and their figures at the end.
GIFTERS_HEADER = ["rank", "gifter_id", "handle", "nickname", "coins", "gifts", "diamonds", "estimated_earnings",
                  "currency", *GUEST_COLUMNS]
SESSIONS_HEADER = [
    "id", "source", "creator", "room_id", "started_at", "ended_at", "end_reason", "coins", "diamonds", "gifts",
    "unique_gifters", "estimated_earnings", "currency", "follows", "shares", "likes", "comments", "peak_viewers",
]
_RISKY = ("=", "+", "-", "@", "\t", "\r")


def safe(text: str) -> str:
    """Neutralise spreadsheet formula injection in a text cell (OWASP's advice)."""
    return "'" + text if text and text.startswith(_RISKY) else text


def csv_paths(path: Path) -> tuple[Path, Path, Path]:
    """(ledger, gifters, sessions) files for one ``-o PATH``."""
    path = Path(path)
    stem = path.name[:-4] if path.name.lower().endswith(".csv") else path.name
    return path, path.with_name(f"{stem}-gifters.csv"), path.with_name(f"{stem}-sessions.csv")


def _dec_text(d: Decimal) -> str:
    """Plain decimal text without exponent or trailing zeros (0.0050 -> 0.005)."""
    text = format(d.normalize(), "f")
    return text


def _csv_fragment(*values) -> str:
    """Values as they would appear inside a CSV line (quoted where needed), without a line end."""
    buf = io.StringIO()
    # The real line end, cut off afterwards: the csv module quotes a field holding a line break
    # only when the break is in its lineterminator (before Python 3.12), and a bare LF or CR
    # inside a nickname must be quoted or it splits the row.
    csv.writer(buf, lineterminator="\r\n").writerow(values)
    return buf.getvalue()[:-2]


@dataclass
class _Fragments:
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


_MAX_MONEY = 20_000  # money fragments made for every (coins, closed flag, session) before asking SQLite which occur


def _money_keys(conn, ids: list[int]) -> Iterator[tuple[int, int, int]]:
    """(session id, coins, closed flag) for at least every combination in the rows.

    The distinct coin amounts alone cost half a scan for the three columns (an integer per row
    into the distinct set instead of a record), and every session and flag is then assumed;
    the few fragments never used cost nothing. Past ``_MAX_MONEY`` (many sessions each with
    many amounts) SQLite lists the combinations that really occur.
    """
    marks = ",".join("?" * len(ids))
    coins = [c for (c,) in conn.execute(f"SELECT DISTINCT coins FROM ledger WHERE +session_id IN ({marks})", ids)]
    if len(coins) * 2 * len(ids) <= _MAX_MONEY:
        return ((sid, c, cwe) for sid in ids for c in coins for cwe in (0, 1))
    return iter(conn.execute(
        f"SELECT DISTINCT session_id, coins, closed_without_end != 0 FROM ledger WHERE +session_id IN ({marks})", ids,
    ).fetchall())


def _int_key(uid: str) -> bool:
    """True when ``uid`` is the decimal text of a 64-bit integer (so CAST gives it back one-to-one)."""
    try:
        k = int(uid)
    except ValueError:
        return False
    return str(k) == uid and -(1 << 63) <= k < (1 << 63)


# A viewer whose id, handle and nickname the csv module writes as they are (no quotes, no
# formula guard) gets its fragment from SQLite's || alone; the others go through _csv_fragment.
_PLAIN_CELL = "instr({c}, ',') + instr({c}, '\"') + instr({c}, char(10)) + instr({c}, char(13)) = 0"
_PLAIN_USER = " AND ".join(
    [_PLAIN_CELL.format(c=c) for c in ("user_id", "handle", "nickname")]
    + [f"substr({c}, 1, 1) NOT IN ('=', '+', '-', '@', char(9))" for c in ("handle", "nickname")])
# CAST round trip: exactly the ids that are the decimal text of a 64-bit integer
_INT_ID = "CAST(CAST(user_id AS INTEGER) AS TEXT) = user_id"


def _fragments(conn, summary: Summary, ids: list[int], every_viewer: bool = False) -> _Fragments:
    """Everything the ledger lines repeat, as CSV fragments.

    ``every_viewer``: the viewers come from the users table (every viewer ever seen, made by
    SQLite at install) instead of the summary's gifters, so the summary's per-gifter totals
    need not be known yet.
    """
    sessions = {s.id: s for s in summary.sessions}
    f = _Fragments(ids=ids, span=max(ids) + 1, every_viewer=every_viewer)
    for sid, coins, cwe in _money_keys(conn, ids):
        r = sessions[sid].rates
        dia = r.diamonds(coins)
        # Unrounded (a coin earns USD 0.005), so the rows sum exactly to the total, rounded once.
        f.money.append(((coins * 2 + cwe) * f.span + sid, _csv_fragment(
            coins, _dec_text(dia), _dec_text(dia * r.usd_per_diamond * r.usd_to_currency), r.currency,
            "yes" if cwe else "no")))
    if every_viewer:
        viewers = conn.execute(f"SELECT user_id, handle, nickname FROM users WHERE NOT ({_PLAIN_USER})").fetchall()
        f.int_users = conn.execute(f"SELECT NOT EXISTS (SELECT 1 FROM users WHERE NOT ({_INT_ID}))").fetchone()[0] == 1
    else:
        # The summary's gifters are exactly the viewers in these rows: no need to read every
        # viewer ever seen (the users table only grows).
        viewers = [(g.user_id, g.handle, g.nickname) for g in summary.tallies.gifters.values()]
        if not viewers:  # a summary made without per-gifter tallies: fall back to every viewer
            viewers = conn.execute("SELECT user_id, handle, nickname FROM users").fetchall()
    # Each fragment ends with the comma before the next: SQLite then only concatenates.
    f.viewers = [(uid, _csv_fragment(uid, safe(h), safe(n)) + ",") for uid, h, n in viewers]
    if not every_viewer:
        # TikTok's ids are numbers: an integer key is found faster than a text key (~0.3 s at 1M rows).
        f.int_users = all(_int_key(uid) for uid, _ in f.viewers)
    f.gifts = [(gid, _csv_fragment(gid, safe(name)) + ",") for gid, name in conn.execute("SELECT gift_id, name FROM gifts")]
    _span_and_seconds(conn, f)
    return f


def _install(conn, f: _Fragments) -> None:
    """The fragments as temporary tables of ``conn`` (each connection has its own)."""
    _drop_temp(conn)
    conn.execute("CREATE TEMP TABLE export_money (k INTEGER PRIMARY KEY, frag TEXT)")
    conn.execute("CREATE TEMP TABLE export_gifts (gift_id INTEGER PRIMARY KEY, frag TEXT)")
    tables = [("export_money", f.money), ("export_gifts", f.gifts)]
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
        conn.execute("CREATE TEMP TABLE export_seconds (k INTEGER PRIMARY KEY, frag TEXT)")
        for sid, first, last in f.seconds:
            # SQLite writes each second's text itself: the same function that formats a row's
            # time (datetime(ts, 'unixepoch')), no Python call per second. Keyed by second and
            # session, the text carries the session id too: one value fewer to format per row.
            conn.execute("INSERT OR IGNORE INTO temp.export_seconds WITH RECURSIVE s(k) AS "
                         "(SELECT ? UNION ALL SELECT k + 1 FROM s WHERE k < ?) "
                         "SELECT k * ? + ?, datetime(k, 'unixepoch') || ',' || ? || ',' FROM s",
                         (first, last, f.span, sid, sid))


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


def _from(f: _Fragments) -> str:
    return _FROM.format(user_on=_USER_ON[f.int_users])
# From SQLite 3.44 an aggregate takes its own ORDER BY; before, group_concat follows the order of
# the subquery that feeds it (the tests compare the result with a plain rendering).
_ORDERED_AGGREGATE = sqlite3.sqlite_version_info >= (3, 44, 0)


def _where(f: _Fragments, lo: float | None, hi: float | None) -> tuple[str, list]:
    where, params = f"l.session_id IN ({','.join('?' * len(f.ids))})", list(f.ids)
    if lo is not None:
        where, params = where + " AND l.ts >= ?", params + [lo]
    if hi is not None:
        where, params = where + " AND l.ts < ?", params + [hi]
    return where, params


def _time_sql(f: _Fragments) -> tuple[str, str]:
    if f.seconds is not None:
        return "s.frag", f"JOIN temp.export_seconds s ON s.k = {_SECOND} * {int(f.span)} + l.session_id "
    return "COALESCE(datetime(l.ts, 'unixepoch'), '') || ',' || l.session_id || ','", ""


def _slice_block(conn, f: _Fragments, sl: "_Slice") -> tuple[bytes, int] | None:
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


def _slice_rows(conn, f: _Fragments, sl: "_Slice", chunk: int) -> Iterator[tuple[bytes, int]]:
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


@dataclass(frozen=True)
class _Slice:
    lo: float | None  # ts >= lo (None: from the start)
    hi: float | None  # ts < hi (None: to the end)
    rows: int


ROWS_PER_SEGMENT = 125_000  # a slice held in memory as one block: about 11 MB of CSV
_PROBES = 64  # time ranges counted to cut the ledger into slices of about ROWS_PER_SEGMENT gifts


def _slices(conn, f: _Fragments, total: int) -> list[_Slice]:
    """Consecutive time ranges of at most ROWS_PER_SEGMENT gifts where the times allow it.

    The gifts per range are counted on the (session_id, ts) index, which is cheap; a range
    that still holds more (a burst within one probe) becomes a slice of its own and is
    streamed instead of held whole.
    """
    if total <= ROWS_PER_SEGMENT or f.first_ts is None or f.last_ts <= f.first_ts:
        return [_Slice(None, None, total)]
    step = (f.last_ts - f.first_ts) / _PROBES
    edges = [None] + [f.first_ts + step * i for i in range(1, _PROBES)] + [None]
    slices: list[_Slice] = []
    lo, rows, cut = None, 0, 0
    for a, b in zip(edges, edges[1:]):
        where, params = _where(f, a, b)
        n = conn.execute(f"SELECT COUNT(*) FROM ledger l WHERE {where}", params).fetchone()[0]
        # The last slices are half size: two connections share the slices, and the one that
        # finishes first then waits for the other's last slice less long.
        target = ROWS_PER_SEGMENT if total - cut > 2 * ROWS_PER_SEGMENT else ROWS_PER_SEGMENT // 2
        if rows and rows + n > target:
            slices.append(_Slice(lo, a, rows))
            lo, cut, rows = a, cut + rows, 0
        rows += n
    slices.append(_Slice(lo, None, rows))
    return slices


def _ledger_lines(reader: Reader, summary: Summary, header: bool, progress: Progress | None = None,
                  chunk: int = 100_000, every_viewer: bool = False,
                  board_ready: Callable[["_SliceBoard"], None] | None = None) -> Iterator[tuple[bytes, int]]:
    """The ledger as (UTF-8 block of CRLF-terminated CSV lines, gifts in it), in time order.

    At a million rows, making Python objects for each value costs more than everything
    else together, so SQLite builds the lines itself, a whole time slice of them per step
    (about 11 MB), and hands them over as bytes (no decoding to str and encoding back).
    Everything that repeats comes from small temporary tables of ready-made CSV fragments
    (quoted by the csv module, formula-safe): the viewer (only this export's gifters), the
    gift (id and name), the money part (coins, diamonds and earnings computed exactly with
    Decimal, currency, closed flag) and the time text of each second, each joined on an
    integer key where it can be, so only the session id, units and price are formatted per row.

    Slices run one after another on the reader's connection. Two connections in threads were
    tried and measured: no faster, because SQLite's allocator serialises the per-row string
    work of both (its memory statistics take one process-wide lock).
    """
    if header:
        yield _csv_fragment(*LEDGER_HEADER).encode("utf-8") + b"\r\n", 0
    ids = [s.id for s in summary.sessions]
    if not ids:
        return
    conn = reader.conn
    marks = ",".join("?" * len(ids))
    total = conn.execute(f"SELECT COUNT(*) FROM ledger WHERE +session_id IN ({marks})", ids).fetchone()[0]
    f = _fragments(conn, summary, ids, every_viewer)
    done = 0
    board: _SliceBoard | None = None
    try:
        _install(conn, f)
        slices = _slices(conn, f, total)
        if board_ready is not None:
            board = _SliceBoard(f, slices)
            board_ready(board)
        for i, sl in enumerate(slices):
            made = board.take(i, conn) if board is not None else None
            if made is not None:  # the helper made it
                blocks: Iterator[tuple[bytes, int]] = iter([made])
            elif sl.rows > ROWS_PER_SEGMENT:
                blocks = _slice_rows(conn, f, sl, chunk)
            elif sl.rows and (block := _slice_block(conn, f, sl)) is not None:
                blocks = iter([block])
            else:
                continue
            for block in blocks:
                yield block
                done += block[1]
                if progress is not None:
                    progress(done, total, "gift ledger")
    finally:
        if board is not None:
            board.close()
        _drop_temp(conn)


class _SliceBoard:
    """The slices of one ledger export, shared by the exporting connection and a helper on a
    second connection: each takes the first slice nobody has taken, and the writer, finding
    the slice it must write next still in the helper's hands, makes a later one meanwhile.

    Measured at 1M gifts on two cores: the slices take about a third less time when two
    connections share them (more CPU in all, as SQLite's allocator lock is then contended).
    Only slices held as one block are shared, at most ``AHEAD`` beyond the one being
    written, so memory stays at a few blocks.
    """

    # 3, not 2: the writing side makes later slices while it waits for the helper's, and with
    # 2 the helper then sometimes found nothing it may take for half a second (timeline at 1M).
    AHEAD = 3

    def __init__(self, f: _Fragments, slices: list[_Slice]) -> None:
        self.f, self.slices = f, slices
        self.claimed: set[int] = set()
        self.made: dict[int, tuple[bytes, int] | None | BaseException] = {}
        self.pos = 0
        self.closed = False
        self.cond = threading.Condition()

    def take(self, i: int, conn) -> tuple[bytes, int] | None:
        """Slice ``i``'s block if it was made ahead (by either side), else None: make it yourself.

        While the helper is still making it, later slices are made here on ``conn``.
        """
        while True:
            with self.cond:
                self.pos = i
                self.cond.notify_all()
                if i in self.made:
                    made = self.made.pop(i)
                    break
                if i not in self.claimed:
                    self.claimed.add(i)
                    return None
                j = self._next()
                if j is None:
                    self.cond.wait()
                    continue
                self.claimed.add(j)
            self._make(j, conn)
        if isinstance(made, BaseException):
            raise made
        return made if made is not None else (b"", 0)

    def _next(self) -> int | None:
        """The first slice nobody took that may be shared and is near enough (under the lock)."""
        for i in range(self.pos, min(len(self.slices), self.pos + self.AHEAD + 1)):
            if i not in self.claimed and 0 < self.slices[i].rows <= ROWS_PER_SEGMENT:
                return i
        return None

    def _make(self, i: int, conn) -> None:
        try:
            made: tuple[bytes, int] | None | BaseException = _slice_block(conn, self.f, self.slices[i])
        except Exception as exc:  # raised where the slice is written
            made = exc
        with self.cond:
            self.made[i] = made
            self.cond.notify_all()

    def close(self) -> None:
        with self.cond:
            self.closed = True
            self.cond.notify_all()

    def _claim(self) -> int | None:
        with self.cond:
            while not self.closed:
                if not any(i not in self.claimed and 0 < sl.rows <= ROWS_PER_SEGMENT
                           for i, sl in enumerate(self.slices)):
                    return None  # nothing left to share
                if (i := self._next()) is not None:
                    self.claimed.add(i)
                    return i
                self.cond.wait()
            return None

    def help(self, conn) -> None:
        """Make slices on ``conn`` (another connection to the same file) until none are left."""
        try:
            _install(conn, self.f)
            while (i := self._claim()) is not None:
                self._make(i, conn)
        finally:
            _drop_temp(conn)


def write_ledger(reader: Reader, summary: Summary, out, progress: Progress | None = None,
                 every_viewer: bool = False, board_ready: Callable[[_SliceBoard], None] | None = None) -> int:
    """One row per counted gift, in time order, with the header row; returns the number of rows.

    ``out`` is a binary file (UTF-8 is written as is) or a text file opened with ``newline=""``.
    ``every_viewer``: take the names from the users table, not from the summary's gifters
    (so ``summary`` may be an outline without tallies). ``board_ready`` is handed the slices
    before they are made, for a helper on another connection to take some (``_SliceBoard.help``).
    """
    binary = not isinstance(out, io.TextIOBase)
    done = 0
    for block, rows in _ledger_lines(reader, summary, header=True, progress=progress, every_viewer=every_viewer,
                                     board_ready=board_ready):
        out.write(block if binary else block.decode("utf-8"))
        done += rows
    return done


# The UTC second that SQLite's datetime(ts, 'unixepoch') shows, in its own arithmetic (it rounds
# to the millisecond on the Julian-day scale, then drops the milliseconds); tests check they agree.
_SECOND = "(CAST(l.ts * 1000.0 + 210866760000000.0 + 0.5 AS INTEGER) - 210866760000000) / 1000"
_MAX_SECONDS = 500_000  # about six days of stream time: beyond that, format each row's time instead


def _span_and_seconds(conn, f: _Fragments) -> None:
    """Set the first and last gift time, and the time text of every second in between.

    A rowid look-up per row costs less than parsing and formatting a date per row; past
    ``_MAX_SECONDS`` (a session left running for days) each row's time is formatted instead.
    """
    seconds: list[tuple[int, int]] = []
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
        if too_many or first < 0 or count + last - first + 1 > _MAX_SECONDS:
            too_many = True
            continue
        seconds.append((sid, first, last))
        count += last - first + 1
    if not too_many:
        f.seconds = seconds


def _drop_temp(conn) -> None:
    for name in ("export_money", "export_users", "export_gifts", "export_seconds"):
        conn.execute(f"DROP TABLE IF EXISTS temp.{name}")


def write_gifters(summary: Summary, out, reader: Reader | None = None) -> int:
    """One row per gifter. Diamonds and earnings are exact, not rounded per row, so the columns
    add up to the totals as the ledger file's do; sessions at different rates need ``reader``
    to value each gifter's coins session by session. With ``reader``, one row per gifter and
    guest follows for gifts to guests (export/guests.py)."""
    r = summary.rates
    rates = {s.id: s.rates for s in summary.sessions}
    per_session = reader is not None and len(set(rates.values())) > 1
    valued: dict[str, tuple[Decimal, Decimal]] = {}
    if per_session:
        for uid, sid, coins in reader.coins_by_gifter_and_session(list(rates)):
            d, usd = valued.get(uid, (Decimal(0), Decimal(0)))
            valued[uid] = (d + rates[sid].diamonds(coins), usd + rates[sid].usd(coins) * rates[sid].usd_to_currency)
    # Money in different currencies cannot be added: then the column stays empty, as the JSON's
    # range totals do (the ledger file has each gift's money in its own currency).
    mixed = len({x.currency for x in rates.values()}) > 1
    w = csv.writer(out)
    w.writerow(GIFTERS_HEADER)
    rows = summary.tallies.top_gifters(None)
    for i, g in enumerate(rows, 1):
        diamonds, money = valued.get(g.user_id) or (r.diamonds(g.coins), r.usd(g.coins) * r.usd_to_currency)
        w.writerow((i, g.user_id, safe(g.handle), safe(g.nickname), g.coins, g.gifts, _dec_text(diamonds),
                    "" if mixed else _dec_text(money), "" if mixed else r.currency, "", "", "", 0, 0))
    # Then what viewers sent to guests: none of it is the creator's, so the creator's columns are 0.
    guests = guest_gifters(reader, list(rates)) if reader is not None else []
    for x in guests:
        w.writerow(("", x.user_id, safe(x.handle), safe(x.nickname), 0, 0, 0, "" if mixed else 0,
                    "" if mixed else r.currency, x.guest_id, safe(x.guest_handle), safe(x.guest_nickname), x.coins,
                    x.gifts))
    return len(rows) + len(guests)


def write_sessions(summary: Summary, out) -> int:
    w = csv.writer(out)
    w.writerow(SESSIONS_HEADER)
    rows = summary.session_rows()
    for row in rows:
        w.writerow([safe(v) if isinstance(v, str) else ("" if v is None else v)
                    for v in (row[k] for k in SESSIONS_HEADER)])
    return len(rows)


def _write_ledger_file(reader: Reader, summary: Summary, path: Path, progress: Progress | None,
                       every_viewer: bool = False) -> None:
    # The BOM by hand, then the UTF-8 bytes SQLite made: no codec touches a million lines.
    with atomic_open(path, "wb", buffering=1 << 20) as f:
        f.write(BOM)
        write_ledger(reader, summary, f, progress, every_viewer=every_viewer)


def export_csv(reader: Reader, summary: Summary, path: Path, progress: Progress | None = None) -> list[Path]:
    """Write the three CSV files for ``-o PATH``; returns their paths."""
    ledger, gifters, sessions = csv_paths(path)
    for p in (ledger, gifters, sessions):
        check_target(p)
    _write_ledger_file(reader, summary, ledger, progress)
    _write_tables(summary, gifters, sessions, reader)
    return [ledger, gifters, sessions]


def export_csv_concurrently(reader: Reader, summarize: Callable[[Reader, bool], Summary], path: Path,
                            progress: Progress | None = None) -> list[Path]:
    """``export_csv`` for a summary not made yet, made meanwhile; returns the three paths.

    ``summarize(reader, tallies)`` makes the summary; with ``tallies=False`` only its outline
    (the sessions and their rates, no ledger totals, a few milliseconds). The ledger file
    needs no more than that and the viewers' names, so this connection writes it while the
    whole summary is made on a second read connection in a thread: its per-gifter totals are
    a sort of every gift (about a second at 1M gifts) and SQLite releases the GIL, so on two
    cores that second overlaps the ledger. Without a file to open twice (an in-memory
    database) the two run one after the other.
    """
    ledger, gifters, sessions = csv_paths(path)
    for p in (ledger, gifters, sessions):
        check_target(p)
    if not reader.path.is_file():
        return export_csv(reader, summarize(reader, True), path, progress)
    outline = summarize(reader, False)

    boards: queue.Queue[_SliceBoard | None] = queue.Queue()

    def side() -> Summary:
        side_reader = Reader(reader.path, connect(reader.path, readonly=True, check_same_thread=False))
        try:
            summary = summarize(side_reader, True)
            # Then the second core helps with the ledger's slices (None: the ledger is done).
            if (board := boards.get()) is not None:
                board.help(side_reader.conn)
            return summary
        finally:
            side_reader.close()

    with ThreadPoolExecutor(1, thread_name_prefix="csv-summary") as pool:
        pending = pool.submit(side)
        try:
            with atomic_open(ledger, "wb", buffering=1 << 20) as f:
                f.write(BOM)
                write_ledger(reader, outline, f, progress, every_viewer=True, board_ready=boards.put)
                boards.put(None)
                # Its error, if any, is raised here, before the ledger file is kept: no partial export.
                summary = pending.result()
        finally:
            boards.put(None)  # the ledger failed before handing over its slices: release the helper
    if [s.id for s in summary.sessions] != [s.id for s in outline.sessions]:
        # A session started within the range meanwhile: the ledger must hold its gifts too.
        _write_ledger_file(reader, summary, ledger, progress)
    _write_tables(summary, gifters, sessions, reader)
    return [ledger, gifters, sessions]


def _write_tables(summary: Summary, gifters: Path, sessions: Path, reader: Reader) -> None:
    with atomic_open(gifters, "w", encoding=ENCODING, newline="") as f:
        write_gifters(summary, f, reader)
    with atomic_open(sessions, "w", encoding=ENCODING, newline="") as f:
        write_sessions(summary, f)
