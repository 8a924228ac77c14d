"""Opening the ledger file safely: checks, a copy before migrating, durable pragmas."""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path
from typing import Callable

from sqlite_utils import Database

from ..i18n import translate
from .schema import migrations, step_names

log = logging.getLogger(__name__)

DB_FILENAME = "streamer-app.db"


class StoreError(Exception):
    """A problem with the database file, worded for the creator."""


def configure(conn: sqlite3.Connection, readonly: bool = False) -> None:
    """Durability settings: WAL so readers never block the writer, fsync on every commit."""
    conn.execute("PRAGMA busy_timeout = 5000")
    if not readonly:
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")


def connect(path: Path, readonly: bool = False, check_same_thread: bool = True) -> sqlite3.Connection:
    try:
        if readonly:
            conn = sqlite3.connect(
                f"file:{path}?mode=ro", uri=True, check_same_thread=check_same_thread, isolation_level=None
            )
            if not os.access(Path(path).parent, os.W_OK):
                conn = _read_unwritable_folder(conn, path, check_same_thread)
        else:
            conn = sqlite3.connect(str(path), check_same_thread=check_same_thread, isolation_level=None)
        configure(conn, readonly)
        return conn
    except sqlite3.DatabaseError as exc:
        raise StoreError(_explain(path, exc)) from exc


def _read_unwritable_folder(conn: sqlite3.Connection, path: Path, check_same_thread: bool) -> sqlite3.Connection:
    """A ledger in a folder nobody can write (a read-only drive, an archived copy) without its
    -shm file: SQLite cannot open it in WAL mode, so it is read as immutable, which is true there:
    no writer can be running in a folder that cannot be written."""
    try:
        conn.execute("SELECT 1 FROM sqlite_master LIMIT 1")
        return conn
    except sqlite3.OperationalError:
        conn.close()
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        # Read as immutable, SQLite would skip the last commits, which are still in the -wal file.
        raise StoreError(translate("Store", "{path} has recent gifts in its -wal file that SQLite can only read from a "
                                            "writable "
                "folder: copy the whole folder {folder} somewhere writable and use --data-dir there "
                "(nothing was changed)").format(path=path, folder=Path(path).parent))
    return sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=check_same_thread,
                           isolation_level=None)


def _explain(path: Path, exc: Exception) -> str:
    text = str(exc).lower()
    if "not a database" in text or "malformed" in text:
        return translate("Store", "{path} is not a readable streamer-app database (it may be damaged). Restore a backup"
                                  " "
                                  "with 'streamer-app restore FILE' or move the file away to start fresh.").format(path=path)
    if "readonly" in text or "read-only" in text:
        return translate("Store", "{path} is read-only: check the file's permissions and that its disk is not mounted "
                                  "read-only, or choose another --data-dir.").format(path=path)
    if "unable to open" in text:
        return translate("Store", "cannot open {path}: check that the folder exists and is writable, or choose another "
                                  "--data-dir.").format(path=path)
    if "full" in text:
        return translate("Store", "the disk holding {path} is full: free some space and try again (nothing committed "
                                  "was lost).").format(path=path)
    if "disk i/o error" in text:  # what SQLite says for a file grown past a quota, a failing or removed drive
        return translate("Store", "cannot write {path} (disk I/O error): the disk may be full, over a quota, removed or"
                                  " "
                                  "failing; free some space or check the drive (nothing committed was "
                                  "lost).").format(path=path)
    return translate("Store", "database problem with {path}: {error}").format(path=path, error=exc)


def quick_check(conn: sqlite3.Connection) -> str:
    """'ok' or the first problem PRAGMA quick_check reports."""
    rows = conn.execute("PRAGMA quick_check").fetchall()
    return "ok" if rows == [("ok",)] else "; ".join(r[0] for r in rows[:3])


def open_database(path: Path) -> Database:
    """Open (creating or migrating) the ledger for writing; raises ``StoreError`` with advice."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(translate("Store", "cannot create the data folder {folder}: {error}").format(
            folder=path.parent, error=exc.strerror)) from exc
    existed = path.exists() and path.stat().st_size > 0
    conn = connect(path, check_same_thread=False)
    try:
        if existed:
            try:
                problem = quick_check(conn)
            except sqlite3.DatabaseError as exc:
                raise StoreError(_explain(path, exc)) from exc
            if problem != "ok":
                raise StoreError(
                    translate("Store", "{path} failed its integrity check ({problem}). Nothing was changed; restore a "
                                       "backup "
                        "with 'streamer-app restore FILE' or run 'streamer-app doctor'.").format(path=path, problem=problem)
                )
        db = Database(conn)
        known = set(step_names())
        applied = {m.name for m in migrations.applied(db)}
        if applied - known:
            raise StoreError(
                translate("Store", "{path} was written by a newer version of streamer-app (schema steps {steps}). "
                                   "Update the"
                    " app; the file was not changed.").format(path=path, steps=', '.join(sorted(applied - known)))
            )
        pending = migrations.pending(db)
        if pending:
            if existed and db.table_names():
                backup_to(conn, path.with_name(f"{path.name}.before-{pending[0].name}.bak"))
            log.info("applying schema steps: %s", ", ".join(m.name for m in pending))
            migrations.apply(db)
        return db
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreError(_explain(path, exc)) from exc
    except StoreError:
        conn.close()
        raise


def backup_to(conn: sqlite3.Connection, target: Path, progress: Callable[[int, int, int], object] | None = None) -> Path:
    """A consistent copy through SQLite's backup API (safe while the writer runs)."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".partial")
    dest = sqlite3.connect(str(tmp))
    try:
        conn.backup(dest, pages=1024, progress=progress)
        dest.execute("PRAGMA journal_mode = DELETE")
        if quick_check(dest) != "ok":
            raise StoreError(translate("Store", "the backup {target} did not pass its check; the original is untouched").format(
                target=target))
    finally:
        dest.close()
    tmp.replace(target)
    return target

