"""One flight recorder for every platform (sources/flight_recorder.py), checked against the formats
of DESIGN.md section 4: each platform's hand-written recording, recorded again through the live
source's recorder, keeps the contract's header and line shapes, and replays to the same ledger."""

from __future__ import annotations

import asyncio
import gzip
import json
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from streamer_app.engine.engine import Engine
from streamer_app.settings import Settings
from streamer_app.sources.factory import replay_source
from streamer_app.sources.recording import Recorder, SkipReport, iter_frames, iter_records
from streamer_app.sources.twitch_recording import twitch_recorder
from streamer_app.sources.youtube_replay import youtube_recorder

from ..contracts.fixtures import write_twitch, write_youtube
from ..tiktok.make_recording import write_recording

LEDGERS = {
    "tiktok": "SELECT ts, msg_id, user_id, gift_id, units, coins_each, coins, units_to, closed_without_end "
              "FROM ledger ORDER BY id",
    "twitch": "SELECT ts, message_id, kind, user_id, units, tier, amount_micros, currency FROM platform_income "
              "ORDER BY id",
}
LEDGERS["youtube"] = LEDGERS["twitch"]
HEADER_KEYS = {"tiktok": ["format", "creator", "room_id", "started_at", "host_user_id"],
               "twitch": ["format", "creator", "channel_id", "started_at"],
               "youtube": ["format", "creator", "live_chat_id", "started_at"]}
LINE_KEY = {"tiktok": "frame", "twitch": "message", "youtube": "response"}


def _lines(path: Path) -> list[str]:
    data = path.read_bytes()
    return (gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data).decode().splitlines()


def _rerecord(platform: str, original: Path, folder: Path) -> Path:
    """The original's messages, written again by the recorder the live source uses, at the same times."""
    header = json.loads(_lines(original)[0])
    started = datetime.fromisoformat(header["started_at"]).timestamp()
    if platform == "tiktok":
        rec = Recorder(folder, header["creator"], header["room_id"], started, host_user_id=header["host_user_id"])
        for t, frame in iter_frames(original, SkipReport()):
            rec.write(frame, started + t)
    elif platform == "twitch":
        rec = twitch_recorder(folder, header["creator"], header["channel_id"], started)
        for t, message in iter_records(original, SkipReport(), lambda r: r["message"]):
            rec.write(message, started + t, text=json.dumps(message))  # the text as Twitch sent it
    else:
        rec = youtube_recorder(folder, header["creator"], header["live_chat_id"], started)
        for t, response in iter_records(original, SkipReport(), lambda r: r["response"]):
            rec.write(response, started + t)  # YouTube's client hands over the parsed response
    rec.close()
    return rec.path


def _write(platform: str, path: Path) -> Path:
    if platform == "tiktok":
        write_recording(path, 300, junk=False, guests=True)
    elif platform == "twitch":
        write_twitch(path)
    else:
        write_youtube(path)
    return path


async def _ledger(platform: str, recording: Path, data: Path) -> list[tuple]:
    data.mkdir()
    await asyncio.wait_for(Engine(replay_source(str(recording), 0), data, Settings()).run(), 60)
    with sqlite3.connect(data / "streamer-app.db") as c:
        return c.execute(LEDGERS[platform]).fetchall()


@pytest.mark.parametrize("platform", ["tiktok", "twitch", "youtube"])
async def test_a_recording_recorded_again_keeps_its_shape_and_replays_to_the_same_ledger(platform, tmp_path):
    original = _write(platform, tmp_path / f"original.{platform}.jsonl")
    again = _rerecord(platform, original, tmp_path / "recordings")

    lines, before = _lines(again), _lines(original)
    assert list(json.loads(lines[0])) == HEADER_KEYS[platform]
    assert json.loads(lines[0]) == json.loads(before[0])
    records = [json.loads(line) for line in lines[1:]]
    assert [list(r) for r in records] == [["t", LINE_KEY[platform]]] * (len(before) - 1)
    assert [r[LINE_KEY[platform]] for r in records] == [json.loads(b)[LINE_KEY[platform]] for b in before[1:]]
    if platform == "twitch":  # the text as received stands in the line, byte for byte
        for line, b in zip(lines[1:], before[1:]):
            assert line.endswith(' "message": %s}' % json.dumps(json.loads(b)["message"]))

    first = await _ledger(platform, original, tmp_path / "d1")
    assert first, "the recording counts something"
    assert await _ledger(platform, again, tmp_path / "d2") == first


def test_a_text_that_is_not_json_is_kept_unparsed_and_a_multi_line_one_on_one_line(tmp_path):
    rec = twitch_recorder(tmp_path, "cooler_user", "1337", 1000.0)
    rec.write(None, 1000.5, text="{not json ü")
    rec.write({"a": "ü"}, 1001.0, text='{"a":\n "ü"}')
    rec.write({"a": "\ud800"}, 1002.0)  # half a surrogate pair, as json.loads can return: escaped
    rec.close()
    lines = _lines(rec.path)[1:]
    assert lines[0] == '{"t": 0.500, "unparsed": "{not json ü"}'
    assert lines[1] == '{"t": 1.000, "message": {"a":"ü"}}'
    assert json.loads(lines[2]) == {"t": 2.0, "message": {"a": "\ud800"}}
    assert rec.messages == 3 and rec.failed is None
