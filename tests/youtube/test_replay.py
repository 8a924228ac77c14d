"""Replaying YouTube recordings: the same counting as live, picked by the file's header."""

from __future__ import annotations

import gzip
import json
from collections import Counter

import pytest

from streamer_app.core import events as ev
from streamer_app.sources.errors import SourceError
from streamer_app.sources.factory import replay_source
from streamer_app.sources.youtube_replay import YouTubeReplaySource

from .conftest import collect, pages, source
from .make_recording import expected_totals, write_recording


def totals(events) -> dict:
    paid = [e for e in events if isinstance(e, ev.PaidEvent)]
    micros: Counter[str] = Counter()
    for e in paid:
        if e.amount_micros:
            micros[e.currency] += e.amount_micros
    return {"kinds": dict(Counter(e.kind for e in paid)), "paid_micros": dict(micros),
            "gifted_memberships": sum(e.units for e in paid if e.kind == "gift_memberships"),
            "comments": sum(isinstance(e, ev.CommentEvent) for e in events)}


async def test_a_live_session_replays_to_the_same_events(server, tmp_path):
    server.chat = pages()
    live = source(server, tmp_path)
    info = await live.start()
    live_events = await collect(live)
    await live.aclose()
    [path] = (tmp_path / "recordings").glob("*.youtube.jsonl.gz")

    replay = replay_source(str(path), 0)
    assert isinstance(replay, YouTubeReplaySource)  # picked by the header
    rinfo = await replay.start()
    assert (rinfo.kind, rinfo.room_id, rinfo.creator) == ("replay", info.room_id, info.creator)
    assert rinfo.extra["platform"] == "youtube"
    replayed = await collect(replay)
    counted = (ev.PaidEvent, ev.CommentEvent)
    assert [e for e in replayed if isinstance(e, counted)] == [e for e in live_events if isinstance(e, counted)]
    assert replay.skipped_messages == live.skipped_messages == {"malformed YouTube message": 1}
    assert isinstance(replayed[-1], ev.StreamEndEvent)


async def test_a_long_recording_with_damage_replays_to_its_exact_totals(tmp_path):
    path = tmp_path / "long.youtube.jsonl.gz"
    made = write_recording(path, 2000, seed=3, junk=True)
    replay = YouTubeReplaySource(path, speed=0)
    await replay.start()
    events = await collect(replay, timeout=60)
    assert totals(events) == expected_totals(made.messages)
    assert replay.skipped_messages.get("malformed YouTube message", 0) == made.malformed
    ended = [e for e in events if isinstance(e, ev.ConnectionStateEvent) and e.state == ev.ConnectionState.ENDED]
    assert made.damaged_lines and made.malformed  # the seed makes both kinds of damage
    assert replay.report.lines == made.damaged_lines
    assert f"{made.damaged_lines} malformed line" in ended[0].message


async def test_a_recording_cut_by_a_crash_replays_up_to_the_cut(tmp_path):
    whole = tmp_path / "whole.youtube.jsonl.gz"
    write_recording(whole, 300, seed=5)
    cut = tmp_path / "cut.youtube.jsonl.gz"
    cut.write_bytes(whole.read_bytes()[: len(whole.read_bytes()) * 2 // 3])
    replay = YouTubeReplaySource(cut, speed=0)
    await replay.start()
    events = await collect(replay)
    assert replay.report.truncated
    assert isinstance(events[-1], ev.StreamEndEvent)
    assert 0 < sum(isinstance(e, ev.CommentEvent) for e in events)


def test_a_file_of_no_known_format_is_refused_in_one_sentence(tmp_path):
    other = tmp_path / "x.jsonl"
    other.write_text(json.dumps({"format": "streamer-app/raw-youtube/9"}) + "\n")
    with pytest.raises(SourceError, match="is not a streamer-app raw recording"):
        replay_source(str(other), 0)
    no_chat = tmp_path / "y.youtube.jsonl.gz"
    no_chat.write_bytes(gzip.compress(json.dumps({"format": "streamer-app/raw-youtube/1",
                                                  "started_at": "2026-12-06T15:00:00+00:00"}).encode() + b"\n"))
    with pytest.raises(SourceError, match="has no live_chat_id"):
        replay_source(str(no_chat), 0)


def test_the_command_line_replays_a_youtube_recording_headless(tmp_path):
    from ..conftest import run_cli

    path = tmp_path / "cli.youtube.jsonl.gz"
    made = write_recording(path, 400, seed=7)
    data = tmp_path / "data"
    r = run_cli("replay", str(path), "--headless", "--speed", "0", "--no-overlay", "--data-dir", str(data))
    assert r.returncode == 0, r.stderr
    out = tmp_path / "s.json"
    r = run_cli("export", "last", "--format", "json", "-o", str(out), "--data-dir", str(data))
    assert r.returncode == 0, r.stderr
    summary = json.loads(out.read_text())
    assert summary["session"]["room_id"] == "Cg0KC3JlY29yZGVkLTAx"
    assert summary["totals"]["comments"] == expected_totals(made.messages)["comments"]
