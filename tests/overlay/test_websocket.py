"""The WebSocket feed over real sockets: origin, token, client limits, snapshot, deltas, resume."""

from __future__ import annotations

import asyncio
import json

import aiohttp
import pytest

from streamer_app.engine.engine import Engine
from streamer_app.overlay import feed as feed_mod
from streamer_app.settings import Settings
from streamer_app.sources.demo import DemoSource

from .conftest import TOKEN, deltas_until, gift_update, receive, ws_url


async def test_socket_needs_the_token(server, http):
    for token, status in (("", 401), ("wrong" * 5, 403)):
        with pytest.raises(aiohttp.WSServerHandshakeError) as info:
            await http.ws_connect(ws_url(server, token=token))
        assert info.value.status == status


@pytest.mark.parametrize("origin", ["https://evil.example", "http://evil.example", "http://127.0.0.1:1",
                                    "http://localhost.evil.example:{port}", "file://"])
async def test_foreign_origin_is_forbidden(server, http, origin):
    with pytest.raises(aiohttp.WSServerHandshakeError) as info:
        await http.ws_connect(ws_url(server), headers={"Origin": origin.format(port=server.port)})
    assert info.value.status == 403


@pytest.mark.parametrize("origin", [None, "null", "http://127.0.0.1:{port}", "http://localhost:{port}"])
async def test_own_null_and_absent_origins_connect(server, http, origin):
    headers = {} if origin is None else {"Origin": origin.format(port=server.port)}
    async with http.ws_connect(ws_url(server), headers=headers) as ws:
        first = await receive(ws)
        assert first["v"] == 1 and first["type"] == "snapshot"


async def test_foreign_host_on_socket_is_misdirected(server, http):
    with pytest.raises(aiohttp.WSServerHandshakeError) as info:
        await http.ws_connect(ws_url(server), headers={"Host": f"rebind.example:{server.port}"})
    assert info.value.status == 421


async def test_oversized_client_message_closes_with_1009(server, http):
    async with http.ws_connect(ws_url(server)) as ws:
        await receive(ws)
        await ws.send_str(json.dumps({"type": "ack", "seq": 1, "pad": "x" * 2000}))
        msg = await ws.receive(timeout=5)
        assert msg.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED, aiohttp.WSMsgType.CLOSING)
        assert ws.close_code == 1009


@pytest.mark.parametrize("payload, code", [
    ('{"type": "publish", "update": {"type": "gift"}}', 1008),
    ("not json", 1008),
    ('{"type": "ack", "seq": "7"}', 1008),
    (b"\x00\x01", 1003),
])
async def test_socket_is_read_only_apart_from_acks(server, http, payload, code):
    async with http.ws_connect(ws_url(server)) as ws:
        await receive(ws)
        await ws.send_str(json.dumps({"type": "ack", "seq": 0}))  # an ack is fine
        if isinstance(payload, bytes):
            await ws.send_bytes(payload)
        else:
            await ws.send_str(payload)
        msg = await ws.receive(timeout=5)
        assert msg.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED)
        assert ws.close_code == code
    for _ in range(200):  # the server forgets the page once its handler returns
        if server.client_count == 0:
            break
        await asyncio.sleep(0.01)
    assert server.client_count == 0


async def test_snapshot_then_numbered_deltas(server, http):
    server.publish(gift_update(0))
    async with http.ws_connect(ws_url(server)) as ws:
        snap = await receive(ws)
        assert snap["type"] == "snapshot" and snap["seq"] == server.feed.seq
        assert snap["config"]["alerts"]["tier_coins"][0] == 0
        assert [u["user"]["id"] for u in snap["recent"]] == ["0"]  # the feed page's backlog
        for n in range(1, 6):
            server.publish(gift_update(n))
        deltas = await deltas_until(ws, 5)
    assert [d["seq"] for d in deltas] == list(range(snap["seq"] + 1, snap["seq"] + 6))
    assert [d["update"]["user"]["id"] for d in deltas] == ["1", "2", "3", "4", "5"]


async def test_resume_after_reconnect_loses_and_repeats_nothing(server, http):
    async with http.ws_connect(ws_url(server)) as ws:
        snap = await receive(ws)
        for n in range(3):
            server.publish(gift_update(n))
        first = await deltas_until(ws, 3)
    epoch, last = snap["epoch"], first[-1]["seq"]
    await asyncio.sleep(0.2)  # let the throttled totals delta happen while the page is away
    for n in range(3, 10):  # sent while the page is away (an OBS scene switch)
        server.publish(gift_update(n))
    async with http.ws_connect(ws_url(server, epoch=epoch, since=last)) as ws:
        head = await receive(ws)
        assert head["type"] == "resume" and head["seq"] == last
        assert head["missed"] == server.feed.seq - last >= 7
        missed = await deltas_until(ws, head["missed"])
        server.publish(gift_update(10))
        after = await deltas_until(ws, 1)
    everything = first + missed + after
    gifts = [d["update"]["user"]["id"] for d in everything if d["update"]["type"] == "gift"]
    assert gifts == [str(n) for n in range(11)]  # nothing lost, nothing twice
    seqs = [d["seq"] for d in everything]
    assert seqs == list(range(seqs[0], seqs[0] + len(seqs)))
    assert any(d["update"]["type"] == "totals" for d in missed)


async def test_resume_from_another_server_or_too_old_gets_a_snapshot(server, http, monkeypatch):
    async with http.ws_connect(ws_url(server, epoch="0123456789abcdef", since=1)) as ws:
        assert (await receive(ws))["type"] == "snapshot"
    monkeypatch.setattr(feed_mod, "HISTORY_MAX", 5)
    epoch = server.feed.epoch
    for n in range(20):
        server.publish(gift_update(n))
    async with http.ws_connect(ws_url(server, epoch=epoch, since=2)) as ws:
        msg = await receive(ws)
        assert msg["type"] == "snapshot" and msg["seq"] == server.feed.seq


async def test_history_keeps_30_seconds_and_is_bounded():
    now = [0.0]
    f = feed_mod.Feed(clock=lambda: now[0])
    for n in range(100):
        now[0] = n * 0.5  # 50 s of deltas
        f.publish(gift_update(n), refresh_totals=False)
    span = f.history[-1][1] - f.history[0][1]
    assert span >= 30.0
    assert len(f.history) <= feed_mod.HISTORY_MAX
    now[0] = 200.0
    f.publish(gift_update(101), refresh_totals=False)
    assert len(f.history) == 1  # everything older than the window is gone


async def test_token_rotation_closes_sockets_and_refuses_the_old_token(server, http):
    async with http.ws_connect(ws_url(server)) as ws:
        await receive(ws)
        server.set_token("n" * 22)
        msg = await ws.receive(timeout=5)
        assert msg.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED)
        assert ws.close_code == 4001
    with pytest.raises(aiohttp.WSServerHandshakeError) as info:
        await http.ws_connect(ws_url(server))
    assert info.value.status == 403
    assert all("token=" + "n" * 22 in u for u in server.urls().values())


async def test_live_engine_feed_matches_the_ledger_totals(server, http, tmp_path):
    """A real demo through the real engine: every counted gift arrives once, totals agree."""
    engine = Engine(DemoSource(seed=3, duration=400, speed=0, start=1_700_000_000.0), tmp_path / "data", Settings())
    server.attach(engine)
    async with http.ws_connect(ws_url(server)) as ws:
        snap = await receive(ws)
        assert snap["type"] == "snapshot"
        run = asyncio.ensure_future(engine.run())
        updates: list[dict] = []
        while not any(u["type"] == "end" for u in updates):
            frame = await receive(ws, timeout=30)
            updates.extend(d["update"] for d in frame["deltas"])
        result = await run
        server.detach()  # publishes the final totals
        while not any(u["type"] == "totals" and u["totals"]["coins"] == result.tallies.coins for u in updates):
            frame = await receive(ws, timeout=5)
            updates.extend(d["update"] for d in frame["deltas"])
    # The demo's multi-guest stretch: gifts to guests arrive as gifts naming their recipient ("to"),
    # and only the others add up to the creator's totals.
    gift_coins = sum(u["coins"] for u in updates if u["type"] == "gift" and u["to"] is None)
    guest_coins = sum(u["coins"] for u in updates if u["type"] == "gift" and u["to"] is not None)
    assert result.tallies.coins > 0 and result.tallies.guest_coins > 0
    assert gift_coins == result.tallies.coins
    assert guest_coins == result.tallies.guest_coins
    last = [u for u in updates if u["type"] == "totals"][-1]
    assert last["totals"]["coins"] == result.tallies.coins
    assert last["to_guests"]["coins"] == guest_coins and last["first_gifts"] == result.tallies.first_gifts
    assert any(u["type"] == "battle" for u in updates)  # a LIVE Match: points, as they were published
    assert any(u["type"] == "reset" for u in updates)  # the session start reset the pages
    boards = [u for u in updates if u["type"] == "leaderboard"]
    assert boards and boards[-1]["top_gifters"][0]["coins"] == result.tallies.top_gifters(1)[0].coins


async def test_pages_get_every_snapshot_key_before_and_after_an_engine(tmp_path):
    """A page reads the same keys whether an engine is attached or not: gifts to guests, first
    gifts and the latest LIVE Match score too (they were left out of what pages received)."""
    assert set(feed_mod.empty_snapshot()) == set(feed_mod.SNAPSHOT_KEYS)
    assert {"to_guests", "first_gifts", "battle"} <= set(feed_mod.SNAPSHOT_KEYS)
    engine = Engine(DemoSource(seed=3, duration=5, speed=0, start=1_700_000_000.0), tmp_path / "data", Settings())
    assert set(feed_mod.trim_snapshot(engine.snapshot())) == set(feed_mod.SNAPSHOT_KEYS)
    empty = feed_mod.empty_snapshot()
    assert empty["to_guests"] == {"coins": 0, "gifts": 0, "by_guest": []} and empty["battle"] is None
