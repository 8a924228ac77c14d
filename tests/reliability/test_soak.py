"""Soak: the demo at high speed with the window open; memory, file descriptors and threads stay flat.

The real app (``python -m streamer_app --demo``, window offscreen, overlay server on, one
overlay WebSocket client reading the feed the whole time) plays an hour of stream time at
120x (short version, about 30 s) or six hours (long version, about 3 minutes). Every quarter
second the test reads the child's resident memory, open file descriptors and threads from
/proc. After the warm-up (the first quarter: fonts, the chart, sounds, the first sockets),
the last quarter of the stream must not sit above the second quarter by more than a small
allowance, and the totals the window's engine committed must equal a headless run of the
same seeded demo: a long, busy session neither leaks nor loses anything.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from streamer_app import settings as settings_mod
from streamer_app.settings import Settings, new_token

from ..conftest import ROOT
from ..overlay.conftest import free_port
from .conftest import LONG, overlay_updates, session_totals, tally

pytestmark = pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc (Linux only)")

SPEED = 120
HOURS = 6 if LONG else 1
SEED = 11
RSS_ALLOWANCE_MB = 12 * HOURS  # last quarter over second quarter: generous for the allocator's noise
FD_ALLOWANCE = 2
THREAD_ALLOWANCE = 1


@dataclass
class Sample:
    t: float  # seconds since the child started
    rss_mb: float
    fds: int
    threads: int


def _sample(pid: int, t0: float) -> Sample | None:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
        fds = len(os.listdir(f"/proc/{pid}/fd"))
    except (FileNotFoundError, ProcessLookupError):
        return None
    fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
    if "VmRSS" not in fields:  # the child is exiting (a zombie has no memory left to report)
        return None
    rss_kb = int(fields["VmRSS"].split()[0])
    return Sample(time.monotonic() - t0, rss_kb / 1024, fds, int(fields["Threads"]))


async def _read_overlay(port: int, token: str, stop: asyncio.Event, seen: dict) -> None:
    """One overlay client for the whole session, as OBS keeps a browser source open."""
    async for update in overlay_updates(port, token, stop):  # the window starts it after its first paint
        if update.get("type") == "gift":
            seen["gifts"] += 1


def _quarter(samples: list[Sample], k: int, stream_s: float) -> list[Sample]:
    lo, hi = stream_s * k / 4, stream_s * (k + 1) / 4
    return [s for s in samples if lo <= s.t < hi]


async def _soak(tmp_path: Path) -> tuple[list[Sample], float, dict, str]:
    data = tmp_path / "window"
    token, port = new_token(), free_port()
    settings_mod.save(data, replace(Settings(), overlay_token=token, overlay_port=port))
    stream_s = HOURS * 3600 / SPEED
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamer_app", "--demo", "--speed", str(SPEED), "--duration", str(HOURS * 3600),
         "--seed", str(SEED), "--exit-after", str(stream_s + 15), "--data-dir", str(data)],  # room for a slow machine
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    t0 = time.monotonic()
    samples: list[Sample] = []
    seen = {"gifts": 0}
    stop = asyncio.Event()
    reader = asyncio.ensure_future(_read_overlay(port, token, stop, seen))
    try:
        while proc.poll() is None:
            s = _sample(proc.pid, t0)
            if s is not None:
                samples.append(s)
            await asyncio.sleep(0.25)
            if reader.done():
                reader.result()  # raises if the client could not connect
        stop.set()
        await asyncio.wait_for(reader, 5)
        _, err = proc.communicate(timeout=60)
    finally:
        stop.set()
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err[-3000:]
    return samples, stream_s, seen, err


def test_an_hour_at_high_speed_with_the_window_open_stays_flat_and_exact(tmp_path):
    ref = tmp_path / "headless"
    r = subprocess.run([sys.executable, "-m", "streamer_app", "--demo", "--headless", "--speed", "0", "--no-overlay",
                        "--duration", str(HOURS * 3600), "--seed", str(SEED), "--data-dir", str(ref)],
                       cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr[-3000:]

    samples, stream_s, seen, err = asyncio.run(_soak(tmp_path))
    early, late = _quarter(samples, 1, stream_s), _quarter(samples, 3, stream_s)
    assert len(early) >= 8 and len(late) >= 8, f"too few samples ({len(samples)}): the machine is too busy"

    rss_early, rss_late = statistics.median(s.rss_mb for s in early), statistics.median(s.rss_mb for s in late)
    fds_early, fds_late = max(s.fds for s in early), max(s.fds for s in late)
    thr_early, thr_late = max(s.threads for s in early), max(s.threads for s in late)
    figures = (f"soak {HOURS} h of stream at {SPEED}x: RSS {rss_early:.1f} -> {rss_late:.1f} MB, "
               f"fds {fds_early} -> {fds_late}, threads {thr_early} -> {thr_late}, "
               f"{seen['gifts']} gifts reached the overlay client")
    print(figures)
    assert rss_late - rss_early <= RSS_ALLOWANCE_MB, figures
    assert fds_late <= fds_early + FD_ALLOWANCE, figures
    assert thr_late <= thr_early + THREAD_ALLOWANCE, figures
    assert seen["gifts"] > 0, figures

    expected = session_totals(ref)
    assert session_totals(tmp_path / "window") == expected, "the window's session differs from the same demo run headless"
    assert expected["totals"]["gifts"] > 1000
    tally("soak stream hours with the window open", HOURS)
    tally("soak gifts counted", expected["totals"]["gifts"])
