"""Timing never changes a total (DESIGN.md section 1, issue 15).

The same recording is replayed by the real command, into fresh folders: flat out, flat out
with the ledger writer slowed (a fixed delay before each commit and random stalls, as on a
USB stick or a disk an antivirus scans), flat out while both cores are busy, and in real
time with the slow writer. Every replay must give the totals the judge computes from the
frames alone, and the very same ledger rows. Before the fix a slow writer made the counter
ask the store about streaks it had not committed yet, and they were counted again.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from ..conftest import ROOT
from ..tiktok.make_recording import expected_totals, write_recording
from .conftest import tally, trials

SLOW_WRITER = ROOT / "tests" / "support" / "slow_writer"
LEDGER_ROWS = ("SELECT ts, msg_id, user_id, gift_id, units, coins_each, coins, streak_key, units_to, "
               "closed_without_end FROM ledger ORDER BY id")


def replay(rec: Path, data: Path, speed: float = 0, slow: bool = False, seed: int = 0) -> None:
    env = dict(os.environ)
    if slow:
        env.update(PYTHONPATH=str(SLOW_WRITER), SLOW_WRITER_DELAY_S="0.15", SLOW_WRITER_STALL_S="1.0",
                   SLOW_WRITER_SEED=str(seed))
    run = subprocess.run(
        [sys.executable, "-m", "streamer_app", "replay", str(rec), "--headless", "--speed", str(speed),
         "--no-overlay", "--data-dir", str(data)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert "NOT SAVED" not in run.stderr and "refused" not in run.stderr, run.stderr[-2000:]


def ledger(data: Path) -> tuple[tuple[int, int, int], str]:
    """(coins, units, gifters) and a hash of every ledger row in the order it was written."""
    with sqlite3.connect(data / "streamer-app.db") as c:
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        totals = c.execute("SELECT SUM(coins), SUM(units), COUNT(DISTINCT user_id) FROM ledger").fetchone()
        rows = c.execute(LEDGER_ROWS).fetchall() + c.execute(LEDGER_ROWS.replace("ledger", "guest_gifts")).fetchall()
    return tuple(totals), hashlib.sha256(repr(rows).encode()).hexdigest()


class BusyCores:
    """Both cores busy with pure-Python loops for as long as the block runs (bounded by a timeout)."""

    def __enter__(self) -> "BusyCores":
        code = "import time\nend = time.monotonic() + 300\nwhile time.monotonic() < end: pass"
        self.procs = [subprocess.Popen([sys.executable, "-c", code]) for _ in range(os.cpu_count() or 2)]
        return self

    def __exit__(self, *exc) -> None:
        for p in self.procs:
            p.kill()
            p.wait(timeout=30)


SEEDS = [3, 12, 29, 44, 57, 70]


@pytest.mark.slow
@pytest.mark.parametrize("seed", SEEDS[:trials(2, 6)])
def test_a_recording_gives_one_ledger_whatever_the_timing(tmp_path, seed):
    rec = write_recording(tmp_path / "faults.ttlive.jsonl.gz", 1500, seed=seed, guests=seed % 2 == 1)
    exp = expected_totals(rec.messages)
    expected = (exp["coins"], exp["gifts"], exp["unique_gifters"])

    replay(rec.path, tmp_path / "plain")
    totals, reference = ledger(tmp_path / "plain")
    assert totals == expected
    runs = {"slow disk": dict(slow=True, seed=seed), "slow disk again": dict(slow=True, seed=seed + 1)}
    for name, kw in runs.items():
        replay(rec.path, tmp_path / name, **kw)
        assert ledger(tmp_path / name) == (expected, reference), name
    with BusyCores():
        replay(rec.path, tmp_path / "busy", slow=True, seed=seed)
    assert ledger(tmp_path / "busy") == (expected, reference), "busy cores"
    # In real time (sped up 40x): ticks of the engine's clock fall between frames.
    replay(rec.path, tmp_path / "real time", speed=40, slow=True, seed=seed)
    assert ledger(tmp_path / "real time") == (expected, reference), "real time"
    tally("replays compared for one ledger (slow disk, busy cores, real time)", len(runs) + 3)
