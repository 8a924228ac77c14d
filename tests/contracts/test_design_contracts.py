"""DESIGN.md section 4, checked from the outside: the command line on a fresh data folder.

These tests know only the contracts (command names, file formats, summary keys, the
actions file), not how the app meets them, so they hold whatever the code inside becomes.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
import threading
from decimal import Decimal
from pathlib import Path

import pytest
from aiohttp import web

from ..conftest import run_cli
from ..tiktok.make_recording import write_recording
from .fixtures import write_twitch, write_youtube

DB = "streamer-app.db"


def _export(data: Path, tmp_path: Path, ref: str = "last") -> dict:
    out = tmp_path / f"summary-{ref}.json"
    r = run_cli("export", ref, "--format", "json", "-o", str(out), "--data-dir", str(data))
    assert r.returncode == 0, r.stderr
    return json.loads(out.read_text(encoding="utf-8"))


def test_overlay_urls_lists_every_page(tmp_path):
    r = run_cli("overlay", "urls", "--data-dir", str(tmp_path / "d"))
    assert r.returncode == 0, r.stderr
    for page in ("alerts", "goal", "tally", "leaderboard", "feed", "timer", "likes"):
        assert f"/overlay/{page}?" in r.stdout, page


def test_a_twitch_recording_replays_by_its_header(tmp_path):
    rec = tmp_path / "night.twitch.jsonl"
    want = write_twitch(rec)
    data = tmp_path / "d"
    for _ in range(2):  # a second replay of the same recording counts nothing again
        r = run_cli("replay", str(rec), "--headless", "--speed", "0", "--no-overlay", "--data-dir", str(data))
        assert r.returncode == 0, r.stderr
    s = _export(data, tmp_path)
    assert s["session"]["platform"] == "twitch"
    assert s["totals"]["bits"] == want["bits"]
    assert s["totals"]["subs"] == want["subs"]
    assert Decimal(str(s["totals"]["estimated_earnings"])) > 0 and s["totals"]["currency"]


def test_a_youtube_recording_replays_by_its_header(tmp_path):
    rec = tmp_path / "night.youtube.jsonl"
    want = write_youtube(rec)
    data = tmp_path / "d"
    r = run_cli("replay", str(rec), "--headless", "--speed", "0", "--no-overlay", "--data-dir", str(data))
    assert r.returncode == 0, r.stderr
    s = _export(data, tmp_path)
    assert s["session"]["platform"] == "youtube"
    assert s["totals"]["paid_messages"] == want["paid_messages"]
    paid = {p["currency"]: Decimal(str(p["amount"])) for p in s["totals"]["paid"]}
    assert paid == {c: Decimal(a) for c, a in want["paid"].items()}


class _Hooks:
    """A local webhook receiver on 127.0.0.1 (its own thread and loop), counting POSTs per rule."""

    def __init__(self) -> None:
        self.bodies: list[dict] = []
        self.port = 0
        self._ready = threading.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        self._loop = asyncio.new_event_loop()

        async def hook(request: web.Request) -> web.Response:
            self.bodies.append(await request.json())
            return web.Response(text="ok")

        async def start() -> web.AppRunner:
            app = web.Application()
            app.router.add_post("/hook", hook)
            runner = web.AppRunner(app)
            await runner.setup()
            site = web.TCPSite(runner, "127.0.0.1", 0)
            await site.start()
            self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
            return runner

        self._runner = self._loop.run_until_complete(start())
        self._ready.set()
        self._loop.run_forever()

    def __enter__(self) -> "_Hooks":
        self._thread.start()
        self._ready.wait(10)
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._loop is not None
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    def count(self, rule: str) -> int:
        return sum(1 for b in list(self.bodies) if b.get("rule") == rule)


def _rules(port: int) -> dict:
    hook = {"type": "webhook", "url": f"http://127.0.0.1:{port}/hook"}
    return {"rules": [
        {"name": "host gifts", "enabled": True, "when": {"event": "gift", "recipient": "host"}, "do": [hook]},
        {"name": "every gift", "enabled": True, "when": {"event": "gift"}, "do": [hook]},
        {"name": "big gifts", "enabled": True, "when": {"event": "gift", "min_coins": 100}, "do": [hook]},
        {"name": "off", "enabled": False, "when": {"event": "gift"}, "do": [hook]},
    ]}


def _rows(data: Path, where: str = "") -> int:
    with sqlite3.connect(data / DB) as db:
        return db.execute(f"SELECT COUNT(*) FROM ledger {where}").fetchone()[0]


def _guest_rows(data: Path) -> int:
    with sqlite3.connect(data / DB) as db:
        return db.execute("SELECT COUNT(*) FROM guest_gifts").fetchone()[0]


def _big_rows(data: Path) -> int:
    """Ledger rows (the host's and the guests') whose coins (units x price) are at least 100."""
    with sqlite3.connect(data / DB) as db:
        total = 0
        for table in ("ledger", "guest_gifts"):
            cols = {r[1] for r in db.execute(f"PRAGMA table_info({table})")}
            coins = "coins" if "coins" in cols else "units * coins_each"
            total += db.execute(f"SELECT COUNT(*) FROM {table} WHERE {coins} >= 100").fetchone()[0]
        return total


@pytest.mark.parametrize("seed", [5, 23])
def test_demo_gift_rules_fire_once_per_counted_gift(tmp_path, seed):
    data = tmp_path / "d"
    data.mkdir()
    with _Hooks() as hooks:
        (data / "actions.json").write_text(json.dumps(_rules(hooks.port)))
        r = run_cli("--demo", "--headless", "--speed", "0", "--duration", "240", "--seed", str(seed),
                    "--no-overlay", "--data-dir", str(data))
        assert r.returncode == 0, r.stderr
        host, guests = _rows(data), _guest_rows(data)
        assert host > 20
        assert hooks.count("host gifts") == host
        assert hooks.count("every gift") == host + guests
        assert hooks.count("big gifts") == _big_rows(data)
        assert hooks.count("off") == 0
        body = next(b for b in hooks.bodies if b["rule"] == "every gift")
        assert set(body) == {"rule", "event"} and isinstance(body["event"], dict)


def test_replay_fires_actions_only_when_asked(tmp_path):
    rec = tmp_path / "r.ttlive.jsonl.gz"
    write_recording(rec, 400, seed=9, guests=True)
    with _Hooks() as hooks:
        quiet, loud = tmp_path / "quiet", tmp_path / "loud"
        for data in (quiet, loud):
            data.mkdir()
            (data / "actions.json").write_text(json.dumps(_rules(hooks.port)))
        r = run_cli("replay", str(rec), "--headless", "--speed", "0", "--no-overlay", "--data-dir", str(quiet))
        assert r.returncode == 0, r.stderr
        assert hooks.bodies == []
        r = run_cli("replay", str(rec), "--actions", "--headless", "--speed", "0", "--no-overlay",
                    "--data-dir", str(loud))
        assert r.returncode == 0, r.stderr
        assert hooks.count("every gift") == _rows(loud) + _guest_rows(loud)
        assert hooks.count("host gifts") == _rows(loud)
        # The same recording again: nothing new is counted, so nothing fires again.
        before = len(hooks.bodies)
        r = run_cli("replay", str(rec), "--actions", "--headless", "--speed", "0", "--no-overlay",
                    "--data-dir", str(loud))
        assert r.returncode == 0, r.stderr
        assert len(hooks.bodies) == before


def test_a_broken_actions_file_is_refused_with_its_line_and_nothing_else_stops(tmp_path):
    data = tmp_path / "d"
    data.mkdir()
    (data / "actions.json").write_text('{"rules": [\n  {"name": "x",\n  "enabled": true,,\n]}\n')
    r = run_cli("--demo", "--headless", "--speed", "0", "--duration", "60", "--seed", "3",
                "--no-overlay", "--data-dir", str(data))
    assert r.returncode == 0, r.stderr
    assert "actions.json" in (r.stdout + r.stderr) and "line 3" in (r.stdout + r.stderr)
    assert _rows(data) > 0
