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
from decimal import Decimal
from pathlib import Path

from ..store.queries import Reader
from .output import Progress, atomic_open, check_target
from .summary import Summary, _num

ENCODING = "utf-8-sig"
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


def write_ledger(reader: Reader, summary: Summary, out, progress: Progress | None = None,
                 chunk: int = 50_000) -> int:
    """One row per counted gift, in time order; returns the number of rows.

    At a million rows, making Python objects for each value costs more than everything
    else together, so SQLite builds each CSV line itself: the viewer, gift and money
    columns come from small temporary tables holding ready-made CSV fragments (quoted by
    the csv module, formula-safe, money computed exactly with Decimal), and only numbers
    and times are added per row.
    """
    sessions = {s.id: s for s in summary.sessions}
    ids = list(sessions)
    w = csv.writer(out)
    w.writerow(LEDGER_HEADER)
    if not ids:
        return 0
    conn = reader.conn
    marks = ",".join("?" * len(ids))
    total = conn.execute(f"SELECT COUNT(*) FROM ledger WHERE +session_id IN ({marks})", ids).fetchone()[0]
    _drop_temp(conn)
    conn.execute("CREATE TEMP TABLE export_money (session_id INTEGER, coins INTEGER, frag TEXT, "
                 "PRIMARY KEY (session_id, coins)) WITHOUT ROWID")
    conn.execute("CREATE TEMP TABLE export_users (user_id TEXT PRIMARY KEY, frag TEXT) WITHOUT ROWID")
    conn.execute("CREATE TEMP TABLE export_gifts (gift_id INTEGER PRIMARY KEY, frag TEXT)")
    try:
        money = []
        for sid, coins in conn.execute(
            f"SELECT DISTINCT session_id, coins FROM ledger WHERE +session_id IN ({marks})", ids
        ):
            r = sessions[sid].rates
            dia = r.diamonds(coins)
            # Unrounded (a coin earns USD 0.005), so the rows sum exactly to the total, rounded once.
            money.append((sid, coins, _csv_fragment(
                _dec_text(dia), _dec_text(dia * r.usd_per_diamond * r.usd_to_currency), r.currency)))
        conn.executemany("INSERT INTO temp.export_money VALUES (?, ?, ?)", money)
        conn.executemany("INSERT INTO temp.export_users VALUES (?, ?)", (
            (uid, _csv_fragment(uid, safe(h), safe(n))) for uid, h, n in conn.execute(
                "SELECT user_id, handle, nickname FROM users").fetchall()))
        conn.executemany("INSERT INTO temp.export_gifts VALUES (?, ?)", (
            (gid, _csv_fragment(safe(name))) for gid, name in conn.execute(
                "SELECT gift_id, name FROM gifts").fetchall()))
        cur = conn.execute(
            # one printf per line: much cheaper than concatenating each number with ||
            "SELECT printf('%s,%d,%s,%d,%s,%d,%d,%d,%s,%s', datetime(l.ts, 'unixepoch'), l.session_id, "
            "COALESCE(u.frag, l.user_id || ',,'), l.gift_id, COALESCE(g.frag, 'Gift ' || l.gift_id), l.units, "
            "l.coins_each, l.coins, m.frag, CASE WHEN l.closed_without_end THEN 'yes' ELSE 'no' END) "
            "FROM ledger l LEFT JOIN temp.export_users u ON u.user_id = l.user_id "
            "LEFT JOIN temp.export_gifts g ON g.gift_id = l.gift_id "
            "JOIN temp.export_money m ON m.session_id = l.session_id AND m.coins = l.coins "
            f"WHERE l.session_id IN ({marks}) ORDER BY l.ts, l.id",
            ids,
        )
        done = 0
        while rows := cur.fetchmany(chunk):
            out.write("\r\n".join([r[0] for r in rows]))
            out.write("\r\n")
            done += len(rows)
            if progress is not None:
                progress(done, total, "gift ledger")
        return done
    finally:
        _drop_temp(conn)


def _drop_temp(conn) -> None:
    for name in ("export_money", "export_users", "export_gifts"):
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
    # The BOM by hand, then plain UTF-8: Python's utf-8-sig codec has no fast path and
    # costs seconds at a million rows.
    with atomic_open(ledger, "w", encoding="utf-8", newline="", buffering=1 << 20) as f:
        f.write("\ufeff")
        write_ledger(reader, summary, f, progress)
    with atomic_open(gifters, "w", encoding=ENCODING, newline="") as f:
        write_gifters(summary, f)
    with atomic_open(sessions, "w", encoding=ENCODING, newline="") as f:
        write_sessions(summary, f)
    return [ledger, gifters, sessions]
