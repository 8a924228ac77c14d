"""CSV exports: the gift ledger, per gifter and per session, for spreadsheets and accountants.

One ``-o PATH`` gives three files: PATH (the ledger, one row per counted gift),
PATH-gifters.csv and PATH-sessions.csv (PATH's ``.csv`` suffix is dropped before the
dash). They are UTF-8 with a byte-order mark, because Excel only reads UTF-8 (emoji
and accented nicknames) correctly with it, and LibreOffice and Python's
``encoding="utf-8-sig"`` take it in stride. Times are UTC as ``YYYY-MM-DD HH:MM:SS.sss``,
which both spreadsheets recognise as a date-time. Text cells that a spreadsheet would
run as a formula (starting with = + - @ or a tab/CR) get a leading apostrophe.
"""

from __future__ import annotations

import csv
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


def write_ledger(reader: Reader, summary: Summary, out, progress: Progress | None = None) -> int:
    """One row per counted gift, in time order; returns the number of rows."""
    sessions = {s.id: s for s in summary.sessions}
    ids = list(sessions)
    total = reader.conn.execute(
        f"SELECT COUNT(*) FROM ledger WHERE session_id IN ({','.join('?' * len(ids))})", ids
    ).fetchone()[0] if ids else 0
    w = csv.writer(out)
    w.writerow(LEDGER_HEADER)
    if not ids:
        return 0
    # Earnings are written unrounded (a coin earns USD 0.005), so the rows sum exactly to the
    # session's total, which is rounded to the cent only once. Cached per (session, coins).
    cache: dict[tuple[int, int], tuple[str, str]] = {}
    cur = reader.conn.execute(
        "SELECT strftime('%Y-%m-%d %H:%M:%f', l.ts, 'unixepoch'), l.session_id, l.user_id, "
        "COALESCE(u.handle, ''), COALESCE(u.nickname, ''), l.gift_id, COALESCE(g.name, 'Gift ' || l.gift_id), "
        "l.units, l.coins_each, l.coins, l.closed_without_end "
        "FROM ledger l LEFT JOIN users u ON u.user_id = l.user_id LEFT JOIN gifts g ON g.gift_id = l.gift_id "
        f"WHERE l.session_id IN ({','.join('?' * len(ids))}) ORDER BY l.ts, l.id",
        ids,
    )
    done = 0
    writerow = w.writerow
    while rows := cur.fetchmany(20_000):
        for ts, sid, uid, handle, nick, gid, gname, units, each, coins, cwe in rows:
            key = (sid, coins)
            money = cache.get(key)
            if money is None:
                r = sessions[sid].rates
                dia = r.diamonds(coins)
                money = cache[key] = (
                    _dec_text(dia), _dec_text(dia * r.usd_per_diamond * r.usd_to_currency), r.currency
                )
            writerow((ts, sid, uid, safe(handle), safe(nick), gid, safe(gname), units, each, coins,
                      money[0], money[1], money[2], "yes" if cwe else "no"))
        done += len(rows)
        if progress is not None:
            progress(done, total, "gift ledger")
    return done


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
    with atomic_open(ledger, "w", encoding=ENCODING, newline="") as f:
        write_ledger(reader, summary, f, progress)
    with atomic_open(gifters, "w", encoding=ENCODING, newline="") as f:
        write_gifters(summary, f)
    with atomic_open(sessions, "w", encoding=ENCODING, newline="") as f:
        write_sessions(summary, f)
    return [ledger, gifters, sessions]
