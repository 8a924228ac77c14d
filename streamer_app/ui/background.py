"""Run store work (or any slow call) off the GUI thread and get its result back on it.

This is the window's one way to reach the store, as Anki's ``QueryOp``/``CollectionOp``:

- ``read_store(db, query, on_done)``: ``query(reader)`` on a worker thread with a ``Reader``
  opened and closed for it; ``on_done(result, error)`` on the GUI thread.
- ``run_in_background(work, on_done, on_progress=..., finish_before_quit=...)``: the same for
  work that opens its own connections (an export, the end-of-session backup). With
  ``on_progress``, ``work`` is given a ``report(done, total, what)`` to call from the worker;
  reports reach ``on_progress`` on the GUI thread at most ``PROGRESS_HZ`` times a second.
  ``finish_before_quit`` work is waited for at quit (``wait_for_background_work``) instead of
  being cut off with the process.

Writes go through the engine's single writer, or ``store.edits.apply_edit`` when no engine
runs. Errors come back as the exception, for the caller to say in one sentence.
"""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, TypeVar

from PySide6.QtCore import QObject, Qt, Signal

if TYPE_CHECKING:
    from ..store.queries import Reader

log = logging.getLogger(__name__)
T = TypeVar("T")
Progress = Callable[[int, int, str], None]  # done, total, what
Done = Callable[[Any, "BaseException | None"], None]  # result (None on error), error

PROGRESS_HZ = 10.0  # a progress bar needs no more, and each report is a queued signal


class _Relay(QObject):
    done = Signal(object, object)  # result, error
    progress = Signal(int, int, str)


_alive: set[_Relay] = set()  # keep relays alive until their result arrived
_unfinished: set[threading.Thread] = set()  # finish_before_quit work still running


def _throttled(emit: Progress) -> Progress:
    last = [0.0]

    def report(done: int, total: int, what: str) -> None:  # worker thread
        now = time.monotonic()
        if now - last[0] >= 1.0 / PROGRESS_HZ:
            last[0] = now
            emit(done, total, what)

    return report


def run_in_background(work: Callable[..., T], on_done: Callable[[T | None, BaseException | None], None], *,
                      on_progress: Progress | None = None, name: str = "ui-background",
                      finish_before_quit: bool = False) -> threading.Thread:
    """``work()`` (``work(report)`` when ``on_progress`` is given) on a worker thread;
    ``on_done(result, error)`` later on the GUI thread."""
    relay = _Relay()
    _alive.add(relay)

    def finish(result: Any, error: BaseException | None) -> None:
        _alive.discard(relay)
        on_done(result, error)

    relay.done.connect(finish, Qt.ConnectionType.QueuedConnection)
    if on_progress is not None:
        relay.progress.connect(on_progress, Qt.ConnectionType.QueuedConnection)
    args = () if on_progress is None else (_throttled(relay.progress.emit),)

    def run() -> None:
        try:
            result, error = work(*args), None
        except Exception as exc:  # handed to the caller, who says it in words
            log.exception("background work %s failed", name)
            result, error = None, exc
        try:
            relay.done.emit(result, error)
        except RuntimeError:  # the application is already gone (quitting): nobody to tell
            log.info("background work %s ended after the window: %r", name, error or result)
        finally:
            _unfinished.discard(threading.current_thread())

    t = threading.Thread(target=run, name=name, daemon=True)
    if finish_before_quit:
        _unfinished.add(t)
    t.start()
    return t


def read_store(db_path: Path, query: Callable[[Reader], T],
               on_done: Callable[[T | None, BaseException | None], None]) -> threading.Thread:
    """``query(reader)`` on a worker thread with a Reader opened (and closed) for it; then
    ``on_done(result, error)`` on the GUI thread."""

    def work() -> T:
        from ..store.queries import Reader  # (the store loads on first use, after the first window)

        with Reader(db_path) as reader:
            return query(reader)

    return run_in_background(work, on_done, name="ui-read-store")


def wait_for_background_work(timeout: float = 20.0) -> None:
    """At quit: let ``finish_before_quit`` work (a backup, an export) end instead of cutting it off."""
    for t in list(_unfinished):
        t.join(timeout)
