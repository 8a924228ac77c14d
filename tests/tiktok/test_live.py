"""The real TikTokLiveClient against a local push server; only the sign step is replaced.

Each test runs the whole pipeline: client.start() -> WebSocket frames (gzip, acks,
heartbeats) -> TikTokLive's parsing -> our mapping -> engine -> SQLite ledger.
"""

from __future__ import annotations

import time

import httpx
import pytest
from TikTokLive.client.errors import SignatureRateLimitError, UserNotFoundError, UserOfflineError

from streamer_app.core.events import ConnectionState
from streamer_app.sources.errors import SourceError
from streamer_app.sources.recording import ReplaySource

from . import frames as F
from .conftest import ledger, run_engine, tiktok_source
from .push_server import PushServer

T = int(time.time() * 1000)  # TikTok stamps live messages with the current time


def frame(*msgs) -> bytes:
    return F.push_frame(*msgs)


async def test_normal_session_counts_every_kind_once(tmp_path, data):
    rose_end = F.gift_msg(11, 5655, 3, True, T + 3000, group_id=500)
    script = [
        frame(F.gift_msg(10, 6064, 2, False, T + 1000)),  # Corgi x2, not streakable: 598 coins
        frame(F.gift_msg(11, 5655, 1, False, T + 2000, group_id=500)),
        frame(F.gift_msg(11, 5655, 2, False, T + 2500, group_id=500)),
        frame(rose_end, F.follow_msg(12, T + 3100)),
        F.heartbeat_frame(),
        frame(F.like_msg(13, 15, 900, T + 3200), F.comment_msg(13, "hello", T + 3300),
              F.share_msg(14, T + 3400), F.viewers_msg(321, T + 3500), F.sub_msg(15, 2, T + 3600)),
        0.2,
        frame(F.end_msg(T + 4000)),
    ]
    async with PushServer([script]) as server:
        source = tiktok_source(server, tmp_path)
        engine, result, _ = await run_engine(source, data)

    assert result.reason == "The creator ended the LIVE"
    t = result.tallies
    assert (t.coins, t.gifts, t.unique_gifters) == (598 + 3, 5, 2)
    assert (t.follows, t.shares, t.comments, t.subscribes, t.likes, t.peak_viewers) == (1, 1, 1, 1, 900, 321)
    rows = ledger(data, result.session_id)
    assert [(r[1], r[2], r[3], r[4]) for r in rows] == [("10", 6064, 2, 598), ("11", 5655, 3, 3)]
    assert engine.info.kind == "tiktok" and engine.info.room_id == "7490000000000000042"
    assert engine.info.creator == "@live.tester"
    # The client spoke the protocol: entered the room and acknowledged frames that asked for it.
    assert "im_enter_room" in server.received and "ack" in server.received
    # The flight recorder kept every binary message, heartbeat included.
    assert source.recorder is not None and source.recorder.frames == len([s for s in script if isinstance(s, bytes)])


async def test_tcp_drop_mid_streak_reconnects_without_loss_or_double_count(tmp_path, data):
    a = F.gift_msg(20, 5827, 1, False, T + 1000)  # Applause 50, not streakable
    s3 = F.gift_msg(21, 5487, 3, False, T + 1300, group_id=77)  # Finger Heart 5 coins each
    first = [frame(a), frame(F.gift_msg(21, 5487, 1, False, T + 1100, group_id=77)),
             frame(F.gift_msg(21, 5487, 2, False, T + 1200, group_id=77)), frame(s3), 0.1, "drop"]
    second = [frame(s3),  # resent after the reconnect (same message id)
              frame(F.gift_msg(21, 5487, 4, False, T + 1400, group_id=77)),
              frame(F.gift_msg(21, 5487, 5, True, T + 1500, group_id=77)),
              frame(a),  # a resend of a gift counted before the drop
              frame(F.gift_msg(22, 7168, 1, False, T + 1600)),  # Money Gun 500
              0.1, frame(F.end_msg(T + 2000))]
    async with PushServer([first, second]) as server:
        source = tiktok_source(server, tmp_path)
        engine, result, updates = await run_engine(source, data)

    assert server.connections == 2
    t = result.tallies
    assert (t.coins, t.gifts) == (50 + 5 * 5 + 500, 1 + 5 + 1)
    assert result.duplicates == 2
    rows = ledger(data, result.session_id)
    assert sorted((r[1], r[2], r[3]) for r in rows) == [("20", 5827, 1), ("21", 5487, 5), ("22", 7168, 1)]
    assert rows[1][5] == 0  # the streak was counted at its real end, not closed without one
    # The span without a connection is recorded in the session and was announced.
    assert len(engine.gaps) == 1 and engine.gaps[0][1] > engine.gaps[0][0]
    assert any(u["type"] == "gap" for u in updates)
    seen = [u["state"] for u in updates if u["type"] == "state"]
    assert "reconnecting" in seen and seen.count("live") >= 2

    # The recording made meanwhile replays to the same totals, and a second replay adds nothing.
    replay_data = tmp_path / "replay"
    replay_data.mkdir()
    (recording,) = (tmp_path / "recordings").glob("*.ttlive.jsonl.gz")
    for run in range(2):
        _, again, _ = await run_engine(ReplaySource(recording, speed=0), replay_data)
        assert (again.tallies.coins, again.tallies.gifts) == (t.coins, t.gifts)
        assert again.resumed == (run == 1)
    assert len(ledger(replay_data, again.session_id)) == len(rows)


def _rate_limited(reset_in: float):
    response = httpx.Response(429, headers={"RateLimit-Remaining": "1",
                                            "RateLimit-Reset": str(int(time.time() + reset_in))})
    return SignatureRateLimitError("slow down", "Too many connections started, try again in %s seconds.",
                                   response=response)


def _rate_limited_without_headers():
    # TikTokLive itself fails computing the retry time: this raises TypeError, as live.
    return SignatureRateLimitError(None, "Too many connections, try again in %s seconds.",
                                   response=httpx.Response(429))


async def test_sign_server_429_waits_for_its_reset_then_connects(tmp_path, data):
    states = []
    limited = _rate_limited(2)
    script = [frame(F.gift_msg(30, 5760, 1, False, T + 1000)), frame(F.end_msg(T + 2000))]
    async with PushServer([script]) as server:
        source = tiktok_source(server, tmp_path, fail_first=[_rate_limited_without_headers, limited], states=states)
        started = time.time()
        _, result, _ = await run_engine(source, data)

    kinds = [s.state for s in states]
    assert kinds.count(ConnectionState.RATE_LIMITED) == 2
    second = [s for s in states if s.state is ConnectionState.RATE_LIMITED][1]
    assert second.retry_at >= limited.reset_time  # the sign server's reset time is honoured
    assert "limit" in second.message and "Retrying in" in second.message
    assert time.time() - started >= limited.reset_time - started - 0.01
    assert result.tallies.coins == 1000


async def test_creator_offline_then_live(tmp_path, data):
    states = []
    script = [frame(F.gift_msg(40, 5655, 1, True, T + 1000)), frame(F.end_msg(T + 2000))]
    async with PushServer([script]) as server:
        source = tiktok_source(server, tmp_path, fail_first=[UserOfflineError, UserOfflineError], states=states)
        _, result, updates = await run_engine(source, data)

    waiting = [s for s in states if s.state is ConnectionState.WAITING_FOR_LIVE]
    assert len(waiting) == 2
    assert "@live.tester is not live right now" in waiting[0].message and waiting[0].retry_at is not None
    # The engine relays the early states too, so a window or headless run shows the wait.
    seen = [u["state"] for u in updates if u["type"] == "state"]
    assert seen.count("waiting_for_live") == 2 and seen.index("live") > 2
    assert result.tallies.coins == 1


async def test_silent_connection_trips_the_watchdog(tmp_path, data):
    first = [frame(F.gift_msg(50, 5660, 1, False, T + 1000)), "hang"]
    second = [frame(F.gift_msg(51, 5660, 1, False, T + 5000)), frame(F.end_msg(T + 6000))]
    async with PushServer([first, second]) as server:
        source = tiktok_source(server, tmp_path, watchdog_s=0.6)
        engine, result, updates = await run_engine(source, data)

    assert server.connections == 2
    assert result.tallies.coins == 200
    assert any(u["type"] == "state" and u["message"].startswith("Nothing arrived for") for u in updates)
    assert len(engine.gaps) == 1, "\n".join(map(str, updates))


async def test_unknown_handle_fails_with_one_sentence(tmp_path, data):
    async with PushServer([]) as server:
        source = tiktok_source(server, tmp_path, fail_first=[UserNotFoundError("live.tester", "no LiveRoom")])
        with pytest.raises(SourceError, match="TikTok has no LIVE account @live.tester"):
            await run_engine(source, data)
