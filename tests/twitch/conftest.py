"""Fixtures for the Twitch tests: the fake Twitch on 127.0.0.1 and a source wired to it."""

from __future__ import annotations

import asyncio

import pytest

from streamer_app.core import events as ev
from streamer_app.sources.twitch import TwitchSource
from streamer_app.sources.twitch_auth import TwitchAuth

from .fake_twitch import CLIENT_ID, LOGIN, FakeTwitch

FAST = dict(keepalive_grace=0.3, welcome_timeout=5.0, backoff_base=0.05, backoff_cap=0.2)


@pytest.fixture
async def twitch():
    server = await FakeTwitch().start()
    yield server
    await server.stop()


def make_source(server: FakeTwitch, tmp_path, access: str = "access-1", refresh: str = "refresh-1",
                saved: list | None = None, **kw) -> TwitchSource:
    auth = TwitchAuth(CLIENT_ID, access, refresh, (lambda a, r: saved.append((a, r))) if saved is not None else None,
                      **server.urls())
    return TwitchSource(LOGIN, auth, recordings_dir=tmp_path / "recordings", eventsub_url=server.ws_url,
                        **{**FAST, **kw})


async def collect(source: TwitchSource, until, timeout: float = 20.0) -> list:
    """Events from ``source`` until ``until(events)`` holds (or the source ends)."""
    got: list = []

    async def run() -> None:
        async for e in source.events():
            got.append(e)
            if until(got):
                return
    await asyncio.wait_for(run(), timeout)
    return got


def paid(events) -> list[ev.PaidEvent]:
    return [e for e in events if isinstance(e, ev.PaidEvent)]


def states(events) -> list[ev.ConnectionStateEvent]:
    return [e for e in events if isinstance(e, ev.ConnectionStateEvent)]
