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
import queue
import threading
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal
from pathlib import Path
from typing import Callable, Iterator

from ..store import ledger_slices as sql
from ..store.database import connect
from ..store.ledger_slices import Fragments, Slice
from ..store.queries import Reader
from .guests import GUEST_COLUMNS, guest_gifters
from .output import Progress, atomic_open, check_target
from .platform_csv import write_income
from .platform_summary import amounts_text
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
    # Twitch and YouTube (issue 18), after the columns spreadsheets already read by position: estimated_earnings
    # includes them; paid is what viewers paid per currency ("EUR 5 USD 2.5"), unconverted the creator's share
    # of amounts without an exchange rate.
    "platform", "bits", "subs", "memberships", "paid_messages", "paid", "unconverted", "raids",
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


def _int_key(uid: str) -> bool:
    """True when ``uid`` is the decimal text of a 64-bit integer (so CAST gives it back one-to-one)."""
    try:
        k = int(uid)
    except ValueError:
        return False
    return str(k) == uid and -(1 << 63) <= k < (1 << 63)


def _fragments(conn, summary: Summary, ids: list[int], every_viewer: bool = False) -> Fragments:
    """Everything the ledger lines repeat, as CSV fragments.

    ``every_viewer``: the viewers come from the users table (every viewer ever seen, made by
    SQLite at install) instead of the summary's gifters, so the summary's per-gifter totals
    need not be known yet.
    """
    sessions = {s.id: s for s in summary.sessions}
    f = Fragments(ids=ids, span=max(ids) + 1, every_viewer=every_viewer)
    for sid, coins, cwe in sql.money_keys(conn, ids):
        r = sessions[sid].rates
        dia = r.diamonds(coins)
        # Unrounded (a coin earns USD 0.005), so the rows sum exactly to the total, rounded once.
        f.money.append(((coins * 2 + cwe) * f.span + sid, _csv_fragment(
            coins, _dec_text(dia), _dec_text(dia * r.usd_per_diamond * r.usd_to_currency), r.currency,
            "yes" if cwe else "no")))
    if every_viewer:
        viewers = sql.viewers(conn, odd_only=True)
        f.int_users = sql.integer_viewer_ids(conn)
    else:
        # The summary's gifters are exactly the viewers in these rows: no need to read every
        # viewer ever seen (the users table only grows).
        viewers = [(g.user_id, g.handle, g.nickname) for g in summary.tallies.gifters.values()]
        if not viewers:  # a summary made without per-gifter tallies: fall back to every viewer
            viewers = sql.viewers(conn)
    # Each fragment ends with the comma before the next: SQLite then only concatenates.
    f.viewers = [(uid, _csv_fragment(uid, safe(h), safe(n)) + ",") for uid, h, n in viewers]
    if not every_viewer:
        # TikTok's ids are numbers: an integer key is found faster than a text key (~0.3 s at 1M rows).
        f.int_users = all(_int_key(uid) for uid, _ in f.viewers)
    f.gifts = [(gid, _csv_fragment(gid, safe(name)) + ",") for gid, name in sql.gift_names(conn)]
    sql.span_and_seconds(conn, f, _MAX_SECONDS)
    return f


# Slices as big as this are held in memory as one block (about 11 MB of CSV); the ledger is cut
# at ``_PROBES`` equal time ranges into slices of about this many gifts.
ROWS_PER_SEGMENT = 125_000
_PROBES = 64
_MAX_SECONDS = 500_000  # about six days of stream time: beyond that, format each row's time instead
# Looked up here at each call, not bound where they are used, so tests can watch who makes a slice.
_slice_block = sql.slice_block
_slice_rows = sql.slice_rows


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
    total = sql.ledger_count(conn, ids)
    f = _fragments(conn, summary, ids, every_viewer)
    done = 0
    board: _SliceBoard | None = None
    try:
        sql.install(conn, f)
        slices = sql.slices(conn, f, total, ROWS_PER_SEGMENT, _PROBES)
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
        sql.drop_temp(conn)


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

    def __init__(self, f: Fragments, slices: list[Slice]) -> None:
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
            sql.install(conn, self.f)
            while (i := self._claim()) is not None:
                self._make(i, conn)
        finally:
            sql.drop_temp(conn)


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


def write_gifters(summary: Summary, out, reader: Reader | None = None) -> int:
    """One row per gifter. Diamonds and earnings are exact, not rounded per row, so the columns
    add up to the totals as the ledger file's do; sessions at different rates need ``reader``
    to value each gifter's coins session by session. With ``reader``, one row per gifter and
    guest follows for gifts to guests (export/guests.py)."""
    r = summary.rates
    rates = {s.id: s.rates for s in summary.sessions}
    per_session = reader is not None and len(set(rates.values())) > 1
    valued: dict[str, tuple[Decimal, Decimal]] = {}
    if per_session and reader is not None:  # (per_session implies a reader; said again for the type checker)
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
        w.writerow([safe(v) if isinstance(v, str) else amounts_text(v) if isinstance(v, list) else
                    ("" if v is None else v) for v in (row[k] for k in SESSIONS_HEADER)])
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
    return [ledger, gifters, sessions, *write_income(reader, summary, path, safe)]  # Twitch, YouTube: a 4th


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
        with Reader(reader.path, connect(reader.path, readonly=True, check_same_thread=False)) as side_reader:
            summary = summarize(side_reader, True)
            # Then the second core helps with the ledger's slices (None: the ledger is done).
            if (board := boards.get()) is not None:
                board.help(side_reader.conn)
            return summary

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
    return [ledger, gifters, sessions, *write_income(reader, summary, path, safe)]  # Twitch, YouTube: a 4th


def _write_tables(summary: Summary, gifters: Path, sessions: Path, reader: Reader) -> None:
    with atomic_open(gifters, "w", encoding=ENCODING, newline="") as f:
        write_gifters(summary, f, reader)
    with atomic_open(sessions, "w", encoding=ENCODING, newline="") as f:
        write_sessions(summary, f)
