"""The push server drops, stalls and resends at random while a live session runs.

The real TikTokLiveClient (through ``sources/tiktok.py``, short backoff and watchdog
timings) connects to a local push server on 127.0.0.1 that plays random faults:

* **drop**: the TCP connection is cut without a close frame (``transport.abort()``);
* **stall**: the server goes silent past the watchdog, keeping the socket open;
* **pause**: a short silence under the watchdog (no reconnect expected);
* **resend**: after each reconnect, some frames already sent are sent again.

The judge (``tests/tiktok/make_recording.expected_totals``, the count-once rule written
independently of ``core.counting``) is given the gift messages the client really
received, in the order received. "Received" is read from the flight recorder, which
keeps the raw bytes at ``recv()`` before TikTokLive parses them; frames lost in a
dying socket were never delivered and TikTok would not count them for us either.
The ledger must equal the judge exactly, no message may be counted twice, and each
fault must leave a recorded gap.
"""

from __future__ import annotations

import asyncio
import base64
import gzip
import json
import os
import random
import sqlite3
import time

from streamer_app.engine.engine import Engine
from streamer_app.settings import Settings
from streamer_app.store.database import DB_FILENAME
from streamer_app.store.queries import Reader

from ..tiktok import frames as F
from ..tiktok.conftest import tiktok_source
from ..tiktok.make_recording import GiftMsg, expected_totals
from ..tiktok.push_server import PushServer
from .conftest import tally, trials

WATCHDOG_S = 0.6
USERS = range(2001, 2031)
STREAK_GIFTS = [g for g, (_, _, s) in F.CATALOG.items() if s]
PLAIN_GIFTS = [g for g, (_, _, s) in F.CATALOG.items() if not s]


def _messages(rng: random.Random, n: int) -> list[GiftMsg]:
    """Gift messages in sending order: interleaved streaks (some ends never come) and plain gifts."""
    out: list[GiftMsg] = []
    active: list[list[GiftMsg]] = []
    groups = iter(range(50_000_000, 10**9))
    while len(out) < n:
        if len(active) < 4 and rng.random() < 0.3:
            uid, gid, group = rng.choice(USERS), rng.choice(STREAK_GIFTS), next(groups)
            length = rng.choice((1, 2, 3, 5, 8, 20))
            s = [GiftMsg(F.next_msg_id(), uid, gid, k, k == length, group, True) for k in range(1, length + 1)]
            if length > 1 and rng.random() < 0.1:
                s.pop()  # TikTok's known fault: the end never arrives
            active.append(s)
        if active and rng.random() < 0.8:
            s = rng.choice(active)
            out.append(s.pop(0))
            if not s:
                active.remove(s)
        else:
            out.append(GiftMsg(F.next_msg_id(), rng.choice(USERS), rng.choice(PLAIN_GIFTS),
                               rng.choice((1, 1, 2, 5)), False, 0, False))
    return out


def _scripts(rng: random.Random, frames: list[bytes], faults: int) -> tuple[list[list], dict]:
    """Split the frames over connections, one fault between each; resend some after each reconnect."""
    cuts = sorted(rng.sample(range(1, len(frames)), faults))
    scripts, sent, kinds = [], [], {"drop": 0, "stall": 0, "pause": 0, "resent": 0, "stalled_frames": []}
    for i, (a, b) in enumerate(zip([0, *cuts], [*cuts, len(frames)])):
        script: list = []
        if sent:
            again = rng.sample(sent, min(len(sent), rng.randrange(0, 6)))
            script += again
            kinds["resent"] += len(again)
        for f in frames[a:b]:
            script.append(f)
            if rng.random() < 0.01:
                script.append(WATCHDOG_S * 0.3)  # a silence the watchdog must tolerate
                kinds["pause"] += 1
        sent += frames[a:b]
        if i < faults:
            kind = rng.choice(("drop", "stall"))
            kinds[kind] += 1
            if kind == "stall":
                kinds["stalled_frames"] += [s for s in script if isinstance(s, bytes)]
            # The stall is silence past the watchdog on an open socket; the drop a cut TCP connection.
            # A drop right after a burst loses what is still in flight (as a dying network does).
            script += ["hang"] if kind == "stall" else [rng.choice((0.0, 0.3)), "drop"]
        else:
            script += [0.1, F.push_frame(F.end_msg(int(time.time() * 1000) + 60_000))]
        scripts.append(script)
    return scripts, kinds


def _received(recordings) -> list[bytes]:
    """The raw frames the client received, in order, from its flight recorder."""
    (path,) = recordings.glob("*.ttlive.jsonl.gz")
    with gzip.open(path, "rb") as f:
        f.readline()
        return [base64.b64decode(json.loads(line)["frame"]) for line in f if line.strip()]


async def _session(tmp_path, seed: int, n_frames: int, faults: int) -> None:
    rng = random.Random(seed)
    msgs = _messages(rng, n_frames)
    t0 = int(time.time() * 1000)
    frames, by_frame = [], {}
    for i, m in enumerate(msgs):
        payload = F.gift_bytes(m.uid, m.gift_id, m.repeat_count, m.repeat_end, t0 + i, group_id=m.group_id,
                               msg_id=m.msg_id, streakable=m.streakable)
        frame = F.raw_push_frame("WebcastGiftMessage", payload, m.msg_id)
        frames.append(frame)
        by_frame[frame] = m
    scripts, kinds = _scripts(rng, frames, faults)
    data = tmp_path / f"data-{seed}"
    data.mkdir()
    gaps_published = []

    class Tap:
        def publish(self, update: dict) -> None:
            if update.get("type") == "gap":
                gaps_published.append(update)

    async with PushServer(scripts) as server:
        source = tiktok_source(server, tmp_path / f"src-{seed}", watchdog_s=WATCHDOG_S)
        # A long streak idle time: stream time runs on while the server stalls, and the
        # judge closes open streaks only at the end (the idle close is tested elsewhere).
        engine = Engine(source, data, Settings(idle_close_s=600))
        engine.add_publisher(Tap())
        result = await asyncio.wait_for(engine.run(), 120)

    assert result.reason == "The creator ended the LIVE"
    assert server.connections == faults + 1
    delivered = [by_frame[f] for f in _received(tmp_path / f"src-{seed}" / "recordings") if f in by_frame]
    # A stalled socket stays open: everything sent on it before the silence must have arrived.
    got = {m.msg_id for m in delivered}
    assert all(by_frame[f].msg_id in got for f in kinds["stalled_frames"])
    exp = expected_totals(delivered)

    reader = Reader(data / DB_FILENAME)
    try:
        t = reader.tallies([result.session_id])
        assert (t.coins, t.gifts, t.unique_gifters) == (exp["coins"], exp["gifts"], exp["unique_gifters"])
        per_gift = {g.gift_id: (g.count, g.coins) for g in t.gifts_by_type()}
        assert per_gift == {gid: (v["count"], v["coins"]) for gid, v in exp["per_gift"].items()}
        # Nothing counted twice: a message id gives at most one ledger row.
        twice = reader.conn.execute("SELECT msg_id FROM ledger WHERE session_id = ? AND msg_id IS NOT NULL "
                                    "GROUP BY msg_id HAVING COUNT(*) > 1", (result.session_id,)).fetchall()
        assert twice == []
        # Every fault left a gap, recorded in the session and announced.
        assert len(reader.gaps(result.session_id)) == faults == len(engine.gaps) == len(gaps_published)
    finally:
        reader.close()
    seen: set[int] = set()
    resent_delivered = 0
    for m in delivered:
        resent_delivered += m.msg_id in seen
        seen.add(m.msg_id)
    assert result.duplicates == resent_delivered
    with sqlite3.connect(data / DB_FILENAME) as c:
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    tally("push-server sessions", 1)
    tally("push-server faults survived (drops + stalls)", kinds["drop"] + kinds["stall"])
    tally("push-server frames resent after reconnects", kinds["resent"])
    tally("push-server gift frames delivered", len(delivered))
    tally("push-server frames lost in dying sockets (not delivered)", n_frames - len({m.msg_id for m in delivered}))


async def test_random_drops_stalls_and_resends_leave_exact_totals_and_gaps(tmp_path):
    base = int(os.environ.get("RELIABILITY_SEED", "8080"))
    for k in range(trials(1, 10)):
        await _session(tmp_path, base + k, n_frames=trials(300, 1500), faults=trials(4, 25))
