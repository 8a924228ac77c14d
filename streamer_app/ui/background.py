"""Run a slow call (a store query) off the GUI thread and get its result back on it.

``read_store`` is the one way the window reads the ledger (as Anki's QueryOp): a worker
thread opens a ``Reader``, runs the query, closes it, and hands the result (or the error,
for a sentence) back on the GUI thread. Writes go through the engine's single writer, or
``store.edits.apply_edit`` when no engine runs.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, TypeVar

from PySide6.QtCore import QObject, Qt, Signal

if TYPE_CHECKING:
    from ..store.queries import Reader

log = logging.getLogger(__name__)
T = TypeVar("T")


class _Relay(QObject):
    done = Signal(object, object)  # result, error


_alive: set[_Relay] = set()  # keep relays alive until their result arrived


def run_in_background(fn: Callable[[], Any], on_result: Callable[[Any, BaseException | None], None]) -> threading.Thread:
    """``fn()`` on a worker thread; ``on_result(result, error)`` later on the GUI thread."""
    relay = _Relay()
    _alive.add(relay)

    def finish(result, error):
        _alive.discard(relay)
        on_result(result, error)

    relay.done.connect(finish, Qt.ConnectionType.QueuedConnection)

    def work() -> None:
        try:
            result, error = fn(), None
        except Exception as exc:  # handed to the caller, who says it in words
            log.exception("background call failed")
            result, error = None, exc
        relay.done.emit(result, error)

    t = threading.Thread(target=work, name="ui-background", daemon=True)
    t.start()
    return t


def read_store(db_path: Path, query: Callable[[Reader], T],
               on_result: Callable[[T | None, BaseException | None], None]) -> threading.Thread:
    """``query(reader)`` on a worker thread with a Reader opened (and closed) for it; then
    ``on_result(result, error)`` on the GUI thread."""

    def work() -> T:
        from ..store.queries import Reader  # (the store loads on first use, after the first window)

        with Reader(db_path) as reader:
            return query(reader)

    return run_in_background(work, on_result)
