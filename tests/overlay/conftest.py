"""A real overlay server on 127.0.0.1 (an ephemeral port) and helpers to talk to it."""

from __future__ import annotations

import json
import socket
from dataclasses import replace

import aiohttp
import pytest
from yarl import URL

from streamer_app.overlay.server import OverlayServer
from streamer_app.settings import Settings, new_token

TOKEN = new_token()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
async def server():
    srv = OverlayServer(replace(Settings(), overlay_token=TOKEN), port=0)
    await srv.start()
    yield srv
    await srv.stop()


@pytest.fixture
async def http():
    async with aiohttp.ClientSession() as session:
        yield session


def base(srv: OverlayServer) -> str:
    return f"http://127.0.0.1:{srv.port}"


def raw_url(srv: OverlayServer, path_and_query: str) -> URL:
    """A URL sent exactly as written (no normalisation of dots or escapes by the client)."""
    return URL(base(srv) + path_and_query, encoded=True)


def ws_url(srv: OverlayServer, token: str = TOKEN, **params) -> str:
    q = "".join(f"&{k}={v}" for k, v in params.items())
    return f"ws://127.0.0.1:{srv.port}/overlay/ws?token={token}{q}"


async def receive(ws, timeout: float = 5.0) -> dict:
    msg = await ws.receive(timeout=timeout)
    assert msg.type == aiohttp.WSMsgType.TEXT, msg
    return json.loads(msg.data)


async def deltas_until(ws, count: int, timeout: float = 5.0) -> list[dict]:
    """Collect at least ``count`` deltas (frames may carry several)."""
    out: list[dict] = []
    while len(out) < count:
        frame = await receive(ws, timeout)
        assert frame["v"] == 1 and frame["type"] == "deltas", frame
        out.extend(frame["deltas"])
    return out


def gift_update(n: int, coins: int = 5) -> dict:
    return {"type": "gift", "ts": 1000.0 + n, "user": {"id": str(n), "handle": f"u{n}", "nickname": f"User {n}",
            "name": f"User {n}", "avatar": ""}, "gift": {"id": 3, "name": "Finger Heart", "coins": coins,
            "image": "gifts/finger-heart.svg"}, "units": 1, "coins": coins, "streak": False,
            "closed_without_end": False}
