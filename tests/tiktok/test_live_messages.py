"""The real TikTokLiveClient against a local push server: who hosts the room, gifts to guests,
and a message TikTokLive cannot decode inside a good frame."""

from __future__ import annotations

import asyncio
import base64
import gzip
import json
import logging
import time

from TikTokLive.client.errors import AgeRestrictedError

from streamer_app.core import events as ev
from streamer_app.sources.recording import ReplaySource, read_header

from . import frames as F
from .conftest import run_engine, tiktok_source
from .push_server import HOST_USER_ID, PushServer

T = int(time.time() * 1000)
GUEST = 6_900_000_000_000_000_001


async def events_of(source, timeout: float = 20.0) -> list[ev.Event]:
    """Everything the source yields until its stream ends (no engine: the events as mapped)."""
    out: list[ev.Event] = []

    async def collect() -> None:
        await source.start()
        async for e in source.events():
            out.append(e)
            if isinstance(e, ev.StreamEndEvent):
                return

    try:
        await asyncio.wait_for(collect(), timeout)
    finally:
        await source.aclose()
    return out


def recorded(tmp_path) -> tuple[dict, list[bytes]]:
    (path,) = (tmp_path / "recordings").glob("*.ttlive.jsonl.gz")
    with gzip.open(path, "rb") as f:
        header = json.loads(f.readline())
        return header, [base64.b64decode(json.loads(line)["frame"]) for line in f if line.strip()]


def gifts_script() -> list:
    return [F.push_frame(F.gift_msg(10, 5660, 1, False, T + 1000)),
            F.push_frame(F.gift_msg(11, 5660, 1, False, T + 1100, to_uid=int(HOST_USER_ID))),
            F.push_frame(F.gift_msg(12, 5660, 1, False, T + 1200, to_uid=GUEST)),
            F.push_frame(F.end_msg(T + 2000))]


async def test_the_room_owner_from_room_info_tells_guests_gifts_apart(tmp_path):
    async with PushServer([gifts_script()]) as server:
        source = tiktok_source(server, tmp_path)
        out = await events_of(source)

    assert server.room_info_calls == 1
    gifts = [e for e in out if isinstance(e, ev.GiftEvent)]
    assert [(g.user.user_id, g.recipient.user_id if g.recipient else None) for g in gifts] == [
        ("10", None), ("11", None), ("12", str(GUEST))]
    assert source.info.extra["host_user_id"] == HOST_USER_ID == source.mapper.host_user_id
    header, _ = recorded(tmp_path)
    assert header["host_user_id"] == HOST_USER_ID
    (path,) = (tmp_path / "recordings").glob("*.ttlive.jsonl.gz")
    assert read_header(path).host_user_id == HOST_USER_ID


async def test_without_room_info_every_gift_is_the_hosts_and_the_stream_goes_on(tmp_path, caplog):
    caplog.set_level(logging.INFO)
    async with PushServer([gifts_script()], room_info=AgeRestrictedError("age restricted")) as server:
        source = tiktok_source(server, tmp_path)
        out = await events_of(source)

    gifts = [e for e in out if isinstance(e, ev.GiftEvent)]
    assert len(gifts) == 3 and all(g.recipient is None for g in gifts)
    assert source.info.extra["host_user_id"] is None and source.mapper.unattributed_recipients == 2
    header, _ = recorded(tmp_path)
    assert "host_user_id" not in header  # only "whenever it is known"
    warned = [r for r in caplog.records if "gifts to guests cannot be told apart: they count" in r.getMessage()]
    assert len(warned) == 1 and warned[0].levelno == logging.WARNING


async def test_an_undecodable_message_is_dropped_counted_and_kept_in_the_recording(tmp_path, data, caplog):
    damaged = F.broken_payload_frame()  # a good frame; its one gift message's payload does not parse
    script = [F.push_frame(F.gift_msg(20, 5827, 1, False, T + 1000)), damaged,
              F.push_frame(F.gift_msg(21, 5827, 2, False, T + 1200)), 0.1, F.push_frame(F.end_msg(T + 2000))]
    async with PushServer([script]) as server:
        source = tiktok_source(server, tmp_path)
        _, result, updates = await run_engine(source, data)

    # The connection went on: one connection, both gifts around the damaged message counted.
    assert server.connections == 1 and result.reason == "The creator ended the LIVE"
    assert (result.tallies.coins, result.tallies.gifts) == (150, 3)
    assert source.skipped_messages == {"undecodable payload": 1}
    assert dict(source.undecodable) == {"WebcastGiftMessage": 1}
    ended = [u["message"] for u in updates if u["type"] == "state" and u["state"] == "ended"]
    assert ended[0] == ("The creator ended the LIVE; 1 message TikTokLive could not decode or we could not "
                        "read was dropped (the recording keeps it)")
    # TikTokLive's own ERROR with the payload's bytes is replaced by one warning of ours.
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert len([r for r in caplog.records if "could not decode a WebcastGiftMessage" in r.getMessage()]) == 1

    # The recording keeps the damaged frame byte for byte, and its replay counts it the same way.
    _, frames = recorded(tmp_path)
    assert damaged in frames
    (path,) = (tmp_path / "recordings").glob("*.ttlive.jsonl.gz")
    replay_data = tmp_path / "replay"
    replay_data.mkdir()
    replay = ReplaySource(path, speed=0)
    _, again, _ = await run_engine(replay, replay_data)
    assert (again.tallies.coins, again.tallies.gifts) == (150, 3)
    assert replay.report.messages == {"undecodable payload": 1}
