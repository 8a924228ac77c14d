"""Replay: recordings decoded through TikTokLive's own path give exact totals, bad input is reported."""

from __future__ import annotations

import base64
import gzip
import json

import pytest

from streamer_app.sources.errors import SourceError
from streamer_app.sources.recording import Recorder, ReplaySource, prune_recordings, read_header

from ..conftest import run_cli
from . import frames as F
from .conftest import ledger, run_engine
from .make_recording import CREATOR, ROOM_ID, expected_totals, write_recording

T = F.START_MS


def _record(folder, frames: list[bytes]):
    rec = Recorder(folder, "@rec.tester", "4242", started_at=T / 1000)
    for i, raw in enumerate(frames):
        rec.write(raw, now=T / 1000 + i * 0.01)
    rec.close()
    return rec.path


async def test_recorder_output_replays_through_the_same_decoding(tmp_path, data):
    path = _record(tmp_path, [
        F.push_frame(F.gift_msg(1, 5655, 1, False, T + 100, group_id=9)),
        F.push_frame(F.gift_msg(1, 5655, 4, True, T + 200, group_id=9), F.follow_msg(2, T + 210)),
        F.heartbeat_frame(),
        F.push_frame(F.gift_msg(3, 5760, 1, False, T + 300), F.viewers_msg(42, T + 310)),
    ])
    assert path.name.endswith(".ttlive.jsonl.gz")
    header = read_header(path)
    assert (header.creator, header.room_id, header.started_at) == ("@rec.tester", "4242", T / 1000)

    source = ReplaySource(path, speed=0)
    engine, result, updates = await run_engine(source, data)
    assert engine.info.kind == "replay" and engine.info.room_id == "4242"
    t = result.tallies
    assert (t.coins, t.gifts, t.follows, t.peak_viewers) == (4 + 1000, 5, 1, 42)
    assert result.reason == "end of the recording"
    assert source.report.total == 0
    assert any(u["message"].startswith("replay: every line") for u in updates)


async def test_junk_lines_and_frames_are_counted_not_fatal(tmp_path, data):
    good = F.push_frame(F.gift_msg(7, 5827, 1, False, T + 100))
    later = F.push_frame(F.gift_msg(8, 5827, 2, False, T + 900))
    lines = [json.dumps({"format": "streamer-app/raw-tiktok/1", "creator": "@j", "room_id": "99",
                         "started_at": "2025-06-15T15:06:40+00:00"}),
             json.dumps({"t": 0.1, "frame": base64.b64encode(good).decode()}),
             "this is not json", '{"t": 0.2}', '{"t": 0.3, "frame": "%%%"}', "",
             json.dumps({"t": 0.4, "frame": base64.b64encode(F.bad_gzip_frame()).decode()}),
             json.dumps({"t": 0.5, "frame": base64.b64encode(good[:-9]).decode()}),
             json.dumps({"t": 0.6, "frame": base64.b64encode(F.broken_payload_frame()).decode()}),
             json.dumps({"t": 0.9, "frame": base64.b64encode(later).decode()})]
    path = tmp_path / "junk.ttlive.jsonl"  # plain, not gzipped: both are accepted
    path.write_text("\n".join(lines) + "\n")

    source = ReplaySource(path, speed=0)
    _, result, updates = await run_engine(source, data)
    assert result.tallies.coins == 150  # both good gifts, around the junk
    r = source.report
    assert (r.lines, r.frames, r.messages) == (3, 2, {"undecodable payload": 1})
    (report,) = [u for u in updates if u["message"].startswith("replay:")]
    assert report["state"] == "ended"
    assert report["message"] == "replay: skipped 3 malformed lines, 2 undecodable frames, 1 unexpected message"


async def test_a_recording_cut_by_a_crash_replays_up_to_the_cut(tmp_path, data):
    frames = [F.push_frame(F.gift_msg(i, 5660, 1, False, T + i * 10)) for i in range(1, 40)]
    path = _record(tmp_path, frames)
    blob = path.read_bytes()
    path.write_bytes(blob[: int(len(blob) * 0.7)])
    source = ReplaySource(path, speed=0)
    _, result, _ = await run_engine(source, data)
    assert source.report.truncated
    assert 0 < result.tallies.gifts < 39


async def test_replaying_twice_counts_nothing_twice(tmp_path, data):
    rec = write_recording(tmp_path / "faults.ttlive.jsonl.gz", 400, seed=3)
    exp = expected_totals(rec.messages)
    _, first, _ = await run_engine(ReplaySource(rec.path, speed=0), data)
    rows = ledger(data, first.session_id)
    _, second, _ = await run_engine(ReplaySource(rec.path, speed=0), data)
    assert not first.resumed and second.resumed and second.session_id == first.session_id
    assert (second.tallies.coins, second.tallies.gifts) == (exp["coins"], exp["gifts"])
    assert ledger(data, second.session_id) == rows
    # Comments (and follows, shares, subscribes) carry message ids too: counted once as well.
    activity = (first.tallies.comments, first.tallies.follows, first.tallies.shares, first.tallies.subscribes)
    assert activity[0] > 0
    assert (second.tallies.comments, second.tallies.follows, second.tallies.shares,
            second.tallies.subscribes) == activity


def test_not_a_recording_is_one_sentence(tmp_path):
    bad = tmp_path / "notes.txt"
    bad.write_text("hello\n")
    with pytest.raises(SourceError, match="is not a streamer-app raw recording"):
        read_header(bad)
    gz = tmp_path / "broken.ttlive.jsonl.gz"
    gz.write_bytes(gzip.compress(b"x")[:5])
    with pytest.raises(SourceError):
        read_header(gz)


def test_pruning_keeps_the_folder_under_its_limit(tmp_path):
    import os

    folder = tmp_path / "recordings"
    folder.mkdir()
    for i in range(5):
        p = folder / f"r{i}.ttlive.jsonl.gz"
        p.write_bytes(b"x" * 400_000)
        os.utime(p, (1000 + i, 1000 + i))
    removed = prune_recordings(folder, max_mb=1)
    assert [p.name for p in removed] == ["r0.ttlive.jsonl.gz", "r1.ttlive.jsonl.gz", "r2.ttlive.jsonl.gz"]
    assert sorted(p.name for p in folder.iterdir()) == ["r3.ttlive.jsonl.gz", "r4.ttlive.jsonl.gz"]


def test_cli_replay_of_a_fault_recording_exports_the_exact_totals(tmp_path):
    """DONE-WHEN of issue 3: the export equals the count-once rule applied to the recording."""
    rec = write_recording(tmp_path / "faults.ttlive.jsonl.gz", 1500, seed=11)
    exp = expected_totals(rec.messages)
    home = tmp_path / "home-data"
    run = run_cli("replay", str(rec.path), "--headless", "--speed", "0", "--no-overlay", "--data-dir", str(home))
    assert run.returncode == 0, run.stderr
    assert (f"replay: skipped {rec.junk_lines} malformed lines, {rec.junk_frames} undecodable frames, "
            f"{rec.broken_payloads} unexpected message") in run.stderr
    out = tmp_path / "summary.json"
    exported = run_cli("export", "last", "--format", "json", "-o", str(out), "--data-dir", str(home))
    assert exported.returncode == 0, exported.stderr
    s = json.loads(out.read_text())

    assert s["session"]["source"] == "replay" and s["session"]["room_id"] == ROOM_ID
    assert s["session"]["creator"] == CREATOR
    assert (s["totals"]["coins"], s["totals"]["gifts"], s["totals"]["unique_gifters"]) == (
        exp["coins"], exp["gifts"], exp["unique_gifters"])
    assert {g["gift_id"]: (g["count"], g["coins"]) for g in s["gifts"]} == {
        gid: (v["count"], v["coins"]) for gid, v in exp["per_gift"].items()}
    assert {g["user_id"]: (g["coins"], g["gifts"]) for g in s["top_gifters"]} == {
        str(uid): (v["coins"], v["gifts"]) for uid, v in exp["per_user"].items()}
    coins = [g["coins"] for g in s["top_gifters"]]
    assert coins == sorted(coins, reverse=True)
    top = s["top_gifters"][0]
    assert (top["handle"], top["nickname"]) == (f"viewer{top['user_id']}", f"Viewer {top['user_id']}")
