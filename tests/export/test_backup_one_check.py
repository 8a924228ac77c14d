"""A backup reads the database once: only the copy is checked, and a damaged database is still refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

import streamer_app.store.backup as backup_mod
import streamer_app.store.database as database
from streamer_app.store.backup import backup, backups_dir, list_backups
from streamer_app.store.database import StoreError, open_database


@pytest.fixture
def home(tmp_path) -> Path:
    h = tmp_path / "data"
    db = open_database(h / database.DB_FILENAME)
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    return h


def test_a_backup_checks_only_its_copy(home, monkeypatch):
    checked = []

    def counting(real):
        def check(conn):
            checked.append(conn.execute("PRAGMA database_list").fetchone()[2])
            return real(conn)
        return check

    monkeypatch.setattr(database, "quick_check", counting(database.quick_check))
    monkeypatch.setattr(backup_mod, "quick_check", counting(backup_mod.quick_check))
    saved = backup(home, keep=3)
    assert [Path(p).name for p in checked] == [saved.name + ".partial"]  # one full read, of the copy
    with sqlite3.connect(saved) as c:
        assert c.execute("PRAGMA quick_check").fetchone() == ("ok",)


def test_a_damaged_database_is_refused_and_older_backups_stay(home):
    older = backup(home, keep=3)
    db = home / database.DB_FILENAME
    raw = bytearray(db.read_bytes())
    page = int.from_bytes(raw[16:18], "big")
    raw[28:32] = (len(raw) // page + 1).to_bytes(4, "big")  # the header counts one page more...
    db.write_bytes(bytes(raw) + bytes(page))  # ...and the file has it, used by nothing: quick_check says so
    with pytest.raises(StoreError, match=r"(?s)the database failed its check \(.*never used.*\); no backup was made"):
        backup(home, keep=1)
    assert list_backups(home) == [older]
    assert sorted(p.name for p in backups_dir(home).iterdir()) == [older.name]  # no .partial left
