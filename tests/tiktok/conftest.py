"""Fixtures for the TikTok tests: engine runs on real SQLite files, fast timings."""

from __future__ import annotations

import asyncio

import pytest

from streamer_app.engine.engine import Engine
from streamer_app.settings import Settings
from streamer_app.sources.tiktok import TikTokSource
from streamer_app.store.queries import Reader
from streamer_app.store.database import DB_FILENAME

from . import frames as F  # noqa: F401  (primes TikTokLive's metadata before any test builds messages)

FAST = dict(backoff_base=0.05, backoff_cap=0.2, watchdog_s=2.0, stable_after_s=60.0)


def tiktok_source(server, tmp_path, fail_first=None, states=None, **kw) -> TikTokSource:
    return TikTokSource(
        "@live.tester",
        recordings_dir=tmp_path / "recordings",
        on_state=(states.append if states is not None else None),
        configure_client=server.fake_sign(fail_first),
        start_kwargs={"room_id": 7490000000000000042, "fetch_live_check": False},
        **{**FAST, **kw},
    )


async def run_engine(source, data_dir, timeout: float = 30.0):
    engine = Engine(source, data_dir, Settings())
    states: list[dict] = []

    class Tap:
        def publish(self, update: dict) -> None:
            if update.get("type") in ("state", "gap"):
                states.append(update)

    engine.add_publisher(Tap())
    result = await asyncio.wait_for(engine.run(), timeout)
    return engine, result, states


def ledger(data_dir, session_id: int) -> list[tuple]:
    """(msg_id, user_id, gift_id, units, coins, closed_without_end) rows of a session."""
    r = Reader(data_dir / DB_FILENAME)
    try:
        return [tuple(row) for row in r.conn.execute(
            "SELECT msg_id, user_id, gift_id, units, coins, closed_without_end FROM ledger "
            "WHERE session_id = ? ORDER BY id", (session_id,))]
    finally:
        r.close()


@pytest.fixture
def data(tmp_path):
    d = tmp_path / "data"
    d.mkdir()
    return d
