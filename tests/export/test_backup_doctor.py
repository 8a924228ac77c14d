"""Backup and restore round trip, the automatic work at session end, and doctor on a broken setup."""

from __future__ import annotations

import errno
import json
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from streamer_app.store import doctor
from streamer_app.export.auto import on_session_ended
from streamer_app.store.backup import backup, backups_dir, check_backup_file, list_backups, restore
from streamer_app.settings import Settings
from streamer_app.store.database import StoreError
from streamer_app.store.writer import LedgerWriter
from tests.conftest import ROOT, run_cli

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


# -- restore while the app runs; backups with broken settings; no half-written files left ----
def _wait_for_a_session(db: Path, proc, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.stderr.read()
        if db.exists():
            try:
                with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as c:
                    if c.execute("SELECT COUNT(*) FROM ledger").fetchone()[0] > 0:
                        return
            except sqlite3.DatabaseError:
                pass  # created but not migrated yet
        time.sleep(0.2)
    raise AssertionError("the demo did not write its first gifts in time")


def test_restore_refuses_while_the_app_runs_on_the_folder(home, tmp_path):
    saved = backup(home, keep=3)  # three sessions; the live folder below holds one
    live = tmp_path / "live"
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamer_app", "--demo", "--headless", "--speed", "5", "--duration", "600",
         "--data-dir", str(live), "--no-overlay"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    db = live / "streamer-app.db"
    try:
        _wait_for_a_session(db, proc)
        inode = db.stat().st_ino
        r = run_cli("restore", str(saved), "--data-dir", str(live))
        assert r.returncode == 1, r.stderr
        assert r.stderr.strip() == ("streamer-app: streamer-app is running on this data folder: close it first, "
                                    "then restore")
        assert proc.poll() is None  # the stream goes on ...
        assert db.stat().st_ino == inode  # ... into the same file, which nobody replaced
        with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as c:
            assert c.execute("SELECT COUNT(*) FROM sessions").fetchone()[0] == 1
        assert not (live / "backups").exists()  # not even a "before restore" copy was made
    finally:
        proc.kill()  # kill -9: the OS drops the lock with the process, nothing stale is left
        proc.wait(timeout=60)
        proc.stderr.close()
    r = run_cli("restore", str(saved), "--data-dir", str(live))
    assert r.returncode == 0, r.stderr
    assert check_backup_file(db)["sessions"] == 3


def test_restore_refuses_while_a_writer_is_open_and_works_once_it_stopped(home, tmp_path):
    saved = backup(home, keep=3)
    live = tmp_path / "live"
    writer = LedgerWriter(live / "streamer-app.db")
    writer.start()
    try:
        with pytest.raises(StoreError, match="^streamer-app is running on this data folder: close it first"):
            restore(live, saved)
        assert not backups_dir(live).exists()
    finally:
        assert writer.stop(30)
    info, kept = restore(live, saved)
    assert info["sessions"] == 3 and kept is not None


def test_a_writer_starting_during_a_restore_says_so(home, tmp_path, monkeypatch):
    from streamer_app.store import folder_lock

    monkeypatch.setattr(folder_lock, "WRITER_WAIT_S", 0.3)
    live = tmp_path / "live"
    live.mkdir()
    held = folder_lock.lock_for_restore(live)
    try:
        with pytest.raises(StoreError, match="a restore is under way"):
            LedgerWriter(live / "streamer-app.db").start()
    finally:
        held.release()
    writer = LedgerWriter(live / "streamer-app.db")
    writer.start()
    assert writer.stop(30)


def test_two_writers_on_one_folder_still_start(tmp_path):
    first, second = LedgerWriter(tmp_path / "d" / "streamer-app.db"), LedgerWriter(tmp_path / "d" / "streamer-app.db")
    first.start()
    second.start()
    assert first.stop(30) and second.stop(30)


def test_backup_works_with_broken_settings(home):
    (home / "settings.json").write_text("{ not json", encoding="utf-8")
    t0 = datetime(2025, 3, 6, tzinfo=timezone.utc)
    for i in range(12):
        backup(home, keep=20, now=t0 + timedelta(minutes=i))
    r = run_cli("backup", "--data-dir", str(home))
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr
    assert "settings.json is not valid JSON" in r.stderr and "backup saved" in r.stderr
    assert "no older backup was removed" in r.stderr and r.stderr.count("\n") == 2
    # Unreadable settings may hide a larger backups_keep: nothing is deleted on a guess.
    assert len(list_backups(home)) == 13
    assert check_backup_file(list_backups(home)[-1])["sessions"] == 3


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if not p.name.endswith(".db"))


def test_a_failed_backup_leaves_no_partial_file(home, monkeypatch):
    import streamer_app.store.database as database

    real = database.quick_check
    # The copy's own check fails (the source's check, made first, still passes).
    monkeypatch.setattr(database, "quick_check", lambda conn: "page 2: btree damaged"
                        if conn.execute("PRAGMA database_list").fetchone()[2].endswith(".partial") else real(conn))
    with pytest.raises(StoreError, match="did not pass its check"):
        backup(home, keep=3)
    assert list(backups_dir(home).iterdir()) == []


@pytest.fixture
def tiny_disk(tmp_path):
    """Mount a tmpfs of ``size`` at a folder (root only); unmounted afterwards."""
    if os.name != "posix" or os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a small tmpfs needs root")
    mounted = []

    def mount(folder: Path, options: str) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        r = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)], capture_output=True)
        if r.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here: {r.stderr.decode(errors='replace').strip()}")
        mounted.append(folder)
        return folder

    yield mount
    for folder in reversed(mounted):
        subprocess.run(["umount", str(folder)], check=False)


def test_backup_on_a_full_disk_leaves_no_partial_file(home, tiny_disk):
    folder = tiny_disk(backups_dir(home), "size=64k")
    assert (home / "streamer-app.db").stat().st_size > 64 * 1024
    r = run_cli("backup", "--data-dir", str(home))
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert "full" in r.stderr, r.stderr
    assert list(folder.iterdir()) == []


def test_restore_over_a_damaged_database_keeps_its_bytes_and_no_partial(home, tmp_path):
    saved = backup(home, keep=3)
    db = home / "streamer-app.db"
    for suffix in ("-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    raw = bytearray(db.read_bytes())
    raw[:16] = b"garbage garbage!"
    db.write_bytes(bytes(raw))
    wal = b"the last commits, still in the -wal file"
    Path(str(db) + "-wal").write_bytes(wal)
    r = run_cli("restore", str(saved), "--data-dir", str(home))
    assert r.returncode == 0, r.stderr
    [kept] = [p for p in list_backups(home) if "before-restore" in p.name]
    assert kept.read_bytes() == bytes(raw)
    assert Path(str(kept) + "-wal").read_bytes() == wal  # kept with it: it may hold the last commits
    assert _leftovers(backups_dir(home)) == [kept.name + "-wal"]
    assert check_backup_file(db)["sessions"] == 3


def test_restore_on_a_full_disk_changes_nothing_and_leaves_no_partial(home, tmp_path, tiny_disk):
    saved = backup(home, keep=3)
    shutil.move(str(saved), tmp_path / saved.name)
    saved = tmp_path / saved.name
    before = (home / "streamer-app.db").read_bytes()
    folder = tiny_disk(backups_dir(home), "size=64k")
    r = run_cli("restore", str(saved), "--data-dir", str(home))
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert "full" in r.stderr and "nothing was changed" in r.stderr, r.stderr
    assert list(folder.iterdir()) == []
    assert (home / "streamer-app.db").read_bytes() == before


@pytest.mark.parametrize("code, words", [
    (errno.ENOSPC, "free some disk space"), (errno.EDQUOT, "free some disk space"),
    (errno.EROFS, "read-only"), (errno.EACCES, "permissions"), (errno.EPERM, "permissions"),
    (errno.EIO, os.strerror(errno.EIO)),
])
def test_doctor_gives_the_advice_that_fits_the_write_error(tmp_path, monkeypatch, code, words):
    def fail(folder):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(doctor, "_write_probe", fail)
    [f] = doctor.check_data_folder(tmp_path)
    assert f.status == doctor.PROBLEM and os.strerror(code) in f.detail
    assert words in f.advice
    if code not in (errno.EACCES, errno.EPERM):
        assert "permissions" not in f.advice


def test_doctor_on_a_full_and_on_a_read_only_disk(tmp_path, tiny_disk):
    full = tiny_disk(tmp_path / "full", "size=16k")
    with pytest.raises(OSError) as filling:
        with open(full / "filler", "wb", buffering=0) as f:
            for _ in range(64):
                f.write(b"x" * 4096)
    assert filling.value.errno == errno.ENOSPC
    [f] = doctor.check_data_folder(full)
    assert f.status == doctor.PROBLEM and "free some disk space" in f.advice and "permissions" not in f.advice
    assert not [p for p in full.iterdir() if p.name.startswith(".doctor-probe")]

    ro = tiny_disk(tmp_path / "ro", "ro,size=16k")
    [f] = doctor.check_data_folder(ro)
    assert f.status == doctor.PROBLEM and "read-only" in f.advice and "permissions" not in f.advice
