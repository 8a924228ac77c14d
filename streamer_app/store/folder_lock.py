"""An OS-level lock on a data folder, so ``restore`` never swaps the ledger under a running app.

While a ledger writer has the folder's database open, it holds a shared lock on
``<data>/streamer-app.lock``; ``restore`` asks for the exclusive lock without waiting and
refuses if it cannot have it. The OS drops a process's locks when the process ends, even
on kill -9, so a crash never leaves a stale lock. The file itself stays: deleting a lock
file races with someone opening it.

Shared, so a second instance on the same folder works as it did before. Windows'
``msvcrt.locking`` only has exclusive locks: there the first writer holds the lock and a
second one goes on without it.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path

from ..i18n import translate
from .database import StoreError

log = logging.getLogger(__name__)

LOCK_FILENAME = "streamer-app.lock"
RUNNING = "streamer-app is running on this data folder: close it first, then restore"
WRITER_WAIT_S = 10.0  # a writer starting during a restore waits this long for it to finish


class FolderLock:
    """A held lock; ``release()`` it, or let the process end."""

    def __init__(self, fd: int) -> None:
        self._fd: int | None = fd

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            if sys.platform == "win32":  # (sys.platform, not os.name: type checkers follow it)
                import msvcrt

                os.lseek(fd, 0, os.SEEK_SET)
                msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass
        finally:
            os.close(fd)  # on POSIX, closing is what releases the flock


def _open(folder: Path) -> int:
    Path(folder).mkdir(parents=True, exist_ok=True)
    return os.open(Path(folder) / LOCK_FILENAME, os.O_RDWR | os.O_CREAT, 0o644)


def _try(fd: int, exclusive: bool) -> bool:
    """Take the lock without waiting; False if someone else holds it (in a way that conflicts)."""
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def lock_for_writing(folder: Path) -> FolderLock | None:
    """Hold ``folder``'s lock while its ledger is open for writing.

    None when there is no lock to be had (a file system without locks, a folder that
    cannot be written: opening the database then says what is wrong). Raises StoreError
    when a restore keeps the folder for longer than ``WRITER_WAIT_S``.
    """
    try:
        fd = _open(folder)
    except OSError as exc:
        log.info("no lock on %s (%s); going on without it", folder, exc)  # opening the ledger says why
        return None
    deadline = time.monotonic() + WRITER_WAIT_S
    try:
        while not _try(fd, exclusive=False):
            if os.name == "nt":  # exclusive only: most likely another instance holds it
                log.info("the lock on %s is held by another process; going on without it", folder)
                os.close(fd)
                return None
            if time.monotonic() >= deadline:
                os.close(fd)
                raise StoreError(translate("Store", "a restore is under way in {folder}: start streamer-app again once "
                                                    "it has finished").format(
                    folder=folder))
            time.sleep(0.1)
    except OSError as exc:  # e.g. ENOLCK on a network share
        os.close(fd)
        log.info("cannot lock %s (%s); going on without it", folder, exc)
        return None
    return FolderLock(fd)


def lock_for_restore(folder: Path) -> FolderLock | None:
    """The exclusive lock, without waiting; raises StoreError(RUNNING) while the app writes there.

    None when this file system has no locks (the restore then goes ahead as before).
    """
    try:
        fd = _open(folder)
    except OSError as exc:
        raise StoreError(translate("Store", "cannot write in {folder} ({error}); nothing was changed").format(
            folder=folder, error=exc.strerror or exc)) from None
    try:
        if not _try(fd, exclusive=True):
            os.close(fd)
            raise StoreError(RUNNING)
    except OSError as exc:
        os.close(fd)
        log.warning("cannot lock %s (%s); restoring without it", folder, exc)
        return None
    return FolderLock(fd)
