"""Reliability suite: a short version runs in CI; `-m long` (or RELIABILITY_LONG=1) runs the long one.

Every fault test reports what it tried through ``tally`` (inputs fuzzed, faults
injected, trials run); the totals are printed at the end of the run, which is where
the figures in docs/RELIABILITY.md come from.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import aiohttp
import pytest

from ..conftest import ROOT

LONG = os.environ.get("RELIABILITY_LONG") == "1"
TALLY: Counter[str] = Counter()


def trials(short: int, long: int) -> int:
    return long if LONG else short


def tally(what: str, n: int = 1) -> None:
    """Count something the suite tried (shown in the terminal summary)."""
    TALLY[what] += n


async def connect_overlay(http: aiohttp.ClientSession, port: int, token: str, wait_s: float = 20.0):
    """The overlay feed's WebSocket of an app started in a child process (it may still be starting)."""
    url = f"ws://127.0.0.1:{port}/overlay/ws?token={token}"
    for _ in range(int(wait_s / 0.05)):
        try:
            return await http.ws_connect(url)
        except aiohttp.ClientError:
            await asyncio.sleep(0.05)
    raise AssertionError("the overlay server never came up")


async def overlay_updates(port: int, token: str, stop: asyncio.Event, wait_s: float = 20.0):
    """Every update the overlay feed sends, as one OBS browser source would read it, until ``stop``."""
    async with aiohttp.ClientSession() as http:
        async with await connect_overlay(http, port, token, wait_s) as ws:
            while not stop.is_set():
                try:
                    msg = await ws.receive(timeout=0.2)
                except asyncio.TimeoutError:
                    continue
                if msg.type != aiohttp.WSMsgType.TEXT:
                    return
                for d in json.loads(msg.data).get("deltas", []):
                    yield d["update"]


def session_totals(data: Path) -> dict:
    """The last session's totals and per-gift counts, read back through the real export command."""
    out = data.parent / f"{data.name}-summary.json"
    r = subprocess.run([sys.executable, "-m", "streamer_app", "export", "last", "--format", "json", "-o", str(out),
                        "--data-dir", str(data)], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    s = json.loads(out.read_text())
    return {"totals": {k: s["totals"][k] for k in ("coins", "gifts", "unique_gifters")},
            "gifts": sorted((g["gift_id"], g["count"], g["coins"]) for g in s["gifts"])}


def pytest_configure(config: pytest.Config) -> None:
    # `-m long` selects the long versions as RELIABILITY_LONG=1 does.
    global LONG
    if "long" in (config.getoption("markexpr", "") or "").replace("not long", ""):
        LONG = True
        os.environ["RELIABILITY_LONG"] = "1"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if LONG:
        return
    skip = pytest.mark.skip(reason="long reliability run: RELIABILITY_LONG=1 or -m long")
    for item in items:
        if "long" in item.keywords:
            item.add_marker(skip)


def pytest_terminal_summary(terminalreporter) -> None:
    if TALLY:
        terminalreporter.write_sep("-", f"reliability figures ({'long' if LONG else 'short'} run)")
        for what, n in sorted(TALLY.items()):
            terminalreporter.write_line(f"{what}: {n}")
