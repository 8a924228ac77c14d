"""Qt tests run offscreen, and never touch a real user's data or log folders."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _private_folders(tmp_path, monkeypatch):
    monkeypatch.setenv("STREAMER_APP_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))


def run_demo(home: Path, seed: int = 3, duration: float = 300.0, start: float | None = None):
    """A real demo stream through the real engine into a real ledger file; returns the engine."""
    from streamer_app.engine.engine import Engine
    from streamer_app.settings import Settings
    from streamer_app.sources.demo import DemoSource

    engine = Engine(DemoSource(seed=seed, duration=duration, speed=0, start=start), home, Settings())
    asyncio.run(engine.run())
    return engine


@pytest.fixture(scope="session")
def demo_home(tmp_path_factory):
    home = tmp_path_factory.mktemp("demo_home")
    engine = run_demo(home)
    return home, engine.snapshot()


@pytest.fixture
def demo_runner():
    return run_demo


def snap_with_coins(snap: dict, coins: int) -> dict:
    """The demo snapshot rescaled so the session (and balance) ends at ``coins``."""
    out = dict(snap)
    last = snap["timeline"][-1][1]
    out["timeline"] = [[t, c * coins // last] for t, c in snap["timeline"]]
    out["totals"] = {**snap["totals"], "coins": coins}
    out["balance"] = {**snap["balance"], "base_coins": 0, "coins": coins}
    return out
