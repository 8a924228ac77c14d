"""A fresh obs-websocket 5 peer (obs_peer.FakeObs) on 127.0.0.1 for each test."""

from __future__ import annotations

import pytest

from streamer_app.obs.client import Backoff, ObsClient

from .obs_peer import FakeObs

PASSWORD = "supersecretpassword"  # protocol.md's own example password
FAST = Backoff(first=0.05, cap=0.2, auth_retry=0.2)  # tests wait on states, never on the clock


@pytest.fixture
async def obs():
    peer = FakeObs(password=PASSWORD)
    await peer.start()
    yield peer
    await peer.stop()


@pytest.fixture
async def client(obs):
    c = ObsClient("127.0.0.1", obs.port, PASSWORD, backoff=FAST)
    await c.connect_once()
    yield c
    await c.stop()
