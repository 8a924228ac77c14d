"""Fuzzing the raw-frame path: junk bytes, damaged push frames, random protobuf fields, bad recording lines.

Everything here goes through the code a live connection and a replay really use:
TikTokLive's own parse path (``FrameDecoder``: push frame, gzip payload,
``_parse_webcast_response``), our mapping (``TikTokMapper``, the same object the live
source feeds) and the count-once rule (``GiftCounter``). The promises checked:

* nothing raises out of ``ReplaySource``; a frame TikTokLive cannot decode is counted in
  the skip report, a line that is not a frame record is counted as a malformed line;
* a good frame after any amount of junk still counts exactly once;
* a recording without a proper header is refused with one sentence (``SourceError``),
  a gzip file cut short replays up to the cut and says so.
"""

from __future__ import annotations

import asyncio
import base64
import gzip
import json
import random

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from streamer_app.core import events as ev
from streamer_app.core.counting import GiftCounter
from streamer_app.sources.errors import SourceError
from streamer_app.sources.recording import FORMAT, ReplaySource

from ..tiktok import frames as F
from .conftest import tally, trials

HEADER = {"format": FORMAT, "creator": "@fuzz", "room_id": "7490000000000000777",
          "started_at": "2025-06-15T12:00:00+00:00"}
CANARY_UID = 424_242_424  # the one good gift among the junk: nothing else uses this sender


def fuzz(short: int, long: int) -> settings:
    # tmp_path is shared by a test's examples on purpose: each example rewrites its files.
    return settings(max_examples=trials(short, long), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

_loop = asyncio.new_event_loop()


def run(coro):
    return _loop.run_until_complete(coro)


def _canary() -> tuple[int, bytes]:
    """A good non-streak gift frame: Corgi x3 from the canary sender (897 coins)."""
    msg_id = F.next_msg_id()
    payload = F.gift_bytes(CANARY_UID, 6064, 3, False, F.START_MS + 5000, msg_id=msg_id)
    return msg_id, F.raw_push_frame("WebcastGiftMessage", payload, msg_id)


def _seed_frames() -> list[bytes]:
    """Real frames of every kind we map, to damage."""
    t = F.START_MS
    return [
        F.push_frame(F.gift_msg(1001, 5655, 3, True, t, group_id=9)),
        F.push_frame(F.gift_msg(1002, 7168, 1, False, t)),
        F.push_frame(F.like_msg(1003, 5, 50, t), F.comment_msg(1003, "hi", t), F.follow_msg(1004, t)),
        F.push_frame(F.viewers_msg(321, t), F.sub_msg(1005, 2, t), F.share_msg(1006, t)),
        F.raw_push_frame("WebcastGiftMessage", F.gift_bytes(1007, 5487, 2, True, t, group_id=3)),
        F.heartbeat_frame(), F.bad_gzip_frame(), F.broken_payload_frame(),
    ]


SEEDS = _seed_frames()


def _damaged(data: st.DataObject) -> bytes:
    frame = bytearray(data.draw(st.sampled_from(SEEDS)))
    how = data.draw(st.sampled_from(["truncate", "flip", "splice", "regzip", "random"]))
    if how == "truncate":
        return bytes(frame[:data.draw(st.integers(0, max(0, len(frame) - 1)))])
    if how == "flip":
        for _ in range(data.draw(st.integers(1, 8))):
            i = data.draw(st.integers(0, len(frame) - 1))
            frame[i] ^= 1 << data.draw(st.integers(0, 7))
        return bytes(frame)
    if how == "splice":
        i = data.draw(st.integers(0, len(frame)))
        return bytes(frame[:i]) + data.draw(st.binary(max_size=64)) + bytes(frame[i:])
    if how == "regzip":
        # A frame that says gzip around a payload that is something else, or gzip cut short.
        inner = data.draw(st.one_of(st.binary(max_size=200),
                                    st.builds(lambda b, n: gzip.compress(b)[:n], st.binary(max_size=200),
                                              st.integers(0, 40))))
        return F._encode(F.WebcastPushFrame, headers=F._encode(F.PushHeader, key="compress_type", value="gzip"),
                         payload_encoding="pb", payload_type="msg", payload=inner)
    return data.draw(st.binary(max_size=300))


def _random_proto(data: st.DataObject, depth: int = 0) -> bytes:
    """Random protobuf wire data: real field numbers of a gift message mixed with unknown ones."""
    out = bytearray()
    for _ in range(data.draw(st.integers(0, 10))):
        num = data.draw(st.one_of(st.integers(1, 30), st.integers(1, 2**29 - 1)))
        wire = data.draw(st.sampled_from([0, 1, 2, 5]))
        out += F._varint(num << 3 | wire)
        if wire == 0:
            out += F._varint(data.draw(st.integers(-2**63, 2**64 - 1)))
        elif wire == 1:
            out += data.draw(st.binary(min_size=8, max_size=8))
        elif wire == 5:
            out += data.draw(st.binary(min_size=4, max_size=4))
        else:
            body = _random_proto(data, depth + 1) if depth < 2 and data.draw(st.booleans()) else \
                data.draw(st.binary(max_size=40))
            out += F._varint(len(body)) + body
    return bytes(out)


def _write(path, lines: list[bytes], gz: bool = False) -> None:
    blob = b"".join(line if line.endswith(b"\n") else line + b"\n" for line in lines)
    path.write_bytes(gzip.compress(blob) if gz else blob)


def _record(t: float, frame: bytes) -> bytes:
    return b'{"t": %.3f, "frame": "%s"}' % (t, base64.b64encode(frame))


async def _replay(path) -> tuple[ReplaySource, list[ev.Event]]:
    src = ReplaySource(path, speed=0)
    await src.start()
    try:
        out = [e async for e in src.events()]
    finally:
        await src.aclose()
    return src, out


def _count(events: list[ev.Event]) -> tuple[GiftCounter, list]:
    """The count-once rule over the replayed events, as the engine applies it."""
    counter = GiftCounter(idle_close_s=600)
    counted = []
    for e in events:
        if isinstance(e, ev.GiftEvent):
            assert e.repeat_count >= 0 and e.gift.coins >= 0
            counted += counter.process(e).counted
        elif isinstance(e, ev.StreamEndEvent):
            counted += counter.close_all(e.ts)
    return counter, counted


def _canary_counted(counted, msg_id) -> None:
    rows = [g for g in counted if g.user.user_id == str(CANARY_UID)]
    assert [(g.msg_id, g.gift.gift_id, g.units, g.units * g.gift.coins) for g in rows] == [(msg_id, 6064, 3, 897)]


# -- frames ------------------------------------------------------------------------------------
@fuzz(60, 5_000)
@given(st.data())
def test_damaged_frames_are_skipped_and_counted_and_the_good_one_still_counts(tmp_path, data):
    junk = [data.draw(st.one_of(st.builds(lambda: None).map(lambda _: _damaged(data)),
                                st.binary(max_size=200)))
            for _ in range(data.draw(st.integers(1, 6)))]
    msg_id, good = _canary()
    path = tmp_path / "frames.ttlive.jsonl"
    _write(path, [json.dumps(HEADER).encode(), *(_record(i * 0.1, j) for i, j in enumerate(junk)), _record(9.0, good)])
    src, events = run(_replay(path))
    assert src.frames_read == len(junk) + 1  # every record reached the decoder
    assert isinstance(events[-1], ev.StreamEndEvent)
    report = [e for e in events if isinstance(e, ev.ConnectionStateEvent) and e.state is ev.ConnectionState.ENDED]
    assert len(report) == 1 and report[0].message.startswith("replay:")
    _, counted = _count(events)
    _canary_counted(counted, msg_id)
    tally("raw frames fuzzed (damaged or random)", len(junk))
    tally("frames TikTokLive refused, counted in the skip report", src.report.frames)


@fuzz(60, 5_000)
@given(st.data())
def test_random_protobuf_fields_in_real_frames_never_break_the_mapping(tmp_path, data):
    """Well-formed frames carrying random protobuf messages under the methods we map."""
    methods = ["WebcastGiftMessage", "WebcastLikeMessage", "WebcastChatMessage", "WebcastSocialMessage",
               "WebcastRoomUserSeqMessage", "WebcastSubNotifyMessage", "WebcastControlMessage", "WebcastNoSuchMessage"]
    lines = [json.dumps(HEADER).encode()]
    n = data.draw(st.integers(1, 6))
    for i in range(n):
        method = data.draw(st.sampled_from(methods))
        payload = _random_proto(data)
        if method == "WebcastGiftMessage" and data.draw(st.booleans()):
            # A real gift with random extra fields appended (protobuf merges them in).
            payload = F.gift_bytes(1001, 5655, 2, True, F.START_MS, group_id=5) + payload
        lines.append(_record(i * 0.1, F.raw_push_frame(method, payload)))
    msg_id, good = _canary()
    lines.append(_record(9.0, good))
    path = tmp_path / "proto.ttlive.jsonl"
    _write(path, lines)
    src, events = run(_replay(path))
    _count(events)  # the counter takes whatever the mapping produced without failing
    # A random control message may legitimately end the stream (it says so) before the last
    # frame is read; otherwise every frame is read and the canary counts.
    ends = [e for e in events if isinstance(e, ev.StreamEndEvent)]
    assert len(ends) == 1
    assert 1 <= src.frames_read <= n + 1
    if ends[0].reason == "end of the recording":
        assert src.frames_read == n + 1
        _, counted = _count(events)
        _canary_counted(counted, msg_id)
    tally("random protobuf messages in well-formed frames", n)
    tally("odd messages counted in the skip report", sum(src.report.messages.values()))


# -- recording lines ---------------------------------------------------------------------------
json_junk = st.recursive(st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=20)),
                         lambda i: st.one_of(st.lists(i, max_size=3), st.dictionaries(st.text(max_size=6), i, max_size=3)),
                         max_leaves=6)
junk_lines = st.one_of(
    st.binary(max_size=120).map(lambda b: b.replace(b"\n", b" ")),
    json_junk.map(lambda v: json.dumps(v).encode()),
    st.fixed_dictionaries({"t": json_junk, "frame": json_junk}).map(lambda v: json.dumps(v).encode()),
    st.tuples(st.floats(allow_nan=False, allow_infinity=False), st.text(max_size=40)).map(
        lambda v: json.dumps({"t": v[0], "frame": v[1]}).encode()),  # frame text that is mostly not base64
    st.just(b'{"t": 1.0, "frame": "@@@notbase64"}'), st.just(b'{"t": "x", "frame": ""}'), st.just(b"[1, 2, 3]"),
)


@fuzz(60, 5_000)
@given(st.lists(junk_lines, min_size=1, max_size=8), st.booleans())
def test_junk_lines_are_reported_and_skipped_never_fatal(tmp_path, junk, gz):
    msg_id, good = _canary()
    path = tmp_path / ("lines.ttlive.jsonl" + (".gz" if gz else ""))
    _write(path, [json.dumps(HEADER).encode(), *junk, _record(9.0, good)], gz=gz)
    src, events = run(_replay(path))
    nonblank = sum(1 for j in junk if j.strip()) + 1
    # Each line is either read as a frame record or counted as malformed: none vanish.
    assert src.report.lines + src.frames_read == nonblank
    assert src.frames_read >= 1
    ends = [e for e in events if isinstance(e, ev.StreamEndEvent)]
    assert len(ends) == 1
    if ends[0].reason == "end of the recording":
        _, counted = _count(events)
        _canary_counted(counted, msg_id)
    tally("recording lines fuzzed", len(junk))
    tally("recording lines refused as malformed", src.report.lines)


@fuzz(40, 3_000)
@given(st.one_of(st.binary(max_size=200).map(lambda b: b.replace(b"\n", b" ")),
                 json_junk.map(lambda v: json.dumps(v).encode()),
                 st.dictionaries(st.sampled_from(list(HEADER)), json_junk).map(lambda v: json.dumps(v).encode()),
                 st.sampled_from(list(HEADER)).map(
                     lambda k: json.dumps({**HEADER, k: "2025-13-45" if k == "started_at" else ""}).encode()),
                 st.just(json.dumps({**HEADER, "format": "streamer-app/raw-tiktok/2"}).encode()),
                 st.just(b"")))
def test_a_missing_or_garbage_header_is_refused_with_one_sentence(tmp_path, first):
    msg_id, good = _canary()
    path = tmp_path / "header.ttlive.jsonl"
    _write(path, [first, _record(1.0, good)])
    try:
        run(_replay(path))
    except SourceError as exc:
        msg = str(exc)
        assert "\n" not in msg and str(path) in msg and len(msg) < 400 + len(str(path))
        tally("recording headers refused with a reason")
    else:
        # Accepted only if it really is a header of our format with a room id.
        h = json.loads(first)
        assert h.get("format") == FORMAT and str(h.get("room_id") or "")
        tally("recording headers accepted")


@fuzz(30, 2_000)
@given(st.floats(0.0, 1.0))
def test_a_gzip_recording_cut_short_replays_up_to_the_cut(tmp_path, where):
    rng = random.Random(int(where * 1e6))
    lines = [json.dumps(HEADER).encode()]
    for i in range(60):
        lines.append(_record(i * 0.1, F.raw_push_frame(
            "WebcastGiftMessage", F.gift_bytes(1000 + rng.randrange(20), 7168, 1, False, F.START_MS + i))))
    whole = tmp_path / "whole.ttlive.jsonl.gz"
    _write(whole, lines, gz=True)
    blob = whole.read_bytes()
    cut = tmp_path / "cut.ttlive.jsonl.gz"
    cut.write_bytes(blob[:max(30, int(len(blob) * where))])
    try:
        src, events = run(_replay(cut))
    except SourceError as exc:  # cut inside the header itself: refused, with a sentence
        assert "\n" not in str(exc)
        tally("gzip recordings cut short")
        return
    gifts = [e for e in events if isinstance(e, ev.GiftEvent)]
    assert len(gifts) == src.frames_read <= 60
    if len(cut.read_bytes()) < len(blob):
        assert src.report.truncated or src.report.lines  # the cut is reported, never silent
    assert isinstance(events[-1], ev.StreamEndEvent)
    tally("gzip recordings cut short")


@pytest.fixture(autouse=True, scope="module")
def _close_loop():
    yield
    _loop.run_until_complete(_loop.shutdown_asyncgens())
