"""Run a slow call (a store query) off the GUI thread and get its result back on it."""

from __future__ import annotations

import logging
import threading
from typing import Any, Callable

from PySide6.QtCore import QObject, Qt, Signal

log = logging.getLogger(__name__)


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
