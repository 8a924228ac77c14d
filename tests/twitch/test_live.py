"""The Twitch source against a local Twitch (fake_twitch.py): twitchAPI for sign-in and Helix,
aiohttp's WebSocket client for EventSub, Twitch's documented messages on the wire."""

from __future__ import annotations

import asyncio
import json

import pytest

from streamer_app.core import events as ev
from streamer_app.sources.errors import SourceError
from streamer_app.sources.twitch_auth import SignInNeeded
from streamer_app.sources.twitch_recording import TwitchReplaySource

from .conftest import collect, make_source, paid, states
from .fake_twitch import N_SUBSCRIPTIONS, fixture, gift_of, notification


def ended(events) -> bool:
    return any(isinstance(e, ev.StreamEndEvent) for e in events)


async def test_a_session_counts_every_kind_and_redelivered_ids_once(twitch, tmp_path):
    cheer = notification("channel.cheer", message_id="cheer-1")

    async def script(server, ws, sid):
        await server.wait_for(server.subscribed())
        await server.send_all(ws, [cheer, fixture("keepalive.json"), cheer, *gift_of(5),
                                   notification("channel.subscription.message"), notification("channel.subscribe"),
                                   notification("channel.follow"), notification("channel.raid"),
                                   notification("channel.chat.message")])
    twitch.scripts = [script]
    source = make_source(twitch, tmp_path)
    info = await source.start()
    try:
        assert (info.kind, info.room_id, info.creator) == ("twitch", "141981764", "twitchdev")
        got = await collect(source, lambda es: any(isinstance(e, ev.CommentEvent) for e in es))
    finally:
        await source.aclose()
    assert sorted(twitch.subscriptions["session-1"]) == sorted(
        ["channel.cheer", "channel.subscribe", "channel.subscription.gift", "channel.subscription.message",
         "channel.follow", "channel.raid", "channel.chat.message"])
    income = paid(got)
    # The redelivered cheer arrives twice with one id: the engine's count-once rule keys on it.
    assert [(p.kind, p.units) for p in income] == [("bits", 1000), ("bits", 1000), ("gift_subs", 5),
                                                    ("resub", 1), ("sub", 1)]
    assert income[0].msg_id == income[1].msg_id
    assert len({p.msg_id for p in income}) == 4
    assert states(got)[-1].state == ev.ConnectionState.LIVE
    assert "counting Bits, subs" in states(got)[-1].message
    # The flight recorder kept every message as received, welcome first.
    source.recorder.close()
    replay = TwitchReplaySource(source.recorder.path, json.loads(
        __import__("gzip").open(source.recorder.path, "rt").readline()), speed=0)
    await replay.start()
    replayed = [e async for e in replay.events()]
    assert [(p.kind, p.units, p.msg_id) for p in paid(replayed)] == [(p.kind, p.units, p.msg_id) for p in income]


async def test_session_reconnect_moves_to_the_new_url_without_loss(twitch, tmp_path):
    async def first(server, ws, sid):
        await server.wait_for(server.subscribed())
        await server.send_all(ws, [notification("channel.cheer", message_id="before", bits=100)])
        msg = fixture("reconnect.json")
        msg["payload"]["session"]["reconnect_url"] = f"ws://127.0.0.1:{server.port}/ws2?session={sid}"
        await ws.send_json(msg)
        await server.wait_for(lambda: len(server.connections) == 2)
        # Sent on the old socket after the new welcome: Twitch delivers it; it must count.
        await server.send_all(ws, [notification("channel.cheer", message_id="on-old", bits=10)])
        await ws.close(code=4004)

    async def second(server, ws, sid):
        await server.send_all(ws, [notification("channel.cheer", message_id="after", bits=1)])
    twitch.scripts = [first, second]
    source = make_source(twitch, tmp_path)
    await source.start()
    try:
        got = await collect(source, lambda es: len(paid(es)) == 3)
    finally:
        await source.aclose()
    assert [p.message_id for p in paid(got)] == ["before", "on-old", "after"]
    assert twitch.connections == ["session-1", "session-1"]  # the same session moved, not a new one
    assert len(twitch.subscriptions["session-1"]) == N_SUBSCRIPTIONS  # not subscribed again
    assert not any(s.state == ev.ConnectionState.RECONNECTING for s in states(got))


async def test_keepalive_timeout_reconnects_and_resubscribes_with_a_gap(twitch, tmp_path):
    twitch.keepalive = 1

    async def silent(server, ws, sid):
        await server.wait_for(server.subscribed())
        await server.send_all(ws, [notification("channel.cheer", message_id="a", bits=5)])
        # then nothing, no keepalive either, until the client gives up on this socket

    async def second(server, ws, sid):
        await server.wait_for(server.subscribed())
        await server.send_all(ws, [notification("channel.cheer", message_id="b", bits=7)])
    twitch.scripts = [silent, second]
    source = make_source(twitch, tmp_path)
    await source.start()
    try:
        got = await collect(source, lambda es: len(paid(es)) == 2)
    finally:
        await source.aclose()
    assert [p.units for p in paid(got)] == [5, 7]
    assert twitch.connections == ["session-1", "session-2"]
    assert len(twitch.subscriptions["session-2"]) == N_SUBSCRIPTIONS  # resubscribed on the new session
    reconnecting = [s for s in states(got) if s.state == ev.ConnectionState.RECONNECTING]
    assert reconnecting and "No message from Twitch for 1.3 s" in reconnecting[0].message
    live_again = [s for s in states(got) if s.state == ev.ConnectionState.LIVE][-1]
    assert live_again.gap_from is not None and live_again.gap_to >= live_again.gap_from


async def test_malformed_messages_are_skipped_counted_and_recorded(twitch, tmp_path):
    async def script(server, ws, sid):
        await server.wait_for(server.subscribed())
        await server.send_all(ws, ["{not json", notification("channel.cheer", bits=-3),
                                   notification("channel.cheer", message_id="good", bits=2)])
    twitch.scripts = [script]
    source = make_source(twitch, tmp_path)
    await source.start()
    try:
        got = await collect(source, lambda es: len(paid(es)) == 1)
    finally:
        await source.aclose()
    assert paid(got)[0].message_id == "good"
    assert source.skipped_messages == {"malformed message": 1, "malformed channel.cheer": 1}
    assert source.recorder.messages == 4  # the welcome, the two bad ones and the good one


async def test_revocation_asks_to_sign_in_again_and_ends(twitch, tmp_path):
    async def script(server, ws, sid):
        await server.wait_for(server.subscribed())
        await server.send_all(ws, [fixture("revocation.json")])
    twitch.scripts = [script]
    source = make_source(twitch, tmp_path)
    await source.start()
    try:
        got = await collect(source, ended)
    finally:
        await source.aclose()
    failed = [s for s in states(got) if s.state == ev.ConnectionState.FAILED]
    assert failed and failed[0].message == ("Twitch stopped sending channel.follow (access was revoked): "
                                            "run `streamer-app twitch sign-in` again to count it.")


async def test_an_expired_token_is_refreshed_and_saved(twitch, tmp_path):
    twitch.expired_once.add("access-1")  # valid when validated, then Helix calls it expired
    saved: list = []

    async def script(server, ws, sid):
        await server.wait_for(server.subscribed())
        await server.send_all(ws, [notification("channel.cheer", message_id="x", bits=1)])
    twitch.scripts = [script]
    source = make_source(twitch, tmp_path, saved=saved)
    await source.start()
    try:
        got = await collect(source, lambda es: len(paid(es)) == 1)
    finally:
        await source.aclose()
    assert saved == [("access-2", "refresh-after-access-2")]
    assert twitch.refreshes == 1
    assert any(s.message == "The Twitch sign-in had expired; it was renewed." for s in states(got))


async def test_a_token_expired_at_start_is_refreshed_before_anything(twitch, tmp_path):
    saved: list = []
    source = make_source(twitch, tmp_path, access="stale", saved=saved)
    await source.start()
    await source.aclose()
    assert saved and saved[0][0] == "access-2"


async def test_a_revoked_sign_in_gives_a_clear_message(twitch, tmp_path):
    twitch.revoked_refresh.add("refresh-1")
    source = make_source(twitch, tmp_path, access="stale")
    with pytest.raises(SignInNeeded, match=r"Twitch no longer accepts this sign-in .*streamer-app twitch sign-in"):
        await source.start()
    await source.aclose()


async def test_no_sign_in_and_unknown_channel_are_one_sentence(twitch, tmp_path):
    source = make_source(twitch, tmp_path, access="")
    with pytest.raises(SignInNeeded, match="Sign in to Twitch first: run `streamer-app twitch sign-in`"):
        await source.start()
    source = make_source(twitch, tmp_path)
    source.login = "nobody_here"
    with pytest.raises(SourceError, match="There is no Twitch channel named 'nobody_here'"):
        await source.start()
    await source.aclose()


async def test_a_refused_subscription_is_named_and_the_rest_still_count(twitch, tmp_path):
    twitch.refuse["channel.cheer"] = 403

    async def script(server, ws, sid):
        await server.wait_for(server.subscribed(N_SUBSCRIPTIONS - 1))
        await server.send_all(ws, [notification("channel.subscribe", message_id="s")])
    twitch.scripts = [script]
    source = make_source(twitch, tmp_path)
    await source.start()
    try:
        got = await collect(source, lambda es: len(paid(es)) == 1)
    finally:
        await source.aclose()
    live = [s for s in states(got) if s.state == ev.ConnectionState.LIVE][0]
    assert live.message.startswith("Connected to Twitch, but it refused channel.cheer")


async def test_device_code_sign_in_stores_the_tokens(twitch, tmp_path):
    from streamer_app.sources.twitch_auth import TwitchAuth

    from .fake_twitch import CLIENT_ID

    saved, shown = [], []
    auth = TwitchAuth(CLIENT_ID, save=lambda a, r: saved.append((a, r)), **twitch.urls())
    login = await auth.device_sign_in(lambda code, url: shown.append((code, url)))
    assert login == "twitchdev" and auth.user_id == "141981764"
    assert shown == [("ABCDEFGH", "https://www.twitch.tv/activate?public=true&device-code=ABCDEFGH")]
    assert saved == [("access-1", "refresh-1")]
    assert twitch.device_polls == 2  # polled while the creator had not approved yet


def test_the_registry_row_refuses_a_bad_login_and_a_missing_sign_in(tmp_path):
    from streamer_app.settings import Settings
    from streamer_app.sources.factory import SOURCES, SourceRequest, build_source
    from streamer_app.sources.secrets import TWITCH_ACCESS_TOKEN, TWITCH_CLIENT_ID, SecretStore

    row = SOURCES["twitch"]
    assert row.prepare(" https://twitch.tv/TwitchDev/ ") == "twitchdev"
    with pytest.raises(SourceError, match="Twitch channel's login name"):
        row.prepare("no spaces allowed")
    with pytest.raises(SignInNeeded, match="client id first"):
        build_source(SourceRequest("twitch", "twitchdev"), Settings(), tmp_path)
    store = SecretStore(tmp_path)
    store.set(TWITCH_CLIENT_ID, "wbmytr93xzw8zbg0p1izqyzzc5mbiz")
    with pytest.raises(SignInNeeded, match="Sign in to Twitch first"):
        build_source(SourceRequest("twitch", "twitchdev"), Settings(), tmp_path)
    store.set(TWITCH_ACCESS_TOKEN, "access-1")
    source = build_source(SourceRequest("twitch", "twitchdev"), Settings(), tmp_path)
    assert (source.kind, source.login, source.auth.access_token) == ("twitch", "twitchdev", "access-1")


async def test_live_through_the_engine_counts_the_gift_and_the_resent_cheer_once_in_the_ledger(twitch, tmp_path):
    import sqlite3

    from streamer_app.engine.engine import Engine
    from streamer_app.settings import Settings

    cheer = notification("channel.cheer", message_id="cheer-1", bits=500)

    async def script(server, ws, sid):
        await server.wait_for(server.subscribed())
        await server.send_all(ws, [cheer, *gift_of(5, gifter_id="777"), cheer, notification("channel.follow"),
                                   fixture("revocation.json")])  # revoked: the source ends, the run with it
    twitch.scripts = [script]
    data = tmp_path / "data"
    data.mkdir()
    engine = Engine(make_source(twitch, tmp_path), data, Settings())
    result = await asyncio.wait_for(engine.run(), 30)
    assert "access was revoked" in result.reason
    with sqlite3.connect(data / "streamer-app.db") as c:
        rows = c.execute("SELECT message_id, kind, user_id, units FROM platform_income ORDER BY ts, kind").fetchall()
        source, follows = c.execute("SELECT source, follows FROM sessions").fetchone()
    assert sorted((kind, user, units) for _, kind, user, units in rows) == [
        ("bits", "twitch:1234", 500), ("gift_subs", "twitch:777", 5)]
    assert (source, follows) == ("twitch", 1)
    assert engine.duplicates == 1  # the resent cheer
    # Its recording, replayed into the same data folder, continues that session and adds nothing.
    from streamer_app.sources.factory import replay_source

    (recording,) = (tmp_path / "recordings").glob("*.twitch.jsonl.gz")
    replayed = Engine(replay_source(str(recording), 0), data, Settings())
    await asyncio.wait_for(replayed.run(), 30)
    assert replayed.resumed and replayed.session_id == engine.session_id
    with sqlite3.connect(data / "streamer-app.db") as c:
        assert c.execute("SELECT message_id, kind, user_id, units FROM platform_income ORDER BY ts, kind"
                         ).fetchall() == rows
        assert c.execute("SELECT COUNT(*), SUM(follows) FROM sessions").fetchone() == (1, 1)


async def test_an_unreachable_reconnect_url_falls_back_to_a_new_session_and_resubscribes(twitch, tmp_path):
    async def first(server, ws, sid):
        await server.wait_for(server.subscribed())
        msg = fixture("reconnect.json")
        msg["payload"]["session"]["reconnect_url"] = "ws://127.0.0.1:9/ws"  # nothing listens there
        await ws.send_json(msg)

    async def second(server, ws, sid):
        await server.wait_for(server.subscribed())
        await server.send_all(ws, [notification("channel.cheer", message_id="after", bits=3)])
    twitch.scripts = [first, second]
    source = make_source(twitch, tmp_path)
    await source.start()
    try:
        got = await collect(source, lambda es: len(paid(es)) == 1)
    finally:
        await source.aclose()
    assert twitch.connections == ["session-1", "session-2"]
    assert len(twitch.subscriptions["session-2"]) == N_SUBSCRIPTIONS
    assert any(s.state == ev.ConnectionState.RECONNECTING and "failed" in s.message for s in states(got))


async def test_an_unreachable_twitch_at_start_is_waited_for_with_a_sentence(twitch, tmp_path):
    source = make_source(twitch, tmp_path)
    good = (source.auth.api_url, source.auth.auth_url)
    source.auth.api_url = source.auth.auth_url = "http://127.0.0.1:9/"  # nothing listens there
    said: list = []

    def on_state(e):
        said.append(e)
        source.auth.api_url, source.auth.auth_url = good  # the network is back
    source.on_state = on_state
    info = await source.start()
    await source.aclose()
    assert info.room_id == "141981764"
    assert said[0].state == ev.ConnectionState.CONNECTING and said[0].retry_at is not None
    assert said[0].message.startswith("Twitch's sign-in server could not be reached (ClientConnectorError).")
