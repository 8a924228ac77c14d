"""The visible actions log: what each rule did or why it failed.

An in-memory ring for the window's editor (``entries()``), the ``actions.log`` file in the
data folder (one line per entry, rotated at ``MAX_BYTES`` to ``actions.log.1``), and
listeners (headless prints each entry; the window shows it). Thread-safe: the runner's
thread writes, the window reads.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

log = logging.getLogger(__name__)

LOG_FILENAME = "actions.log"
RING_SIZE = 500
MAX_BYTES = 1_000_000


@dataclass(frozen=True)
class LogEntry:
    """One line of the log. ``ok`` is False for a failure; ``rule`` is empty for the runner's own lines."""

    at: float  # wall time (POSIX seconds)
    rule: str
    action: str
    ok: bool
    message: str

    def line(self) -> str:
        stamp = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(self.at))
        where = f"{self.rule} > {self.action}" if self.action else self.rule or "actions"
        return f"{stamp} {'ok  ' if self.ok else 'FAIL'} {where}: {self.message}"


Listener = Callable[[LogEntry], None]


class ActionLog:
    """The ring, the file and the listeners; ``path`` None keeps the log in memory only."""

    def __init__(self, path: Path | None = None, ring: int = RING_SIZE) -> None:
        self.path = Path(path) if path is not None else None
        self._ring: deque[LogEntry] = deque(maxlen=ring)
        self._lock = threading.Lock()
        self._listeners: list[Listener] = []
        self._file_failed = False

    def add_listener(self, fn: Listener) -> None:
        self._listeners.append(fn)

    def remove_listener(self, fn: Listener) -> None:
        if fn in self._listeners:
            self._listeners.remove(fn)

    def entries(self) -> list[LogEntry]:
        """The most recent entries, oldest first."""
        with self._lock:
            return list(self._ring)

    def add(self, rule: str, action: str, ok: bool, message: str) -> LogEntry:
        entry = LogEntry(time.time(), rule, action, ok, message)
        with self._lock:
            self._ring.append(entry)
            self._write(entry)
        for fn in list(self._listeners):
            try:
                fn(entry)
            except Exception:  # a broken view must not stop the actions
                log.exception("actions log listener failed")
        return entry

    def _write(self, entry: LogEntry) -> None:
        if self.path is None or self._file_failed:
            return
        try:
            if self.path.exists() and self.path.stat().st_size > MAX_BYTES:
                os.replace(self.path, self.path.with_name(self.path.name + ".1"))
            with open(self.path, "a", encoding="utf-8") as f:
                f.write(entry.line() + "\n")
        except OSError as exc:
            # The ring still holds it; say once why the file does not.
            self._file_failed = True
            log.warning("the actions log file %s cannot be written (%s): the log stays in memory", self.path, exc)
