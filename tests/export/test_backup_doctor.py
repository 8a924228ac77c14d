"""Backup and restore round trip, the automatic work at session end, and doctor on a broken setup."""

from __future__ import annotations

import json
import shutil
import socket
import sqlite3
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from streamer_app.export import doctor
from streamer_app.export.auto import on_session_ended
from streamer_app.export.backup import backup, check_backup_file, list_backups, restore
from streamer_app.settings import Settings
from streamer_app.store.database import StoreError
from tests.conftest import run_cli

from .conftest import SESSIONS, export, make_demo


@pytest.fixture
def home(demo_home, tmp_path) -> Path:
    """A private copy of the seeded data folder (these tests change it)."""
    h = tmp_path / "data"
    shutil.copytree(demo_home, h, ignore=shutil.ignore_patterns("backups"))
    return h


def totals(home: Path, *ref: str) -> dict:
    r = export(home, *(ref or ("--from", "2025-03-01", "--to", "2025-03-31")), "-o", "-")
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)["totals"]


def test_backup_restore_round_trip(home):
    before = totals(home)
    r = run_cli("backup", "--data-dir", str(home))
    assert r.returncode == 0, r.stderr
    [saved] = list_backups(home)
    assert check_backup_file(saved)["sessions"] == 3
    with sqlite3.connect(saved) as c:
        assert c.execute("PRAGMA quick_check").fetchone() == ("ok",)
    # the ledger changes after the backup (a fourth stream) ...
    make_demo(home, [("11", "120", "2025-03-06T10:00:00")])
    assert totals(home)["coins"] > before["coins"]
    # ... and restoring brings the backed-up ledger back, keeping the newer one aside
    r = run_cli("restore", str(saved), "--data-dir", str(home))
    assert r.returncode == 0, r.stderr
    assert "kept as" in r.stderr
    assert totals(home) == before
    kept = [p for p in list_backups(home) if "before-restore" in p.name]
    assert len(kept) == 1 and check_backup_file(kept[0])["sessions"] == 4


def test_restore_refuses_what_is_not_a_streamer_app_database(home, tmp_path):
    before = totals(home)
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as c:
        c.execute("CREATE TABLE t (x)")
    for bad, words in ((text, "not an SQLite file"), (other, "not a streamer-app database"),
                       (tmp_path / "missing.db", "does not exist")):
        r = run_cli("restore", str(bad), "--data-dir", str(home))
        assert r.returncode == 1 and words in r.stderr and "Traceback" not in r.stderr
    assert totals(home) == before
    assert list_backups(home) == []  # nothing was touched


def test_only_the_newest_backups_are_kept(home):
    t0 = datetime(2025, 3, 6, tzinfo=timezone.utc)
    made = [backup(home, keep=3, now=t0 + timedelta(minutes=i)) for i in range(5)]
    backup(home, keep=3, now=t0 + timedelta(minutes=9))
    names = [p.name for p in list_backups(home)]
    assert len(names) == 3 and "streamer-app-20250306-000900.db" in names
    assert made[0].name not in names


def test_session_end_backs_up_and_exports(home, tmp_path):
    out = tmp_path / "exports"
    s = replace(Settings(), auto_export_dir=str(out), auto_export_formats=("html", "json", "md", "csv"))
    lines = on_session_ended(home, s, 2, now=datetime(2025, 3, 6, tzinfo=timezone.utc))
    assert any(line.startswith("backup saved") for line in lines), lines
    assert len(list_backups(home)) == 1
    stems = sorted(p.name for p in out.iterdir())
    assert "2025-03-03-2000-demo.creator-s2.json" in stems
    assert {p.suffix for p in out.iterdir()} == {".html", ".json", ".md", ".csv"}
    data = json.loads((out / "2025-03-03-2000-demo.creator-s2.json").read_text(encoding="utf-8"))
    assert data["session"]["id"] == 2 and data["totals"]["coins"] == totals(home, "2")["coins"]


def test_session_end_reports_problems_instead_of_raising(home, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    s = replace(Settings(), auto_export_dir=str(blocker / "exports"), auto_export_formats=("json",))
    lines = on_session_ended(home, s, 1)
    assert any("cannot be created" in line for line in lines), lines
    assert any(line.startswith("backup saved") for line in lines)
    lines = on_session_ended(tmp_path / "no-such-data", Settings(), 1)
    assert lines and "automatic backup failed" in lines[0]


def _busy_port() -> socket.socket:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    s.listen(1)
    return s


def test_doctor_reports_each_problem_of_a_broken_setup(home, tmp_path):
    db = home / "streamer-app.db"
    backup(home, keep=3)
    for suffix in ("-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    raw = bytearray(db.read_bytes())
    raw[:16] = b"garbage garbage!"  # a damaged file
    db.write_bytes(bytes(raw))
    busy = _busy_port()
    try:
        port = busy.getsockname()[1]
        r = run_cli("doctor", "--data-dir", str(home), "--overlay-port", str(port))
    finally:
        busy.close()
    assert r.returncode == 1, r.stdout + r.stderr
    out = r.stdout
    assert "Traceback" not in out + r.stderr
    assert "PROBLEM  database" in out and "streamer-app restore" in out
    assert f"PROBLEM  overlay port         port {port}" in out and "--overlay-port" in out
    assert "problem(s)" in out

    # a data folder that cannot be a folder (a file is in the way: true even for root)
    blocked = tmp_path / "blocked"
    blocked.write_text("x")
    found = doctor.run_doctor(blocked, port=port, qt=False)
    assert [f.area for f in found if f.status == doctor.PROBLEM] == ["data folder"]
    under = doctor.run_doctor(blocked / "data", port=port, qt=False)
    assert under[0].status == doctor.PROBLEM and "cannot be created" in under[0].detail


def test_doctor_damaged_pages_and_not_ours(tmp_path):
    home = tmp_path / "d"
    home.mkdir()
    with sqlite3.connect(home / "streamer-app.db") as c:
        c.execute("CREATE TABLE notes (x)")
    [f] = doctor.check_database(home)
    assert f.status == doctor.PROBLEM and "not a streamer-app database" in f.detail
    (home / "settings.json").write_text("{ not json")
    [s] = doctor.check_settings(home)
    assert s.status == doctor.PROBLEM and "settings.json" in s.advice


def test_doctor_names_the_packages_for_missing_qt_libraries(monkeypatch):
    monkeypatch.setattr(doctor, "missing_xcb_libraries", lambda plugin: ["libxcb-cursor.so.0", "libxkbcommon-x11.so.0"])
    monkeypatch.setattr(doctor.subprocess, "run", lambda *a, **k: type("R", (), {
        "stdout": "", "stderr": "qt.qpa.plugin: Could not load the Qt platform plugin \"xcb\""})())
    found = {f.area: f for f in doctor.check_qt()}
    assert found["Qt"].status == doctor.PROBLEM and "xcb" in found["Qt"].detail
    libs = found["Qt window libraries"]
    assert libs.status == doctor.PROBLEM
    assert "sudo apt-get install libxcb-cursor0 libxkbcommon-x11-0" in libs.advice


def test_doctor_on_a_healthy_setup(home):
    found = doctor.run_doctor(home, port=_free_port(), qt=False)
    assert all(f.status != doctor.PROBLEM for f in found), doctor.format_findings(found)
    assert any(f.area == "database" and "3 session(s)" in f.detail for f in found)


def _free_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def test_backup_without_a_database_is_one_sentence(tmp_path):
    with pytest.raises(StoreError, match="no database"):
        backup(tmp_path, keep=3)
    r = run_cli("backup", "--data-dir", str(tmp_path / "empty"))
    assert r.returncode == 1 and r.stderr.count("\n") == 1 and "no database" in r.stderr


def test_restore_with_no_current_database(home, tmp_path):
    saved = backup(home, keep=3)
    fresh = tmp_path / "fresh"
    info, kept = restore(fresh, saved)
    assert kept is None and info["sessions"] == len(SESSIONS)
    assert totals(fresh)["coins"] == totals(home)["coins"]
