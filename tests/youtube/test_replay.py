"""Replaying YouTube recordings: the same counting as live, picked by the file's header."""

from __future__ import annotations

import gzip
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter

import pytest

from streamer_app.core import events as ev
from streamer_app.sources.errors import SourceError
from streamer_app.sources.factory import replay_source
from streamer_app.sources.youtube_replay import YouTubeReplaySource

from ..conftest import ROOT
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
    assert (rinfo.kind, rinfo.room_id, rinfo.creator) == ("youtube", info.room_id, info.creator)  # its session
    assert replay.kind == "replay"  # what actions check before they run
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


# -- through the engine into the ledger (the platform_income table of schema step m003) --------
def _replay_cli(rec, data) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "streamer_app", "replay", str(rec), "--headless", "--speed", "0", "--no-overlay",
         "--data-dir", str(data)], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def ledger_totals(data) -> dict:
    """The ledger's figures in the shape of ``expected_totals`` (read straight from the file)."""
    with sqlite3.connect(data / "streamer-app.db") as c:
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        kinds = dict(c.execute("SELECT kind, COUNT(*) FROM platform_income GROUP BY kind"))
        micros = dict(c.execute("SELECT currency, SUM(amount_micros) FROM platform_income "
                                "WHERE amount_micros > 0 GROUP BY currency"))
        gifted = c.execute("SELECT COALESCE(SUM(units), 0) FROM platform_income "
                           "WHERE kind = 'gift_memberships'").fetchone()[0]
        (platform, comments), = c.execute("SELECT platform, comments FROM sessions")
    assert platform == "youtube"
    return {"kinds": kinds, "paid_micros": micros, "gifted_memberships": gifted, "comments": comments}


def test_a_replay_gives_the_exact_ledger_and_a_second_replay_adds_nothing(tmp_path):
    rec = tmp_path / "night.youtube.jsonl.gz"
    made = write_recording(rec, 800, seed=9, junk=True)
    data = tmp_path / "data"
    for _ in range(2):
        p = _replay_cli(rec, data)
        _, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
        assert ledger_totals(data) == expected_totals(made.messages)
    assert "malformed line" in err


@pytest.mark.slow
def test_kill_9_mid_replay_then_resume_gives_exact_totals(tmp_path):
    rec = tmp_path / "long.youtube.jsonl.gz"
    made = write_recording(rec, 8000, seed=13, junk=True)
    exp = expected_totals(made.messages)
    t0 = time.monotonic()
    ref = _replay_cli(rec, tmp_path / "reference")
    assert ref.wait(timeout=300) == 0, ref.stderr.read()
    full = time.monotonic() - t0
    assert ledger_totals(tmp_path / "reference") == exp
    rng, data, landed = random.Random(20261206), tmp_path / "killed", 0
    for _ in range(3):
        proc = _replay_cli(rec, data)
        time.sleep(rng.uniform(0.4, 0.9) * full)  # the interpreter's start is part of ``full``
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            landed += 1
        proc.wait(timeout=60)
    assert landed >= 1, "no kill landed inside a replay"
    final = _replay_cli(rec, data)
    assert final.wait(timeout=300) == 0, final.stderr.read()
    assert ledger_totals(data) == exp
