"""Backups of the ledger file and restoring one, safely.

Backups go through SQLite's backup API (``store.database.backup_to``: consistent while the
writer runs; the copy is checked with ``quick_check``, so a damaged database never replaces
a good backup) into <data>/backups/, newest N kept. Restoring
checks the file first, refuses while the app writes in the folder (``store.folder_lock``),
keeps a copy of the current database, then copies the backup in through the same API, so
the WAL and shared-memory files stay consistent. A copy that fails half-way is deleted, so
nothing half-written is ever left to be mistaken for a backup.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

from ..i18n import translate
from .database import DB_FILENAME, StoreError, backup_to, connect, quick_check
from .folder_lock import lock_for_restore
from .schema import unknown_steps

BACKUP_DIR = "backups"
BACKUP_PREFIX = "streamer-app-"
REQUIRED_TABLES = {"sessions", "ledger", "users", "gifts", "_sqlite_migrations"}


def backups_dir(data_dir: Path) -> Path:
    return Path(data_dir) / BACKUP_DIR


def list_backups(data_dir: Path) -> list[Path]:
    """Backups, oldest first."""
    folder = backups_dir(data_dir)
    if not folder.is_dir():
        return []
    files = [p for p in folder.glob(f"{BACKUP_PREFIX}*.db") if p.is_file()]
    # Names carry the UTC time (and -2, -3 for the same second), so the stem sorts by age.
    return sorted(files, key=lambda p: p.stem)


def _discard(path: Path) -> None:
    """Delete a half-written copy and any journal SQLite left beside it."""
    for p in (path, *(Path(f"{path}{suffix}") for suffix in ("-journal", "-wal", "-shm"))):
        try:
            p.unlink(missing_ok=True)
        except OSError:
            pass


def _copy(conn: sqlite3.Connection, target: Path) -> Path:
    """``backup_to`` that leaves nothing behind when it fails."""
    try:
        return backup_to(conn, target)
    except BaseException:
        _discard(target.with_name(target.name + ".partial"))
        raise


def _disk_full(exc: BaseException) -> bool:
    if isinstance(exc, OSError):  # its text names the file, which may well contain "full"
        return exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))
    return "full" in str(exc).lower()  # SQLite: "database or disk is full"


def _stamp(now: datetime | None) -> str:
    return (now or datetime.now(timezone.utc)).strftime("%Y%m%d-%H%M%S")


def backup(data_dir: Path, keep: int | None = 10, label: str = "", now: datetime | None = None) -> Path:
    """Back up the database into <data>/backups/ and keep the newest ``keep`` (None: delete none)."""
    data_dir = Path(data_dir)
    db = data_dir / DB_FILENAME
    if not db.exists():
        raise StoreError(translate("Store", "there is no database in {data_dir} to back up yet").format(
            data_dir=data_dir))
    folder = backups_dir(data_dir)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(translate("Store", "cannot create the backup folder {folder}: {error}").format(
            folder=folder, error=exc.strerror)) from None
    if not os.access(folder, os.W_OK):  # else SQLite's own words: "unable to open database file"
        raise StoreError(translate("Store", "cannot write in {folder}: the folder or its disk is read-only (nothing was"
                                            " changed)").format(
            folder=folder))
    name = f"{BACKUP_PREFIX}{_stamp(now)}{('-' + label) if label else ''}"
    target = folder / f"{name}.db"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{name}-{n}.db"
    conn = connect(db, readonly=True)
    try:
        try:
            _copy(conn, target)  # the copy is checked (quick_check) before it takes its name
        except StoreError:
            # The backup API copies pages as they are, so a damaged database makes a copy that fails
            # the same check: only then is the database itself checked, to say which one is damaged.
            # (It used to be checked first as well, a second full read that doubled a backup's time.)
            problem = quick_check(conn)
            if problem != "ok":
                raise StoreError(translate("Store", "the database failed its check ({problem}); no backup was made, so "
                                                    "older backups are kept"
                        " as they are").format(problem=problem)) from None
            raise
    except sqlite3.DatabaseError as exc:
        if _disk_full(exc):
            raise StoreError(translate("Store", "the disk holding {folder} is full: free some space and try again (no "
                                                "backup was made; "
                    "older backups are kept as they are)").format(folder=folder)) from None
        raise StoreError(translate("Store", "the backup failed: {error}").format(error=exc)) from None
    except OSError as exc:
        advice = (translate("Store", "free some space and try again") if _disk_full(exc)
                  else translate("Store", "no backup was made"))
        raise StoreError(translate("Store", "the backup failed ({error}): {advice}; older backups are kept as they are").format(
            error=exc.strerror or exc, advice=advice)) from None
    finally:
        conn.close()
    if keep is not None:
        prune(data_dir, keep)
    return target


def prune(data_dir: Path, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` regular backups; returns what was removed."""
    regular = [p for p in list_backups(data_dir) if "-before-restore" not in p.name]
    doomed = regular[:-keep] if keep > 0 else regular
    for p in doomed:
        p.unlink(missing_ok=True)
    return doomed


def check_backup_file(path: Path) -> dict[str, int]:
    """What a file holds if it is a streamer-app database; raises StoreError otherwise."""
    path = Path(path)
    if not path.is_file():
        raise StoreError(translate("Store", "{path} does not exist or is not a file").format(path=path))
    with open(path, "rb") as f:
        head = f.read(16)
    if head != b"SQLite format 3\x00":
        raise StoreError(translate("Store", "{path} is not a streamer-app database (it is not an SQLite file); nothing "
                                            "was changed").format(
            path=path))
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.DatabaseError as exc:
        raise StoreError(translate("Store", "{path} cannot be opened ({error}); nothing was changed").format(
            path=path, error=exc)) from None
    try:
        problem = quick_check(conn)
        if problem != "ok":
            raise StoreError(translate("Store", "{path} is damaged ({problem}); choose another backup. Nothing was "
                                                "changed").format(
                path=path, problem=problem))
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not REQUIRED_TABLES <= tables:
            raise StoreError(translate("Store", "{path} is an SQLite file but not a streamer-app database; nothing was "
                                                "changed").format(
                path=path))
        if unknown_steps(conn):
            raise StoreError(translate("Store", "{path} was written by a newer version of streamer-app; update the app "
                                                "first. Nothing was"
                    " changed").format(path=path))
        sessions, gifts = conn.execute(
            "SELECT (SELECT COUNT(*) FROM sessions), (SELECT COUNT(*) FROM ledger)").fetchone()
        return {"sessions": sessions, "ledger_rows": gifts}
    except sqlite3.DatabaseError as exc:
        raise StoreError(translate("Store", "{path} is not a readable streamer-app database ({error}); nothing was "
                                            "changed").format(
            path=path, error=exc)) from None
    finally:
        conn.close()


def restore(data_dir: Path, source: Path, now: datetime | None = None) -> tuple[dict[str, int], Path | None]:
    """Replace the database with ``source`` (a backup); returns (what it holds, copy of the old one).

    Refused while streamer-app writes in the folder: it would go on writing into the
    restored file under the old session's number.
    """
    data_dir = Path(data_dir)
    info = check_backup_file(source)
    db = data_dir / DB_FILENAME
    if db.exists() and Path(source).resolve() == db.resolve():
        raise StoreError(translate("Store", "that file is the current database itself; choose a backup file"))
    lock = lock_for_restore(data_dir)
    try:
        kept = _keep_current(data_dir, db, now)
        _copy_in(source, db, kept)
    finally:
        if lock is not None:
            lock.release()
    return info, kept


def _keep_current(data_dir: Path, db: Path, now: datetime | None) -> Path | None:
    """Copy the current database aside (its bytes as they are if it is damaged); None if there is none."""
    if not (db.exists() and db.stat().st_size > 0):
        return None
    kept = backups_dir(data_dir) / f"{BACKUP_PREFIX}{_stamp(now)}-before-restore.db"
    n = 1
    while kept.exists():
        n += 1
        kept = backups_dir(data_dir) / f"{BACKUP_PREFIX}{_stamp(now)}-before-restore-{n}.db"
    try:
        cur = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            _copy(cur, kept)
        finally:
            cur.close()
        return kept
    except (sqlite3.DatabaseError, StoreError, OSError) as exc:
        if _disk_full(exc):
            raise StoreError(translate("Store", "the disk holding {folder} is full, so the current database could not "
                                                "be kept aside: free"
                    " some space and try again; nothing was changed").format(folder=kept.parent)) from None
        text = str(exc).lower()
        if "not a database" not in text and "malformed" not in text:
            # Locked by another program, unreadable...: not damaged, so not set aside byte by byte.
            raise StoreError(translate("Store", "the current database could not be kept aside ({error}): close any "
                                                "program that uses it "
                    "and try again; nothing was changed").format(error=exc)) from None
    # A damaged current file cannot go through the backup API: keep its bytes as they are,
    # with its -wal file (it may hold the last commits).
    try:
        kept.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(db, kept)
        wal = Path(str(db) + "-wal")
        if wal.exists():
            shutil.copyfile(wal, Path(str(kept) + "-wal"))
    except OSError as exc:
        _discard(kept)
        advice = (translate("Store", "free some space and try again") if _disk_full(exc)
                  else translate("Store", "check the folder"))
        raise StoreError(translate("Store", "the current database could not be kept aside ({error}): {advice}; nothing "
                                            "was changed").format(
            error=exc.strerror or exc, advice=advice)) from None
    for suffix in ("-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    db.unlink()
    return kept


def _copy_in(source: Path, db: Path, kept: Path | None) -> None:
    db.parent.mkdir(parents=True, exist_ok=True)
    previous = (translate("Store", "your previous database is in {path}").format(path=kept) if kept
                else translate("Store", "there was no previous database"))
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dest = sqlite3.connect(str(db))
        try:
            dest.execute("PRAGMA busy_timeout = 5000")
            src.backup(dest)
            dest.execute("PRAGMA journal_mode = WAL")
            if quick_check(dest) != "ok":
                raise StoreError(translate("Store", "the restored database did not pass its check; {previous}").format(
                    previous=previous))
        finally:
            dest.close()
    except sqlite3.OperationalError as exc:
        if _disk_full(exc):
            raise StoreError(translate("Store", "the disk is full, so the backup could not be restored: free some space"
                                                " and try again; "
                    "{previous}").format(previous=previous)) from None
        raise StoreError(translate("Store", "the database is in use ({error}): close streamer-app and try again").format(
            error=exc)) from None
    finally:
        src.close()
