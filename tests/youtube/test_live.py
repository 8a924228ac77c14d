"""The YouTube source, driving the real google-api-python-client against a local Data API server."""

from __future__ import annotations

import asyncio
import gzip
import json
from collections import Counter
from datetime import datetime, timedelta, timezone

import pytest

from streamer_app.core import events as ev
from streamer_app.sources.errors import SourceError
from streamer_app.sources.secrets import YOUTUBE_TOKEN, SecretStore
from streamer_app.sources.youtube_quota import QuotaMeter

from .conftest import collect, credentials, pages, source
from .data_api_server import fixture

S = ev.ConnectionState


def paid(events):
    return [e for e in events if isinstance(e, ev.PaidEvent)]


def comments(events):
    return [e for e in events if isinstance(e, ev.CommentEvent)]


async def test_every_message_counts_once_across_overlapping_pages_the_first_page_included(server, tmp_path):
    server.chat = pages()
    src = source(server, tmp_path)
    info = await src.start()
    assert (info.kind, info.room_id, info.creator) == ("youtube", fixture("pages_overlapping.json")["live_chat_id"],
                                                      "@creatorname")
    events = await collect(src)
    await src.aclose()
    got = [(e.message_id, e.kind, e.units, e.amount_micros, e.currency) for e in paid(events)]
    assert got == [
        ("LCC.m2", "super_chat", 1, 5_000_000, "USD"),  # on the first page: sent before the app connected
        ("LCC.m3", "membership", 1, 0, ""),
        ("LCC.m4", "super_sticker", 1, 1_990_000, "EUR"),
        ("LCC.m5", "gift_memberships", 5, 0, ""),  # for the gifter; the recipients' messages count nothing
        ("LCC.m9", "super_chat", 1, 100_000_000, "JPY"),
    ]
    assert paid(events)[3].user.user_id == "youtube:UCdddddddddddddddddddddd"
    assert [e.text for e in comments(events)] == ["hello!", "gg"]
    assert all(e.msg_id == ev.platform_msg_id("youtube", e.message_id) for e in paid(events))
    assert src.mapper.duplicates == 3
    assert src.skipped_messages == {"malformed YouTube message": 1}  # skipped, counted once though sent twice
    assert isinstance(events[-1], ev.StreamEndEvent)  # chatEndedEvent / offlineAt end the source
    assert [r.query.get("pageToken") for r in server.chat_requests()] == [None, "tok-1", "tok-2", "tok-3"]
    assert all(r.query["liveChatId"] == info.room_id for r in server.chat_requests())


async def test_each_request_waits_the_polling_interval_the_previous_response_asked_for(server, tmp_path):
    server.chat = pages()
    src = source(server, tmp_path)
    await src.start()
    await collect(src)
    await src.aclose()
    asked = [p["pollingIntervalMillis"] / 1000 for p in pages()]
    times = [r.at for r in server.chat_requests()]
    waited = [b - a for a, b in zip(times, times[1:])]
    assert len(waited) == 3
    for gap, interval in zip(waited, asked):
        assert gap >= interval  # never sooner than asked (the server's own arrival times)


async def test_the_quota_pace_spaces_the_reads_when_it_asks_for_more_than_youtube(server, tmp_path):
    server.chat = pages()
    meter = QuotaMeter(tmp_path, 10_000, hours=0.3 * 10_000 / (3600 * 5))  # a read every 0.3 s at most
    assert meter.pace_s() == pytest.approx(0.3)
    src = source(server, tmp_path, quota=meter)
    await src.start()
    await collect(src)
    await src.aclose()
    times = [r.at for r in server.chat_requests()]
    assert all(b - a >= 0.3 for a, b in zip(times, times[1:]))  # the responses asked for 0.08-0.15 s


async def test_the_recorder_keeps_every_response_exactly_as_received(server, tmp_path):
    server.chat = pages()
    src = source(server, tmp_path)
    info = await src.start()
    await collect(src)
    await src.aclose()
    [path] = (tmp_path / "recordings").glob("*.youtube.jsonl.gz")
    lines = gzip.decompress(path.read_bytes()).decode().splitlines()
    header = json.loads(lines[0])
    assert header["format"] == "streamer-app/raw-youtube/1"
    assert (header["creator"], header["live_chat_id"]) == ("@creatorname", info.room_id)
    datetime.fromisoformat(header["started_at"])
    assert [json.loads(line)["response"] for line in lines[1:]] == pages()


async def test_quota_exhausted_pauses_until_the_reset_and_keeps_what_was_counted(server, tmp_path):
    clock = [datetime(2026, 12, 6, 20, 0, tzinfo=timezone.utc).timestamp()]
    meter = QuotaMeter(tmp_path, 10_000, hours=0.001, clock=lambda: clock[0])
    server.chat = [pages()[0], (403, fixture("quota_exceeded.json")), pages()[1], pages()[2], pages()[3]]
    src = source(server, tmp_path, quota=meter, recheck_s=0.02)
    await src.start()
    seen: list[ev.Event] = []

    def paused(events):
        return any(isinstance(e, ev.ConnectionStateEvent) and e.state == S.RATE_LIMITED for e in events)

    stream = src.events()
    seen += await collect(src, until=paused, stream=stream)
    state = seen[-1]
    assert "quota used up until" in state.message and "midnight Pacific time" in state.message
    assert state.retry_at == meter.reset_at()
    assert meter.left == 0
    before = len(server.chat_requests())
    await asyncio.sleep(0.3)  # many rechecks: none of them may ask YouTube
    assert len(server.chat_requests()) == before == 2
    assert [e.message_id for e in paid(seen)] == ["LCC.m2", "LCC.m3"]  # counted, and kept
    clock[0] += 24 * 3600  # the next Pacific day: the quota is back
    seen += await collect(src, stream=stream)
    await src.aclose()
    resumed = [e for e in seen if isinstance(e, ev.ConnectionStateEvent) and e.gap_from is not None]
    assert len(resumed) == 1 and resumed[0].state == S.LIVE  # the pause is a gap the session shows
    assert Counter(e.kind for e in paid(seen)) == {"super_chat": 2, "membership": 1, "super_sticker": 1,
                                                    "gift_memberships": 1}
    # The request after the pause carries the token of the last page read: nothing skipped.
    assert [r.query.get("pageToken") for r in server.chat_requests()][1:3] == ["tok-1", "tok-1"]


async def test_an_expired_token_is_refreshed_and_the_new_one_kept(server, tmp_path):
    store = SecretStore(tmp_path / "data")
    server.expired_tokens = {"ya29.old"}
    server.chat = pages()
    creds = credentials(server, token="ya29.old")
    src = source(server, tmp_path, creds=creds, store=store)
    await src.start()
    events = await collect(src)
    await src.aclose()
    assert server.refreshes == 1
    assert all(r.auth == "Bearer ya29.fresh" for r in server.chat_requests())
    assert len(paid(events)) == 5
    assert json.loads(store.get(YOUTUBE_TOKEN))["token"] == "ya29.fresh"  # the keyring has the new token


async def test_an_expired_token_is_refreshed_before_the_call_when_its_expiry_has_passed(server, tmp_path):
    store = SecretStore(tmp_path / "data")
    server.chat = pages()
    past = datetime.now(timezone.utc).replace(tzinfo=None) - timedelta(hours=1)
    src = source(server, tmp_path, creds=credentials(server, token="ya29.old", expiry=past), store=store)
    await src.start()
    await collect(src)
    await src.aclose()
    assert server.refreshes == 1
    assert {r.auth for r in server.log if r.path.startswith("/youtube")} == {"Bearer ya29.fresh"}


async def test_revoked_access_is_one_clear_sentence(server, tmp_path):
    server.expired_tokens = {"ya29.old"}
    creds = credentials(server, token="ya29.old", refresh="1//revoked")
    src = source(server, tmp_path, creds=creds)
    with pytest.raises(SourceError, match=r"access was revoked or has expired\): sign in again"):
        await src.start()


async def test_revoked_while_reading_ends_the_source_with_that_sentence(server, tmp_path):
    store = SecretStore(tmp_path / "data")
    server.chat = [pages()[0], pages()[1]]
    src = source(server, tmp_path, creds=credentials(server, refresh="1//revoked"), store=store)
    await src.start()
    server.expired_tokens = {"ya29.fresh"}  # the creator revoked the app's access meanwhile
    server.refresh_tokens = set()
    events = await collect(src)
    await src.aclose()
    failed = [e for e in events if isinstance(e, ev.ConnectionStateEvent) and e.state == S.FAILED]
    assert failed and "sign in again" in failed[0].message
    assert isinstance(events[-1], ev.StreamEndEvent)
    assert "ya29" not in failed[0].message


async def test_a_403_live_chat_ended_ends_the_source(server, tmp_path):
    server.chat = [pages()[0], (403, fixture("live_chat_ended.json"))]
    src = source(server, tmp_path)
    await src.start()
    events = await collect(src)
    await src.aclose()
    assert [e.message_id for e in paid(events)] == ["LCC.m2", "LCC.m3"]
    ended = [e for e in events if isinstance(e, ev.ConnectionStateEvent) and e.state == S.ENDED]
    assert ended and ended[0].message == "The YouTube live chat ended."
    assert isinstance(events[-1], ev.StreamEndEvent)


async def test_a_server_error_is_retried_with_the_same_page_token(server, tmp_path):
    busy = {"error": {"code": 503, "message": "The service is currently unavailable.",
                      "errors": [{"message": "The service is currently unavailable.", "domain": "global",
                                  "reason": "backendError"}]}}
    server.chat = [pages()[0], (503, busy), pages()[1], pages()[2], pages()[3]]
    src = source(server, tmp_path)
    await src.start()
    events = await collect(src)
    await src.aclose()
    assert [r.query.get("pageToken") for r in server.chat_requests()] == [None, "tok-1", "tok-1", "tok-2", "tok-3"]
    assert any(isinstance(e, ev.ConnectionStateEvent) and e.state == S.RECONNECTING for e in events)
    assert len(paid(events)) == 5


async def test_an_api_key_reads_a_public_chat_by_video_id(server, tmp_path):
    server.chat = pages()
    src = source(server, tmp_path, target="https://www.youtube.com/watch?v=liveVideo01", api_key="AIza-test-key")
    info = await src.start()
    await collect(src)
    await src.aclose()
    assert info.creator == "Creator Name"
    assert all(r.query.get("key") == "AIza-test-key" and not r.auth for r in server.log)
    assert server.log[0].path == "/youtube/v3/videos"


async def test_an_api_key_cannot_follow_my_own_broadcast(server, tmp_path):
    src = source(server, tmp_path, api_key="AIza-test-key")
    with pytest.raises(SourceError, match="sign in to YouTube"):
        await src.start()


def test_no_sign_in_and_no_key_is_refused_in_one_sentence(tmp_path):
    from streamer_app.sources.youtube import YouTubeSource

    with pytest.raises(SourceError, match="sign in to YouTube first"):
        YouTubeSource("")


async def test_before_the_broadcast_is_live_the_source_waits_and_says_so(server, tmp_path):
    not_yet = {"kind": "youtube#liveBroadcastListResponse", "items": []}
    server.broadcasts = [not_yet, not_yet, fixture("live_broadcasts.json")]
    server.chat = pages()
    states: list[ev.ConnectionStateEvent] = []
    src = source(server, tmp_path, on_state=states.append, live_check_s=0.02)
    info = await src.start()
    await src.aclose()
    waiting = [s for s in states if s.state == S.WAITING_FOR_LIVE]
    assert len(waiting) == 2 and "not live on YouTube yet" in waiting[0].message and waiting[0].retry_at
    assert info.creator == "@creatorname"


async def test_another_channel_is_found_by_its_handle_with_an_api_key(server, tmp_path):
    server.chat = pages()
    meter = QuotaMeter(tmp_path, 10_000, hours=0.001)
    src = source(server, tmp_path, target="youtube.com/@creatorname", api_key="AIza-test-key", quota=meter)
    info = await src.start()
    events = await collect(src)
    await src.aclose()
    assert [r.path.rsplit("/", 1)[1] for r in server.log][:3] == ["channels", "search", "videos"]
    assert server.log[0].query["forHandle"] == "@creatorname"
    assert server.log[1].query["eventType"] == "live"
    assert info.room_id == fixture("videos.json")["items"][0]["liveStreamingDetails"]["activeLiveChatId"]
    assert len(paid(events)) == 5
    assert meter.used == 1 + 100 + 1 + 4 * 5  # the documented costs of what was asked


async def test_my_own_channel_by_handle_is_found_without_a_search(server, tmp_path):
    server.chat = pages()
    src = source(server, tmp_path, target="@creatorname")
    info = await src.start()
    await src.aclose()
    paths = [r.path.rsplit("/", 1)[1] for r in server.log]
    assert "search" not in paths and "liveBroadcasts" in paths
    assert info.room_id == fixture("pages_overlapping.json")["live_chat_id"]
