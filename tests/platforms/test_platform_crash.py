"""Paid messages counted once whatever the timing: memory that lets go, a lagging disk, kill -9."""

from __future__ import annotations

import functools
import os
import signal
import sqlite3
import subprocess
import sys
import time

from streamer_app.core.counting import GiftCounter
from streamer_app.core.in_flight import InFlightHistory
from streamer_app.engine import engine as engine_mod
from streamer_app.store import writer as writer_mod
from streamer_app.store.database import DB_FILENAME
from streamer_app.store.queries import Reader

from ..conftest import ROOT
from .scripted import ScriptedSource, mixed_stream, run_engine

N = 400


def _expected() -> tuple[int, int, int]:
    """(Bits, subs, rows) of ``mixed_stream(N)``, each message once."""
    kinds = [i % 4 for i in range(N)]
    return 100 * kinds.count(0), kinds.count(1) + 5 * kinds.count(2) + kinds.count(3), N


def _totals(data_dir) -> tuple[int, int, int]:
    with Reader(data_dir / DB_FILENAME) as r:
        sid = r.sessions()[-1].id
        p = r.tallies([sid]).paid
        return p.bits, p.subs, p.messages


def test_memory_that_lets_go_and_a_lagging_writer_never_count_twice(data_dir, monkeypatch):
    # A counter that remembers only 8 message ids, and a writer that commits at most every 0.2 s: a
    # resent message is then asked of the batches still on their way to the disk (core/in_flight.py).
    monkeypatch.setattr(engine_mod, "GiftCounter", functools.partial(GiftCounter, msg_id_window=8))
    monkeypatch.setattr(writer_mod, "COMMIT_INTERVAL_S", 0.2)
    asked: list[bool] = []

    class Watched(InFlightHistory):
        def msg_id_known(self, msg_id: int) -> bool:
            asked.append(known := super().msg_id_known(msg_id))
            return known

    monkeypatch.setattr(engine_mod, "InFlightHistory", Watched)
    engine, result = run_engine(data_dir, ScriptedSource("twitch", "lagging", mixed_stream(N), pause_s=0.0005))
    assert result.duplicates == N // 10
    assert asked.count(True) > 0  # resent messages memory let go of were answered by in-flight batches or the file
    assert (engine.tallies.paid.bits, engine.tallies.paid.subs, engine.tallies.paid.messages) == _expected()
    assert _totals(data_dir) == _expected()


def test_kill_9_mid_stream_then_everything_again_counts_each_message_once(data_dir):
    child = subprocess.Popen([sys.executable, "-m", "tests.platforms.scripted", str(data_dir), str(N)], cwd=ROOT,
                             env={**os.environ, "PYTHONPATH": str(ROOT)}, stderr=subprocess.PIPE)
    db = data_dir / DB_FILENAME
    rows = 0
    deadline = time.monotonic() + 60
    while rows < N // 4 and child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
        try:
            with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
                rows = conn.execute("SELECT COUNT(*) FROM platform_income").fetchone()[0]
        except sqlite3.Error:
            continue
    assert child.poll() is None, child.stderr.read() if child.stderr else ""
    child.send_signal(signal.SIGKILL)
    child.wait()
    with sqlite3.connect(db) as conn:
        killed_at = conn.execute("SELECT COUNT(*) FROM platform_income").fetchone()[0]
    assert 0 < killed_at < N
    # The platform sends everything again (a reconnect, a replay of the recording): exact totals.
    run_engine(data_dir, ScriptedSource("twitch", "kill-me", mixed_stream(N)))
    assert _totals(data_dir) == _expected()
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT COUNT(*), COUNT(DISTINCT message_id) FROM platform_income").fetchone() == (N, N)
