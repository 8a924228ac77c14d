"""Opening the ledger file: durable settings, checks, migrations, bad files."""

from __future__ import annotations

import sqlite3

import pytest

from streamer_app.store import schema
from streamer_app.store.database import StoreError, open_database
from streamer_app.store.writer import LedgerWriter


def test_new_file_gets_the_schema_and_durable_pragmas(data_dir):
    path = data_dir / "a.db"
    w = LedgerWriter(path)
    w.start()
    try:
        journal, sync = w.call(lambda c: (c.execute("PRAGMA journal_mode").fetchone()[0],
                                          c.execute("PRAGMA synchronous").fetchone()[0]))
    finally:
        w.stop()
    assert journal == "wal" and sync == 2  # 2 = FULL
    tables = set(open_database(path).table_names())
    assert {"sessions", "ledger", "seen_messages", "streaks", "users", "gifts", "gaps", "withdrawals"} <= tables


def test_database_from_a_newer_version_is_refused_untouched(data_dir):
    path = data_dir / "a.db"
    open_database(path).conn.close()
    with sqlite3.connect(path) as c:
        c.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                  "VALUES ('streamer_app', 'm999_future', 'x')")
    before = path.read_bytes()
    with pytest.raises(StoreError, match="newer version of streamer-app"):
        open_database(path)
    assert path.read_bytes() == before


def test_corrupt_file_gives_a_clear_message_and_is_not_touched(data_dir):
    path = data_dir / "a.db"
    path.write_bytes(b"this is not a database at all" * 100)
    before = path.read_bytes()
    with pytest.raises(StoreError, match="not a readable streamer-app database"):
        open_database(path)
    assert path.read_bytes() == before


def test_damaged_pages_fail_the_quick_check(data_dir):
    path = data_dir / "a.db"
    db = open_database(path)
    db.conn.executemany("INSERT INTO users (user_id, handle) VALUES (?, ?)", [(str(i), "x" * 200) for i in range(3000)])
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    raw = bytearray(path.read_bytes())
    for off in range(4096 * 3, len(raw) - 4096, 4096 * 5):  # scribble over some b-tree pages
        raw[off + 10: off + 200] = b"\xff" * 190
    path.write_bytes(bytes(raw))
    with pytest.raises(StoreError):
        open_database(path)


def test_a_copy_is_kept_before_pending_migrations(data_dir, monkeypatch):
    path = data_dir / "a.db"
    open_database(path).conn.close()

    def m002_test_column(db):
        db.execute("ALTER TABLE sessions ADD COLUMN test_note TEXT")

    monkeypatch.setattr(schema.migrations, "_migrations", [*schema.migrations._migrations,
                                                            schema.migrations._Migration("m002_test_column", m002_test_column)])
    db = open_database(path)
    assert "test_note" in db["sessions"].columns_dict
    copy = data_dir / "a.db.before-m002_test_column.bak"
    assert copy.exists()
    with sqlite3.connect(copy) as c:
        cols = [r[1] for r in c.execute("PRAGMA table_info(sessions)")]
    assert "test_note" not in cols


def test_unwritable_data_folder_is_explained(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="cannot create the data folder"):
        open_database(blocker / "sub" / "a.db")
