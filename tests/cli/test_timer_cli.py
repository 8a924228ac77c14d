"""``streamer-app timer``: the subathon timer for headless creators, as a user runs it."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
import time

from streamer_app.store.subathon import load_timer, timer_log

from ..conftest import ROOT, run_cli


def _timer(data, *args):
    return run_cli("timer", *args, "--data-dir", str(data))


def _saved(data):
    with sqlite3.connect(data / "streamer-app.db") as c:
        return load_timer(c), [(e.kind, e.seconds, e.cause) for e in reversed(timer_log(c))]


def test_start_add_pause_and_a_headless_demo_extends_it(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").write_text(json.dumps({"timer": {"start_minutes": 90, "seconds_per_coin": 2}}))
    r = _timer(data)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("Subathon timer: idle, 1:30:00 left") and "1 coin = 2 s" in r.stdout
    assert _timer(data, "start").returncode == 0
    r = _timer(data, "add", "600")
    assert r.returncode == 0 and re.search(r"running, 1:(39:5\d|40:00) left", r.stdout) and "added 10:00" in r.stdout
    saved, log = _saved(data)
    assert saved.status == "running" and log == [("start", 0, "command line"), ("adjust", 600, "command line")]

    demo = run_cli("--demo", "--headless", "--speed", "0", "--duration", "300", "--seed", "7", "--data-dir", str(data),
                   "--no-overlay")
    assert demo.returncode == 0, demo.stderr
    assert re.search(r"  subathon timer \d+:\d\d:\d\d \(added ", demo.stderr)  # the headless summary says so
    after, _ = _saved(data)
    with sqlite3.connect(data / "streamer-app.db") as c:
        coins = c.execute("SELECT SUM(coins) FROM ledger").fetchone()[0]
    assert after.coins == coins > 0 and after.ends_at == saved.ends_at + 2 * coins + 60 * after.subs  # (follows: 0 s)

    r = _timer(data, "pause")
    assert r.returncode == 0 and "paused" in r.stdout


def test_it_refuses_while_the_app_runs_on_the_folder_and_explains_bad_input(tmp_path):
    data = tmp_path / "data"
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamer_app", "--demo", "--headless", "--speed", "1", "--duration", "3600",
         "--data-dir", str(data), "--no-overlay"], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        text=True, env=os.environ.copy())
    try:
        deadline = time.monotonic() + 60
        while not (data / "streamer-app.lock").exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        time.sleep(1.0)
        r = _timer(data, "start")
        assert r.returncode != 0
        assert "running on this data folder" in r.stderr and "Traceback" not in r.stderr
    finally:
        proc.terminate()
        proc.wait(timeout=60)
    assert _timer(data, "start").returncode == 0  # once it stopped
    r = _timer(data, "add")
    assert r.returncode != 0 and "how many seconds" in r.stderr and "Traceback" not in r.stderr
