"""kill -9 of a headless multistream (TikTok, Twitch and YouTube demos into one ledger), then the
same night again: every session ends with exactly what an uninterrupted run counts, nothing twice,
and the ledger file passes PRAGMA integrity_check (DESIGN.md section 5, Reliability)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time

from streamer_app.store.queries import Reader

from ..conftest import ROOT

ARGS = ["--demo", "--platforms", "tiktok,twitch,youtube", "--headless", "--speed", "0", "--duration", "5400",
        "--seed", "21", "--demo-start", "2026-11-01T18:00:00", "--no-overlay"]


def _night(data, wait=True):
    proc = subprocess.Popen([sys.executable, "-m", "streamer_app", *ARGS, "--data-dir", str(data)], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if wait:
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
    return proc


def _figures(data) -> list[tuple]:
    with Reader(data / "streamer-app.db") as reader:
        out = []
        for s in sorted(reader.sessions(), key=lambda s: s.id):
            t = reader.tallies([s.id])
            out.append((s.source, s.room_id, t.coins, t.gifts, t.unique_gifters, t.paid.bits, t.paid.subs,
                        t.paid.paid_messages, t.paid.memberships))
        return out


def _rows(data) -> int:
    try:
        with sqlite3.connect(f"file:{data / 'streamer-app.db'}?mode=ro", uri=True, timeout=1) as conn:
            return conn.execute("SELECT (SELECT count(*) FROM ledger) + (SELECT count(*) FROM platform_income)"
                                ).fetchone()[0]
    except sqlite3.Error:
        return 0


def test_kill_9_mid_night_then_the_night_again_gives_exact_totals(tmp_path):
    expected_dir = tmp_path / "whole"
    _night(expected_dir)
    expected = _figures(expected_dir)
    assert len(expected) == 3 and all(row[2] or row[5] or row[7] for row in expected)

    data = tmp_path / "killed"
    killed = []
    for threshold in (50, 400):  # two kills, at different depths of the night
        proc = _night(data, wait=False)
        deadline = time.monotonic() + 120
        while _rows(data) < threshold and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        killed.append(proc.wait(timeout=30) == -signal.SIGKILL)
    assert any(killed), "the night ended before a kill could land"
    assert _figures(data) != expected  # killed part-way: some of the night is still to come
    _night(data)  # the same night to its end: each session resumes and counts nothing twice
    assert _figures(data) == expected
    with sqlite3.connect(data / "streamer-app.db") as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
