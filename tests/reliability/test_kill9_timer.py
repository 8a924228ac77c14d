"""kill -9 during a replay that feeds a running subathon timer: the time is exact after any crash.

The promise (docs/TIMER.md): the time a gift added is saved in the same commit as the gift.
So whenever the app dies, the saved timer holds exactly the time of the gifts the ledger
holds, and after a restart (the same recording replayed to its end) the timer ends exactly
where the starting time plus the ledger's coins say: to the second (here, to the millisecond).
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

from streamer_app.core.subathon import SubathonTimer, TimerRules
from streamer_app.store.database import open_database
from streamer_app.store.subathon import load_timer, save_timer

from ..conftest import ROOT
from ..tiktok.make_recording import expected_totals, write_recording
from .conftest import tally, trials

SECONDS_PER_COIN = 3.0


def _replay(rec, data, speed=40):
    return subprocess.Popen(
        [sys.executable, "-m", "streamer_app", "replay", str(rec), "--headless", "--speed", str(speed),
         "--no-overlay", "--data-dir", str(data)],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )


def _start_timer(data, now: float) -> float:
    """A running timer, saved before the first replay (as the window's Start button saves it); its end."""
    data.mkdir(parents=True, exist_ok=True)
    (data / "settings.json").write_text(json.dumps({"timer": {
        "seconds_per_coin": SECONDS_PER_COIN, "start_minutes": 600, "count_replays": True}}), encoding="utf-8")
    db = open_database(data / "streamer-app.db")
    try:
        timer = SubathonTimer(TimerRules(seconds_per_coin=SECONDS_PER_COIN, start_minutes=600))
        timer.start(now)
        save_timer(db.conn, timer.state)
        db.conn.commit()
    finally:
        db.conn.close()
    assert timer.state.ends_at is not None
    return timer.state.ends_at


def _saved(data):
    """(the creator's coins in the ledger, the saved timer), read as a restart reads them."""
    with sqlite3.connect(data / "streamer-app.db") as c:
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        coins = c.execute("SELECT COALESCE(SUM(coins), 0) FROM ledger").fetchone()[0]
        timer = load_timer(c)
    assert timer is not None
    return coins, timer


def test_the_timer_holds_exactly_the_time_of_the_committed_gifts_after_each_kill(tmp_path):
    rec = write_recording(tmp_path / "timer.ttlive.jsonl.gz", 900, seed=31, guests=True)
    exp = expected_totals(rec.messages)
    rng = random.Random(int(os.environ.get("RELIABILITY_SEED", "20261206")))
    t0 = time.monotonic()
    first = _replay(rec.path, tmp_path / "timing")
    assert first.wait(timeout=300) == 0, first.stderr.read()
    full = time.monotonic() - t0

    data = tmp_path / "killed"
    ends_at = _start_timer(data, time.time())
    landed = 0
    for _ in range(trials(4, 20)):
        proc = _replay(rec.path, data)
        try:
            time.sleep(rng.uniform(0.05, 0.95) * full)
        finally:
            if proc.poll() is None:
                os.kill(proc.pid, signal.SIGKILL)
                landed += 1
            proc.wait(timeout=60)
        coins, timer = _saved(data)
        # Whatever moment the kill hit: the time saved is the time of the gifts saved, no more, no less.
        assert timer.coins == coins
        assert timer.status == "running"
        assert abs(timer.ends_at - (ends_at + coins * SECONDS_PER_COIN)) < 1e-3
    assert landed >= 1, "no kill landed inside a replay; the recording is too short for this machine"
    tally("kill -9 with a running subathon timer", landed)

    restart = _replay(rec.path, data)
    assert restart.wait(timeout=300) == 0, restart.stderr.read()
    coins, timer = _saved(data)
    assert coins == exp["coins"] and timer.coins == exp["coins"]
    assert abs(timer.ends_at - (ends_at + exp["coins"] * SECONDS_PER_COIN)) < 1e-3
    # What the restarted app shows: the wall-clock time left, to the second.
    now = time.time()
    shown = SubathonTimer(TimerRules(seconds_per_coin=SECONDS_PER_COIN), timer).remaining(now)
    assert round(shown) == round(ends_at + exp["coins"] * SECONDS_PER_COIN - now)
