"""kill -9 of the headless app at random moments during a replay, then a full replay.

The promise (docs/RELIABILITY.md): a gift that the ledger reported committed is never
lost and none is counted twice. After any number of kills, replaying the same recording
to its end gives exactly the totals the count-once rule defines for it, and the
database passes PRAGMA integrity_check.
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

import pytest

from ..conftest import ROOT
from ..tiktok.make_recording import expected_totals, write_recording
from .conftest import tally, trials


def _replay(rec, data, **kw):
    return subprocess.Popen(
        [sys.executable, "-m", "streamer_app", "replay", str(rec), "--headless", "--speed", "0", "--no-overlay",
         "--data-dir", str(data)],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, **kw,
    )


def _export(data, out):
    r = subprocess.run([sys.executable, "-m", "streamer_app", "export", "last", "--format", "json", "-o", str(out),
                        "--data-dir", str(data)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    return json.loads(out.read_text())


@pytest.fixture(scope="module")
def recording(tmp_path_factory):
    path = tmp_path_factory.mktemp("rec") / "faults.ttlive.jsonl.gz"
    rec = write_recording(path, 1500, seed=11, junk=True)
    return path, expected_totals(rec.messages)


def _assert_exact(summary, exp):
    t = summary["totals"]
    assert (t["coins"], t["gifts"], t["unique_gifters"]) == (exp["coins"], exp["gifts"], exp["unique_gifters"])


def test_random_kills_then_a_full_replay_give_the_exact_totals(recording, tmp_path):
    rec, exp = recording
    rng = random.Random(int(os.environ.get("RELIABILITY_SEED", "20261123")))
    # How long one uninterrupted replay takes here, so kills land inside the run.
    t0 = time.monotonic()
    ref = _replay(rec, tmp_path / "reference")
    assert ref.wait(timeout=300) == 0, ref.stderr.read()
    full = time.monotonic() - t0
    _assert_exact(_export(tmp_path / "reference", tmp_path / "ref.json"), exp)

    data = tmp_path / "killed"
    kills = trials(3, 200)
    landed = 0
    for _ in range(kills):
        proc = _replay(rec, data)
        try:
            time.sleep(rng.uniform(0.05, 0.95) * full)
        finally:
            if proc.poll() is None:
                os.kill(proc.pid, signal.SIGKILL)
                landed += 1
            proc.wait(timeout=60)
        with sqlite3.connect(data / "streamer-app.db") as c:
            assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert landed >= 1, "no kill landed inside a replay; the recording is too short for this machine"
    tally("kill -9 during a replay (landed before the replay ended)", landed)
    final = _replay(rec, data)
    assert final.wait(timeout=300) == 0, final.stderr.read()
    summary = _export(data, tmp_path / "final.json")
    _assert_exact(summary, exp)
    per_gift = {g["gift_id"]: (g["count"], g["coins"]) for g in summary["gifts"]}
    assert per_gift == {gid: (v["count"], v["coins"]) for gid, v in exp["per_gift"].items()}
    with sqlite3.connect(data / "streamer-app.db") as c:
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert c.execute("SELECT COUNT(*) FROM sessions").fetchone()[0] == 1
