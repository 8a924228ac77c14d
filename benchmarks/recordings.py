"""Recordings the benchmarks replay, written byte for byte the same by every benchmark that asks.

``write_plain_gifts`` writes N frames of one plain (non-streak) gift each: the simplest
traffic there is, so a replay of it measures fixed costs and per-gift costs without the
count-once rule's streak work. Message ids, frame ids and gzip times are fixed, so
bench_decode.py and bench_slow_writer.py replay the very same file (its sha256 is printed).
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
import random
import sys
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.tiktok import frames as F  # noqa: E402  (primes TikTokLive's event metadata first)
from TikTokLive.proto import BaseProtoMessage, ProtoMessageFetchResult, PushHeader, WebcastPushFrame  # noqa: E402

ROOM_ID = "7490000000000000077"
CREATOR = "@plain.gifts"
FIRST_MSG_ID = 7_450_000_000_000_000_000
PLAIN = [g for g, (_, _, streak) in F.CATALOG.items() if not streak]  # 50 to 1,000 coins each


@dataclass
class PlainRecording:
    path: Path
    frames: int
    coins: int  # what the ledger must hold: every frame is one gift of one unit
    sha256: str


def write_plain_gifts(path: Path, frames: int = 20_000, seed: int = 11) -> PlainRecording:
    """N push frames, each carrying one gift message of one plain gift; 80 viewers, 5-120 ms apart."""
    rng = random.Random(seed)
    path = Path(path)
    gzip_header = F._encode(PushHeader, key="compress_type", value="gzip")
    t_ms = F.START_MS
    coins = 0
    with open(path, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=1, mtime=0) as out:
        header = {"format": "streamer-app/raw-tiktok/1", "creator": CREATOR, "room_id": ROOM_ID,
                  "started_at": datetime.fromtimestamp(F.START_MS / 1000, timezone.utc).isoformat()}
        out.write((json.dumps(header) + "\n").encode())
        for i in range(frames):
            t_ms += rng.randrange(5, 120)
            uid, gift_id, msg_id = rng.randrange(1001, 1081), rng.choice(PLAIN), FIRST_MSG_ID + i
            coins += F.CATALOG[gift_id][1]
            payload = F.gift_bytes(uid, gift_id, 1, False, t_ms, msg_id=msg_id, streakable=False)
            message = F._encode(BaseProtoMessage, method="WebcastGiftMessage", payload=payload, msg_id=msg_id)
            result = F._encode(ProtoMessageFetchResult, messages=message, cursor="c-1", internal_ext="ext")
            frame = F._encode(WebcastPushFrame, seq_id=2 * i + 1, log_id=2 * i + 2, headers=gzip_header,
                              payload_encoding="pb", payload_type="msg",
                              payload=gzip.compress(result, compresslevel=1, mtime=0))
            out.write(b'{"t": %.3f, "frame": "%s"}\n' % ((t_ms - F.START_MS) / 1000, base64.b64encode(frame)))
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    return PlainRecording(path, frames, coins, digest)
