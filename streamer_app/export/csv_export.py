"""CSV exports: the gift ledger, per gifter and per session, for spreadsheets and accountants.

One ``-o PATH`` gives three files: PATH (the ledger, one row per counted gift),
PATH-gifters.csv and PATH-sessions.csv (PATH's ``.csv`` suffix is dropped before the
dash). They are UTF-8 with a byte-order mark, because Excel only reads UTF-8 (emoji
and accented nicknames) correctly with it, and LibreOffice and Python's
``encoding="utf-8-sig"`` take it in stride. Times are UTC as ``YYYY-MM-DD HH:MM:SS``,
which both spreadsheets recognise as a date-time. Text cells that a spreadsheet would
run as a formula (starting with = + - @ or a tab/CR) get a leading apostrophe.
"""

from __future__ import annotations

import csv
import io
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Iterator

from ..store.queries import Reader
from .output import Progress, atomic_open, check_target
from .summary import Summary, _num

ENCODING = "utf-8-sig"
BOM = "\ufeff".encode("utf-8")
LEDGER_HEADER = [
    "time_utc", "session_id", "gifter_id", "handle", "nickname", "gift_id", "gift_name", "units",
    "coins_each", "coins", "diamonds", "estimated_earnings", "currency", "closed_without_end",
]
GIFTERS_HEADER = ["rank", "gifter_id", "handle", "nickname", "coins", "gifts", "diamonds", "estimated_earnings",
                  "currency"]
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
    csv.writer(buf, lineterminator="").writerow(values)
    return buf.getvalue()


def _ledger_lines(reader: Reader, summary: Summary, header: bool, progress: Progress | None = None,
                  chunk: int = 100_000) -> Iterator[tuple[bytes, int]]:
    """The ledger as (UTF-8 block of CRLF-terminated CSV lines, gifts in it), in time order.

    At a million rows, making Python objects for each value costs more than everything
    else together, so SQLite builds each line itself and hands it over as bytes (no
    decoding to str and encoding back). Everything that repeats comes from small
    temporary tables of ready-made CSV fragments (quoted by the csv module, formula-safe):
    the viewer (only this export's gifters), the gift (id and name) and the money part
    (coins, diamonds and earnings computed exactly with Decimal, currency, closed flag),
    each joined on an integer key where it can be, so only the time, session id, units
    and price are formatted per row.
    """
    if header:
        yield _csv_fragment(*LEDGER_HEADER).encode("utf-8") + b"\r\n", 0
    sessions = {s.id: s for s in summary.sessions}
    ids = list(sessions)
    if not ids:
        return
    conn = reader.conn
    marks = ",".join("?" * len(ids))
    total = conn.execute(f"SELECT COUNT(*) FROM ledger WHERE +session_id IN ({marks})", ids).fetchone()[0]
    _drop_temp(conn)
    conn.execute("CREATE TEMP TABLE export_money (k INTEGER PRIMARY KEY, frag TEXT)")
    conn.execute("CREATE TEMP TABLE export_users (user_id TEXT PRIMARY KEY, frag TEXT) WITHOUT ROWID")
    conn.execute("CREATE TEMP TABLE export_gifts (gift_id INTEGER PRIMARY KEY, frag TEXT)")
    try:
        # The money key packs (coins, closed flag, session) into one integer: a rowid look-up
        # costs a fraction of a composite-key one, and sessions may use different rates.
        span = max(ids) + 1
        money = []
        for sid, coins, cwe in conn.execute(
            f"SELECT DISTINCT session_id, coins, closed_without_end != 0 FROM ledger WHERE +session_id IN ({marks})",
            ids,
        ):
            r = sessions[sid].rates
            dia = r.diamonds(coins)
            # Unrounded (a coin earns USD 0.005), so the rows sum exactly to the total, rounded once.
            money.append(((coins * 2 + cwe) * span + sid, _csv_fragment(
                coins, _dec_text(dia), _dec_text(dia * r.usd_per_diamond * r.usd_to_currency), r.currency,
                "yes" if cwe else "no")))
        conn.executemany("INSERT INTO temp.export_money VALUES (?, ?)", money)
        # The summary's gifters are exactly the viewers in these rows: no need to read every
        # viewer ever seen (the users table only grows).
        viewers = [(g.user_id, g.handle, g.nickname) for g in summary.tallies.gifters.values()]
        if not viewers:  # a summary made without per-gifter tallies: fall back to every viewer
            viewers = conn.execute("SELECT user_id, handle, nickname FROM users").fetchall()
        conn.executemany("INSERT INTO temp.export_users VALUES (?, ?)", (
            (uid, _csv_fragment(uid, safe(h), safe(n))) for uid, h, n in viewers))
        conn.executemany("INSERT INTO temp.export_gifts VALUES (?, ?)", (
            (gid, _csv_fragment(gid, safe(name))) for gid, name in conn.execute(
                "SELECT gift_id, name FROM gifts").fetchall()))
        if _fill_seconds(conn, ids):
            time_text, time_join = "s.frag", f"JOIN temp.export_seconds s ON s.k = {_SECOND}"
        else:
            time_text, time_join = "datetime(l.ts, 'unixepoch')", ""
        cur = conn.execute(
            # One printf per line (cheaper than concatenating each number with ||), cast to a
            # BLOB so Python receives the UTF-8 bytes as they are.
            f"SELECT CAST(printf('%s,%d,%s,%s,%d,%d,%s', {time_text}, l.session_id, "
            "COALESCE(u.frag, l.user_id || ',,'), COALESCE(g.frag, l.gift_id || ',Gift ' || l.gift_id), l.units, "
            "l.coins_each, m.frag) AS BLOB) "
            "FROM ledger l LEFT JOIN temp.export_users u ON u.user_id = l.user_id "
            "LEFT JOIN temp.export_gifts g ON g.gift_id = l.gift_id "
            "JOIN temp.export_money m ON m.k = (l.coins * 2 + (l.closed_without_end != 0)) * ? + l.session_id "
            f"{time_join} "
            f"WHERE l.session_id IN ({marks}) ORDER BY l.ts, l.id",
            [span, *ids],
        )
        done = 0
        while rows := cur.fetchmany(chunk):
            yield b"\r\n".join([r[0] for r in rows]) + b"\r\n", len(rows)
            done += len(rows)
            if progress is not None:
                progress(done, total, "gift ledger")
    finally:
        _drop_temp(conn)


def write_ledger(reader: Reader, summary: Summary, out, progress: Progress | None = None) -> int:
    """One row per counted gift, in time order, with the header row; returns the number of rows.

    ``out`` is a binary file (UTF-8 is written as is) or a text file opened with ``newline=""``.
    """
    binary = not isinstance(out, io.TextIOBase)
    done = 0
    for block, rows in _ledger_lines(reader, summary, header=True, progress=progress):
        out.write(block if binary else block.decode("utf-8"))
        done += rows
    return done


# The UTC second that SQLite's datetime(ts, 'unixepoch') shows, in its own arithmetic (it rounds
# to the millisecond on the Julian-day scale, then drops the milliseconds); tests check they agree.
_SECOND = "(CAST(l.ts * 1000.0 + 210866760000000.0 + 0.5 AS INTEGER) - 210866760000000) / 1000"
_MAX_SECONDS = 500_000  # about six days of stream time: beyond that, format each row's time instead


def _fill_seconds(conn, ids: list[int]) -> bool:
    """A temporary table of every second the sessions span, as time text; False if too many.

    A rowid look-up per row costs less than parsing and formatting a date per row.
    """
    seconds: set[int] = set()
    for sid in ids:
        # MIN and MAX in separate subqueries: each alone is one index look-up, together a scan.
        first, last = conn.execute("SELECT " + ", ".join(
            _SECOND.replace("l.ts", f"(SELECT {end}(ts) FROM ledger WHERE session_id = :sid)") for end in ("MIN", "MAX")
        ), {"sid": sid}).fetchone()
        if first is None:  # no gifts in this session
            continue
        if first < 0 or len(seconds) + last - first + 1 > _MAX_SECONDS:
            return False
        seconds.update(range(first, last + 1))
    conn.execute("CREATE TEMP TABLE export_seconds (k INTEGER PRIMARY KEY, frag TEXT)")
    epoch = datetime(1970, 1, 1)
    conn.executemany("INSERT INTO temp.export_seconds VALUES (?, ?)", (
        (k, (epoch + timedelta(seconds=k)).strftime("%Y-%m-%d %H:%M:%S")) for k in sorted(seconds)))
    return True


def _drop_temp(conn) -> None:
    for name in ("export_money", "export_users", "export_gifts", "export_seconds"):
        conn.execute(f"DROP TABLE IF EXISTS temp.{name}")


def write_gifters(summary: Summary, out) -> int:
    r = summary.rates
    w = csv.writer(out)
    w.writerow(GIFTERS_HEADER)
    rows = summary.tallies.top_gifters(None)
    for i, g in enumerate(rows, 1):
        w.writerow((i, g.user_id, safe(g.handle), safe(g.nickname), g.coins, g.gifts,
                    _num(r.diamonds(g.coins)), _num(r.earnings(g.coins)), r.currency))
    return len(rows)


def write_sessions(summary: Summary, out) -> int:
    w = csv.writer(out)
    w.writerow(SESSIONS_HEADER)
    rows = summary.session_rows()
    for row in rows:
        w.writerow([safe(v) if isinstance(v, str) else ("" if v is None else v)
                    for v in (row[k] for k in SESSIONS_HEADER)])
    return len(rows)


def export_csv(reader: Reader, summary: Summary, path: Path, progress: Progress | None = None) -> list[Path]:
    """Write the three CSV files for ``-o PATH``; returns their paths."""
    ledger, gifters, sessions = csv_paths(path)
    for p in (ledger, gifters, sessions):
        check_target(p)
    # The BOM by hand, then the UTF-8 bytes SQLite made: no codec touches a million lines.
    with atomic_open(ledger, "wb", buffering=1 << 20) as f:
        f.write(BOM)
        write_ledger(reader, summary, f, progress)
    with atomic_open(gifters, "w", encoding=ENCODING, newline="") as f:
        write_gifters(summary, f)
    with atomic_open(sessions, "w", encoding=ENCODING, newline="") as f:
        write_sessions(summary, f)
    return [ledger, gifters, sessions]
