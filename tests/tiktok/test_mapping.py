"""Real TikTokLive protobuf messages, decoded by the library, mapped to our events, counted in the ledger."""

from __future__ import annotations

import logging

import httpx
import pytest
from TikTokLive.client import errors as tt

from streamer_app.core import events as ev
from streamer_app.sources.recording import FrameDecoder, Recorder, ReplaySource
from streamer_app.sources.tiktok import backoff_delay, classify
from streamer_app.sources.tiktok_mapping import TikTokMapper

from . import frames as F
from .conftest import ledger, run_engine

T = F.START_MS


async def decode(*msgs) -> list:
    d = FrameDecoder(1)
    m = TikTokMapper()
    try:
        return [e for tt_event in await d.decode(F.push_frame(*msgs)) for e in m.map(tt_event, 0.0)]
    finally:
        await d.aclose()


async def test_each_message_kind_maps_from_plain_fields():
    out = await decode(
        F.gift_msg(1, 5655, 3, True, T + 1, group_id=9, msg_id=555),
        F.gift_msg(2, 6064, 2, False, T + 2),
        F.follow_msg(3, T + 3), F.share_msg(4, T + 4), F.like_msg(5, 7, 1234, T + 5),
        F.comment_msg(6, "hi there", T + 6), F.viewers_msg(88, T + 7), F.sub_msg(8, 3, T + 8),
        F.control_msg(F.ControlAction.STREAM_PAUSED, T + 9), F.control_msg(F.ControlAction.STREAM_UNPAUSED, T + 10),
        F.end_msg(T + 11),
    )
    rose, corgi, follow, share, like, comment, viewers, sub, pause, unpause, end = out
    assert rose == ev.GiftEvent(ts=(T + 1) / 1000, msg_id=555,
                                user=ev.User("1", "viewer1", "Viewer 1", "https://example.invalid/a/1.jpg"),
                                gift=ev.Gift(5655, "Rose", 1, "https://example.invalid/g/5655.png"),
                                repeat_count=3, repeat_end=True, streakable=True, group_id=9)
    assert (corgi.streakable, corgi.repeat_end, corgi.repeat_count, corgi.gift.coins) == (False, False, 2, 299)
    assert isinstance(follow, ev.FollowEvent) and follow.user.handle == "viewer3"
    assert isinstance(share, ev.ShareEvent) and share.user.user_id == "4"
    assert (like.count, like.room_total) == (7, 1234)
    assert comment.text == "hi there" and viewers.viewers == 88 and sub.months == 3
    assert pause.state is ev.ConnectionState.PAUSED and unpause.state is ev.ConnectionState.LIVE
    assert isinstance(end, ev.StreamEndEvent)


async def test_odd_messages_are_counted_never_raised():
    m = TikTokMapper()
    out = await decode(F.gift_msg(1, 5655, 1, True, T))
    gift_tt = None
    d = FrameDecoder(1)
    for e in await d.decode(F.push_frame(F.gift_msg(1, 5655, 1, True, T))):
        if type(e).__name__ == "GiftEvent":
            gift_tt = e
    await d.aclose()
    gift_tt.gift = None  # a gift message without its gift
    assert m.map(gift_tt) == [] and m.skipped == {"GiftEvent without gift": 1}
    gift_tt.common = object()  # a shape nothing expects: counted by kind, still no exception
    assert m.map(gift_tt) == []
    assert sum(m.skipped.values()) == 2 and out


async def _ledger_of(tmp_path, data, frames: list[bytes]):
    rec = Recorder(tmp_path / "rec", "@u", "1", started_at=T / 1000)
    for raw in frames:
        rec.write(raw)
    rec.close()
    _, result, _ = await run_engine(ReplaySource(rec.path, speed=0), data)
    return result, ledger(data, result.session_id)


async def test_streak_faults_count_once_in_the_ledger(tmp_path, data):
    G = F.gift_msg
    resent = G(1, 5487, 2, False, T + 200, group_id=70)
    end = G(1, 5487, 3, True, T + 300, group_id=70)
    frames = [F.push_frame(m) for m in (
        G(1, 5487, 1, False, T + 100, group_id=70), resent, resent,  # a resent mid-streak message
        G(2, 5655, 1, False, T + 150, group_id=71),  # interleaved streak of another viewer
        end, end,  # the end resent: counted once
        G(2, 5655, 6, True, T + 400, group_id=71),
        G(3, 5269, 1, False, T + 500, group_id=0), G(3, 5269, 2, True, T + 600, group_id=0),
        G(3, 5269, 1, False, T + 700, group_id=0), G(3, 5269, 4, True, T + 800, group_id=0),  # group 0 restarts
        G(4, 5658, 5, False, T + 900, group_id=72),  # its end never arrives
        G(5, 5827, 2, False, T + 950), G(5, 5827, 2, False, T + 960),  # two non-streak gifts, two messages
    )]
    result, rows = await _ledger_of(tmp_path, data, frames)
    got = sorted((r[1], r[2], r[3], r[5]) for r in rows)
    assert got == [("1", 5487, 3, 0), ("2", 5655, 6, 0), ("3", 5269, 2, 0), ("3", 5269, 4, 0),
                   ("4", 5658, 5, 1), ("5", 5827, 2, 0), ("5", 5827, 2, 0)]
    assert result.tallies.coins == 3 * 5 + 6 + 2 + 4 + 5 * 20 + 4 * 50
    assert result.duplicates == 2


async def test_stream_end_ends_the_session(tmp_path, data):
    frames = [F.push_frame(F.gift_msg(1, 5655, 2, False, T + 100, group_id=5)), F.push_frame(F.end_msg(T + 200)),
              F.push_frame(F.gift_msg(9, 5760, 1, False, T + 300))]
    result, rows = await _ledger_of(tmp_path, data, frames)
    assert result.reason == "The creator ended the LIVE"
    assert [(r[1], r[3], r[5]) for r in rows] == [("1", 2, 1)]  # the open streak closed; nothing after the end


def test_failures_map_to_states_and_plain_sentences():
    h = "@someone"
    now = 1_000_000.0
    assert classify(tt.UserOfflineError(), h, False, now).state is ev.ConnectionState.WAITING_FOR_LIVE
    nf = classify(tt.UserNotFoundError("someone", "x"), h, False, now)
    assert nf.fatal and "no LIVE account @someone" in nf.message
    resp = httpx.Response(429, headers={"RateLimit-Remaining": "30", "RateLimit-Reset": str(int(now) + 90)})
    rl = classify(tt.SignatureRateLimitError("m", "again in %s s", response=resp), h, False, now)
    assert rl.state is ev.ConnectionState.RATE_LIMITED and rl.retry_at == now + 90 and "API key" in rl.message
    with pytest.raises(TypeError) as te:
        tt.SignatureRateLimitError(None, "again in %s s", response=httpx.Response(429))
    assert classify(te.value, h, True, now).state is ev.ConnectionState.RATE_LIMITED
    bad_key = tt.SignAPIError(tt.SignAPIError.ErrorReason.SIGN_NOT_200, "x", response=httpx.Response(401))
    assert "refused the Euler Stream API key" in classify(bad_key, h, True, now).message
    assert "wants an Euler Stream API key" in classify(bad_key, h, False, now).message
    assert classify(tt.AgeRestrictedError(), h, False, now).fatal
    assert "blocked" in classify(tt.WebcastBlockedError("x"), h, False, now).message
    net = classify(httpx.ConnectError("dns"), h, False, now)
    assert net.state is ev.ConnectionState.RECONNECTING and net.message.startswith("No network")
    conn = tt.SignAPIError(tt.SignAPIError.ErrorReason.CONNECT_ERROR, "x")
    assert classify(conn, h, False, now).message.startswith("No network")


def test_backoff_grows_with_jitter_up_to_the_cap():
    assert backoff_delay(0, rng=lambda: 0.5) == 1.0
    lows = [backoff_delay(a, rng=lambda: 0.0) for a in range(10)]
    highs = [backoff_delay(a, rng=lambda: 1.0) for a in range(10)]
    assert lows[:4] == [1.0, 1.0, 2.0, 4.0] and highs[:4] == [1.0, 2.0, 4.0, 8.0]
    assert max(highs) == 60.0 and min(lows[6:]) == 30.0
    assert backoff_delay(500) <= 60.0
