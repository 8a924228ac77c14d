"""A real webhook receiver on 127.0.0.1 (aiohttp, its own thread) and helpers for actions.json."""

from __future__ import annotations

import asyncio
import json
import sqlite3
import threading
from pathlib import Path

import pytest
from aiohttp import web


class WebhookServer:
    """Records every POSTed JSON body; ``delay`` seconds before answering (a slow or hung peer)."""

    def __init__(self, delay: float = 0.0, status: int = 204) -> None:
        self.delay, self.status = delay, status
        self.bodies: list[dict] = []
        self.lock = threading.Lock()
        self.port = 0
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._main, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hook/secret-token"

    def start(self) -> "WebhookServer":
        self._thread.start()
        assert self._ready.wait(10)
        return self

    def stop(self) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    async def _handle(self, request: web.Request) -> web.Response:
        body = await request.json()
        with self.lock:
            self.bodies.append(body)
        if self.delay:
            await asyncio.sleep(self.delay)
        return web.Response(status=self.status)

    def _main(self) -> None:
        asyncio.set_event_loop(self._loop)
        app = web.Application()
        app.router.add_post("/hook/{token}", self._handle)
        runner = web.AppRunner(app)
        self._loop.run_until_complete(runner.setup())
        site = web.TCPSite(runner, "127.0.0.1", 0)
        self._loop.run_until_complete(site.start())
        self.port = site._server.sockets[0].getsockname()[1]
        self._ready.set()
        self._loop.run_forever()
        self._loop.run_until_complete(runner.cleanup())

    def received(self) -> list[dict]:
        with self.lock:
            return list(self.bodies)


@pytest.fixture
def webhook():
    server = WebhookServer().start()
    yield server
    server.stop()


def write_actions(data: Path, rules: list[dict], settings: dict | None = None) -> None:
    """actions.json with ``rules``, and settings.json with ``settings`` when given."""
    data.mkdir(parents=True, exist_ok=True)
    (data / "actions.json").write_text(json.dumps({"rules": rules}), encoding="utf-8")
    if settings is not None:
        (data / "settings.json").write_text(json.dumps(settings), encoding="utf-8")


def gift_rows(data: Path, where: str = "1", tables: tuple[str, ...] = ("ledger", "guest_gifts")) -> list[tuple]:
    """(ts, user_id, gift_id, units, coins) of every counted gift (the host's and the guests'), sorted."""
    conn = sqlite3.connect(data / "streamer-app.db")
    try:
        rows = []
        for table in tables:
            rows += conn.execute(f"SELECT ts, user_id, gift_id, units, coins FROM {table} WHERE {where}").fetchall()
        return sorted(rows)
    finally:
        conn.close()


def posted_gifts(bodies: list[dict], rule: str) -> list[tuple]:
    return sorted((b["event"]["ts"], b["event"]["user"]["id"], b["event"]["gift"]["id"], b["event"]["units"],
                   b["event"]["coins"]) for b in bodies if b["rule"] == rule)
