"""Changes the creator makes to the ledger file by hand: a withdrawal, the diamonds TikTok reported.

Each change is an operation on a connection, so that it can run inside the single
writer's transaction (``LedgerWriter.call``) whenever a writer is running: the settings
dialog may be opened during a stream. With no writer running (no stream on), a
short-lived connection applies it, configured as the writer's is (WAL, busy timeout, full
sync), so a headless instance writing the same folder only makes it wait.
"""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from ..i18n import translate
from .database import StoreError, _explain, connect
from .queries import Reader, SessionRow

if TYPE_CHECKING:
    from .writer import LedgerWriter

Edit = Callable[[sqlite3.Connection], Any]


def record_withdrawal(ts: float, amount: Decimal, currency: str) -> Edit:
    """A withdrawal (``amount`` kept as exact text): the balance and thresholds count from the last one."""
    def edit(conn: sqlite3.Connection) -> None:
        conn.execute("INSERT INTO withdrawals (ts, amount, currency, note) VALUES (?, ?, ?, '')",
                     (ts, str(amount), currency))
    return edit


def report_diamonds(session_id: int, diamonds: float) -> Edit:
    """The diamonds TikTok reported for a session, kept beside it for calibration."""
    def edit(conn: sqlite3.Connection) -> None:
        conn.execute("UPDATE sessions SET reported_diamonds = ? WHERE id = ?", (diamonds, session_id))
    return edit


def apply_edit(db_path: Path, edit: Edit, writer: LedgerWriter | None = None) -> Any:
    """Apply ``edit`` through ``writer`` (a running one) or, without one, on a short-lived connection.

    Raises ``StoreError`` with a sentence for the creator.
    """
    try:
        if writer is not None:
            return writer.call(edit)
        conn = connect(Path(db_path))
        try:
            conn.execute("BEGIN IMMEDIATE")
            result = edit(conn)
            conn.execute("COMMIT")
            return result
        finally:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            conn.close()
    except sqlite3.Error as exc:
        raise StoreError(translate("Store", "the database could not be updated: {problem}").format(
            problem=_explain(Path(db_path), exc))) from None


def withdrawals(db_path: Path) -> list[tuple[int, float, str, str, str]]:
    """(id, ts, amount, currency, note) of every withdrawal; none without a ledger yet."""
    if not Path(db_path).exists():
        return []
    reader = Reader(Path(db_path))
    try:
        return reader.withdrawals()
    finally:
        reader.close()


def sessions_with_gifts(db_path: Path, most: int = 50) -> list[SessionRow]:
    """The latest sessions that received coins, newest first (what calibration can use)."""
    if not Path(db_path).exists():
        return []
    reader = Reader(Path(db_path))
    try:
        return [s for s in reader.sessions() if s.coins > 0][::-1][:most]
    finally:
        reader.close()
