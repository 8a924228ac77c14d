"""A Twitch recording (streamer-app/raw-twitch/1) made of documented messages, with its exact totals.

Cheers, subs, resubs and gifts of N subs (one channel.subscription.gift and N is_gift
channel.subscribe), with redelivered messages (the same id twice), keepalives, junk lines
and messages whose fields are wrong, as a long live session would record them.
"""

from __future__ import annotations

import gzip
import json
import random
from datetime import datetime, timedelta, timezone
from pathlib import Path

from .fake_twitch import CHANNEL_ID, LOGIN, fixture, gift_of, notification

START = datetime(2026, 11, 20, 19, 0, tzinfo=timezone.utc)


def _ts(t: float) -> str:
    return (START + timedelta(seconds=t)).strftime("%Y-%m-%dT%H:%M:%S.%f") + "123Z"  # nanoseconds, as Twitch


def write_recording(path: Path, n: int, seed: int = 1, junk: bool = True) -> dict:
    """Write ``n`` steps of traffic; returns the expected totals (bits, subs, messages, follows, comments)."""
    rng = random.Random(seed)
    exp = {"bits": 0, "subs": 0, "gifted_subs": 0, "messages": 0, "follows": 0, "comments": 0}
    lines = [json.dumps({"format": "streamer-app/raw-twitch/1", "creator": LOGIN, "channel_id": CHANNEL_ID,
                         "started_at": START.isoformat()})]
    sent: list[dict] = []

    def put(t: float, msg: dict | str) -> None:
        if isinstance(msg, str):
            lines.append(json.dumps({"t": round(t, 3), "unparsed": msg}))
        else:
            lines.append(json.dumps({"t": round(t, 3), "message": msg}))

    put(0.0, fixture("welcome.json"))
    for i in range(n):
        t = 1 + i * 0.05
        ts = _ts(t)
        r = rng.random()
        user = dict(user_id=str(1000 + rng.randrange(40)), user_login=f"viewer{i % 40}", user_name=f"Viewer{i % 40}")
        if r < 0.3:
            bits = rng.choice([1, 100, 500, 1000])
            msg = notification("channel.cheer", bits=bits, ts=ts, **user)
            exp["bits"] += bits
            exp["messages"] += 1
        elif r < 0.4:
            msg = notification("channel.subscribe", tier=rng.choice(["1000", "2000", "3000"]), ts=ts, **user)
            exp["subs"] += 1
            exp["messages"] += 1
        elif r < 0.5:
            msg = notification("channel.subscription.message", ts=ts, **user)
            exp["subs"] += 1
            exp["messages"] += 1
        elif r < 0.57:
            k = rng.choice([1, 5, 10])
            gift, *recipients = gift_of(k, gifter_id=user["user_id"], ts=ts)
            put(t, gift)
            for m in recipients:
                put(t, m)
            exp["subs"] += k
            exp["gifted_subs"] += k
            exp["messages"] += 1
            sent.append(gift)
            continue
        elif r < 0.67:
            msg = notification("channel.follow", ts=ts, **user)
            exp["follows"] += 1
        elif r < 0.9:
            msg = notification("channel.chat.message", ts=ts, chatter_user_id=user["user_id"],
                               chatter_user_login=user["user_login"], chatter_user_name=user["user_name"])
            exp["comments"] += 1
        elif r < 0.95 and sent:
            put(t, rng.choice(sent))  # Twitch resent a message it was unsure about: same id
            continue
        else:
            put(t, fixture("keepalive.json"))
            continue
        put(t, msg)
        sent.append(msg)
        if junk and i % 97 == 13:
            lines.append("{this line is cut")
            put(t, "not json at all")
            put(t, notification("channel.cheer", bits="many", ts=ts))
    path = Path(path)
    data = ("\n".join(lines) + "\n").encode()
    path.write_bytes(gzip.compress(data) if path.suffix == ".gz" else data)
    return exp
