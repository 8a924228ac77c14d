"""Ledger edits made by hand (withdrawals, reported diamonds): through the running writer, or alone."""

from __future__ import annotations

import sqlite3
import threading
from decimal import Decimal

import pytest

from streamer_app.store import edits
from streamer_app.store.database import StoreError, open_database
from streamer_app.store.writer import LedgerWriter, open_or_create_session


def _ledger(path) -> int:
    db = open_database(path)
    sid = open_or_create_session(db.conn, "demo", "room-1", "@me", 1000.0, {})[0]
    db.conn.close()
    return sid


def test_without_a_writer_a_short_connection_applies_the_edit(data_dir):
    path = data_dir / "a.db"
    sid = _ledger(path)
    edits.apply_edit(path, edits.record_withdrawal(2000.0, Decimal("120.50"), "USD"))
    edits.apply_edit(path, edits.report_diamonds(sid, 41.5))
    assert [(ts, amount, cur) for _id, ts, amount, cur, _n in edits.withdrawals(path)] == [(2000.0, "120.50", "USD")]
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT reported_diamonds FROM sessions").fetchone()[0] == 41.5


def test_with_a_running_writer_the_edit_goes_through_it(data_dir):
    path = data_dir / "b.db"
    w = LedgerWriter(path)
    w.start()
    try:
        threads: list[str] = []
        record = edits.record_withdrawal(2000.0, Decimal("5"), "EUR")

        def on_writer_thread(conn):
            threads.append(threading.current_thread().name)
            return record(conn)

        edits.apply_edit(path, on_writer_thread, w)
    finally:
        w.stop()
    assert threads == ["ledger-writer"]
    assert [amount for _id, _ts, amount, _c, _n in edits.withdrawals(path)] == ["5"]


def test_a_failed_edit_is_a_sentence_and_changes_nothing(data_dir):
    path = data_dir / "c.db"
    _ledger(path)

    def half_done(conn):
        edits.record_withdrawal(1.0, Decimal("1"), "USD")(conn)
        conn.execute("INSERT INTO no_such_table VALUES (1)")

    with pytest.raises(StoreError, match="the database could not be updated"):
        edits.apply_edit(path, half_done)
    assert edits.withdrawals(path) == []


def test_reads_without_a_ledger_are_empty(data_dir):
    assert edits.withdrawals(data_dir / "none.db") == [] and edits.sessions_with_gifts(data_dir / "none.db") == []
