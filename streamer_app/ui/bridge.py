"""The one road from the engine thread to the GUI thread: batched snapshots, <= 30 Hz.

``SnapshotBridge.publish`` is an engine publisher: it runs on the engine loop and only
appends the update to a list. At most ``max_hz`` times a second it emits
``batch(snapshot, updates)``; the GUI thread receives it through a queued connection. The
snapshot (``engine.snapshot()``, built on the engine loop where the tallies live) is rebuilt
at most ``snapshot_hz`` times a second; batches in between carry the same snapshot object,
which nobody mutates.
The GUI thread never decodes, writes or queries the database on this path.
"""

from __future__ import annotations

import logging
import time

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:  # (types only: nothing more to import at start-up)
    from ..core.snapshot import Update

log = logging.getLogger(__name__)

HEARTBEAT_S = 1.0
MAX_UPDATES_PER_BATCH = 5000  # past this, older updates are dropped from the batch (the snapshot stays exact)


def _running_loop():
    # asyncio is imported here, on the engine loop, not when the window module loads: it is
    # not needed for the first frame (see ui/run.py).
    import asyncio

    return asyncio.get_running_loop()


class SnapshotBridge(QObject):
    """Lives on the GUI thread; ``publish`` and ``attach`` are called on the engine loop."""

    batch = Signal(object, object)  # (snapshot dict, list of update dicts since the last batch)

    def __init__(self, max_hz: float = 30.0, parent: QObject | None = None, snapshot_hz: float = 10.0) -> None:
        super().__init__(parent)
        self.interval = 1.0 / max_hz
        self._engine = None
        self._pending: list[Update] = []
        self._dropped = 0
        self._scheduled = False
        self._last = 0.0
        self.batches = 0
        # The whole snapshot (top gifters sorted, the timeline, ...) cost the engine thread about
        # 3 ms of Python, holding the GIL the GUI thread needs, 30 times a second (bench_gui.py).
        # The dashboard draws 10 times a second, so between those, batches carry the updates
        # (for the alerts, at once) with the last snapshot again; it is rebuilt at most this often.
        self.snapshot_interval = 1.0 / snapshot_hz
        self._snap: dict | None = None
        self._snap_engine = None
        self._snap_at = 0.0

    def attach(self, engine) -> None:
        """Follow ``engine`` (engine loop); the first batch goes out at once."""
        self._engine = engine
        self._pending = []
        self._last = 0.0
        self._schedule()
        _running_loop().call_later(HEARTBEAT_S, self._heartbeat, engine)

    def _heartbeat(self, engine) -> None:
        # A quiet stream still needs its clock, countdowns and state refreshed.
        if self._engine is not engine:
            return
        self._schedule()
        _running_loop().call_later(HEARTBEAT_S, self._heartbeat, engine)

    def detach(self) -> None:
        self._engine = None

    # -- engine loop ------------------------------------------------------------------
    def publish(self, update: Update) -> None:
        self._pending.append(update)
        if len(self._pending) > MAX_UPDATES_PER_BATCH:
            drop = len(self._pending) - MAX_UPDATES_PER_BATCH
            del self._pending[:drop]
            self._dropped += drop
        final = update.get("type") == "end"
        if final:
            self._flush(final=True)  # the engine is ending: the last picture must arrive, fresh
        else:
            self._schedule()

    def _schedule(self) -> None:
        if self._scheduled:
            return
        self._scheduled = True
        delay = max(0.0, self._last + self.interval - time.monotonic())
        _running_loop().call_later(delay, self._flush)

    def _flush(self, final: bool = False) -> None:
        self._scheduled = False
        engine = self._engine
        if engine is None:
            return
        now = time.monotonic()
        snap = self._snap if self._snap_engine is engine and not final else None
        if snap is None or now - self._snap_at >= self.snapshot_interval:
            try:
                snap = engine.snapshot()
            except Exception:
                log.exception("building the snapshot failed")
                return
            snap["dropped_updates"] = self._dropped
            self._snap, self._snap_engine, self._snap_at = snap, engine, now
        updates, self._pending = self._pending, []
        self._last = now
        self.batches += 1
        self.batch.emit(snap, updates)

    def refresh(self) -> None:
        """Ask for a fresh batch soon (engine loop), e.g. after the settings changed."""
        self._snap = None  # the rates or thresholds may have changed: no reused snapshot
        self._schedule()
