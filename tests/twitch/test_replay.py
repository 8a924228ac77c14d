"""``streamer-app replay`` of Twitch recordings: exact totals in the ledger, also after kill -9."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from streamer_app.sources.errors import SourceError
from streamer_app.sources.factory import replay_source
from streamer_app.sources.twitch_recording import TwitchReplaySource

from ..conftest import ROOT
from .make_recording import write_recording


def _replay(rec, data) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "streamer_app", "replay", str(rec), "--headless", "--speed", "0", "--no-overlay",
         "--data-dir", str(data)], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def _totals(data) -> dict:
    with sqlite3.connect(data / "streamer-app.db") as c:
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        bits, subs, gifted, n = c.execute(
            "SELECT COALESCE(SUM(CASE WHEN kind = 'bits' THEN units END), 0), "
            "COALESCE(SUM(CASE WHEN kind IN ('sub', 'resub', 'gift_subs') THEN units END), 0), "
            "COALESCE(SUM(CASE WHEN kind = 'gift_subs' THEN units END), 0), COUNT(DISTINCT message_id) "
            "FROM platform_income").fetchone()
        follows, comments, source = c.execute("SELECT follows, comments, source FROM sessions").fetchone()
        assert c.execute("SELECT COUNT(*) FROM sessions").fetchone()[0] == 1
    assert source == "twitch"
    return {"bits": bits, "subs": subs, "gifted_subs": gifted, "messages": n, "follows": follows,
            "comments": comments}


def test_replay_picks_the_platform_from_the_header(tmp_path):
    rec = tmp_path / "night.twitch.jsonl.gz"
    write_recording(rec, 20)
    assert isinstance(replay_source(str(rec), 0), TwitchReplaySource)
    other = tmp_path / "other.jsonl"
    other.write_text('{"format": "streamer-app/raw-myspace/1"}\n')
    with pytest.raises(SourceError, match="is not a streamer-app raw recording"):
        replay_source(str(other), 0)


def test_a_replay_gives_exact_totals_and_a_second_replay_adds_nothing(tmp_path):
    rec = tmp_path / "night.twitch.jsonl.gz"
    exp = write_recording(rec, 600, seed=3)
    data = tmp_path / "data"
    for _ in range(2):
        p = _replay(rec, data)
        _, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
        assert _totals(data) == exp
    assert "replay: skipped" in err and "malformed line" in err


@pytest.mark.slow
def test_kill_9_mid_replay_then_resume_gives_exact_totals(tmp_path):
    rec = tmp_path / "long.twitch.jsonl.gz"
    exp = write_recording(rec, 6000, seed=7)
    t0 = time.monotonic()
    ref = _replay(rec, tmp_path / "reference")
    assert ref.wait(timeout=300) == 0, ref.stderr.read()
    full = time.monotonic() - t0
    assert _totals(tmp_path / "reference") == exp
    rng, data, landed, scale = random.Random(20261206), tmp_path / "killed", 0, 1.0
    for _ in range(8):  # until three kills landed: a busy machine makes the reference run slow
        proc = _replay(rec, data)
        time.sleep(rng.uniform(0.3, 0.9) * full * scale)
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            landed += 1
        else:
            scale /= 2  # the replay was over before the kill: aim earlier
        proc.wait(timeout=60)
        if landed == 3:
            break
    assert landed >= 1, "no kill landed inside a replay"
    final = _replay(rec, data)
    assert final.wait(timeout=300) == 0, final.stderr.read()
    assert _totals(data) == exp
